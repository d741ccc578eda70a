// Turns what a date phrase says into a calendar date: the next weekday, the end of a week or a
// month, a duration from today in calendar or working days (find-dates.ts states the rules).
// Pure: the day it is today and the working-day calendar are given.
import { nextWorkingDayOnOrAfter } from '../calendar/calendar.ts';
import type { WorkingCalendar } from '../calendar/calendar.ts';
import { addDays, addMonths, daysInMonth, isValidDate, isoWeekday, makeDate } from '../calendar/dates.ts';

export interface Resolution {
  date: string;
  /** For a date without a year: its previous occurrence, used when the sentence is about the past. */
  past?: string;
}

export interface ResolveContext {
  today: string;
  calendar: WorkingCalendar;
}

export type DurationUnit = 'day' | 'workingDay' | 'week' | 'month';

// ── Resolution helpers ──────────────────────────────────────────────────────────────────────

export function lookup(table: Record<string, number>, key: string | undefined, caseSensitive = false): number | undefined {
  if (key === undefined) return undefined;
  const normalized = caseSensitive ? key.replace(/\.$/, '') : key.toLowerCase().replace(/\.$/, '');
  return table[normalized];
}

/** The next occurrence of day.month on or after today (29.02 waits for a leap year). */
function nextOccurrence(today: string, month: number, day: number): string | undefined {
  const thisYear = Number(today.slice(0, 4));
  for (let year = thisYear; year <= thisYear + 8; year++) {
    if (!isValidDate(year, month, day)) continue;
    const date = makeDate(year, month, day);
    if (date >= today) return date;
  }
  return undefined;
}

/** The latest occurrence of day.month before today, within the last year. */
function previousOccurrence(today: string, month: number, day: number): string | undefined {
  const thisYear = Number(today.slice(0, 4));
  for (let year = thisYear; year >= thisYear - 1; year--) {
    if (!isValidDate(year, month, day)) continue;
    const date = makeDate(year, month, day);
    if (date < today) return date;
  }
  return undefined;
}

function lastWorkingDayOfMonth(year: number, month: number, calendar: WorkingCalendar): string {
  const first = makeDate(year, month, 1);
  for (let day = makeDate(year, month, daysInMonth(year, month)); day >= first; day = addDays(day, -1)) {
    if (calendar.isWorkingDay(day)) return day;
  }
  return makeDate(year, month, daysInMonth(year, month));
}

/** End of this month (offset 0) or a later one. */
export function endOfMonthFromToday(context: ResolveContext, offset: number): Resolution {
  const [year, month] = addMonths(context.today.slice(0, 8) + '01', offset)
    .split('-')
    .map(Number) as [number, number];
  return { date: lastWorkingDayOfMonth(year, month, context.calendar) };
}

/** End of a named month: this year's, or next year's once it has passed. */
export function endOfNamedMonth(context: ResolveContext, month: number | undefined, yearText: string | undefined): Resolution | undefined {
  if (month === undefined) return undefined;
  const thisYear = Number(context.today.slice(0, 4));
  let year = yearText ? Number(yearText) : thisYear;
  if (year < 1900 || year > 2199) return undefined;
  if (!yearText && makeDate(year, month, daysInMonth(year, month)) < context.today) year++;
  return { date: lastWorkingDayOfMonth(year, month, context.calendar) };
}

/** Monday of ISO week `week` of `year` (week 1 holds 4 January), or undefined when the year has no such week. */
function mondayOfIsoWeek(year: number, week: number): string | undefined {
  if (week < 1 || week > 53) return undefined;
  const monday = addDays(mondayOfWeek(makeDate(year, 1, 4)), 7 * (week - 1));
  // Week 53 exists only when its Thursday is still in the same year.
  if (Number(addDays(monday, 3).slice(0, 4)) !== year) return undefined;
  return monday;
}

/** "i uke 50": the last working day of that week, this year or (once it has passed) next year. */
export function resolveWeekNumber(context: ResolveContext, week: number): Resolution | undefined {
  const thisYear = Number(context.today.slice(0, 4));
  for (const year of [thisYear, thisYear + 1]) {
    const monday = mondayOfIsoWeek(year, week);
    if (!monday) continue;
    if (addDays(monday, 6) < context.today) continue;
    return { date: endOfWorkingWeek(monday, monday, context.calendar) };
  }
  return undefined;
}

/** "over nyttår": the first working day from 2 January; "etter jul": from 27 December. */
export function afterHoliday(context: ResolveContext, newYear: boolean): Resolution | undefined {
  const first = newYear ? nextOccurrence(context.today, 1, 2) : nextOccurrence(context.today, 12, 27);
  return first ? { date: nextWorkingDayOnOrAfter(context.calendar, first) } : undefined;
}

export function explicitOrNext(today: string, month: number | undefined, day: number, yearText: string | undefined): Resolution | undefined {
  if (month === undefined) return undefined;
  if (yearText === undefined) {
    const date = nextOccurrence(today, month, day);
    if (!date) return undefined;
    const past = previousOccurrence(today, month, day);
    return past ? { date, past } : { date };
  }
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (year < 1900 || year > 2199 || !isValidDate(year, month, day)) return undefined;
  return { date: makeDate(year, month, day) };
}

/** The next such weekday strictly after today. */
function upcomingWeekday(today: string, weekday: number): string {
  const ahead = (weekday - isoWeekday(today) + 7) % 7 || 7;
  return addDays(today, ahead);
}

function mondayOfWeek(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** Last working day Monday–Friday of the week starting on monday, not before notBefore; else Friday. */
export function endOfWorkingWeek(monday: string, notBefore: string, calendar: WorkingCalendar): string {
  const friday = addDays(monday, 4);
  for (let day = friday; day >= monday && day >= notBefore; day = addDays(day, -1)) {
    if (calendar.isWorkingDay(day)) return day;
  }
  return friday;
}

function firstWorkingDayOfWeek(monday: string, calendar: WorkingCalendar): string {
  for (let offset = 0; offset < 5; offset++) {
    const day = addDays(monday, offset);
    if (calendar.isWorkingDay(day)) return day;
  }
  return monday;
}

/** The week "uka"/"this week" refers to: this one, or the coming one on a weekend. */
export function currentWorkingWeekMonday(today: string): string {
  return isoWeekday(today) >= 6 ? addDays(mondayOfWeek(today), 7) : mondayOfWeek(today);
}

export function resolveDuration(context: ResolveContext, amount: number, unit: DurationUnit): Resolution | undefined {
  if (!Number.isInteger(amount) || amount < 1 || amount > 400) return undefined;
  const { today, calendar } = context;
  switch (unit) {
    case 'workingDay':
      return { date: calendar.addWorkingDays(today, amount) };
    case 'day':
      return { date: nextWorkingDayOnOrAfter(calendar, addDays(today, amount)) };
    case 'week':
      return { date: nextWorkingDayOnOrAfter(calendar, addDays(today, 7 * amount)) };
    case 'month':
      return { date: nextWorkingDayOnOrAfter(calendar, addMonths(today, amount)) };
  }
}

/** Each unit's pattern, whole and case-insensitive: made once, not per duration found. */
const wholeUnitPatterns = new Map<string, RegExp>();

export function unitOf(units: Array<[string, DurationUnit]>, text: string): DurationUnit | undefined {
  for (const [source, unit] of units) {
    let whole = wholeUnitPatterns.get(source);
    if (!whole) {
      whole = new RegExp(`^(?:${source})$`, 'iu');
      wholeUnitPatterns.set(source, whole);
    }
    if (whole.test(text)) return unit;
  }
  return undefined;
}

export function parseAmount(numbers: Record<string, number>, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return /^\d+$/.test(text) ? Number(text) : numbers[text.toLowerCase()];
}

export function afterWeekend(context: ResolveContext): Resolution {
  const { today, calendar } = context;
  // From a weekday this is the next Monday; from Saturday or Sunday, the coming Monday.
  const monday = addDays(today, 8 - isoWeekday(today));
  return { date: nextWorkingDayOnOrAfter(calendar, monday) };
}

export function resolveWeekday(today: string, weekday: number, nextWeek: boolean): Resolution {
  if (!nextWeek) return { date: upcomingWeekday(today, weekday) };
  return { date: addDays(mondayOfWeek(today), 7 + weekday - 1) };
}

export function resolveNextWeek(context: ResolveContext, early: boolean): Resolution {
  const monday = addDays(mondayOfWeek(context.today), 7);
  return {
    date: early ? firstWorkingDayOfWeek(monday, context.calendar) : endOfWorkingWeek(monday, monday, context.calendar),
  };
}
