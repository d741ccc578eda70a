// Trains the tone model in plain TypeScript (no GPU, no dependency): one-vs-rest logistic
// regression with naive-Bayes feature scaling (Wang & Manning 2012) over hashed n-grams,
// AdaGrad with L2, a seeded shuffle, then int8 quantisation and pruning to the strongest weights.
// Thresholds come from k-fold out-of-fold scores on the training files (every training sentence
// is validation data once), chosen per label for precision; the blind split is only measured.
import type { RuleLanguage } from '../ids.ts';
import { TONE_KINDS, type LabelledSentence } from './corpus.ts';
import { bucketsOfText } from './features.ts';
import { mulberry32 } from '../random.ts';
import {
  decide,
  decodeModel,
  encodeWeights,
  MODEL_KIND,
  scoreBuckets,
  type DecodedModel,
  type LabelFigures,
  type ModelEvaluation,
  type SentenceModelData,
} from './model.ts';

export interface TrainOptions {
  hashBits: number;
  seed: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Naive-Bayes log-count-ratio scaling of the binary features. */
  naiveBayes: boolean;
  /** Features seen in fewer training sentences get no weight. */
  minCount: number;
  /** The strongest weights kept per label (size of the model). */
  maxWeightsPerLabel: number;
  /** Precision each label must reach on the out-of-fold validation scores. */
  precisionTarget: number;
  folds: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  hashBits: 18,
  seed: 20261204,
  epochs: 16,
  learningRate: 0.5,
  l2: 3e-4,
  naiveBayes: true,
  minCount: 2,
  maxWeightsPerLabel: 20_000,
  precisionTarget: 0.97,
  folds: 5,
};

interface Example {
  buckets: Int32Array;
  /** Index into TONE_KINDS, or -1 for "ok". */
  label: number;
  lang: RuleLanguage;
}

function toExamples(rows: readonly LabelledSentence[], bits: number): Example[] {
  return rows.map((row) => ({ buckets: bucketsOfText(row.text, bits), label: (TONE_KINDS as readonly string[]).indexOf(row.label), lang: row.lang }));
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** A training sentence in compact feature ids (only features frequent enough to learn). */
interface CompactExample {
  features: Int32Array;
  norm: number;
  label: number;
}

/**
 * One binary classifier per kind, all trained in the same pass over the sentences (weights
 * interleaved per feature, so one sentence's features are read once for every kind). Returns
 * float weights already multiplied by the NB ratios.
 */
function fitOneVsRest(
  examples: readonly CompactExample[],
  features: number,
  options: TrainOptions,
  random: () => number,
): Array<{ weights: Float64Array; bias: number }> {
  const k = TONE_KINDS.length;
  const positives = TONE_KINDS.map((_, label) => examples.filter((e) => e.label === label).length);
  // Naive-Bayes log-count ratio per feature and kind (smoothed), so rare but telling n-grams start strong.
  const ratio = new Float64Array(features * k).fill(1);
  if (options.naiveBayes) {
    const p = new Float64Array(features * k);
    const all = new Float64Array(features);
    for (const e of examples) {
      for (const f of e.features) {
        all[f]! += 1;
        if (e.label >= 0) p[f * k + e.label]! += 1;
      }
    }
    for (let label = 0; label < k; label++) {
      let pSum = 0;
      let qSum = 0;
      for (let f = 0; f < features; f++) {
        pSum += p[f * k + label]! + 1;
        qSum += all[f]! - p[f * k + label]! + 1;
      }
      for (let f = 0; f < features; f++) {
        const pf = p[f * k + label]!;
        ratio[f * k + label] = Math.log((pf + 1) / pSum / ((all[f]! - pf + 1) / qSum));
      }
    }
  }
  const w = new Float64Array(features * k);
  const g2 = new Float64Array(features * k);
  const bias = positives.map((n) => Math.log((n + 1) / (examples.length - n + 1)));
  const biasG2 = new Float64Array(k);
  // Balanced classes: a kind's sentences weigh about as much in total as all the others.
  const positiveWeight = positives.map((n) => (n > 0 ? Math.min(10, (examples.length - n) / n) : 1));
  const g = new Float64Array(k);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const e = examples[index]!;
      for (let label = 0; label < k; label++) g[label] = bias[label]!;
      for (const f of e.features) {
        const base = f * k;
        for (let label = 0; label < k; label++) g[label]! += w[base + label]! * ratio[base + label]! * e.norm;
      }
      for (let label = 0; label < k; label++) {
        const y = e.label === label ? 1 : 0;
        g[label] = (sigmoid(g[label]!) - y) * (y ? positiveWeight[label]! : 1);
        biasG2[label]! += g[label]! * g[label]!;
        bias[label]! -= (options.learningRate * g[label]!) / Math.sqrt(biasG2[label]! + 1e-8);
      }
      for (const f of e.features) {
        const base = f * k;
        for (let label = 0; label < k; label++) {
          const at = base + label;
          const grad = g[label]! * ratio[at]! * e.norm + options.l2 * w[at]!;
          g2[at]! += grad * grad;
          w[at]! -= (options.learningRate * grad) / Math.sqrt(g2[at]! + 1e-8);
        }
      }
    }
  }
  // Fold the ratios into the weights: the shipped model scores plain binary features.
  return TONE_KINDS.map((_, label) => {
    const weights = new Float64Array(features);
    for (let f = 0; f < features; f++) weights[f] = w[f * k + label]! * ratio[f * k + label]!;
    return { weights, bias: bias[label]! };
  });
}

/** Trains all labels and quantises; thresholds are left at 0 for the caller to choose. */
function fitModel(examples: readonly Example[], options: TrainOptions, id: string): DecodedModel {
  const df = new Map<number, number>();
  for (const e of examples) for (const b of e.buckets) df.set(b, (df.get(b) ?? 0) + 1);
  const buckets = [...df]
    .filter(([, n]) => n >= options.minCount)
    .map(([b]) => b)
    .sort((a, b) => a - b);
  const compactOf = new Map(buckets.map((b, i) => [b, i]));
  const compact: CompactExample[] = examples.map((e) => {
    const features: number[] = [];
    for (const b of e.buckets) {
      const f = compactOf.get(b);
      if (f !== undefined) features.push(f);
    }
    // The norm counts every feature of the sentence, as the scorer does.
    return { features: Int32Array.from(features), norm: e.buckets.length ? 1 / Math.sqrt(e.buckets.length) : 0, label: e.label };
  });
  const random = mulberry32(options.seed);
  const perLabel: Array<Array<readonly [number, number]>> = [];
  const bias: number[] = [];
  const scale: number[] = [];
  const fits = fitOneVsRest(compact, buckets.length, options, random);
  fits.forEach((fit) => {
    let max = 0;
    for (const x of fit.weights) max = Math.max(max, Math.abs(x));
    const step = max > 0 ? max / 127 : 1;
    const entries: Array<readonly [number, number]> = [];
    for (let f = 0; f < buckets.length; f++) {
      const q = Math.round(fit.weights[f]! / step);
      if (q !== 0) entries.push([buckets[f]!, q]);
    }
    entries.sort((a, c) => Math.abs(c[1]) - Math.abs(a[1]) || a[0] - c[0]);
    perLabel.push(entries.slice(0, options.maxWeightsPerLabel));
    bias.push(round6(fit.bias));
    scale.push(step);
  });
  const data: SentenceModelData = {
    id,
    kind: MODEL_KIND,
    hashBits: options.hashBits,
    labels: [...TONE_KINDS],
    bias,
    scale,
    threshold: TONE_KINDS.map(() => 0),
    weights: encodeWeights(perLabel),
  };
  return decodeModel(data);
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Per label, the lowest logit at which the sentences scoring at least that much are still
 * precise enough: precision counted as tp / (tp + fp + 1), a little stricter than the plain
 * ratio so a handful of lucky validation sentences cannot set a loose threshold.
 */
export function chooseThresholds(logits: readonly Float64Array[], labels: readonly number[], target: number): number[] {
  return TONE_KINDS.map((_, label) => {
    const order = logits.map((l, i) => [l[label]!, labels[i] === label ? 1 : 0] as const).sort((a, b) => b[0] - a[0]);
    let tp = 0;
    let fp = 0;
    let threshold = order.length ? order[0]![0] + 1 : 10;
    for (let i = 0; i < order.length; i++) {
      if (order[i]![1]) tp++;
      else fp++;
      // Ties decide together.
      if (i + 1 < order.length && order[i + 1]![0] === order[i]![0]) continue;
      if (tp / (tp + fp + 1) >= target) threshold = order[i]![0];
    }
    return round6(threshold - 1e-6);
  });
}

/**
 * Lowers each label's threshold as far as the precision target allows under the real decision
 * (one label per sentence, the one furthest above its threshold), which tells kinds apart better
 * than each label alone: a sentence that is more disparaging than condescending is not counted
 * against "condescending". Coordinate steps over each label's candidate thresholds, twice.
 */
export function refineThresholds(logits: readonly Float64Array[], labels: readonly number[], target: number, start: number[]): number[] {
  const thresholds = [...start];
  const decideWith = (l: Float64Array) => {
    let best = -1;
    let margin = 0;
    for (let k = 0; k < thresholds.length; k++) {
      const m = l[k]! - thresholds[k]!;
      if (m >= 0 && (best < 0 || m > margin)) {
        best = k;
        margin = m;
      }
    }
    return best;
  };
  for (let round = 0; round < 2; round++) {
    for (let label = 0; label < thresholds.length; label++) {
      // Candidates: the label's own sentences' logits below the current threshold (at most 200).
      const own = logits
        .filter((_, i) => labels[i] === label)
        .map((l) => l[label]!)
        .filter((z) => z < thresholds[label]!)
        .sort((a, b) => b - a);
      const stride = Math.max(1, Math.ceil(own.length / 200));
      for (let c = 0; c < own.length; c += stride) {
        const saved = thresholds[label]!;
        thresholds[label] = round6(own[c]! - 1e-6);
        // Every label must stay precise enough, not only the one lowered. Precision is not
        // monotonic in the threshold, so a failing candidate is skipped, not the end of the scan.
        const tp = new Int32Array(thresholds.length);
        const fp = new Int32Array(thresholds.length);
        for (let i = 0; i < logits.length; i++) {
          const k = decideWith(logits[i]!);
          if (k < 0) continue;
          if (labels[i] === k) tp[k]!++;
          else fp[k]!++;
        }
        let ok = true;
        for (let k = 0; k < thresholds.length; k++) if (tp[k]! + fp[k]! > 0 && tp[k]! / (tp[k]! + fp[k]! + 1) < target) ok = false;
        if (!ok) thresholds[label] = saved;
      }
    }
  }
  return thresholds;
}

export interface TrainResult {
  model: SentenceModelData;
  /** Out-of-fold figures on the training files (the validation the thresholds were chosen on). */
  validation: ModelEvaluation;
  blind?: ModelEvaluation;
  sizeBytes: number;
}

/** Trains on `train`, picks thresholds on k-fold validation, measures once on `blind`. */
export function trainToneModel(
  train: readonly LabelledSentence[],
  blind: readonly LabelledSentence[] | undefined,
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
  id = 'tone',
  translationGroupOf: (sentence: LabelledSentence) => string | undefined = () => undefined,
): TrainResult {
  const examples = toExamples(train, options.hashBits);
  // Folds by a seeded shuffle of indices, so each fold mixes writers, labels and languages. Files
  // that translate each other go into one fold together: a sentence validated against a model
  // that learnt its translation would make the out-of-fold scores, and so the thresholds, too kind.
  const random = mulberry32(options.seed ^ 0x5eed);
  const groupFold = new Map<string, number>();
  const fold = train.map((sentence) => {
    const group = translationGroupOf(sentence);
    const drawn = Math.floor(random() * options.folds);
    if (group === undefined) return drawn;
    if (!groupFold.has(group)) groupFold.set(group, drawn);
    return groupFold.get(group)!;
  });
  const oofLogits: Float64Array[] = new Array(examples.length);
  for (let f = 0; f < options.folds; f++) {
    const model = fitModel(
      examples.filter((_, i) => fold[i] !== f),
      options,
      id,
    );
    examples.forEach((e, i) => {
      if (fold[i] === f) oofLogits[i] = scoreBuckets(model, e.buckets);
    });
  }
  const oofLabels = examples.map((e) => e.label);
  const threshold = refineThresholds(oofLogits, oofLabels, options.precisionTarget, chooseThresholds(oofLogits, oofLabels, options.precisionTarget));
  const final = fitModel(examples, options, id);
  const data: SentenceModelData = {
    ...final.data,
    threshold,
    training: { sentences: train.length, seed: options.seed },
  };
  const model = decodeModel(data);
  const validation = evaluateDecisions(
    'validation (out-of-fold)',
    examples.map((e, i) => ({ predicted: decide(model, oofLogits[i]!), label: e.label, lang: e.lang })),
  );
  const result: TrainResult = { model: data, validation, sizeBytes: 0 };
  if (blind) {
    result.blind = evaluateModel(model, blind, 'blind');
    data.evaluation = result.blind;
  }
  result.sizeBytes = new TextEncoder().encode(JSON.stringify(data)).length;
  return result;
}

/** Figures of a model on labelled sentences. */
export function evaluateModel(model: DecodedModel, rows: readonly LabelledSentence[], split: string): ModelEvaluation {
  return evaluateDecisions(
    split,
    toExamples(rows, model.bits).map((e) => ({ predicted: decide(model, scoreBuckets(model, e.buckets)), label: e.label, lang: e.lang })),
  );
}

function evaluateDecisions(split: string, decisions: ReadonlyArray<{ predicted: number; label: number; lang: RuleLanguage }>): ModelEvaluation {
  const labels: ModelEvaluation['labels'] = {};
  const slices = ['all', 'nob', 'nno', 'eng'] as const;
  const figures = (match: (label: number) => boolean, lang: string): LabelFigures => {
    let tp = 0;
    let flagged = 0;
    let support = 0;
    for (const d of decisions) {
      if (lang !== 'all' && d.lang !== lang) continue;
      const isTrue = match(d.label);
      const isFlagged = d.predicted >= 0 && match(d.predicted);
      if (isTrue) support++;
      if (isFlagged) flagged++;
      if (isTrue && isFlagged) tp++;
    }
    return { precision: flagged ? round4(tp / flagged) : 1, recall: support ? round4(tp / support) : 1, support, flagged };
  };
  TONE_KINDS.forEach((kind, label) => {
    labels[kind] = Object.fromEntries(slices.map((lang) => [lang, figures((l) => l === label, lang)]));
  });
  // Any tone problem at all, whichever kind was named: what a reviewer counts as a tone finding.
  labels['any'] = Object.fromEntries(slices.map((lang) => [lang, figures((l) => l >= 0, lang)]));
  const ok = decisions.filter((d) => d.label < 0);
  const alarms = ok.filter((d) => d.predicted >= 0).length;
  return { split, sentences: decisions.length, labels, falseAlarmsPerThousandOk: ok.length ? Math.round((alarms / ok.length) * 10000) / 10 : 0 };
}

const round4 = (x: number) => Math.round(x * 10000) / 10000;
