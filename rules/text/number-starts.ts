// Where a number can start, for the patterns that look for one (account, phone and national id
// numbers, numeric dates). Each of them forbids a digit right before its match, so a match starts
// at the first digit of a run of digits, or at one of the few signs a number may open with («+47»,
// «NO93 …»). Tried there only, with the pattern anchored (sticky), it finds exactly what a scan of
// the whole reply finds, without the scan: a reply has a few dozen such places among thousands of
// characters, and on a reply with any character beyond Latin-1 (a dash, a curly quote) V8 tests a
// scan's Unicode lookbehind at every digit.
import { derivedFrom, type TextAnalysis } from './analysis.ts';

const DIGIT_RUN_STARTS = {};

/** Where each run of ASCII digits starts (a digit after no digit), in text order; made once per analysis. */
export function digitRunStarts(analysis: TextAnalysis): readonly number[] {
  return derivedFrom(analysis, DIGIT_RUN_STARTS, () => {
    const { text } = analysis;
    const starts: number[] = [];
    for (let i = 0; i < text.length; i++) if (isAsciiDigit(text.charCodeAt(i)) && !(i > 0 && isAsciiDigit(text.charCodeAt(i - 1)))) starts.push(i);
    return starts;
  });
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The starts of the runs of digits and the places of `sign` (one character), in text order. */
export function digitRunOrSignStarts(analysis: TextAnalysis, sign: string): readonly number[] {
  const digits = digitRunStarts(analysis);
  const { text } = analysis;
  let at = text.indexOf(sign);
  if (at < 0) return digits;
  const starts: number[] = [];
  let d = 0;
  for (; at >= 0; at = text.indexOf(sign, at + 1)) {
    while (d < digits.length && digits[d]! < at) starts.push(digits[d++]!);
    starts.push(at);
  }
  while (d < digits.length) starts.push(digits[d++]!);
  return starts;
}

/**
 * The matches a global scan of `text` finds, tried at `starts` only (ascending; every match must
 * start at one of them) with `sticky`, the same pattern with the "y" flag in place of "g": a start
 * inside an earlier match is skipped, as the scan goes on after each match.
 */
export function matchesAt(sticky: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k]!;
    if (start < from) continue;
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (!match || match[0].length === 0) continue;
    found.push(match);
    from = start + match[0].length;
  }
  return found;
}

/**
 * The matches of `global` (a "g" pattern) in `text`, as its scan finds them: tried only where a run
 * of digits (or `sign`) starts, with `sticky`, when the analysis is of this very text; scanned
 * otherwise (a detector called on a text of its own).
 */
export function numberMatches(global: RegExp, sticky: RegExp, text: string, analysis: TextAnalysis | undefined, sign?: string): RegExpExecArray[] {
  if (analysis?.text === text) return matchesAt(sticky, text, sign === undefined ? digitRunStarts(analysis) : digitRunOrSignStarts(analysis, sign));
  return scanMatches(global, text);
}

/** Every match of `global` (a "g" pattern) in `text`, scanned from the start. */
export function scanMatches(global: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  global.lastIndex = 0;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) found.push(m);
  return found;
}

/** `global` (a "g" pattern) as its sticky twin. */
export function stickyTwin(global: RegExp): RegExp {
  return new RegExp(global.source, global.flags.replace('g', 'y'));
}
