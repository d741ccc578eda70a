import { describe, expect, it } from 'vitest';
import { diffRuleSets, formatDiff } from './diff.ts';
import { cloneTestSet, ruleById } from './test-fixtures.ts';
import { BUNDLED_RULE_SET } from '../standard/index.ts';
import type { DetectorRule, ExistenceRule, MetricRule, RequiredRule, RuleSet, SubstitutionRule } from './types.ts';

describe('diffRuleSets', () => {
  it('names a retrained model with its blind figures', () => {
    const model = {
      id: 'tone',
      kind: 'hashed-ngram-logistic' as const,
      hashBits: 12,
      labels: ['informal'],
      bias: [0],
      scale: [1],
      threshold: [1],
      weights: 'AA==',
      evaluation: {
        split: 'blind',
        sentences: 10,
        labels: { any: { all: { precision: 0.96, recall: 0.5, support: 4, flagged: 2 } } },
        falseAlarmsPerThousandOk: 0,
      },
    };
    const before = { ...cloneTestSet(), models: [model] };
    const after = { ...cloneTestSet(), models: [{ ...model, threshold: [2] }] };
    expect(formatDiff(diffRuleSets(before, after))).toContain(
      'Modellen «tone» er trent på nytt og kan markere andre setninger (blindtest: presisjon 96 %, treff 50 %).',
    );
    expect(formatDiff(diffRuleSets(cloneTestSet(), after))).toContain('Ny modell «tone» for informal');
  });

  it("speaks the manager's language: the same changes in nynorsk and English, with the names of severities and languages", () => {
    const before = cloneTestSet();
    const after = cloneTestSet();
    const rule = after.rules[0]!;
    rule.severity = rule.severity === 'critical' ? 'info' : 'critical';
    rule.enabled = false;
    after.version = '9.9.9';
    const nn = formatDiff(diffRuleSets(before, after, 'nn'), 'nn');
    const en = formatDiff(diffRuleSets(before, after, 'en'), 'en');
    expect(nn).toContain(`Versjon ${before.version} → 9.9.9.`);
    expect(nn).toContain(`Regelen «${rule.id}» er slått av.`);
    expect(nn).toMatch(/alvorsgrad endra frå \p{L}+ til (?:kritisk|info)\./u);
    expect(en).toContain(`Version ${before.version} → 9.9.9.`);
    expect(en).toContain(`The rule «${rule.id}» is switched off.`);
    expect(en).toMatch(/severity changed from \p{L}+ to (?:critical|info)\./u);
    expect(formatDiff(diffRuleSets(before, before, 'en'), 'en')).toBe('No changes.');
    expect(formatDiff(diffRuleSets(before, before, 'nn'), 'nn')).toBe('Ingen endringar.');
    // Bokmål stays what the CLI prints.
    expect(formatDiff(diffRuleSets(before, after))).toContain(`Regelen «${rule.id}» er slått av.`);
  });

  it('says nothing changed for identical sets', () => {
    expect(formatDiff(diffRuleSets(cloneTestSet(), cloneTestSet()))).toBe('Ingen endringer.');
  });

  it('takes a phrase given in two entries of one rule (bokmål and nynorsk apart) as one phrase', () => {
    const before = cloneTestSet();
    const rule = before.rules.find((r) => r.kind === 'substitution') as SubstitutionRule;
    rule.entries.push({ match: ['fatte vedtak'], suggest: { nob: ['avgjøre'] } }, { match: ['fatte vedtak'], suggest: { nno: ['avgjere'] } });
    const after = structuredClone(before);
    expect(formatDiff(diffRuleSets(before, after))).toBe('Ingen endringer.');
    (after.rules.find((r) => r.id === rule.id) as SubstitutionRule).entries.at(-1)!.suggest = { nno: ['vedta'] };
    expect(formatDiff(diffRuleSets(before, after))).toBe(`- Regelen «${rule.id}» foreslår nå «vedta» for «fatte vedtak» i nynorsk (før «avgjere»).`);
  });

  it('describes every kind of change in Norwegian', () => {
    const before = cloneTestSet();
    const after = cloneTestSet();
    after.version = '1.1.0';
    after.rules = after.rules.filter((r) => r.id !== 'klarsprak.vederlag');
    after.rules.push({ ...structuredClone(ruleById(before, 'klarsprak.samt')), id: 'klarsprak.ny', message: { nb: 'Ny regel' } });
    ruleById(after, 'klarsprak.samt').enabled = false;
    ruleById(after, 'klarsprak.herved').severity = 'warning';
    (ruleById(after, 'frist.vag-tid') as ExistenceRule).words!.push('om en stund');
    const sub = ruleById(after, 'klarsprak.benytte') as SubstitutionRule;
    sub.entries = sub.entries.slice(1);
    ruleById(after, 'klarsprak.anvende').message = { nb: 'Skriv «bruke».' };
    after.checklist.push({ id: 'ny-sjekk', subgoal: 'apen.tilgjengelig', label: { nb: 'Har telefonnummer' } });
    after.checklist = after.checklist.filter((c) => c.id !== 'equal-treatment');
    after.deadlinePolicies[0]!.workingDays = 3;

    const entries = diffRuleSets(before, after);
    const text = formatDiff(entries);
    expect(text).toContain('Versjon 1.0.0 → 1.1.0.');
    expect(text).toContain('Ny regel «klarsprak.ny» (forslag): Ny regel');
    expect(text).toMatch(/Regelen «klarsprak.vederlag» er fjernet/);
    expect(text).toContain('Regelen «klarsprak.samt» er slått av.');
    expect(text).toContain('Regelen «klarsprak.herved»: alvorlighetsgrad endret fra forslag til advarsel.');
    expect(text).toContain('Regelen «frist.vag-tid» ser nå også etter «om en stund».');
    expect(text).toMatch(/Regelen «klarsprak.benytte» ser ikke lenger etter «/);
    expect(text).toMatch(/Regelen «klarsprak.anvende» har ny tekst: «Skriv «bruke».»/);
    expect(text).toContain('Nytt punkt i sjekklisten: «Har telefonnummer».');
    expect(text).toContain('Fjernet fra sjekklisten: «Samme svar som andre i samme situasjon får».');
    expect(text).toContain('Fristen «Svar på henvendelse» er endret fra 5 arbeidsdager til 3 arbeidsdager.');
    expect(entries.every((e) => typeof e.text === 'string' && e.text.length > 0)).toBe(true);
  });

  it('never says "Ingen endringer." when staff would notice a difference', () => {
    type Change = [string, (rs: RuleSet) => void, RegExp];
    const cases: Change[] = [
      [
        'a substitution suggestion',
        (rs) => ((ruleById(rs, 'klarsprak.vedrorende') as SubstitutionRule).entries[0]!.suggest.nob = ['angående']),
        /Regelen «klarsprak\.vedrorende» foreslår nå «angående» for «vedrørende» i bokmål \(før «om»\)\./,
      ],
      [
        'a calendar closed day',
        (rs) => (rs.calendar = { ...rs.calendar, extraClosedDays: ['2026-12-28'] }),
        /Kontoret er nå stengt 28\.12\.2026; frister som går over eller faller på den dagen, blir senere\./,
      ],
      ['a yearly closed day removed', (rs) => (rs.calendar = { closedEveryYear: ['12-24'] }), /31\.12\. er ikke lenger stengt hvert år/],
      [
        'detector params',
        (rs) => rs.rules.push(detector({ escalateNear: ['helse', 'barnevern'] })),
        /Regelen «personvern\.fnr»: innstillingen «escalateNear» har nå også «barnevern»\./,
      ],
      [
        'the sub-goal',
        (rs) => (ruleById(rs, 'klarsprak.samt').subgoal = 'kompetent.kundeservice'),
        /Regelen «klarsprak\.samt» hører nå til delmålet «.+» \(før «.+»\)\./,
      ],
      ['the category', (rs) => (ruleById(rs, 'klarsprak.samt').category = 'tone'), /Regelen «klarsprak\.samt» er nå i kategorien tone \(før klarhet\)\./],
      [
        'the nynorsk message',
        (rs) => (ruleById(rs, 'klarsprak.samt').message.nn = 'Skriv «og» i staden.'),
        /Regelen «klarsprak\.samt» har ny tekst på nynorsk: «Skriv «og» i staden\.»/,
      ],
      [
        'the English message',
        (rs) => (ruleById(rs, 'klarsprak.samt').message.en = 'Write "and".'),
        /Regelen «klarsprak\.samt» har ny tekst på engelsk: «Write "and"\.»/,
      ],
      [
        'the nynorsk advice',
        (rs) => (ruleById(rs, 'klarsprak.samt').advice = { nb: ruleById(rs, 'klarsprak.samt').advice?.nb ?? 'x', nn: 'Nytt råd.' }),
        /Regelen «klarsprak\.samt» har nytt råd på nynorsk\./,
      ],
      [
        'where',
        (rs) => ((ruleById(rs, 'tone.greeting') as RequiredRule).where = 'anywhere'),
        /Regelen «tone\.greeting» ser nå etter dette hvor som helst i svaret \(før i første linje\)\./,
      ],
      [
        'minWords',
        (rs) => ((ruleById(rs, 'tone.greeting') as RequiredRule).minWords = 30),
        /Regelen «tone\.greeting» gjelder nå bare svar på minst 30 ord \(før 12\)\./,
      ],
      [
        'minSentenceLix',
        (rs) => ((rs.rules.find((r) => r.kind === 'metric') as MetricRule).minSentenceLix = 60),
        /gjelder nå bare setninger som også er tunge etter LIX \(over 60; før ingen grense\)\./,
      ],
      [
        'whenInquiry',
        (rs) => ((ruleById(rs, 'tone.greeting') as RequiredRule).whenInquiry = ['complaint']),
        /Regelen «tone\.greeting» gjelder nå bare for henvendelser av typen klage \(før alle\)\./,
      ],
      [
        'a legal reference',
        (rs) => (rs.deadlinePolicies[0]!.legalReference = 'forvaltningsloven § 11'),
        /Fristregelen «Svar på henvendelse» viser nå til «forvaltningsloven § 11»\./,
      ],
      [
        'deadline advice',
        (rs) => (rs.deadlinePolicies[0]!.advice = { nb: 'Svar innen tre dager.' }),
        /Fristregelen «Svar på henvendelse» har nytt råd: «Svar innen tre dager\.»/,
      ],
      ['the publisher', (rs) => (rs.publisher = 'Bergen kommune, Byggesak'), /Utgiver: «Bergen kommune» → «Bergen kommune, Byggesak»\./],
      ['only examples', (rs) => ruleById(rs, 'klarsprak.samt').examples.good.push('Ny god tekst.'), /Bare eksemplene er endret/],
      [
        'something without its own wording',
        (rs) => ((ruleById(rs, 'frist.vag-tid') as ExistenceRule & { caseSensitive?: boolean }).caseSensitive = true),
        /Regelen «frist\.vag-tid» skiller nå mellom store og små bokstaver\./,
      ],
    ];
    for (const [what, change, expected] of cases) {
      const before = cloneTestSet();
      if (what === 'detector params') before.rules.push(detector({ escalateNear: ['helse'] }));
      const after = structuredClone(before);
      if (what === 'detector params') after.rules = after.rules.filter((r) => r.id !== 'personvern.fnr');
      change(after);
      const text = formatDiff(diffRuleSets(before, after));
      expect(text, what).not.toBe('Ingen endringer.');
      expect(text, what).toMatch(expected);
    }
  });

  it('a removed or added rule shows its message without raw {placeholders}', () => {
    const before = cloneTestSet();
    before.rules.push(detector({}));
    const after = cloneTestSet();
    const removed = formatDiff(diffRuleSets(before, after));
    expect(removed).toContain('Regelen «personvern.fnr» er fjernet: Dette ser ut som et [typen]. Ikke send det i vanlig e-post.');
    expect(removed).not.toMatch(/\{\w+\}/);
    expect(formatDiff(diffRuleSets(after, before))).not.toMatch(/\{\w+\}/);
  });
});

describe('diffRuleSets on templates', () => {
  const bundled = () => structuredClone(BUNDLED_RULE_SET);

  it('finds nothing between the bundled standard and itself', () => {
    expect(formatDiff(diffRuleSets(bundled(), bundled()))).toBe('Ingen endringer.');
  });

  it('names added, removed and reworded templates', () => {
    const before = bundled();
    const after = bundled();
    const templates = after.templates!;
    const removed = templates.splice(
      templates.findIndex((t) => t.id === 'svar-ros'),
      1,
    )[0]!;
    templates.push({ ...structuredClone(removed), id: 'svar-ros-2', title: { nb: 'Takk for ros', nn: 'Takk for ros', en: 'Thanks for praise' } });
    const receipt = templates.find((t) => t.id === 'kvittering')!;
    receipt.text.nn = receipt.text.nn.replace('Takk for', 'Mange takk for');
    receipt.kinds = [...receipt.kinds, 'complaint'];
    const lines = diffRuleSets(before, after).map((e) => e.text);
    expect(lines).toEqual([
      'Svarmalen «Kvittering for mottatt henvendelse» har ny tekst på nynorsk.',
      'Svarmalen «Kvittering for mottatt henvendelse» foreslås nå for henvendelser av typen spørsmål, ukjent, tilbakemelding, klage (før spørsmål, ukjent, tilbakemelding).',
      'Ny svarmal «Takk for ros» (for tilbakemelding).',
      'Svarmalen «Svar på ros» er fjernet.',
    ]);
  });
});

function detector(params: Record<string, unknown>): DetectorRule {
  return {
    id: 'personvern.fnr',
    kind: 'detector',
    detector: 'national-id',
    params,
    category: 'personal-data',
    subgoal: 'palitelig.personvern',
    severity: 'warning',
    languages: ['nob'],
    message: { nb: 'Dette ser ut som et {type}. Ikke send det i vanlig e-post.' },
    examples: { bad: ['[[13097248022]]'], good: ['Hei'] },
  };
}
