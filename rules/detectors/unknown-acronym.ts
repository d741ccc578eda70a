// An acronym the reply never explains, whatever it is: «BYA», «IPLOS», «KVP», «PPT», "ETT". The
// listed law and agency abbreviations (unexplained-abbreviation) get their full name as the
// suggestion; this catches the ones no list has, by shape: a word of two to five capital letters,
// not among the acronyms every reader knows (params.known: NAV, EU, PDF, NOK …), reported once
// at its first use unless it is introduced in brackets («Barne- og ungdomspsykiatrisk
// poliklinikk (BUP)», "BUP (child psychiatry)"). Capitals next to capitals are shouting or a
// title (the caps rule's business), and the signature is the office's name, so both are left out.
import { checkOptionalList } from '../engine/detector-params.ts';
import { lowerCaseText } from '../text/analysis.ts';
import { signatureStart, signatureWords } from '../text/signature.ts';
import type { Detector, DetectorHit } from './types.ts';
import { introducedHere } from './unexplained-abbreviation.ts';

const ACRONYM = /^\p{Lu}{2,5}$/u;
const COMPOUND_HEAD = /^(\p{Lu}{2,5})-\p{Ll}/u;
const AMPERSAND = /(?<![\p{L}\p{N}&])\p{Lu}{1,2}&\p{Lu}{1,2}(?![\p{L}\p{N}&])/gu;
const DETERMINER = /^(?:the|a|an|this|that|our|your|den|det|dei|de|en|ei|et|eit|ein|denne|dette|vår|vårt|din|ditt)$/iu;
/**
 * Short words writers put in capitals for emphasis ("you MUST bring", «det må IKKE», «HUSK å»):
 * words of the language, never acronyms, even when the reply does not write them small elsewhere.
 */
const EMPHASIS = new Set(
  (
    'MUST NOT ALL ONLY NO NEVER NOW DO YOU WE WILL CAN NEED AND OR THE ANY EVERY NONE AFTER MORE ' +
    'IKKE IKKJE MÅ ALLE ALDRI KUN BARE BERRE SKAL FØR ETTER INGEN HUSK NÅ OG ELLER DU VI DERE DYKK MED UTEN UTAN HELE HEILE SELV SJØLV ALT MER MEIR ' +
    'HELT HEILT SVÆRT FULLT KLART ENDA ENDÅ OGSÅ FØRST FYRST SIST MYE MYKJE LITT NOE NOKO STOPP STENGT VERY FULL FIRST LAST STILL JUST ALSO EVEN BOTH FREE DONE SHUT ' +
    'NOTE PLEASE AGAIN ONCE TWICE THREE FOUR FIVE TIMES IGJEN ATT EIN EN TO TRE FIRE FEM GANGER GONGER DAGER DAGAR ' +
    'BUT NOR YET SO THIS THAT IT IS ARE WAS NOT MEN SÅ DET DEN ER VAR'
  ).split(' '),
);
const compiledKnown = new WeakMap<Record<string, unknown>, Set<string>>();

function known(params: Record<string, unknown>): Set<string> {
  let set = compiledKnown.get(params);
  if (!set) {
    const list = params['known'];
    set = new Set(Array.isArray(list) ? list.filter((w): w is string => typeof w === 'string').map((w) => w.toUpperCase()) : []);
    compiledKnown.set(params, set);
  }
  return set;
}

/**
 * Whether a word's first two characters may both be capitals, as ACRONYM and COMPOUND_HEAD need:
 * read by code in Latin-1 (A–Z, À–Þ but ×), left to the patterns beyond it. Most words are ruled
 * out here, before a pattern runs.
 */
function opensWithTwoCapitals(word: string): boolean {
  if (word.length < 2) return false;
  for (let k = 0; k < 2; k++) {
    const c = word.charCodeAt(k);
    if (c > 0xff) continue;
    if (!((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7))) return false;
  }
  return true;
}

function writtenSmallElsewhere(text: string, lower: string, word: string): boolean {
  const small = word.toLowerCase();
  for (let at = lower.indexOf(small); at >= 0; at = lower.indexOf(small, at + 1)) {
    const whole = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + small.length] ?? '');
    if (whole && text.slice(at, at + small.length) !== word) return true;
  }
  return false;
}

/** Whether the signature holds the acronym as a word or as a compound's head («VA-etaten»). */
function inSignature(signature: ReadonlySet<string>, acronym: string): boolean {
  if (signature.has(acronym)) return true;
  for (const word of signature) if (word.startsWith(`${acronym}-`)) return true;
  return false;
}

export const unknownAcronym: Detector = {
  id: 'unknown-acronym',
  description:
    'En forkortelse på to til fem store bokstaver som svaret ikke forklarer («BYA», «IPLOS», «PPT»), første gang den brukes; de alle kjenner står i params.known.',
  parseParams(params) {
    checkOptionalList(params, 'unknown-acronym', 'known', 'words');
  },
  detect({ text, analysis, params }) {
    const allowed = known(params);
    const words = analysis.words;
    const seen = new Set<string>();
    const hits: DetectorHit[] = [];
    let signature: number | undefined;
    for (let i = 0; i < words.length; i++) {
      const token = words[i]!;
      if (token.kind !== 'word' || !opensWithTwoCapitals(token.text)) continue;
      // «VA-gebyret», «IPLOS-registrering»: the acronym that opens a compound is as unexplained.
      const compound = COMPOUND_HEAD.exec(token.text);
      const w = compound ? { ...token, text: compound[1]!, end: token.start + compound[1]!.length } : token;
      if (!ACRONYM.test(w.text) || allowed.has(w.text) || seen.has(w.text) || (!compound && EMPHASIS.has(w.text))) continue;
      seen.add(w.text);
      // The tail of a compound («e-NAV», «IPLOS-VA») is not where an acronym is introduced.
      // «%-BYA» after a symbol is the acronym itself, not a compound's tail.
      if (text[w.start - 1] === '-' && /[\p{L}\p{N}]/u.test(text[w.start - 2] ?? '')) continue;
      // The word right beside it, with only spaces between: «IKKE LOV», not «… til PPT. PPT tar …».
      const beside = (j: number) => {
        const n = words[j];
        return n && /^[ \t\u00a0]+$/u.test(text.slice(Math.min(n.end, token.end), Math.max(n.start, token.start))) ? n.text : undefined;
      };
      const caps = (j: number) => /^\p{Lu}{2,}/u.test(beside(j) ?? '');
      if (caps(i - 1) || caps(i + 1)) continue;
      // Between two capitalised words it is part of a name: «Kulturhuset USF Verftet».
      const titleCase = (j: number) => /^\p{Lu}\p{Ll}/u.test(beside(j) ?? '');
      // (The word before must not open its sentence: «Kontakt BUP Bergen» is an instruction.)
      const opensSentence = (j: number) => /(?:^|[.!?:\n])[\s"«(]*$/u.test(text.slice(Math.max(0, words[j]!.start - 4), words[j]!.start));
      if (titleCase(i - 1) && titleCase(i + 1) && !opensSentence(i - 1)) continue;
      // Letters before a number are a code: a registration plate («EL 48213»), a form («RF 1234»).
      if (words[i + 1]?.kind === 'number' && /^[ \u00a0]$/u.test(text.slice(w.end, words[i + 1]!.start))) continue;
      // «Vår ref.: HM/2291»: initials in a reference are a code too.
      if (!compound && /^\/\d/u.test(text.slice(w.end, w.end + 2))) continue;
      // «HUSK å …», «det MÅ vere inne»: an ordinary word in capitals, written small elsewhere in
      // the reply, is emphasis (the caps rule's business), not an acronym.
      // After an article (and an adjective) it names a thing: "the associated FOR on admission" (forskrift) stays.
      const named = DETERMINER.test(words[i - 1]?.text ?? '') || DETERMINER.test(words[i - 2]?.text ?? '');
      if (!compound && !named && writtenSmallElsewhere(text, lowerCaseText(analysis), w.text)) continue;
      if (introducedHere(text, w.start, w.end)) continue;
      // An explanation in brackets elsewhere in the reply: "(BUP)" after the full name.
      if (text.includes(`(${w.text})`)) continue;
      if (w.start >= (signature ??= signatureStart(text))) continue;
      // «PPT viser til …» over a signature «PPT Bergen»: the sender's own name, which the reader
      // has before them, not an abbreviation to explain.
      if (inSignature(signatureWords(text, analysis), w.text.toLowerCase())) continue;
      hits.push({ start: w.start, end: w.end });
    }
    // "O&M", «R&D»: letters joined by an ampersand are one acronym (the tokenizer splits them).
    AMPERSAND.lastIndex = text.includes('&') ? 0 : text.length;
    for (let m = AMPERSAND.exec(text); m !== null; m = AMPERSAND.exec(text)) {
      if (allowed.has(m[0]) || seen.has(m[0]) || text.includes(`(${m[0]})`) || introducedHere(text, m.index, m.index + m[0].length)) continue;
      if (m.index >= (signature ??= signatureStart(text))) continue;
      seen.add(m[0]);
      hits.push({ start: m.index, end: m.index + m[0].length });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};
