// Every date the reply promises ("innen fredag", "by 4 December") becomes a hit, so the UI can
// offer "Påminn meg" for it. A promise the office cannot keep as written — a date already past,
// or a weekend/holiday/closing day — is raised to a warning.
import { calendarFromParams, validateCalendarParams } from '../calendar/from-params.ts';
import { formatNorwegianDate } from '../calendar/dates.ts';
import { weekdayName } from '../calendar/names.ts';
import type { UiLanguage } from '../ids.ts';
import { findDates } from '../time/find-dates.ts';
import type { Detector, DetectorHit } from './types.ts';

const ID = 'date-promise';

export const datePromise: Detector = {
  id: ID,
  description:
    'Dates promised in the reply (innen fredag, by 4 December), for reminders; warns when the date has passed or the office is closed. Params: extraClosedDays, closedEveryYear.',
  parseParams(params) {
    validateCalendarParams(params, ID);
  },
  detect({ text, language, context, today, params }) {
    const calendar = calendarFromParams(params, ID);
    const uiLanguage: UiLanguage = context.uiLanguage ?? (language === 'nno' ? 'nn' : 'nb');
    const hits: DetectorHit[] = [];
    for (const found of findDates(text, language, today, calendar)) {
      if (!found.promise) continue;
      const vars: Record<string, string> = {
        date: formatNorwegianDate(found.date),
        weekday: weekdayName(found.date, uiLanguage),
        isoDate: found.date,
      };
      let severity: DetectorHit['severity'] = 'info';
      if (found.date < today) {
        severity = 'warning';
        vars['reason'] = 'past';
      } else if (!calendar.isWorkingDay(found.date)) {
        severity = 'warning';
        vars['reason'] = 'closed';
        const holiday = calendar.holidayName(found.date);
        if (holiday) vars['holiday'] = holiday;
      }
      hits.push({ start: found.start, end: found.end, severity, vars });
    }
    return hits;
  },
};
