import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/calendar.ts';
import type { RuleLanguage } from '../ids.ts';
import { analyze } from '../text/analysis.ts';
import { findDates } from './find-dates.ts';

const calendar = createCalendar();
const WEDNESDAY = '2026-11-25';

function find(text: string, language: RuleLanguage = 'nob', today = WEDNESDAY) {
  const found = findDates(text, language, today, calendar);
  // Tried only where the patterns can start (the analysis's words and digits): the same dates.
  expect(findDates(text, language, today, calendar, analyze(text))).toEqual(found);
  for (const date of found) expect(text.slice(date.start, date.end)).toBe(date.text);
  return found.map(({ text: phrase, date, promise }) => ({ phrase, date, promise }));
}

function only(text: string, language: RuleLanguage = 'nob', today = WEDNESDAY) {
  const found = find(text, language, today);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('findDates — bokmål', () => {
  it.each([
    ['Vi svarer innen fredag.', 'innen fredag', '2026-11-27', true],
    ['Vi ringer deg på fredag.', 'på fredag', '2026-11-27', false],
    ['Møtet er fredag 4. desember.', 'fredag 4. desember', '2026-12-04', false],
    ['Du får svar innen fredag 4. desember.', 'innen fredag 4. desember', '2026-12-04', true],
    ['Fristen er 4. desember.', '4. desember', '2026-12-04', false],
    ['Fristen er 4. des. i år.', '4. des.', '2026-12-04', false],
    ['Send det senest 04.12.2026.', 'senest 04.12.2026', '2026-12-04', true],
    ['Vi svarer innen 4.12. som lovet.', 'innen 4.12.', '2026-12-04', true],
    ['Datoen er 2026-12-04.', '2026-12-04', '2026-12-04', false],
    ['Du får svar innen 14 dager.', 'innen 14 dager', '2026-12-09', true],
    ['Du får svar innen 5 arbeidsdager.', 'innen 5 arbeidsdager', '2026-12-02', true],
    ['Du får svar innen fem virkedager.', 'innen fem virkedager', '2026-12-02', true],
    ['Vi svarer i løpet av neste uke.', 'i løpet av neste uke', '2026-12-04', true],
    ['Vi tar kontakt neste uke.', 'neste uke', '2026-12-04', false],
    ['Vi ringer i morgen.', 'i morgen', '2026-11-26', false],
    ['Saken behandles over helgen.', 'over helgen', '2026-11-30', false],
    ['Du hører fra oss i løpet av uka.', 'i løpet av uka', '2026-11-27', true],
    ['Du får svar innen utgangen av neste uke.', 'innen utgangen av neste uke', '2026-12-04', true],
    ['Vi svarer innen i dag.', 'innen i dag', '2026-11-25', true],
    ['Vi svarer fredag, senest.', 'fredag, senest', '2026-11-27', true],
    ['Vi sender det før 1. desember.', 'før 1. desember', '2026-12-01', true],
  ])('%s', (text, phrase, date, promise) => {
    expect(only(text)).toEqual({ phrase, date, promise });
  });

  it('reports offsets of the whole phrase', () => {
    const text = 'Hei! Vi svarer innen fredag.';
    const [found] = findDates(text, 'nob', WEDNESDAY, calendar);
    expect(found).toMatchObject({ start: 15, end: 27, text: 'innen fredag' });
  });

  it('finds several dates in order', () => {
    expect(find('Vi ringer i morgen og sender vedtaket innen 4. desember.')).toEqual([
      { phrase: 'i morgen', date: '2026-11-26', promise: false },
      { phrase: 'innen 4. desember', date: '2026-12-04', promise: true },
    ]);
  });

  it('does not treat "i dag" without a promise word as a date', () => {
    expect(find('I dag er det mange som søker.')).toEqual([]);
  });
});

describe('findDates — nynorsk', () => {
  it.each([
    ['Vi svarar innan fredag.', 'innan fredag', '2026-11-27', true],
    ['Du får svar i løpet av neste veke.', 'i løpet av neste veke', '2026-12-04', true],
    ['Vi ringjer om 14 dagar.', 'om 14 dagar', '2026-12-09', false],
    ['Vi ringjer deg i morgon.', 'i morgon', '2026-11-26', false],
    ['Du får svar seinast tysdag.', 'seinast tysdag', '2026-12-01', true],
    ['Du får svar i løpet av veka.', 'i løpet av veka', '2026-11-27', true],
    ['Vi svarar innan ei veke.', 'innan ei veke', '2026-12-02', true],
    ['Saka er oppe laurdag 5. desember.', 'laurdag 5. desember', '2026-12-05', false],
  ])('%s', (text, phrase, date, promise) => {
    expect(only(text, 'nno')).toEqual({ phrase, date, promise });
  });
});

describe('findDates — English', () => {
  it.each([
    ['We will reply by Friday.', 'by Friday', '2026-11-27', true],
    ['The meeting is on 4 December.', 'on 4 December', '2026-12-04', false],
    ['Your appointment is December 4.', 'December 4', '2026-12-04', false],
    ['Expect an answer by Friday, 4th of December 2026.', 'by Friday, 4th of December 2026', '2026-12-04', true],
    ['You will hear from us within 14 days.', 'within 14 days', '2026-12-09', true],
    ['You will hear from us within five working days.', 'within five working days', '2026-12-02', true],
    ['We will call you next week.', 'next week', '2026-12-04', false],
    ['We will call you tomorrow.', 'tomorrow', '2026-11-26', false],
    ['We will call you the day after tomorrow.', 'the day after tomorrow', '2026-11-27', false],
    ['We will decide by the end of next week.', 'by the end of next week', '2026-12-04', true],
    ['Please send it by 04.12.2026.', 'by 04.12.2026', '2026-12-04', true],
    ['We reply on Monday at the latest.', 'on Monday at the latest', '2026-11-30', true],
  ])('%s', (text, phrase, date, promise) => {
    expect(only(text, 'eng')).toEqual({ phrase, date, promise });
  });

  it('does not read the verb "may" or Norwegian words as dates in English', () => {
    expect(find('You may 2 times apply. Vi svarer i morgen.', 'eng')).toEqual([]);
  });
});

describe('findDates — resolution rules', () => {
  it('never resolves a weekday name to today', () => {
    expect(only('Svar innen fredag.', 'nob', '2026-11-27').date).toBe('2026-12-04');
  });

  it('reads a weekday after a past-tense verb as the one just gone', () => {
    expect(only('The sweeper who was supposed to come on Monday did not come.', 'eng').date).toBe('2026-11-23');
    expect(only('Feiaren skulle kome på måndag.', 'nno').date).toBe('2026-11-23');
    expect(only('Han kom ikke på mandag.').date).toBe('2026-11-23');
    expect(only('Han kommer på mandag.').date).toBe('2026-11-30');
  });

  it('puts "neste fredag" in next calendar week', () => {
    expect(only('Vi ringer neste fredag.').date).toBe('2026-12-04');
    expect(only('Vi ringer neste fredag.', 'nob', '2026-11-28').date).toBe('2026-12-04'); // from Saturday
    expect(only('We call next Friday.', 'eng').date).toBe('2026-12-04');
  });

  it('takes a date without a year as its next occurrence on or after today', () => {
    expect(only('innen 4. desember', 'nob', '2026-12-04').date).toBe('2026-12-04');
    expect(only('innen 4. desember', 'nob', '2026-12-10').date).toBe('2027-12-04');
    expect(only('innen 29. februar', 'nob', '2026-03-01').date).toBe('2028-02-29');
  });

  it('crosses the year boundary', () => {
    expect(only('Vi ringer i morgen.', 'nob', '2026-12-31').date).toBe('2027-01-01');
    expect(only('Svar innen 5. januar.', 'nob', '2026-12-20').date).toBe('2027-01-05');
    // 2026-12-28 Mon: 29, 30, 31 Dec, (1 Jan holiday), 4, 5 Jan.
    expect(only('innen 5 arbeidsdager', 'nob', '2026-12-28').date).toBe('2027-01-05');
    expect(only('i løpet av neste uke', 'nob', '2026-12-30').date).toBe('2027-01-08');
  });

  it('works around Easter 2026', () => {
    const mondayBeforeEaster = '2026-03-30';
    // Skjærtorsdag and langfredag close the week on Wednesday.
    expect(only('i løpet av uka', 'nob', mondayBeforeEaster).date).toBe('2026-04-01');
    expect(only('innen 5 arbeidsdager', 'nob', mondayBeforeEaster).date).toBe('2026-04-09');
    // Three calendar days land on skjærtorsdag and move to the Tuesday after Easter.
    expect(only('innen 3 dager', 'nob', mondayBeforeEaster).date).toBe('2026-04-07');
    expect(only('tidlig neste uke', 'nob', mondayBeforeEaster).date).toBe('2026-04-07');
  });

  it('moves a duration that ends on a weekend to Monday', () => {
    expect(only('innen 3 dager').date).toBe('2026-11-30');
    expect(only('innen to uker').date).toBe('2026-12-09');
    expect(only('innen 2–3 uker').date).toBe('2026-12-16');
  });

  it('keeps an explicitly named closed day as written', () => {
    expect(only('innen 17. mai', 'nob', '2027-05-01').date).toBe('2027-05-17');
    expect(only('innen lørdag').date).toBe('2026-11-28');
  });

  it('reads "uka" on a weekend as the coming week', () => {
    expect(only('i løpet av uka', 'nob', '2026-11-29').date).toBe('2026-12-04');
    expect(only('over helgen', 'nob', '2026-11-29').date).toBe('2026-11-30');
  });

  it('rejects impossible dates', () => {
    expect(find('innen 31. april')).toEqual([]);
    expect(find('innen 30.02.2026')).toEqual([]);
  });
});

describe('findDates — things that are not dates', () => {
  it.each([
    'Saksnummer 2026/12345 gjelder deg.',
    'Gebyret er 1.200 kr.',
    'Vi har åpent til kl. 12.30.',
    'Møtet starter kl. 9.05.',
    'Vi er på plass fra 10.00–11.05.',
    'Ring 55 56 55 56 eller +47 912 34 567.',
    'Oppdater til versjon 4.12. først.',
    'Installer versjon 2.10.3 i dag.',
    'Fødselsnummer 04122612345 er registrert.',
    'Renten økte med 12.5%.',
    'Andelen er 4.12 %.',
    'Vi har åpent mandag–fredag.',
    'Vi har åpent fra mandag til fredag.',
    'Biblioteket holder stengt hver fredag.',
    'Det er mange fredager igjen.',
    'Se punkt 4.12. i avtalen.',
    'I dag behandler vi mange saker.',
    'Tallet er 3.14.15.',
    'Vi behandler søknaden om 3 uker permisjon.',
  ])('%s', (text) => {
    expect(find(text)).toEqual([]);
  });

  it.each(['We are open Monday to Friday.', 'Office hours: Monday–Friday.', 'The fee rose by 4.12 %.', 'Call us every Friday.'])('%s (English)', (text) => {
    expect(find(text, 'eng')).toEqual([]);
  });
});

describe('findDates — the past, week numbers and parts of a month', () => {
  // Monday 23 November 2026.
  const MONDAY = '2026-11-23';
  it.each([
    ['Du fikk brev 12. november.', 'nob', '2026-11-12'],
    ['Vi mottok søknaden din 2. mars.', 'nob', '2026-03-02'],
    ['Brevet ditt av 12. november er mottatt.', 'nob', '2026-11-12'],
    ['Du fekk brev 12. november.', 'nno', '2026-11-12'],
    ['You received our letter on 12 November.', 'eng', '2026-11-12'],
    ['Vi sendte brevet 12. november, og du får svar 4. desember.', 'nob', '2026-11-12'],
  ])('%s → the past date', (text, language, date) => {
    expect(find(text, language as RuleLanguage, MONDAY)[0]!.date).toBe(date);
  });

  it('keeps a future date in a sentence that turns to the future, and every promise', () => {
    expect(find('Vi har sendt deg brev, og du får svar 4. desember.', 'nob', MONDAY)[0]!.date).toBe('2026-12-04');
    expect(only('Du fikk frist til 4. desember.', 'nob', MONDAY).date).toBe('2026-12-04');
    expect(only('Vi svarer innen 20. november.', 'nob', MONDAY).date).toBe('2027-11-20');
    expect(only('Fristen er 12. mars.', 'nob', MONDAY).date).toBe('2027-03-12');
  });

  it.each([
    ['Vi behandler saken i uke 50.', 'nob', 'i uke 50', '2026-12-11', false],
    ['Du får svar innen uke 2.', 'nob', 'innen uke 2', '2027-01-15', true],
    ['Du får svar i veke 50.', 'nno', 'i veke 50', '2026-12-11', false],
    ['We will reply in week 50.', 'eng', 'in week 50', '2026-12-11', false],
    ['Du får svar innen utgangen av måneden.', 'nob', 'innen utgangen av måneden', '2026-11-30', true],
    ['Du får svar innan utgangen av månaden.', 'nno', 'innan utgangen av månaden', '2026-11-30', true],
    ['Vi avgjør saken ved utgangen av neste uke.', 'nob', 'ved utgangen av neste uke', '2026-12-04', false],
    ['Du får svar innen utgangen av neste måned.', 'nob', 'innen utgangen av neste måned', '2026-12-31', true],
    ['Vi svarer i løpet av januar.', 'nob', 'i løpet av januar', '2027-01-29', true],
    ['Saken er ferdig i midten av januar.', 'nob', 'i midten av januar', '2027-01-15', false],
    ['Saka er ferdig i midten av januar.', 'nno', 'i midten av januar', '2027-01-15', false],
    ['We will decide by the end of the month.', 'eng', 'by the end of the month', '2026-11-30', true],
    ['We will decide by the end of January.', 'eng', 'by the end of January', '2027-01-29', true],
    ['We expect a decision in mid-January.', 'eng', 'mid-January', '2027-01-15', false],
    ['Du får svar over nyttår.', 'nob', 'over nyttår', '2027-01-04', false],
    ['Vi behandlar saka etter jula.', 'nno', 'etter jula', '2026-12-28', false],
    ['We will reply after the New Year.', 'eng', 'after the New Year', '2027-01-04', false],
  ])('%s', (text, language, phrase, date, promise) => {
    expect(only(text, language as RuleLanguage, MONDAY)).toEqual({ phrase, date, promise });
  });
});

describe('findDates with the analysis', () => {
  it.each([
    'Svar kommer innen 4. desember, ref. www.nav.no/2026-12-01 og nr.12.12.2026.',
    'ſvar innen fredag, ſenest 4. desember',
    'Vi svarer (innen 14 dager) og «neste fredag»; i morgen-møtet 2026-12-01T10:00.',
    'Innen utgangen av januar, i løpet av uke 50, over nyttår og etter jul.',
  ])('finds what the whole scan finds in «%s»', (text) => {
    find(text);
    find(text, 'nno');
    find(text, 'eng');
  });
});
