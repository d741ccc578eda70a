import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../rules/ids.ts';
import {
  NOTIFICATION_STRINGS,
  OPTIONS_STRINGS,
  PANEL_STRINGS,
  POPOVER_STRINGS,
  RULE_SET_DIFF_STRINGS,
  RULE_SET_PROBLEM_STRINGS,
  TEMPLATE_STRINGS,
  translatorFor,
} from './index.ts';

const SCREENS = {
  panel: PANEL_STRINGS,
  templates: TEMPLATE_STRINGS,
  popover: POPOVER_STRINGS,
  notifications: NOTIFICATION_STRINGS,
  options: OPTIONS_STRINGS,
  ruleSetProblems: RULE_SET_PROBLEM_STRINGS,
  ruleSetDiff: RULE_SET_DIFF_STRINGS,
};
const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();

describe('UI texts', () => {
  for (const [screen, tables] of Object.entries(SCREENS)) {
    for (const lang of UI_LANGUAGES) {
      it(`${screen} in ${lang}: every key of bokmål, none empty, the same placeholders`, () => {
        const table = tables[lang] as Record<string, string>;
        const reference = tables.nb as Record<string, string>;
        expect(Object.keys(table).sort()).toEqual(Object.keys(reference).sort());
        for (const key of Object.keys(reference)) {
          expect(table[key], `${lang}.${key}`).toMatch(/\S/);
          expect(placeholders(table[key]!), `${lang}.${key}`).toEqual(placeholders(reference[key]!));
        }
      });
    }
  }

  it('the options page speaks nynorsk and English, not only bokmål', () => {
    const t = (lang: 'nb' | 'nn' | 'en') => translatorFor(OPTIONS_STRINGS, lang);
    expect(t('nb')('refreshNow')).toBe('Oppdater nå');
    expect(t('nn')('refreshNow')).toBe('Oppdater no');
    expect(t('en')('browseHeading', { count: 3 })).toBe('The rules of the set (3)');
  });
});
