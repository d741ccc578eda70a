// "innen 3 uker", "to–tre dager", "2 til 4 weeks": a stated duration answers "when" as well as a date
// does. The pattern is the same wherever that is asked; which number words and units count is each
// caller's own list.
import { NOT_AFTER_LETTER_OR_DIGIT, withFastWordStarts } from '../engine/word-start.ts';

/** A number or number word, optionally a range («2–3», «to til tre»), then a unit; whole words, case-insensitive. */
export function durationPattern(numberWords: string, units: string): RegExp {
  // The word start in the form V8 tests fast on a two-byte reply (word-start.ts).
  return new RegExp(`${NOT_AFTER_LETTER_OR_DIGIT}(?:\\d+|${numberWords})(?:\\s*(?:[-–]|til|to)\\s*(?:\\d+|${numberWords}))?\\s*(?:${units})(?![\\p{L}])`, 'iu');
}

/** "for de siste tre månedene", "the last six months": a span looked back on, no time ahead. */
export const PAST_SPAN = withFastWordStarts(
  /(?<![\p{L}])(?:(?:for\s+)?(?:de|dei|the)\s+(?:siste|førre|forrige|last|past|previous)|(?:siste|forrige|førre|last|past|previous))\s+(?:\p{L}+\s+)?(?:dager|dagar|dagene|dagane|uker|veker|ukene|vekene|måneder|månader|månedene|månadene|år|årene|åra|days|weeks|months|years)(?![\p{L}])/giu,
);
