import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../rules/ruleset/types.ts';
import type { CheckResult } from '../rules/types.ts';
import type { TabState } from '../entrypoints/shared/protocol.ts';
import sample from './fixtures/sample-tab-state.json';
import { evaluateChecklist } from './checklist.ts';

const result = (sample as unknown as TabState).result;
const item = (id: string, subgoal: string, auto?: ChecklistItem['auto'], whenInquiry?: ChecklistItem['whenInquiry']) =>
  ({ id, subgoal, label: { nb: id }, auto, whenInquiry }) as ChecklistItem;

describe('evaluateChecklist', () => {
  const items: ChecklistItem[] = [
    item('no-vague', 'palitelig.ta-ansvar', { kind: 'no-findings', rules: ['frist.vag-tid'] }),
    item('greeting-other-rule', 'kompetent.kundeservice', { kind: 'no-findings', rules: ['tone.annen'] }),
    item('privacy', 'palitelig.personvern', { kind: 'no-findings-in-category', category: 'personal-data' }),
    item('lix', 'kompetent.klart-sprak', { kind: 'metric-at-most', metric: 'lix', max: 45 }),
    item('date', 'apen.transparent', { kind: 'has-date' }),
    item('link', 'apen.tilgjengelig', { kind: 'matches', patterns: ['https?://'] }),
    item('by-hand', 'kompetent.fagkompetanse'),
    item('thanks', 'apen.endringsvillig', { kind: 'matches', patterns: ['takk'] }, ['feedback']),
  ];

  it('ticks automatic items from the result and leaves the rest to the user', () => {
    const entries = evaluateChecklist(items, result);
    expect(entries.map((e) => [e.item.id, e.status])).toEqual([
      ['greeting-other-rule', 'done'],
      ['by-hand', 'manual'],
      ['lix', 'open'],
      ['link', 'manual'],
      ['date', 'done'],
      ['no-vague', 'open'],
      ['privacy', 'open'],
    ]);
  });

  it('needs words before LIX counts as good, and handles a missing checklist', () => {
    const empty: CheckResult = { ...result, findings: [], dates: [], metrics: { ...result.metrics, words: 0, lix: 0 } };
    expect(evaluateChecklist([items[3]!], empty)[0]!.status).toBe('open');
    expect(evaluateChecklist(undefined, result)).toEqual([]);
  });
});
