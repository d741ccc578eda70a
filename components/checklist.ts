// Evaluates the rule set's checklist against a check result. The panel never sees the reply
// text, so items that need it ('matches') and items without `auto` are ticked by hand.
import { SUBGOAL_IDS } from '../rules/ids.ts';
import type { ChecklistItem } from '../rules/ruleset/types.ts';
import type { CheckResult } from '../rules/types.ts';

export type ChecklistStatus = 'done' | 'open' | 'manual';

export interface ChecklistEntry {
  item: ChecklistItem;
  status: ChecklistStatus;
}

export function itemStatus(item: ChecklistItem, result: CheckResult): ChecklistStatus {
  const auto = item.auto;
  if (!auto) return 'manual';
  switch (auto.kind) {
    case 'no-findings':
      return result.findings.some((f) => auto.rules.includes(f.ruleId)) ? 'open' : 'done';
    case 'no-findings-in-category':
      return result.findings.some((f) => f.category === auto.category) ? 'open' : 'done';
    case 'metric-at-most':
      return result.metrics.words > 0 && result.metrics[auto.metric] <= auto.max ? 'done' : 'open';
    case 'has-date':
      return (result.dates ?? []).length > 0 ? 'done' : 'open';
    default:
      return 'manual';
  }
}

/**
 * The checklist for a result, in the standard's sub-goal order. Items limited to some inquiry
 * kinds are left out: the panel does not know the inquiry's kind.
 */
export function evaluateChecklist(items: readonly ChecklistItem[] | undefined, result: CheckResult): ChecklistEntry[] {
  const order = (item: ChecklistItem) => {
    const i = (SUBGOAL_IDS as readonly string[]).indexOf(item.subgoal);
    return i < 0 ? SUBGOAL_IDS.length : i;
  };
  return (items ?? [])
    .filter((item) => !item.whenInquiry || item.whenInquiry.length === 0)
    .map((item, index) => ({ item, status: itemStatus(item, result), index }))
    .sort((a, b) => order(a.item) - order(b.item) || a.index - b.index)
    .map(({ item, status }) => ({ item, status }));
}
