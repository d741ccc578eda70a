// Tests for the tone and personal-data rules beyond their own examples: the national-id
// escalation list follows the health set, every rule speaks all three UI languages, and the
// rules work together on whole replies.
import { describe, expect, it } from 'vitest';
import { check } from '../engine/check.ts';
import { compileRuleSet } from '../engine/compile.ts';
import type { Rule } from '../ruleset/types.ts';
import { BUNDLED_RULE_SET } from './index.ts';

const compiled = compileRuleSet(BUNDLED_RULE_SET);
const rule = (id: string) => BUNDLED_RULE_SET.rules.find((r) => r.id === id) as Rule;
const ours = BUNDLED_RULE_SET.rules.filter((r) => /^(tone|personvern)\./.test(r.id));
const NOW = '2026-11-23T10:00:00+01:00';

describe('tone and personal-data rules', () => {
  it('keep the national-id escalation list in step with the health set', () => {
    const escalate = (rule('personvern.fodselsnummer') as Rule & { params: { escalateNear: string[] } }).params.escalateNear;
    // Same matching as the detector: five letters or more also as a prefix, shorter ones whole,
    // and entries of several words as whole phrases.
    const escalates = (word: string) => escalate.some((stem) => !stem.includes(' ') && (stem.length >= 5 ? word.startsWith(stem) : word === stem));
    const words = (id: string) => (rule(id) as Rule & { params: { words: string[] } }).params.words;
    const health = [...words('personvern.helse'), ...words('personvern.helse-en')];
    expect(health.filter((phrase) => !escalate.includes(phrase) && !phrase.split(' ').some(escalates))).toEqual([]);
  });

  it('take a shrug, an experience explained away and waiting "like everyone else" for talking down', () => {
    const tone = (text: string, language: 'nob' | 'nno' | 'eng') =>
      check(text, { now: NOW, language }, compiled)
        .findings.filter((f) => f.ruleId === 'tone.condescending-structure')
        .map((f) => text.slice(f.start, f.end));
    expect(tone('Gebyret står ved lag. Sånn er det berre, liksom.', 'nno')).toEqual(['Sånn er det berre']);
    expect(tone('Det du opplevde som kjefting, var nok læreren som snakket høyt.', 'nob')).toEqual(['Det du opplevde som']);
    expect(tone('Du får bare vente som alle andre.', 'nob')).toEqual(['får bare vente som alle andre']);
    expect(tone('Du får svar innen fredag, som alle andre søkere.', 'nob')).toEqual([]);
  });

  it('give every message and advice in bokmål, nynorsk and English', () => {
    const missing = ours.filter((r) => !r.message.nn || !r.message.en || !r.advice?.nn || !r.advice?.en).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('put personal data under palitelig.personvern and tone under the tone sub-goals', () => {
    for (const r of ours) {
      if (r.id.startsWith('personvern.')) expect([r.id, r.category, r.subgoal]).toEqual([r.id, 'personal-data', 'palitelig.personvern']);
      else expect(r.category, r.id).toBe('tone');
    }
  });

  it('make a national id next to a health phrase critical, and not next to «for eksempel»', () => {
    const severity = (text: string) =>
      check(text, { language: 'nob', now: NOW }, compiled).findings.find((f) => f.ruleId === 'personvern.fodselsnummer')?.severity;
    expect(severity('Hei, Kari!\nLegen har notert høyt blodtrykk for 13097248022.')).toBe('critical');
    expect(severity('Hei, Kari!\nSend for eksempel lønnsslipp for 13097248022.')).not.toBe('critical');
  });

  it('make a national id next to a health word critical', () => {
    const text = 'Hei, Kari!\nVi har mottatt sykmeldingen din for 13097248022.';
    const finding = check(text, { language: 'nob', now: NOW }, compiled).findings.find((f) => f.ruleId === 'personvern.fodselsnummer');
    expect(finding?.severity).toBe('critical');
  });

  it('give a nynorsk reply nynorsk suggestions and an English reply English ones only', () => {
    const nn = check('Hei, Kari!\nDu har misforstått reglane.\nMvh\nKari', { language: 'nno', now: NOW }, compiled).findings;
    expect(nn.filter((f) => f.ruleId === 'tone.condescending' || f.ruleId === 'tone.mvh').map((f) => f.suggestions[0])).toEqual([
      'Det kan ha vore uklart',
      'Med venleg helsing',
    ]);
    const en = check('Dear Kari,\nYou have misunderstood the rules. Som nevnt tidligere.', { language: 'eng', now: NOW }, compiled).findings;
    expect(en.filter((f) => f.ruleId === 'tone.condescending').map((f) => f.suggestions[0])).toEqual(['This may have been unclear']);
  });

  it('report each kind of personal data in a realistic reply once, under its own rule', () => {
    const text = [
      'Hei, Kari!',
      'Naboen din, Ola Hansen (fødselsnummer 13097248022, mobil 912 34 567, ola.hansen@gmail.com), har også klaget.',
      'Han har fortalt at han er sykmeldt, og pengene går til konto 1234 56 78903.',
      'Ring oss på 55 56 55 56 eller skriv til postmottak@bergen.kommune.no.',
      'Vennlig hilsen',
      'Bergen kommune',
    ].join('\n');
    const found = check(text, { language: 'nob', now: NOW }, compiled)
      .findings.filter((f) => f.category === 'personal-data')
      .map((f) => [f.ruleId, text.slice(f.start, f.end)]);
    expect(found).toEqual([
      ['personvern.tredjeperson', 'Naboen din, Ola Hansen'],
      ['personvern.fodselsnummer', '13097248022'],
      ['personvern.telefonnummer', '912 34 567'],
      ['personvern.e-post', 'ola.hansen@gmail.com'],
      ['personvern.helse', 'sykmeldt'],
      ['personvern.kontonummer', '1234 56 78903'],
    ]);
  });

  it('leave a good reply alone', () => {
    const text = [
      'Hei, Kari!',
      'Takk for tilbakemeldingen om brøytingen i Fyllingsdalen. Vi har sendt den videre til Bymiljøetaten, som svarer deg innen fredag 4. desember.',
      'Søknaden din om parkeringstillatelse er dessverre avslått. Du kan klage på vedtaket innen tre uker, eller ringe oss på 55 56 55 56 for å få hjelp.',
      'Vennlig hilsen',
      'Ola Hansen',
      'Innbyggerservice, Bergen kommune',
    ].join('\n');
    const context = { language: 'nob' as const, now: NOW, inquiry: { kind: 'feedback' as const, senderName: 'Kari Nordmann' } };
    const findings = check(text, context, compiled).findings.filter((f) => f.category === 'tone' || f.category === 'personal-data');
    expect(findings.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`)).toEqual([]);
  });

  it.each([
    [
      'nno',
      [
        'Hei, Kari!',
        'Takk for tilbakemeldinga om brøytinga i Fyllingsdalen. Vi har sendt henne vidare til Bymiljøetaten, som svarar deg innan fredag 4. desember.',
        'Søknaden din om parkeringsløyve er dessverre avslått. Du kan klage på vedtaket innan tre veker, eller ringje oss på 55 56 55 56 for å få hjelp.',
        'Venleg helsing',
        'Ola Hansen',
        'Innbyggjarservice, Bergen kommune',
      ],
    ],
    [
      'eng',
      [
        'Dear Kari,',
        'Thank you for your feedback on snow clearing in Fyllingsdalen. We have passed it on to the Agency for Urban Environment, who will reply by Friday 4 December.',
        'Unfortunately, your application for a parking permit has been refused. You can appeal against the decision within three weeks, or call us on 55 56 55 56 for help.',
        'Kind regards,',
        'Ola Hansen',
        'Citizen Service, Bergen kommune',
      ],
    ],
  ] as const)('leave a good %s reply alone', (language, lines) => {
    const text = lines.join('\n');
    const context = { language, now: NOW, inquiry: { kind: 'feedback' as const, senderName: 'Kari Nordmann' } };
    const findings = check(text, context, compiled).findings.filter((f) => f.category === 'tone' || f.category === 'personal-data');
    expect(findings.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`)).toEqual([]);
  });
});
