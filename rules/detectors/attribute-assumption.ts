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
import { NOT_AFTER_LETTER_OR_DIGIT } from '../engine/word-start.ts';
import type { Detector, DetectorHit } from './types.ts';

interface Compiled {
  trait: RegExp | undefined;
  /** Lead-ins that name an origin only when a capitalised place follows: "come from India". */
  origin: RegExp | undefined;
  /** Lead-ins that name an age only when a number of years follows: «du er 86 år». */
  age: RegExp | undefined;
  guess: RegExp | undefined;
}

const AGE_IN_YEARS = /^\s+\d{2,3}\s+(?:år|years?)(?![\p{L}])/iu;

const compiledParams = new WeakMap<Record<string, unknown>, Compiled>();

/**
 * The phrases as one pattern. Most replies hold none of them, so the pattern scans the whole
 * reply for nothing: with `lookahead`, a lookahead of the phrases' first letters lets V8 skip the
 * positions where none starts (first-chars.ts). It pays for long lists with many first letters
 * (traits, ages, guesses: a third to half of the scan on a Norwegian reply); for the few
 * pronouns that lead an origin, V8's own skip-ahead is faster.
 */
function phrases(params: Record<string, unknown>, key: string, lookahead = false): RegExp | undefined {
  const list = params[key];
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const alternation = [...(list as string[])]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s+'))
    .join('|');
  const regex = new RegExp(`${NOT_AFTER_LETTER_OR_DIGIT}(?:${alternation})(?![\\p{L}\\p{N}])`, 'giu');
  return lookahead ? withFirstCharLookahead(regex) : regex;
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

function first(re: RegExp | undefined, text: string, accept: (end: number) => boolean = () => true): { start: number; end: number } | undefined {
  if (!re) return undefined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (accept(m.index + m[0].length)) return { start: m.index, end: m.index + m[0].length };
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
    const traitIn = (body: string) =>
      first(trait, body) ??
      // "come from India", «kjem frå Syria»: a place with a capital after the lead-in.
      first(origin, body, (end) => /^\s+\p{Lu}/u.test(body.slice(end))) ??
      // «Siden du er 86 år», "as you are 79 years old": an age in years after the lead-in.
      first(age, body, (end) => AGE_IN_YEARS.test(body.slice(end)));
    // Most replies name no trait at all: one pass over the whole text spares a pass per sentence.
    if (!traitIn(text)) return [];
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
