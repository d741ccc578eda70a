import { describe, expect, it } from 'vitest';
import { diffRuleSets, formatDiff } from './diff.ts';
import { cloneTestSet, ruleById } from './test-fixtures.ts';
import type { ExistenceRule, SubstitutionRule } from './types.ts';

describe('diffRuleSets', () => {
  it('says nothing changed for identical sets', () => {
    expect(formatDiff(diffRuleSets(cloneTestSet(), cloneTestSet()))).toBe('Ingen endringer.');
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
});
