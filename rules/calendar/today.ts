// Norway's local date. Europe/Oslo is UTC+1 in winter and UTC+2 in summer, by the EU rule in
// force since 1996: summer time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the
// last Sunday of October. Computed here rather than with Intl.DateTimeFormat: the first Intl
// formatter with a time zone loads the zone data, which costs a stopped worker's first check
// several milliseconds (today.test.ts compares both for every hour of several years). Alone in its
// file so the side panel can know today's date without loading the engine.

const HOUR = 3_600_000;

/** 01:00 UTC on the last Sunday of the month (0-based) in that year. */
function lastSundayAt1Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** Oslo's offset from UTC at `time` (ms), in hours. */
function osloOffsetHours(time: number): number {
  const year = new Date(time).getUTCFullYear();
  return time >= lastSundayAt1Utc(year, 2) && time < lastSundayAt1Utc(year, 9) ? 2 : 1;
}

/** The office's local date (YYYY-MM-DD) at `now` (ISO); the current time when absent or invalid. */
export function osloToday(now?: string): string {
  const at = now ? new Date(now) : new Date();
  const time = Number.isNaN(at.getTime()) ? Date.now() : at.getTime();
  return new Date(time + osloOffsetHours(time) * HOUR).toISOString().slice(0, 10);
}
