import { describe, expect, it } from 'vitest';
import type { Severity, SubgoalId } from '../rules/ids.ts';
import type { Finding } from '../rules/types.ts';
import type { TabState } from '../entrypoints/shared/protocol.ts';
import sample from './fixtures/sample-tab-state.json';
import { groupFindings } from './group-findings.ts';

let n = 0;
function finding(subgoal: string, severity: Severity, start = 0): Finding {
  n += 1;
  return {
    id: `f${n}`,
    ruleId: `rule.${n}`,
    category: 'clarity',
    subgoal: subgoal as SubgoalId,
    severity,
    start,
    end: start + 3,
    message: `m${n}`,
    suggestions: [],
  };
}

describe('groupFindings', () => {
  it('lists all four values in the standard order, also without findings', () => {
    const grouped = groupFindings([]);
    expect(grouped.values.map((v) => v.value)).toEqual(['kompetent', 'apen', 'palitelig', 'samfunnsengasjert']);
    expect(grouped.values.every((v) => v.count === 0 && v.worst === null && v.subgoals.length === 0)).toBe(true);
    expect(grouped.total).toBe(0);
    expect(grouped.worst).toBeNull();
  });

  it('counts findings per value and sub-goal and finds the worst severity', () => {
    const grouped = groupFindings((sample as unknown as TabState).result.findings);
    const byValue = Object.fromEntries(grouped.values.map((v) => [v.value, v]));
    expect(byValue.kompetent!.count).toBe(4);
    expect(byValue.kompetent!.worst).toBe('warning');
    expect(byValue.apen!.count).toBe(2);
    expect(byValue.apen!.worst).toBe('warning');
    expect(byValue.palitelig!.count).toBe(1);
    expect(byValue.palitelig!.worst).toBe('critical');
    expect(byValue.samfunnsengasjert!.count).toBe(0);
    expect(byValue.samfunnsengasjert!.worst).toBeNull();
    expect(grouped.total).toBe(7);
    expect(grouped.worst).toBe('critical');

    // Only sub-goals with findings, in the standard's order.
    expect(byValue.kompetent!.subgoals.map((s) => [s.subgoal, s.count, s.worst])).toEqual([
      ['kompetent.kundeservice', 1, 'suggestion'],
      ['kompetent.klart-sprak', 3, 'warning'],
    ]);
    expect(byValue.palitelig!.subgoals.map((s) => s.subgoal)).toEqual(['palitelig.personvern']);
    // Worst first inside a sub-goal.
    expect(byValue.apen!.subgoals[0]!.findings.map((f) => f.ruleId)).toEqual(['frist.vag-tid', 'frist.svarer-ikke-nar']);
  });

  it('orders findings in a sub-goal by severity, then by position', () => {
    const a = finding('apen.tilgjengelig', 'info', 5);
    const b = finding('apen.tilgjengelig', 'critical', 50);
    const c = finding('apen.tilgjengelig', 'info', 1);
    const d = finding('apen.tilgjengelig', 'warning', 9);
    const [sub] = groupFindings([a, b, c, d]).values[1]!.subgoals;
    expect(sub!.findings.map((f) => f.id)).toEqual([b.id, d.id, c.id, a.id]);
  });

  it('keeps findings with an unknown sub-goal apart instead of losing them', () => {
    const odd = finding('nytt.delmal', 'warning');
    const known = finding('samfunnsengasjert.proaktiv', 'info');
    const grouped = groupFindings([odd, known]);
    expect(grouped.other).toEqual([odd]);
    expect(grouped.values[3]!.count).toBe(1);
    expect(grouped.total).toBe(2);
    expect(grouped.worst).toBe('warning');
  });

  it('does not change the input array', () => {
    const list = [finding('kompetent.klart-sprak', 'info', 9), finding('kompetent.klart-sprak', 'critical', 1)];
    const copy = [...list];
    groupFindings(list);
    expect(list).toEqual(copy);
  });
});
