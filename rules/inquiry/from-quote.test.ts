import { describe, expect, it } from 'vitest';
import { splitQuote } from '../text/quote.ts';
import { inquiryOfQuote } from './from-quote.ts';

describe('inquiryOfQuote', () => {
  it('describes a quoted inquiry by its header, kind and language', () => {
    const text = [
      'Hei Kari,',
      '',
      'takk for spørsmålet. Vi svarer innen fredag.',
      '',
      'Fra: Kari Nordmann <kari@example.no>',
      'Sendt: mandag 16. november 2026 09:12',
      '',
      'Hei! Når kan jeg få svar på søknaden min om barnehageplass? Jeg har ikke hørt noe fra dere.',
    ].join('\n');
    const inquiry = inquiryOfQuote(splitQuote(text))!;
    expect(inquiry.senderName).toBe('Kari Nordmann');
    expect(inquiry.senderEmail).toBe('kari@example.no');
    expect(inquiry.receivedAt).toBe('2026-11-16T09:12:00');
    expect(inquiry.kind).toBe('question');
    expect(inquiry.language).toBe('nob');
    expect(inquiry.text).toContain('barnehageplass');
  });

  it('is undefined when the text quotes nothing', () => {
    expect(inquiryOfQuote(splitQuote('Hei Kari, takk for brevet.'))).toBeUndefined();
  });
});
