import { describe, expect, it } from 'vitest';
import { categoryLabel, popoverLanguage, shared, t, valueAndSubgoal } from './strings.ts';
import { BUNDLED_RULE_SET } from '../../rules/standard/index.ts';

const labels = BUNDLED_RULE_SET.labels;

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
    expect(valueAndSubgoal('en', 'kompetent.klart-sprak', labels).value).toBe('Competent');
  });

  it('names values and sub-goals as the rule set does, like the side panel', () => {
    expect(valueAndSubgoal('nb', 'kompetent.kundeservice', labels)).toEqual({ value: 'Kompetent', subgoal: 'Profesjonell, positiv og hjelpsom' });
    expect(valueAndSubgoal('nn', 'kompetent.kundeservice', labels)).toEqual({ value: 'Kompetent', subgoal: 'Profesjonell, positiv og hjelpsam' });
    expect(valueAndSubgoal('en', 'palitelig.ta-ansvar', labels)).toEqual({ value: 'Reliable', subgoal: 'Takes ownership, keeps deadlines' });
    expect(shared('nn', 'replaceWithAria', { suggestion: 'om' })).toBe('Byt ut med «om»');
  });

  it('shows the ids made readable until the rule set’s names arrive', () => {
    expect(valueAndSubgoal('nb', 'kompetent.klart-sprak', undefined)).toEqual({ value: 'Kompetent', subgoal: 'Klart sprak' });
  });
});
