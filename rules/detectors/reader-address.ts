// Addressing the reader impersonally instead of with "du" (Grane/SFT language profiles,
// Språkrådet's marks of kansellistil). One detector, four forms chosen by `params.form`:
//   man          — "man" as a pronoun, always impersonal ("man kan klage").
//   en           — "en"/"ein" as a pronoun; the same word is the article, so only in patterns
//                  where an article cannot stand: sentence start or subordinator + en + verb
//                  ("hvis en ønsker", "En kan søke"), or modal + en + infinitive ("kan en søke").
//   third-person — the reader as "søkeren", "klager", "brukeren" + a finite verb ("Søker må …");
//                  in English "the applicant", "the complainant" … + a finite verb ("the applicant
//                  is required to"), the only form that exists in English replies.
//   polite       — De/Dem/Deres (nynorsk De/Dykk/Dykkar) capitalised mid-sentence. At a sentence
//                  start "De" usually means "they", so it counts only when the reply also uses a
//                  polite form mid-sentence.
import type { Detector, DetectorHit } from './types.ts';
import { placesOf, type TextAnalysis, type Token, wordIndex } from '../text/analysis.ts';

type Form = 'man' | 'en' | 'third-person' | 'polite';
const FORMS: readonly Form[] = ['man', 'en', 'third-person', 'polite'];

const FINITE_AFTER_EN = new Set([
  'kan',
  'må',
  'bør',
  'skal',
  'vil',
  'får',
  'har',
  'ønsker',
  'trenger',
  'er',
  'blir',
  'kunne',
  'skulle',
  'ønskjer',
  'treng',
  'vert',
  'lyt',
  'hadde',
  'mottar',
  'flytter',
  'flyttar',
  'sender',
  'betaler',
]);
const BEFORE_EN = new Set(['hvis', 'når', 'om', 'dersom', 'viss', 'at', 'der', 'som', 'fordi', 'før', 'enn']);
const MODALS = new Set(['kan', 'må', 'bør', 'skal', 'vil', 'får']);
const INFINITIVES_AFTER_EN = new Set([
  'søke',
  'søkje',
  'sende',
  'klage',
  'få',
  'betale',
  'ha',
  'gjøre',
  'gjere',
  'be',
  'kontakte',
  'ringe',
  'bruke',
  'finne',
  'lese',
  'logge',
  'melde',
  'fylle',
  'regne',
  'rekne',
  'vente',
  'velge',
  'velje',
  'endre',
  'se',
  'sjå',
]);
const THIRD_PERSON_NOUNS = new Set([
  'søker',
  'søkeren',
  'klager',
  'klageren',
  'brukeren',
  'tiltakshaver',
  'tiltakshaveren',
  'hjemmelshaver',
  'hjemmelshaveren',
  'innsender',
  'innsenderen',
  'søkjar',
  'søkjaren',
  'klagar',
  'klagaren',
  'brukaren',
  'tiltakshavar',
  'tiltakshavaren',
  'heimelshavar',
  'heimelshavaren',
  'parten',
]);
const FINITE_VERBS = new Set([
  'har',
  'må',
  'kan',
  'skal',
  'bør',
  'vil',
  'får',
  'er',
  'ble',
  'blir',
  'hadde',
  'fikk',
  'fekk',
  'vert',
  'vart',
  'blei',
  'lyt',
  'anfører',
  'hevder',
  'hevdar',
  'mener',
  'meiner',
  'ønsker',
  'ønskjer',
  'opplyser',
  'opplyste',
  'søkte',
  'sendte',
  'klaget',
  'klaga',
  'viser',
  'syner',
  'anses',
  'oppfyller',
  'oppfyller',
  'oppfyller',
]);
const SELF = new Set(['selv', 'sjølv', 'sjøl']);
// English: the roles a reply's own reader has. "the tenant", "the owner" are as often someone else.
const THIRD_PERSON_NOUNS_EN = new Set(['applicant', 'claimant', 'complainant', 'appellant', 'requester', 'requestor', 'addressee']);
const FINITE_VERBS_EN = new Set([
  'must',
  'is',
  'has',
  'should',
  'may',
  'will',
  'can',
  'shall',
  'was',
  'had',
  'needs',
  'wishes',
  'states',
  'claims',
  'submitted',
  'applied',
  'requested',
  'meets',
  'fulfils',
  'fulfills',
  'qualifies',
  'receives',
  'received',
  'lives',
]);
const POLITE_NOB = new Set(['De', 'Dem', 'Deres']);
const POLITE_NNO = new Set(['De', 'Dykk', 'Dykkar']);

function onlySpaces(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length > 0 && /^[ \t\u00a0]+$/u.test(gap);
}

function startsSentence(text: string, token: Token): boolean {
  for (let k = token.start - 1; k >= 0; k--) {
    const c = text[k]!;
    if (c === ' ' || c === '\t' || c === '\u00a0' || c === '"' || c === '«' || c === '(') continue;
    return c === '.' || c === '!' || c === '?' || c === '\n' || c === ':' || c === '–' || c === '-';
  }
  return true;
}

/** Start of the clause: sentence start, or right after a comma. */
function startsClause(text: string, token: Token): boolean {
  if (startsSentence(text, token)) return true;
  for (let k = token.start - 1; k >= 0; k--) {
    const c = text[k]!;
    if (c === ' ' || c === '\t') continue;
    return c === ',' || c === ';';
  }
  return false;
}

// Nouns in -e that can follow "kan en"/"må en" as an article + noun ("Det må en uke til").
const NOUNS_IN_E = new Set([
  'liste',
  'side',
  'time',
  'uke',
  'veke',
  'måte',
  'periode',
  'skole',
  'skule',
  'tjeneste',
  'teneste',
  'avgjørelse',
  'bolle',
  'stemme',
  'kvinne',
  'gutte',
  'jente',
  'gruppe',
  'klasse',
  'linje',
  'sone',
  'vurdering',
]);

// Noun endings in -e that no infinitive has: "en begrunnelse", "en uttalelse", "en samtale".
const NOUN_SUFFIX_E = /(?:else|ale|sje|ure|ette|ikke|inne|ende)$/u;
// A subject before the modal makes "en" the article: "Du får en begrunnelse", "Vi kan en gang …".
const SUBJECTS = new Set(['du', 'vi', 'jeg', 'eg', 'han', 'hun', 'ho', 'de', 'dei', 'dere', 'de', 'det', 'den', 'dette', 'denne', 'saken', 'saka']);

/** "kan en søke", "må en krysse": an infinitive (or a known one) after modal + en. */
function looksInfinitive(token: Token): boolean {
  if (INFINITIVES_AFTER_EN.has(token.lower)) return true;
  return (
    token.kind === 'word' &&
    token.text === token.lower &&
    token.lower.length >= 4 &&
    token.lower.endsWith('e') &&
    !NOUNS_IN_E.has(token.lower) &&
    !NOUN_SUFFIX_E.test(token.lower)
  );
}

/**
 * The indices of the tokens whose lower case is one of `forms`, in text order. Each form is looked
 * up once in the reply's word index: the forms are rare, and reading every token for them cost
 * more than the rest of these checks.
 */
function tokensOf(analysis: TextAnalysis, forms: Iterable<string>): readonly number[] {
  return placesOf(wordIndex(analysis), forms);
}

const MAN_FORMS = ['man', 'man.'];

function detectMan(text: string, analysis: TextAnalysis, hits: DetectorHit[]) {
  const { words } = analysis;
  for (const i of tokensOf(analysis, MAN_FORMS)) {
    const w = words[i]!;
    if (w.lower === 'man') {
      // "Man" capitalised mid-sentence is a name (Isle of Man), not the pronoun.
      if (w.text === 'Man' && !startsSentence(text, w)) continue;
      hits.push({ start: w.start, end: w.end });
    } else if (w.lower === 'man.' && w.kind === 'abbr' && (w.text !== 'Man.' || startsSentence(text, w))) {
      // The tokenizer reads "man." as Monday; at a sentence end ("slik gjør man.") it is the pronoun.
      const after = text.slice(w.end, w.end + 3);
      if (w.end >= text.length || /^(?:\s+\p{Lu}|\s*\n|\s*$)/u.test(after)) hits.push({ start: w.start, end: w.end - 1 });
    }
  }
}

function detectEn(text: string, analysis: TextAnalysis, language: string, hits: DetectorHit[]) {
  const { words } = analysis;
  const pronoun = language === 'nno' ? 'ein' : 'en';
  for (const i of tokensOf(analysis, [pronoun])) {
    const w = words[i]!;
    const next = words[i + 1];
    const prev = words[i - 1];
    if (!next || !onlySpaces(text, w, next)) continue;
    if (FINITE_AFTER_EN.has(next.lower)) {
      const clauseStart = startsClause(text, w);
      const afterSubordinator = prev !== undefined && BEFORE_EN.has(prev.lower) && onlySpaces(text, prev, w);
      if (clauseStart || afterSubordinator) {
        hits.push({ start: w.start, end: w.end });
        continue;
      }
    }
    // Inverted: "Da kan en søke …", "Her må ein sende …". Not when the modal already has a subject
    // ("Du får en begrunnelse"), and "får" (also "gets") only before a known infinitive.
    if (!prev || !MODALS.has(prev.lower) || !onlySpaces(text, prev, w)) continue;
    const beforeModal = words[i - 2];
    if (beforeModal && SUBJECTS.has(beforeModal.lower) && onlySpaces(text, beforeModal, prev)) continue;
    if (prev.lower === 'får' ? INFINITIVES_AFTER_EN.has(next.lower) : looksInfinitive(next)) hits.push({ start: w.start, end: w.end });
  }
}

function detectThirdPerson(text: string, analysis: TextAnalysis, hits: DetectorHit[]) {
  const { words } = analysis;
  for (const i of tokensOf(analysis, THIRD_PERSON_NOUNS)) {
    if (i >= words.length - 1) break;
    const w = words[i]!;
    // "tiltakshaver selv er ansvarlig": a reflexive "selv/sjølv" may stand before the verb.
    const reflexive = SELF.has(words[i + 1]!.lower) && i + 2 < words.length && onlySpaces(text, w, words[i + 1]!);
    const next = reflexive ? words[i + 2]! : words[i + 1]!;
    if (!onlySpaces(text, reflexive ? words[i + 1]! : w, next) || !FINITE_VERBS.has(next.lower)) continue;
    // "søker" and "klager" are also verbs ("du søker", "hun klager"): as nouns they stand first in
    // the clause or after a preposition/determiner ("som søker har", "for klager").
    if ((w.lower === 'søker' || w.lower === 'klager' || w.lower === 'søkjar' || w.lower === 'klagar' || w.lower === 'parten') && !startsClause(text, w)) {
      const prev = words[i - 1];
      if (!prev || !['som', 'at', 'der', 'når', 'fordi', 'hvis', 'dersom', 'viss', 'og'].includes(prev.lower)) continue;
    }
    hits.push({ start: w.start, end: w.end });
  }
}

function detectThirdPersonEnglish(text: string, analysis: TextAnalysis, hits: DetectorHit[]) {
  const { words } = analysis;
  for (const i of tokensOf(analysis, THIRD_PERSON_NOUNS_EN)) {
    if (i < 1) continue;
    if (i >= words.length - 1) break;
    const w = words[i]!;
    const article = words[i - 1]!;
    const next = words[i + 1]!;
    if (article.lower !== 'the' || !onlySpaces(text, article, w) || !onlySpaces(text, w, next) || !FINITE_VERBS_EN.has(next.lower)) continue;
    hits.push({ start: article.start, end: w.end, suggestions: [startsSentence(text, article) ? 'You' : 'you'] });
  }
}

/** The polite forms in lower case: the word index is by lower case, the forms are told by their capital. */
const POLITE_NOB_LOWER = [...POLITE_NOB].map((form) => form.toLowerCase());
const POLITE_NNO_LOWER = [...POLITE_NNO].map((form) => form.toLowerCase());

function detectPolite(text: string, analysis: TextAnalysis, language: string, hits: DetectorHit[]) {
  const { words } = analysis;
  const forms = language === 'nno' ? POLITE_NNO : POLITE_NOB;
  const midSentence: Token[] = [];
  const atStart: Token[] = [];
  for (const i of tokensOf(analysis, language === 'nno' ? POLITE_NNO_LOWER : POLITE_NOB_LOWER)) {
    const w = words[i]!;
    if (!forms.has(w.text)) continue;
    (startsSentence(text, w) ? atStart : midSentence).push(w);
  }
  if (midSentence.length === 0) return;
  for (const w of [...midSentence, ...atStart]) hits.push({ start: w.start, end: w.end });
}

const SUGGESTIONS: Record<string, Record<string, string[]>> = {
  nob: { De: ['du'], Dem: ['deg'], Deres: ['din', 'ditt', 'dine'] },
  nno: { De: ['du'], Dykk: ['deg'], Dykkar: ['din', 'ditt', 'dine'] },
};

export const readerAddress: Detector = {
  id: 'reader-address',
  description: 'Upersonleg tiltale: «man», «en/ein» som pronomen, «søkeren/klager» om leseren, høflighetsformene De/Dem/Deres.',
  parseParams(params) {
    if (!FORMS.includes(params['form'] as Form)) throw new Error(`reader-address: params.form must be one of ${FORMS.join(', ')}`);
  },
  detect({ text, analysis, language, params }) {
    const form = params['form'] as Form;
    const hits: DetectorHit[] = [];
    const words = analysis.words;
    if (language === 'eng') {
      if (form === 'third-person') detectThirdPersonEnglish(text, analysis, hits);
      return hits;
    }
    if (form === 'man') detectMan(text, analysis, hits);
    else if (form === 'en') detectEn(text, analysis, language, hits);
    else if (form === 'third-person') detectThirdPerson(text, analysis, hits);
    else {
      detectPolite(text, analysis, language, hits);
      // A polite form at a sentence start keeps its capital in the suggestion ("De" → "Du").
      for (const hit of hits) {
        const word = text.slice(hit.start, hit.end);
        const mid = !startsSentence(text, words.find((w) => w.start === hit.start)!);
        hit.suggestions = (SUGGESTIONS[language]?.[word] ?? []).map((s) => (mid ? s : s[0]!.toUpperCase() + s.slice(1)));
      }
    }
    return hits;
  },
};
