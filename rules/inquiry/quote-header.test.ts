import { describe, expect, it } from 'vitest';
import { parseAddress, parseHeaderDate, parseQuoteHeader } from './quote-header.ts';

const KARI = { senderName: 'Kari Nordmann', senderEmail: 'kari@example.no' };

describe('parseQuoteHeader: "wrote"/"skrev" lines', () => {
  it.each([
    // Apple Mail, English
    ['On 16 Nov 2026, at 08:12, Kari Nordmann <kari@example.no> wrote:', '2026-11-16T08:12:00'],
    // Gmail, English
    ['On Mon, 16 Nov 2026 at 08:12, Kari Nordmann <kari@example.no> wrote:', '2026-11-16T08:12:00'],
    // Apple Mail, bokmål
    ['Den 16.11.2026 kl. 08:12 skrev Kari Nordmann <kari@example.no>:', '2026-11-16T08:12:00'],
    // Gmail, bokmål
    ['man. 16. nov. 2026 kl. 08:12 skrev Kari Nordmann <kari@example.no>:', '2026-11-16T08:12:00'],
    // Gmail, nynorsk
    ['må. 16. nov. 2026 kl. 08:12 skreiv Kari Nordmann <kari@example.no>:', '2026-11-16T08:12:00'],
    // Apple Mail, nynorsk
    ['Den 16.11.2026 kl. 08.12 skreiv Kari Nordmann <kari@example.no>:', '2026-11-16T08:12:00'],
    // Gmail, English, 12-hour clock
    ['On Mon, Nov 16, 2026 at 2:05 PM Kari Nordmann <kari@example.no> wrote:', '2026-11-16T14:05:00'],
  ])('%s', (line, receivedAt) => {
    expect(parseQuoteHeader(`${line}\n\nHei,\nNår får jeg svar?`)).toEqual({ ...KARI, receivedAt, form: 'wrote' });
  });

  it('Gmail wraps the address onto the next line', () => {
    const q = 'On Mon, 16 Nov 2026 at 08:12, Kari Nordmann <\nkari@example.no> wrote:\n\nHello';
    expect(parseQuoteHeader(q)).toMatchObject({ ...KARI, receivedAt: '2026-11-16T08:12:00' });
  });

  it('Thunderbird, bokmål and English, without an address', () => {
    expect(parseQuoteHeader('Den 16.11.2026 09:12, skrev Kari Nordmann:\n> Hei')).toEqual({
      senderName: 'Kari Nordmann',
      receivedAt: '2026-11-16T09:12:00',
      form: 'wrote',
    });
    expect(parseQuoteHeader('On 16/11/2026 09:12, Kari Nordmann wrote:\n> Hi')).toEqual({
      senderName: 'Kari Nordmann',
      receivedAt: '2026-11-16T09:12:00',
      form: 'wrote',
    });
  });

  it('only an address', () => {
    expect(parseQuoteHeader('On 16 Nov 2026, at 08:12, kari@example.no wrote:')).toEqual({
      senderEmail: 'kari@example.no',
      receivedAt: '2026-11-16T08:12:00',
      form: 'wrote',
    });
  });
});

describe('parseQuoteHeader: Outlook header blocks', () => {
  it('bokmål (Outlook on the web)', () => {
    const q =
      'Fra: Kari Nordmann <kari@example.no>\nSendt: mandag 16. november 2026 09:12\nTil: Postmottak <postmottak@bergen.kommune.no>\nEmne: Byggesak\n\nHei';
    expect(parseQuoteHeader(q)).toEqual({ ...KARI, receivedAt: '2026-11-16T09:12:00', form: 'block' });
  });

  it('nynorsk', () => {
    const q = 'Frå: Kari Nordmann <kari@example.no>\nSendt: måndag 16. november 2026 09:12\nTil: Postmottak\nEmne: Byggesak';
    expect(parseQuoteHeader(q)).toEqual({ ...KARI, receivedAt: '2026-11-16T09:12:00', form: 'block' });
  });

  it('English with a 12-hour clock', () => {
    const q = 'From: Kari Nordmann <kari@example.no>\nSent: Monday, November 16, 2026 9:12 AM\nTo: Postmottak\nSubject: Building permit';
    expect(parseQuoteHeader(q)).toEqual({ ...KARI, receivedAt: '2026-11-16T09:12:00', form: 'block' });
    const pm = q.replace('9:12 AM', '12:30 PM');
    expect(parseQuoteHeader(pm).receivedAt).toBe('2026-11-16T12:30:00');
  });

  it('-----Original Message----- with [mailto:] (classic Outlook)', () => {
    const q =
      '-----Original Message-----\nFrom: Nordmann, Kari [mailto:Kari@Example.no]\nSent: Monday, November 16, 2026 9:12 AM\nTo: Postmottak\nSubject: Spørsmål';
    expect(parseQuoteHeader(q)).toEqual({ senderName: 'Nordmann, Kari', senderEmail: 'kari@example.no', receivedAt: '2026-11-16T09:12:00', form: 'block' });
  });

  it('-----Opprinnelig melding----- in bokmål with Dato', () => {
    const q = '-----Opprinnelig melding-----\nFra: "Kari Nordmann" <kari@example.no>\nDato: 16.11.2026 09:12\nTil: Postmottak';
    expect(parseQuoteHeader(q)).toEqual({ ...KARI, receivedAt: '2026-11-16T09:12:00', form: 'block' });
  });

  it('bold labels and headers squeezed onto one line', () => {
    expect(parseQuoteHeader('**Fra:** Kari Nordmann <kari@example.no>\n**Sendt:** mandag 16. november 2026 09:12')).toMatchObject(KARI);
    expect(parseQuoteHeader('Fra: Kari Nordmann <kari@example.no> Sendt: mandag 16. november 2026 09:12 Til: Postmottak')).toEqual({
      ...KARI,
      receivedAt: '2026-11-16T09:12:00',
      form: 'block',
    });
  });

  it('nothing recognisable gives an empty header', () => {
    expect(parseQuoteHeader('Hei,\nJeg lurer på noe.')).toEqual({});
    expect(parseQuoteHeader('')).toEqual({});
  });
});

describe('parseHeaderDate', () => {
  it.each([
    ['mandag 16. november 2026 09:12', '2026-11-16T09:12:00'],
    ['Monday, November 16, 2026 9:12 AM', '2026-11-16T09:12:00'],
    ['16.11.2026 kl. 08.12', '2026-11-16T08:12:00'],
    ['2026-11-16 08:12', '2026-11-16T08:12:00'],
    ['16. nov. 2026', '2026-11-16'],
    ['11/16/2026 9:12 AM', '2026-11-16T09:12:00'],
    ['16/11/2026', '2026-11-16'],
    ['16.11.26 08:12', '2026-11-16T08:12:00'],
  ])('%s', (s, iso) => expect(parseHeaderDate(s)).toBe(iso));

  it('rejects impossible dates', () => {
    expect(parseHeaderDate('31.02.2026')).toBeUndefined();
    expect(parseHeaderDate('no date here')).toBeUndefined();
  });
});

describe('parseAddress', () => {
  it('reads names and addresses in the usual shapes', () => {
    expect(parseAddress('Kari Nordmann <kari@example.no>')).toEqual({ name: 'Kari Nordmann', email: 'kari@example.no' });
    expect(parseAddress('"Nordmann, Kari" <kari@example.no>')).toEqual({ name: 'Nordmann, Kari', email: 'kari@example.no' });
    expect(parseAddress('kari@example.no')).toEqual({ email: 'kari@example.no' });
    expect(parseAddress('Kari Nordmann')).toEqual({ name: 'Kari Nordmann' });
  });
});
