import { describe, expect, it } from 'vitest';
import { analyze } from './analysis.ts';
import { detectLanguage } from './language.ts';

const detect = (text: string, forced?: 'nob' | 'nno' | 'eng', fallback: 'nob' | 'nno' | 'eng' = 'nob') =>
  detectLanguage(text, analyze(text).words, forced, fallback);

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
});
