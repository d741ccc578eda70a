// What a template is filled from, for one tab: the inquiry (its record with the user's
// corrections, the case number in its label), the citizen's name from the quoted inquiry, the
// deadline the engine computed, and the staff member's profile. Shared by the side panel and
// the background (the inline template search), so both fill the same answer the same way.
import { createCalendar, type CalendarOptions } from '../calendar/calendar.ts';
import { osloToday } from '../calendar/today.ts';
import { parseInquiryLabel } from '../inquiry/identity.ts';
import type { InquiryRecord } from '../inquiry/record.ts';
import type { DeadlineResult } from '../types.ts';
import { deadlineFacts, type TemplateFacts } from './placeholders.ts';

export interface TemplateSources {
  deadline?: DeadlineResult;
  /** The inquiry's structured label ("case:2026/12345"). */
  inquiryLabel?: string;
  citizenName?: string;
  record?: Pick<InquiryRecord, 'correction' | 'detected' | 'deadline'> | null;
  calendar?: CalendarOptions;
  staff?: { name?: string; unit?: string };
}

export function templateFactsFrom(sources: TemplateSources, now: Date = new Date()): TemplateFacts {
  const today = osloToday(now.toISOString());
  const facts: TemplateFacts = deadlineFacts(today, createCalendar(sources.calendar ?? {}), sources.deadline ?? sources.record?.deadline);
  const received = sources.record?.correction.receivedDate ?? sources.record?.detected.receivedAt?.slice(0, 10);
  if (received) facts.receivedDate = received;
  const label = sources.inquiryLabel ? parseInquiryLabel(sources.inquiryLabel) : undefined;
  if (label?.source === 'case') facts.caseNumber = label.value;
  if (sources.citizenName) facts.citizenName = sources.citizenName;
  if (sources.staff?.name) facts.staffName = sources.staff.name;
  if (sources.staff?.unit) facts.staffUnit = sources.staff.unit;
  return facts;
}
