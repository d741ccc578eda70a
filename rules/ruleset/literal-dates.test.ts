import { describe, expect, it } from 'vitest';
import { acceptRuleSetText, acceptRuleSetValue } from './accept.ts';
import { literalDateProblems, literalWeekdayDate } from './literal-dates.ts';
import { cloneTestSet, ruleById } from './test-fixtures.ts';
import type { ExistenceRule, SubstitutionRule } from './types.ts';
import { BUNDLED_RULE_SET } from '../standard/index.ts';

describe('literalWeekdayDate', () => {
  it('finds a weekday with a date in bokmål, nynorsk and English', () => {
    expect(literalWeekdayDate('for eksempel «innen fredag 4. desember».')).toBe('fredag 4. desember');
    expect(literalWeekdayDate('til dømes «innan tysdag 8. des»')).toBe('tysdag 8. des');
    expect(literalWeekdayDate('Svar innen Mandag den 7.12.')).toBe('Mandag den 7.12');
    expect(literalWeekdayDate('innan laurdag 5/12')).toBe('laurdag 5/12');
    expect(literalWeekdayDate('e.g. "by Friday 4 December"')).toBe('Friday 4 December');
    expect(literalWeekdayDate('by Friday, the 4th of December')).toBe('Friday, the 4th of December');
    expect(literalWeekdayDate('by Friday, December 4')).toBe('Friday, December 4');
  });

  it('lets placeholders, weekdays without a date and durations through', () => {
    expect(literalWeekdayDate('for eksempel «innen {deadline}»')).toBeUndefined();
    expect(literalWeekdayDate('Kontoret er åpent mandag–fredag 8–15.')).toBeUndefined();
    expect(literalWeekdayDate('Ring oss på fredag. 4 av 5 får svar samme dag.')).toBeUndefined();
    expect(literalWeekdayDate('fredagen 4. desember')).toBeUndefined();
    expect(literalWeekdayDate('by Friday or within 10 working days')).toBeUndefined();
  });
});

describe('a rule set with a fixed date in what staff are shown', () => {
  it('is refused with the rule named, in Norwegian, for a message', () => {
    const rs = cloneTestSet();
    const rule = ruleById(rs, 'frist.vag-tid');
    rule.message.nn = 'Skriv ein dato, til dømes «innan fredag 4. desember».';
    const result = acceptRuleSetText(JSON.stringify(rs), { skipExamples: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.stage).toBe('schema');
    const index = rs.rules.indexOf(rule);
    expect(result.problems).toEqual([
      {
        path: `rules[${index}].message.nn`,
        code: 'literal-date-rule',
        data: { id: 'frist.vag-tid', found: 'fredag 4. desember' },
        message: expect.stringMatching(/^Regelen «frist\.vag-tid» har en fast dato i teksten \(«fredag 4\. desember»\).*\{deadline\}/),
      },
    ]);
  });

  it('is refused for advice and for a suggestion', () => {
    const rs = cloneTestSet();
    const existence = rs.rules.find((r): r is ExistenceRule => r.kind === 'existence')!;
    existence.advice = { nb: 'Skriv for eksempel «by Friday 11 December».' };
    const substitution = rs.rules.find((r): r is SubstitutionRule => r.kind === 'substitution')!;
    substitution.entries[0]!.suggest.nob = ['innen mandag 7. desember'];
    const problems = literalDateProblems(rs);
    expect(problems.map((p) => p.path)).toEqual(
      [`rules[${rs.rules.indexOf(substitution)}].entries[0].suggest.nob[0]`, `rules[${rs.rules.indexOf(existence)}].advice.nb`].sort(
        (a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]),
      ),
    );
    expect(problems.every((p) => /^Regelen «[^»]+» har en fast dato/.test(p.message))).toBe(true);
  });

  it('is refused for a deadline policy’s advice', () => {
    const rs = cloneTestSet();
    rs.deadlinePolicies[0]!.advice = { nb: 'Svar innen torsdag 10. desember.' };
    const problems = literalDateProblems(rs);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^Fristregelen «/);
  });

  it('is not refused for a literal date in an example', () => {
    const rs = cloneTestSet();
    expect(JSON.stringify(rs.rules.map((r) => r.examples))).toMatch(/fredag 4\. desember/);
    expect(literalDateProblems(rs)).toEqual([]);
    expect(acceptRuleSetValue(rs, { skipExamples: true }).ok).toBe(true);
  });

  it('the bundled standard has no fixed date in any message, advice or suggestion', () => {
    expect(literalDateProblems(BUNDLED_RULE_SET)).toEqual([]);
  });
});
