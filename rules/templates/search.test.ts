import { describe, expect, it } from 'vitest';
import { BUNDLED_RULE_SET } from '../standard/index.ts';
import { searchTemplates, suggestedTemplates } from './search.ts';

const templates = BUNDLED_RULE_SET.templates!;
const ids = (list: { id: string }[]) => list.map((t) => t.id);

describe('searchTemplates', () => {
  it('finds by words in any language, title matches first', () => {
    expect(ids(searchTemplates(templates, 'innsyn avslag'))[0]).toBe('innsyn-avslag');
    expect(ids(searchTemplates(templates, 'førebels'))).toEqual(['forelopig-svar']);
    expect(ids(searchTemplates(templates, 'appeal')).slice(0, 2)).toEqual(expect.arrayContaining(['innsyn-avslag']));
    expect(ids(searchTemplates(templates, 'Foreløpig SVAR'))[0]).toBe('forelopig-svar');
  });

  it('narrows by the inquiry’s kind', () => {
    const innsyn = searchTemplates(templates, '', 'innsyn');
    expect(ids(innsyn)).toEqual(['innsyn-innvilget', 'innsyn-avslag', 'innsyn-delvis']);
    expect(searchTemplates(templates, 'ros', 'innsyn')).toEqual([]);
  });
});

describe('suggestedTemplates', () => {
  it('suggests the complaint templates for a complaint', () => {
    const suggested = ids(suggestedTemplates(templates, 'complaint'));
    // Written first of all for complaints, then those that also serve one.
    expect(suggested.slice(0, 3)).toEqual(['klage-mottatt', 'klage-videre-behandling', 'beklagelse-feil']);
    expect(suggested).not.toContain('svar-ros');
    expect(suggestedTemplates(templates, undefined)).toEqual([]);
  });
});
