import { describe, expect, it } from 'vitest';
import { classifyInquiry } from './kind.ts';

describe('classifyInquiry', () => {
  it.each([
    // innsyn
    ['Jeg ber om innsyn i saksdokumentene.', 'innsyn'],
    ['Innsynskrav: postjournal for uke 46.', 'innsyn'],
    ['Eg ber om innsyn etter offentleglova § 3.', 'innsyn'],
    ['Viser til offentlighetsloven og ber om kopi.', 'innsyn'],
    ['I request access to the documents in case 2026/12345.', 'innsyn'],
    // complaint
    ['Jeg vil klage på vedtaket om parkeringstillatelse.', 'complaint'],
    ['Eg klagar på korleis saka er handsama.', 'complaint'],
    ['Dette er en klage.', 'complaint'],
    ['I want to make a complaint about the service.', 'complaint'],
    ['Jeg er svært misfornøyd med svaret.', 'complaint'],
    // enkeltvedtak
    ['Jeg sendte søknad om byggetillatelse og venter på vedtak.', 'enkeltvedtak'],
    ['Når kjem vedtaket i søknaden min om barnehageplass?', 'enkeltvedtak'],
    ['When will you make a decision on my application?', 'enkeltvedtak'],
    // feedback
    ['Jeg vil gi en tilbakemelding om servicetorget.', 'feedback'],
    ['Stor ros til de ansatte på Bergenhus!', 'feedback'],
    ['Eg har eit forslag til ny sykkelveg.', 'feedback'],
    ['Some feedback on your website.', 'feedback'],
    // question
    ['Når kan jeg forvente svar?', 'question'],
    ['Korleis søkjer eg om parkeringsløyve', 'question'],
    ['How do I register my dog?', 'question'],
    // unknown
    ['Vedlagt følger dokumentasjonen.', 'unknown'],
    ['', 'unknown'],
  ] as const)('%s → %s', (text, kind) => expect(classifyInquiry(text)).toBe(kind));

  it('innsyn wins over a complaint, a complaint over an application', () => {
    expect(classifyInquiry('Jeg klager på avslaget på innsynskravet mitt.')).toBe('innsyn');
    expect(classifyInquiry('Jeg klager på vedtaket i søknaden.')).toBe('complaint');
  });

  it('does not read words inside other words', () => {
    expect(classifyInquiry('Rosa sykkel er funnet.')).toBe('unknown');
    expect(classifyInquiry('Vi prosesserer søknaden.')).toBe('unknown');
  });
});
