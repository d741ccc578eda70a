import { describe, expect, it } from 'vitest';
import type { RuleLanguage } from '../ids.ts';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { unexplainedAbbreviation } from './unexplained-abbreviation.ts';

const params = {
  abbreviations: [
    {
      forms: ['fvl.', 'fvl'],
      expansion: { nob: 'forvaltningsloven', nno: 'forvaltningslova', eng: 'the Public Administration Act' },
      explainedBy: ['forvaltningslov'],
    },
    { forms: ['TEK17', 'TEK 17'], expansion: { nob: 'byggteknisk forskrift (TEK17)' }, explainedBy: ['byggteknisk forskrift'] },
    { forms: ['UDI'], expansion: { nob: 'Utlendingsdirektoratet (UDI)', eng: 'the Directorate of Immigration (UDI)' } },
    { forms: ['FOIA'], expansion: { eng: 'the Freedom of Information Act' } },
  ],
};

function found(text: string, language: RuleLanguage = 'nob') {
  return unexplainedAbbreviation.detect(buildDetectorInput(text, { language, params })).map((h) => [text.slice(h.start, h.end), h.suggestions?.[0]]);
}

describe('unexplained-abbreviation detector', () => {
  it('reports an unexplained law abbreviation once, with the full name as the suggestion', () => {
    expect(found('Du kan klage, jf. fvl. § 29. Fristen følger av fvl. § 29 andre ledd.')).toEqual([['fvl.', 'forvaltningsloven']]);
  });

  it('suggests the name in the reply language', () => {
    expect(found('Du kan klage, jf. fvl. § 29.', 'nno')).toEqual([['fvl.', 'forvaltningslova']]);
    expect(found('You may appeal under fvl. § 28.', 'eng')).toEqual([['fvl.', 'the Public Administration Act']]);
  });

  it('matches a lower-case form in any case, and a capitalised form only as written', () => {
    expect(found('Fvl. § 11 a gjelder her.')).toEqual([['Fvl.', 'forvaltningsloven']]);
    expect(found('Vi har sendt saken til udi-avdelingen.')).toEqual([]);
    expect(found('Vi har sendt saken til UDI.')).toEqual([['UDI', 'Utlendingsdirektoratet (UDI)']]);
  });

  it.each([
    ['the full name elsewhere in the reply', 'Etter forvaltningsloven kan du klage. Fristen står i fvl. § 29.'],
    ['an inflected full name', 'Etter forvaltningslova kan du klage, jf. fvl. § 29.'],
    ['the short form introduced in brackets', 'Byggteknisk krav står i TEK17 (forskrifta om tekniske krav).'],
    ['the short form in brackets after the name', 'Utlendingsdirektoratet (UDI) har saken. UDI svarer deg.'],
  ])('stays silent when the reply explains it: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('skips an abbreviation without a name for the reply language', () => {
    expect(found('Vi viser til FOIA.', 'nob')).toEqual([]);
    expect(found('This follows from FOIA.', 'eng')).toEqual([['FOIA', 'the Freedom of Information Act']]);
  });

  it('finds a form written with a space', () => {
    expect(found('Rekkverket må følge TEK 17.')).toEqual([['TEK 17', 'byggteknisk forskrift (TEK17)']]);
  });

  it('does not match inside a longer word', () => {
    expect(found('Sjekk fvlx og TEK171.')).toEqual([]);
  });

  it('rejects malformed params', () => {
    expect(() => unexplainedAbbreviation.parseParams?.({})).toThrow(/abbreviations/);
    expect(() => unexplainedAbbreviation.parseParams?.({ abbreviations: [{ forms: [], expansion: { nob: 'x' } }] })).toThrow(/forms/);
    expect(() => unexplainedAbbreviation.parseParams?.({ abbreviations: [{ forms: ['x'], expansion: { nob: '' } }] })).toThrow(/expansion/);
  });
});
