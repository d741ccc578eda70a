// Nominalisations ("substantivsyke", Språkrådet type 1): an empty verb carries a verbal noun
// that should be the verb — "foreta en vurdering av" → "vurdere", "gjennomføre en undersøkelse"
// → "undersøke". The tell-tale sign is a noun in -ing/-else after foreta/utføre/gjennomføre/gjøre.
// When the noun is in the rule's `verbs` table, the suggestion keeps the empty verb's tense
// ("foretok en vurdering av" → "vurderte"); the table is per reply language, so a nynorsk reply
// gets nynorsk verbs ("undersøkje"). Bare "foreta" (without such a noun) is reported too, with
// "gjøre"/"gjere" from `bare`, so "foreta" has one owner and never gets two findings.
import type { Detector, DetectorHit } from './types.ts';
import { placesOf, type Token, wordIndex } from '../text/analysis.ts';

type Tense = 0 | 1 | 2 | 3; // infinitive, present, past, participle

// Empty verbs by form → tense. Bokmål and nynorsk forms together; they do not collide.
const EMPTY_VERBS = new Map<string, Tense>([
  ['foreta', 0],
  ['foretar', 1],
  ['foretok', 2],
  ['foretatt', 3],
  ['føreta', 0],
  ['føretek', 1],
  ['føretok', 2],
  ['føreteke', 3],
  ['utføre', 0],
  ['utfører', 1],
  ['utførte', 2],
  ['utført', 3],
  ['gjennomføre', 0],
  ['gjennomfører', 1],
  ['gjennomførte', 2],
  ['gjennomført', 3],
  ['gjøre', 0],
  ['gjør', 1],
  ['gjorde', 2],
  ['gjort', 3],
  ['gjere', 0],
  ['gjer', 1],
]);
/** Every form that can open a finding (BARE_FORETA is among them). */
const EMPTY_VERB_FORMS = [...EMPTY_VERBS.keys()];
// "foretas" is left to the passive rule, so it is not reported twice.
const BARE_FORETA = new Set(['foreta', 'foretar', 'foretok', 'foretatt', 'føreta', 'føretek']);
// Only these are empty enough to flag with any verbal noun; gjennomføre/gjøre need a known noun
// ("gjennomføre en befaring" is ordinary language).
const STRONG_EMPTY_VERBS = new Set(['foreta', 'foretar', 'foretok', 'foretatt', 'føreta', 'føretek', 'føreteke', 'utføre', 'utfører', 'utførte', 'utført']);
// Words allowed between the verb and the noun.
const FILLERS = new Set([
  'en',
  'ei',
  'et',
  'ein',
  'eit',
  'ny',
  'nye',
  'nytt',
  'den',
  'denne',
  'grundig',
  'konkret',
  'endelig',
  'endeleg',
  'fornyet',
  'fornya',
  'full',
  'ytterligere',
  'ytterlegare',
  'nærmere',
  'nærare',
  'individuell',
  'samlet',
  'samla',
  'skjønnsmessig',
  'faglig',
  'fagleg',
  'ekstra',
]);
const VERBAL_NOUN = /\p{L}{2,}(?:ing|ingen|inga|ingar|else|elsen|elser)$/u;
// Nouns in -ing that are not verbal nouns.
const NOT_VERBAL = new Set(['ting', 'tingen', 'ring', 'omkring', 'kring', 'ingenting', 'lærling', 'kjeltring', 'sving', 'konge', 'helling']);

type VerbTable = Record<string, [string, string, string, string]>;

function tables(params: Record<string, unknown>, language: string): { verbs: VerbTable; bare: string[] } {
  const verbs = ((params['verbs'] as Record<string, VerbTable> | undefined)?.[language] ?? {}) as VerbTable;
  const bare = ((params['bare'] as Record<string, string[]> | undefined)?.[language] ?? []) as string[];
  return { verbs, bare };
}

function onlySpaces(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length > 0 && /^[ \t\u00a0]+$/u.test(gap);
}

/** The noun's entry in the table: "vurderingen" → "vurdering". */
function lookup(verbs: VerbTable, noun: string): [string, string, string, string] | undefined {
  if (verbs[noun]) return verbs[noun];
  for (const suffix of ['en', 'a', 'ar', 'er', 'ne', 'n'])
    if (noun.endsWith(suffix) && verbs[noun.slice(0, -suffix.length)]) return verbs[noun.slice(0, -suffix.length)];
  return undefined;
}

export const nominalisation: Detector = {
  id: 'nominalisation',
  description: 'Substantivsyke: tomt verb (foreta, utføre, gjennomføre, gjøre) + verbalsubstantiv på -ing/-else, med forslag om verbet.',
  parseParams(params) {
    for (const key of ['verbs', 'bare']) {
      const value = params[key];
      if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value)))
        throw new Error(`nominalisation: params.${key} must be an object keyed by reply language`);
    }
    const verbs = (params['verbs'] ?? {}) as Record<string, Record<string, unknown>>;
    for (const [language, table] of Object.entries(verbs))
      for (const [noun, forms] of Object.entries(table))
        if (!Array.isArray(forms) || forms.length !== 4 || forms.some((f) => typeof f !== 'string'))
          throw new Error(`nominalisation: params.verbs.${language}.${noun} must list four verb forms (infinitive, present, past, participle)`);
  },
  detect({ text, analysis, language, params }) {
    if (language === 'eng') return [];
    const { verbs, bare } = tables(params, language);
    const words = analysis.words;
    const hits: DetectorHit[] = [];
    // Only where an empty verb stands (the word index, each form looked up once), in text order;
    // a noun taken by a finding opens none itself.
    let free = 0;
    for (const i of placesOf(wordIndex(analysis), EMPTY_VERB_FORMS)) {
      if (i < free) continue;
      const tense = EMPTY_VERBS.get(words[i]!.lower);
      const isBare = BARE_FORETA.has(words[i]!.lower);
      if (tense === undefined && !isBare) continue;
      let j = i + 1;
      let fillers = 0;
      while (j < words.length && fillers < 2 && FILLERS.has(words[j]!.lower) && onlySpaces(text, words[j - 1]!, words[j]!)) {
        j++;
        fillers++;
      }
      const noun = words[j];
      const nounOk =
        noun !== undefined && noun.kind === 'word' && onlySpaces(text, words[j - 1]!, noun) && VERBAL_NOUN.test(noun.lower) && !NOT_VERBAL.has(noun.lower);
      const entry = nounOk ? lookup(verbs, noun.lower) : undefined;
      if (nounOk && tense !== undefined && (entry || STRONG_EMPTY_VERBS.has(words[i]!.lower))) {
        let end = noun.end;
        // "en vurdering av søknaden" → "vurdere søknaden": the preposition goes with the noun.
        const next = words[j + 1];
        if (entry && next && (next.lower === 'av' || next.lower === 'på' || next.lower === 'om') && onlySpaces(text, noun, next)) end = next.end;
        const hit: DetectorHit = { start: words[i]!.start, end };
        if (entry) hit.suggestions = [entry[tense]];
        hits.push(hit);
        free = j + 1;
        continue;
      }
      if (isBare) {
        hits.push({ start: words[i]!.start, end: words[i]!.end, suggestions: bare });
      }
    }
    return hits;
  },
};
