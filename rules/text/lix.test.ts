import { describe, expect, it } from 'vitest';
import { analyze } from './analysis.ts';
import { measure } from './lix.ts';

describe('LIX', () => {
  it('matches the lix-index oracle with the colon not ending the sentence (Salling: lower case follows)', () => {
    const text = 'Dette er en lang tekst. Den har noen, men ikke så mange, kjempevanskelige ord. Her er et eksempel på et slikt ord: onomatopoetikon.';
    const m = measure(analyze(text));
    expect(m).toMatchObject({ words: 23, sentences: 3, longWords: 3, lix: 20.71 });
  });

  it('is 0 for empty text and text without words', () => {
    expect(measure(analyze('')).lix).toBe(0);
    expect(measure(analyze('  \n ')).lix).toBe(0);
  });

  it('does not count numbers, abbreviations or URLs as long words', () => {
    const m = measure(analyze('Ring 12345678901 ca. kl. 12.30 eller se https://www.bergen.kommune.no.'));
    expect(m.longWords).toBe(0);
  });
});
