// One-click suggestions must leave a correct sentence behind: each inflected form has its own
// inflected suggestion, a form with no safe word gets none (and a message that does not quote an
// empty suggestion), and a nynorsk reply never gets a bokmål word.
import { describe, expect, it } from 'vitest';
import { check } from '../engine/check.ts';
import { compileRuleSet } from '../engine/compile.ts';
import type { RuleLanguage } from '../ids.ts';
import type { SubstitutionRule } from '../ruleset/types.ts';
import { BUNDLED_RULE_SET } from './index.ts';

const compiled = compileRuleSet(BUNDLED_RULE_SET);
const substitutions = BUNDLED_RULE_SET.rules.filter((r): r is SubstitutionRule => r.kind === 'substitution');

/** Applies the first suggestion of every clarity finding, as a caseworker clicking through would. */
function applyAll(text: string, language: RuleLanguage): string {
  const findings = check(text, { language, now: '2026-11-23T10:00:00+01:00' }, compiled)
    .findings.filter((f) => f.ruleId.startsWith('klarsprak.') || f.ruleId.startsWith('plain-en.'))
    .filter((f) => f.suggestions.length > 0)
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const f of findings) out = out.slice(0, f.start) + f.suggestions[0] + out.slice(f.end);
  return out;
}

describe('one-click suggestions of the plain-language word lists', () => {
  it.each([
    ['Vi har iverksatt tiltaket.', 'nob', 'Vi har satt i gang tiltaket.'],
    ['Anmodningen din er mottatt.', 'nob', 'Forespørselen din er mottatt.'],
    ['Vi har erholdt dokumentene.', 'nob', 'Vi har fått dokumentene.'],
    ['Endringen medførte at saken stoppet.', 'nob', 'Endringen førte til at saken stoppet.'],
    ['Vi har oversendt saken til Statsforvalteren.', 'nob', 'Vi har sendt saken til Statsforvalteren.'],
    ['Du benytter skjemaet og innehar rollen.', 'nob', 'Du bruker skjemaet og har rollen.'],
    ['Vi har iverksett tiltaket, og endringa medførte meir arbeid.', 'nno', 'Vi har sett i gang tiltaket, og endringa førte til meir arbeid.'],
    ['Vi har fått anmodningen din og avholder møtet i morgon.', 'nno', 'Vi har fått førespurnaden din og held møtet i morgon.'],
    ['We utilized the form and commenced the work.', 'eng', 'We used the form and started the work.'],
  ])('%s', (text, language, expected) => {
    expect(applyAll(text, language as RuleLanguage)).toBe(expected);
  });

  it('never quotes an empty suggestion: an entry without one sits in a rule whose message has no «{suggestion}»', () => {
    const broken = substitutions.flatMap((rule) =>
      rule.entries
        .filter((e) => Object.values(e.suggest).some((list) => list?.length === 0))
        .filter(() => Object.values(rule.message).some((m) => m?.includes('{suggestion}')))
        .map((e) => `${rule.id}: ${e.match.join('|')}`),
    );
    expect(broken).toEqual([]);
  });

  it('gives forms with no safe inflection a message but no one-click word', () => {
    const findings = check('Skjemaet benyttes av mange.', { language: 'nno' }, compiled).findings.filter((f) => f.category === 'clarity');
    expect(findings.map((f) => [f.ruleId, f.suggestions])).toContainEqual(['klarsprak.kansellord-uten-forslag', []]);
    expect(findings.find((f) => f.ruleId === 'klarsprak.kansellord-uten-forslag')!.message).toContain('«benyttes»');
  });

  it('gives a nynorsk reply no bokmål-only word', () => {
    const bokmalOnly = new Set([
      'ikke',
      'jeg',
      'hva',
      'hvis',
      'hvordan',
      'noe',
      'være',
      'sørge',
      'sørger',
      'mottar',
      'undersøkelse',
      'utsettelse',
      'utsettelsen',
      'betalingen',
      'meldingen',
      'tiden',
      'mener',
      'bruker',
      'forespørsel',
      'forespørselen',
      'fikk',
      'hjalp',
      'hjulpet',
      'lignende',
    ]);
    const offending = substitutions.flatMap((rule) =>
      rule.entries.flatMap((e) =>
        (e.suggest.nno ?? []).filter((s) => s.split(/\s+/).some((w) => bokmalOnly.has(w))).map((s) => `${rule.id}: ${e.match[0]} → ${s}`),
      ),
    );
    expect(offending).toEqual([]);
  });
});
