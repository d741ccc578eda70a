import { describe, expect, it } from 'vitest';
import { acceptRuleSetValue, type AcceptResult } from '../ruleset/accept.ts';
import { compileRuleSet } from '../engine/compile.ts';
import { check } from '../engine/check.ts';
import { EXAMPLE_NOW } from '../engine/examples.ts';
import { BUNDLED_RULE_SET } from '../standard/index.ts';
import { cloneTestSet } from '../ruleset/test-fixtures.ts';
import type { ReplyTemplate } from '../ruleset/types.ts';
import { fillTemplate } from './placeholders.ts';
import { REPLY_LANGUAGE_OF, sampleFacts, TEMPLATE_LANGUAGES, templateShapeProblems } from './validate.ts';

const compiled = compileRuleSet(BUNDLED_RULE_SET);
const templates = BUNDLED_RULE_SET.templates ?? [];

const template = (patch: Partial<ReplyTemplate> = {}): ReplyTemplate => ({
  id: 'test.kvittering',
  title: { nb: 'Kvittering', nn: 'Kvittering', en: 'Receipt' },
  text: { nb: 'Hei {citizenName}!', nn: 'Hei {citizenName}!', en: 'Dear {citizenName},' },
  kinds: ['question'],
  subgoals: ['palitelig.forutsigbar'],
  ...patch,
});

const problemsOf = (result: AcceptResult) => (result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`));

describe('bundled templates', () => {
  it('cover the common cases with at least 15 templates', () => {
    expect(templates.length).toBeGreaterThanOrEqual(15);
    const ids = templates.map((t) => t.id);
    for (const id of [
      'kvittering',
      'forelopig-svar',
      'innsyn-innvilget',
      'innsyn-avslag',
      'oversending',
      'purring-dokumentasjon',
      'beklagelse-feil',
      'svar-ros',
      'klage-mottatt',
      'klage-videre-behandling',
      'vedtak-sendt',
      'selvbetjening',
    ])
      expect(ids).toContain(id);
  });

  it('have no structural problems', () => {
    expect(templateShapeProblems(BUNDLED_RULE_SET)).toEqual([]);
  });

  for (const t of templates)
    for (const language of TEMPLATE_LANGUAGES)
      it(`«${t.id}» (${language}) gives no finding above info when filled`, () => {
        const { facts, inquiry } = sampleFacts(compiled, t);
        const filled = fillTemplate(t.text[language], facts, language);
        expect(filled.unfilled).toEqual([]);
        const findings = check(filled.text, { language: REPLY_LANGUAGE_OF[language], now: EXAMPLE_NOW, inquiry }, compiled).findings;
        expect(findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${filled.text.slice(f.start, f.end)}`)).toEqual([]);
      });

  it('flag an unfilled placeholder as a finding when inserted as it is', () => {
    const t = templates.find((x) => x.id === 'kvittering')!;
    const filled = fillTemplate(t.text.nb, { citizenName: 'Kari Nordmann' }, 'nb');
    const findings = check(filled.text, { language: 'nob', now: EXAMPLE_NOW }, compiled).findings.filter((f) => f.ruleId === 'mal.plassholder');
    expect(findings.map((f) => filled.text.slice(f.start, f.end))).toContain('[fyll inn: saksnummer]');
  });
});

describe('template acceptance', () => {
  it('refuses an unknown placeholder and names it', () => {
    const set = { ...cloneTestSet(), templates: [template({ text: { nb: 'Hei {navn}!', nn: 'Hei {citizenName}!', en: 'Dear {citizenName},' } })] };
    const problems = problemsOf(acceptRuleSetValue(set, { skipExamples: true }));
    expect(problems.join('\n')).toMatch(/templates\[0\]\.text\.nb: ukjent plassholder «\{navn\}» i malen «test\.kvittering»/);
  });

  it('refuses a template without a nynorsk variant', () => {
    const set = { ...cloneTestSet(), templates: [template({ text: { nb: 'Hei {citizenName}!', en: 'Dear {citizenName},' } as ReplyTemplate['text'] })] };
    expect(problemsOf(acceptRuleSetValue(set, { skipExamples: true }))).toEqual(['templates[0].text.nn: malen «test.kvittering» mangler tekst på nynorsk']);
  });

  it('refuses a template the set’s own rules flag, and accepts it once reworded', () => {
    const flagged = {
      ...cloneTestSet(),
      templates: [template({ text: { nb: 'Vi viser til henvendelsen vedrørende saken din.', nn: 'Takk for brevet.', en: 'Thank you for the letter.' } })],
    };
    const result = acceptRuleSetValue(flagged);
    expect(result.ok).toBe(false);
    expect(problemsOf(result).join('\n')).toMatch(/mal test\.kvittering, text\.nb: malen gir funn av regelen klarsprak\.vedrorende/);
    const fine = {
      ...cloneTestSet(),
      templates: [template({ text: { nb: 'Takk for brevet om saken din.', nn: 'Takk for brevet.', en: 'Thank you for the letter.' } })],
    };
    expect(problemsOf(acceptRuleSetValue(fine))).toEqual([]);
  });
});
