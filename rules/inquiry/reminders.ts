// Reminders for promises made in a reply ("Vi svarer innen fredag 27. november"): when they
// fire (09:00 Oslo time on the promised day, so the officer has the working day to keep the
// promise), their ids and alarm names, and which are upcoming. Pure: the background owns the
// alarms and notifications (entrypoints/background/reminders.ts).

export interface Reminder {
  /** `${inquiryKey}@${date}`: one reminder per inquiry and date. */
  id: string;
  inquiryKey: string;
  /** The inquiry's structured label ("case:2026/12345"); no message text. */
  label: string;
  /** Where the inquiry was written (origin + path + fragment). */
  url: string;
  /** YYYY-MM-DD promised date. */
  date: string;
  /** Epoch ms the alarm fires. */
  when: number;
  createdAt: string;
}

export const REMINDER_ALARM_PREFIX = 'svarhjelp-reminder:';
export const REMINDER_HOUR = 9;

export const reminderId = (inquiryKey: string, date: string) => `${inquiryKey}@${date}`;
export const alarmNameOf = (id: string) => `${REMINDER_ALARM_PREFIX}${id}`;
export function reminderIdOfAlarm(name: string): string | undefined {
  return name.startsWith(REMINDER_ALARM_PREFIX) ? name.slice(REMINDER_ALARM_PREFIX.length) : undefined;
}

const OSLO_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Oslo's offset from UTC (ms) at an instant: +1 h in winter, +2 h in summer. */
function osloOffset(epochMs: number): number {
  const parts = Object.fromEntries(OSLO_PARTS.formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!);
  return asUtc - Math.floor(epochMs / 60_000) * 60_000;
}

/** Epoch ms of a wall-clock time in Oslo on a YYYY-MM-DD date (DST-correct). */
export function osloTime(date: string, hour: number, minute = 0): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d, hour, minute);
  // Two passes settle the offset even on the days the clocks change.
  let when = guess - osloOffset(guess);
  when = guess - osloOffset(when);
  return when;
}

/** When the reminder for a promised date fires: 09:00 Oslo time that day. */
export function reminderWhen(date: string): number {
  return osloTime(date, REMINDER_HOUR);
}

/** Reminders that have not fired yet, soonest first. */
export function upcoming(reminders: readonly Reminder[], now: number): Reminder[] {
  return reminders.filter((r) => r.when > now).sort((a, b) => a.when - b.when || a.id.localeCompare(b.id));
}

/** Whether a date can still get a reminder (its 09:00 is in the future). */
export function canRemind(date: string, now: number): boolean {
  return reminderWhen(date) > now;
}
