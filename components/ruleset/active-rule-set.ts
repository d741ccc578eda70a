// The set the options page shows and tests texts with, picked by the worker's own rule. In its
// own module because it brings the engine and the bundled set: options-api.ts loads it with a
// dynamic import, after the page has shown the rule-set status.
import { isStoredRuleSet, selectActiveRuleSet } from '../../entrypoints/background/ruleset-updater.ts';
import type { StorageAreaLike } from '../../entrypoints/background/policy.ts';
import { compileRuleSet } from '../../rules/engine/compile.ts';
import type { RuleSet } from '../../rules/ruleset/types.ts';
import { BUNDLED_RULE_SET } from '../../rules/standard/index.ts';
import { ACTIVE_RULE_SET_KEY } from '../../entrypoints/shared/storage-items.ts';

/** The set the worker runs, by the worker's own selection rule. */
export async function readActiveRuleSet(local: StorageAreaLike, bundled: RuleSet = BUNDLED_RULE_SET): Promise<RuleSet> {
  const stored = (await local.get(ACTIVE_RULE_SET_KEY))[ACTIVE_RULE_SET_KEY];
  if (!isStoredRuleSet(stored)) return bundled;
  return selectActiveRuleSet(stored, () => compileRuleSet(bundled)).compiled.ruleSet;
}
