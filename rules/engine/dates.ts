// Dates and deadline status for a result. The date finder and the working-day calendar live in
// rules/time and rules/calendar; this module only wires them to the rule set and the context.
import type { RuleLanguage, UiLanguage } from '../ids.ts';
import type { RuleSet } from '../ruleset/types.ts';
import type { CheckContext, DeadlineResult, ResolvedDate } from '../types.ts';

export function findDatesAndDeadline(
  _text: string,
  _language: RuleLanguage,
  _today: string,
  _context: CheckContext,
  _ruleSet: RuleSet,
  _ui: UiLanguage,
): { dates: ResolvedDate[]; deadline?: DeadlineResult } {
  return { dates: [] };
}
