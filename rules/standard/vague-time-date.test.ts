// A vague promise («snarest», «så snart som mogleg», «in due course») gets a concrete date as its
// one-click fix: the inquiry's own answer deadline while it is ahead, else five working days from
// today. Once applied, the reply's date detection finds the promise like a typed date.
import { describe, expect, it } from 'vitest';
import { check } from '../engine/check.ts';
import { compileRuleSet } from '../engine/compile.ts';
import type { RuleLanguage } from '../ids.ts';
import type { CheckContext } from '../types.ts';
import { BUNDLED_RULE_SET } from './index.ts';

const compiled = compileRuleSet(BUNDLED_RULE_SET);

function vagueTime(text: string, context: CheckContext) {
  return check(text, context, compiled).findings.filter((f) => f.ruleId === 'frist.vag-tid');
}

function applyFirst(text: string, context: CheckContext): string {
  const [finding] = vagueTime(text, context);
  if (!finding) throw new Error(`no vague-time finding in ${JSON.stringify(text)}`);
  return text.slice(0, finding.start) + finding.suggestions[0] + text.slice(finding.end);
}

const RECEIVED_16_NOV = { receivedAt: '2026-11-16', kind: 'question' as const };

describe('a vague promise replaced by a concrete date', () => {
  it.each<[string, RuleLanguage, string]>([
    ['Søknaden din behandles snarest.', 'nob', 'Søknaden din behandles innen mandag 23. november.'],
    ['Vi svarer deg så snart som mogleg.', 'nno', 'Vi svarer deg innan måndag 23. november.'],
    ['We will reply in due course.', 'eng', 'We will reply by Monday 23 November.'],
    ['Snarest mulig får du svar.', 'nob', 'Innen mandag 23. november får du svar.'],
    ['We will reply ASAP.', 'eng', 'We will reply by Monday 23 November.'],
  ])('offers the inquiry’s answer deadline: %s', (text, language, expected) => {
    const context: CheckContext = { language, now: '2026-11-18T09:00:00+01:00', inquiry: RECEIVED_16_NOV };
    expect(applyFirst(text, context)).toBe(expected);
  });

  it('offers five working days from today when the received date is unknown, or its deadline has passed', () => {
    const unknown: CheckContext = { language: 'nob', now: '2026-12-04T09:00:00+01:00' };
    expect(applyFirst('Saken behandles snarest.', unknown)).toBe('Saken behandles innen fredag 11. desember.');
    const passed: CheckContext = { ...unknown, inquiry: RECEIVED_16_NOV };
    expect(applyFirst('Saken behandles snarest.', passed)).toBe('Saken behandles innen fredag 11. desember.');
  });

  it('takes the number of working days from the rule, so a manager can change it', () => {
    const rules = BUNDLED_RULE_SET.rules.map((r) => (r.id === 'frist.vag-tid' ? { ...r, promiseWorkingDays: 10 } : r));
    const tuned = compileRuleSet({ ...BUNDLED_RULE_SET, rules });
    const [finding] = check('Saken behandles snarest.', { language: 'nob', now: '2026-12-04T09:00:00+01:00' }, tuned).findings.filter(
      (f) => f.ruleId === 'frist.vag-tid',
    );
    expect(finding?.suggestions).toEqual(['innen fredag 18. desember']);
    expect(finding?.message).toContain('«innen fredag 18. desember»');
  });

  it('writes the suggestion in the reply’s language and the message in the UI’s', () => {
    const [finding] = vagueTime('Du får svar snarast.', { language: 'nno', uiLanguage: 'en', now: '2026-12-04T09:00:00+01:00' });
    expect(finding?.suggestions).toEqual(['innan fredag 11. desember']);
    expect(finding?.message).toBe('"snarast" is a vague promise. Give a date, e.g. "by Friday 11 December".');
  });

  it.each<[string, RuleLanguage]>([
    ['Søknaden din behandles snarest.', 'nob'],
    ['Vi svarer deg så snart som mogleg.', 'nno'],
    ['We will reply in due course.', 'eng'],
  ])('the applied date is found as a promise, with no vague-time finding left: %s', (text, language) => {
    const context: CheckContext = { language, now: '2026-11-18T09:00:00+01:00', inquiry: RECEIVED_16_NOV };
    const fixed = applyFirst(text, context);
    const result = check(fixed, context, compiled);
    expect(result.findings.filter((f) => f.ruleId === 'frist.vag-tid' || f.ruleId === 'frist.vag-lovnad')).toEqual([]);
    expect(result.dates).toEqual([expect.objectContaining({ date: '2026-11-23', promise: true })]);
  });

  it('across a year end the applied date is found in the next year', () => {
    const context: CheckContext = { language: 'nob', now: '2026-12-28T09:00:00+01:00' };
    const fixed = applyFirst('Saken behandles snarest.', context);
    expect(fixed).toBe('Saken behandles innen onsdag 6. januar.');
    expect(check(fixed, context, compiled).dates).toEqual([expect.objectContaining({ date: '2027-01-06', promise: true })]);
  });
});
