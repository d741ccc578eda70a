// Language of a reply. franc, restricted to the languages Bergen's service staff meet, finds the
// language family; bokmål vs nynorsk (and Danish/Swedish, which franc confuses with them) is then
// decided by marker words, because franc's trigrams alone call plain bokmål "nno" on short texts.
import { francAll } from 'franc';
import type { RuleLanguage } from '../ids.ts';
import type { Token } from './analysis.ts';

/** Norwegian, English and the large immigrant languages of Bergen (Innbyggerservice answers in 8). */
export const DETECTABLE_LANGUAGES = [
  'nob', 'nno', 'dan', 'swe', 'eng', 'arb', 'pes', 'tir', 'rus', 'ukr', 'tam', 'ell', 'pol', 'som', 'lit',
  'urd', 'vie', 'tur', 'spa', 'deu', 'fra', 'tha', 'amh', 'prs',
] as const;

/** Below this many letters the context or the user's setting decides. */
export const MIN_DETECTION_LETTERS = 40;

const SCANDINAVIAN = new Set(['nob', 'nno', 'dan', 'swe']);

// Frequent words that are only (or overwhelmingly) used in one written standard.
const NYNORSK_MARKERS = new Set([
  'ikkje', 'eg', 'kva', 'korleis', 'kvifor', 'kor', 'frå', 'òg', 'berre', 'mykje', 'noko', 'nokre', 'kvar',
  'sjå', 'vere', 'vore', 'dykk', 'dykkar', 'ein', 'eit', 'eitt', 'vart', 'vert', 'blei', 'me', 'dei',
  'deira', 'gjere', 'gjer', 'seie', 'seier', 'høyre', 'korso', 'heilt', 'mogleg', 'moglegheit', 'enno',
  'framleis', 'særleg', 'elles', 'difor', 'sidan', 'utan', 'innan', 'saka', 'helsing', 'venleg', 'vennleg',
  'treng', 'trong', 'fekk', 'veke', 'veka', 'dagar', 'eigen', 'eige', 'heile', 'meir', 'gjeld', 'kjem',
  'kome', 'ho', 'hjå', 'nokon', 'inga', 'avgjerd', 'klaga', 'opplysningar', 'dokumenta', 'reglane', 'sjølv',
]);
const BOKMAAL_MARKERS = new Set([
  'ikke', 'jeg', 'hva', 'hvordan', 'hvorfor', 'hvor', 'fra', 'bare', 'mye', 'noe', 'noen', 'hver',
  'være', 'vært', 'dere', 'deres', 'en', 'et', 'ble', 'gjøre', 'gjør', 'sier', 'høre', 'helt', 'mulig',
  'mulighet', 'ennå', 'fortsatt', 'særlig', 'ellers', 'derfor', 'siden', 'uten', 'innen', 'saken', 'hilsen',
  'vennlig', 'trenger', 'fikk', 'uke', 'uken', 'dager', 'egen', 'eget', 'hele', 'mer', 'hun', 'hos',
  'avgjørelse', 'opplysninger', 'dokumentene', 'reglene', 'selv', 'kommer', 'gjelder', 'hvis',
]);
// Words shared by both lists are removed below so each list holds only real markers.
for (const w of [...NYNORSK_MARKERS]) if (BOKMAAL_MARKERS.has(w)) { NYNORSK_MARKERS.delete(w); BOKMAAL_MARKERS.delete(w); }

// Danish and Swedish words that bokmål does not use; franc often ranks them first for bokmål.
const DANISH_MARKERS = new Set(['af', 'hvad', 'nu', 'mig', 'dig', 'sig', 'efter', 'meget', 'blev', 'havde', 'ud', 'lige', 'jer']);
const SWEDISH_MARKERS = new Set(['och', 'jag', 'inte', 'är', 'för', 'vad', 'hur', 'också', 'mycket', 'från', 'hej', 'tack', 'vänliga', 'hälsningar']);

const ENGLISH_MARKERS = new Set(['the', 'and', 'you', 'your', 'we', 'our', 'is', 'are', 'will', 'not', 'with', 'this', 'that', 'have', 'of', 'to', 'in', 'please', 'thank', 'regards']);

export interface LanguageDecision {
  language: string;
  source: 'context' | 'detected' | 'fallback';
}

function markerScores(words: readonly Token[]) {
  let nno = 0;
  let nob = 0;
  let eng = 0;
  let dan = 0;
  let swe = 0;
  for (const w of words) {
    if (w.kind !== 'word') continue;
    if (NYNORSK_MARKERS.has(w.lower)) nno++;
    else if (BOKMAAL_MARKERS.has(w.lower)) nob++;
    if (ENGLISH_MARKERS.has(w.lower)) eng++;
    if (DANISH_MARKERS.has(w.lower)) dan++;
    if (SWEDISH_MARKERS.has(w.lower)) swe++;
  }
  return { nno, nob, eng, dan, swe };
}

/**
 * Decides the reply language. A forced language (user setting, --lang) wins; short texts fall back
 * to the context; otherwise franc picks the family and marker words settle bokmål/nynorsk.
 */
export function detectLanguage(
  text: string,
  words: readonly Token[],
  forced: RuleLanguage | undefined,
  fallback: RuleLanguage,
): LanguageDecision {
  if (forced) return { language: forced, source: 'context' };
  let letters = 0;
  for (const w of words) if (w.kind === 'word') letters += w.text.length;
  const markers = markerScores(words);
  if (letters < MIN_DETECTION_LETTERS) {
    // Even a short text is decided when its marker words are unambiguous ("Hei! Eg ringer deg i morgon.").
    if (markers.nno >= 2 && markers.nob === 0) return { language: 'nno', source: 'detected' };
    if (markers.nob >= 2 && markers.nno === 0) return { language: 'nob', source: 'detected' };
    if (markers.eng >= 3 && markers.nob + markers.nno === 0) return { language: 'eng', source: 'detected' };
    return { language: fallback, source: 'fallback' };
  }
  // Clear marker evidence decides without franc, which costs more than all rules together.
  const norwegian = markers.nob + markers.nno;
  if (norwegian >= 4 && markers.eng * 4 <= norwegian && (markers.dan + markers.swe) * 4 <= norwegian)
    return { language: markers.nno > markers.nob ? 'nno' : 'nob', source: 'detected' };
  if (markers.eng >= 6 && norwegian * 4 <= markers.eng) return { language: 'eng', source: 'detected' };
  // franc is linear in the input; 1,000 characters decide as well as the whole text (measured on the eval corpus).
  const ranked = francAll(text.length > 1000 ? text.slice(0, 1000) : text, {
    only: [...DETECTABLE_LANGUAGES],
    minLength: 10,
  });
  const top = ranked[0]?.[0] ?? 'und';
  if (top === 'und') return { language: fallback, source: 'fallback' };
  if (SCANDINAVIAN.has(top) || (top === 'eng' && markers.nob + markers.nno > markers.eng)) {
    // Danish and Swedish only with their own words; franc's trigrams alone are no evidence.
    if (markers.swe > markers.nob + markers.nno && markers.swe >= 2) return { language: 'swe', source: 'detected' };
    if (markers.dan > markers.nob + markers.nno && markers.dan >= 2) return { language: 'dan', source: 'detected' };
    if (markers.nno + markers.nob === 0) {
      if (top === 'nob' || top === 'nno') return { language: top, source: 'detected' };
      return { language: fallback === 'eng' ? 'nob' : fallback, source: 'fallback' };
    }
    // Bokmål texts contain a few nynorsk-looking words ("dei", "me"), so nynorsk needs the majority.
    return { language: markers.nno > markers.nob ? 'nno' : 'nob', source: 'detected' };
  }
  return { language: top, source: 'detected' };
}

export function isRuleLanguage(language: string): language is RuleLanguage {
  return language === 'nob' || language === 'nno' || language === 'eng';
}
