import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/calendar.ts';
import type { DeadlinePolicy } from '../ruleset/types.ts';
import { deadlineStatus } from './deadline-status.ts';

const calendar = createCalendar();

const INNSYN: DeadlinePolicy = {
  id: 'innsyn-5-arbeidsdager',
  label: { nb: 'Svar på innsynskrav', nn: 'Svar på innsynskrav (nn)', en: 'Answer to access request' },
  appliesTo: ['innsyn'],
  workingDays: 5,
  legalReference: 'offentleglova § 32',
  advice: { nb: 'Uten svar innen fem arbeidsdager regnes kravet som avslått.' },
};
const FORELOPIG: DeadlinePolicy = {
  id: 'forelopig-svar',
  label: { nb: 'Foreløpig svar' },
  appliesTo: ['enkeltvedtak', 'complaint'],
  months: 1,
  legalReference: 'forvaltningsloven § 11 a',
};

function status(receivedDate: string, today: string, kind: 'innsyn' | 'enkeltvedtak' | 'question' = 'innsyn', uiLanguage: 'nb' | 'nn' | 'en' = 'nb') {
  return deadlineStatus({ receivedDate, kind, policies: [INNSYN, FORELOPIG], today, calendar, uiLanguage });
}

describe('deadlineStatus', () => {
  it('applies only the policies for the inquiry kind', () => {
    expect(status('2026-11-25', '2026-11-25', 'question').policies).toEqual([]);
    expect(status('2026-11-25', '2026-11-25', 'innsyn').policies.map((p) => p.policyId)).toEqual(['innsyn-5-arbeidsdager']);
    expect(status('2026-11-25', '2026-11-25', 'enkeltvedtak').policies.map((p) => p.policyId)).toEqual(['forelopig-svar']);
  });

  it('counts working days over Easter (NoCommons vector)', () => {
    const [innsyn] = status('2007-04-04', '2007-04-11').policies;
    expect(innsyn).toEqual({
      policyId: 'innsyn-5-arbeidsdager',
      label: 'Svar på innsynskrav',
      dueDate: '2007-04-16',
      workingDaysLeft: 3, // Thu 12, Fri 13, Mon 16
      status: 'ok',
      legalReference: 'offentleglova § 32',
      advice: 'Uten svar innen fem arbeidsdager regnes kravet som avslått.',
      labels: { nb: 'Svar på innsynskrav', nn: 'Svar på innsynskrav (nn)', en: 'Answer to access request' },
      // No nynorsk or English advice in the set: bokmål stands in.
      advices: {
        nb: 'Uten svar innen fem arbeidsdager regnes kravet som avslått.',
        nn: 'Uten svar innen fem arbeidsdager regnes kravet som avslått.',
        en: 'Uten svar innen fem arbeidsdager regnes kravet som avslått.',
      },
    });
  });

  it('is due-today on the due date and overdue after it', () => {
    expect(status('2026-11-25', '2026-12-02').policies[0]).toMatchObject({ dueDate: '2026-12-02', status: 'due-today', workingDaysLeft: 0 });
    expect(status('2026-11-25', '2026-12-03').policies[0]).toMatchObject({ status: 'overdue', workingDaysLeft: -1 });
    expect(status('2026-11-25', '2026-12-09').policies[0]).toMatchObject({ status: 'overdue', workingDaysLeft: -5 });
  });

  it('counts an overdue weekend as at least one day late', () => {
    // Received Fri 2026-11-20 → due Fri 2026-11-27; Saturday is already late.
    expect(status('2026-11-20', '2026-11-28').policies[0]).toMatchObject({ dueDate: '2026-11-27', status: 'overdue', workingDaysLeft: -1 });
  });

  it('runs a month to the same day, clamped at month end', () => {
    expect(status('2026-11-10', '2026-11-10', 'enkeltvedtak').policies[0]!.dueDate).toBe('2026-12-10');
    // 31.01.2028 + 1 month → 29.02.2028 (Tuesday, leap year).
    expect(status('2028-01-31', '2028-02-01', 'enkeltvedtak').policies[0]!.dueDate).toBe('2028-02-29');
  });

  it('moves a month deadline off weekends and holidays (domstolloven § 149)', () => {
    // 2026-02-28 is a Saturday → Monday 2026-03-02.
    expect(status('2026-01-31', '2026-02-02', 'enkeltvedtak').policies[0]!.dueDate).toBe('2026-03-02');
    // 17.05.2027 (2. pinsedag and 17. mai) after Sat 15, Sun 16 → Tuesday 18.05.
    expect(status('2027-04-15', '2027-04-15', 'enkeltvedtak').policies[0]!.dueDate).toBe('2027-05-18');
    // Across the year boundary: 25.12.2026 → Monday 28.12.2026 (26.12 Sat, 27.12 Sun).
    expect(status('2026-11-25', '2026-11-25', 'enkeltvedtak').policies[0]!.dueDate).toBe('2026-12-28');
  });

  it('uses the UI language with a fallback to bokmål', () => {
    expect(status('2026-11-25', '2026-11-25', 'innsyn', 'nn').policies[0]).toMatchObject({
      label: 'Svar på innsynskrav (nn)',
      advice: 'Uten svar innen fem arbeidsdager regnes kravet som avslått.',
    });
    expect(status('2026-11-25', '2026-11-25', 'innsyn', 'en').policies[0]!.label).toBe('Answer to access request');
    expect(status('2026-11-25', '2026-11-25', 'enkeltvedtak', 'en').policies[0]!.label).toBe('Foreløpig svar');
  });

  it('accepts a date-time receipt and honours office closing days', () => {
    const closed = createCalendar({ closedEveryYear: ['12-24', '12-31'] });
    const result = deadlineStatus({
      receivedDate: '2026-12-21T09:15:00',
      kind: 'innsyn',
      policies: [INNSYN],
      today: '2026-12-22',
      calendar: closed,
      uiLanguage: 'nb',
    });
    expect(result.receivedDate).toBe('2026-12-21');
    // Tue 22, Wed 23, (24 closed, 25 holiday), Mon 28, Tue 29, Wed 30.
    expect(result.policies[0]).toMatchObject({ dueDate: '2026-12-30', workingDaysLeft: 4, status: 'ok' });
  });

  it('rejects a malformed date', () => {
    expect(() => status('24.12.2026', '2026-12-24')).toThrow(RangeError);
  });
});
