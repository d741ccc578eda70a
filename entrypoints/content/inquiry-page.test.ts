// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { describePage, findRecipients } from './inquiry-page.ts';
import { splitQuote } from './quote.ts';

afterEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

describe('describePage', () => {
  it('webmail: sender and date from the Outlook header, recipients from the To field, case number from the title', () => {
    document.title = 'SV: Spørsmål om byggesak 2026/12345 – Nettpost';
    document.body.innerHTML =
      '<label for="til">Til</label><input type="email" id="til" value="Kari.Nordmann@example.no"><div id="body" contenteditable="true"></div>';
    const text =
      'Hei Kari!\n\nFra: Kari Nordmann <kari.nordmann@example.no>\nSendt: mandag 16. november 2026 09:12\nTil: Postmottak\nEmne: Byggesak\n\nHei, jeg vil klage på vedtaket.';
    const page = describePage(document, splitQuote(text), 'ce#body');
    expect(page.inquiry).toMatchObject({
      senderName: 'Kari Nordmann',
      senderEmail: 'kari.nordmann@example.no',
      receivedAt: '2026-11-16T09:12:00',
      kind: 'complaint',
    });
    expect(page.recipients).toEqual(['kari.nordmann@example.no']);
    expect(page.ref.label).toBe('case:2026/12345');
    expect(page.ref.key).toMatch(/^inq-[0-9a-f]{16}$/);
  });

  it('case page: received date, citizen and kind from labelled fields and the inquiry section', () => {
    document.title = 'Saksbehandling';
    document.body.innerHTML =
      '<dl><dt>Saksnummer</dt><dd>2026/4711</dd><dt>Innbygger</dt><dd>Kari Nordmann</dd><dt>Mottatt</dt><dd>16.11.2026</dd></dl>' +
      '<section><h2>Henvendelse</h2><p>Jeg ber om innsyn i saken.</p></section><textarea id="svar"></textarea>';
    const page = describePage(document, splitQuote('Hei Kari!'), 'textarea#svar');
    expect(page.inquiry).toEqual({ receivedAt: '2026-11-16', senderName: 'Kari Nordmann', kind: 'innsyn' });
    expect(page.ref.label).toBe('case:2026/4711');
    expect(page.recipients).toBeUndefined();
  });

  it('a configured selector names the case', () => {
    document.body.innerHTML = '<span class="saksref">2025/99</span><textarea></textarea>';
    expect(describePage(document, splitQuote('Hei'), 'textarea', '.saksref').ref.label).toBe('case:2025/99');
    expect(describePage(document, splitQuote('Hei'), 'textarea', '[[bad').ref.label).toMatch(/^page:/);
  });
});

describe('findRecipients', () => {
  it('reads chips of a To widget by aria-label', () => {
    document.body.innerHTML = '<div aria-label="Til"><span title="per@example.no">Per</span><span email="ola@example.no">Ola</span></div>';
    expect(findRecipients(document)).toEqual(['per@example.no', 'ola@example.no']);
  });
});
