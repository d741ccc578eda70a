// Small rule sets for tests of the acceptance pipeline, signing, layering and diff: copies of
// the bundled standard, so every test starts from a set known to be valid.
import { BUNDLED_RULE_SET } from '../standard/index.ts';
import type { Rule, RuleSet } from './types.ts';

export function cloneBundled(): RuleSet {
  return structuredClone(BUNDLED_RULE_SET);
}

/** A valid set with a given version (and optionally only a few rules, for speed). */
export function ruleSetVersion(version: string, mutate?: (rs: RuleSet) => void): RuleSet {
  const rs = cloneBundled();
  rs.version = version;
  mutate?.(rs);
  return rs;
}

export function ruleById(rs: RuleSet, id: string): Rule {
  const rule = rs.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id} in the test set`);
  return rule;
}
