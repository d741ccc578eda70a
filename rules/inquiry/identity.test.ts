import { describe, expect, it } from 'vitest';
import { findCaseNumber, inquiryIdentity, mailIdFromUrl, parseInquiryLabel, reopenUrl } from './identity.ts';
import { stableHash } from './hash.ts';

describe('mailIdFromUrl', () => {
  it.each([
    ['https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1hZDRmLTU0AAA%3D', 'AAQkADAwATM0MDAAMS1hZDRmLTU0AAA='],
    ['https://outlook.office.com/mail/0/inbox/id/AAQkADAwATM0MDAAMS1hZDRm', 'AAQkADAwATM0MDAAMS1hZDRm'],
    ['https://outlook.office.com/mail/deeplink/compose/AAMkAGI2TG93AAA%2FBB', 'AAMkAGI2TG93AAA/BB'],
    ['https://outlook.office.com/mail/compose/AAQkADAwATM0MDAAMS1h', 'AAQkADAwATM0MDAAMS1h'],
    ['https://outlook.office.com/mail/deeplink/read/AAMkAGI2TG93AAA', 'AAMkAGI2TG93AAA'],
    ['https://webmail.bergen.kommune.no/owa/?ItemID=RgAAAAB%2Fabc&exvsurl=1&viewmodel=ReadMessageItem', 'RgAAAAB/abc'],
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJZxkKsnBwJqhzRtvWPpbcDfM', 'FMfcgzQXJZxkKsnBwJqhzRtvWPpbcDfM'],
    ['https://mail.google.com/mail/u/1/#sent/18c2d3a4b5c6d7e8', '18c2d3a4b5c6d7e8'],
    ['https://mail.google.com/mail/u/0/#label/Byggesak/FMfcgzQXJZxkKsnBwJqhzRtv', 'FMfcgzQXJZxkKsnBwJqhzRtv'],
  ])('%s', (url, id) => expect(mailIdFromUrl(url)?.id).toBe(id));

  it.each([
    'https://outlook.office.com/mail/inbox',
    'https://mail.google.com/mail/u/0/#inbox',
    'https://mail.google.com/mail/u/0/#inbox?compose=new',
    'https://example.no/sak/skjema',
    'not a url',
  ])('no id in %s', (url) => expect(mailIdFromUrl(url)).toBeUndefined());
});

describe('findCaseNumber', () => {
  it('finds case numbers in titles, headings and fields', () => {
    expect(findCaseNumber(['Sak 2026/12345 – Saksbehandling'])).toBe('2026/12345');
    expect(findCaseNumber(['SV: Spørsmål om byggesak 2026/12345 – Nettpost'])).toBe('2026/12345');
    expect(findCaseNumber(['Saksnr. 26/4711-3'])).toBe('2026/4711');
    expect(findCaseNumber(['2026/12345'])).toBe('2026/12345');
    expect(findCaseNumber(['Ingen sak her', 'Vår ref: 2025/99'])).toBe('2025/99');
  });

  it('ignores dates and fractions', () => {
    expect(findCaseNumber(['Møte 12/11/2026'])).toBeUndefined();
    expect(findCaseNumber(['Halvparten er 1/2 av totalen'])).toBeUndefined();
    expect(findCaseNumber([])).toBeUndefined();
  });
});

describe('inquiryIdentity', () => {
  const base = { url: 'https://sak.example.no/svar?id=9', fieldKey: 'textarea#svar' };

  it('prefers the mail id, then a case number, then the quote header, then the page', () => {
    const mail = inquiryIdentity({ ...base, url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1h', caseTexts: ['Sak 2026/1'] });
    expect(mail).toMatchObject({ source: 'mail', label: 'mail:outlook.office.com' });
    const kase = inquiryIdentity({ ...base, caseTexts: ['Sak 2026/12345'], quote: { senderEmail: 'kari@example.no', receivedAt: '2026-11-16T09:12:00' } });
    expect(kase).toMatchObject({ source: 'case', label: 'case:2026/12345' });
    const quote = inquiryIdentity({ ...base, quote: { senderEmail: 'Kari@Example.no', receivedAt: '2026-11-16T09:12:00' } });
    expect(quote).toMatchObject({ source: 'quote', label: 'quote:2026-11-16' });
    const page = inquiryIdentity(base);
    expect(page).toMatchObject({ source: 'page', label: 'page:sak.example.no' });
    for (const id of [mail, kase, quote, page]) expect(id.key).toMatch(/^inq-[0-9a-f]{16}$/);
  });

  it('is stable and ignores what does not identify the inquiry', () => {
    const a = inquiryIdentity({ ...base, caseTexts: ['Sak 2026/12345'] });
    const b = inquiryIdentity({ url: 'https://other.example.no/x', fieldKey: 'ce:0', caseTexts: ['Saksnummer 2026/12345-2'] });
    expect(a.key).toBe(b.key);
    // The same Outlook mail through an ItemID= link and a deep link.
    const raw = inquiryIdentity({ ...base, url: 'https://outlook.office.com/owa/?ItemID=AAMk%2FBBCCDDEE&viewmodel=ReadMessageItem' });
    const enc = inquiryIdentity({ ...base, url: 'https://outlook.office.com/mail/deeplink/compose/AAMk%2FBBCCDDEE' });
    expect(raw.key).toBe(enc.key);
    // The quote tier is case-insensitive in the address.
    const q1 = inquiryIdentity({ ...base, quote: { senderEmail: 'kari@example.no', receivedAt: '2026-11-16T09:12:00' } });
    const q2 = inquiryIdentity({ ...base, quote: { senderEmail: 'KARI@example.no', receivedAt: '2026-11-16T09:12:00' } });
    expect(q1.key).toBe(q2.key);
  });

  it('finds one inquiry from every quote form of the same message: with or without the address, name order, reply or forward', () => {
    const when = '2026-11-16T08:12:00';
    const forms = [
      { senderName: 'Kari Nordmann', receivedAt: when }, // "On 2026-11-16 08:12, Kari Nordmann wrote:"
      { senderName: 'Kari Nordmann', senderEmail: 'kari.nordmann@example.no', receivedAt: when }, // «Den … skrev Kari Nordmann <…>:»
      { senderName: 'Nordmann, Kari', senderEmail: 'kari.nordmann@example.no', receivedAt: when }, // Outlook "Fra: Nordmann, Kari <…>"
      { senderName: '"Kari  Nordmann"', receivedAt: when },
    ];
    const keys = new Set(forms.map((quote) => inquiryIdentity({ ...base, quote }).key));
    expect(keys.size).toBe(1);
    // Another sender or another minute is another inquiry; the address alone still names one.
    expect(inquiryIdentity({ ...base, quote: { senderName: 'Kari Nordmann', receivedAt: '2026-11-16T08:13:00' } }).key).not.toBe([...keys][0]);
    expect(inquiryIdentity({ ...base, quote: { senderName: 'Per Nordmann', receivedAt: when } }).key).not.toBe([...keys][0]);
    expect(inquiryIdentity({ ...base, quote: { senderEmail: 'kari@example.no', receivedAt: when } }).source).toBe('quote');
  });

  it('distinguishes different inquiries and fields', () => {
    const keys = new Set([
      inquiryIdentity({ ...base, caseTexts: ['Sak 2026/12345'] }).key,
      inquiryIdentity({ ...base, caseTexts: ['Sak 2026/12346'] }).key,
      inquiryIdentity({ ...base, quote: { senderEmail: 'kari@example.no', receivedAt: '2026-11-16T09:12:00' } }).key,
      inquiryIdentity({ ...base, quote: { senderEmail: 'kari@example.no', receivedAt: '2026-11-17T09:12:00' } }).key,
      inquiryIdentity(base).key,
      inquiryIdentity({ ...base, fieldKey: 'textarea#other' }).key,
      // Query and fragment do not split one form page into many inquiries.
      inquiryIdentity({ ...base, url: 'https://sak.example.no/svar?id=10#x' }).key,
    ]);
    expect(keys.size).toBe(6);
  });

  it('never puts the sender, the address or message text in the key or the label', () => {
    const id = inquiryIdentity({ ...base, quote: { senderEmail: 'kari@example.no', senderName: 'Kari Nordmann', receivedAt: '2026-11-16T09:12:00' } });
    expect(JSON.stringify(id)).not.toMatch(/kari|nordmann/i);
  });

  it('labels parse back', () => {
    expect(parseInquiryLabel('case:2026/12345')).toEqual({ source: 'case', value: '2026/12345' });
    expect(parseInquiryLabel('bogus')).toBeUndefined();
  });
});

describe('stableHash', () => {
  it('is deterministic, 16 hex digits, and spreads similar inputs', () => {
    expect(stableHash('abc')).toBe(stableHash('abc'));
    expect(stableHash('abc')).toMatch(/^[0-9a-f]{16}$/);
    expect(stableHash('2026/12345')).not.toBe(stableHash('2026/12346'));
  });
});

describe('reopenUrl', () => {
  it('keeps what finds the mail again and drops the rest of the query', () => {
    expect(reopenUrl('https://mail.google.com/mail/u/0/?q=skatt#inbox/FMfcgzQXJZxkKsnBwJqhzRtv')).toBe(
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJZxkKsnBwJqhzRtv',
    );
    expect(reopenUrl('https://owa.example.no/owa/?ItemID=Rg%2Fab&token=secret')).toBe('https://owa.example.no/owa/?ItemID=Rg%2Fab');
    expect(reopenUrl('about:blank')).toBe('');
  });

  it("keeps only Gmail's folder and thread id: no search words, addresses or label names", () => {
    const gmail = 'https://mail.google.com/mail/u/0/';
    const thread = 'FMfcgzQXJZxkKsnBwJqhzRtvWPpbcDfM';
    expect(reopenUrl(`${gmail}#search/kari.nordmann%40gmail.com+f%C3%B8dselsnummer/${thread}`)).toBe(`${gmail}#all/${thread}`);
    expect(reopenUrl(`${gmail}#search/kari.nordmann%40gmail.com+fødselsnummer/${thread}`)).toBe(`${gmail}#all/${thread}`);
    expect(reopenUrl(`${gmail}#label/Barnevern%2FKari+Nordmann/${thread}`)).toBe(`${gmail}#all/${thread}`);
    expect(reopenUrl(`${gmail}#advanced-search/from=kari%40gmail.com/${thread}`)).toBe(`${gmail}#all/${thread}`);
    expect(reopenUrl(`${gmail}#inbox/${thread}`)).toBe(`${gmail}#inbox/${thread}`);
    expect(reopenUrl(`${gmail}#sent/${thread}?compose=new`)).toBe(`${gmail}#sent/${thread}`);
    // A search without an open thread finds no inquiry: nothing of it is kept.
    expect(reopenUrl(`${gmail}#search/kari.nordmann%40gmail.com`)).toBe(gmail);
  });

  it("keeps only Outlook's ItemID, and from other pages only a fragment that is a plain route", () => {
    expect(reopenUrl('https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1h%3D#search=kari%40gmail.com')).toBe(
      'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1h%3D',
    );
    expect(reopenUrl('https://webmail.bergen.kommune.no/owa/?ItemID=Rg%2Fab&exvsurl=1&q=kari#path=/mail/search')).toBe(
      'https://webmail.bergen.kommune.no/owa/?ItemID=Rg%2Fab',
    );
    expect(reopenUrl('https://sak.bergen.kommune.no/app#/sak/2026/12345')).toBe('https://sak.bergen.kommune.no/app#/sak/2026/12345');
    expect(reopenUrl('https://sak.bergen.kommune.no/app#/search/kari')).toBe('https://sak.bergen.kommune.no/app');
    expect(reopenUrl('https://sak.bergen.kommune.no/app#q=kari%40gmail.com&fnr=01020312345')).toBe('https://sak.bergen.kommune.no/app');
  });
});
