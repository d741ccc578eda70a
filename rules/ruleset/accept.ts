// The one acceptance pipeline for rule sets from outside the bundle, shared by the CLI
// (`rules validate|test|sign`), the options page (a draft loaded from a file) and the updater in
// the service worker (a published set). Every stage runs on untrusted data, so it is bounded:
// size before parsing, counts before compiling, regex safety before any pattern runs on a reply,
// and the set's own examples before it may replace the active set. Problems are codes with data
// and a path into the document (problems.ts words them in bokmål, nynorsk or English), for
// managers who are not programmers.
import * as v from 'valibot';
import { compileRuleSet, RuleSetError, type CompiledRuleSet } from '../engine/compile.ts';
import { runAllExamples, type ExampleFailure } from '../engine/examples.ts';
import { unsafeRegex } from '../engine/regex-safety.ts';
import { problem, type AcceptProblem, type ProblemCode } from './problems.ts';
import { literalDateProblems } from './literal-dates.ts';
import { templateFindingProblem, templateFindings, templateShapeProblems } from '../templates/validate.ts';
import { CUSTOM_MESSAGES, RULE_SET_SCHEMA, type SchemaIssue } from './schema.ts';
import type { RuleSet } from './types.ts';

export const LIMITS = {
  /** Bytes of the JSON document (or of a JWS carrying it). */
  maxDocumentBytes: 2 * 1024 * 1024,
  maxRules: 1000,
  /** Phrases across all substitution entries and existence word lists. */
  maxPhrases: 20_000,
  /** Regular expressions across rules and checklist. */
  maxPatterns: 500,
  /** Examples across all rules (each one runs the engine). */
  maxExamples: 5000,
  /** Problems listed; more are summarised in one line. */
  maxProblems: 100,
} as const;

export type { AcceptProblem } from './problems.ts';

export type AcceptStage = 'size' | 'json' | 'schema' | 'limits' | 'compile' | 'examples' | 'version';

export type AcceptResult =
  | { ok: true; ruleSet: RuleSet; compiled: CompiledRuleSet }
  | { ok: false; stage: AcceptStage; problems: AcceptProblem[]; exampleFailures?: ExampleFailure[] };

export interface AcceptOptions {
  maxDocumentBytes?: number;
  /** Skip running the examples (`rules validate` reports them separately via `rules test`). */
  skipExamples?: boolean;
  /** Version of the set currently active; an older (or equal, see below) one is refused. */
  currentVersion?: string;
  allowDowngrade?: boolean;
  /** Patterns proven safe before (regexSourcesOf a trusted set): their proof is not repeated. */
  provenSafePatterns?: ReadonlySet<string>;
}

const DOC = '(dokument)';

/** UTF-8 byte length without allocating for the obviously too big: UTF-8 never has fewer bytes than UTF-16 units. */
export function exceedsBytes(text: string, max: number): boolean {
  if (text.length > max) return true;
  if (text.length * 3 <= max) return false;
  return new TextEncoder().encode(text).length > max;
}

export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.ceil(n / 1024)} kB`;
}

/** Parses and accepts a rule-set JSON text (a draft file, or the payload of a verified JWS). */
export function acceptRuleSetText(text: string, options: AcceptOptions = {}): AcceptResult {
  const max = options.maxDocumentBytes ?? LIMITS.maxDocumentBytes;
  if (typeof text !== 'string') return fail('json', problem(DOC, 'not-text'));
  // Checked before JSON.parse: a 10 MB document must not cost a parse in the service worker.
  if (exceedsBytes(text, max)) return fail('size', problem(DOC, 'too-large', { max: formatBytes(max) }));
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail('json', problem(DOC, 'invalid-json', { detail: (error as Error).message }));
  }
  return acceptRuleSetValue(value, options);
}

/** Accepts an already parsed value (the bundled set in tests, a layered set). */
export function acceptRuleSetValue(value: unknown, options: AcceptOptions = {}): AcceptResult {
  const shape = v.safeParse(RULE_SET_SCHEMA, value, { abortEarly: false });
  if (!shape.success) return { ok: false, stage: 'schema', problems: cap(shape.issues.map(schemaProblem)) };
  const ruleSet = shape.output as RuleSet;

  const limitProblems = checkLimits(ruleSet);
  if (limitProblems.length) return { ok: false, stage: 'limits', problems: limitProblems };

  // A fixed date in advice goes stale the day after; the schema stage is where wrong content is refused.
  const dateProblems = literalDateProblems(ruleSet);
  if (dateProblems.length) return { ok: false, stage: 'schema', problems: cap(dateProblems) };
  const templateProblems = templateShapeProblems(ruleSet);
  if (templateProblems.length) return { ok: false, stage: 'schema', problems: cap(templateProblems) };

  if (options.currentVersion !== undefined) {
    const problem = versionProblem(ruleSet.version, options.currentVersion, options.allowDowngrade ?? false);
    if (problem) return { ok: false, stage: 'version', problems: [problem] };
  }

  let compiled: CompiledRuleSet | undefined;
  const compileProblems: AcceptProblem[] = [];
  try {
    compiled = compileRuleSet(ruleSet, {
      checkRegexSafety: true,
      ...(options.provenSafePatterns ? { provenSafePatterns: options.provenSafePatterns } : {}),
    });
  } catch (error) {
    if (!(error instanceof RuleSetError)) throw error;
    compileProblems.push(...error.issues.map(compileProblem));
  }
  // compile.ts proves rule patterns safe, but checklist patterns also run on every reply.
  ruleSet.checklist.forEach((item, i) => {
    if (item.auto?.kind !== 'matches') return;
    item.auto.patterns.forEach((p, j) => {
      const unsafe = unsafeRegex(p, options.provenSafePatterns);
      if (unsafe) compileProblems.push(problem(`checklist[${i}].auto.patterns[${j}]`, unsafe.code, unsafe.data));
    });
  });
  if (compileProblems.length || !compiled) return { ok: false, stage: 'compile', problems: cap(compileProblems) };

  if (!options.skipExamples) {
    const failures = runAllExamples(compiled);
    if (failures.length) return { ok: false, stage: 'examples', problems: cap(failures.map(exampleProblem)), exampleFailures: failures };
    // A standard answer is published as the standard's own words: findings in it are refused like failing examples.
    const flagged = templateFindings(compiled);
    if (flagged.length) return { ok: false, stage: 'examples', problems: cap(flagged.map(templateFindingProblem)) };
  }
  return { ok: true, ruleSet, compiled };
}

/** Every regular expression a set runs on replies: rule patterns, required phrases, checklist patterns. */
export function regexSourcesOf(ruleSet: RuleSet): string[] {
  const sources: string[] = [];
  for (const rule of ruleSet.rules) {
    if (rule.kind === 'existence') sources.push(...(rule.patterns ?? []));
    if (rule.kind === 'required') sources.push(...rule.anyOf);
  }
  for (const item of ruleSet.checklist) if (item.auto?.kind === 'matches') sources.push(...item.auto.patterns);
  return sources;
}

function checkLimits(ruleSet: RuleSet): AcceptProblem[] {
  let phrases = 0;
  let examples = 0;
  for (const rule of ruleSet.rules) {
    examples += rule.examples.bad.length + rule.examples.good.length;
    if (rule.kind === 'substitution') for (const e of rule.entries) phrases += e.match.length;
    if (rule.kind === 'existence') phrases += rule.words?.length ?? 0;
  }
  const patterns = regexSourcesOf(ruleSet).length;
  const problems: AcceptProblem[] = [];
  if (ruleSet.rules.length > LIMITS.maxRules) problems.push(problem('rules', 'too-many-rules', { count: ruleSet.rules.length, max: LIMITS.maxRules }));
  if (phrases > LIMITS.maxPhrases) problems.push(problem('rules', 'too-many-phrases', { count: phrases, max: LIMITS.maxPhrases }));
  if (patterns > LIMITS.maxPatterns) problems.push(problem('rules', 'too-many-patterns', { count: patterns, max: LIMITS.maxPatterns }));
  if (examples > LIMITS.maxExamples) problems.push(problem('rules', 'too-many-examples', { count: examples, max: LIMITS.maxExamples }));
  return problems;
}

function fail(stage: AcceptStage, only: AcceptProblem): AcceptResult {
  return { ok: false, stage, problems: [only] };
}

function cap(problems: AcceptProblem[]): AcceptProblem[] {
  if (problems.length <= LIMITS.maxProblems) return problems;
  return [...problems.slice(0, LIMITS.maxProblems), problem(DOC, 'more-problems', { count: problems.length - LIMITS.maxProblems })];
}

// ---- schema, compiler and example problems as codes (problems.ts words them) ----

function issuePath(path: v.IssuePathItem[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    const key = item.key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || DOC;
}

/** The schema's own messages (schema.ts CUSTOM_MESSAGES), back to their codes. */
const CUSTOM_CODES = new Map<string, ProblemCode>(Object.entries(CUSTOM_MESSAGES).map(([code, message]) => [message, code as ProblemCode]));

function listOf(expected: string | null | undefined): string {
  return (expected ?? '').replace(/^\(|\)$/g, '').replace(/ \| /g, ', ');
}

export function schemaProblem(schemaIssue: v.BaseIssue<unknown>): AcceptProblem {
  const path = issuePath(schemaIssue.path);
  const custom = CUSTOM_CODES.get(schemaIssue.message);
  if (custom) return problem(path, custom);
  const last = schemaIssue.path?.[schemaIssue.path.length - 1];
  const key = last && typeof last.key === 'string' ? last.key : '';
  const received = schemaIssue.received;
  switch (schemaIssue.type) {
    case 'strict_object':
      if (schemaIssue.expected === 'never') return problem(path, 'unknown-field', { key });
      return received === 'undefined' ? problem(path, 'missing-field', { key }) : problem(path, 'not-object', { received });
    case 'object':
      return received === 'undefined' ? problem(path, 'missing-field', { key }) : problem(path, 'not-object', { received });
    case 'min_length':
      return problem(path, 'too-short', { min: schemaIssue.requirement as number, received });
    case 'max_length':
      return problem(path, 'too-long', { max: schemaIssue.requirement as number, received });
    case 'min_value':
      return problem(path, 'too-low', { min: String(schemaIssue.requirement), received });
    case 'max_value':
      return problem(path, 'too-high', { max: String(schemaIssue.requirement), received });
    case 'integer':
      return problem(path, 'not-integer', { received });
    case 'picklist':
    case 'literal':
      return problem(path, 'invalid-value', { received, allowed: listOf(schemaIssue.expected) });
    case 'variant':
      return problem(path, 'unknown-rule-kind', { received, allowed: listOf(schemaIssue.expected) });
    case 'union':
      return problem(path, 'text-or-example');
    default:
      return received === 'undefined'
        ? problem(path, 'missing')
        : problem(path, 'wrong-type', { expected: schemaIssue.expected ?? '?', received: received || '?' });
  }
}

export function compileProblem(issue: SchemaIssue): AcceptProblem {
  return issue.code ? problem(issue.path, issue.code, issue.data) : problem(issue.path, 'other', { detail: issue.message });
}

export function exampleProblem(failure: ExampleFailure): AcceptProblem {
  return problem(`regel ${failure.ruleId}, examples.${failure.kind}[${failure.index}]`, failure.code, failure.data);
}

// ---- versions ----

/** Compares "MAJOR.MINOR.PATCH" versions numerically; NaN parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split('.').map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** An older version is refused unless downgrades are allowed (a replayed old signed file is still validly signed). */
export function versionProblem(candidate: string, current: string, allowDowngrade: boolean): AcceptProblem | undefined {
  if (allowDowngrade || compareVersions(candidate, current) >= 0) return undefined;
  return problem('version', 'older-version', { candidate, current });
}

export function formatProblems(problems: readonly AcceptProblem[]): string[] {
  return problems.map((p) => `${p.path}: ${p.message}`);
}
