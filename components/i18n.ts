// The side panel's texts (tables in ui-strings/, one per language) and the helpers every screen
// shares: the translate function, the names of the UI languages, the locale for dates.
import type { UiLanguage } from '../rules/ids.ts';
import { PANEL_STRINGS, format, translatorFor, type PanelStrings } from './ui-strings/index.ts';

export { format };
export type MessageKey = keyof PanelStrings;
export type MessageTable = PanelStrings;

export const MESSAGES: Record<UiLanguage, MessageTable> = PANEL_STRINGS;

/** Names of the UI languages, each in its own language (for the selector). */
export const UI_LANGUAGE_NAMES: Record<UiLanguage, string> = {
  nb: 'Bokmål',
  nn: 'Nynorsk',
  en: 'English',
};

export const DEFAULT_UI_LANGUAGE: UiLanguage = 'nb';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: UiLanguage): Translate {
  return translatorFor(PANEL_STRINGS, lang);
}

// Shared with the background (reminder notifications): rules/ids.ts.
export { isUiLanguage, uiLanguageFromBrowser } from '../rules/ids.ts';

/** BCP 47 locale for dates and numbers. */
export function localeOf(lang: UiLanguage): string {
  return lang === 'en' ? 'en-GB' : lang === 'nn' ? 'nn-NO' : 'nb-NO';
}
