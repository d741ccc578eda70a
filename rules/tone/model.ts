// A linear sentence classifier as data: one-vs-rest logistic regression over hashed n-grams
// (features.ts), its weights int8-quantised and stored sparse as base64 inside the rule set.
// Decoding checks every byte, so a damaged or hostile model is refused when the set is loaded;
// scoring is integer sums and one multiplication per label, identical in the CLI and the worker.
import type { Token } from '../text/analysis.ts';
import { forEachFeature } from './features.ts';

export const MODEL_KIND = 'hashed-ngram-logistic';
export const MIN_HASH_BITS = 12;
export const MAX_HASH_BITS = 20;

/** Precision and recall of one label on one slice of a labelled split. */
export interface LabelFigures {
  precision: number;
  recall: number;
  /** Sentences with this label in the slice. */
  support: number;
  /** Sentences the model gave this label. */
  flagged: number;
}

/** What the trainer measured on the blind split (never seen by training or threshold choice). */
export interface ModelEvaluation {
  split: string;
  sentences: number;
  /** label → language ("all", "nob", "nno", "eng") → figures. */
  labels: Record<string, Record<string, LabelFigures>>;
  /** Sentences labelled "ok" that got any label, per 1,000 "ok" sentences. */
  falseAlarmsPerThousandOk: number;
}

/** The model as stored in a rule set (`models[]`). */
export interface SentenceModelData {
  id: string;
  kind: typeof MODEL_KIND;
  /** Buckets = 2^hashBits. */
  hashBits: number;
  /** The labels scored, in weight order (tone kinds; "ok" is the absence of all). */
  labels: string[];
  bias: number[];
  /** Weight of one int8 step, per label. */
  scale: number[];
  /** A label is given when its logit reaches this value (chosen for precision on validation). */
  threshold: number[];
  /** base64 of, per label: varint count, varint bucket deltas, then the int8 weights. */
  weights: string;
  evaluation?: ModelEvaluation;
  training?: { sentences: number; seed: number; note?: string };
}

export interface DecodedModel {
  data: SentenceModelData;
  labels: readonly string[];
  bits: number;
  /** Interleaved: weights[bucket * labels + label]. */
  weights: Int8Array;
  nonZero: number;
}

export class ModelDataError extends Error {
  override name = 'ModelDataError';
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) BASE64_INDEX[BASE64.charCodeAt(i)] = i;

export function base64Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += BASE64[a >> 2]! + BASE64[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : BASE64[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : BASE64[c & 63]!;
  }
  return out;
}

export function base64Decode(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  // The browser's decoder is native: a model's few hundred KB at every worker start. It accepts
  // ASCII whitespace, which the loop below reports, so it serves only text without any.
  if (typeof atob === 'function' && !/\s/.test(clean)) {
    try {
      const binary = atob(clean);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      return bytes;
    } catch {
      // Not base64: the loop below says where.
    }
  }
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let n = 0;
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i);
    const digit = code < 128 ? BASE64_INDEX[code]! : -1;
    if (digit < 0) throw new ModelDataError(`weights: invalid base64 at character ${i}`);
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[n++] = (value >> bits) & 0xff;
    }
  }
  return bytes.subarray(0, n);
}

/** Sparse per-label weights → the stored base64 string. */
export function encodeWeights(perLabel: ReadonlyArray<ReadonlyArray<readonly [bucket: number, weight: number]>>): string {
  const bytes: number[] = [];
  const varint = (value: number) => {
    while (value >= 0x80) {
      bytes.push((value & 0x7f) | 0x80);
      value >>>= 7;
    }
    bytes.push(value);
  };
  for (const entries of perLabel) {
    const sorted = [...entries].sort((a, b) => a[0] - b[0]);
    varint(sorted.length);
    let last = -1;
    for (const [bucket] of sorted) {
      varint(bucket - last - 1);
      last = bucket;
    }
    for (const [, weight] of sorted) bytes.push(weight & 0xff);
  }
  return base64Encode(Uint8Array.from(bytes));
}

/** Checks and unpacks a stored model; throws ModelDataError saying what is wrong. */
export function decodeModel(data: SentenceModelData): DecodedModel {
  const k = data.labels.length;
  if (!Number.isInteger(data.hashBits) || data.hashBits < MIN_HASH_BITS || data.hashBits > MAX_HASH_BITS)
    throw new ModelDataError(`hashBits must be an integer from ${MIN_HASH_BITS} to ${MAX_HASH_BITS}`);
  for (const field of ['bias', 'scale', 'threshold'] as const) {
    if (data[field].length !== k) throw new ModelDataError(`${field} needs one number per label (${k})`);
    if (data[field].some((x) => !Number.isFinite(x))) throw new ModelDataError(`${field} must hold finite numbers`);
  }
  if (new Set(data.labels).size !== k) throw new ModelDataError('labels must be distinct');
  const buckets = 1 << data.hashBits;
  const bytes = base64Decode(data.weights);
  const weights = new Int8Array(buckets * k);
  let pos = 0;
  let nonZero = 0;
  const readVarint = () => {
    let value = 0;
    let shift = 0;
    for (;;) {
      if (pos >= bytes.length) throw new ModelDataError('weights end in the middle of a number');
      const byte = bytes[pos++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
      if (shift > 28) throw new ModelDataError('weights hold a number that is too large');
    }
  };
  for (let label = 0; label < k; label++) {
    const count = readVarint();
    if (count > buckets) throw new ModelDataError(`label ${data.labels[label]}: more weights than buckets`);
    const indices = new Int32Array(count);
    let bucket = -1;
    for (let i = 0; i < count; i++) {
      bucket += readVarint() + 1;
      if (bucket >= buckets) throw new ModelDataError(`label ${data.labels[label]}: bucket ${bucket} is outside 2^${data.hashBits}`);
      indices[i] = bucket;
    }
    if (pos + count > bytes.length) throw new ModelDataError(`label ${data.labels[label]}: weights are cut short`);
    for (let i = 0; i < count; i++) {
      const value = (bytes[pos++]! << 24) >> 24;
      weights[indices[i]! * k + label] = value;
      if (value !== 0) nonZero++;
    }
  }
  if (pos !== bytes.length) throw new ModelDataError('weights have bytes left over');
  return { data, labels: data.labels, bits: data.hashBits, weights, nonZero };
}

// Scratch space for scoring: a stamp per bucket marks the buckets seen in the current sentence,
// so duplicates are skipped without sorting. Grown to the largest model's hash space. The
// feature callback is one module-level function reading these, so a sentence allocates nothing.
let seenStamp = new Uint32Array(0);
let stamp = 0;
/** Counts every sentence scored and never wraps (2^53): marks the words added to the current one. */
let sentenceNumber = 0;
let scoringWeights: Int8Array<ArrayBufferLike> = new Int8Array(0);
let scoringLabels = 0;
let scoringSums = new Int32Array(0);
let scoringDistinct = 0;

function addBucket(bucket: number): void {
  if (seenStamp[bucket] === stamp) return;
  seenStamp[bucket] = stamp;
  scoringDistinct++;
  const offset = bucket * scoringLabels;
  for (let label = 0; label < scoringLabels; label++) scoringSums[label]! += scoringWeights[offset + label]!;
}

/**
 * A word's own buckets (unigram and character grams, each once) and their weights summed per
 * label, per model: a word is scored by one sum instead of a weight lookup per bucket, and only
 * its buckets already seen in the sentence are taken back out. Keyed by the word's cached
 * feature array (features.ts), so they go when it goes.
 */
interface WordScore {
  buckets: Uint32Array;
  sums: Int32Array;
  /** weights[bucket * labels + label] of each of `buckets` in turn: read here, not from the model's megabyte. */
  bucketWeights: Int8Array;
  /** The sentence (sentenceNumber) that last added this word. */
  addedIn: number;
}
const wordScores = new WeakMap<DecodedModel, WeakMap<Uint32Array, WordScore>>();
let scoringWords = new WeakMap<Uint32Array, WordScore>();

function wordScore(features: Uint32Array): WordScore {
  let score = scoringWords.get(features);
  if (!score) {
    const distinct = [...new Set(features.subarray(1))];
    const sums = new Int32Array(scoringLabels);
    const bucketWeights = new Int8Array(distinct.length * scoringLabels);
    for (let i = 0; i < distinct.length; i++) {
      const offset = distinct[i]! * scoringLabels;
      for (let label = 0; label < scoringLabels; label++) {
        const weight = scoringWeights[offset + label]!;
        sums[label]! += weight;
        bucketWeights[i * scoringLabels + label] = weight;
      }
    }
    score = { buckets: Uint32Array.from(distinct), sums, bucketWeights, addedIn: -1 };
    scoringWords.set(features, score);
  }
  return score;
}

/** addBucket for each of a word's own buckets, summed: the same sums and count. */
function addWord(features: Uint32Array): void {
  const score = wordScore(features);
  // A word repeated in the sentence ("og", "det", "du"): all its buckets are seen already, so it
  // adds nothing.
  if (score.addedIn === sentenceNumber) return;
  score.addedIn = sentenceNumber;
  const { buckets, sums, bucketWeights } = score;
  for (let i = 0; i < buckets.length; i++) {
    const bucket = buckets[i]!;
    if (seenStamp[bucket] === stamp) {
      // Seen already in this sentence: counted then, so taken back out of the word's sum.
      scoringDistinct--;
      const offset = i * scoringLabels;
      for (let label = 0; label < scoringLabels; label++) scoringSums[label]! -= bucketWeights[offset + label]!;
    } else seenStamp[bucket] = stamp;
  }
  scoringDistinct += buckets.length;
  for (let label = 0; label < scoringLabels; label++) scoringSums[label]! += sums[label]!;
}

/**
 * Logits of one sentence (tokens[from..to) of `text`), one per label: the same value as
 * scoreBuckets(model, sentenceBuckets(…)), summed on the fly. `out` may be reused between calls;
 * `known` holds the tokens' features when the caller has them (forEachFeature).
 */
export function scoreSentence(
  model: DecodedModel,
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  sentenceEnd: number,
  out?: Float64Array,
  known?: readonly Uint32Array[],
): Float64Array {
  const k = model.labels.length;
  const size = 1 << model.bits;
  if (seenStamp.length < size) seenStamp = new Uint32Array(size);
  stamp = (stamp + 1) >>> 0;
  sentenceNumber++;
  if (stamp === 0) {
    seenStamp.fill(0);
    stamp = 1;
  }
  if (scoringSums.length !== k) scoringSums = new Int32Array(k);
  else scoringSums.fill(0);
  scoringWeights = model.weights;
  scoringLabels = k;
  scoringDistinct = 0;
  let words = wordScores.get(model);
  if (!words) wordScores.set(model, (words = new WeakMap()));
  scoringWords = words;
  forEachFeature(text, tokens, from, to, sentenceEnd, size - 1, addBucket, addWord, known);
  return logitsOf(model, scoringSums, scoringDistinct, out);
}

function logitsOf(model: DecodedModel, sums: Int32Array, distinct: number, out?: Float64Array): Float64Array {
  const k = model.labels.length;
  const norm = distinct > 0 ? 1 / Math.sqrt(distinct) : 0;
  const logits = out && out.length === k ? out : new Float64Array(k);
  for (let label = 0; label < k; label++) logits[label] = model.data.bias[label]! + model.data.scale[label]! * sums[label]! * norm;
  return logits;
}

/** Logits for a sentence's distinct buckets: bias + scale · Σ int8 weights / √(features). */
export function scoreBuckets(model: DecodedModel, buckets: Int32Array): Float64Array {
  const k = model.labels.length;
  const sums = new Int32Array(k);
  const { weights } = model;
  for (let i = 0; i < buckets.length; i++) {
    const offset = buckets[i]! * k;
    for (let label = 0; label < k; label++) sums[label]! += weights[offset + label]!;
  }
  return logitsOf(model, sums, buckets.length);
}

/**
 * The label a sentence gets: the one furthest above its threshold, or -1. One label per
 * sentence, so two tone kinds never mark the same words.
 */
export function decide(model: DecodedModel, logits: Float64Array): number {
  let best = -1;
  let bestMargin = 0;
  for (let label = 0; label < logits.length; label++) {
    const margin = logits[label]! - model.data.threshold[label]!;
    if (margin >= 0 && (best < 0 || margin > bestMargin)) {
      best = label;
      bestMargin = margin;
    }
  }
  return best;
}

/**
 * The words that carry a label. Each token's share: its word's weight, half of each bigram it is
 * in, and the mean weight of its character grams (a mean, so a long word is not favoured for its
 * many grams). The phrase is the run of tokens around the strongest one whose share is at least
 * a third of it (at most eight tokens). Returns token indices [first, last], or undefined when
 * no token carries a fifth of the positive weight (the whole sentence carries it).
 */
export function carryingTokens(
  model: DecodedModel,
  label: number,
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  sentenceEnd: number,
): [number, number] | undefined {
  if (to <= from) return undefined;
  const k = model.labels.length;
  const mask = (1 << model.bits) - 1;
  const seen = new Set<number>();
  const words = new Float64Array(to - from);
  const grams = new Float64Array(to - from);
  const gramCount = new Int32Array(to - from);
  let wordSeen = -1;
  forEachFeature(text, tokens, from, to, sentenceEnd, mask, (bucket, first, last) => {
    if (last - first > 1) return; // the sentence-length class belongs to no word
    const weight = seen.has(bucket) ? 0 : model.weights[bucket * k + label]!;
    seen.add(bucket);
    if (first !== last) {
      words[first - from]! += weight / 2;
      words[last - from]! += weight / 2;
    } else if (wordSeen < first) {
      // The first feature of a token is its word unigram; the rest are its grams and punctuation.
      wordSeen = first;
      words[first - from]! += weight;
    } else {
      grams[first - from]! += weight;
      gramCount[first - from]!++;
    }
  });
  const share = words.map((w, i) => w + (gramCount[i]! ? grams[i]! / gramCount[i]! : 0));
  let top = 0;
  for (let i = 1; i < share.length; i++) if (share[i]! > share[top]!) top = i;
  const peak = share[top]!;
  let positive = 0;
  for (const s of share) if (s > 0) positive += s;
  if (peak <= 0 || peak < positive * 0.2) return undefined;
  let first = top;
  let last = top;
  const enough = peak / 3;
  while (first > 0 && share[first - 1]! >= enough && last - first < 7) first--;
  while (last + 1 < share.length && share[last + 1]! >= enough && last - first < 7) last++;
  return [from + first, from + last];
}
