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

const MONTH_NAMES: Record<UiLanguage, readonly string[]> = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  nn: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** A date as people write it in a letter, without the year: nb/nn «fredag 11. desember», en «Friday 11 December». */
export function formatWeekdayDate(isoDate: string, language: UiLanguage): string {
  const month = MONTH_NAMES[language][Number(isoDate.slice(5, 7)) - 1]!;
  const day = Number(isoDate.slice(8, 10));
  return language === 'en' ? `${weekdayName(isoDate, language)} ${day} ${month}` : `${weekdayName(isoDate, language)} ${day}. ${month}`;
}
