import { describe, expect, it } from 'vitest';
import { compileRuleSet } from './compile.ts';
import { findQuestions } from '../inquiry/questions.ts';
import { BUNDLED_RULE_SET } from '../standard/index.ts';
import { WARM_UP_INQUIRY, WARM_UP_STEPS, WARM_UP_TEXT } from './warm-up.ts';
import { check } from './check.ts';

describe('warm-up', () => {
  it('reaches the question finder and judge: its inquiry asks several kinds of question', () => {
    const topics = new Set(findQuestions(WARM_UP_INQUIRY).map((q) => q.topic));
    expect(topics.size).toBeGreaterThanOrEqual(3);
    const result = check(WARM_UP_TEXT, { now: '2026-12-07T10:00:00+01:00', inquiry: { text: WARM_UP_INQUIRY } }, compileRuleSet(BUNDLED_RULE_SET));
    expect(result.questions?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(result.findings.length).toBeGreaterThan(0);
  });

  it('runs every step on the bundled set without throwing', () => {
    const compiled = compileRuleSet(BUNDLED_RULE_SET);
    for (const step of WARM_UP_STEPS) expect(() => step(compiled, '2026-12-07T10:00:00+01:00')).not.toThrow();
  });
});
