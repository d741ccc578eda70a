// The one acceptance pipeline for rule sets from outside the bundle, shared by the CLI
// (`rules validate|test|sign`), the options page (a draft loaded from a file) and the updater in
// the service worker (a published set). Every stage runs on untrusted data, so it is bounded:
// size before parsing, counts before compiling, regex safety before any pattern runs on a reply,
// and the set's own examples before it may replace the active set. Problems are in plain
// Norwegian with a path into the document, for managers who are not programmers.
import * as v from 'valibot';
import { compileRuleSet, RuleSetError, type CompiledRuleSet } from '../engine/compile.ts';
import { runAllExamples, type ExampleFailure } from '../engine/examples.ts';
import { unsafeRegexReason } from '../engine/regex-safety.ts';
import { literalDateProblems } from './literal-dates.ts';
import { templateFindingProblem, templateFindings, templateShapeProblems } from '../templates/validate.ts';
import { RULE_SET_SCHEMA, type SchemaIssue } from './schema.ts';
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

export interface AcceptProblem {
  /** Where in the document, e.g. "rules[3].examples.bad[0]"; "(dokument)" for the whole. */
  path: string;
  /** Plain Norwegian (bokmål). */
  message: string;
}

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
  if (typeof text !== 'string') return fail('json', DOC, 'Innholdet er ikke tekst.');
  // Checked before JSON.parse: a 10 MB document must not cost a parse in the service worker.
  if (exceedsBytes(text, max))
    return fail('size', DOC, `Regelsettet er for stort (over ${formatBytes(max)}, grensen er ${formatBytes(max)}).`);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail('json', DOC, `Ikke gyldig JSON: ${(error as Error).message}`);
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
    compiled = compileRuleSet(ruleSet, { checkRegexSafety: true });
  } catch (error) {
    if (!(error instanceof RuleSetError)) throw error;
    compileProblems.push(...error.issues.map(compileProblem));
  }
  // compile.ts proves rule patterns safe, but checklist patterns also run on every reply.
  ruleSet.checklist.forEach((item, i) => {
    if (item.auto?.kind !== 'matches') return;
    item.auto.patterns.forEach((p, j) => {
      const reason = unsafeRegexReason(p);
      if (reason) compileProblems.push(compileProblem({ path: `checklist[${i}].auto.patterns[${j}]`, message: `unsafe regular expression: ${reason}` }));
    });
  });
  if (compileProblems.length || !compiled) return { ok: false, stage: 'compile', problems: cap(compileProblems) };

  if (!options.skipExamples) {
    const failures = runAllExamples(compiled);
    if (failures.length)
      return { ok: false, stage: 'examples', problems: cap(failures.map(exampleProblem)), exampleFailures: failures };
    // A standard answer is published as the standard's own words: findings in it are refused like failing examples.
    const flagged = templateFindings(compiled);
    if (flagged.length) return { ok: false, stage: 'examples', problems: cap(flagged.map(templateFindingProblem)) };
  }
  return { ok: true, ruleSet, compiled };
}

function checkLimits(ruleSet: RuleSet): AcceptProblem[] {
  let phrases = 0;
  let patterns = 0;
  let examples = 0;
  for (const rule of ruleSet.rules) {
    examples += rule.examples.bad.length + rule.examples.good.length;
    if (rule.kind === 'substitution') for (const e of rule.entries) phrases += e.match.length;
    if (rule.kind === 'existence') {
      phrases += rule.words?.length ?? 0;
      patterns += rule.patterns?.length ?? 0;
    }
    if (rule.kind === 'required') patterns += rule.anyOf.length;
  }
  for (const item of ruleSet.checklist) if (item.auto?.kind === 'matches') patterns += item.auto.patterns.length;
  const problems: AcceptProblem[] = [];
  if (ruleSet.rules.length > LIMITS.maxRules) problems.push({ path: 'rules', message: `For mange regler: ${ruleSet.rules.length} (grensen er ${LIMITS.maxRules}).` });
  if (phrases > LIMITS.maxPhrases) problems.push({ path: 'rules', message: `For mange ord og uttrykk til sammen: ${phrases} (grensen er ${LIMITS.maxPhrases}).` });
  if (patterns > LIMITS.maxPatterns) problems.push({ path: 'rules', message: `For mange regulære uttrykk til sammen: ${patterns} (grensen er ${LIMITS.maxPatterns}).` });
  if (examples > LIMITS.maxExamples) problems.push({ path: 'rules', message: `For mange eksempler til sammen: ${examples} (grensen er ${LIMITS.maxExamples}).` });
  return problems;
}

function fail(stage: AcceptStage, path: string, message: string): AcceptResult {
  return { ok: false, stage, problems: [{ path, message }] };
}

function cap(problems: AcceptProblem[]): AcceptProblem[] {
  if (problems.length <= LIMITS.maxProblems) return problems;
  return [...problems.slice(0, LIMITS.maxProblems), { path: DOC, message: `… og ${problems.length - LIMITS.maxProblems} problemer til.` }];
}

// ---- Norwegian wording of schema, compiler and example problems ----

function issuePath(path: v.IssuePathItem[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    const key = item.key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || DOC;
}

const CUSTOM_MESSAGES: Array<[RegExp, string]> = [
  [/^must be lower-case letters.*"\+unit"$/, 'må bestå av små bokstaver, sifre, «.», «_» eller «-» (høyst 80 tegn), eventuelt med «+enhet» til slutt'],
  [/^must be lower-case letters/, 'må bestå av små bokstaver, sifre, «.», «_» eller «-» (høyst 80 tegn)'],
  [/^must be MAJOR\.MINOR\.PATCH/, 'må være en versjon på formen 1.2.3'],
  [/^must be an ISO date-time/, 'må være et tidspunkt på formen 2026-11-23T10:00:00Z'],
  [/^must be YYYY-MM-DD/, 'må være en dato på formen ÅÅÅÅ-MM-DD'],
  [/^must be MM-DD/, 'må være en dag på formen MM-DD'],
  [/^every rule needs examples that must trigger it/, 'hver regel trenger minst ett eksempel som skal gi funn («bad»)'],
  [/^every rule needs examples that must not trigger it/, 'hver regel trenger minst ett eksempel som ikke skal gi funn («good»)'],
];

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'tall',
  boolean: 'true/false',
  Array: 'liste',
  Object: 'objekt',
  null: 'null',
  undefined: 'mangler',
};

function listOf(expected: string | null | undefined): string {
  return (expected ?? '').replace(/^\(|\)$/g, '').replace(/ \| /g, ', ');
}

function typeName(t: string | null | undefined): string {
  if (!t) return '?';
  return t.split(' | ').map((part) => TYPE_NAMES[part] ?? part).join(' eller ');
}

export function schemaProblem(schemaIssue: v.BaseIssue<unknown>): AcceptProblem {
  const path = issuePath(schemaIssue.path);
  for (const [pattern, norwegian] of CUSTOM_MESSAGES) if (pattern.test(schemaIssue.message)) return { path, message: norwegian };
  const last = schemaIssue.path?.[schemaIssue.path.length - 1];
  const key = last && typeof last.key === 'string' ? last.key : undefined;
  let message: string;
  switch (schemaIssue.type) {
    case 'strict_object':
      message = schemaIssue.expected === 'never' ? `ukjent felt «${key}» (stavefeil?)` : schemaIssue.received === 'undefined' ? `mangler feltet «${key}»` : `må være et objekt, fikk ${typeName(schemaIssue.received)}`;
      break;
    case 'object':
      message = schemaIssue.received === 'undefined' ? `mangler feltet «${key}»` : `må være et objekt, fikk ${typeName(schemaIssue.received)}`;
      break;
    case 'min_length':
      message = `for kort eller for få: minst ${schemaIssue.requirement as number}, fikk ${schemaIssue.received}`;
      break;
    case 'max_length':
      message = `for lang eller for mange: høyst ${schemaIssue.requirement as number}, fikk ${schemaIssue.received}`;
      break;
    case 'min_value':
      message = `for lav verdi: minst ${String(schemaIssue.requirement)}, fikk ${schemaIssue.received}`;
      break;
    case 'max_value':
      message = `for høy verdi: høyst ${String(schemaIssue.requirement)}, fikk ${schemaIssue.received}`;
      break;
    case 'integer':
      message = `må være et heltall, fikk ${schemaIssue.received}`;
      break;
    case 'picklist':
    case 'literal':
      message = `ugyldig verdi ${schemaIssue.received}; tillatt: ${listOf(schemaIssue.expected)}`;
      break;
    case 'variant':
      message = `ukjent regeltype ${schemaIssue.received}; tillatt: ${listOf(schemaIssue.expected)}`;
      break;
    case 'union':
      message = 'må være en tekst eller et eksempel-objekt med «text»';
      break;
    default:
      message = schemaIssue.received === 'undefined' ? 'mangler' : `feil type: ventet ${typeName(schemaIssue.expected)}, fikk ${typeName(schemaIssue.received)}`;
  }
  return { path, message };
}

const COMPILE_MESSAGES: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/^duplicate rule id «(.*)»$/, (m) => `regel-id-en «${m[1]}» finnes fra før`],
  [/^duplicate checklist id «(.*)»$/, (m) => `sjekkliste-id-en «${m[1]}» finnes fra før`],
  [/^unknown rule «(.*)»$/, (m) => `sjekklisten viser til en regel som ikke finnes: «${m[1]}»`],
  [/^unknown detector «(.*)»$/, (m) => `ukjent innebygd detektor «${m[1]}»`],
  [/^invalid regular expression: (.*)$/, (m) => `ugyldig regulært uttrykk (${m[1]})`],
  [/^unsafe regular expression: can backtrack/, () => 'farlig regulært uttrykk: kan bruke ekstremt lang tid på enkelte tekster (nøstet eller overlappende gjentakelse) – forenkle det'],
  [/^unsafe regular expression: too complex/, () => 'regulært uttrykk er for komplisert til å bevises trygt – forenkle det'],
  [/^unsafe regular expression: (.*)$/, (m) => `regulært uttrykk kan ikke kontrolleres: ${m[1]}`],
  [/^give exactly one of workingDays or months$/, () => 'oppgi nøyaktig ett av «workingDays» og «months»'],
  [/^«(.*)» has no words$/, (m) => `«${m[1]}» inneholder ingen ord`],
];

export function compileProblem(schemaIssue: SchemaIssue): AcceptProblem {
  for (const [pattern, render] of COMPILE_MESSAGES) {
    const m = schemaIssue.message.match(pattern);
    if (m) return { path: schemaIssue.path, message: render(m) };
  }
  return { path: schemaIssue.path, message: schemaIssue.message };
}

export function exampleProblem(failure: ExampleFailure): AcceptProblem {
  const kind = failure.kind === 'bad' ? 'skal gi funn' : 'skal ikke gi funn';
  return {
    path: `regel ${failure.ruleId}, examples.${failure.kind}[${failure.index}]`,
    message: `eksempelet (${kind}) feiler: ${translateExampleProblem(failure.problem)} – tekst: ${JSON.stringify(failure.text)}`,
  };
}

function translateExampleProblem(problem: string): string {
  return problem
    .replace(/^should trigger the rule, but gave no finding$/, 'ventet funn, fikk ingen')
    .replace(/^expected a finding on (.*?), got (.*)$/, 'ventet funn på $1, fikk $2')
    .replace(/^expected the suggestion (.*?), got (.*)$/, 'ventet forslaget $1, fikk $2')
    .replace(/^should not trigger the rule, but found (.*)$/, 'ventet ingen funn, fikk $1')
    .replace(/\bno finding\b/g, 'ingen funn')
    .replace(/\bnone\b/g, 'ingen');
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
  return { path: 'version', message: `Versjon ${candidate} er eldre enn den aktive versjonen ${current}, og nedgradering er ikke tillatt.` };
}

export function formatProblems(problems: readonly AcceptProblem[]): string[] {
  return problems.map((p) => `${p.path}: ${p.message}`);
}
