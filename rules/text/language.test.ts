import { describe, expect, it } from 'vitest';
import { compileRuleSet } from '../engine/compile.ts';
import { check } from '../engine/check.ts';
import { BUNDLED_RULE_SET } from '../standard/index.ts';
import type { InquiryContext } from '../types.ts';
import { analyze } from './analysis.ts';
import { detectLanguage, inquiryLanguage } from './language.ts';

const detect = (text: string, forced?: 'nob' | 'nno' | 'eng', fallback: 'nob' | 'nno' | 'eng' = 'nob', inquiry?: InquiryContext) =>
  detectLanguage(text, analyze(text).words, forced, fallback, inquiry);

describe('detectLanguage', () => {
  it.each([
    ['nob', 'Hei! Takk for at du tok kontakt med oss. Vi har fått søknaden din og behandler den så fort vi kan. Du hører fra oss innen fredag.'],
    ['nno', 'Hei! Takk for at du kontakta oss. Vi har fått søknaden din og handsamar han så snart vi kan. Eg har ikkje svaret enno.'],
    ['nno', 'Vi har motteke klaga di. Saka vert handsama innan tre veker, og du får melding frå oss når ho er ferdig.'],
    ['eng', 'Thank you for contacting Bergen municipality. We have received your application and will reply by Friday.'],
    ['swe', 'Hej! Tack för ditt meddelande. Vi har fått din ansökan och jag återkommer så snart som möjligt med ett svar.'],
  ])('detects %s', (language, text) => {
    expect(detect(text)).toEqual({ language, source: 'detected' });
  });

  it('detects other large languages of Bergen', () => {
    expect(detect('Спасибо за ваше сообщение. Мы получили ваше заявление и ответим в пятницу.').language).toBe('rus');
    expect(detect('شكرا لتواصلك معنا. لقد استلمنا طلبك وسنرد عليك يوم الجمعة القادم إن شاء الله.').language).toBe('arb');
  });

  it('takes bokmål, not Danish, for plain Norwegian without marker words', () => {
    expect(detect('Vedrørende søknaden din: Vi har registrert opplysningene. Vi svarer snarest.').language).toBe('nob');
  });

  it('lets a forced language win', () => {
    expect(detect('Thank you for your message, we will reply soon.', 'nno')).toEqual({ language: 'nno', source: 'context' });
  });

  it('falls back to the context for short, unmarked text', () => {
    expect(detect('Takk, mottatt.', undefined, 'nno')).toEqual({ language: 'nno', source: 'fallback' });
  });

  it('decides short texts by unambiguous marker words', () => {
    expect(detect('Eg ringer deg, ikkje uroa deg.').language).toBe('nno');
  });

  it.each([
    // franc alone: German, Turkish, nynorsk, bokmål.
    ['nob', 'Hei Kari,\n\nBussen går fra Festplassen hver halvtime. Søknaden sendes snarest.\n\nHilsen Ola'],
    ['nob', 'Hei Kari,\n\nByggesaken din blir behandlet i uke 50. Du får vedtaket i posten.\n\nHilsen Ola'],
    ['nob', 'Send oss de siste tre lønnsslippene innen fredag 4. desember.'],
    ['nno', 'Send oss dei tre siste lønsslippane innan fredag 4. desember.'],
    ['nno', 'Vi vil føreta ei vurdering av søknaden din i januar. Etter det vil vi gjennomføre ei undersøking av grunnforholda.'],
    ['eng', 'Dear Ahmed,\n\nThank you. Your kindergarten place starts in August.\n\nKind regards\nOla'],
    ['eng', 'Please send us your last three payslips by Friday 4 December.'],
    ['eng', 'If your income changes, please tell us at bergen.kommune.no/bostotte.'],
  ])('lets clear marker words beat franc on a short reply (%s)', (language, text) => {
    expect(detect(text).language).toBe(language);
  });

  it('reads an English reply above a Norwegian auto-signature as English', () => {
    const text =
      'Dear Ahmed,\n\nThank you for your message. Your application is approved.\n\nMed vennlig hilsen\nOla Nordmann\nSaksbehandler, Etat for barnehage\nBergen kommune\nTelefon 55 56 55 56';
    expect(detect(text)).toEqual({ language: 'eng', source: 'detected' });
  });

  it('still uses the signature when the body has no marker word', () => {
    expect(detect('Hei,\n\nTakk for tipset om hol i vegen. Vi sender det til Bymiljøetaten.\n\nHelsing Ola').language).toBe('nno');
  });

  it('does not let one shared word restrict franc to Norwegian', () => {
    // "en" is bokmål and Turkish, "et" bokmål and French, "in" English and German.
    expect(detect('Merhaba, başvurunuzu aldık ve en kısa sürede size geri döneceğiz. Saygılarımızla.').language).toBe('tur');
    expect(detect('Bonjour, nous avons bien reçu votre demande et nous vous répondrons dès que possible.').language).toBe('fra');
    expect(detect('Sehr geehrte Frau Nordmann, wir haben Ihren Antrag erhalten. Den Bescheid senden wir Ihnen in der nächsten Woche.').language).toBe('deu');
  });

  describe('when the text does not decide', () => {
    const nynorskInquiry = { text: 'Hei! Kva tid kjem svaret på søknaden min? Eg har ikkje høyrt noko frå dykk.' };
    const englishInquiry = { text: 'Hello, will I get housing allowance, and when will the money come?' };
    // Norwegian, but no word that tells bokmål from nynorsk.
    const unmarkedNorwegian = 'Takk for meldingen. Renovasjonen tømmer dunken din på mandag.';

    it('takes bokmål or nynorsk from the quoted inquiry', () => {
      expect(detect(unmarkedNorwegian, undefined, 'nob', nynorskInquiry)).toEqual({ language: 'nno', source: 'fallback' });
      expect(detect(unmarkedNorwegian, undefined, 'nno', { text: 'Hei! Hva tid kommer svaret? Jeg har ikke hørt noe fra dere.' }).language).toBe('nob');
    });

    it('never takes English for a Norwegian text, whatever the inquiry', () => {
      expect(detect(unmarkedNorwegian, undefined, 'nob', englishInquiry).language).toBe('nob');
      expect(detect(unmarkedNorwegian, undefined, 'eng').language).toBe('nob');
    });

    it('takes the inquiry language for a text with no evidence at all', () => {
      expect(detect('Ola Hansen\nHousing Allowance Office, Bergen kommune', undefined, 'nob', englishInquiry).language).toBe('eng');
      expect(detect('Takk, mottatt.', undefined, 'nob', nynorskInquiry)).toEqual({ language: 'nno', source: 'fallback' });
    });

    it('prefers an inquiry language given by the page over its text, and then the fallback setting', () => {
      expect(detect('Takk, mottatt.', undefined, 'nob', { ...englishInquiry, language: 'nno' }).language).toBe('nno');
      expect(detect(unmarkedNorwegian, undefined, 'nno', { text: 'Ok.' })).toEqual({ language: 'nno', source: 'fallback' });
    });

    it('detects the inquiry language only from an inquiry that decides by itself', () => {
      expect(inquiryLanguage(nynorskInquiry)).toBe('nno');
      expect(inquiryLanguage(englishInquiry)).toBe('eng');
      expect(inquiryLanguage({ text: 'Ok.' })).toBeUndefined();
      expect(inquiryLanguage({ language: 'rus' })).toBeUndefined();
      expect(inquiryLanguage(undefined)).toBeUndefined();
    });
  });
});

describe('language through check(): a short reply keeps its rules', () => {
  const compiled = compileRuleSet(BUNDLED_RULE_SET);

  it('gives a short bokmål reply the bokmål rules (franc alone called it German)', () => {
    const text = 'Hei Kari,\n\nBussen går fra Festplassen hver halvtime. Søknaden sendes snarest.\n\nHilsen Ola';
    const result = check(text, { now: '2026-11-23T10:00:00+01:00' }, compiled);
    expect(result.language).toBe('nob');
    expect(result.findings.map((f) => text.slice(f.start, f.end))).toContain('snarest');
  });

  it('uses the quoted inquiry in the context for an unmarked short reply', () => {
    const text = 'Takk for meldingen. Renovasjonen tømmer dunken din på mandag.';
    const inquiry = { text: 'Kvifor vart ikkje dunken min tømd i går? Eg ventar på svar frå dykk.' };
    expect(check(text, { inquiry }, compiled).language).toBe('nno');
    expect(check(text, {}, compiled).language).toBe('nob');
  });
});
