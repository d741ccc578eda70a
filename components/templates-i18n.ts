// The «Svarmaler» tab's and the staff-profile fields' texts (tables in ui-strings/).
import type { UiLanguage } from '../rules/ids.ts';
import { TEMPLATE_STRINGS, translatorFor, type TemplateStrings } from './ui-strings/index.ts';

type Key = keyof TemplateStrings;

export const TEMPLATE_MESSAGES: Record<UiLanguage, TemplateStrings> = TEMPLATE_STRINGS;
export type TemplateMessageKey = Key;

export function templateTranslator(lang: UiLanguage) {
  return translatorFor(TEMPLATE_STRINGS, lang);
}
