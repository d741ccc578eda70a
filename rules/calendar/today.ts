// Norway's local date: Europe/Oslo is UTC+1/+2; en-CA formats as YYYY-MM-DD. Built once:
// constructing an Intl formatter per call is slow. Alone in its file so the side panel can
// know today's date without loading the engine.
const OSLO_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The office's local date (YYYY-MM-DD) at `now` (ISO); the current time when absent or invalid. */
export function osloToday(now?: string): string {
  const at = now ? new Date(now) : new Date();
  const time = Number.isNaN(at.getTime()) ? Date.now() : at.getTime();
  // Oslo's offset is always whole hours, so its date is the same for a whole UTC hour: format
  // once per hour (the formatter costs more than a short check's rules).
  const hour = Math.floor(time / 3_600_000);
  if (hour !== lastHour) {
    lastHour = hour;
    lastDate = OSLO_DATE.format(time);
  }
  return lastDate;
}

let lastHour = NaN;
let lastDate = '';
