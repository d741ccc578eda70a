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
