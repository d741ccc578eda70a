import { describe, expect, it } from 'vitest';
import { bucketsOfText, fnv1a, wordBucket } from './features.ts';
import { base64Decode, base64Encode, decide, decodeModel, encodeWeights, ModelDataError, MODEL_KIND, scoreBuckets, type SentenceModelData } from './model.ts';

function data(overrides: Partial<SentenceModelData> = {}): SentenceModelData {
  return {
    id: 'tone',
    kind: MODEL_KIND,
    hashBits: 12,
    labels: ['a', 'b'],
    bias: [0, 0],
    scale: [1, 1],
    threshold: [0.5, 0.5],
    weights: encodeWeights([
      [
        [3, 10],
        [4000, -7],
      ],
      [
        [3, 127],
        [5, -128],
      ],
    ]),
    ...overrides,
  };
}

describe('features', () => {
  it('hashes with 32-bit FNV-1a (a namespace letter with no text is FNV-1a of that letter)', () => {
    expect(fnv1a(0x61, '')).toBe(0xe40c292c);
    expect(fnv1a(0x66, 'oobar')).toBe(0xbf9cf968);
  });

  it('gives inflected forms shared character grams, so "skylden" is close to "skyld"', () => {
    const a = new Set(bucketsOfText('skyld', 18));
    const shared = [...bucketsOfText('skylden', 18)].filter((b) => a.has(b)).length;
    expect(shared).toBeGreaterThanOrEqual(5);
  });

  it('reads smileys, emoji, "!!" and "..." between words, and nothing from plain commas and points', () => {
    const emoji = fnv1a(0x70, 'emoji') & 0xffff;
    for (const text of ['Takk ;) for sist', 'Takk :) for sist', 'Takk :-) for sist', 'Takk 😅 for sist']) expect(bucketsOfText(text, 16)).toContain(emoji);
    expect(bucketsOfText('Takk!! for sist', 16)).toContain(fnv1a(0x70, '!!') & 0xffff);
    expect(bucketsOfText('Takk... for sist', 16)).toContain(fnv1a(0x70, '...') & 0xffff);
    const plain = bucketsOfText('Takk, for sist. Kl. 12:30 (mandag) - ok', 16);
    for (const p of ['emoji', '!!', '!', '...', '?!', '??']) expect(plain).not.toContain(fnv1a(0x70, p) & 0xffff);
  });

  it('is deterministic, sorted and distinct, and inside 2^bits', () => {
    const first = bucketsOfText('Det må du ta med Statens vegvesen!! 😅', 16);
    expect([...first]).toEqual([...bucketsOfText('Det må du ta med Statens vegvesen!! 😅', 16)]);
    expect([...first]).toEqual([...first].sort((x, y) => x - y));
    expect(new Set(first).size).toBe(first.length);
    expect(first.every((b) => b >= 0 && b < 1 << 16)).toBe(true);
    // "!!" and the emoji are features of their own.
    expect(first.length).toBeGreaterThan(bucketsOfText('Det må du ta med Statens vegvesen', 16).length);
    expect(first).toContain(wordBucket('vegvesen', 16));
  });
});

describe('model data', () => {
  it('round-trips base64', () => {
    const bytes = Uint8Array.from([0, 1, 2, 250, 255, 128, 7]);
    for (let n = 0; n <= bytes.length; n++) expect([...base64Decode(base64Encode(bytes.subarray(0, n)))]).toEqual([...bytes.subarray(0, n)]);
  });

  it('decodes sparse int8 weights into the buckets they were written to', () => {
    const model = decodeModel(data());
    expect(model.weights[3 * 2 + 0]).toBe(10);
    expect(model.weights[4000 * 2 + 0]).toBe(-7);
    expect(model.weights[3 * 2 + 1]).toBe(127);
    expect(model.weights[5 * 2 + 1]).toBe(-128);
    expect(model.nonZero).toBe(4);
  });

  it('scores as bias + scale · Σ weights / √features, and picks the label furthest above its threshold', () => {
    const model = decodeModel(data());
    const logits = scoreBuckets(model, Int32Array.from([3, 5, 9, 11]));
    expect(logits[0]).toBeCloseTo(10 / 2);
    expect(logits[1]).toBeCloseTo((127 - 128) / 2);
    expect(decide(model, logits)).toBe(0);
    expect(decide(model, Float64Array.from([0.4, 0.49]))).toBe(-1);
    expect(decide(model, Float64Array.from([0.6, 0.9]))).toBe(1);
  });

  it.each([
    ['bad base64', { weights: 'AA*A' }, /base64/],
    ['a bucket outside the hash space', { weights: encodeWeights([[[5000, 1]], []]) }, /outside/],
    ['cut-short weights', { weights: base64Encode(Uint8Array.from([2, 0, 0, 1])) }, /cut short|end in the middle/],
    ['bytes left over', { weights: base64Encode(Uint8Array.from([0, 0, 9])) }, /left over/],
    ['a threshold per label missing', { threshold: [1] }, /one number per label/],
    ['too many hash bits', { hashBits: 30 }, /hashBits/],
  ])('refuses %s', (_name, overrides, message) => {
    expect(() => decodeModel(data(overrides as Partial<SentenceModelData>))).toThrow(ModelDataError);
    expect(() => decodeModel(data(overrides as Partial<SentenceModelData>))).toThrow(message);
  });
});

describe('scoreSentence', () => {
  it("gives the same logits as scoring the sentence's distinct buckets, punctuation and emoji included", async () => {
    const { tokenize } = await import('../text/analysis.ts');
    const { sentenceBuckets } = await import('./features.ts');
    const { scoreSentence } = await import('./model.ts');
    const weights = [[...Array(4096).keys()].filter((b) => b % 7 === 0).map((b) => [b, (b % 255) - 127] as [number, number])];
    const model = decodeModel(data({ labels: ['a'], bias: [0.1], scale: [0.01], threshold: [0], weights: encodeWeights(weights) }));
    for (const text of [
      'Supert!! Dette fikser vi kjapt ;) 😅',
      'Som du sikkert vet, står det i brevet... Les det igjen?!',
      'Kl. 12:30 (mandag) – se https://bergen.kommune.no/x.',
      // A word twice and words that share grams: each bucket counts once (words are scored by their cached sums).
      'Søknaden, søknaden og søkeren: søk igjen, søk!',
      'Søknaden, søknaden og søkeren: søk igjen, søk!',
    ]) {
      const tokens = tokenize(text);
      const direct = scoreSentence(model, text, tokens, 0, tokens.length, text.length);
      const viaBuckets = scoreBuckets(model, sentenceBuckets(text, tokens, 0, tokens.length, text.length, 12));
      expect(direct[0]).toBeCloseTo(viaBuckets[0]!, 12);
    }
  });
});
