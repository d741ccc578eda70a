// Where an inquiry stands against the rule set's deadline policies (offentleglova § 32's five
// arbeidsdagar, fvl § 11 a's one month before a foreløpig svar …). The legal numbers live in the
// policies, not here, because the new forvaltningslov will renumber them (domain-facts.md §4.1).
import { nextWorkingDayOnOrAfter } from '../calendar/calendar.ts';
import type { WorkingCalendar } from '../calendar/calendar.ts';
import { addMonths, toDayNumber } from '../calendar/dates.ts';
import { UI_LANGUAGES, type UiLanguage } from '../ids.ts';
import type { DeadlinePolicy, LocalizedText } from '../ruleset/types.ts';
import type { DeadlinePolicyStatus, DeadlineResult, InquiryKind, LocalizedTexts } from '../types.ts';

export interface DeadlineStatusInput {
  /** YYYY-MM-DD, the office's local date of receipt. A date-time is cut to its date part as written. */
  receivedDate: string;
  kind: InquiryKind;
  policies: DeadlinePolicy[];
  /** YYYY-MM-DD */
  today: string;
  calendar: WorkingCalendar;
  uiLanguage: UiLanguage;
}

export function localize(text: LocalizedText, language: UiLanguage): string {
  return (language === 'nb' ? undefined : text[language]) || text.nb;
}

/** A rule-set text in every UI language (bokmål where a language is missing). */
export function localizeAll(text: LocalizedText): LocalizedTexts {
  return Object.fromEntries(UI_LANGUAGES.map((language) => [language, localize(text, language)])) as LocalizedTexts;
}

/** The due date of one policy, or undefined for a policy that names no period. */
export function policyDueDate(policy: DeadlinePolicy, receivedDate: string, calendar: WorkingCalendar): string | undefined {
  if (policy.workingDays !== undefined) return calendar.addWorkingDays(receivedDate, policy.workingDays);
  // Months run to the same day number (clamped at month end); a closed day moves the deadline
  // on to the next working day, as domstolloven § 149 does for statutory deadlines.
  if (policy.months !== undefined) return nextWorkingDayOnOrAfter(calendar, addMonths(receivedDate, policy.months));
  return undefined;
}

export function deadlineStatus(input: DeadlineStatusInput): DeadlineResult {
  const receivedDate = input.receivedDate.slice(0, 10);
  toDayNumber(receivedDate); // throws a clear RangeError on a malformed date
  toDayNumber(input.today);
  const policies: DeadlinePolicyStatus[] = [];
  for (const policy of input.policies) {
    if (!policy.appliesTo.includes(input.kind)) continue;
    const dueDate = policyDueDate(policy, receivedDate, input.calendar);
    if (dueDate === undefined) continue;
    const status = input.today > dueDate ? 'overdue' : input.today === dueDate ? 'due-today' : 'ok';
    let workingDaysLeft = input.calendar.workingDaysBetween(input.today, dueDate);
    // The weekend after a Friday deadline has no working days in it, yet the deadline has passed.
    if (status === 'overdue') workingDaysLeft = Math.min(-1, workingDaysLeft);
    const entry: DeadlinePolicyStatus = {
      policyId: policy.id,
      label: localize(policy.label, input.uiLanguage),
      labels: localizeAll(policy.label),
      dueDate,
      workingDaysLeft,
      status,
    };
    if (policy.legalReference !== undefined) entry.legalReference = policy.legalReference;
    if (policy.advice !== undefined) {
      entry.advice = localize(policy.advice, input.uiLanguage);
      entry.advices = localizeAll(policy.advice);
    }
    if (policy.purpose === 'interim-reply') entry.purpose = 'interim-reply';
    policies.push(entry);
  }
  return { receivedDate, policies };
}
