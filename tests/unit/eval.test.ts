// The evaluation corpus as a unit test: language detection must be right on every reply, no reply
// may make the engine throw or a rule fail, and every expected span must exist in its reply. The
// precision/recall figures themselves are a report (npm run eval), not a gate here.
import { describe, expect, it } from 'vitest';
import { evaluate, loadCorpus, precision, recall, resolveExpectation, score } from '../eval/run.ts';

const cases = loadCorpus();
const results = evaluate(cases);

describe('evaluation corpus', () => {
  it('has at least 60 replies in bokmål, nynorsk and English, 15 of them with an inquiry', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.language))).toEqual(new Set(['nob', 'nno', 'eng']));
    expect(cases.filter((c) => c.inquiry).length).toBeGreaterThanOrEqual(15);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it('marks only spans that are in the reply', () => {
    for (const c of cases) for (const e of c.expected) expect(() => resolveExpectation(c.text, e), c.id).not.toThrow();
  });

  it('detects the language of every reply', () => {
    const wrong = results.filter((r) => r.language !== r.case.language).map((r) => `${r.case.id}: ${r.language}`);
    expect(wrong).toEqual([]);
  });

  it('checks every reply without an exception or a failing rule', () => {
    expect(results.filter((r) => r.error).map((r) => `${r.case.id}: ${r.error}`)).toEqual([]);
  });

  it('keeps clarity precision and recall at 0.9 or above', () => {
    const clarity = score(results).get('clarity')!;
    expect(precision(clarity)).toBeGreaterThanOrEqual(0.9);
    expect(recall(clarity)).toBeGreaterThanOrEqual(0.9);
  });
});
