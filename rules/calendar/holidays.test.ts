import { describe, expect, it } from 'vitest';
import { easterSunday, norwegianHolidays } from './holidays.ts';

// domain-facts.md §4.4, computed table (2023 cross-checked against NRK).
const EASTER_TABLE: Array<[number, string, string, string, string, string, string, string]> = [
  // year, skjærtorsdag, langfredag, 1. påskedag, 2. påskedag, himmelfart, 1. pinsedag, 2. pinsedag
  [2024, '03-28', '03-29', '03-31', '04-01', '05-09', '05-19', '05-20'],
  [2025, '04-17', '04-18', '04-20', '04-21', '05-29', '06-08', '06-09'],
  [2026, '04-02', '04-03', '04-05', '04-06', '05-14', '05-24', '05-25'],
  [2027, '03-25', '03-26', '03-28', '03-29', '05-06', '05-16', '05-17'],
  [2028, '04-13', '04-14', '04-16', '04-17', '05-25', '06-04', '06-05'],
  [2029, '03-29', '03-30', '04-01', '04-02', '05-10', '05-20', '05-21'],
  [2030, '04-18', '04-19', '04-21', '04-22', '05-30', '06-09', '06-10'],
  [2031, '04-10', '04-11', '04-13', '04-14', '05-22', '06-01', '06-02'],
];

describe('easterSunday', () => {
  it.each(EASTER_TABLE)('%i', (year, _skj, _lang, easter) => {
    expect(easterSunday(year)).toBe(`${year}-${easter}`);
  });

  it('matches known Easter dates outside the table', () => {
    expect(easterSunday(2007)).toBe('2007-04-08');
    expect(easterSunday(2023)).toBe('2023-04-09');
    expect(easterSunday(2019)).toBe('2019-04-21');
    expect(easterSunday(2285)).toBe('2285-03-22'); // earliest possible
    expect(easterSunday(2038)).toBe('2038-04-25'); // latest possible
  });
});

describe('norwegianHolidays', () => {
  it.each(EASTER_TABLE)('%i has every movable holiday of the table', (year, ...days) => {
    const dates = norwegianHolidays(year).map((h) => h.date);
    for (const day of days) expect(dates).toContain(`${year}-${day}`);
  });

  it('lists the fixed holidays, 1. and 17. mai included', () => {
    const byDate = new Map(norwegianHolidays(2026).map((h) => [h.date, h.name]));
    expect(byDate.get('2026-01-01')).toBe('Nyttårsdag');
    expect(byDate.get('2026-05-01')).toBe('1. mai');
    expect(byDate.get('2026-05-17')).toMatch(/17\. mai/);
    expect(byDate.get('2026-12-25')).toBe('1. juledag');
    expect(byDate.get('2026-12-26')).toBe('2. juledag');
    expect(byDate.get('2026-04-03')).toBe('Langfredag');
    expect(byDate.get('2026-05-14')).toBe('Kristi himmelfartsdag');
    // Not holidays by law.
    expect(byDate.has('2026-12-24')).toBe(false);
    expect(byDate.has('2026-12-31')).toBe(false);
  });

  it('has 13 distinct days in an ordinary year, sorted', () => {
    const holidays = norwegianHolidays(2026);
    expect(holidays).toHaveLength(13);
    const dates = holidays.map((h) => h.date);
    expect([...dates].sort()).toEqual(dates);
  });

  it('de-duplicates 2027, when 2. pinsedag falls on 17. mai', () => {
    const holidays = norwegianHolidays(2027);
    const may17 = holidays.filter((h) => h.date === '2027-05-17');
    expect(may17).toHaveLength(1);
    expect(may17[0]!.name).toContain('2. pinsedag');
    expect(may17[0]!.name).toContain('17. mai');
    expect(holidays).toHaveLength(12);
    expect(new Set(holidays.map((h) => h.date)).size).toBe(holidays.length);
  });
});
