// "innen 3 uker", "to–tre dager", "2 til 4 weeks": a stated duration answers "when" as well as a date
// does. The pattern is the same wherever that is asked; which number words and units count is each
// caller's own list.
import { NOT_AFTER_LETTER_OR_DIGIT, withFastWordStarts } from '../engine/word-start.ts';

/** A number or number word, optionally a range («2–3», «to til tre»), then a unit; whole words, case-insensitive. */
export function durationPattern(numberWords: string, units: string): RegExp {
  // The word start in the form V8 tests fast on a two-byte reply (word-start.ts).
  return new RegExp(`${NOT_AFTER_LETTER_OR_DIGIT}(?:\\d+|${numberWords})(?:\\s*(?:[-–]|til|to)\\s*(?:\\d+|${numberWords}))?\\s*(?:${units})(?![\\p{L}])`, 'iu');
}

const LOOKED_BACK_UNITS = String.raw`(?:dager|dagar|dagene|dagane|dag|døgn|uker|veker|ukene|vekene|uke|veke|måneder|månader|månedene|månadene|måned|månad|år|årene|åra|timer|timar|time|minutter|minutt|days?|weeks?|months?|years?|hours?|minutes?)`;
const ANY_AMOUNT = String.raw`(?:\d+|an?|et\s+par|eit\s+par|a\s+couple\s+of|\p{L}+)`;

/**
 * A span looked back on, no time ahead: "for de siste tre månedene", "the last six months", "two
 * weeks ago", «for tre uker siden», «fire veker sidan», and a wait that has been ("I am sorry you
 * had to wait for an hour", «du har venta i over 15 veker»).
 */
export const PAST_SPAN = withFastWordStarts(
  new RegExp(
    String.raw`(?<![\p{L}])(?:(?:(?:for\s+)?(?:de|dei|the)\s+(?:siste|førre|forrige|last|past|previous)|(?:siste|forrige|førre|last|past|previous))\s+(?:\p{L}+\s+)?(?:dager|dagar|dagene|dagane|uker|veker|ukene|vekene|måneder|månader|månedene|månadene|år|årene|åra|days|weeks|months|years)|(?:for\s+)?${ANY_AMOUNT}\s+${LOOKED_BACK_UNITS}\s+(?:ago|siden|sidan)|(?:waited|been\s+waiting|had\s+to\s+wait|ventet|har\s+venta|hadde\s+venta|måtte\s+vente|måtte\s+venta)\s+(?:for\s+|i\s+)?(?:over\s+|mer\s+enn\s+|meir\s+enn\s+|more\s+than\s+|nearly\s+|almost\s+|nesten\s+)?${ANY_AMOUNT}\s+${LOOKED_BACK_UNITS})(?![\p{L}])`,
    'giu',
  ),
);
