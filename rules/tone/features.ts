// Hashed n-gram features of one sentence, shared by the trainer and the engine so that a model
// trained in the CLI scores exactly the same features in the service worker.
//
// Features (all lower case, each counted once per sentence):
//   word unigrams, word bigrams (numbers, links and e-mail addresses become placeholders),
//   character 3–5-grams inside each word padded with "<" and ">" (inflection and compounds:
//   "skyld", "skylden", "skyldes" share grams, so one model covers bokmål and nynorsk spellings),
//   runs of "!", "?", "…" and emoji (chat register lives there, not in the words), and the
//   sentence's length class (a curt sentence and a short thank-you share few other features).
// Each feature is hashed with 32-bit FNV-1a over its UTF-16 code units, seeded by a one-letter
// namespace, and folded into 2^bits buckets. No vocabulary is shipped; the hash is the contract.
import { tokenize, type Token } from '../text/analysis.ts';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

const NS_WORD = 0x77; // "w"
const NS_BIGRAM = 0x62; // "b"
const NS_CHAR = 0x63; // "c"
const NS_LENGTH = 0x6c; // "l"
const NS_PUNCT = 0x70; // "p"
const SPACE = 0x20;
const PAD_START = 0x3c; // "<"
const PAD_END = 0x3e; // ">"

function step(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME) >>> 0;
}

function hashString(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) hash = step(hash, text.charCodeAt(i));
  return hash;
}

/** FNV-1a of a namespace letter followed by the text (exported for tests and tools). */
export function fnv1a(namespace: number, text: string): number {
  return hashString(step(FNV_OFFSET, namespace), text);
}

/** The bucket of a word unigram (tests and tools that build or inspect a model). */
export function wordBucket(word: string, bits: number): number {
  return fnv1a(NS_WORD, word.toLowerCase()) & ((1 << bits) - 1);
}

const CHAR_GRAM_MIN = 3;
const CHAR_GRAM_MAX = 5;

/** The form a token takes as a word feature. */
function wordForm(token: Token): string {
  if (token.kind === 'number') return '<n>';
  if (token.kind === 'url') return '<url>';
  if (token.kind === 'email') return '<email>';
  return token.lower;
}

/**
 * Calls `emit(bucket, firstToken, lastToken)` for every feature occurrence of the sentence
 * (duplicates included; callers that need a set deduplicate). `text` is the text the tokens
 * point into; the punctuation features read the gaps between tokens there. With `emitWord`, a
 * token's own features (its unigram and character grams: every entry of the array after the
 * first, which is the bigram prefix) come as the one cached array instead, in place of their emits.
 * `known`, when given, holds each token's tokenFeatures (same indices as `tokens`): looked up once
 * per distinct word of a reply instead of once per token.
 */
export function forEachFeature(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  sentenceEnd: number,
  mask: number,
  emit: (bucket: number, firstToken: number, lastToken: number) => void,
  emitWord?: (features: Uint32Array) => void,
  known?: readonly Uint32Array[],
): void {
  let previousPrefix = -1;
  for (let t = from; t < to; t++) {
    const token = tokens[t]!;
    const form = wordForm(token);
    const features = known ? known[t]! : tokenFeatures(token, mask);
    if (emitWord) emitWord(features);
    else emit(features[1]!, t, t);
    if (previousPrefix !== -1) emit(hashString(previousPrefix, form) & mask, t - 1, t);
    previousPrefix = features[0]!;
    if (!emitWord) for (let i = 2; i < features.length; i++) emit(features[i]!, t, t);
  }
  if (to > from) emit(fnv1a(NS_LENGTH, lengthClass(to - from)) & mask, from, to - 1);
  // Punctuation and emoji between and after the tokens ("!!", "?!", ":)", "😅").
  const firstStart = from < to ? tokens[from]!.start : sentenceEnd;
  let gapStart = firstStart;
  for (let t = from; t <= to; t++) {
    const gapEnd = t < to ? tokens[t]!.start : sentenceEnd;
    if (gapEnd > gapStart && !plainGap(text, gapStart, gapEnd))
      punctuationFeatures(text.slice(gapStart, gapEnd), mask, Math.max(from, Math.min(t, to) - 1), emit);
    if (t < to) gapStart = tokens[t]!.end;
  }
}

/**
 * A word's own features depend only on its form, and replies repeat their words: per mask, a
 * form's [bigram prefix hash, unigram bucket, character-gram buckets...] is computed once.
 * Bounded, so a stream of distinct words cannot grow it without end.
 */
const FORM_CACHE_LIMIT = 50_000;
const formCaches = new Map<number, Map<string, Uint32Array>>();

function formFeatures(mask: number): Map<string, Uint32Array> {
  let cache = formCaches.get(mask);
  if (!cache) formCaches.set(mask, (cache = new Map()));
  return cache;
}

/** A token's own features (its form's cached array: bigram prefix hash, unigram, character grams). */
export function tokenFeatures(token: Token, mask: number): Uint32Array {
  const forms = formFeatures(mask);
  const form = wordForm(token);
  // Placeholders and abbreviations have no character grams: kept apart from a word's entry.
  const key = token.kind === 'word' ? form : `\u0001${form}`;
  let features = forms.get(key);
  if (!features) {
    if (forms.size >= FORM_CACHE_LIMIT) forms.clear();
    features = featuresOfForm(form, token.kind === 'word', mask);
    forms.set(key, features);
  }
  return features;
}

function featuresOfForm(form: string, isWord: boolean, mask: number): Uint32Array {
  const padded = form.length + 2;
  const out: number[] = [step(hashString(step(FNV_OFFSET, NS_BIGRAM), form), SPACE), fnv1a(NS_WORD, form) & mask];
  if (isWord) {
    // Character grams of "<word>": each start position extends one running hash to 3, 4, 5 chars.
    const base = step(FNV_OFFSET, NS_CHAR);
    for (let start = 0; start + CHAR_GRAM_MIN <= padded; start++) {
      let hash = base;
      const stop = Math.min(padded, start + CHAR_GRAM_MAX);
      for (let i = start; i < stop; i++) {
        hash = Math.imul(hash ^ (i === 0 ? PAD_START : i === padded - 1 ? PAD_END : form.charCodeAt(i - 1)), FNV_PRIME) >>> 0;
        if (i - start + 1 >= CHAR_GRAM_MIN) out.push(hash & mask);
      }
    }
  }
  return Uint32Array.from(out);
}

/** Spaces, commas, single points and the like: most gaps, and none of them a feature. */
function plainGap(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x2c || c === 0x2d || c === 0x28 || c === 0x29 || c === 0x2f) continue;
    if (c === 0x2e && text.charCodeAt(i + 1) !== 0x2e) continue;
    if ((c === 0x3a || c === 0x3b) && !/[-')(DPp]/.test(text[i + 1] ?? '')) continue;
    return false;
  }
  return true;
}

function lengthClass(tokens: number): string {
  return tokens <= 3 ? '1-3' : tokens <= 6 ? '4-6' : tokens <= 10 ? '7-10' : tokens <= 20 ? '11-20' : '21+';
}

const EMOJI = /\p{Extended_Pictographic}/u;
const SMILEY = /[:;][-']?[)(DPp]/;

function punctuationFeatures(gap: string, mask: number, token: number, emit: (bucket: number, first: number, last: number) => void) {
  const bangs = /!+/.exec(gap);
  if (bangs) emit(fnv1a(NS_PUNCT, bangs[0].length > 1 ? '!!' : '!') & mask, token, token);
  if (/\?\s*!|!\s*\?/.test(gap)) emit(fnv1a(NS_PUNCT, '?!') & mask, token, token);
  if (/\?{2,}/.test(gap)) emit(fnv1a(NS_PUNCT, '??') & mask, token, token);
  if (/…|\.{3}/.test(gap)) emit(fnv1a(NS_PUNCT, '...') & mask, token, token);
  if (EMOJI.test(gap) || SMILEY.test(gap)) emit(fnv1a(NS_PUNCT, 'emoji') & mask, token, token);
}

/** Sorted, distinct buckets of one sentence: the input of the trainer and of the scorer. */
export function sentenceBuckets(text: string, tokens: readonly Token[], from: number, to: number, sentenceEnd: number, bits: number): Int32Array {
  const mask = (1 << bits) - 1;
  const all: number[] = [];
  forEachFeature(text, tokens, from, to, sentenceEnd, mask, (bucket) => all.push(bucket));
  return distinctSorted(all);
}

/** Buckets of a stand-alone sentence (the corpus). */
export function bucketsOfText(sentence: string, bits: number): Int32Array {
  const tokens = tokenize(sentence);
  return sentenceBuckets(sentence, tokens, 0, tokens.length, sentence.length, bits);
}

function distinctSorted(values: number[]): Int32Array {
  const sorted = Int32Array.from(values).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
  return sorted.slice(0, n);
}
