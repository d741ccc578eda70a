// Every date the reply promises ("innen fredag", "by 4 December") becomes a hit, so the UI can
// offer "Påminn meg" for it. A promise the office cannot keep as written — a date already past,
// or a weekend/holiday/closing day — is raised to a warning.
import { formatNorwegianDate, isoWeekday } from '../calendar/dates.ts';
import { weekdayName } from '../calendar/names.ts';
import type { UiLanguage } from '../ids.ts';
import { perUiLanguage, type Detector, type DetectorHit } from './types.ts';
import { withFastWordStarts } from '../engine/word-start.ts';

const ID = 'date-promise';
const REPORTS = ['all', 'promises', 'past', 'closed', 'problems'];
// A promise *by* a date that happens to fall on a weekend ("innen 15. mai", a Saturday) is kept by
// finishing earlier; a weekend day the writer names ("innen lørdag") or a holiday or closing day
// ("innen 17. mai", julaften) is worth a second look.
// "før 1. januar" / "before 1 January": the work is done before that day, so a closed day is fine.
const BEFORE = /^(?:før|innen\s+før|before)(?![\p{L}])/iu;
const NAMED_WEEKDAY = withFastWordStarts(/(?<![\p{L}])(?:lørdag|laurdag|søndag|sundag|saturday|sunday)(?![\p{L}])/iu);

export const datePromise: Detector = {
  id: ID,
  description:
    'Dates promised in the reply (innen fredag, by 4 December), for reminders; warns when the date has passed or the office is closed. Params: report = "all" | "promises" (keepable ones) | "past" | "closed" | "problems" (past or closed).',
  parseParams(params) {
    const report = params['report'];
    if (report !== undefined && !REPORTS.includes(report as string)) throw new Error(`date-promise: params.report must be one of ${REPORTS.join(', ')}`);
  },
  detect({ language, context, today, calendar, params, dates }) {
    const report = (params['report'] as string | undefined) ?? 'all';
    const uiLanguage: UiLanguage = context.uiLanguage ?? (language === 'nno' ? 'nn' : 'nb');
    const hits: DetectorHit[] = [];
    for (const found of dates) {
      if (!found.promise) continue;
      // The reason first: most rules want only some dates, and the message values cost a little.
      let reason: 'past' | 'closed' | 'ok' = 'ok';
      if (found.date < today) reason = 'past';
      else if (!BEFORE.test(found.text) && !calendar.isWorkingDay(found.date) && (NAMED_WEEKDAY.test(found.text) || isoWeekday(found.date) <= 5))
        reason = 'closed';
      const wanted = report === 'all' || (report === 'promises' ? reason === 'ok' : report === 'problems' ? reason !== 'ok' : reason === report);
      if (!wanted) continue;
      const vars: Record<string, string> = {
        date: formatNorwegianDate(found.date),
        weekday: weekdayName(found.date, uiLanguage),
        isoDate: found.date,
      };
      if (reason !== 'ok') vars['reason'] = reason;
      const localVars = perUiLanguage((language) => ({ weekday: weekdayName(found.date, language) }));
      if (reason === 'closed') {
        const holiday = calendar.holidayName(found.date);
        if (holiday) vars['holiday'] = holiday;
      }
      hits.push({ start: found.start, end: found.end, severity: reason === 'ok' ? 'info' : 'warning', vars, localVars });
    }
    return hits;
  },
};
