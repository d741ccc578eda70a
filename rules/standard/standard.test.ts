// The generic example test: every rule of the bundled standard runs against its own examples,
// so adding a rule adds its tests. Plus meta-tests that keep the registry and files in step.
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileRuleSet } from '../engine/compile.ts';
import { unsafeRegex } from '../engine/regex-safety.ts';
import { regexSourcesOf } from '../ruleset/accept.ts';
import { formatFailure, runRuleExamples } from '../engine/examples.ts';
import { DETECTORS } from '../detectors/index.ts';
import { BUNDLED_RULE_SET, STANDARD_MODEL_FILES, STANDARD_RULE_FILES } from './index.ts';

const here = dirname(fileURLToPath(import.meta.url));

function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? jsonFilesUnder(join(dir, entry.name)) : entry.name.endsWith('.json') ? [join(dir, entry.name)] : [],
  );
}

describe('bundled Felles servicestandard rule set', () => {
  // Compiled with the regex-safety proof, as a published set would be.
  const compiled = compileRuleSet(BUNDLED_RULE_SET, { checkRegexSafety: true });

  it('is valid and compiles', () => {
    expect(compiled.rules.length).toBeGreaterThan(20);
  });

  it('proves every pattern safe, the checklist’s included: published sets take them as proven', () => {
    expect(regexSourcesOf(BUNDLED_RULE_SET).filter((source) => unsafeRegex(source))).toEqual([]);
  });

  it('lists every rule file of rules/standard in index.ts', () => {
    const files = jsonFilesUnder(here)
      .map((f) => relative(here, f))
      .filter((f) => f !== 'set.json' && f !== 'templates.json')
      .sort();
    expect([...Object.keys(STANDARD_RULE_FILES), ...Object.keys(STANDARD_MODEL_FILES)].sort()).toEqual(files);
  });

  it('keeps every rule in the folder of its own sub-goal', () => {
    for (const [file, rules] of Object.entries(STANDARD_RULE_FILES)) {
      const subgoal = file.split('/')[0];
      for (const rule of rules as Array<{ id: string; subgoal: string }>) expect(`${rule.id} in ${subgoal}`).toBe(`${rule.id} in ${rule.subgoal}`);
    }
  });

  it('gives every rule at least two examples that must trigger it and two that must not', () => {
    const thin = BUNDLED_RULE_SET.rules.filter((r) => r.examples.bad.length < 2 || r.examples.good.length < 2).map((r) => r.id);
    expect(thin).toEqual([]);
  });

  it('registers every detector file in rules/detectors/index.ts', () => {
    const files = readdirSync(join(here, '../detectors'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && f !== 'types.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(DETECTORS.map((d) => d.id).sort()).toEqual(files);
  });

  it('has a test file beside every detector', () => {
    const all = new Set(readdirSync(join(here, '../detectors')));
    const untested = DETECTORS.map((d) => d.id).filter((id) => !all.has(`${id}.test.ts`));
    expect(untested).toEqual([]);
  });

  describe.each(BUNDLED_RULE_SET.rules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    it('passes its own examples', () => {
      const failures = runRuleExamples(compiled, rule);
      expect(failures.map(formatFailure).join('\n')).toBe('');
    });
  });
});
