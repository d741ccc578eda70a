import { describe, expect, it } from 'vitest';
import { BUNDLED_RULE_SET } from '../standard/index.ts';
import type { RuleSet } from '../ruleset/types.ts';
import { check } from './check.ts';
import { compileRuleSet, RuleSetError } from './compile.ts';

const compiled = compileRuleSet(BUNDLED_RULE_SET);
const NOW = '2026-11-23T10:00:00+01:00';

describe('check', () => {
  it('reports Vedrørende and a fødselsnummer with offsets that cut exactly those words', () => {
    const text = 'Hei, Kari!\n\nVedrørende søknaden din: Vi har registrert fødselsnummeret 13097248022 i saken.';
    const result = check(text, { now: NOW }, compiled);
    const cut = Object.fromEntries(result.findings.map((f) => [f.ruleId, text.slice(f.start, f.end)]));
    expect(cut['klarsprak.vedrorende']).toBe('Vedrørende');
    expect(cut['personvern.fodselsnummer']).toBe('13097248022');
    expect(result.language).toBe('nob');
    const vedrorende = result.findings.find((f) => f.ruleId === 'klarsprak.vedrorende')!;
    expect(vedrorende).toMatchObject({ category: 'clarity', subgoal: 'kompetent.klart-sprak', suggestions: ['Om'] });
  });

  it('underlines a refusal once: the tone model and the refusal rule leave a sentence another rule already flagged', () => {
    for (const [text, language, rule] of [
      ['Vi har ikkje budsjett til slikt.', 'nno', 'tone.refusal-next-step'],
      ['There is nothing we can do about it.', 'eng', 'tone.blaming-en'],
      ['Det er ikke noe vi kan gjøre med det.', 'nob', 'tone.blaming'],
    ] as const) {
      const tone = check(text, { now: NOW, language }, compiled).findings.filter((f) => f.category === 'tone');
      expect(tone.map((f) => f.ruleId)).toEqual([rule]);
    }
  });

  it('puts nothing derived from a national id into the finding', () => {
    const text = 'Fødselsnummeret er 13097248022.';
    const finding = check(text, { now: NOW, language: 'nob' }, compiled).findings.find((f) => f.category === 'personal-data')!;
    expect(finding.id).toBe('personvern.fodselsnummer:p:0');
    expect(JSON.stringify(finding)).not.toMatch(/1309|8022/);
  });

  it('finds a pattern that opens with words wherever one of them starts: inside a hyphenated word or a link, in text order, never twice over itself', () => {
    const pattern = '(?<![\\p{L}\\p{N}])(?:vi|dere) (?:kommer|kommer kommer)(?![\\p{L}\\p{N}])';
    const set: RuleSet = {
      ...BUNDLED_RULE_SET,
      rules: [
        {
          id: 'test.vi-kommer',
          kind: 'existence',
          category: 'deadline',
          subgoal: 'palitelig.forutsigbar',
          severity: 'suggestion',
          languages: ['nob'],
          patterns: [pattern],
          message: { nb: 'Test' },
          examples: { bad: ['[[vi kommer]]', 'Ja, [[vi kommer]].'], good: ['Ja.', 'Nei.'] },
        },
      ],
      checklist: [],
    };
    const one = compileRuleSet(set);
    const text = 'Nei-vi kommer. Se www.vi kommer.no. Dere kommer kommer, og vi kommer.';
    const found = check(text, { now: NOW, language: 'nob' }, one).findings.map((f) => [f.start, text.slice(f.start, f.end)]);
    // Exactly what a scan of the whole text gives.
    const scan = [...text.matchAll(new RegExp(pattern, 'giu'))].map((m) => [m.index, m[0]]);
    expect(found).toEqual(scan);
    expect(found).toEqual([
      [4, 'vi kommer'],
      [22, 'vi kommer'],
      [36, 'Dere kommer'],
      [59, 'vi kommer'],
    ]);
  });

  it('reports a long sentence under minSentenceLix only when its own LIX is above it', () => {
    const rule = {
      id: 'test.lang',
      kind: 'metric' as const,
      metric: 'sentence-words' as const,
      max: 20,
      category: 'clarity' as const,
      subgoal: 'kompetent.klart-sprak' as const,
      severity: 'suggestion' as const,
      languages: ['nob' as const],
      message: { nb: 'Lang' },
      examples: { bad: ['[[Dette er en setning med mange flere ord enn det som er lurt å ha med i en setning av denne typen her.]]'], good: ['Kort.'] },
    };
    const plain = 'Ring oss hvis barnet har feber, ikke vil drikke, er slapp, får utslett, kaster opp eller bare virker syk på en måte du ikke liker i dag.';
    const heavy =
      'Vedrørende søknaden om økonomisk sosialhjelp bemerkes innledningsvis at dokumentasjonsgrunnlaget vedrørende inntektsforholdene fremstår mangelfullt, hvorfor realitetsbehandling forutsetter ettersendelse av kontoutskrifter samt arbeidsgivererklæring.';
    const spans = (minSentenceLix?: number) => {
      const set: RuleSet = { ...BUNDLED_RULE_SET, rules: [minSentenceLix === undefined ? rule : { ...rule, minSentenceLix }], checklist: [] };
      const text = `${plain} ${heavy}`;
      return check(text, { now: NOW, language: 'nob' }, compileRuleSet(set)).findings.map((f) => text.slice(f.start, f.start + 8));
    };
    expect(spans()).toEqual(['Ring oss', 'Vedrøren']);
    expect(spans(60)).toEqual(['Vedrøren']);
  });

  it('never points at an empty span and stays within the text', () => {
    const text = 'Vi har mottatt søknaden din om bostøtte og kommer tilbake til deg snarest mulig med et svar på den.';
    for (const f of check(text, { now: NOW }, compiled).findings) {
      expect(f.start).toBeLessThan(f.end);
      expect(f.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('keeps finding ids stable when text elsewhere changes', () => {
    const a = check('Vi skriver vedrørende saken.', { now: NOW, language: 'nob' }, compiled).findings;
    const b = check('Hei! Vi skriver i dag vedrørende saken.', { now: NOW, language: 'nob' }, compiled).findings;
    expect(a.find((f) => f.ruleId === 'klarsprak.vedrorende')!.id).toBe(b.find((f) => f.ruleId === 'klarsprak.vedrorende')!.id);
  });

  it('gives a nynorsk reply nynorsk suggestions only', () => {
    const text = 'Hei! Eg skriv til deg. Det føreligg ikkje tilstrekkeleg dokumentasjon i saka di, og vi vil iverksetje tiltaket.';
    const result = check(text, { now: NOW }, compiled);
    expect(result.language).toBe('nno');
    const suggestions = result.findings.flatMap((f) => f.suggestions);
    expect(suggestions).toEqual(expect.arrayContaining(['finst', 'setje i gang']));
    expect(suggestions).not.toContain('finnes');
    expect(suggestions).not.toContain('sette i gang');
  });

  it('gives an English reply no Norwegian word suggestions', () => {
    const text = 'Dear Kari, thank you for your message. We have received your application and will reply by Friday 4 December.';
    const result = check(text, { now: NOW }, compiled);
    expect(result.language).toBe('eng');
    expect(result.findings.filter((f) => f.category === 'clarity' && f.suggestions.length > 0)).toEqual([]);
  });

  it('still checks personal data in a reply in another language', () => {
    const text = 'Спасибо за ваше сообщение. Ваш номер 13097248022 зарегистрирован, и мы ответим в пятницу.';
    const result = check(text, { now: NOW }, compiled);
    expect(result.language).toBe('rus');
    expect(result.findings.map((f) => f.ruleId)).toEqual(['personvern.fodselsnummer']);
  });

  it('writes messages in nynorsk for a nynorsk reply and in the chosen UI language otherwise', () => {
    const text = 'Eg har ikkje fått svar, men vi svarar snarast.';
    expect(check(text, { now: NOW, language: 'nno' }, compiled).findings[0]!.message).toMatch(/vag lovnad/);
    expect(check(text, { now: NOW, language: 'nno', uiLanguage: 'en' }, compiled).findings[0]!.message).toMatch(/vague promise/);
  });

  it('fills every UI language, so a screen can switch language without a new check', () => {
    const finding = check('Eg har ikkje fått svar, men vi svarar snarast.', { now: NOW, language: 'nno' }, compiled).findings[0]!;
    expect(finding.messages?.nn).toBe(finding.message);
    expect(finding.messages?.nb).toMatch(/vagt løfte/);
    expect(finding.messages?.en).toMatch(/vague promise/);
    expect(Object.keys(finding.advices ?? {}).sort()).toEqual(['en', 'nb', 'nn']);
    // A value the detector words per language (the weekday's name) is in each language's text.
    const promise = check('Hei! Du får svar innen fredag.', { now: NOW }, compiled).findings.find(
      (f) => f.ruleId.startsWith('frist.') && /fredag/.test(f.message),
    );
    expect(promise?.messages?.en).toMatch(/Friday/);
    expect(promise?.messages?.nn).toMatch(/fredag/);
  });

  it('resolves promised dates and the deadline status from the received date', () => {
    const text = 'Hei! Du får svar innen fredag.';
    const result = check(text, { now: NOW, inquiry: { receivedAt: '2026-11-16', kind: 'question' } }, compiled);
    expect(result.dates).toEqual([expect.objectContaining({ text: 'innen fredag', date: '2026-11-27', promise: true })]);
    expect(result.deadline?.policies[0]).toMatchObject({ policyId: 'svar-henvendelse', dueDate: '2026-11-23', status: 'due-today' });
  });

  it('checks only the first part of a huge text and says where it stopped', () => {
    const text = 'Vi skriver vedrørende saken. '.repeat(10_000);
    const result = check(text, { now: NOW, language: 'nob' }, compiled, { maxLength: 1000 });
    expect(result.truncatedAt).toBe(1000);
    expect(Math.max(...result.findings.map((f) => f.end))).toBeLessThanOrEqual(1000);
  });

  it('isolates a rule that throws: the other findings survive and the rule is named', () => {
    const broken = compileRuleSet(BUNDLED_RULE_SET);
    const rule = broken.rules.find((r) => r.rule.id === 'personvern.fodselsnummer')!;
    rule.detector = {
      ...rule.detector!,
      detect: () => {
        throw new Error('boom');
      },
    };
    const result = check('Vedrørende 13097248022.', { now: NOW, language: 'nob' }, broken);
    expect(result.failedRules).toEqual(['personvern.fodselsnummer']);
    expect(result.findings.map((f) => f.ruleId)).toContain('klarsprak.vedrorende');
  });
});

describe('compileRuleSet', () => {
  const clone = (): RuleSet => JSON.parse(JSON.stringify(BUNDLED_RULE_SET));

  it('lists every problem with its path', () => {
    const set = clone() as unknown as Record<string, unknown> & { rules: Array<Record<string, unknown>> };
    set.version = 'one';
    set.rules[0]!.subgoal = 'kompetent.ukjent';
    try {
      compileRuleSet(set);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleSetError);
      const paths = (error as RuleSetError).issues.map((i) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['version', 'rules[0].subgoal']));
    }
  });

  it('rejects unknown detectors, duplicate ids and invalid regular expressions', () => {
    const set = clone();
    set.rules.push({ ...set.rules.find((r) => r.kind === 'detector')!, id: 'x.ukjent', detector: 'finnes-ikke' } as never);
    set.rules.push({ ...set.rules[0]! });
    set.rules.push({ ...set.rules.find((r) => r.kind === 'required')!, id: 'x.regex', anyOf: ['(uavsluttet'] } as never);
    const messages = (() => {
      try {
        compileRuleSet(set);
        return [];
      } catch (error) {
        return (error as RuleSetError).issues.map((i) => i.message);
      }
    })();
    expect(messages.join('\n')).toMatch(/unknown detector «finnes-ikke»/);
    expect(messages.join('\n')).toMatch(/duplicate rule id/);
    expect(messages.join('\n')).toMatch(/invalid regular expression/);
  });
});
