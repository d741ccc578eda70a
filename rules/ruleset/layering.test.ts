import { describe, expect, it } from 'vitest';
import { acceptRuleSetValue } from './accept.ts';
import { applyOverlay } from './layering.ts';
import { cloneTestSet, ruleById } from './test-fixtures.ts';
import type { ExistenceRule, SubstitutionRule } from './types.ts';

const BASE_ID = cloneTestSet().id;

describe('applyOverlay', () => {
  it('turns rules off, changes severity and adds words; the merged set is still accepted', () => {
    const base = cloneTestSet();
    const result = applyOverlay(base, {
      overlayVersion: 1,
      unit: 'bergen.servicetorget',
      base: BASE_ID,
      rules: {
        'klarsprak.samt': { enabled: false },
        'klarsprak.herved': { severity: 'warning', addEntries: [{ match: ['herunder'], suggest: { nob: ['under dette'] } }] },
        'frist.vag-tid': { addWords: ['om noen dager'] },
      },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const merged = result.ruleSet;
    expect(ruleById(merged, 'klarsprak.samt').enabled).toBe(false);
    expect(ruleById(merged, 'klarsprak.herved').severity).toBe('warning');
    expect((ruleById(merged, 'klarsprak.herved') as SubstitutionRule).entries.at(-1)!.match).toEqual(['herunder']);
    expect((ruleById(merged, 'frist.vag-tid') as ExistenceRule).words).toContain('om noen dager');
    expect(merged.name).toContain('bergen.servicetorget');
    expect(merged.version).toBe(base.version);
    // Its own identity: a unit's set is never taken for an old version of the standard.
    expect(merged.id).toBe(`${BASE_ID}+bergen.servicetorget`);
    expect(merged.basedOn).toEqual({ id: BASE_ID, version: base.version });
    // The base is untouched.
    expect(ruleById(base, 'klarsprak.samt').enabled).toBeUndefined();
    expect(acceptRuleSetValue(merged).ok).toBe(true);
  });

  it('rejects unknown rules, wrong kinds, wrong base and invalid shapes with paths', () => {
    const result = applyOverlay(cloneTestSet(), {
      overlayVersion: 1,
      unit: 'enhet',
      base: 'annet.sett',
      rules: { 'finnes.ikke': { enabled: false }, 'klarsprak.samt': { addWords: ['x'] } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(['base', 'rules.finnes.ikke', 'rules.klarsprak.samt.addWords']);

    const shape = applyOverlay(cloneTestSet(), { overlayVersion: 2, unit: 'x', base: BASE_ID, rules: { 'klarsprak.samt': { severity: 'høy', colour: 1 } } });
    expect(shape.ok).toBe(false);
    if (!shape.ok) expect(shape.problems.map((p) => p.path)).toEqual(['overlayVersion', 'rules.klarsprak.samt.severity', 'rules.klarsprak.samt.colour']);
  });

  it('the unit may version its own releases; the merge is dated when it is made', () => {
    const base = cloneTestSet();
    const result = applyOverlay(
      base,
      { overlayVersion: 1, unit: 'byggesak', base: BASE_ID, version: '1.0.3', rules: {} },
      { now: new Date('2026-12-01T09:00:00Z') },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ruleSet).toMatchObject({
      id: `${BASE_ID}+byggesak`,
      version: '1.0.3',
      publishedAt: '2026-12-01T09:00:00Z',
      basedOn: { id: BASE_ID, version: base.version },
    });
    expect(acceptRuleSetValue(result.ruleSet, { skipExamples: true }).ok).toBe(true);
    // An overlay is written for a standard, not for another unit's merged set.
    const again = applyOverlay(result.ruleSet, { overlayVersion: 1, unit: 'byggesak', base: BASE_ID, rules: {} });
    expect(again.ok).toBe(false);
  });
});
