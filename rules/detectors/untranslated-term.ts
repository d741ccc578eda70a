// A Norwegian term left unexplained in an English reply ("take it to the gjenvinningsstasjon",
// "the stikkledning is yours"): the reader asked in English because Norwegian is hard for them.
// Good practice names the term in English and keeps the Norwegian word as a gloss — "recycling
// centre (gjenvinningsstasjon)" — so a word inside brackets or quotation marks, or followed by a
// bracketed gloss, is fine. Names (capitalised: Bymiljøetaten, Årstad), addresses and the
// signature are not terms. A word is taken for Norwegian by spellings English does not have
// (æ, ø, å, "sjon", "kj", "skj", "hj", "gj" before a front vowel) or by a Norwegian compound head
// that public services use («-ledning», «-regulativ», «-tillatelse», «-avgift», «-gebyr»,
// «-søknad», «-vedtak», «-grunnlag», «-fradrag»; and at the end of a word «-pris», «-penger»,
// «-betaling», «-opptak», «-else», «-erende», «-tilskudd», «-stønad», «-utvalget», «-nemnda»,
// «-skap», «-styret», «-kontoret», «-ordningen», or «nams-» first: endings no English word of five
// letters or more has). Works on the analysis tokens.
import type { Token } from '../text/analysis.ts';
import { signatureStart } from '../text/signature.ts';
import type { Detector, DetectorHit } from './types.ts';

const NORWEGIAN_SPELLING =
  /[æøå]|sjon|skj|kj|hj|gj[eiy]|ledning|regulativ|tillatelse|avgift|gebyr|søknad|vedtak|grunnlag|fradrag|(?:pris|penger|pengar|betaling|opptak|else|erende|tilskudd|tilskot|stønad|utvalget|nemnda|skap|skapet|styret|kontoret|ordningen|ordninga)$|^nams/u;
const OPENERS = new Map([
  ['(', ')'],
  ['«', '»'],
  ['"', '"'],
  ['“', '”'],
  ["'", "'"],
]);

/** The word stands inside brackets or quotation marks opened earlier on its line. */
function enclosed(text: string, token: Token): boolean {
  const lineStart = text.lastIndexOf('\n', token.start - 1) + 1;
  const before = text.slice(lineStart, token.start);
  for (const [open, close] of OPENERS) {
    const at = before.lastIndexOf(open);
    if (at < 0) continue;
    const closedBetween = open === close ? before.split(open).length % 2 === 1 : before.indexOf(close, at + 1) >= 0;
    if (!closedBetween) return true;
  }
  return false;
}

/** A short line without sentence punctuation is a unit's name or a signature ("Vann og avløp"), not prose. */
function nameLine(text: string, token: Token): boolean {
  const start = text.lastIndexOf('\n', token.start - 1) + 1;
  const end = text.indexOf('\n', token.end);
  const line = text.slice(start, end < 0 ? text.length : end).trim();
  return line.split(/\s+/u).length <= 5 && !/[.!?:;,]$/u.test(line) && /^\p{Lu}/u.test(line);
}

/** A bracketed gloss follows: "gjenvinningsstasjon (recycling centre)". */
function glossed(text: string, token: Token): boolean {
  return /^\s{0,2}\(/u.test(text.slice(token.end, token.end + 3));
}

export const untranslatedTerm: Detector = {
  id: 'untranslated-term',
  description:
    'Et norsk fagord uten forklaring i et svar på engelsk («gjenvinningsstasjon», «stikkledning»); ord i parentes eller anførselstegn, eller med en forklaring i parentes, er greie.',
  detect({ text, analysis, language }) {
    if (language !== 'eng') return [];
    const stop = signatureStart(text);
    const hits: DetectorHit[] = [];
    for (const token of analysis.words) {
      if (token.start >= stop) break;
      if (token.kind !== 'word' || token.text[0] !== token.lower[0] || token.lower.length < 5) continue;
      if (!NORWEGIAN_SPELLING.test(token.lower)) continue;
      if (enclosed(text, token) || glossed(text, token) || nameLine(text, token)) continue;
      hits.push({ start: token.start, end: token.end });
    }
    return hits;
  },
};
