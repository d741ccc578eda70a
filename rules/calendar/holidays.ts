// Norwegian public holidays: helligdager (lov om helligdager og helligdagsfred § 2) and the
// høytidsdager 1. and 17. mai. Sundays are holidays by law but are left to the weekend rule.
// Sources and the 2024–2031 table: shared/reference/domain-facts.md §4.4.
import { addDays, makeDate } from './dates.ts';

export interface PublicHoliday {
  /** YYYY-MM-DD */
  date: string;
  /** Bokmål name, as printed in Norwegian calendars. */
  name: string;
}

/** 1. påskedag by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return makeDate(year, month, day);
}

/**
 * The year's public holidays in date order, one entry per date. When two coincide (2. pinsedag
 * on 17. mai in 2027) the names are joined, so a day is never counted twice.
 */
export function norwegianHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const candidates: PublicHoliday[] = [
    { date: makeDate(year, 1, 1), name: 'Nyttårsdag' },
    { date: addDays(easter, -7), name: 'Palmesøndag' },
    { date: addDays(easter, -3), name: 'Skjærtorsdag' },
    { date: addDays(easter, -2), name: 'Langfredag' },
    { date: easter, name: '1. påskedag' },
    { date: addDays(easter, 1), name: '2. påskedag' },
    { date: makeDate(year, 5, 1), name: '1. mai' },
    { date: makeDate(year, 5, 17), name: 'Grunnlovsdag (17. mai)' },
    { date: addDays(easter, 39), name: 'Kristi himmelfartsdag' },
    { date: addDays(easter, 49), name: '1. pinsedag' },
    { date: addDays(easter, 50), name: '2. pinsedag' },
    { date: makeDate(year, 12, 25), name: '1. juledag' },
    { date: makeDate(year, 12, 26), name: '2. juledag' },
  ];
  const byDate = new Map<string, string>();
  for (const holiday of candidates) {
    const existing = byDate.get(holiday.date);
    byDate.set(holiday.date, existing ? `${existing} / ${holiday.name}` : holiday.name);
  }
  return [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([date, name]) => ({ date, name }));
}
