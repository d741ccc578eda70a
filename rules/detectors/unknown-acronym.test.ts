import { describe, expect, it } from 'vitest';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { unknownAcronym } from './unknown-acronym.ts';

const PARAMS = { known: ['NAV', 'NOK', 'EU'] };
function spans(text: string) {
  return unknownAcronym.detect(buildDetectorInput(text, { params: PARAMS })).map((h) => text.slice(h.start, h.end));
}

describe('unknown-acronym detector', () => {
  it('reports an acronym no list knows, once, at its first use', () => {
    expect(spans('Saken er sendt til PPT. PPT tar kontakt med skolen, og BYA er for høy.')).toEqual(['PPT', 'BYA']);
    expect(spans('Kontakt BUP Bergen eller Helsestasjonen PPT i dag.')).toEqual(['BUP', 'PPT']);
  });

  it.each([
    ['a known acronym', 'Du får svar fra NAV innen to uker.'],
    ['an acronym introduced in brackets after its name', 'Saken er sendt til pedagogisk-psykologisk tjeneste (PPT), og PPT tar kontakt.'],
    ['an acronym explained in brackets after it', 'BUP (barne- og ungdomspsykiatrisk poliklinikk) tar kontakt.'],
    ['capitals next to capitals (shouting)', 'Det er IKKE LOV å parkere der.'],
    ['letters before a number (a registration plate)', 'Bilen din, EL 48213, er registrert.'],
    ['letters between two capitalised words (a name)', 'Velkommen til Kulturhuset USF Verftet på torsdag.'],
    ['a known acronym opening a compound', 'NAV-kontoret ringer deg.'],
    ['the tail of a compound', 'Vi sender et e-NOK-varsel.'],
    ['the signature', 'Vi svarer innen fredag.\n\nMed vennlig hilsen\nKari Nordmann\nPBE'],
    ['a single capital or a long capitalised word', 'Vi viser til vedlegg A. SØKNADEN er mottatt.'],
    ['an ordinary word in capitals that the reply also writes small', 'HUSK å ta med kortet. Husk kvitteringen også.'],
    ['a short word put in capitals for emphasis', 'The signed form MUST be handed in. Søknaden MÅ vere inne, og HUSK vedlegga.'],
    ['a conjunction put in capitals', 'We did come on Tuesday, BUT the gate was locked.'],
    ['an intensifier put in capitals', 'Det er HEILT fullt på laurdagane, og HELT umogleg å få tid.'],
    ['a count or a repeat put in capitals', 'As I have now explained THREE times, please NOTE this. Du har sendt bilete IGJEN.'],
  ])('leaves alone %s', (_name, text) => {
    expect(spans(text)).toEqual([]);
  });

  it("leaves the sender's own acronym, named in the signature, and initials in a reference", () => {
    expect(spans('Hei Espen,\n\nPPT viser til møtet 5. november.\n\nMed helsing\nPPT Bergen')).toEqual([]);
    expect(spans('Hei Espen,\n\nSaka er sendt til PPT.\n\nMed helsing\nKari Nes\nBUP Bergen')).toEqual(['PPT']);
    expect(spans('Vår ref.: HM/2291\n\nGebyret står ved lag.')).toEqual([]);
  });

  it('still reports an acronym whose letters the reply never writes small', () => {
    expect(spans('Søknaden om BPA er mottatt, og vi svarer om BPA innen to veker.')).toEqual(['BPA']);
    // After an article it names a thing, even when the same letters are a common word.
    expect(spans('Pursuant to the associated FOR on admission, places are given for one year.')).toEqual(['FOR']);
  });

  it('reports an unknown acronym that opens a compound, at the acronym', () => {
    expect(spans('VA-gebyret er endret, og IPLOS-registreringen er gjort.')).toEqual(['VA', 'IPLOS']);
  });

  it('reports an acronym after a symbol and letters joined by an ampersand, not a compound tail', () => {
    expect(spans('Tilbygget gjer at tillaten %-BYA blir overskriden.')).toEqual(['BYA']);
    expect(spans('Please contact the O&M department about the heating.')).toEqual(['O&M']);
    expect(spans('Our Operations and Maintenance (O&M) team will come.')).toEqual([]);
    expect(spans('Du kan logge inn på e-NAV.')).toEqual([]);
  });

  it('refuses a known list that is not words', () => {
    expect(() => unknownAcronym.parseParams?.({ known: 'NAV' }, new Map())).toThrow(/known/);
  });
});
