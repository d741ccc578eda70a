import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, formatNorwegianDate, isIsoDate, isoWeekday } from './dates.ts';

describe('dates', () => {
  it('validates real dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
  });

  it('does day arithmetic across months, years and DST changes', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30'); // DST change in Norway
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-12-20', '2027-01-03')).toBe(14);
  });

  it('knows the ISO weekday', () => {
    expect(isoWeekday('2026-12-04')).toBe(5); // Friday
    expect(isoWeekday('2026-03-15')).toBe(7); // Sunday
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(isoWeekday('1969-12-29')).toBe(1);
  });

  it('adds months with an end-of-month clamp', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('formats the Norwegian way', () => {
    expect(formatNorwegianDate('2026-12-04')).toBe('04.12.2026');
  });
});
