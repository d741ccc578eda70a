// The words one of which a rule pattern cannot match without: «(?<![\p{L}\p{N}])(?:du|dykk) (?:må|bør)
// nok prøve å» needs "du" or "dykk" as a word of the text. Most replies hold none of a pattern's
// first words, so a hash lookup per first word replaces a regex scan of the whole reply — which
// is what every existence pattern cost per check, whether it could match or not.
//
// The engine looks the words up among the text's words and the runs of letters (and digits) inside
// them (check.ts, wordStarts), so a first word counts only where the pattern makes it a whole run:
//   - before it, a word-start lookbehind («(?<![\p{L}\p{N}])», «(?<![\p{L}])»), or a lookbehind
//     whose last character is no letter or digit («(?<=, ?)», «(?<=[.!?]\s)»); further negative
//     lookbehinds («(?<!ikke )») only forbid more;
//   - the word itself literal letters, alone or as the start of each alternative of
//     the first group («(?:that's|that is)», «(?:a different (?:school )?culture|cultural …)»);
//   - after it, something that is no letter or digit: a space, \s, a sign («-ish», «'ll», «!»),
//     a class of signs («['’]»), a word-end lookahead, a lookahead of signs («(?=[.!])»), or a group
//     or optional part each way through which one of these comes first.
// Anything else — a class or wildcard first, a prefix such as «forklar\p{L}*», an optional word, a
// top-level alternative — gives undefined, and the pattern runs on every text as before. Never
// wrong, only sometimes not used.

/** Word-start lookbehinds: the character before is no letter (and no digit). */
const WORD_START = /^\(\?<!(?:\[\\p\{L\}(?:\\p\{N\})?\]|\\p\{L\})\)/u;
/** Word-end lookaheads: the character after is no letter (and no digit). */
const WORD_END = /^\(\?!(?:\[\\p\{L\}(?:\\p\{N\})?\]|\\p\{L\})\)/u;
/** Letters only: a word ends where a digit or a sign starts, as the runs the engine indexes do. */
const LITERAL_LETTERS = /^\p{L}+/u;
/**
 * A class of one Latin-1 letter in both cases («[Hh]», as case-sensitive patterns write a word
 * that may open a sentence): the index is in lower case, so it is that letter's lower case. Only
 * Latin-1, where a letter lower-cases the same alone as inside a word.
 */
const CASE_PAIR_CLASS = /^\[([A-Za-zÀ-ÖØ-Þà-öø-þ])([A-Za-zÀ-ÖØ-Þà-öø-þ])\]/u;

/**
 * The literal word at the start of `source`, letters and case-pair classes, as written (its
 * length in `source`) and in lower case; undefined when it does not start with one.
 */
function literalWord(source: string): { length: number; lower: string } | undefined {
  let length = 0;
  let lower = '';
  for (;;) {
    const rest = source.slice(length);
    const letters = LITERAL_LETTERS.exec(rest)?.[0];
    if (letters) {
      length += letters.length;
      lower += letters.toLowerCase();
      continue;
    }
    const pair = CASE_PAIR_CLASS.exec(rest);
    if (pair && pair[1] !== pair[2] && pair[1]!.toLowerCase() === pair[2]!.toLowerCase()) {
      length += pair[0].length;
      lower += pair[1]!.toLowerCase();
      continue;
    }
    return length ? { length, lower } : undefined;
  }
}
/** Escapes of one character that is no letter or digit: \s, \t, \n, \r and escaped signs. */
const SIGN_ESCAPE = /^\\(?:[stnr]|[^\p{L}\p{N}])/u;
/** Characters with a meaning of their own outside a class. */
const SPECIAL = new Set(['\\', '[', ']', '(', ')', '{', '}', '|', '?', '*', '+', '.', '^', '$']);

/**
 * The lower-case first words of a pattern (one of them must be a word of any text it matches),
 * or undefined when the pattern does not start plainly enough to tell.
 */
export function patternFirstWords(source: string): string[] | undefined {
  const rest = afterWordStart(source);
  if (rest === undefined) return undefined;
  // A top-level alternative would start without the word start.
  if (topLevelAlternatives(rest)?.length !== 1) return undefined;
  const words = new Set<string>();
  if (!addFirstWords(rest, words, 0)) return undefined;
  return words.size ? [...words] : undefined;
}

/** Groups at the start nested deeper than this are not read (a pattern's first words stay cheap to find). */
const MAX_NESTING = 8;

/**
 * Adds to `words` the first word of each way `sequence` can start; false when one of them does not
 * start with a whole literal word. A group at the start is read as its alternatives, each followed
 * by the rest («(?:du|dykk) må» as «du må|dykk må»), and an optional one also as absent
 * («(?:i\s+)?uke» as «i\s+uke|uke»): the same matches, so the same first words. `depth` is how
 * many groups around `sequence` were opened so.
 */
function addFirstWords(sequence: string, words: Set<string>, depth: number): boolean {
  if (sequence.startsWith('(?:')) {
    if (depth >= MAX_NESTING) return false;
    const close = groupEnd(sequence, 0);
    if (close < 0) return false;
    const alternatives = topLevelAlternatives(sequence.slice(3, close));
    if (!alternatives) return false;
    let after = sequence.slice(close + 1);
    // «?» (or the lazy «??») makes the group optional; any other quantifier repeats it: not read.
    const optional = after.startsWith('?');
    if (optional) after = after.slice(after.startsWith('??') ? 2 : 1);
    if (/^[?*+{]/u.test(after)) return false;
    for (const alternative of alternatives) if (!addFirstWords(alternative + after, words, depth + 1)) return false;
    return !optional || addFirstWords(after, words, depth);
  }
  const word = literalWord(sequence);
  // A one-word alternative is whole only when what follows it starts with a sign.
  if (!word || !startsWithSign(sequence.slice(word.length))) return false;
  words.add(word.lower);
  return true;
}

/**
 * For a pattern that opens with one word (or a group of one-word alternatives) and a single
 * space, the lower-case first letters one of which the next word must start with:
 * «(?<![\p{L}\p{N}])(?:du|dykk) (?:må|bør) nok» → "mb". Where one of its first words stands but
 * the character after it is no space, or the next one is none of these letters (in any case),
 * the pattern cannot match and is not tried (check.ts). undefined when the pattern does not read
 * so plainly, or a letter is beyond Latin-1.
 */
export function patternNextInitials(source: string): string | undefined {
  if (!patternFirstWords(source)) return undefined;
  const rest = afterWordStart(source);
  if (rest === undefined) return undefined;
  let alternatives: string[] | undefined;
  let after: string;
  if (rest.startsWith('(?:')) {
    const close = groupEnd(rest, 0);
    if (close < 0) return undefined;
    alternatives = topLevelAlternatives(rest.slice(3, close));
    after = rest.slice(close + 1);
  } else {
    const word = literalWord(rest);
    alternatives = word ? [rest.slice(0, word.length)] : undefined;
    after = word ? rest.slice(word.length) : '';
  }
  // Each alternative one word and nothing more, then exactly one space (not optional, not repeated).
  if (!alternatives?.every((alternative) => literalWord(alternative)?.length === alternative.length)) return undefined;
  if (!after.startsWith(' ') || /^ [?*+{]/u.test(after)) return undefined;
  const next = patternFirstWords(String.raw`(?<![\p{L}\p{N}])${after.slice(1)}`);
  if (!next) return undefined;
  const initials = new Set(next.map((word) => word[0]!));
  for (const initial of initials) if (initial.charCodeAt(0) > 0xff || initial.toLowerCase() !== initial) return undefined;
  return [...initials].join('');
}

/** The pattern after its word-start lookbehind (and any negative lookbehinds after it), or undefined without one. */
function afterWordStart(source: string): string | undefined {
  let rest: string;
  const boundary = WORD_START.exec(source);
  if (boundary) rest = source.slice(boundary[0].length);
  else if (source.startsWith('(?<=')) {
    const close = groupEnd(source, 0);
    if (close < 0 || !endsWithSign(source.slice(4, close))) return undefined;
    rest = source.slice(close + 1);
  } else return undefined;
  while (rest.startsWith('(?<!')) {
    const close = groupEnd(rest, 0);
    if (close < 0) return undefined;
    rest = rest.slice(close + 1);
  }
  return rest;
}

/** Index of the ")" that closes the group opening at `open`, or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (c === '[') {
      const end = classEnd(source, i);
      if (end < 0) return -1;
      i = end;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Index of the "]" that closes the class opening at `open`, or -1. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return -1;
}

/** The alternatives of a sequence split at its top-level "|", or undefined when it is unbalanced. */
function topLevelAlternatives(source: string): string[] | undefined {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (c === '[' || c === '(') {
      const end = c === '[' ? classEnd(source, i) : groupEnd(source, i);
      if (end < 0) return undefined;
      i = end;
    } else if (c === ')') return undefined;
    else if (c === '|') {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** A single character, escape or class at the start of `source`: its length, and whether it only matches signs. */
function atom(source: string): { length: number; sign: boolean } | undefined {
  const c = source[0];
  if (c === undefined) return undefined;
  if (c === '\\') {
    const escape = SIGN_ESCAPE.exec(source);
    return escape ? { length: escape[0].length, sign: true } : { length: 2, sign: false };
  }
  if (c === '[') {
    const end = classEnd(source, 0);
    if (end < 0) return undefined;
    return { length: end + 1, sign: classOfSigns(source.slice(1, end)) };
  }
  if (SPECIAL.has(c)) return undefined;
  const code = source.codePointAt(0)!;
  const length = code > 0xffff ? 2 : 1;
  return { length, sign: !/[\p{L}\p{N}]/u.test(source.slice(0, length)) };
}

/** Whether a class body lists only signs: no negation, no range, no letter or digit. */
function classOfSigns(body: string): boolean {
  if (body.startsWith('^')) return false;
  for (let i = 0; i < body.length; ) {
    if (body[i] === '\\') {
      const escape = SIGN_ESCAPE.exec(body.slice(i));
      if (!escape) return false;
      i += escape[0].length;
      continue;
    }
    // A "-" between two members is a range; first or last it is a sign.
    if (body[i] === '-' && i > 0 && i < body.length - 1) return false;
    const length = body.codePointAt(i)! > 0xffff ? 2 : 1;
    if (/[\p{L}\p{N}]/u.test(body.slice(i, i + length))) return false;
    i += length;
  }
  return body.length > 0;
}

/** The length of a quantifier at the start of `source` (0 without one), and whether it allows none. */
function quantifier(source: string): { length: number; optional: boolean } {
  const simple = /^[?*+]\??/u.exec(source);
  if (simple) return { length: simple[0].length, optional: simple[0][0] !== '+' };
  const counted = /^\{(\d+)(?:,\d*)?\}\??/u.exec(source);
  if (counted) return { length: counted[0].length, optional: counted[1] === '0' };
  return { length: 0, optional: false };
}

/**
 * Whether whatever `source` matches first (or asserts of the next character) is a sign: no letter
 * or digit can follow the word before it. An empty source (the pattern's end) tells nothing.
 */
function startsWithSign(source: string): boolean {
  if (WORD_END.test(source)) return true;
  if (source.startsWith('(')) {
    const close = groupEnd(source, 0);
    if (close < 0) return false;
    const after = source.slice(close + 1);
    if (source.startsWith('(?=')) return startsWithSign(source.slice(3, close));
    // Other lookarounds assert nothing of the next character: what follows them decides.
    if (source.startsWith('(?!') || source.startsWith('(?<=') || source.startsWith('(?<!')) return startsWithSign(after);
    const body = source.startsWith('(?:') ? source.slice(3, close) : source.startsWith('(?') ? undefined : source.slice(1, close);
    const alternatives = body === undefined ? undefined : topLevelAlternatives(body);
    if (!alternatives) return false;
    const { length, optional } = quantifier(after);
    const rest = after.slice(length);
    if (optional && !startsWithSign(rest)) return false;
    return alternatives.every((alternative) => (alternative === '' ? startsWithSign(rest) : startsWithSign(alternative)));
  }
  const first = atom(source);
  if (!first?.sign) return false;
  const { length, optional } = quantifier(source.slice(first.length));
  return !optional || startsWithSign(source.slice(first.length + length));
}

/** Whether the last character a lookbehind's body matches is always a sign («, ?», «[.!?]\s»). */
function endsWithSign(body: string): boolean {
  // Read as atoms with their quantifiers; from the end, an optional atom lets the one before it be last.
  const atoms: Array<{ sign: boolean; optional: boolean }> = [];
  for (let i = 0; i < body.length; ) {
    const found = atom(body.slice(i));
    if (!found) return false;
    const { length, optional } = quantifier(body.slice(i + found.length));
    atoms.push({ sign: found.sign, optional });
    i += found.length + length;
  }
  for (let k = atoms.length - 1; k >= 0; k--) {
    if (!atoms[k]!.sign) return false;
    if (!atoms[k]!.optional) return true;
  }
  return false;
}

/** Every match of a global pattern, from the start of the text. */
export function everyMatch(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) found.push(match);
  return found;
}

/**
 * The matches of a sticky pattern tried only where its first words start (`starts`, in text
 * order): the same matches as a global scan, since every match starts at one of them and a start
 * inside an earlier match is skipped, as a scan goes on after each match.
 */
export function matchesAtStarts(sticky: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (!match) continue;
    found.push(match);
    from = start + match[0].length;
  }
  return found;
}
