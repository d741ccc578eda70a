import { describe, expect, it } from 'vitest';
import { buildDetectorInput } from '../engine/detector-input.ts';
import type { RuleLanguage } from '../ids.ts';
import { nominalisation } from './nominalisation.ts';

const PARAMS = {
  verbs: {
    nob: { vurdering: ['vurdere', 'vurderer', 'vurderte', 'vurdert'], undersøkelse: ['undersøke', 'undersøker', 'undersøkte', 'undersøkt'] },
    nno: { vurdering: ['vurdere', 'vurderer', 'vurderte', 'vurdert'], undersøking: ['undersøkje', 'undersøkjer', 'undersøkte', 'undersøkt'] },
  },
  bare: { nob: ['gjøre'], nno: ['gjere'] },
};

function hits(text: string, language: RuleLanguage = 'nob', params: Record<string, unknown> = PARAMS) {
  return nominalisation.detect(buildDetectorInput(text, { language, params })).map((h) => [text.slice(h.start, h.end), h.suggestions?.[0]]);
}

describe('nominalisation detector', () => {
  it('replaces an empty verb + verbal noun (+ its preposition) with the verb, in the empty verb’s tense', () => {
    expect(hits('Vi skal foreta en vurdering av søknaden.')).toEqual([['foreta en vurdering av', 'vurdere']]);
    expect(hits('Vi foretok en grundig vurdering av saken.')).toEqual([['foretok en grundig vurdering av', 'vurderte']]);
    expect(hits('Saken er gjennomført en undersøkelse på.')).toEqual([['gjennomført en undersøkelse på', 'undersøkt']]);
  });

  it('finds the table entry from an inflected noun', () => {
    expect(hits('Vi foretar vurderingen nå.')).toEqual([['foretar vurderingen', 'vurderer']]);
  });

  it('gives a nynorsk reply nynorsk verbs', () => {
    expect(hits('Vi skal gjennomføre ei undersøking av saka.', 'nno')).toEqual([['gjennomføre ei undersøking av', 'undersøkje']]);
  });

  it('flags a strong empty verb with an unknown verbal noun, without a one-click suggestion', () => {
    expect(hits('Vi vil utføre en befaring.')).toEqual([['utføre en befaring', undefined]]);
  });

  it('reports bare «foreta» with the plain verb', () => {
    expect(hits('Vi må foreta oss noe.')).toEqual([['foreta', 'gjøre']]);
  });

  it.each([
    ['gjennomføre with an ordinary noun', 'Vi skal gjennomføre en befaring i morgen.'],
    ['a noun in -ing that is no verbal noun', 'Sjåføren utførte en sving.'],
    ['the passive «foretas» (left to the passive rule)', 'Det foretas en vurdering.'],
    ['an English reply', 'We will carry out an assessment.'],
  ])('leaves %s alone', (_what, text) => {
    expect(hits(text, /English/.test(_what) ? 'eng' : 'nob')).toEqual([]);
  });

  it('refuses malformed params', () => {
    expect(() => nominalisation.parseParams!({ verbs: [] })).toThrow(/params.verbs/);
    expect(() => nominalisation.parseParams!({ verbs: { nob: { vurdering: ['vurdere'] } } })).toThrow(/four verb forms/);
  });
});
