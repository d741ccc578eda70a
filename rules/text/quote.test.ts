import { describe, expect, it } from 'vitest';
import { parseMailDate, splitQuote, quoteOffsetsIn } from './quote.ts';

describe('splitQuote', () => {
  it('leaves a reply without a quote whole', () => {
    const s = splitQuote('Hei Kari,\n\nTakk for henvendelsen.\n\nMvh Ola\n');
    expect(s.reply).toBe('Hei Kari,\n\nTakk for henvendelsen.\n\nMvh Ola');
    expect(s.quote).toBeUndefined();
    expect(s.inquiry).toBeUndefined();
  });

  it('cuts at an Outlook "Fra: … Sendt: …" header and reads sender and date', () => {
    const text =
      'Hei Kari,\nVi ser på saken.\n\nFra: Kari Nordmann <kari.nordmann@example.no>\nSendt: mandag 16. november 2026 09:12\nTil: Postmottak\nEmne: Byggesak\n\nVedrørende byggesaken min: når får jeg svar?';
    const s = splitQuote(text);
    expect(s.reply).toBe('Hei Kari,\nVi ser på saken.');
    expect(s.quote).toContain('Vedrørende byggesaken');
    expect(s.inquiry).toMatchObject({
      senderName: 'Kari Nordmann',
      senderEmail: 'kari.nordmann@example.no',
      receivedAt: '2026-11-16T09:12:00',
    });
    expect(s.inquiry?.text).toContain('Emne: Byggesak');
  });

  it('cuts at a web form submission (intro line, or «Navn:» … «Melding:») and reads the sender and date', () => {
    const form =
      'Hei Ingrid,\n\nVi tømmer dunken fredag.\n\nVennlig hilsen\nKundeservice\n\nHenvendelse mottatt via kontaktskjema:\nNavn: Ingrid Solheim\nE-post: ingrid@example.no\nDato: 23.11.2026\n\nMelding:\nNår kommer dere og tømmer?';
    const s = splitQuote(form);
    expect(s.reply).toBe('Hei Ingrid,\n\nVi tømmer dunken fredag.\n\nVennlig hilsen\nKundeservice');
    expect(s.inquiry).toMatchObject({ senderName: 'Ingrid Solheim', senderEmail: 'ingrid@example.no', receivedAt: '2026-11-23' });
    const bare = splitQuote('Thank you, we have registered it.\n\nName: Tom Lee\nSubject: Library card\nMessage: Can foreigners get a library card?');
    expect(bare.reply).toBe('Thank you, we have registered it.');
    expect(bare.quote).toContain('Can foreigners get a library card?');
    // A form's title and submission lines above its name field belong to the quote; the message
    // field may carry a few more words («Beskrivelse av behov:»).
    const titled = splitQuote(
      'Vi har reservert salen.\n\nMvh\nSofie\n\n=== Skjema: Leie av lokaler ===\nInnsendt: 18.11.2026 20:14\nNavn: Henrik Aas\nTelefon: 911 22 334\nBeskrivelse av behov:\nHva koster det?',
    );
    expect(titled.reply).toBe('Vi har reservert salen.\n\nMvh\nSofie');
    expect(titled.quote).toContain('Hva koster det?');
    // A title framed by two dashes, a contact person and a justification field are a form too.
    const framed = splitQuote(
      'Vi har mottatt klagen.\n\nHilsen\nEirik\n\n-- Innsendt skjema: Klage på parkeringsgebyr --\nNavn: Morten Tveit\nBegrunnelse: Jeg sto der bare i 10 minutter.',
    );
    expect(framed.reply).toBe('Vi har mottatt klagen.\n\nHilsen\nEirik');
    expect(framed.inquiry).toMatchObject({ senderName: 'Morten Tveit' });
    const contact = splitQuote('Lykke til!\n\nHilsen Lars\n\nOrganisasjon: Kammerkoret\nKontaktperson: Sigrid Berntsen\nBeskrivelse: Julekonsert.');
    expect(contact.reply).toBe('Lykke til!\n\nHilsen Lars');
    expect(contact.inquiry).toMatchObject({ senderName: 'Sigrid Berntsen' });
    // Other frames and titles: stars around an English form, a nynorsk «Førespurnad sendt frå Mi side» without a form word.
    const starred = splitQuote(
      'Group rooms can be booked online.\n\nBest regards,\nLibrary\n\n*** Web form – Ask a librarian ***\nName: Fiona\n\nQuestion:\nAre you open on 28 December?',
    );
    expect(starred.reply).toBe('Group rooms can be booked online.\n\nBest regards,\nLibrary');
    const mySide = splitQuote(
      'Du kan klage innan tre veker.\n\nHelsing\nParkering\n\n--- Førespurnad sendt frå Mi side, Bergen kommune ---\nTema: Parkeringsløyve\nNamn: Gudrun Aase\n\nKan klaga sendast på papir?',
    );
    expect(mySide.reply).toBe('Du kan klage innan tre veker.\n\nHelsing\nParkering');
    expect(mySide.quote).toContain('Kan klaga sendast på papir?');
    // A framed line of the reply's own is no form: «--- Viktig ---».
    expect(splitQuote('Husk fristen.\n\n--- Viktig ---\nSend inn innen fredag.').quote).toBeUndefined();
    // A name alone in the reply is not a form.
    expect(splitQuote('Saksbehandler:\nNavn: Ola Hansen\nTelefon: 55 56 55 56').quote).toBeUndefined();
  });

  it('does not take a lone "Fra:" in the reply for a header', () => {
    const s = splitQuote('Åpningstider\nFra: 1. januar er vi åpne 8–15.\n\nMvh Ola');
    expect(s.quote).toBeUndefined();
  });

  it('cuts at "-----Original Message-----"', () => {
    const s = splitQuote('Svar.\n\n-----Original Message-----\nFrom: a@b.no\nSpørsmål');
    expect(s.reply).toBe('Svar.');
    expect(s.quote).toMatch(/^-----Original Message-----/);
  });

  it('cuts at the nynorsk separators «Opprinneleg melding» and «Vidaresendt melding»', () => {
    expect(splitQuote('Svar.\n\n-----Opprinneleg melding-----\nFrå: Gunnar <g@x.no>\nKvifor?').reply).toBe('Svar.');
    expect(splitQuote('Svar.\n\n---------- Vidaresendt melding ---------\nFrå: Gunnar <g@x.no>\nKvifor?').reply).toBe('Svar.');
  });

  it('cuts at "On … wrote:" and at "Den … skrev …:"', () => {
    expect(splitQuote('Svar.\n\nOn Mon, 16 Nov 2026 at 09:12, Kari <k@x.no> wrote:\n> Hei').reply).toBe('Svar.');
    expect(splitQuote('Svar.\nDen 16.11.2026 09:12, skrev Kari Nordmann:\n> Hei').reply).toBe('Svar.');
    const gmail = splitQuote('Svar.\n\nman. 16. nov. 2026 kl. 09:12 skrev Kari Nordmann <k@x.no>:\n> Hei');
    expect(gmail.reply).toBe('Svar.');
    expect(gmail.inquiry?.receivedAt).toBe('2026-11-16T09:12:00');
  });

  it('keeps the ">" of an older message quoted inside an Outlook quote, and takes one level off a quote that is mostly ">" lines', () => {
    const outlook = splitQuote(
      'Svar.\n\nFrom: Tom <t@x.no>\nSent: 1 December 2026 21:05\nSubject: mould\n\nHello,\nI wrote before.\n\n> Can someone come?\n\nCan I paint it?\nTom',
    );
    expect(outlook.quote).toContain('\n> Can someone come?\n');
    const gmail = splitQuote('Svar.\n\nOn Mon, 16 Nov 2026 at 09:12, Kari <k@x.no> wrote:\n> Hei\n> Kan eg få svar?\n> > Eldre melding');
    expect(gmail.quote).toContain('\nHei\nKan eg få svar?\n> Eldre melding');
    // One ">" line under an attribution is the citizen's text, however short.
    const oneLine = splitQuote('Svar.\n\nOn Sun, 29 Nov 2026 at 23:58, Peter <p@x.no> wrote:\n> Hi, how much is the fee?');
    expect(oneLine.quote).toContain('\nHi, how much is the fee?');
  });

  it('reads the header forms only the shared header parser knows (Thunderbird day/month/year)', () => {
    const s = splitQuote('Svar.\n\nOn 16/11/2026 09:12, Kari Nordmann wrote:\n> Hei');
    expect(s.reply).toBe('Svar.');
    expect(s.inquiry).toMatchObject({ senderName: 'Kari Nordmann', receivedAt: '2026-11-16T09:12:00' });
  });

  it('leaves out a received date that does not exist instead of passing it on', () => {
    const s = splitQuote('Svar.\n\nFra: Kari <k@x.no>\nSendt: mandag 30. februar 2026 09:12\n\nHei');
    expect(s.inquiry?.senderEmail).toBe('k@x.no');
    expect(s.inquiry?.receivedAt).toBeUndefined();
  });

  it('cuts at the first ">" line and removes one level of quoting marks; an older message stays marked', () => {
    const s = splitQuote('Takk!\n> Vedrørende søknaden\n>> eldre');
    expect(s.reply).toBe('Takk!');
    expect(s.quote).toBe('Vedrørende søknaden\n> eldre');
  });

  it('maps every unit of the quote back to the text it came from', () => {
    const text = 'Takk!\n\n> Hei,\n> Når får jeg svar?\n> > Eldre?';
    const s = splitQuote(text);
    const offsets = quoteOffsetsIn(text, s)!;
    const at = s.quote!.indexOf('Når');
    expect(text.slice(offsets[at], offsets[at + 'Når får jeg svar?'.length - 1]! + 1)).toBe('Når får jeg svar?');
    expect(offsets[s.quote!.length]).toBe(text.length);
  });

  it('cuts at a quote element found in the DOM', () => {
    const s = splitQuote('Svar her.\nSpørsmålet\n', [10]);
    expect(s.reply).toBe('Svar her.');
    expect(s.quote).toBe('Spørsmålet');
  });

  it('gives an empty reply when the text starts with the quote', () => {
    const s = splitQuote('> bare sitat');
    expect(s.reply).toBe('');
    expect(s.quoteStart).toBe(0);
  });
});

describe('parseMailDate', () => {
  it.each([
    ['mandag 16. november 2026 09:12', '2026-11-16T09:12:00'],
    ['16.11.2026 09:12', '2026-11-16T09:12:00'],
    ['Monday, November 16, 2026 9:12 PM', '2026-11-16T21:12:00'],
    ['tysdag 3. mars 2026', '2026-03-03'],
    ['2026-11-16', '2026-11-16'],
  ])('%s → %s', (input, expected) => {
    expect(parseMailDate(input)).toBe(expected);
  });

  it('gives up on a date that does not exist', () => {
    expect(parseMailDate('mandag 30. februar 2026 09:12')).toBeUndefined();
    expect(parseMailDate('31.04.2026')).toBeUndefined();
  });

  it('gives up on text without a date', () => {
    expect(parseMailDate('i går')).toBeUndefined();
  });
});
