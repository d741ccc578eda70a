import { describe, expect, it } from 'vitest';
import { osloToday } from './today.ts';

const OSLO = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });

describe('osloToday', () => {
  it('gives the same date as the time-zone database for every hour of 2024–2030', () => {
    const wrong: string[] = [];
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2031, 0, 1); t += 3_600_000) {
      const iso = new Date(t).toISOString();
      if (osloToday(iso) !== OSLO.format(t)) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
  });

  it('turns the date at local midnight, in winter and in summer time', () => {
    expect(osloToday('2026-12-03T22:59:59Z')).toBe('2026-12-03');
    expect(osloToday('2026-12-03T23:00:00Z')).toBe('2026-12-04');
    expect(osloToday('2026-06-30T21:59:59Z')).toBe('2026-06-30');
    expect(osloToday('2026-06-30T22:00:00Z')).toBe('2026-07-01');
  });

  it('uses the clock for a missing or invalid time', () => {
    expect(osloToday('not a date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(osloToday()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
