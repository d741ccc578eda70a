// A weekday written next to a date it does not fall on ("mandag 10. desember" when 10 December
// is a Thursday): the citizen cannot know which of the two is meant, so a promise or a meeting
// goes wrong. Works on the dates the engine already found (findDates); the weekday is read from
// just before the day number, so "innen fredag, og 10. desember" (two separate times) is left alone.
// A date without a year is read as its next occurrence, but a weekday that fits the occurrence a
// few weeks back shows the writer meant that one ("by Friday 20 November" written on the 16th and
// read on the 23rd): the weekday settles the year, and nothing disagrees.
import { daysBetween, formatNorwegianDate, isoWeekday, isValidDate, makeDate } from '../calendar/dates.ts';
import { weekdayName } from '../calendar/names.ts';
import type { UiLanguage } from '../ids.ts';
import type { ResolvedDate } from '../types.ts';
import { perUiLanguage, type Detector, type DetectorHit } from './types.ts';
import { withFastWordStarts } from '../engine/word-start.ts';
import { RECENT_PAST_DAYS } from '../time/find-dates.ts';

/** Weekday names (bokmål, nynorsk, English) → ISO weekday 1 (Monday) … 7 (Sunday). */
const WEEKDAYS: Record<string, number> = {
  mandag: 1,
  måndag: 1,
  monday: 1,
  tirsdag: 2,
  tysdag: 2,
  tuesday: 2,
  onsdag: 3,
  wednesday: 3,
  torsdag: 4,
  thursday: 4,
  fredag: 5,
  friday: 5,
  lørdag: 6,
  laurdag: 6,
  saturday: 6,
  søndag: 7,
  sundag: 7,
  sunday: 7,
};
/** How far before the date's own span a weekday may stand ("onsdag den " is 11 characters). */
const LOOKBACK = 16;
// "fredag 4.", "fredag den 4.", "Friday, 4", "Friday the 4th": the weekday, then directly the day number.
const WEEKDAY_THEN_DAY = withFastWordStarts(
  new RegExp(String.raw`(?<!\p{L})(${Object.keys(WEEKDAYS).join('|')})[ \t\u00a0]*,?[ \t\u00a0]+(?:den[ \t\u00a0]+|the[ \t\u00a0]+)?(\d{1,2})(?!\d)`, 'giu'),
);

const HAS_YEAR = /(?<!\d)\d{4}(?!\d)/;

/** The yearless date's occurrence one year before, when that is at most RECENT_PAST_DAYS before today. */
function recentPastOccurrence(found: ResolvedDate, today: string): string | undefined {
  if (HAS_YEAR.test(found.text)) return undefined;
  const year = Number(found.date.slice(0, 4)) - 1;
  const month = Number(found.date.slice(5, 7));
  const day = Number(found.date.slice(8, 10));
  if (!isValidDate(year, month, day)) return undefined;
  const past = makeDate(year, month, day);
  const back = daysBetween(past, today);
  return back >= 0 && back <= RECENT_PAST_DAYS ? past : undefined;
}

export const weekdayMismatch: Detector = {
  id: 'weekday-mismatch',
  description: 'Ukedag som ikke stemmer med datoen ved siden av («mandag 10. desember» når 10. desember er en torsdag).',
  detect({ text, language, context, dates, today }) {
    const uiLanguage: UiLanguage = context.uiLanguage ?? (language === 'nno' ? 'nn' : language === 'eng' ? 'en' : 'nb');
    const hits: DetectorHit[] = [];
    for (const found of dates) {
      const from = Math.max(0, found.start - LOOKBACK);
      const window = text.slice(from, found.end);
      WEEKDAY_THEN_DAY.lastIndex = 0;
      for (let m = WEEKDAY_THEN_DAY.exec(window); m !== null; m = WEEKDAY_THEN_DAY.exec(window)) {
        const dayAt = from + m.index + m[0].length - m[2]!.length;
        // The day number must be the found date's own, not a number before it.
        if (dayAt < found.start || Number(m[2]) !== Number(found.date.slice(8, 10))) continue;
        const written = WEEKDAYS[m[1]!.toLowerCase()]!;
        if (written === isoWeekday(found.date)) continue;
        const past = recentPastOccurrence(found, today);
        if (past !== undefined && written === isoWeekday(past)) continue;
        const start = from + m.index;
        hits.push({
          start,
          end: found.end,
          vars: { written: m[1]!, weekday: weekdayName(found.date, uiLanguage), date: formatNorwegianDate(found.date) },
          localVars: perUiLanguage((language) => ({ weekday: weekdayName(found.date, language) })),
        });
        break;
      }
    }
    return hits;
  },
};
