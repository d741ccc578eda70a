import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/calendar.ts';
import { formatWeekdayDate } from '../calendar/names.ts';
import { datePlaceholderVars, inquiryAnswerDate, placeholderDates } from './date-placeholders.ts';
import type { DeadlineResult } from '../types.ts';

// The bundled set's office calendar: julaften and nyttårsaften closed as well.
const calendar = createCalendar({ closedEveryYear: ['12-24', '12-31'] });

function answerBy(dueDate: string, purpose?: 'interim-reply'): DeadlineResult {
  return {
    receivedDate: '2026-11-16',
    policies: [{ policyId: 'p', label: 'Svar', dueDate, workingDaysLeft: 0, status: 'ok', ...(purpose ? { purpose } : {}) }],
  };
}

describe('formatWeekdayDate', () => {
  it('writes the date as a letter does in bokmål, nynorsk and English', () => {
    expect(formatWeekdayDate('2026-12-11', 'nb')).toBe('fredag 11. desember');
    expect(formatWeekdayDate('2026-12-11', 'nn')).toBe('fredag 11. desember');
    expect(formatWeekdayDate('2026-12-11', 'en')).toBe('Friday 11 December');
    expect(formatWeekdayDate('2027-05-18', 'nn')).toBe('tysdag 18. mai');
    expect(formatWeekdayDate('2027-01-04', 'nb')).toBe('mandag 4. januar');
  });
});

describe('placeholderDates with a fixed today', () => {
  it('counts working days across a month end', () => {
    expect(placeholderDates({ today: '2026-11-27', calendar }, 5).workingDaysAhead).toBe('2026-12-04');
  });

  it('skips 24, 25, 26 and 31 December and 1 January across a year end', () => {
    // Only 28, 29 and 30 Dec are working days; 31 Dec is closed, 1 Jan a holiday, 2–3 Jan a weekend.
    expect(placeholderDates({ today: '2026-12-23', calendar }, 5).workingDaysAhead).toBe('2027-01-05');
    expect(placeholderDates({ today: '2026-12-28', calendar }, 5).workingDaysAhead).toBe('2027-01-06');
  });

  it('skips Easter 2027 (25, 26 and 29 March)', () => {
    expect(placeholderDates({ today: '2027-03-23', calendar }, 5).workingDaysAhead).toBe('2027-04-02');
  });

  it('skips 17 May (in 2027 also Whit Monday) and Ascension Day', () => {
    expect(placeholderDates({ today: '2027-05-12', calendar }, 3).workingDaysAhead).toBe('2027-05-18');
    expect(placeholderDates({ today: '2027-05-05', calendar }, 1).workingDaysAhead).toBe('2027-05-07');
  });

  it('uses five working days when the rule does not say', () => {
    expect(placeholderDates({ today: '2026-12-07', calendar }).workingDaysAhead).toBe('2026-12-14');
  });

  it('names the inquiry’s own answer deadline while it is still ahead', () => {
    expect(placeholderDates({ today: '2026-11-18', calendar, deadline: answerBy('2026-11-23') }, 10).deadline).toBe('2026-11-23');
    expect(placeholderDates({ today: '2026-11-23', calendar, deadline: answerBy('2026-11-23') }, 10).deadline).toBe('2026-11-23');
  });

  it('falls back to working days from today once the deadline has passed, never a date in the past', () => {
    expect(placeholderDates({ today: '2026-12-04', calendar, deadline: answerBy('2026-11-23') }, 5).deadline).toBe('2026-12-11');
  });

  it('does not offer a foreløpig-svar date as the answer date', () => {
    expect(inquiryAnswerDate({ today: '2026-11-18', calendar, deadline: answerBy('2026-12-16', 'interim-reply') })).toBeUndefined();
  });

  it('fills the placeholders in the language the text is read in', () => {
    const facts = { today: '2026-12-04', calendar };
    expect(datePlaceholderVars(facts, 5, 'nb')).toEqual({ deadline: 'fredag 11. desember', workingDaysAhead: 'fredag 11. desember' });
    expect(datePlaceholderVars(facts, 1, 'en').deadline).toBe('Monday 7 December');
  });
});
