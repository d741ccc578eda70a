import { describe, expect, it } from 'vitest';
import { deduplicate, parseCorpusLines, type CorpusProblem, type LabelledSentence } from './corpus.ts';

const row = (text: string, label: LabelledSentence['label'] = 'ok'): LabelledSentence => ({ text, label, lang: 'nob', source: 't' });

describe('corpus', () => {
  it('reads JSONL and reports every bad line with its number', () => {
    const problems: CorpusProblem[] = [];
    const text = [
      '{"text":"Takk for brevet.","label":"ok","lang":"nob","persona":"a","hard":true}',
      '',
      '{"text":"x","label":"rude","lang":"nob"}',
      'not json',
      '{"text":"Hi","label":"ok","lang":"swe"}',
    ].join('\n');
    const rows = parseCorpusLines(text, 'unit.jsonl', problems);
    expect(rows).toEqual([{ text: 'Takk for brevet.', label: 'ok', lang: 'nob', persona: 'a', hard: true, source: 'unit.jsonl:1' }]);
    expect(problems.map((p) => p.source)).toEqual(['unit.jsonl:3', 'unit.jsonl:4', 'unit.jsonl:5']);
  });

  it('drops exact repeats after normalising case and punctuation, and near repeats by n-gram overlap', () => {
    const { rows, report } = deduplicate([
      row('Det må du ta med Statens vegvesen.', 'deflecting'),
      row('det må du ta med statens vegvesen!', 'deflecting'),
      row('Det må du nok ta med Statens vegvesen.', 'deflecting'),
      row('Vi sender saken din videre til Statens vegvesen i dag.'),
    ]);
    expect(rows.map((r) => r.text)).toEqual(['Det må du ta med Statens vegvesen.', 'Vi sender saken din videre til Statens vegvesen i dag.']);
    expect(report).toEqual({ kept: 2, exact: 1, near: 1, acrossSplits: 0 });
  });

  it('drops training sentences that repeat a blind sentence, so the blind split is never a paraphrase of training', () => {
    const blind = [row('Som du sikkert vet, er fristen 1. mars.', 'condescending')];
    const { rows, report } = deduplicate([row('Som du sikkert vet er fristen 1. april.', 'condescending'), row('Fristen er 1. mars.')], blind);
    expect(rows.map((r) => r.text)).toEqual(['Fristen er 1. mars.']);
    expect(report.acrossSplits).toBe(1);
  });
});
