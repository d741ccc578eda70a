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
});
