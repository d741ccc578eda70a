import { describe, expect, it } from 'vitest';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { caps, firstIsUpperCase, secondIsLowerCase } from './caps.ts';

const ALLOW = { allow: ['NAV', 'NRK', 'EU', 'BKSAK', 'HELFO'] };
function hits(text: string, params: Record<string, unknown> = ALLOW) {
  return caps.detect(buildDetectorInput(text, { params })).map((h) => [text.slice(h.start, h.end), h.suggestions?.[0]]);
}

describe('caps detector', () => {
  it("leaves a letter's title in capitals alone, but not a shouted line", () => {
    expect(hits('VEDTAK – SØKNAD OM DRIFTSTILSKOT 2027\n\nVi viser til søknaden din.').map((h) => h[0])).toEqual([]);
    // A lawyer's letter names the matter and the client in the title.
    expect(hits('KLAGE PÅ VEDTAK OM REDUKSJON AV PRAKTISK BISTAND – KNUT OLAV RIISE, FØDT 14. MARS 1939\n\nVi viser til brevet.').map((h) => h[0])).toEqual([]);
    expect(hits('DECISION ON DEDUCTION IN INTRODUCTION BENEFIT\n\nWith reference to your absence.').map((h) => h[0])).toEqual([]);
    expect(hits('Hei!\n\nDU MÅ BETALE INNEN FREDAG!!!\n\nHilsen Ola').map((h) => h[0])).toEqual(['DU MÅ BETALE INNEN FREDAG']);
    expect(hits('VI MØTEST VED HOVUDINNGANGEN\nIkkje ved biblioteket.').map((h) => h[0])).toEqual(['VI MØTEST VED HOVUDINNGANGEN']);
  });

  it('flags a long word in capitals and suggests it in lower case', () => {
    expect(hits('Dette er VIKTIG for saken.')).toEqual([['VIKTIG', 'viktig']]);
  });

  it('capitalises the suggestion at the start of a sentence or line', () => {
    expect(hits('VIKTIG: les dette. HUSK FRISTEN.\nOBSERVER dette.')).toEqual([
      ['VIKTIG', 'Viktig'],
      ['HUSK FRISTEN', 'Husk fristen'],
      ['OBSERVER', 'Observer'],
    ]);
  });

  it('leaves payment codes alone: IBAN and BIC with their codes, words with digits', () => {
    expect(hits('Pay to IBAN NO53 1503 1234 567, BIC SPAVNOBB, reference A4.')).toEqual([]);
    expect(hits('Betal til konto, og HUSK DET.')).toEqual([['HUSK DET', 'husk det']]);
  });

  it('flags a run of short capitalised words as one span', () => {
    expect(hits('Du må IKKE GLEM å sende den.')).toEqual([['IKKE GLEM', 'ikke glem']]);
  });

  it('keeps allowed acronyms in the suggestion, also inside hyphenated words', () => {
    expect(hits('Gå til NAV-KONTORET eller RING NAV I DAG.')).toEqual([
      ['NAV-KONTORET', 'NAV-kontoret'],
      ['RING NAV I DAG', 'ring NAV i dag'],
    ]);
  });

  it.each([
    ['short acronyms', 'Kontakt NAV, NRK eller UDI om saken.'],
    ['allowed long acronyms', 'Saken ligger i BKSAK, og HELFO har fått kopi.'],
    ['an acronym next to an allowed one', 'Reglene fra EU og NAV gjelder.'],
    ['a single capital letter', 'I dag svarer vi. Å søke er enkelt.'],
    ['dotted abbreviations', 'Se F.EKS. vedlegget.'],
    ['URLs and e-mail addresses', 'Se https://WWW.BERGEN.KOMMUNE.NO eller skriv til POSTMOTTAK@BERGEN.KOMMUNE.NO.'],
    ['capitals on different lines', 'NAV\nUDI'],
  ])('ignores %s', (_name, text) => {
    expect(hits(text)).toEqual([]);
  });

  it('rejects malformed params', () => {
    expect(() => caps.parseParams?.({ allow: 'NAV' })).toThrow(/allow/);
  });

  it('leaves organisation names and the signature below the closing alone', () => {
    const found = (text: string) => caps.detect(buildDetectorInput(text)).map((h) => text.slice(h.start, h.end));
    expect(found('Brevet er fra BERGEN KOMMUNE.')).toEqual([]);
    expect(found('Hei Kari,\nDu må IKKE GLEMME vedlegget.\n\nVennlig hilsen\nOla Hansen\nSERVICETORGET')).toEqual(['IKKE GLEMME']);
  });

  it('flags a short word from params.shout, which is never an acronym, and leaves other short capitals alone', () => {
    const params = { ...ALLOW, shout: ['IKKE', 'NOT'] };
    expect(hits('Det er IKKE noe feil med vannet.', params)).toEqual([['IKKE', 'ikke']]);
    expect(hits('You must NOT park here.', params)).toEqual([['NOT', 'not']]);
    expect(hits('Det er IKKE noe feil med vannet.')).toEqual([]);
    expect(hits('Saken er i BKSAK, og NAV har den.', params)).toEqual([]);
  });
});

describe('caps: the first-letters pre-check', () => {
  it('reads every UTF-16 code unit as toLowerCase() and toUpperCase() do', () => {
    const differing: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (firstIsUpperCase(`${c}x`) !== (c !== c.toLowerCase())) differing.push(`first U+${code.toString(16)}`);
      if (secondIsLowerCase(`x${c}`) !== (c !== c.toUpperCase())) differing.push(`second U+${code.toString(16)}`);
    }
    expect(differing).toEqual([]);
  });
});
