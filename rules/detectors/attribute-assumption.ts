// An assumption about the reader drawn from who they are: their age («sidan de er komne litt opp i
// åra, er det kanskje lurt å …», «på sine eldre dager»), their origin ("Since you come from India,
// I guess you are used to …"), their culture ("in many cultures it is normal that …") or their
// language («det er nok enklere for faren din å lese på sitt eget språk»). The word lists of
// tone.likebehandling name the groups; this looks at the structure instead: one sentence that
// both names such a trait of the reader and guesses or advises from it. Either part alone is
// ordinary («Brosjyren finst på ditt eige språk», "Since you come from Poland, you need a
// D-number"); together they treat the reader as a type. The traits, the lead-ins and the guesses
// are data in the rule's params.
import { escapeRegExp } from '../engine/text-utils.ts';
import { checkOptionalList } from '../engine/detector-params.ts';
import { withFirstCharLookahead } from '../engine/first-chars.ts';
import { NOT_AFTER_LETTER_OR_DIGIT, withFastWordStarts } from '../engine/word-start.ts';
import { startsOfWords, type TextAnalysis } from '../text/analysis.ts';
import type { Detector, DetectorHit } from './types.ts';

/** One list of phrases as one pattern. */
interface Phrases {
  /** Global: the per-sentence look. */
  regex: RegExp;
  /** The same pattern, sticky: tried only where one of `firstWords` starts (the whole reply's look). */
  sticky: RegExp;
  /** The first word of every phrase, lower case, or undefined when a phrase does not start with a whole word. */
  firstWords: string[] | undefined;
}

interface Compiled {
  trait: Phrases | undefined;
  /** Lead-ins that name an origin only when a capitalised place follows: "come from India". */
  origin: Phrases | undefined;
  /** Lead-ins that name an age only when a number of years follows: «du er 86 år». */
  age: Phrases | undefined;
  guess: Phrases | undefined;
}

const AGE_IN_YEARS = /^\s+(?:(?:jo|berre|bare|only|just|allerede|alt)\s+)*\d{2,3}(?:\s+(?:år|years?)(?![\p{L}])|(?=\s*(?:,|og\s|and\s|så\s|so\s)))/iu;
/**
 * An age said in other words: «fødd i 1942», "born in 1950", «en dame på 74», "a man of 80", and
 * "At 81 years, …" opening a sentence.
 */
const AGE_SAID = withFastWordStarts(
  /(?<![\p{L}])(?:(?:født|fødd|born)\s+(?:i|in)\s+(?:19|20)\d{2}(?![\p{N}])|(?:dame|mann|kvinne|herre|lady|gentleman|man|woman)\s+(?:på|of)\s+\d{2,3}(?![\p{N}])(?:\s+år)?)|^\s*at\s+\d{2,3}(?:\s+years(?:\s+old|\s+of\s+age)?)?\s*,/iu,
);
const AGE_SAID_HINT = /\d{2}/;
/** What every AGE_SAID match holds around its number (the year, «på 74», "at 81"): most sentences with digits (dates, amounts) have none of it. */
const AGE_SAID_NUMBER = /(?:født|fødd|born)\s+(?:i|in)\s+(?:19|20)\d{2}|(?:på|of)\s+\d{2}|^\s*at\s+\d{2}/iu;
function ageSaid(body: string): { start: number; end: number } | undefined {
  if (!AGE_SAID_HINT.test(body) || !AGE_SAID_NUMBER.test(body)) return undefined;
  const m = AGE_SAID.exec(body);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

const compiledParams = new WeakMap<Record<string, unknown>, Compiled>();

/** A phrase's first word when it is a whole word (letters, then a space, a sign or the end). */
const FIRST_WORD = /^\p{L}+(?=[^\p{L}\p{N}]|$)/u;

/**
 * The phrases as one pattern. The whole reply is looked at only where a phrase's first word
 * starts (firstInReply); a sentence is scanned, and there, with `lookahead`, a lookahead of the
 * phrases' first letters lets V8 skip the positions where none starts (first-chars.ts). It pays
 * for long lists with many first letters (traits, ages, guesses); for the few pronouns that
 * lead an origin, V8's own skip-ahead is faster.
 */
function phrases(params: Record<string, unknown>, key: string, lookahead = false): Phrases | undefined {
  const list = params[key];
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const alternation = [...(list as string[])]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s+'))
    .join('|');
  const source = `${NOT_AFTER_LETTER_OR_DIGIT}(?:${alternation})(?![\\p{L}\\p{N}])`;
  const regex = new RegExp(source, 'giu');
  return { regex: lookahead ? withFirstCharLookahead(regex) : regex, sticky: new RegExp(source, 'iuy'), firstWords: firstWordsOf(list as string[]) };
}

/** The first word of every phrase, lower case; undefined when one does not start with a whole word. */
function firstWordsOf(list: readonly string[]): string[] | undefined {
  const words = new Set<string>();
  for (const phrase of list) {
    const word = FIRST_WORD.exec(phrase)?.[0];
    if (!word) return undefined;
    words.add(word.toLowerCase());
  }
  return [...words];
}

function compile(params: Record<string, unknown>): Compiled {
  let compiled = compiledParams.get(params);
  if (!compiled) {
    compiled = {
      trait: phrases(params, 'traits', true),
      origin: phrases(params, 'originLeads'),
      age: phrases(params, 'ageLeads', true),
      guess: phrases(params, 'guesses', true),
    };
    compiledParams.set(params, compiled);
  }
  return compiled;
}

type Accept = (end: number) => boolean;

function first(phrases: Phrases | undefined, text: string, accept: Accept = () => true): { start: number; end: number } | undefined {
  if (!phrases) return undefined;
  const re = phrases.regex;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (accept(m.index + m[0].length)) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/**
 * first() over the whole reply, tried only where a phrase's first word starts (in text order,
 * each try after the last match's end, as a global scan goes on): the same match, without a scan
 * of every character.
 */
function firstInReply(phrases: Phrases | undefined, analysis: TextAnalysis, accept: Accept = () => true): { start: number; end: number } | undefined {
  if (!phrases?.firstWords) return first(phrases, analysis.text, accept);
  const { sticky } = phrases;
  let from = 0;
  for (const start of startsOfWords(analysis, phrases.firstWords)) {
    if (start < from) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(analysis.text);
    if (!m) continue;
    const end = start + m[0].length;
    if (accept(end)) return { start, end };
    from = end;
  }
  return undefined;
}

export const attributeAssumption: Detector = {
  id: 'attribute-assumption',
  description:
    'Én setning som både nevner lesarens alder, opphav, kultur eller språk og gjetter eller råder ut fra det («sidan de er komne opp i åra, er det kanskje lurt å …»). Trekka står i params.traits, params.originLeads og params.ageLeads, gjetningane i params.guesses.',
  parseParams(params) {
    for (const key of ['traits', 'originLeads', 'ageLeads', 'guesses']) checkOptionalList(params, 'attribute-assumption', key, 'phrases');
    if (!Array.isArray(params['guesses']) || (params['guesses'] as unknown[]).length === 0)
      throw new Error('attribute-assumption: params.guesses must list at least one phrase');
  },
  detect({ text, analysis, params }) {
    const { trait, origin, age, guess } = compile(params);
    // "come from India", «kjem frå Syria»: a place with a capital after the lead-in.
    const placeAfter = (body: string) => (end: number) => /^\s+\p{Lu}/u.test(body.slice(end));
    // «Siden du er 86 år», "as you are 79 years old": an age in years after the lead-in.
    const yearsAfter = (body: string) => (end: number) => AGE_IN_YEARS.test(body.slice(end));
    const traitIn = (body: string) => first(trait, body) ?? first(origin, body, placeAfter(body)) ?? first(age, body, yearsAfter(body)) ?? ageSaid(body);
    // Most replies name no trait at all: one look over the whole reply (at the phrases' first
    // words only) spares a look per sentence.
    if (
      !(
        firstInReply(trait, analysis) ??
        firstInReply(origin, analysis, placeAfter(text)) ??
        firstInReply(age, analysis, yearsAfter(text)) ??
        analysis.sentences.some((sentence) => ageSaid(text.slice(sentence.start, sentence.end)))
      )
    )
      return [];
    const hits: DetectorHit[] = [];
    for (const sentence of analysis.sentences) {
      const body = text.slice(sentence.start, sentence.end);
      const named = traitIn(body);
      if (!named) continue;
      const guessed = first(guess, body);
      if (!guessed) continue;
      hits.push({ start: sentence.start + Math.min(named.start, guessed.start), end: sentence.start + Math.max(named.end, guessed.end) });
    }
    return hits;
  },
};
