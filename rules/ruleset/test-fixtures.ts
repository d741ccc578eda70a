// A frozen rule set for tests of the acceptance pipeline, signing, layering, diff, the CLI and
// the updater: an excerpt of the Felles servicestandard (fixtures/test-set.json, no detectors),
// so these tests neither slow down nor break while the bundled standard grows.
import type { Rule, RuleSet } from './types.ts';
import testSet from './fixtures/test-set.json' with { type: 'json' };

export const TEST_SET_ID = 'test.felles-servicestandard';

export function cloneTestSet(): RuleSet {
  return structuredClone(testSet) as unknown as RuleSet;
}

/** A valid set with a given version. */
export function ruleSetVersion(version: string, mutate?: (rs: RuleSet) => void): RuleSet {
  const rs = cloneTestSet();
  rs.version = version;
  mutate?.(rs);
  return rs;
}

export function ruleById(rs: RuleSet, id: string): Rule {
  const rule = rs.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id} in the test set`);
  return rule;
}
