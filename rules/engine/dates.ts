// Dates and deadline status for a result: every concrete date in the reply (for reminders), and,
// when the inquiry's received date is known, the due date under each deadline policy that
// applies to the inquiry's kind. The legal references live in the rule set, not here.
import type { RuleLanguage, UiLanguage } from '../ids.ts';
import { deadlineStatus } from '../time/deadline-status.ts';
import { findDatesSteps } from '../time/find-dates.ts';
import type { CheckContext, DeadlineResult, ResolvedDate } from '../types.ts';
import type { CompiledRuleSet } from './compile.ts';
import type { TextAnalysis } from '../text/analysis.ts';

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})/;

/** Dates and deadline status of a reply, in steps (check-cooperative.ts pauses between them). */
export function* findDatesAndDeadlineSteps(
  text: string,
  language: RuleLanguage,
  today: string,
  context: CheckContext,
  compiled: CompiledRuleSet,
  ui: UiLanguage,
  analysis?: TextAnalysis,
): Generator<void, { dates: ResolvedDate[]; deadline?: DeadlineResult }, void> {
  const dates = yield* findDatesSteps(text, language, today, compiled.calendar, analysis);
  yield;
  const received = context.inquiry?.receivedAt?.match(ISO_DATE)?.[1];
  if (!received || Number.isNaN(Date.parse(received))) return { dates };
  const deadline = deadlineStatus({
    receivedDate: received,
    kind: context.inquiry?.kind ?? 'unknown',
    policies: compiled.ruleSet.deadlinePolicies,
    today,
    calendar: compiled.calendar,
    uiLanguage: ui,
  });
  return deadline.policies.length ? { dates, deadline } : { dates };
}
