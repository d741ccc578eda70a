import { describe, expect, it } from 'vitest';
import { calendarFromParams, validateCalendarParams } from './from-params.ts';
import { weekdayName } from './names.ts';

describe('weekdayName', () => {
  it('names the weekday in bokmål, nynorsk and English', () => {
    expect(weekdayName('2026-12-01', 'nb')).toBe('tirsdag');
    expect(weekdayName('2026-12-01', 'nn')).toBe('tysdag');
    expect(weekdayName('2026-12-05', 'nn')).toBe('laurdag');
    expect(weekdayName('2026-12-06', 'en')).toBe('Sunday');
  });
});

describe('calendarFromParams', () => {
  it('builds the office calendar from detector params and reuses it', () => {
    const params = { closedEveryYear: ['12-24'] };
    const calendar = calendarFromParams(params, 'date-promise');
    expect(calendar.isWorkingDay('2026-12-24')).toBe(false);
    expect(calendarFromParams({ closedEveryYear: ['12-24'] }, 'date-promise')).toBe(calendar);
    expect(calendarFromParams({}, 'date-promise').isWorkingDay('2026-12-24')).toBe(true);
  });

  it('rejects malformed params with the detector named', () => {
    expect(() => validateCalendarParams({ extraClosedDays: '2026-12-24' }, 'date-promise')).toThrow(/^date-promise: params\.extraClosedDays/);
    expect(() => validateCalendarParams({ closedEveryYear: ['31-12'] }, 'date-promise')).toThrow(/^date-promise: closedEveryYear/);
    expect(() => validateCalendarParams({ closedEveryYear: ['12-31'] }, 'date-promise')).not.toThrow();
  });
});
