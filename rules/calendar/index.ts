export { createCalendar, nextWorkingDayOnOrAfter } from './calendar.ts';
export type { CalendarOptions, WorkingCalendar } from './calendar.ts';
export { easterSunday, norwegianHolidays } from './holidays.ts';
export type { PublicHoliday } from './holidays.ts';
export * from './dates.ts';
export { formatWeekdayDate, weekdayName } from './names.ts';
