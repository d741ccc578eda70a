// Dates a rule text may name without going stale: "{deadline}" and "{workingDaysAhead}" are filled
// when the finding is made, from the check's today, the inquiry's deadline and the working-day
// calendar, in the language the text is read in (nb/nn «fredag 11. desember», en «Friday 11 December»).
import type { WorkingCalendar } from '../calendar/calendar.ts';
import { formatWeekdayDate } from '../calendar/names.ts';
import type { UiLanguage } from '../ids.ts';
import type { DeadlineResult } from '../types.ts';

export const DATE_PLACEHOLDERS = ['deadline', 'workingDaysAhead'] as const;
export type DatePlaceholder = (typeof DATE_PLACEHOLDERS)[number];

/** Working days ahead when a rule does not say (Bergen kommune answers within five). */
export const DEFAULT_PROMISE_WORKING_DAYS = 5;

export interface DateFacts {
  /** YYYY-MM-DD, the office's local today. */
  today: string;
  calendar: WorkingCalendar;
  deadline?: DeadlineResult;
}

/** The ISO dates behind the placeholders for one rule. */
export function placeholderDates(facts: DateFacts, workingDays: number = DEFAULT_PROMISE_WORKING_DAYS): Record<DatePlaceholder, string> {
  const ahead = facts.calendar.addWorkingDays(facts.today, workingDays);
  return { deadline: inquiryAnswerDate(facts) ?? ahead, workingDaysAhead: ahead };
}

/**
 * The date the inquiry must be answered by: the earliest answer deadline (not a foreløpig-svar
 * date) still ahead. A passed deadline is no date to promise, so then there is none.
 */
export function inquiryAnswerDate(facts: DateFacts): string | undefined {
  let earliest: string | undefined;
  for (const policy of facts.deadline?.policies ?? []) {
    if (policy.purpose === 'interim-reply' || policy.dueDate < facts.today) continue;
    if (earliest === undefined || policy.dueDate < earliest) earliest = policy.dueDate;
  }
  return earliest;
}

/** Placeholder values for a text read in `language`. */
export function datePlaceholderVars(facts: DateFacts, workingDays: number | undefined, language: UiLanguage): Record<string, string> {
  const dates = placeholderDates(facts, workingDays);
  return { deadline: formatWeekdayDate(dates.deadline, language), workingDaysAhead: formatWeekdayDate(dates.workingDaysAhead, language) };
}

const DATE_PLACEHOLDER_IN_TEXT = /\{(?:deadline|workingDaysAhead)\}/;

export function mentionsDatePlaceholder(template: string): boolean {
  // Read for every suggestion of every hit, and almost none has a brace.
  return template.includes('{') && DATE_PLACEHOLDER_IN_TEXT.test(template);
}
