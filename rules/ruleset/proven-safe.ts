// Patterns whose safety needs no new proof (rules/engine/regex-safety.ts): the bundled
// standard's, proven by its own tests (rules/standard/standard.test.ts), and those of a set that
// was accepted before, proven then. Proving a couple of hundred patterns again would cost the
// service worker seconds at every update of a published set that mostly repeats the standard.
import { BUNDLED_RULE_SET } from '../standard/index.ts';
import { regexSourcesOf } from './accept.ts';
import type { RuleSet } from './types.ts';

let bundledSources: ReadonlySet<string> | undefined;

export function provenSafePatterns(accepted?: RuleSet): ReadonlySet<string> {
  bundledSources ??= new Set(regexSourcesOf(BUNDLED_RULE_SET));
  return accepted && accepted !== BUNDLED_RULE_SET ? new Set([...bundledSources, ...regexSourcesOf(accepted)]) : bundledSources;
}
