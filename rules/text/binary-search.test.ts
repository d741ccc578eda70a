import { describe, expect, it } from 'vitest';
import { analyze, sentenceAt } from './analysis.ts';
import { binarySearch } from './binary-search.ts';

describe('binarySearch over ranges in text order', () => {
  const ranges = [
    { start: 0, end: 5 },
    { start: 7, end: 12 },
    { start: 12, end: 20 },
  ];
  const at = (offset: number) => binarySearch(ranges, (r) => (offset < r.start ? -1 : offset >= r.end ? 1 : 0));

  it('finds the range holding the offset, the start inside and the end outside', () => {
    expect([0, 4, 7, 11, 12, 19].map(at)).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('is -1 in a gap, past the end and for no ranges', () => {
    expect([5, 6, 20, -1].map(at)).toEqual([-1, -1, -1, -1]);
    expect(binarySearch([], () => 0)).toBe(-1);
  });

  it('gives sentenceAt the sentence that holds an offset of a real reply', () => {
    const text = 'Hei Kari. Vi svarer innen fredag. Ha en fin dag.';
    const analysis = analyze(text);
    const sentence = sentenceAt(analysis.sentences, text.indexOf('fredag'));
    expect(sentence && text.slice(sentence.start, sentence.end)).toBe('Vi svarer innen fredag.');
    expect(sentenceAt(analysis.sentences, text.length + 5)).toBeUndefined();
  });
});
