// Keeping findings on their words while the user types. A check answer arrives some hundred
// milliseconds after the text it was computed for; in between (and until the next answer) every
// edit shifts the spans after it. An edit inside a span drops that span: the word it flagged is
// gone or changed, and the next check decides anew.

/** One contiguous edit: `deleted` code units at `start` of the old text became `inserted` ones. */
export interface TextEdit {
  start: number;
  deleted: number;
  inserted: number;
}

export interface Span {
  start: number;
  end: number;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The single edit that turns `before` into `after` (common prefix and suffix), or null when they
 * are equal. `caret`, the caret offset in `after` right after the edit, resolves the ambiguity of
 * repeated characters: typing "a" at the end of "aa" is an insertion at 2, not at 0. The caret is
 * only a tie-breaker — when it points elsewhere (several edits since, a script set the value),
 * the smallest edit wins, placed as early as possible, which is what typing usually does.
 */
export function diffEdit(before: string, after: string, caret?: number): TextEdit | null {
  if (before === after) return null;
  const earliest = edgeDiff(before, after, Math.min(before.length, after.length));
  if (caret === undefined || caret < 0 || caret > after.length) return earliest;
  const atCaret = edgeDiff(before, after, Math.min(before.length, after.length, after.length - caret));
  return atCaret.deleted + atCaret.inserted <= earliest.deleted + earliest.inserted ? atCaret : earliest;
}

function edgeDiff(before: string, after: string, suffixCap: number): TextEdit {
  const min = Math.min(before.length, after.length);
  const suffix = commonSuffix(before, after, suffixCap);
  let prefix = commonPrefix(before, after, min - suffix);
  // Never split a surrogate pair: an emoji is replaced whole.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1)) && isLowSurrogate(before.charCodeAt(prefix))) {
    prefix--;
  }
  let end = suffix;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end)) && isHighSurrogate(before.charCodeAt(before.length - end - 1))) {
    end--;
  }
  return { start: prefix, deleted: before.length - prefix - end, inserted: after.length - prefix - end };
}

// Common prefix and suffix compare blocks natively (string slices and ===) before single
// characters: a keystroke at the top of a 1 MB reply would otherwise walk a million characters
// in script on every edit. Blocks grow while they match and halve after a mismatch.
const FIRST_BLOCK = 64;
const LARGEST_BLOCK = 1 << 16;

/** Length of the common prefix of `a` and `b`, at most `cap`. */
export function commonPrefix(a: string, b: string, cap: number): number {
  return matchingRun(
    cap,
    (i, n) => a.slice(i, i + n) === b.slice(i, i + n),
    (i) => a.charCodeAt(i) === b.charCodeAt(i),
  );
}

/** Length of the common suffix of `a` and `b`, at most `cap`. */
export function commonSuffix(a: string, b: string, cap: number): number {
  return matchingRun(
    cap,
    (i, n) => a.slice(a.length - i - n, a.length - i) === b.slice(b.length - i - n, b.length - i),
    (i) => a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i),
  );
}

/**
 * How many positions from the start match, at most `cap`: `blockMatches(i, n)` says whether the
 * n positions from i do, `charMatches(i)` whether position i does.
 */
function matchingRun(cap: number, blockMatches: (i: number, n: number) => boolean, charMatches: (i: number) => boolean): number {
  let i = 0;
  let block = FIRST_BLOCK;
  let growing = true;
  while (block >= 8) {
    if (i + block <= cap && blockMatches(i, block)) {
      i += block;
      if (growing && block < LARGEST_BLOCK) block *= 2;
    } else {
      growing = false;
      block >>= 1;
    }
  }
  while (i < cap && charMatches(i)) i++;
  return i;
}

/** Where a span is after `edit`, or null when the edit touched its inside. */
export function shiftSpan<T extends Span>(span: T, edit: TextEdit): T | null {
  if (span.end <= edit.start) return span;
  if (span.start >= edit.start + edit.deleted) {
    const delta = edit.inserted - edit.deleted;
    return delta === 0 ? span : { ...span, start: span.start + delta, end: span.end + delta };
  }
  return null;
}

/** Shifts every span through `edit`, dropping the ones it touched. */
export function shiftSpans<T extends Span>(spans: readonly T[], edit: TextEdit | null): T[] {
  if (!edit) return spans.slice();
  const out: T[] = [];
  for (const s of spans) {
    const moved = shiftSpan(s, edit);
    if (moved) out.push(moved);
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export function isWordCharAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD_CHAR.test(text[index]!);
}

/** Whether letters touched a span's start and end in `text` (to notice words glued on later). */
export function wordEdges(text: string, span: Span): [boolean, boolean] {
  return [isWordCharAt(text, span.start - 1), isWordCharAt(text, span.end)];
}

/**
 * Spans checked against `checked` moved onto `current`, when the text changed between the check
 * and its answer (or since the last keystroke). Spans whose text changed are dropped — also a
 * safety net for edits the single-edit diff describes badly, such as a paste in several places.
 * Letters typed right against a span keep it (the user is typing a new word before it; the next
 * check decides); applying a suggestion checks the word edges itself (wordEdges).
 */
export function rebase<T extends Span>(spans: readonly T[], checked: string, current: string, caret?: number): T[] {
  if (checked === current) return spans.slice();
  const edit = diffEdit(checked, current, caret);
  const out: T[] = [];
  for (const s of spans) {
    const moved = edit ? shiftSpan(s, edit) : s;
    if (moved && current.slice(moved.start, moved.end) === checked.slice(s.start, s.end)) out.push(moved);
  }
  return out;
}
