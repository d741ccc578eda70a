// Pure formatting helpers for the panel: LIX bands, reply language names, dates, severities.
import type { Severity, UiLanguage } from '../rules/ids.ts';
import { localeOf, type MessageKey, type Translate } from './i18n.ts';

export type LixBand = 0 | 1 | 2 | 3 | 4;

/** Norwegian LIX bands: <30 svært lettlest, 30–40 lettlest, 40–50 middels, 50–60 vanskelig, >60 svært vanskelig. */
export function lixBand(lix: number): LixBand {
  if (lix < 30) return 0;
  if (lix < 40) return 1;
  if (lix < 50) return 2;
  if (lix <= 60) return 3;
  return 4;
}

export function lixBandLabel(lix: number, t: Translate): string {
  return t(`lixBand${lixBand(lix)}` as MessageKey);
}

const LANGUAGE_KEYS: Record<string, MessageKey> = {
  nob: 'langNob',
  nno: 'langNno',
  eng: 'langEng',
  und: 'langUnknown',
};

/** ISO 639-3 codes franc reports that Intl may not know by their three-letter form. */
const ISO3_TO_1: Record<string, string> = {
  swe: 'sv',
  dan: 'da',
  deu: 'de',
  fra: 'fr',
  spa: 'es',
  pol: 'pl',
  lit: 'lt',
  ukr: 'uk',
  rus: 'ru',
  ara: 'ar',
  som: 'so',
  tir: 'ti',
  fas: 'fa',
  pes: 'fa',
  tur: 'tr',
  ita: 'it',
  nld: 'nl',
  por: 'pt',
  fin: 'fi',
  isl: 'is',
  est: 'et',
  lav: 'lv',
  ron: 'ro',
  hun: 'hu',
  ces: 'cs',
  slk: 'sk',
  hrv: 'hr',
  srp: 'sr',
  bos: 'bs',
  vie: 'vi',
  tha: 'th',
  urd: 'ur',
  sme: 'se',
};

/** "Bokmål", "Nynorsk", "Engelsk" … for a franc language code. */
export function languageName(code: string, lang: UiLanguage, t: Translate): string {
  const key = LANGUAGE_KEYS[code];
  if (key) return t(key);
  const tag = ISO3_TO_1[code] ?? code;
  try {
    const name = new Intl.DisplayNames([localeOf(lang)], { type: 'language', fallback: 'none' }).of(tag);
    if (name) return name.charAt(0).toLocaleUpperCase(localeOf(lang)) + name.slice(1);
  } catch {
    // Unknown or malformed code: fall through.
  }
  return code;
}

/** "4. desember 2025" for a YYYY-MM-DD date, independent of the computer's time zone. */
export function formatDate(isoDate: string, lang: UiLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(localeOf(lang), {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** "14:32" for an ISO date-time, in local time. */
export function formatTime(isoDateTime: string, lang: UiLanguage): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(localeOf(lang), { hour: '2-digit', minute: '2-digit' }).format(date);
}

export function formatNumber(value: number, lang: UiLanguage, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits }).format(value);
}

const SEVERITY_KEYS: Record<Severity, MessageKey> = {
  info: 'severityInfo',
  suggestion: 'severitySuggestion',
  warning: 'severityWarning',
  critical: 'severityCritical',
};

export function severityLabel(severity: Severity, t: Translate): string {
  return t(SEVERITY_KEYS[severity]);
}
