// The office's working-day calendar: Monday–Friday minus public holidays and the days the office
// chooses to close (julaften and nyttårsaften are not holidays by law, but many offices close;
// domain-facts.md §4.3). "Working day" here means arbeidsdag, never the legal virkedag, which
// would include Saturday.
import { addDays, fromDayNumber, isIsoDate, isoWeekday, toDayNumber } from './dates.ts';
import { norwegianHolidays } from './holidays.ts';

export interface CalendarOptions {
  /** YYYY-MM-DD days the office is closed besides weekends and public holidays. */
  extraClosedDays?: string[];
  /** MM-DD days closed every year, e.g. '12-24' for julaften. */
  closedEveryYear?: string[];
}

export interface WorkingCalendar {
  isWorkingDay(isoDate: string): boolean;
  /**
   * Counts n working days forward from d (d itself not counted), or back for negative n.
   * n = 0 returns d unchanged, even when d is not a working day.
   */
  addWorkingDays(isoDate: string, n: number): string;
  /**
   * Working days in (a, b] when b is after a, so addWorkingDays(a, result) === b for a working
   * day b; minus the working days in (b, a] when b is before a; 0 when equal.
   */
  workingDaysBetween(a: string, b: string): number;
  /** Name of the public holiday on d (bokmål), or undefined; office closing days are not holidays. */
  holidayName(isoDate: string): string | undefined;
}

const MONTH_DAY = /^(\d{2})-(\d{2})$/;
/** A closed run longer than a year means a misconfigured calendar; stop instead of looping forever. */
const MAX_CLOSED_RUN = 400;

export function createCalendar(options: CalendarOptions = {}): WorkingCalendar {
  const extraClosed = new Set<string>();
  for (const day of options.extraClosedDays ?? []) {
    if (!isIsoDate(day)) throw new RangeError(`extraClosedDays: not a YYYY-MM-DD date: ${JSON.stringify(day)}`);
    extraClosed.add(day);
  }
  const closedEveryYear = new Set<string>();
  for (const monthDay of options.closedEveryYear ?? []) {
    const match = MONTH_DAY.exec(monthDay);
    // 2024 is a leap year, so '02-29' is accepted and simply never matches in other years.
    if (!match || !isIsoDate(`2024-${monthDay}`)) {
      throw new RangeError(`closedEveryYear: not an MM-DD day: ${JSON.stringify(monthDay)}`);
    }
    closedEveryYear.add(monthDay);
  }

  const holidaysByYear = new Map<number, Map<string, string>>();
  function holidaysOf(year: number): Map<string, string> {
    let holidays = holidaysByYear.get(year);
    if (!holidays) {
      holidays = new Map(norwegianHolidays(year).map((h) => [h.date, h.name]));
      holidaysByYear.set(year, holidays);
    }
    return holidays;
  }

  function holidayName(isoDate: string): string | undefined {
    toDayNumber(isoDate); // validates
    return holidaysOf(Number(isoDate.slice(0, 4))).get(isoDate);
  }

  // Every check asks about the same few weeks again and again (deadlines, promised dates,
  // closed-day warnings): remember the answers. Bounded, since a calendar lives as long as its rule set.
  const workingDayCache = new Map<string, boolean>();
  function isWorkingDay(isoDate: string): boolean {
    const known = workingDayCache.get(isoDate);
    if (known !== undefined) return known;
    const working = isoWeekday(isoDate) < 6 && !extraClosed.has(isoDate) && !closedEveryYear.has(isoDate.slice(5)) && holidayName(isoDate) === undefined;
    if (workingDayCache.size >= 4096) workingDayCache.clear();
    workingDayCache.set(isoDate, working);
    return working;
  }

  function addWorkingDays(isoDate: string, n: number): string {
    if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`);
    const step = n < 0 ? -1 : 1;
    let dayNumber = toDayNumber(isoDate);
    let closedInARow = 0;
    for (let remaining = Math.abs(n); remaining > 0; ) {
      dayNumber += step;
      if (isWorkingDay(fromDayNumber(dayNumber))) {
        remaining--;
        closedInARow = 0;
      } else if (++closedInARow > MAX_CLOSED_RUN) {
        throw new RangeError('The calendar has no working days (every day is closed)');
      }
    }
    return fromDayNumber(dayNumber);
  }

  function workingDaysBetween(a: string, b: string): number {
    const from = toDayNumber(a);
    const to = toDayNumber(b);
    if (from === to) return 0;
    const [low, high, sign] = from < to ? [from, to, 1] : [to, from, -1];
    let count = 0;
    for (let day = low + 1; day <= high; day++) {
      if (isWorkingDay(fromDayNumber(day))) count++;
    }
    return sign * count;
  }

  return { isWorkingDay, addWorkingDays, workingDaysBetween, holidayName };
}

/** The first working day on or after d: where a deadline that ends on a closed day lands (domstolloven § 149). */
export function nextWorkingDayOnOrAfter(calendar: WorkingCalendar, isoDate: string): string {
  let day = isoDate;
  for (let closedInARow = 0; !calendar.isWorkingDay(day); closedInARow++) {
    if (closedInARow > MAX_CLOSED_RUN) throw new RangeError('The calendar has no working days (every day is closed)');
    day = addDays(day, 1);
  }
  return day;
}
