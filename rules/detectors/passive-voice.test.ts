import { describe, expect, it } from 'vitest';
import type { RuleLanguage } from '../ids.ts';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { compileRuleSet } from '../engine/compile.ts';
import { check } from '../engine/check.ts';
import { BUNDLED_RULE_SET } from '../standard/index.ts';
import { passiveVoice } from './passive-voice.ts';
import type { DetectorInput } from './types.ts';

function spans(text: string, language: RuleLanguage, report = 'passive') {
  const hits = passiveVoice.detect(buildDetectorInput(text, { language, params: { report } }));
  return hits.map((h) => text.slice(h.start, h.end));
}

describe('passive-voice (bokmål)', () => {
  it.each([
    ['Vedtaket kan påklages til Statsforvalteren.', ['kan påklages']],
    ['Skjemaet sendes til oss.', ['sendes']],
    ['Saken vil bli behandlet i januar.', ['vil bli behandlet']],
    ['Søknaden ble ikke sendt i tide.', ['ble ikke sendt']],
    ['Det gis ikke støtte til dette.', ['Det gis']],
    ['Du bes sende inn lønnsslipp.', ['bes']],
    ['Søknaden må mottas innen fredag.', ['må mottas']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'nob')).toEqual(expected);
  });

  it.each([
    'Det finnes flere skjemaer, og vi synes saken er viktig.',
    'Vi trives, vi lykkes, vi møtes og minnes. Det kjennes godt. Vi ses!',
    'Prosessen, status, bussen, kurset, huset og fornuftens stemme.',
    'Det er annerledes nå, men fremdeles likeledes. Hennes og deres barn. Brukeres og innbyggeres rettigheter.',
    'Det blir dyrt, det blir bedre, og du blir kjent med naboene. Det blir ditt ansvar.',
    'Søknaden er mottatt, og Norges regler gjelder. Han heter Hodnes.',
    'Tjenestenes kvalitet og sakenes gang.',
    'Beboerne får et felles gårdsrom og felles vaskeri.',
    'Forsinkelsen skyldes stor pågang. Det føles tungt, og mange grues for vinteren. Det ryktes mye.',
    'Vi kjedes ikke, og ingen skal skjemmes over å spørre. Det lykkes nok, og vi minnes henne.',
    'Hun har diabetes, han har herpes, og hunden er vaksinert mot rabies. Agnes ringer i morgen.',
    'Vi sender best wishes fra kontoret. Nettsiden bruker cookies. Se matches i oversikten.',
    'Vi synes det er fint at dere omgås naboene, at de mislykkes sjelden, at barna slåss mindre og at vi ses snart.',
  ])('not passive: %s', (text) => {
    expect(spans(text, 'nob')).toEqual([]);
  });

  it('suggests an active rewrite for impersonal "Det …"', () => {
    const text = 'Det vises til søknaden din. Det kan ikke gis støtte.';
    const hits = passiveVoice.detect(buildDetectorInput(text, { language: 'nob' }));
    expect(hits.map((h) => h.suggestions)).toEqual([['Vi viser'], ['Vi kan ikke gi']]);
  });
});

describe('passive-voice (nynorsk)', () => {
  it.each([
    ['Søknaden skal sendast til kommunen.', ['skal sendast']],
    ['Saka vart behandla i går.', ['vart behandla']],
    ['Saka vert handsama av Byggesak.', ['vert handsama']],
    ['Du vil bli kontakta.', ['vil bli kontakta']],
  ])('%s', (text, expected) => {
    expect(spans(text, 'nno')).toEqual(expected);
  });

  it('reports the present-tense s-passive only under its own rule', () => {
    const text = 'Søknaden sendast til kommunen, og gebyret skal betalast innan fredag.';
    expect(spans(text, 'nno')).toEqual(['skal betalast']);
    expect(spans(text, 'nno', 'nynorsk-present-s')).toEqual(['sendast']);
  });

  it.each([
    'Det finst fleire skjema, og vi synest saka er viktig. Vi møtast i morgon, og vi trivst.',
    'Forseinkinga skuldast stor pågang. Vi kjedest ikkje, og ingen skal skjemmast over å spørje.',
    'Du får svar snarast, og det er enklast og vanlegast å søkje på nett. Fristen er seinast fredag.',
    'Det er ein kontrast, og vi har ein gjest og ein test. Dei fleste er best.',
    'Takk for praten. Snakkast!',
  ])('not passive: %s', (text) => {
    expect(spans(text, 'nno')).toEqual([]);
    expect(spans(text, 'nno', 'nynorsk-present-s')).toEqual([]);
  });

  it('never reports the nynorsk error in bokmål', () => {
    expect(spans('Søknaden sendes til kommunen.', 'nob', 'nynorsk-present-s')).toEqual([]);
  });
});

describe('passive-voice (English)', () => {
  it('finds be + participle, not adjectives', () => {
    expect(spans('Your application will be processed soon. The office is closed.', 'eng')).toEqual(['will be processed']);
  });
});

describe('passive-voice (nynorsk: -ast verbs that look like superlatives)', () => {
  it('reads "skal rettast" after a modal as a passive, but keeps the superlative elsewhere', () => {
    expect(spans('Klager skal rettast til Barnehagekontoret.', 'nno')).toEqual(['skal rettast']);
    expect(spans('Det er rettast å spørje først.', 'nno')).toEqual([]);
    // An adverb before another -ast verb ("kan tryggast gjerast") is no passive of its own.
    expect(spans('Dette kan tryggast gjerast på nett.', 'nno').some((s) => s.endsWith('tryggast'))).toBe(false);
  });
});

describe('passive-voice (passive style, not an occasional passive)', () => {
  const severities = (text: string, language: RuleLanguage) =>
    passiveVoice.detect(buildDetectorInput(text, { language, params: { report: 'passive', noteBelowOnePer: 50 } })).map((h) => h.severity ?? 'rule');

  it("keeps the rule's severity where passives are dense, and makes a lone passive in a longer active reply a note", () => {
    expect(severities('Avfallet hentes hver fjortende dag. Dersom beholderen ikke er satt fram, blir den ikke tømt.', 'nob')).toEqual(['rule', 'rule']);
    const active =
      'Thank you for letting us know, and I am sorry that your food waste bin was not emptied on Tuesday. The driver had to skip ' +
      'several houses in your street because a lorry blocked the turning area. We will come back on Friday morning, and you do not ' +
      'need to do anything. If the bin is still full on Friday evening, reply to this e-mail and I will send a driver on Saturday.';
    expect(severities(active, 'eng')).toEqual(['info']);
  });
});

describe('passive-voice: passives by the company they keep', () => {
  const plain = 'Vedtaket kan påklages til Statsforvalteren. Skjemaet sendes til oss.';
  const severities = (earlierHits: DetectorInput['earlierHits']) =>
    passiveVoice
      .detect(buildDetectorInput(plain, { language: 'nob', params: { report: 'passive', noteUnlessOtherClarity: 1 }, ...(earlierHits ? { earlierHits } : {}) }))
      .map((h) => h.severity ?? 'rule');

  it('makes passives notes in a reply with no other clarity finding', () => {
    expect(severities(undefined)).toEqual(['info', 'info']);
    // A tone finding or a long sentence's note is not officialese company.
    expect(
      severities([
        { ruleId: 'tone.x', category: 'tone', start: 0, end: 3, severity: 'warning' },
        { ruleId: 'klarsprak.lang-setning', category: 'clarity', start: 0, end: 3, severity: 'info', kind: 'metric' },
      ]),
    ).toEqual(['info', 'info']);
  });

  it('counts an officialese word as company also when it is only a note («angående», «Vi viser til»)', () => {
    expect(severities([{ ruleId: 'klarsprak.angaende', category: 'clarity', start: 0, end: 3, severity: 'info', kind: 'substitution' }])).toEqual([
      'rule',
      'rule',
    ]);
  });

  it('counts an impersonal passive («Det presiseres», «vert det lagt») as officialese company', () => {
    const text = 'Avfallet hentes hver fjortende dag. Det presiseres at feilsortert avfall ikke tas med.';
    const hits = passiveVoice.detect(buildDetectorInput(text, { language: 'nob', params: { report: 'passive', noteUnlessOtherClarity: 1 } }));
    expect(hits.map((h) => [text.slice(h.start, h.end), h.severity ?? 'rule'])).toEqual([
      ['hentes', 'rule'],
      ['Det presiseres', 'rule'],
      ['tas', 'rule'],
    ]);
  });

  it("does not count a citizen's question left open as officialese company", () => {
    expect(severities([{ ruleId: 'sporsmal.ubesvart', category: 'clarity', start: 0, end: 3, severity: 'warning', detector: 'unanswered-question' }])).toEqual([
      'info',
      'info',
    ]);
  });

  it("keeps the rule's severity beside another clarity finding", () => {
    expect(severities([{ ruleId: 'klarsprak.y', category: 'clarity', start: 0, end: 3, severity: 'suggestion' }])).toEqual(['rule', 'rule']);
  });

  it('with the bundled rules: underlined among kanselli words, a note in a plain reply', () => {
    const compiled = compileRuleSet(BUNDLED_RULE_SET);
    const passives = (text: string) =>
      check(text, { language: 'nob', now: '2026-11-23T10:00:00+01:00' }, compiled)
        .findings.filter((f) => f.ruleId === 'klarsprak.passiv')
        .map((f) => [text.slice(f.start, f.end), f.severity]);
    expect(passives('Hei Kari,\n\nSøknaden din er godkjent. Vedtaket kan påklages til Statsforvalteren innen tre uker.\n\nHilsen Ola')).toEqual([
      ['kan påklages', 'info'],
    ]);
    expect(
      passives(
        'Hei Kari,\n\nUndertegnede viser til Deres henvendelse vedrørende parkering. Vedtaket kan påklages til Statsforvalteren innen tre uker.\n\nHilsen Ola',
      ),
    ).toEqual([['kan påklages', 'suggestion']]);
  });
});

describe('passive-voice: a passive in a short plain sentence', () => {
  const severities = (text: string, language: RuleLanguage, earlierHits?: DetectorInput['earlierHits']) =>
    passiveVoice
      .detect(buildDetectorInput(text, { language, params: { report: 'passive', noteInPlainSentenceUnder: 20 }, ...(earlierHits ? { earlierHits } : {}) }))
      .map((h) => [text.slice(h.start, h.end), h.severity ?? 'rule']);
  const long = 'The application that you sent to our office in the spring has now been approved by the planning committee after a careful review.';

  it('is a note in English and for a bokmål «bli» passive', () => {
    expect(severities('Your bin was not emptied on Tuesday. We are sorry.', 'eng')).toEqual([['was not emptied', 'info']]);
    expect(severities('Søknaden ble sendt til oss i går.', 'nob')).toEqual([['ble sendt', 'info']]);
  });

  it('stays a problem in a long sentence, beside another clarity finding, or as an office formula', () => {
    expect(severities(long, 'eng')).toEqual([['has now been approved', 'rule']]);
    const text = 'Your bin was not emptied on Tuesday.';
    expect(severities(text, 'eng', [{ ruleId: 'plain-en.x', category: 'clarity', start: 9, end: 12, severity: 'suggestion', kind: 'substitution' }])).toEqual([
      ['was not emptied', 'rule'],
    ]);
    // Another clarity finding in another sentence does not keep this one a problem.
    expect(
      severities('Hello. Your bin was not emptied on Tuesday.', 'eng', [
        { ruleId: 'plain-en.x', category: 'clarity', start: 0, end: 5, severity: 'suggestion' },
      ]),
    ).toEqual([['was not emptied', 'info']]);
    expect(severities('It is decided that the fee stays.', 'eng')).toEqual([['is decided', 'rule']]);
    expect(severities('Det vil bli tatt kontakt med deg.', 'nob')).toEqual([['vil bli tatt', 'rule']]);
  });

  it('keeps the bokmål s-passive and every nynorsk passive a problem', () => {
    expect(severities('Søknaden avslås.', 'nob')).toEqual([['avslås', 'rule']]);
    expect(severities('Søknaden vart sendt i går.', 'nno')).toEqual([['vart sendt', 'rule']]);
  });
});

describe('passive-voice: a passive in the past', () => {
  const severities = (text: string, language: RuleLanguage) =>
    passiveVoice
      .detect(buildDetectorInput(text, { language, params: { report: 'passive', noteForPastOn: ['was', 'were', 'ble', 'blei'] } }))
      .map((h) => [text.slice(h.start, h.end), h.severity ?? 'rule']);
  const longPast =
    'The application that you sent to our office in the spring was reviewed by the planning committee after a careful assessment of every document.';
  const longFuture =
    'The application that you sent to our office in the spring will be reviewed by the planning committee after a careful assessment of every document.';

  it('is a note for the auxiliaries listed, in a sentence of any length, and a problem for the others', () => {
    expect(severities(longPast, 'eng')).toEqual([['was reviewed', 'info']]);
    expect(severities(longFuture, 'eng')).toEqual([['will be reviewed', 'rule']]);
    expect(severities('Søknaden din ble sendt videre til Plan- og bygningsetaten, som nå vurderer den på nytt.', 'nob')).toEqual([['ble sendt', 'info']]);
    expect(severities('Søknaden vart sendt vidare til byggesak.', 'nno')).toEqual([['vart sendt', 'rule']]);
  });

  it('rejects a list that is not single words', () => {
    expect(() => passiveVoice.parseParams!({ noteForPastOn: ['was sent'] })).toThrow(/noteForPastOn/);
    expect(() => passiveVoice.parseParams!({ noteForPastOn: [] })).toThrow(/noteForPastOn/);
  });
});

describe('passive-voice: a passive in a sentence that reads easily', () => {
  const severities = (text: string, language: RuleLanguage) =>
    passiveVoice
      .detect(buildDetectorInput(text, { language, params: { report: 'passive', noteInSentenceLixUpTo: 40 } }))
      .map((h) => [text.slice(h.start, h.end), h.severity ?? 'rule']);

  it('is a note in a sentence of LIX 40 or less, a problem in a heavier one, and the impersonal formula stays a problem', () => {
    expect(severities('Hvis du vil, kan skjemaet sendes til oss i posten.', 'nob')).toEqual([['sendes', 'info']]);
    expect(severities('Søknaden om dispensasjon fra reguleringsplanens bestemmelser kan ikke behandles før dokumentasjonen foreligger.', 'nob')).toEqual([
      ['kan ikke behandles', 'rule'],
    ]);
    expect(severities('Det vises til brevet ditt.', 'nob')).toEqual([['Det vises', 'rule']]);
  });

  it('rejects a limit that is no LIX value', () => {
    expect(() => passiveVoice.parseParams!({ noteInSentenceLixUpTo: 0 })).toThrow(/noteInSentenceLixUpTo/);
  });
});
