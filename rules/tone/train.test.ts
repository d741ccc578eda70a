import { describe, expect, it } from 'vitest';
import type { LabelledSentence } from './corpus.ts';
import { decide, decodeModel, scoreBuckets } from './model.ts';
import { bucketsOfText } from './features.ts';
import { chooseThresholds, DEFAULT_TRAIN_OPTIONS, refineThresholds, trainToneModel } from './train.ts';
import { stanceRows } from './test-corpus.ts';

// A tiny corpus in which each kind has its own telling words, with varied filler around them.
const FILLER = ['om søknaden din', 'om parkering', 'i saken', 'om byggesaken', 'om bostøtte', 'om skoleplassen', 'om gebyret', 'om vedtaket'];
function corpus(): LabelledSentence[] {
  return stanceRows(FILLER).map((row) => ({ ...row, lang: 'nob', source: 't' }));
}

const options = { ...DEFAULT_TRAIN_OPTIONS, hashBits: 14, folds: 3, epochs: 8, precisionTarget: 0.9 };

describe('trainToneModel', () => {
  const result = trainToneModel(corpus(), undefined, options);

  it('learns kinds from their words and leaves kind sentences alone', () => {
    const model = decodeModel(result.model);
    const label = (text: string) => {
      const i = decide(model, scoreBuckets(model, bucketsOfText(text, options.hashBits)));
      return i < 0 ? 'ok' : model.labels[i];
    };
    expect(label('Det må du ta med Statens vegvesen om fakturaen.')).toBe('deflecting');
    expect(label('Entreprenøren har somlet som vanlig med brøytingen.')).toBe('disparaging');
    expect(label('Takk for at du skrev til oss om fakturaen.')).toBe('ok');
  });

  it('is reproducible: the same corpus and seed give the same model, byte for byte', () => {
    expect(JSON.stringify(trainToneModel(corpus(), undefined, options).model)).toBe(JSON.stringify(result.model));
  });

  it('records the figures on the blind split in the model', () => {
    const blind = corpus().filter((_, i) => i % 5 === 0);
    const withBlind = trainToneModel(corpus(), blind, options);
    expect(withBlind.model.evaluation?.split).toBe('blind');
    expect(withBlind.model.evaluation?.sentences).toBe(blind.length);
    expect(withBlind.model.evaluation!.labels.deflecting!.all!.support).toBe(blind.filter((r) => r.label === 'deflecting').length);
  });
});

describe('chooseThresholds', () => {
  it('takes the lowest logit above which precision (with one false alarm to spare) reaches the target', () => {
    // Label 0: three true positives above one false alarm, then another true one.
    const logits = [5, 4, 3, 2, 1].map((x) => Float64Array.from([x, 0, 0, 0, 0]));
    const labels = [0, 0, 0, -1, 0];
    expect(chooseThresholds(logits, labels, 0.75)[0]).toBeCloseTo(3);
    expect(chooseThresholds(logits, labels, 0.5)[0]).toBeCloseTo(1);
  });
});

describe('refineThresholds', () => {
  it('lowers a threshold where the one-kind-per-sentence decision keeps every kind precise', () => {
    // Label 1's sentences also score high on label 0, but higher on label 1: alone, label 0 looks
    // imprecise above 2; under the decision they go to label 1 and label 0 may go down to 1.
    const row = (a: number, b: number) => Float64Array.from([a, b, -9, -9, -9]);
    const logits = [row(5, 0), row(4, 0), row(3, 0), row(1.5, 0), row(1, 0), row(3.5, 40), row(2.5, 40), row(2, 40), row(-9, 20), row(-5, -5)];
    const labels = [0, 0, 0, 0, 0, 1, 1, 1, 1, -1];
    const alone = chooseThresholds(logits, labels, 0.75);
    expect(alone[0]).toBeGreaterThan(2.5);
    const refined = refineThresholds(logits, labels, 0.75, alone);
    expect(refined[0]).toBeCloseTo(1, 5);
    expect(refined[1]).toBeLessThanOrEqual(alone[1]!);
  });
});
