import type { UiLanguage } from '../ids.ts';
import { isoWeekday } from './dates.ts';

const WEEKDAY_NAMES: Record<UiLanguage, readonly string[]> = {
  nb: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  nn: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'søndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

export function weekdayName(isoDate: string, language: UiLanguage): string {
  return WEEKDAY_NAMES[language][isoWeekday(isoDate) - 1]!;
}

/** Month names, January first; bokmål and nynorsk spell them alike. */
const NORWEGIAN_MONTH_NAMES = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'] as const;
const ENGLISH_MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const MONTH_NAMES: Record<UiLanguage, readonly string[]> = { nb: NORWEGIAN_MONTH_NAMES, nn: NORWEGIAN_MONTH_NAMES, en: ENGLISH_MONTH_NAMES };

const numbered = (names: readonly string[]): Record<string, number> => Object.fromEntries(names.map((name, index) => [name, index + 1]));

/** Month name → month number (1–12), as the names are written. */
export const NORWEGIAN_MONTHS = numbered(NORWEGIAN_MONTH_NAMES);
export const ENGLISH_MONTHS = numbered(ENGLISH_MONTH_NAMES);
/** Abbreviations with their month; "mai"/"May" have none. English ones are capitalised, as written. */
export const NORWEGIAN_MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  des: 12,
};
export const ENGLISH_MONTH_ABBREVIATIONS: Record<string, number> = {
  Jan: 1,
  Feb: 2,
  Mar: 3,
  Apr: 4,
  Jun: 6,
  Jul: 7,
  Aug: 8,
  Sep: 9,
  Sept: 9,
  Oct: 10,
  Nov: 11,
  Dec: 12,
};

/** Every month name and abbreviation of both languages, lower-case → month, for text where case says nothing (mail headers). */
export const MONTHS_ANY_LANGUAGE: Record<string, number> = Object.fromEntries(
  [NORWEGIAN_MONTHS, ENGLISH_MONTHS, NORWEGIAN_MONTH_ABBREVIATIONS, ENGLISH_MONTH_ABBREVIATIONS].flatMap((table) =>
    Object.entries(table).map(([name, month]) => [name.toLowerCase(), month]),
  ),
);

/** The lower-case month names of a language as a regex alternation (no abbreviations). */
export const monthNameAlternation = (language: 'no' | 'en') =>
  (language === 'no' ? NORWEGIAN_MONTH_NAMES : ENGLISH_MONTH_NAMES).map((name) => name.toLowerCase()).join('|');

/** A date as people write it in a letter, without the year: nb/nn «fredag 11. desember», en «Friday 11 December». */
export function formatWeekdayDate(isoDate: string, language: UiLanguage): string {
  const month = MONTH_NAMES[language][Number(isoDate.slice(5, 7)) - 1]!;
  const day = Number(isoDate.slice(8, 10));
  return language === 'en' ? `${weekdayName(isoDate, language)} ${day} ${month}` : `${weekdayName(isoDate, language)} ${day}. ${month}`;
}
