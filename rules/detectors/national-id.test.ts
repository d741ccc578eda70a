import { describe, expect, it } from 'vitest';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { nationalId, nationalIdType } from './national-id.ts';

function detect(text: string, params: Record<string, unknown> = {}) {
  return nationalId.detect(buildDetectorInput(text, { params }));
}

describe('nationalIdType (vectors from shared/reference/domain-facts.md §3.1)', () => {
  it.each([
    ['13097248022', 'fnr'],
    ['29029648784', 'fnr'], // leap year
    ['29020075838', 'fnr'], // year 00 is a leap year
    ['15021951940', 'fnr'], // check digit "11" → 0
    ['31129956715', 'fnr'],
    ['53097248016', 'dnr'],
    ['13527248013', 'hnr'],
    ['10915596784', 'tnr'],
    ['68467038838', 'dnr-and-hnr'],
    ['50846202355', 'dnr-and-tnr'],
    ['02013299997', 'fnr'], // 2032 rule
    ['30108299920', 'fnr'],
    ['30108299939', 'fnr'], // valid only under the 2032 rule
    ['70108299914', 'dnr'],
    ['81234567802', 'fh'],
    ['91234567883', 'fh'],
  ])('%s is a valid %s', (digits, type) => {
    expect(nationalIdType(digits)).toBe(type);
  });

  it.each([
    '13097248032',
    '13097248023',
    '32127248022',
    '13137248022',
    '29020112345',
    '02013299987',
    '02013299996',
    '1234567890',
    '123456789101',
    '1234567891A',
    '81234567803',
  ])('%s is not a national id', (digits) => {
    expect(nationalIdType(digits)).toBeUndefined();
  });
});

describe('national-id detector', () => {
  it('finds a fødselsnummer and its exact span', () => {
    const text = 'Fødselsnummeret ditt er 13097248022, og saken er registrert.';
    const hits = detect(text);
    expect(hits).toHaveLength(1);
    expect(text.slice(hits[0]!.start, hits[0]!.end)).toBe('13097248022');
  });

  it('finds a number right after a label and a colon', () => {
    const text = 'Fnr:13097248022';
    expect(detect(text).map((h) => text.slice(h.start, h.end))).toEqual(['13097248022']);
  });

  it('reports eleven digits the writer calls an id even when a check digit fails, and only then', () => {
    const spans = (text: string) => detect(text).map((h) => text.slice(h.start, h.end));
    expect(spans('Vi har registrert nabovarselet på søker (fnr. 13097248032).')).toEqual(['13097248032']);
    expect(spans('Fødselsnummeret ditt er 13097248023, og saken er registrert.')).toEqual(['13097248023']);
    expect(spans('Your national identity number 32127248022 is registered with your GP.')).toEqual(['32127248022']);
    expect(spans('Ordrenummer 13097248032 er sendt.')).toEqual([]);
    expect(spans('Saka har nummer 13097248032.')).toEqual([]);
    // A birth date run on into five digits, and "national ID" without "number".
    expect(spans('Pasienten, f. 140339 48215, skal ha ny time.')).toEqual(['140339 48215']);
    expect(spans('Søkeren, født 140339 48215, bor i Fana.')).toEqual(['140339 48215']);
    expect(spans('His national ID 12078934561 is in our system.')).toEqual(['12078934561']);
    // A few words between the label and the number, and the English "D-number".
    expect(spans('Fødselsnummeret hans, 03118823456, må stå på søknaden.')).toEqual(['03118823456']);
    expect(spans('Fødselsnummeret ditt er registrert som 29027612345, sjekk at det stemmer.')).toEqual(['29027612345']);
    expect(spans('Your D-number 41018012345 is registered with us.')).toEqual(['41018012345']);
    expect(spans('I have looked you up in our system (personal number 03078934518).')).toEqual(['03078934518']);
    expect(spans('Your son (ID 02110698347) is registered at the clinic.')).toEqual(['02110698347']);
    expect(spans('Ordre-ID 02110698347 er sendt.')).toEqual([]);
    expect(spans('Fødselsnummeret ditt har vi ikke fått. Saka har nummer 13097248032.')).toEqual([]);
    // A possessive after a short label, and an id named further back in the same sentence.
    expect(spans('fnr ditt står som 14038745219 i systemet.')).toEqual(['14038745219']);
    expect(spans('Her er fødselsnummeret vi hadde registrert, sjekk om det stemmer: 03117944821.')).toEqual(['03117944821']);
    expect(spans('Du trenger ikke fødselsnummer, bare ordrenummeret 31129956716.')).toEqual([]);
    expect(spans('Fødselsnummer trengs ikke, referansen er 99999956716.')).toEqual([]);
    // A birth date in brackets right after a person's name stands for the person; after a label it does not.
    expect(spans('Emil (12051845632) did not turn up for his appointment.')).toEqual(['12051845632']);
    expect(spans('Kari Hansen (12051845632) har søkt om plass.')).toEqual(['12051845632']);
    expect(spans('Order (12051845632) was sent on Monday.')).toEqual([]);
    expect(spans('Mobil (12051845632).')).toEqual([]);
  });

  it('finds a number written with a space after the birth date', () => {
    const text = 'Personnummer: 130972 48022.';
    const hits = detect(text);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['130972 48022']);
  });

  it.each([
    ['fnr.13097248022', '13097248022'],
    ['f.nr.13097248022', '13097248022'],
    ['Fødselsnr. 13097248022', '13097248022'],
    ['D-nr.53097248016', '53097248016'],
    ['Fødselsnummer 130972-48022.', '130972-48022'],
    ['Personnummeret er 130972-48022, mottatt i dag.', '130972-48022'],
  ])('finds the number in «%s» (a label ending in a dot, the 6-5 hyphen form)', (text, span) => {
    expect(detect(text).map((h) => text.slice(h.start, h.end))).toEqual([span]);
  });

  it.each([
    ['Ordrenummer 31129956715 er sendt.', 'Ordrenummer'],
    ['Ordrenr. 31129956715', 'Ordrenr.'],
    ['Fakturanummer 130972 48022.', 'Fakturanummer'],
    ['Faktura nr. 13097248022', 'Faktura nr.'],
    ['Bestillingsnummer: 13097248022.', 'Bestillingsnummer'],
    ['Referanse: 13097248022', 'Referanse'],
    ['Vår ref.13097248022', 'ref.'],
    ['Saksnummer 13097248022', 'Saksnummer'],
    ['Kundenummer 130972-48022', 'Kundenummer'],
    ['Order no. 31129956715 has shipped.', 'Order no.'],
  ])('reports a valid id after a reference-style label and names the label: %s', (text, label) => {
    const hits = detect(text);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.vars?.['label']).toBe(`, selv om det står etter «${label}»`);
  });

  it('words the label in the UI language', () => {
    const input = buildDetectorInput('Reference: 13097248022', { params: {}, language: 'eng', context: { uiLanguage: 'en' } });
    expect(nationalId.detect(input)[0]?.vars?.['label']).toBe(', even though it follows "Reference"');
  });

  it.each([
    ['KID 13097248022 må brukes ved betaling.'],
    ['KID-nummer: 13097248022'],
    ['Betal til kontonummer 13097248022 innen fredag.'],
    ['Please pay to account 13097248022 by the due date.'],
  ])('takes a KID or the payee account of a payment for what the sentence says: %s', (text) => {
    // Their mod-11 check digit is the id's second one: one real account in six passes as an id.
    expect(detect(text)).toEqual([]);
  });

  it('leaves digits with an account word nearby to the account-number detector', () => {
    expect(detect('Kontonummeret ditt 13097248022 er registrert for utbetaling.')).toEqual([]);
  });

  it('reports digits labelled an id right before them, whatever account word stands further back', () => {
    const spans = (text: string) => detect(text).map((h) => text.slice(h.start, h.end));
    expect(spans('I checked your account (fødselsnummer 12048834567) and you are right.')).toEqual(['12048834567']);
    expect(spans('Kontoen din er knytt til fnr. 13097248022.')).toEqual(['13097248022']);
  });

  it.each([
    ['a dot that is part of a number', 'Beløpet er 1.13097248022 kroner.'],
    ['a host name', 'Se www.13097248022.no for mer.'],
    ['a hyphen inside a longer reference', 'Referanse 2026-130972-48022.'],
  ])('ignores %s', (_name, text) => {
    expect(detect(text)).toEqual([]);
  });

  it.each([
    ['phone numbers', 'Ring oss på 55 56 55 56 eller +47 912 34 567.'],
    ['dates', 'Møtet er 04.12.2026 kl. 12.30.'],
    ['organisation numbers', 'Org.nr. 123456785 og 701730496.'],
    ['case numbers', 'Saksnummer 2026/12345 og 2026/123456.'],
    ['amounts', 'Beløpet er 13 097 248 022 kroner, eller 1.200,50 kr.'],
    ['order numbers', 'Ordrenummer 130972480221 og ref. 1309724802.'],
    ['account numbers in 4.2.5 grouping', 'Betal til 1309 72 48022.'],
    ['account numbers with account words', 'Kontonummer: 12345678903, eller konto 13097248022.'],
    ['invalid checksums', 'Nummeret 13097248032 er feil.'],
  ])('ignores %s', (_name, text) => {
    expect(detect(text)).toEqual([]);
  });

  it('escalates to critical when a special-category word is in the text', () => {
    const text = 'Legeerklæringen for 13097248022 viser diagnose.';
    expect(detect(text, { escalateNear: ['diagnose', 'legeerklæring'] })[0]?.severity).toBe('critical');
    expect(detect('Søknaden for 13097248022 er mottatt.', { escalateNear: ['diagnose'] })[0]?.severity).toBeUndefined();
  });

  it('rejects malformed params', () => {
    expect(() => nationalId.parseParams?.({ escalateNear: 'diagnose' })).toThrow(/escalateNear/);
  });
});
