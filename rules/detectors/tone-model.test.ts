import { describe, expect, it } from 'vitest';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { decodeModel, encodeWeights, MODEL_KIND, type DecodedModel } from '../tone/model.ts';
import { wordBucket } from '../tone/features.ts';
import { toneModel } from './tone-model.ts';

// A hand-made model, so these tests pin the detector's behaviour and not a training run:
// a sentence is condescending when it holds "sikkert"/"surely", dismissive with "nei", and
// "sikkert" weighs less in dismissive so each sentence gets exactly one kind.
const BITS = 12;
const LABELS = ['condescending', 'dismissive'];
function handModel(): DecodedModel {
  const condescending: Array<[number, number]> = [
    [wordBucket('sikkert', BITS), 120],
    [wordBucket('surely', BITS), 120],
  ];
  const dismissive: Array<[number, number]> = [
    [wordBucket('nei', BITS), 120],
    [wordBucket('sikkert', BITS), 40],
  ];
  return decodeModel({
    id: 'tone',
    kind: MODEL_KIND,
    hashBits: BITS,
    labels: LABELS,
    bias: [-1, -1],
    scale: [0.2, 0.2],
    threshold: [0, 0],
    weights: encodeWeights([condescending, dismissive]),
  });
}

const models = new Map([['tone', handModel()]]);

function spans(text: string, label = 'condescending', earlierHits: Array<{ ruleId: string; category: 'tone' | 'clarity'; start: number; end: number }> = []) {
  const input = buildDetectorInput(text, { params: { model: 'tone', label }, models, earlierHits });
  return toneModel.detect(input).map((h) => text.slice(h.start, h.end));
}

describe('tone-model detector', () => {
  it('marks the words that carry the kind', () => {
    expect(spans('Du har sikkert lest brevet vi sendte deg i går.')).toEqual(['sikkert']);
  });

  it('reports each flagged sentence once, under one kind', () => {
    const text = 'Du har sikkert lest brevet. Vi sender det igjen i dag. Det forstår du sikkert.';
    expect(spans(text)).toEqual(['sikkert', 'sikkert']);
    expect(spans(text, 'dismissive')).toEqual([]);
    expect(spans('Nei, det blir det ikke noe av.', 'dismissive')).toEqual(['Nei']);
  });

  it('leaves a sentence that owns a fault or opens with an apology alone, but not an apology with «men»', () => {
    expect(spans('Nei, slik skal det ikke være, og vi retter det i dag.', 'dismissive')).toEqual([]);
    expect(spans('Beklager, nei, vi var for seine med svaret denne gangen.', 'dismissive')).toEqual([]);
    expect(spans('Beklager, men nei, det blir det ikke noe av.', 'dismissive')).toEqual(['nei']);
  });

  it('works in English too', () => {
    expect(spans('You surely understand that the form must be signed.')).toEqual(['surely']);
  });

  it('does not score the greeting line, the closing and the signature', () => {
    const text = 'Hei sikkert Kari!\n\nTakk for brevet ditt om parkering.\n\nVennlig hilsen\nSikkert Sikkertsen\nBergen kommune';
    expect(spans(text)).toEqual([]);
  });

  it('does not score the address block over a formal letter', () => {
    expect(spans('Advokat Kari Sikkert\nSikkert Advokatfirma AS\n\nVi viser til brevet ditt om parkering.')).toEqual([]);
    // Two lines of content are content.
    expect(spans('Du har sikkert allerede lest hele vedtaket\nVi svarer innen fredag.')).toEqual(['sikkert']);
  });

  it('does not score a signature that has no closing line', () => {
    const text = 'Takk for brevet ditt om parkering, vi svarer innen fredag.\nSikkert Sikkertsen\nServicetorget, Bergen kommune';
    expect(spans(text)).toEqual([]);
    expect(spans('Takk for brevet ditt om parkering.\nOla Hansen\nSikkert- og bygningsetaten, Bergen kommune')).toEqual([]);
    // The body's own last sentence is still scored.
    expect(spans('Takk for brevet.\nDu har sikkert lest vedtaket')).toEqual(['sikkert']);
  });

  it("does not score quoted lines or the citizen's words in quotation marks", () => {
    expect(spans('> Dere har sikkert glemt meg.\nVi har ikke glemt deg, og saken din er under behandling.')).toEqual([]);
    expect(spans('Du skrev at vi «sikkert hadde glemt deg», men saken din er under behandling.')).toEqual([]);
  });

  it('leaves a sentence alone when a word-list tone rule already flagged it', () => {
    const text = 'Som du sikkert vet, er fristen i morgen.';
    expect(spans(text, 'condescending', [{ ruleId: 'tone.condescending', category: 'tone', start: 0, end: 20 }])).toEqual([]);
    // A finding of another category in the sentence does not count.
    expect(spans(text, 'condescending', [{ ruleId: 'klarsprak.x', category: 'clarity', start: 0, end: 3 }])).toEqual(['sikkert']);
  });

  it('skips sentences too short to judge, and a short lead-in to a list', () => {
    expect(spans('Sikkert.')).toEqual([]);
    expect(spans('Takk for e-posten om salen til julebordet. Nei, slik blir det:\n1. Leiga er 800 kroner.', 'dismissive')).toEqual([]);
    expect(spans('Takk for e-posten om salen til julebordet. Nei, slik blir det.\n1. Leiga er 800 kroner.', 'dismissive')).toEqual(['Nei']);
  });

  it('reports a kind only as far above its threshold as the rule asks (minMargin)', () => {
    const text = 'Du har sikkert lest brevet vi sendte deg i går.';
    const withMargin = (minMargin: number) =>
      toneModel.detect(buildDetectorInput(text, { params: { model: 'tone', label: 'condescending', minMargin }, models })).length;
    expect(withMargin(0)).toBe(1);
    expect(withMargin(1000)).toBe(0);
    expect(() => toneModel.parseParams!({ model: 'tone', label: 'condescending', minMargin: -1 }, models)).toThrow(/minMargin/);
    expect(() => toneModel.parseParams!({ model: 'tone', label: 'condescending', minMargin: '2' }, models)).toThrow(/minMargin/);
  });

  it('refuses params that name no model or an unknown label when the set is loaded', () => {
    expect(() => toneModel.parseParams!({ model: 'tone', label: 'condescending' }, models)).not.toThrow();
    expect(() => toneModel.parseParams!({ model: 'other', label: 'condescending' }, models)).toThrow(/not among the set's models/);
    expect(() => toneModel.parseParams!({ model: 'tone', label: 'rude' }, models)).toThrow(/not a label/);
    expect(() => toneModel.parseParams!({ model: 'tone', label: 'condescending', extra: 1 }, models)).toThrow(/unknown parameter/);
  });
});
