import { describe, expect, it } from 'vitest';
import { SUBGOAL_IDS, UI_LANGUAGES, VALUE_IDS } from '../rules/ids.ts';
import { MESSAGES, format, translator, uiLanguageFromBrowser } from './i18n.ts';

describe('i18n tables', () => {
  const reference = Object.keys(MESSAGES.nb).sort();

  for (const lang of UI_LANGUAGES) {
    it(`${lang} has every key, non-empty, with the same placeholders as nb`, () => {
      const table = MESSAGES[lang] as Record<string, string>;
      expect(Object.keys(table).sort()).toEqual(reference);
      for (const key of reference) {
        expect(table[key], `${lang}.${key}`).toMatch(/\S/);
        const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect(placeholders(table[key]!), `${lang}.${key}`).toEqual(placeholders((MESSAGES.nb as Record<string, string>)[key]!));
      }
    });
  }

  it('names no value or sub-goal: those names come from the rule set only', () => {
    for (const id of VALUE_IDS) expect(MESSAGES.nb).not.toHaveProperty([`value.${id}`]);
    for (const id of SUBGOAL_IDS) expect(MESSAGES.nb).not.toHaveProperty([`subgoal.${id}`]);
  });

  it('nynorsk is nynorsk, not bokmål', () => {
    expect(MESSAGES.nn.emptyNoFindings).toBe('Ingen funn – svaret følgjer servicestandarden så langt Svarhjelp kan sjå.');
    expect(MESSAGES.nn.emptyNoState).not.toBe(MESSAGES.nb.emptyNoState);
  });

  it('bokmål texts are the ones the panel promises', () => {
    expect(MESSAGES.nb.emptyNoState).toBe('Begynn å skrive et svar i et tekstfelt, så viser Svarhjelp råd her.');
    expect(MESSAGES.nb.emptyNoFindings).toBe('Ingen funn – svaret følger servicestandarden så langt Svarhjelp kan se.');
  });
});

describe('translator', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(translator('nn')('deadlineOk', { date: '1. mars', n: 3 })).toBe('Frist 1. mars – 3 arbeidsdagar att');
    expect(format('{a} {b}', { a: 1 })).toBe('1 {b}');
  });

  it('picks the UI language from the browser: nn → nynorsk, en → English, else bokmål', () => {
    expect(uiLanguageFromBrowser('nn-NO')).toBe('nn');
    expect(uiLanguageFromBrowser('nb')).toBe('nb');
    expect(uiLanguageFromBrowser('no')).toBe('nb');
    expect(uiLanguageFromBrowser('en-US')).toBe('en');
    expect(uiLanguageFromBrowser('sv-SE')).toBe('nb');
    expect(uiLanguageFromBrowser(undefined)).toBe('nb');
  });
});
