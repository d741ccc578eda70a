import { describe, expect, it } from 'vitest';
import { createCalendar, nextWorkingDayOnOrAfter } from './calendar.ts';

const calendar = createCalendar();

describe('isWorkingDay', () => {
  it('is Monday–Friday', () => {
    expect(calendar.isWorkingDay('2026-03-09')).toBe(true); // Mon
    expect(calendar.isWorkingDay('2026-03-13')).toBe(true); // Fri
    expect(calendar.isWorkingDay('2026-03-14')).toBe(false); // Sat
    expect(calendar.isWorkingDay('2026-03-15')).toBe(false); // Sun
  });

  it('excludes public holidays on weekdays', () => {
    expect(calendar.isWorkingDay('2026-04-02')).toBe(false); // skjærtorsdag
    expect(calendar.isWorkingDay('2026-04-06')).toBe(false); // 2. påskedag
    expect(calendar.isWorkingDay('2026-05-14')).toBe(false); // himmelfart
    expect(calendar.isWorkingDay('2026-05-25')).toBe(false); // 2. pinsedag
    expect(calendar.isWorkingDay('2025-05-01')).toBe(false); // 1. mai, Thursday
    expect(calendar.isWorkingDay('2026-01-01')).toBe(false);
  });

  it('keeps julaften and nyttårsaften open unless configured', () => {
    expect(calendar.isWorkingDay('2026-12-24')).toBe(true);
    expect(calendar.isWorkingDay('2026-12-31')).toBe(true);
    const closed = createCalendar({ closedEveryYear: ['12-24', '12-31'], extraClosedDays: ['2026-07-10'] });
    expect(closed.isWorkingDay('2026-12-24')).toBe(false);
    expect(closed.isWorkingDay('2027-12-31')).toBe(false);
    expect(closed.isWorkingDay('2026-07-10')).toBe(false);
    expect(closed.isWorkingDay('2027-07-09')).toBe(true);
  });

  it('rejects malformed configuration and dates', () => {
    expect(() => createCalendar({ extraClosedDays: ['2026-02-30'] })).toThrow(/extraClosedDays/);
    expect(() => createCalendar({ closedEveryYear: ['24.12'] })).toThrow(/closedEveryYear/);
    expect(() => calendar.isWorkingDay('04.12.2026')).toThrow(RangeError);
  });
});

describe('holidayName', () => {
  it('names holidays, including those on weekends', () => {
    expect(calendar.holidayName('2026-05-17')).toMatch(/17\. mai/); // Sunday
    expect(calendar.holidayName('2027-05-01')).toBe('1. mai'); // Saturday
    expect(calendar.holidayName('2026-12-26')).toBe('2. juledag'); // Saturday
    expect(calendar.holidayName('2026-03-10')).toBeUndefined();
    expect(createCalendar({ closedEveryYear: ['12-24'] }).holidayName('2026-12-24')).toBeUndefined();
  });
});

describe('addWorkingDays', () => {
  it('matches the NoCommons vectors', () => {
    expect(calendar.addWorkingDays('2007-03-21', 5)).toBe('2007-03-28');
    expect(calendar.addWorkingDays('2007-04-04', 5)).toBe('2007-04-16'); // over Easter 2007
  });

  it('skips Easter, Ascension and Whitsun', () => {
    expect(calendar.addWorkingDays('2026-04-01', 1)).toBe('2026-04-07'); // Wed → Tue after 2. påskedag
    expect(calendar.addWorkingDays('2026-05-13', 1)).toBe('2026-05-15');
    expect(calendar.addWorkingDays('2026-05-22', 1)).toBe('2026-05-26');
  });

  it('crosses the year boundary over Christmas and New Year', () => {
    // 2026: 24.12 Thu (open), 25.12 Fri, 26.12 Sat, 1.1.2027 Fri.
    expect(calendar.addWorkingDays('2026-12-23', 3)).toBe('2026-12-29');
    expect(calendar.addWorkingDays('2026-12-30', 2)).toBe('2027-01-04');
    const closed = createCalendar({ closedEveryYear: ['12-24', '12-31'] });
    expect(closed.addWorkingDays('2026-12-23', 3)).toBe('2026-12-30');
    expect(closed.addWorkingDays('2026-12-30', 1)).toBe('2027-01-04');
  });

  it('counts from a non-working day and goes backwards for negative n', () => {
    expect(calendar.addWorkingDays('2026-03-14', 1)).toBe('2026-03-16'); // Sat → Mon
    expect(calendar.addWorkingDays('2026-04-07', -1)).toBe('2026-04-01');
    expect(calendar.addWorkingDays('2026-03-14', 0)).toBe('2026-03-14');
  });

  it('refuses a calendar with no working days instead of looping', () => {
    const days: string[] = [];
    for (let m = 1; m <= 12; m++)
      for (let d = 1; d <= 31; d++) {
        const md = `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        if (!(m === 2 && d > 29) && !([4, 6, 9, 11].includes(m) && d === 31)) days.push(md);
      }
    const never = createCalendar({ closedEveryYear: days });
    expect(() => never.addWorkingDays('2026-01-05', 1)).toThrow(/no working days/);
    expect(() => nextWorkingDayOnOrAfter(never, '2026-01-05')).toThrow(/no working days/);
  });
});

describe('workingDaysBetween', () => {
  it('counts (a, b] and is the inverse of addWorkingDays', () => {
    expect(calendar.workingDaysBetween('2007-04-04', '2007-04-16')).toBe(5);
    expect(calendar.workingDaysBetween('2026-03-09', '2026-03-09')).toBe(0);
    expect(calendar.workingDaysBetween('2026-03-13', '2026-03-16')).toBe(1); // Fri → Mon
    expect(calendar.workingDaysBetween('2026-03-13', '2026-03-15')).toBe(0); // Fri → Sun
    for (const [from, n] of [
      ['2026-12-18', 7],
      ['2026-03-30', 4],
      ['2027-05-12', 3],
    ] as const) {
      expect(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n))).toBe(n);
    }
  });

  it('is negative when b is earlier', () => {
    expect(calendar.workingDaysBetween('2007-04-16', '2007-04-04')).toBe(-5);
    expect(calendar.workingDaysBetween('2026-03-16', '2026-03-13')).toBe(-1);
  });

  it('counts across a year boundary', () => {
    // 2026-12-28 Mon … 2027-01-04 Mon: 29, 30, 31 Dec, (1 Jan holiday), 4 Jan.
    expect(calendar.workingDaysBetween('2026-12-28', '2027-01-04')).toBe(4);
  });
});

describe('nextWorkingDayOnOrAfter', () => {
  it('moves a closed day to the next working day (domstolloven § 149)', () => {
    expect(nextWorkingDayOnOrAfter(calendar, '2026-03-10')).toBe('2026-03-10');
    expect(nextWorkingDayOnOrAfter(calendar, '2026-04-02')).toBe('2026-04-07');
    expect(nextWorkingDayOnOrAfter(calendar, '2027-05-15')).toBe('2027-05-18'); // Sat, Sun, 17. mai
  });
});
