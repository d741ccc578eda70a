// Detectors get the rule's params but not the rule set, so date detectors take the office's
// closing days as params ({ extraClosedDays, closedEveryYear }, the shape of RuleSet.calendar).
import { createCalendar } from './calendar.ts';
import type { CalendarOptions, WorkingCalendar } from './calendar.ts';

const cache = new Map<string, WorkingCalendar>();

function stringList(params: Record<string, unknown>, key: keyof CalendarOptions, owner: string): string[] | undefined {
  const value = params[key];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new Error(`${owner}: params.${key} must be a list of strings`);
  }
  return value as string[];
}

export function calendarOptionsFromParams(params: Record<string, unknown>, owner: string): CalendarOptions {
  const options: CalendarOptions = {};
  const extraClosedDays = stringList(params, 'extraClosedDays', owner);
  const closedEveryYear = stringList(params, 'closedEveryYear', owner);
  if (extraClosedDays) options.extraClosedDays = extraClosedDays;
  if (closedEveryYear) options.closedEveryYear = closedEveryYear;
  return options;
}

/** Throws a clear Error for malformed calendar params (for a detector's parseParams). */
export function validateCalendarParams(params: Record<string, unknown>, owner: string): void {
  try {
    createCalendar(calendarOptionsFromParams(params, owner));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.startsWith(`${owner}:`) ? message : `${owner}: ${message}`);
  }
}

/** One calendar per distinct configuration, so its holiday cache survives between checks. */
export function calendarFromParams(params: Record<string, unknown>, owner: string): WorkingCalendar {
  const options = calendarOptionsFromParams(params, owner);
  const key = JSON.stringify([options.extraClosedDays ?? [], options.closedEveryYear ?? []]);
  let calendar = cache.get(key);
  if (!calendar) {
    calendar = createCalendar(options);
    if (cache.size > 32) cache.clear();
    cache.set(key, calendar);
  }
  return calendar;
}
