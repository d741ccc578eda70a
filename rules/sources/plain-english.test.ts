import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_RULE_SET } from '../standard/index.ts';
import type { SubstitutionRule } from '../ruleset/types.ts';
import { GENERATED_PATH, loadCuration, loadUpstream } from './import-plain-english.ts';
import { curationProblems, ENTRIES_PER_RULE, plainEnglishRuleFile, plainEnglishRules } from './plain-english.ts';

const curation = loadCuration();
const { patterns, version } = await loadUpstream(curation);

describe('plain-English rules imported from retext-simplify', () => {
  it('decides every upstream entry in the curation, against the installed version', () => {
    expect(curationProblems(patterns, curation)).toEqual([]);
    expect(version).toBe(curation.source.version);
    expect(Object.keys(patterns).length).toBeGreaterThan(300);
  });

  it('names an entry upstream adds, and one it removes, until the curation decides them', () => {
    const updated = { ...patterns, 'in the fullness of time': { replace: ['later'] } } as typeof patterns;
    const { ['abundance']: _removed, ...withoutOne } = updated;
    expect(curationProblems(withoutOne, curation)).toEqual([
      '«in the fullness of time» is new upstream: keep it or drop it in the curation',
      '«abundance» is no longer upstream: remove it from keep/drop (or move it to own)',
    ]);
  });

  it('gives a reason for every dropped entry', () => {
    expect(Object.entries(curation.drop).filter(([, reason]) => reason.trim().length < 10)).toEqual([]);
  });

  it('has the generated rule file up to date (run npm run rules:import and review the diff)', () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(plainEnglishRuleFile(patterns, curation));
  });

  it('keeps every phrase once across the generated and the hand-written English rules', () => {
    const seen = new Map<string, string>();
    const repeats: string[] = [];
    for (const rule of BUNDLED_RULE_SET.rules) {
      if (rule.kind !== 'substitution' || !rule.languages.includes('eng')) continue;
      for (const entry of (rule as SubstitutionRule).entries)
        for (const phrase of entry.match) {
          const key = phrase.toLowerCase();
          if (seen.has(key) && entry.suggest.eng) repeats.push(`${phrase}: ${seen.get(key)} and ${rule.id}`);
          if (entry.suggest.eng) seen.set(key, rule.id);
        }
    }
    expect(repeats).toEqual([]);
  });

  it('makes rules of at most ENTRIES_PER_RULE phrases, each with a bad example naming its span', () => {
    const rules = plainEnglishRules(patterns, curation) as SubstitutionRule[];
    const phrases = rules.flatMap((r) => r.entries.flatMap((e) => e.match));
    expect(phrases.length).toBe(Object.keys(curation.keep).length + Object.keys(curation.own).length);
    for (const rule of rules) {
      expect(rule.entries.length).toBeLessThanOrEqual(ENTRIES_PER_RULE);
      const spans = rule.examples.bad.map((b) => (typeof b === 'string' ? b : b.text).match(/\[\[(.+?)\]\]/)?.[1]);
      expect(spans).toEqual(expect.arrayContaining(rule.entries.flatMap((e) => e.match)));
    }
  });
});
