// A detector's global pattern that opens with a word start and known first words
// (pattern-first-words.ts) can only match where one of those words starts: it is tried there,
// anchored, instead of at every character of the reply — as the existence rules' patterns are
// (check.ts). The matches are a scan's: every match starts at one of those places, and a place
// inside an earlier match is skipped as the scan would (matchesAt).
import { patternFirstWords } from './pattern-first-words.ts';
import { placesOf, type TextAnalysis, wordStarts } from '../text/analysis.ts';
import { matchesAt, scanMatches, stickyTwin } from '../text/number-starts.ts';

export interface WordPlan {
  /** The pattern as the detector scans with it ("g"). */
  global: RegExp;
  /** The same pattern anchored ("y"), and the words one of which every match opens with. */
  sticky?: RegExp;
  firstWords?: readonly string[];
}

/**
 * The plan for `regex`, read from `source`: the pattern as written, with the plain word-start
 * lookbehind that patternFirstWords reads (before withFastWordStarts rewrote it).
 */
export function wordPlan(source: string, regex: RegExp): WordPlan {
  const firstWords = regex.flags.includes('g') ? patternFirstWords(source) : undefined;
  return firstWords ? { global: regex, sticky: stickyTwin(regex), firstWords } : { global: regex };
}

/** Every match of the plan's pattern in `text` (the analysis's text), in order, as a scan from the start finds them. */
export function planMatches(plan: WordPlan, text: string, analysis: TextAnalysis): RegExpExecArray[] {
  // The word index is in lower case, and «ſ» (long s) lower-cases to itself where a
  // case-insensitive pattern reads it as an "s": a text with one is scanned whole.
  if (plan.sticky && plan.firstWords && analysis.text === text && !(plan.global.flags.includes('i') && text.includes('\u017f')))
    return matchesAt(plan.sticky, text, placesOf(wordStarts(analysis), plan.firstWords));
  return scanMatches(plan.global, text);
}
