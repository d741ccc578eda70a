import { describe, expect, it } from 'vitest';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { accountNumber, isAccountNumber } from './account-number.ts';
import { nationalId } from './national-id.ts';

const input = (text: string, params: Record<string, unknown> = {}) => buildDetectorInput(text, { params });
const spans = (text: string, params: Record<string, unknown> = {}) => accountNumber.detect(input(text, params)).map((h) => text.slice(h.start, h.end));

describe('isAccountNumber (domain-facts §3.2)', () => {
  it.each(['12345678903', '32074068323', '86011117947'])('%s has a valid control digit', (digits) => {
    expect(isAccountNumber(digits)).toBe(true);
  });
  it.each(['12345678901', '32074068324', '00001234567', '1234567890', '123456789031', '1234567890A'])('%s is not an account number', (digits) => {
    expect(isAccountNumber(digits)).toBe(false);
  });
});

describe('account-number detector', () => {
  it.each([
    ['4.2.5 with spaces', 'Betal til 1234 56 78903 innen fredag.', '1234 56 78903'],
    ['4.2.5 with points', 'Utbetalingen går til 3207.40.68323.', '3207.40.68323'],
    ['plain digits after "kontonummer"', 'Kontonummer: 12345678903.', '12345678903'],
    ['plain digits before "konto"', 'Vi bruker 32074068323 som konto for utbetalingen.', '32074068323'],
    ['plain digits right after "Kontonr:"', 'Kontonr:12345678903', '12345678903'],
    ['an IBAN', 'IBAN: NO93 8601 1117 947.', 'NO93 8601 1117 947'],
    ['English wording', 'Your account number is 12345678903.', '12345678903'],
  ])('finds %s', (_name, text, expected) => {
    expect(spans(text)).toEqual([expected]);
  });

  it.each([
    ['plain 11 digits with no account word (a national id or an order number)', 'Ordrenummer 12345678903 er sendt.'],
    ['a national id', 'Fødselsnummeret er 13097248022.'],
    ['phone numbers', 'Ring oss på 55 56 55 56 eller +47 912 34 567.'],
    ['dates', 'Møtet er 04.12.2026 kl. 12.30, og fristen er 2026-12-04.'],
    ['organisation numbers', 'Org.nr. 123456785 og 701730496 står i konto-oversikten.'],
    ['case numbers', 'Saksnummer 2026/12345 og 2026/123456, konto for gebyr.'],
    ['amounts', 'Beløpet på kontoen er 12 345 678 903 kroner, eller 1.200,50 kr.'],
    ['12-digit order numbers', 'Ordrenummer 123456789031 er belastet kontoen din.'],
    ['KID numbers', 'Betal til konto 1234 56 78903 med KID 12345678903.'],
    ['invalid control digits', 'Kontonummer 1234 56 78901 er feil.'],
  ])('ignores %s', (_name, text) => {
    expect(spans(text).filter((s) => !s.startsWith('1234 56 78903'))).toEqual([]);
  });

  it('skips the numbers in params.allow', () => {
    expect(spans('Betal til 1234 56 78903.', { allow: ['1234.56.78903'] })).toEqual([]);
  });

  it('never reports digits that the national-id detector reports, and vice versa', () => {
    const texts = [
      'Fødselsnummer 13097248022.',
      'Konto 13097248022.',
      'Betal til 1309 72 48022.',
      'Personnummer: 130972 48022, kontonummer 1234 56 78903.',
      'Kontonummer: 12345678903, eller 13097248022.',
      'Ref 31129956715 og 32074068323.',
    ];
    for (const text of texts) {
      const a = accountNumber.detect(input(text)).map((h) => h.start);
      const n = nationalId.detect(input(text)).map((h) => h.start);
      expect(
        a.filter((s) => n.includes(s)),
        text,
      ).toEqual([]);
    }
  });

  it('rejects malformed params', () => {
    expect(() => accountNumber.parseParams?.({ allow: '12345678903' })).toThrow(/allow/);
  });

  it("skips the municipality's own account in a payment instruction, but not the citizen's", () => {
    const found = (text: string) => accountNumber.detect(buildDetectorInput(text)).map((h) => text.slice(h.start, h.end));
    expect(found('Betal til konto 1503 01 00015 innen 20. desember. Kommunens kontonummer er 1503.45.78904.')).toEqual([]);
    expect(found('Beløpet kan betales til kommunens konto 1503 01 00015.')).toEqual([]);
    expect(found('Please pay the amount to our account 1503 01 00015.')).toEqual([]);
    expect(found('Vi betaler ut til kontoen din, 1234 56 78903.')).toEqual(['1234 56 78903']);
    expect(found('Vi har registrert kontonummeret ditt, 1234 56 78903.')).toEqual(['1234 56 78903']);
  });
});
