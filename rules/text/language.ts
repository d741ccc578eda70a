// Language of a reply. Marker words decide first: frequent words that belong to one written
// standard (bokmål, nynorsk), to Norwegian as a whole, or to English. Clear marker evidence beats
// franc, whose trigrams call short Norwegian replies German or Turkish and plain bokmål "nno".
// franc decides only when the markers are weak, and then only between the languages the text
// can be (a text with Norwegian markers or æ/ø/å is Scandinavian or English). Words in the
// closing and signature ("Med vennlig hilsen / Ola / Bergen kommune") weigh less than the body:
// an English reply above a Norwegian auto-signature is English. When the text does not decide,
// the quoted inquiry's language does, then the user's fallback setting.
import { rankLanguages } from './trigram-ranking.ts';
import type { RuleLanguage } from '../ids.ts';
import type { InquiryContext } from '../types.ts';
import { tokenize, type TextAnalysis, type Token, wordIndex } from './analysis.ts';

/** Norwegian, English and the large immigrant languages of Bergen (Innbyggerservice answers in 8). */
// biome-ignore format: a word list or table reads best packed, as written
export const DETECTABLE_LANGUAGES = [
  'nob', 'nno', 'dan', 'swe', 'eng', 'arb', 'pes', 'tir', 'rus', 'ukr', 'tam', 'ell', 'pol', 'som', 'lit',
  'urd', 'vie', 'tur', 'spa', 'deu', 'fra', 'tha', 'amh', 'prs',
] as const;

/** Below this many letters the context or the user's setting decides, unless markers are clear. */
export const MIN_DETECTION_LETTERS = 40;

/** How much a word in the closing/signature counts against one in the body. */
export const SIGNATURE_WEIGHT = 0.25;

// biome-ignore format: a word list or table reads best packed, as written
const SCANDINAVIAN = new Set(['nob', 'nno', 'dan', 'swe']);
// biome-ignore format: a word list or table reads best packed, as written
const SCANDINAVIAN_OR_ENGLISH = ['nob', 'nno', 'dan', 'swe', 'eng'];

// Frequent words that are only (or overwhelmingly) used in one written standard.
// biome-ignore format: a word list or table reads best packed, as written
const NYNORSK_MARKERS = new Set([
  'ikkje', 'eg', 'kva', 'korleis', 'kvifor', 'kor', 'frå', 'òg', 'berre', 'mykje', 'noko', 'nokre', 'kvar',
  'sjå', 'vere', 'vore', 'dykk', 'dykkar', 'ein', 'eit', 'eitt', 'vart', 'vert', 'blei', 'me', 'dei',
  'deira', 'gjere', 'gjer', 'seie', 'seier', 'høyre', 'korso', 'heilt', 'mogleg', 'moglegheit', 'enno',
  'framleis', 'særleg', 'elles', 'difor', 'sidan', 'utan', 'innan', 'saka', 'helsing', 'venleg', 'vennleg',
  'treng', 'trong', 'fekk', 'veke', 'veka', 'dagar', 'eigen', 'eige', 'heile', 'meir', 'gjeld', 'kjem',
  'kome', 'ho', 'hjå', 'nokon', 'inga', 'avgjerd', 'klaga', 'opplysningar', 'dokumenta', 'reglane', 'sjølv',
  // Further forms with a distinct bokmål counterpart.
  'veker', 'vekene', 'månad', 'månaden', 'månader', 'kven', 'kvarandre', 'saman', 'handsame', 'handsamar',
  'handsama', 'handsaming', 'handsaminga', 'motteke', 'mottek', 'føreta', 'undersøking', 'undersøkinga',
  'tilskot', 'bustad', 'bustaden', 'skule', 'skulen', 'heim', 'heime', 'tidlegare', 'naudsynt', 'opplysningane',
  'søkje', 'søkjer', 'søkjar', 'søkjaren', 'følgje', 'følgjer', 'ligg', 'tilbod', 'tilbodet', 'annan', 'ønskjer',
  'sendast', 'behandla', 'vidare', 'fleire', 'viss', 'di', 'vorte', 'gjeve', 'gjev', 'orsak', 'byrjar',
  'tysdag', 'laurdag', 'sundag', 'inntekta', 'løyve', 'vegen', 'spørsmåla', 'svara', 'einast',
]);
// biome-ignore format: a word list or table reads best packed, as written
const BOKMAAL_MARKERS = new Set([
  'ikke', 'jeg', 'hva', 'hvordan', 'hvorfor', 'hvor', 'fra', 'bare', 'mye', 'noe', 'noen', 'hver',
  'være', 'vært', 'dere', 'deres', 'en', 'et', 'ble', 'gjøre', 'gjør', 'sier', 'høre', 'helt', 'mulig',
  'mulighet', 'ennå', 'fortsatt', 'særlig', 'ellers', 'derfor', 'siden', 'uten', 'innen', 'saken', 'hilsen',
  'vennlig', 'trenger', 'fikk', 'uke', 'uken', 'dager', 'egen', 'eget', 'hele', 'mer', 'hun', 'hos',
  'avgjørelse', 'opplysninger', 'dokumentene', 'reglene', 'selv', 'kommer', 'gjelder', 'hvis',
  // Further forms with a distinct nynorsk counterpart.
  'uker', 'ukene', 'måned', 'måneden', 'måneder', 'hvem', 'hvilke', 'hvilken', 'hverandre', 'sammen',
  'behandlet', 'behandles', 'undersøkelse', 'undersøkelsen', 'tilskudd', 'bolig', 'boligen', 'skole', 'skolen',
  'hjem', 'hjemme', 'tidligere', 'opplysningene', 'søke', 'søker', 'søkeren', 'følge', 'følger', 'ligger',
  'tilbud', 'tilbudet', 'annen', 'annet', 'ønsker', 'sendes', 'videre', 'flere', 'klagen', 'samme', 'dem',
  'tirsdag', 'lørdag', 'søndag', 'inntekten', 'tillatelse', 'spørsmålene', 'svarene', 'blitt',
]);
// Words shared by both lists are removed below so each list holds only real markers.
for (const w of [...NYNORSK_MARKERS])
  if (BOKMAAL_MARKERS.has(w)) {
    NYNORSK_MARKERS.delete(w);
    BOKMAAL_MARKERS.delete(w);
  }

// Norwegian in both standards and in neither English nor German/Dutch/Turkish ("er", "den", "kan"
// are left out for those). They say "Norwegian (or Danish/Swedish)" but not which standard.
// biome-ignore format: a word list or table reads best packed, as written
const NORWEGIAN_MARKERS = new Set([
  'og', 'på', 'til', 'deg', 'din', 'ditt', 'dine', 'vi', 'har', 'å', 'får', 'går', 'det', 'med', 'som', 'så',
  'oss', 'hei', 'takk', 'vil', 'skal', 'må', 'blir', 'eller', 'av', 'ved', 'når', 'vår', 'våre', 'dette',
  'denne', 'også', 'etter', 'mellom', 'fått', 'kommunen', 'søknaden', 'søknad', 'vedtaket', 'vedtak',
  'mvh', 'kjære', 'beste', 'tilbake', 'svar', 'gjerne', 'dessverre', 'mottatt', 'sendt', 'behandle',
]);

// Danish and Swedish words that bokmål does not use; franc often ranks them first for bokmål.
// biome-ignore format: a word list or table reads best packed, as written
const DANISH_MARKERS = new Set([
  'af', 'hvad', 'nu', 'mig', 'dig', 'sig', 'efter', 'meget', 'blev', 'havde', 'ud', 'lige', 'jer', 'tak', 'hej',
  'venlig', 'tilbage', 'modtaget', 'ansøgning', 'sagen', 'spørgsmål',
]);
// biome-ignore format: a word list or table reads best packed, as written
const SWEDISH_MARKERS = new Set(['och', 'jag', 'inte', 'är', 'för', 'vad', 'hur', 'också', 'mycket', 'från', 'hej', 'tack', 'vänliga', 'hälsningar']);

// English function words that Norwegian does not use ("for", "at", "by", "i", "is", "send" are).
// biome-ignore format: a word list or table reads best packed, as written
const ENGLISH_MARKERS = new Set([
  'the', 'and', 'you', 'your', 'we', 'our', 'us', 'are', 'will', 'not', 'with', 'this', 'that', 'have', 'has',
  'been', 'was', 'were', 'of', 'to', 'in', 'on', 'from', 'or', 'if', 'can', 'would', 'should', 'could', 'which',
  'what', 'when', 'who', 'there', 'they', 'them', 'their', 'it', 'its', 'my', 'me', 'any', 'about', 'please',
  'thank', 'thanks', 'regards', 'dear', 'hi', 'hello', 'sincerely', 'yours', 'kind', 'best', 'do', 'does',
]);

/** A line that opens the closing: "Med vennlig hilsen", "Venleg helsing", "Mvh", "Kind regards". */
const CLOSING_LINE =
  /^[ \t]*(?:(?:med )?(?:vennlig|venleg|vennleg|beste) (?:hilsen|helsing)|hilsen|helsing|mvh|vh|kind regards|best regards|warm regards|with kind regards|regards|best wishes|sincerely|yours (?:sincerely|faithfully)|many thanks)\b[^\n]{0,40}$/gimu;

export interface LanguageDecision {
  language: string;
  source: 'context' | 'detected' | 'fallback';
}

interface MarkerScores {
  nno: number;
  nob: number;
  nor: number;
  eng: number;
  dan: number;
  swe: number;
  /** The body (before the signature) has an æ, ø or å: Scandinavian, never English or German. */
  scandinavianLetters: boolean;
}

/** How far from the end a closing line may start: a name, a title, an office, a phone number. */
const SIGNATURE_MAX_CHARS = 400;

/** Where the closing starts: the first closing line in the text's last lines, else text.length. */
function closingStart(text: string): number {
  // A closing line opens the signature only when little text follows it, not when it is a
  // paragraph in the middle of the reply; so only the tail is searched, from a line start.
  const from = text.length > SIGNATURE_MAX_CHARS ? text.lastIndexOf('\n', text.length - SIGNATURE_MAX_CHARS) + 1 : 0;
  CLOSING_LINE.lastIndex = from;
  const m = CLOSING_LINE.exec(text);
  return m ? m.index : text.length;
}

// One lookup per word: which marker lists it is on.
const NNO = 1;
const NOB = 2;
const NOR = 4;
const ENG = 8;
const DAN = 16;
const SWE = 32;
const MARKERS = new Map<string, number>();
const mark = (words: Iterable<string>, flag: number) => {
  for (const w of words) MARKERS.set(w, (MARKERS.get(w) ?? 0) | flag);
};
mark(NYNORSK_MARKERS, NNO);
mark(BOKMAAL_MARKERS, NOB);
mark(
  [...NORWEGIAN_MARKERS].filter((w) => !NYNORSK_MARKERS.has(w) && !BOKMAAL_MARKERS.has(w)),
  NOR,
);
mark(ENGLISH_MARKERS, ENG);
mark(DANISH_MARKERS, DAN);
mark(SWEDISH_MARKERS, SWE);

/**
 * The marker words of `words`, weighed. With the reply's word index (`index`), each distinct word
 * is looked up once rather than once per token; the sums are the same (the weights, 1 and ¼, add
 * up exactly in any order).
 */
function markerScores(text: string, words: readonly Token[], index?: ReadonlyMap<string, readonly number[]>): MarkerScores {
  const scores: MarkerScores = { nno: 0, nob: 0, nor: 0, eng: 0, dan: 0, swe: 0, scandinavianLetters: false };
  const signature = closingStart(text);
  const count = (w: Token, flags: number) => {
    if (w.kind !== 'word') return;
    const weight = w.start >= signature ? SIGNATURE_WEIGHT : 1;
    if (flags & NNO) scores.nno += weight;
    if (flags & NOB) scores.nob += weight;
    if (flags & NOR) scores.nor += weight;
    if (flags & ENG) scores.eng += weight;
    if (flags & DAN) scores.dan += weight;
    if (flags & SWE) scores.swe += weight;
  };
  if (index)
    index.forEach((positions, lower) => {
      const flags = MARKERS.get(lower);
      if (flags !== undefined) for (let i = 0; i < positions.length; i++) count(words[positions[i]!]!, flags);
    });
  else
    for (const w of words) {
      const flags = MARKERS.get(w.lower);
      if (flags !== undefined) count(w, flags);
    }
  scores.scandinavianLetters = /[æøåÆØÅ]/.test(signature < text.length ? text.slice(0, signature) : text);
  return scores;
}

/**
 * The language of the quoted inquiry: `inquiry.language` when it is one the rules know, else
 * detected from `inquiry.text` (its first 2,000 characters), when that text decides by itself.
 */
export function inquiryLanguage(inquiry: InquiryContext | undefined): RuleLanguage | undefined {
  if (!inquiry) return undefined;
  if (inquiry.language !== undefined) return isRuleLanguage(inquiry.language) ? inquiry.language : undefined;
  const text = inquiry.text?.slice(0, 2000);
  if (!text) return undefined;
  // The quote stays the same while the reply is typed: decide it once, not on every check.
  if (lastInquiry?.text !== text) {
    const decision = decide(text, tokenize(text), undefined);
    lastInquiry = { text, language: decision && isRuleLanguage(decision) ? decision : undefined };
  }
  return lastInquiry.language;
}

/** The last inquiry text inquiryLanguage() decided, and what it decided. */
let lastInquiry: { text: string; language: RuleLanguage | undefined } | undefined;

/**
 * Decides the reply language. A forced language (user setting, --lang) wins. Otherwise marker
 * words, then franc among the languages the markers allow; what the text leaves open (too short,
 * or Norwegian with no word that tells bokmål from nynorsk) the inquiry's language decides, then
 * `fallback`. `analysis`, when given, is the analysis `words` come from: its word index (made
 * once per check and read by the rules too) spares a marker lookup per token.
 */
export function detectLanguage(
  text: string,
  words: readonly Token[],
  forced: RuleLanguage | undefined,
  fallback: RuleLanguage,
  inquiry?: InquiryContext,
  analysis?: TextAnalysis,
): LanguageDecision {
  if (forced) return { language: forced, source: 'context' };
  let family: 'norwegian' | undefined;
  const decided = decide(text, words, () => (family = 'norwegian'), analysis && wordIndex(analysis));
  if (decided) return { language: decided, source: 'detected' };
  const fromInquiry = inquiryLanguage(inquiry);
  if (family === 'norwegian') {
    // Norwegian, but bokmål or nynorsk the text does not say: never English here.
    const variant = fromInquiry === 'nno' || fromInquiry === 'nob' ? fromInquiry : fallback === 'eng' ? 'nob' : fallback;
    return { language: variant, source: 'fallback' };
  }
  return { language: fromInquiry ?? fallback, source: 'fallback' };
}

/**
 * The language the text itself shows, or undefined when it does not decide. `norwegianOpen` is
 * called when the text is Norwegian but neither standard has more marker words.
 */
function decide(
  text: string,
  words: readonly Token[],
  norwegianOpen: (() => void) | undefined,
  index?: ReadonlyMap<string, readonly number[]>,
): string | undefined {
  let letters = 0;
  for (const w of words) if (w.kind === 'word') letters += w.text.length;
  const m = markerScores(text, words, index);
  const norwegian = m.nob + m.nno + m.nor;
  const variant = (): string | undefined => {
    // Danish and Swedish only with their own words, more of them than Norwegian ones.
    if (m.swe >= 2 && m.swe > m.nob + m.nno) return 'swe';
    if (m.dan >= 2 && m.dan > m.nob + m.nno) return 'dan';
    if (m.nno > m.nob) return 'nno';
    if (m.nob > m.nno) return 'nob';
    norwegianOpen?.();
    return undefined;
  };
  // Strong marker evidence decides without franc (which also costs more than all rules together).
  if (m.eng >= 2 && m.eng >= 2 * norwegian) return 'eng';
  if (norwegian >= 2 && norwegian >= 2 * m.eng) return variant();
  if (letters < MIN_DETECTION_LETTERS) {
    // Even a short text is decided when its marker words are unambiguous ("Eg ringer deg.").
    if (m.nno + m.nob >= 1 && norwegian > m.eng) return variant();
    if (m.eng > norwegian && m.eng >= 1.5) return 'eng';
    return undefined;
  }
  // Weak markers: franc, but only among the languages the text can be. Norwegian markers or
  // æ/ø/å make it Scandinavian or English; franc's trigrams alone are no evidence for German.
  // One marker word is no evidence: "en" is also Turkish, "et" French, "in" German.
  const latinEvidence = m.scandinavianLetters || norwegian >= 1.5 || m.eng >= 1.5;
  const only = latinEvidence ? SCANDINAVIAN_OR_ENGLISH : [...DETECTABLE_LANGUAGES];
  // franc is linear in the input; 1,000 characters decide as well as the whole text (measured on the eval corpus).
  const ranked = rankLanguages(text.length > 1000 ? text.slice(0, 1000) : text, only, 10);
  const top = ranked[0]?.[0] ?? 'und';
  if (top === 'und') return undefined;
  if (top === 'eng' && norwegian > m.eng) return variant();
  if (SCANDINAVIAN.has(top)) {
    // Trigrams alone ("Ola Hansen, Bergen kommune") do not even make a text Norwegian.
    if (norwegian === 0 && !m.scandinavianLetters) return undefined;
    // franc's bokmål/nynorsk choice is no evidence: plain bokmål comes out "nno" on short texts.
    return variant();
  }
  return top;
}

export function isRuleLanguage(language: string): language is RuleLanguage {
  return language === 'nob' || language === 'nno' || language === 'eng';
}
