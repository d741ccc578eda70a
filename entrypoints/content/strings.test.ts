import { describe, expect, it } from 'vitest';
import { categoryLabel, popoverLanguage, shared, t, valueAndSubgoal } from './strings.ts';

describe('popover language', () => {
  it('speaks the chosen UI language, else nynorsk to a nynorsk reply and bokmål otherwise', () => {
    expect(popoverLanguage('nno')).toBe('nn');
    expect(popoverLanguage('nob', 'nn')).toBe('nn');
    expect(popoverLanguage('nob', 'en')).toBe('en');
    expect(popoverLanguage('nno', 'nb')).toBe('nb');
    expect(popoverLanguage('nob')).toBe('nb');
    expect(popoverLanguage('eng')).toBe('nb');
    expect(popoverLanguage(undefined)).toBe('nb');
  });

  it('has the popover’s words in both', () => {
    expect(t('nb', 'ignore')).toBe('Ignorer');
    expect(t('nb', 'panel')).toBe('Mer i sidepanelet');
    expect(t('nn', 'panel')).toBe('Meir i sidepanelet');
    expect(t('nn', 'dialog')).toBe('Råd frå Svarhjelp');
    expect(categoryLabel('nn', 'personal-data')).toBe('Personopplysningar');
    expect(t('en', 'ignore')).toBe('Ignore');
    expect(categoryLabel('en', 'clarity')).toBe('Plain language');
    expect(valueAndSubgoal('en', 'kompetent.klart-sprak').value).not.toBe('Kompetent');
  });

  it('reuses the side panel’s names of values and sub-goals', () => {
    expect(valueAndSubgoal('nb', 'palitelig.forutsigbar')).toEqual({ value: 'Pålitelig', subgoal: 'Forutsigbar' });
    expect(valueAndSubgoal('nn', 'palitelig.forutsigbar')).toEqual({ value: 'Påliteleg', subgoal: 'Føreseieleg' });
    expect(shared('nn', 'replaceWithAria', { suggestion: 'om' })).toBe('Byt ut med «om»');
  });
});
