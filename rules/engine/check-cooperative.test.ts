// checkCooperative must be check() with pauses: the same result for every reply of the evaluation
// corpus and for long texts, whatever the slice length (down to a pause after every step).
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../tests/eval/run.ts';
import { benchReply } from '../cli/bench-texts.ts';
import { BUNDLED_RULE_SET } from '../standard/index.ts';
import type { CheckContext } from '../types.ts';
import { check } from './check.ts';
import { CheckSuperseded, checkCooperative } from './check-cooperative.ts';
import { compileRuleSet } from './compile.ts';

const compiled = compileRuleSet(BUNDLED_RULE_SET);
const NOW = '2026-11-23T10:00:00+01:00';
const corpus = loadCorpus();

/** A pause that counts itself, so a test knows the check really was split. */
function countingPause() {
  const counter = { pauses: 0, pause: async () => void counter.pauses++ };
  return counter;
}

describe('checkCooperative', () => {
  it(`gives exactly check()'s result for all ${corpus.length} corpus replies, pausing after every step`, async () => {
    expect(corpus.length).toBeGreaterThan(20);
    for (const c of corpus) {
      const context: CheckContext = { now: NOW, language: c.language, ...(c.inquiry ? { inquiry: c.inquiry } : {}) };
      const counter = countingPause();
      const cooperative = await checkCooperative(c.text, context, compiled, { sliceMs: 0, pause: counter.pause });
      expect(cooperative, c.id).toEqual(check(c.text, context, compiled));
      // Analysis, dates, phrases and every rule: many steps, each followed by a pause.
      expect(counter.pauses, c.id).toBeGreaterThan(10);
    }
  });

  it('gives the same result as check() for a long reply, also with the language detected and the text cut', async () => {
    const text = benchReply(20_000);
    const context: CheckContext = { now: NOW, inquiry: { receivedAt: '2026-11-16', kind: 'question' } };
    for (const options of [{}, { maxLength: 50_000 }]) {
      const expected = check(text, context, compiled, options);
      const counter = countingPause();
      const got = await checkCooperative(text, context, compiled, { ...options, sliceMs: 1, pause: counter.pause });
      expect(got).toEqual(expected);
      expect(got.findings.length).toBeGreaterThan(100);
      expect(counter.pauses).toBeGreaterThan(0);
    }
  });

  it('runs one rule alone (the example runner) like check()', async () => {
    const text = 'Vedrørende saken din sender vi samt vedlegg. Fødselsnummeret er 13097248022.';
    for (const onlyRuleId of ['klarsprak.vedrorende', 'personvern.fodselsnummer']) {
      const options = { onlyRuleId };
      expect(await checkCooperative(text, { now: NOW }, compiled, { ...options, sliceMs: 0, pause: async () => {} })).toEqual(
        check(text, { now: NOW }, compiled, options),
      );
    }
  });

  it('stops at the next pause when it is superseded', async () => {
    let cancelled = false;
    const pause = async () => {
      cancelled = true;
    };
    await expect(checkCooperative(benchReply(5_000), { now: NOW }, compiled, { sliceMs: 0, pause, isCancelled: () => cancelled })).rejects.toBeInstanceOf(
      CheckSuperseded,
    );
  });

  it('reports every slice it ran', async () => {
    const slices: number[] = [];
    const result = await checkCooperative(benchReply(2_000), { now: NOW }, compiled, { sliceMs: 0, pause: async () => {}, onSlice: (ms) => slices.push(ms) });
    expect(result.findings.length).toBeGreaterThan(0);
    expect(slices.length).toBeGreaterThan(10);
  });
});
