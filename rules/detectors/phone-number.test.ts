import { describe, expect, it } from 'vitest';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { phoneKind, phoneNumber } from './phone-number.ts';

const input = (text: string, params: Record<string, unknown> = {}) => buildDetectorInput(text, { params });
const hits = (text: string, params: Record<string, unknown> = {}) =>
  phoneNumber.detect(input(text, params)).map((h) => [text.slice(h.start, h.end), h.severity ?? 'rule'] as const);

describe('phoneKind (Nkom numbering plan, domain-facts §3.4)', () => {
  it.each([
    ['91234567', 'mobile'],
    ['48123456', 'mobile'],
    ['55565556', 'fixed'],
    ['22334455', 'fixed'],
    ['73123456', 'fixed'],
  ])('%s is %s', (digits, kind) => {
    expect(phoneKind(digits)).toBe(kind);
  });
  it.each(['80080000', '81512345', '58123456', '59123456', '01234567', '12345678', '1234567'])('%s is no personal phone number', (digits) => {
    expect(phoneKind(digits)).toBeUndefined();
  });
});

describe('phone-number detector', () => {
  it.each([
    ['3-2-3', 'Naboen har nummer 912 34 567.', '912 34 567'],
    ['8 digits', 'Naboen har nummer 91234567.', '91234567'],
    ['2-2-2-2', 'Mobil: 91 23 45 67.', '91 23 45 67'],
    ['4-4', 'Mobil: 9123 4567.', '9123 4567'],
    ['+47', 'Ring +47 912 34 567.', '+47 912 34 567'],
    ['+47 without a space', 'Ring +4791234567.', '+4791234567'],
    ['0047', 'Ring 0047 91234567.', '0047 91234567'],
    ['right after a colon', 'Tlf:91234567.', '91234567'],
    ['a non-breaking space', 'Ring 912\u00a034\u00a0567.', '912\u00a034\u00a0567'],
  ])('finds a mobile number written %s', (_name, text, expected) => {
    expect(hits(text)).toEqual([[expected, 'rule']]);
  });

  it('reports a fixed-line number as info: it is often an office', () => {
    expect(hits('Fastlegen har telefon 55 12 34 56.')).toEqual([['55 12 34 56', 'info']]);
  });

  it.each([
    ["the municipality's own switchboard (params.allow)", 'Ring oss på 55 56 55 56 eller +47 55 56 55 56.'],
    ['special-service numbers', 'Ring Skatteetaten på 800 80 000 eller 815 12 345.'],
    ['dates', 'Møtet er 04.12.2026 kl. 12.30, og fristen er 2026-12-04 (20261204 i systemet).'],
    ['organisation numbers', 'Org.nr. 123 456 785 og 701730496.'],
    ['case numbers', 'Saksnummer 2026/12345678 og sak 20261234.'],
    ['national ids', 'Fødselsnummer 13097248022 eller 130972 48022.'],
    ['account numbers', 'Kontonummer 1234 56 78903.'],
    ['amounts', 'Beløpet er kr 45000000, 45 000 000 kroner eller 91234567,- totalt.'],
    ['order numbers', 'Ordrenummer 91234567 og faktura nr. 48123456.'],
    ['times and longer digit runs', 'Åpent 08.00–15.30. Kode 912345678.'],
  ])('ignores %s', (_name, text) => {
    expect(hits(text, { allow: ['55 56 55 56'] })).toEqual([]);
  });

  it.each([
    'Passer det ikke, kan du svare på denne e-posten eller sende SMS til 400 00 000.',
    'Du kan også ringe servicetorget på 412 34 567 mellom kl. 8 og 15.',
    'If the time does not suit you, call us on 912 34 567.',
    'Me er å treffe på 934 56 789 alle kvardagar, eller du kan ringje vakttelefonen på 412 00 000.',
  ])("skips the office's own line the reader is told to call or text: %s", (text) => {
    expect(hits(text)).toEqual([]);
  });

  it.each([
    ['Naboen din har mobil 912 34 567. Ring oss om du har spørsmål.', '912 34 567'],
    ['Du kan ringje dottera di på 987 65 432.', '987 65 432'],
    ['Send gjerne SMS til dottera di på 987 65 432.', '987 65 432'],
  ])("still reports someone else's mobile number beside a contact instruction: %s", (text, number) => {
    expect(hits(text)).toEqual([[number, 'rule']]);
  });

  it('treats an 8-digit date as a phone number when a phone word says so', () => {
    expect(hits('Tlf. 20261123.')).toEqual([['20261123', 'info']]);
  });

  it('rejects malformed params', () => {
    expect(() => phoneNumber.parseParams?.({ allow: ['5556'] })).toThrow(/allow/);
  });

  it('skips a number labelled by what it numbers, not one labelled as a phone', () => {
    expect(hits('We have received your complaint about parking fee no. 40021776, issued on 24 November.')).toEqual([]);
    expect(hits('The fee (no. 40021843, NOK 600) is due on 22 December. Please write the fee number, 40021843, as the reference.')).toEqual([]);
    expect(hits('Klagen gjeld gebyr nr. 40021776.')).toEqual([]);
    expect(hits('His phone no. 41234567 is on the form.')).toEqual([['41234567', 'rule']]);
    expect(hits('Naboen har nr. 91234567.')).toEqual([['91234567', 'rule']]);
  });
  it('skips archive and voucher numbers', () => {
    expect(hits('Saksnummer 21/4567 og arkivkode 91234567. Bilag 91234567 og journalnummer 48123456.')).toEqual([]);
  });

  it('skips the writer\'s own number after "call or text me" and a time of day, but not a number after someone named', () => {
    expect(hits('If you cannot come, please call or text me before 08:00 that morning on 489 12 374.')).toEqual([]);
    expect(hits('Your neighbour Kari can be reached on 489 12 374.')).toEqual([['489 12 374', 'rule']]);
  });

  it("skips the caseworker's own number in the signature after the closing", () => {
    const text = 'Hei Kari,\nNaboen har nummer 912 34 567.\n\nMed vennlig hilsen\nOla Hansen\nMobil: 948 12 345';
    expect(hits(text)).toEqual([['912 34 567', 'rule']]);
    expect(hits('Takk for hilsen! Ring naboen på 912 34 567.')).toEqual([['912 34 567', 'rule']]);
  });

  it("skips the caseworker's own number offered in the body, not a colleague's or a relative's", () => {
    expect(hits('Passar ikkje tidspunktet, ringjer du meg på 930 12 447.')).toEqual([]);
    expect(hits('Har du spørsmål, når du meg direkte på 477 81 902.')).toEqual([]);
    expect(hits('If you have questions, call me on 412 55 908.')).toEqual([]);
    expect(hits('Du kan ringje dottera di på 930 12 447.')).toEqual([['930 12 447', 'rule']]);
  });

  it('skips a member of staff the reader is told to call, not a neighbour or a relative', () => {
    expect(hits('If Tuesday does not suit you, call Lena directly on 412 55 908.')).toEqual([]);
    expect(hits('Kan du ikkje vere heime, ring vaktmeisteren vår, Svein, på 913 45 678.')).toEqual([]);
    expect(hits('Treng du ei levering, kan du ringje anleggsleiaren vår, Tom Eikeland, på 930 41 276.')).toEqual([]);
    expect(hits('Please call our site manager, Tom Eikeland, on 930 41 276.')).toEqual([]);
    expect(hits('Please call our duty officer on 948 31 207.')).toEqual([]);
    expect(hits('Ring naboen på 912 34 567.')).toEqual([['912 34 567', 'rule']]);
    expect(hits('Please call your son on 948 31 207.')).toEqual([['948 31 207', 'rule']]);
  });

  it('skips a bare phone line among the last lines, after a closing no list knows', () => {
    expect(hits('Hei Astrid,\nVi ser deg på tysdag.\n\nVel møtt!\nSindre Hauge Midtbø\nFrivilligsentralen\nTlf. 936 41 208')).toEqual([]);
    expect(hits('Hei Astrid,\nVi ser deg på tysdag.\n\nKlem frå Sindre\nFrivilligsentralen\nSindre Hauge Midtbø\nKoordinator\nTlf. 936 41 208')).toEqual([]);
    expect(hits('Hei Astrid,\nNaboen din har nummeret\n936 41 208\nså du kan ringe henne.\n\nHelsing Sindre')).toEqual([['936 41 208', 'rule']]);
  });

  it("skips the citizen's own number when the inquiry gives it as theirs", () => {
    const inquiry =
      'Hei, når får jeg svar? Ring meg gjerne på 915 55 123.\nNaboen min har 934 44 321.\nDette er viktig.\nOg haster.\nMvh\nKari Hansen\nTlf 98 76 54 32';
    const check = (text: string) =>
      phoneNumber.detect(buildDetectorInput(text, { context: { inquiry: { text: inquiry } } })).map((h) => text.slice(h.start, h.end));
    expect(check('Vi ringer deg på 915 55 123 eller 98765432 i morgen.')).toEqual([]);
    expect(check('Vi har fått nummeret til naboen, 934 44 321.')).toEqual(['934 44 321']);
    const oneLine = 'Når får jeg svar? Naboen har 934 44 321. Hilsen Kari Nordmann, tlf 915 55 123';
    const inOneLine = (text: string) =>
      phoneNumber.detect(buildDetectorInput(text, { context: { inquiry: { text: oneLine } } })).map((h) => text.slice(h.start, h.end));
    expect(inOneLine('Vi ringer deg på 915 55 123, men ikke naboen på 934 44 321.')).toEqual(['934 44 321']);
  });
});
