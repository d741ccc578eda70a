// The real engine and the bundled rule set, wired for the engine host. Kept apart from
// engine-host.ts so unit tests of the host don't compile the whole standard.
import { check } from '../../rules/engine/check.ts';
import { compileRuleSet } from '../../rules/engine/compile.ts';
import { BUNDLED_RULE_SET } from '../../rules/standard/index.ts';
import type { EngineApi } from './engine-host.ts';

export const bundledEngine: EngineApi<ReturnType<typeof compileRuleSet>> = {
  ruleSet: BUNDLED_RULE_SET,
  compile: (ruleSet) => compileRuleSet(ruleSet),
  check: (text, context, compiled) => check(text, context, compiled),
};
