import { describe, expect, it } from 'vitest';
import { buildDetectorInput } from '../engine/detector-input.ts';
import type { CheckContext } from '../types.ts';
import { emailAddress } from './email-address.ts';

const PARAMS = { allowDomains: ['bergen.kommune.no'], allowLocalParts: ['postmottak'] };
function spans(text: string, context: CheckContext = {}, params: Record<string, unknown> = PARAMS) {
  return emailAddress.detect(buildDetectorInput(text, { context, params })).map((h) => text.slice(h.start, h.end));
}

describe('email-address detector', () => {
  it("reports a third party's address", () => {
    expect(spans('Naboen din, ola.hansen@gmail.com, har også klaget.')).toEqual(['ola.hansen@gmail.com']);
  });

  it("allows the inquiry sender's own address, case-insensitively", () => {
    const context: CheckContext = { inquiry: { senderEmail: 'Kari.Nordmann@Example.no' } };
    expect(spans('Vi har registrert kari.nordmann@example.no som adressen din.', context)).toEqual([]);
  });

  it('allows the recipients, also in "Name <address>" form', () => {
    const context: CheckContext = { recipients: ['Kari Nordmann <kari@example.no>', 'ola@example.no'] };
    expect(spans('Kopi til kari@example.no og ola@example.no, men ikke per@example.no.', context)).toEqual(['per@example.no']);
  });

  it('allows the allowed domains and their subdomains', () => {
    expect(spans('Skriv til kari.nordmann@bergen.kommune.no eller servicetorget@byggesak.bergen.kommune.no.')).toEqual([]);
  });

  it('does not treat a look-alike domain as allowed', () => {
    expect(spans('Svar til kari@notbergen.kommune.no.evil.com eller ola@fakebergen.kommune.no.')).toEqual([
      'kari@notbergen.kommune.no.evil.com',
      'ola@fakebergen.kommune.no',
    ]);
  });

  it('allows functional mailboxes such as postmottak@ at any public body', () => {
    expect(spans('Statsforvalteren: postmottak@statsforvalteren.no.')).toEqual([]);
  });

  it('ignores URLs and text with an @ that is no address', () => {
    expect(spans('Se https://www.bergen.kommune.no/personvern og @bergenkommune på Instagram.')).toEqual([]);
  });

  it('rejects malformed params', () => {
    expect(() => emailAddress.parseParams?.({ allowDomains: 'bergen.kommune.no' })).toThrow(/allowDomains/);
  });
});
