import { describe, expect, it } from 'vitest';
import type { RuleLanguage, UiLanguage } from '../ids.ts';
import { createCalendar, type CalendarOptions } from '../calendar/calendar.ts';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { datePromise } from './date-promise.ts';

const WEDNESDAY = '2026-11-25';

function detect(text: string, options: { language?: RuleLanguage; today?: string; uiLanguage?: UiLanguage; calendar?: CalendarOptions } = {}) {
  const context = options.uiLanguage ? { uiLanguage: options.uiLanguage } : {};
  return datePromise
    .detect(
      buildDetectorInput(text, {
        language: options.language ?? 'nob',
        context,
        today: options.today ?? WEDNESDAY,
        calendar: createCalendar(options.calendar),
      }),
    )
    .map((hit) => ({ phrase: text.slice(hit.start, hit.end), severity: hit.severity, vars: hit.vars }));
}

describe('date-promise detector', () => {
  it('reports each promised date as info with date and weekday', () => {
    expect(detect('Vi svarer innen fredag, og sender vedtaket senest 4. desember.')).toEqual([
      { phrase: 'innen fredag', severity: 'info', vars: { date: '27.11.2026', weekday: 'fredag', isoDate: '2026-11-27' } },
      { phrase: 'senest 4. desember', severity: 'info', vars: { date: '04.12.2026', weekday: 'fredag', isoDate: '2026-12-04' } },
    ]);
  });

  it('ignores dates that are not promised', () => {
    expect(detect('Vi ringer deg på fredag. Møtet var 4. desember 2025.')).toEqual([]);
  });

  it('warns about a promised date in the past', () => {
    expect(detect('Du får svar innen 4. desember 2025.')).toEqual([
      { phrase: 'innen 4. desember 2025', severity: 'warning', vars: { date: '04.12.2025', weekday: 'torsdag', isoDate: '2025-12-04', reason: 'past' } },
    ]);
  });

  it('warns about a promise on a weekend or a holiday', () => {
    expect(detect('Du får svar innen lørdag.')[0]).toMatchObject({ severity: 'warning', vars: { reason: 'closed', weekday: 'lørdag' } });
    // 2. pinsedag and 17. mai 2027 are the same day.
    const [may17] = detect('Du får svar innen 17. mai.', { today: '2027-05-03' });
    expect(may17).toMatchObject({ severity: 'warning', vars: { date: '17.05.2027', weekday: 'mandag', reason: 'closed' } });
    expect(may17!.vars!['holiday']).toMatch(/2\. pinsedag/);
    expect(detect('Svar innen 2. april.', { today: '2026-03-20' })[0]).toMatchObject({
      severity: 'warning',
      vars: { reason: 'closed', holiday: 'Skjærtorsdag' },
    });
  });

  it('takes office closing days from the rule set calendar', () => {
    expect(detect('Svar innen 24. desember.')[0]!.severity).toBe('info');
    expect(detect('Svar innen 24. desember.', { calendar: { closedEveryYear: ['12-24'] } })[0]).toMatchObject({
      severity: 'warning',
      vars: { reason: 'closed' },
    });
  });

  it('does not warn about computed deadlines, which already skip closed days', () => {
    // Wednesday + 3 days = Saturday → Monday 30.11.
    expect(detect('Du får svar innen 3 dager.')).toEqual([
      { phrase: 'innen 3 dager', severity: 'info', vars: { date: '30.11.2026', weekday: 'mandag', isoDate: '2026-11-30' } },
    ]);
  });

  it('names the weekday in nynorsk and English', () => {
    expect(detect('Du får svar innan tysdag.', { language: 'nno' })[0]!.vars).toMatchObject({ date: '01.12.2026', weekday: 'tysdag' });
    expect(detect('You will hear from us by Tuesday.', { language: 'eng', uiLanguage: 'en' })[0]!.vars).toMatchObject({
      date: '01.12.2026',
      weekday: 'Tuesday',
    });
    expect(detect('You will hear from us by Tuesday.', { language: 'eng' })[0]!.vars!['weekday']).toBe('tirsdag');
  });

  it('crosses the year boundary', () => {
    expect(detect('Svar innen 5 arbeidsdager.', { today: '2026-12-28' })[0]!.vars).toMatchObject({ date: '05.01.2027', weekday: 'tirsdag' });
    expect(detect('Svar innen 1. januar.', { today: '2026-12-20' })[0]).toMatchObject({
      severity: 'warning',
      vars: { reason: 'closed', holiday: 'Nyttårsdag' },
    });
  });
});
