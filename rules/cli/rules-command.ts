// `svarhjelp rules keygen|validate|test|sign|verify|diff|merge`: the manager's release tool.
// Every command runs the same acceptance pipeline as the extension (rules/ruleset/accept.ts),
// so a set that passes here is accepted by every installation, and one that fails here fails
// there for the same reason. Exit codes: 0 ok, 1 the set has problems, 2 bad usage/input.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JWK } from 'jose';
import { check } from '../engine/check.ts';
import { EXAMPLE_NOW, parseMarkedText, runAllExamples, type ExampleFailure } from '../engine/examples.ts';
import type { CompiledRuleSet } from '../engine/compile.ts';
import { acceptRuleSetText, formatProblems, LIMITS, type AcceptResult } from '../ruleset/accept.ts';
import { provenSafePatterns } from '../ruleset/proven-safe.ts';
import { diffRuleSets, formatDiff } from '../ruleset/diff.ts';
import { applyOverlay } from '../ruleset/layering.ts';
import { templateFindingProblem, templateFindings } from '../templates/validate.ts';
import { generateRuleSetKeys, parseTrustedKeys, signRuleSet, verifyRuleSet, VerifyError } from '../ruleset/signing.ts';
import type { RuleExample, RuleSet } from '../ruleset/types.ts';
import type { CheckContext } from '../types.ts';
import { parseArgs, UsageError } from './args.ts';
import { readJsonInput, readTextInput } from './io.ts';

export const RULES_USAGE = [
  'rules keygen [--out DIR]',
  'rules validate FILE.json',
  'rules test FILE.json|--standard',
  'rules sign FILE.json --key PRIVATE.jwk [--out FILE.jws]',
  'rules verify FILE.jws --key PUBLIC.jwk [--key PUBLIC2.jwk …]',
  'rules diff OLD NEW',
  'rules merge BASE.json OVERLAY.json [--out FILE.json]',
  'rules train [--corpus DIR] [--add UNIT.jsonl] [--into SET.json] [--seed N]',
];

const out = (text: string) => process.stdout.write(text.endsWith('\n') ? text : text + '\n');
const err = (text: string) => process.stderr.write(text.endsWith('\n') ? text : text + '\n');

/** The rules subcommands by name; training loads its own module only when asked for. */
const SUBCOMMANDS: Record<string, (argv: string[]) => number | Promise<number>> = {
  keygen,
  validate,
  test,
  sign,
  verify,
  diff,
  merge,
  train: async (argv) => (await import('./train-command.ts')).runTrain(argv),
};

export async function runRules(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case undefined:
    case '--help':
    case '-h':
      out(['Usage:', ...RULES_USAGE.map((u) => `  svarhjelp ${u}`)].join('\n'));
      return sub === undefined ? 2 : 0;
    default: {
      const run = Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : undefined;
      if (run) return run(rest);
      throw new UsageError(`unknown rules command «${sub}» (one of ${Object.keys(SUBCOMMANDS).join(', ')})`);
    }
  }
}

function onePositional(argv: string[], spec: Record<string, boolean>, usage: string) {
  const parsed = parseArgs(argv, spec);
  if (parsed.positionals.length !== 1) throw new UsageError(`needs exactly one FILE (usage: svarhjelp ${usage})`);
  return { file: parsed.positionals[0]!, flags: parsed.flags };
}

/** Reads a rule-set JSON file through the size check first (a huge file is a one-line error, not a parse). */
function readRuleSetText(path: string): string {
  try {
    const size = statSync(path).size;
    if (size > LIMITS.maxDocumentBytes) throw new UsageError(`${path} is too large (${size} bytes; the limit is ${LIMITS.maxDocumentBytes})`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // Let readTextInput produce its one-line message for missing files etc.
  }
  const text = readTextInput(path);
  if (looksLikeJws(text)) throw new UsageError(`${path} is a signed file (JWS); use «rules verify» for it, or give the JSON source`);
  return text;
}

function looksLikeJws(text: string): boolean {
  return /^\s*[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\s*$/.test(text);
}

function reportRejected(path: string, result: Extract<AcceptResult, { ok: false }>): number {
  const stage: Record<typeof result.stage, string> = {
    size: 'for stort',
    json: 'ikke gyldig JSON',
    schema: 'feil i oppbygningen',
    limits: 'over grensene',
    compile: 'ugyldige eller farlige mønstre',
    examples: 'eksempler feiler',
    version: 'for gammel versjon',
  };
  err(`${path}: ikke godkjent (${stage[result.stage]}), ${result.problems.length} ${result.problems.length === 1 ? 'problem' : 'problemer'}:`);
  for (const line of formatProblems(result.problems)) err(`  ${line}`);
  return 1;
}

function describeSet(rs: RuleSet, compiled: CompiledRuleSet): string {
  const examples = rs.rules.reduce((n, r) => n + r.examples.bad.length + r.examples.good.length, 0);
  return `${rs.id} ${rs.version} (${rs.publisher}, ${rs.publishedAt}): ${rs.rules.length} regler (${compiled.rules.length} på), ${examples} eksempler, ${rs.checklist.length} sjekklistepunkter, ${rs.deadlinePolicies.length} fristregler`;
}

// ---- keygen ----

async function keygen(argv: string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, { out: true });
  if (positionals.length) throw new UsageError('keygen takes no FILE (usage: svarhjelp rules keygen [--out DIR])');
  const dir = typeof flags.out === 'string' ? flags.out : '.';
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`--out ${dir} is not a directory`);
  const privatePath = join(dir, 'ruleset-private.jwk');
  const publicPath = join(dir, 'ruleset-public.jwk');
  for (const p of [privatePath, publicPath]) if (existsSync(p)) throw new UsageError(`${p} exists already; refusing to overwrite a key`);
  mkdirSync(dir, { recursive: true });
  const keys = await generateRuleSetKeys();
  // The private key signs every installation's advice: readable by its owner only.
  writeFileSync(privatePath, JSON.stringify(keys.privateJwk, null, 2) + '\n', { mode: 0o600 });
  writeFileSync(publicPath, JSON.stringify(keys.publicJwk, null, 2) + '\n');
  out(`Nøkkelpar laget (kid ${keys.kid}).`);
  out(`  privat:   ${privatePath}  (hold hemmelig; brukes av «rules sign»)`);
  out(`  offentlig: ${publicPath}  (legges i policyen trustedKeys / limes inn i innstillingene)`);
  out(`  policyverdi: ${JSON.stringify(JSON.stringify(keys.publicJwk))}`);
  return 0;
}

// ---- validate / test ----

function validate(argv: string[]): number {
  const { file } = onePositional(argv, {}, 'rules validate FILE.json');
  const result = acceptRuleSetText(readRuleSetText(file), { skipExamples: true, provenSafePatterns: provenSafePatterns() });
  if (!result.ok) return reportRejected(file, result);
  out(`OK: ${describeSet(result.ruleSet, result.compiled)}`);
  out('Schema, grenser og regex-sikkerhet er i orden. Kjør «rules test» for eksemplene.');
  return 0;
}

async function test(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv, { standard: false });
  if (parsed.positionals.length !== (parsed.flags.standard ? 0 : 1))
    throw new UsageError('needs exactly one FILE, or --standard for the bundled set (usage: svarhjelp rules test FILE.json|--standard)');
  const file = parsed.positionals[0] ?? 'standard';
  const text = parsed.flags.standard ? JSON.stringify((await import('../standard/index.ts')).BUNDLED_RULE_SET) : readRuleSetText(file);
  // The standard itself is where the patterns are proven: nothing is taken as proven for it.
  const result = acceptRuleSetText(text, parsed.flags.standard ? { skipExamples: true } : { skipExamples: true, provenSafePatterns: provenSafePatterns() });
  if (!result.ok) return reportRejected(file, result);
  const { ruleSet, compiled } = result;
  const failures = runAllExamples(compiled);
  const total = ruleSet.rules.filter((r) => r.enabled !== false).reduce((n, r) => n + r.examples.bad.length + r.examples.good.length, 0);
  for (const failure of failures) err(explainFailure(compiled, failure));
  const summary = `${total - failures.length} av ${total} eksempler i orden i ${ruleSet.rules.length} regler`;
  const flagged = templateFindings(compiled);
  for (const line of formatProblems(flagged.map(templateFindingProblem))) err(`✗ ${line}`);
  const templates = ruleSet.templates?.length ?? 0;
  const templateSummary = `${templates} ${templates === 1 ? 'svarmal' : 'svarmaler'} (${templates * 3} språkversjoner), ${flagged.length} funn i dem`;
  if (failures.length || flagged.length) {
    err(`${file}: ${failures.length} ${failures.length === 1 ? 'eksempel feiler' : 'eksempler feiler'}; ${summary}; ${templateSummary}.`);
    return 1;
  }
  out(`OK: ${summary}; ${templateSummary}.`);
  await reportModels(ruleSet);
  return 0;
}

/** The blind figures recorded in each model of the set (measured by «rules train»). */
async function reportModels(ruleSet: RuleSet) {
  if (!ruleSet.models?.length) return;
  const { formatEvaluation } = await import('./train-command.ts');
  for (const model of ruleSet.models) {
    out(`Modellen «${model.id}» (${model.labels.join(', ')}), ${Math.round(JSON.stringify(model).length / 1024)} KB:`);
    if (model.evaluation) for (const line of formatEvaluation(model.evaluation)) out(`  ${line}`);
    else out('  ikke målt på en blind del av korpuset');
  }
}

function mark(text: string, spans: Array<[number, number]>): string {
  let result = '';
  let last = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < last) continue;
    result += text.slice(last, start) + '[[' + text.slice(start, end) + ']]';
    last = end;
  }
  return result + text.slice(last);
}

/** Expected vs got for one failing example, with spans marked [[ ]] as in the rule file. */
export function explainFailure(compiled: CompiledRuleSet, failure: ExampleFailure): string {
  const rule = compiled.ruleSet.rules.find((r) => r.id === failure.ruleId)!;
  const raw: RuleExample = rule.examples[failure.kind][failure.index]!;
  const example = typeof raw === 'string' ? { text: raw } : raw;
  const { text, spans } = parseMarkedText(example.text);
  const context: CheckContext = { language: example.language ?? rule.languages[0], now: example.now ?? EXAMPLE_NOW };
  if (example.inquiry) context.inquiry = { ...example.inquiry };
  const findings = check(text, context, compiled, { onlyRuleId: rule.id }).findings;
  const got = findings.length
    ? mark(
        text,
        findings.map((f) => [f.start, f.end]),
      )
    : `${text}   (ingen funn)`;
  const expected = failure.kind === 'bad' ? mark(text, spans.length ? spans : []) + (spans.length ? '' : '   (minst ett funn)') : `${text}   (ingen funn)`;
  const lines = [
    `✗ ${failure.ruleId} – ${failure.kind === 'bad' ? 'eksempel som skal gi funn' : 'eksempel som ikke skal gi funn'} nr. ${failure.index + 1}`,
    `    forventet: ${expected}`,
    `    fikk:      ${got}`,
  ];
  if (failure.kind === 'bad' && typeof raw !== 'string' && raw.suggestion !== undefined) {
    const actual = findings.find((f) => spans.some(([s, e]) => f.start === s && f.end === e))?.suggestions[0];
    lines.push(`    forslag:   forventet «${raw.suggestion}», fikk ${actual === undefined ? 'ingen' : `«${actual}»`}`);
  }
  return lines.join('\n');
}

// ---- sign / verify ----

function readJwk(path: string): JWK[] {
  const value = readJsonInput(path) as { keys?: unknown[] } | null;
  const list = value && typeof value === 'object' && Array.isArray(value.keys) ? value.keys : [value];
  return list as JWK[];
}

async function sign(argv: string[]): Promise<number> {
  const { file, flags } = onePositional(argv, { key: true, out: true }, 'rules sign FILE.json --key PRIVATE.jwk [--out FILE.jws]');
  if (typeof flags.key !== 'string') throw new UsageError('sign needs --key PRIVATE.jwk (made by «rules keygen»)');
  const [privateJwk] = readJwk(flags.key);
  if (!privateJwk || typeof privateJwk !== 'object' || typeof privateJwk.d !== 'string')
    throw new UsageError(`${flags.key} is not a private key (a JWK with "d"); sign with ruleset-private.jwk`);
  // Never sign what an installation would refuse: the whole pipeline, examples included.
  const result = acceptRuleSetText(readRuleSetText(file), { provenSafePatterns: provenSafePatterns() });
  if (!result.ok) {
    reportRejected(file, result);
    err('Ikke signert.');
    return 1;
  }
  let jws: string;
  try {
    jws = await signRuleSet(result.ruleSet, privateJwk);
  } catch (error) {
    throw new UsageError(`cannot sign with ${flags.key}: ${(error as Error).message}`);
  }
  if (typeof flags.out === 'string') {
    writeFileSync(flags.out, jws + '\n');
    err(`Signert: ${describeSet(result.ruleSet, result.compiled)} → ${flags.out}`);
  } else {
    out(jws);
  }
  return 0;
}

/** `--key A --key B` and `--key A B` both give several keys (parseArgs keeps one value per flag). */
function splitKeys(argv: string[]): { rest: string[]; keys: string[] } {
  const rest: string[] = [];
  const keys: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--key' || arg === '-key') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError('option --key needs a value');
      keys.push(value);
      // Further bare paths right after --key are more keys: `--key a.jwk b.jwk`.
      while (i + 1 < argv.length && !argv[i + 1]!.startsWith('-') && rest.length > 0) keys.push(argv[++i]!);
    } else if (arg.startsWith('--key=')) keys.push(arg.slice(6));
    else rest.push(arg);
  }
  return { rest, keys };
}

async function verify(argv: string[]): Promise<number> {
  const { rest, keys } = splitKeys(argv);
  const { file } = onePositional(rest, {}, 'rules verify FILE.jws --key PUBLIC.jwk [--key …]');
  if (keys.length === 0) throw new UsageError('verify needs --key PUBLIC.jwk (the trusted public key)');
  for (const keyPath of keys)
    if (readJwk(keyPath).some((jwk) => jwk && typeof jwk === 'object' && 'd' in jwk))
      throw new UsageError(`${keyPath} is a PRIVATE key (it has "d"); give the public key (ruleset-public.jwk) to --key, and keep the private one secret`);
  let trusted: JWK[];
  try {
    trusted = parseTrustedKeys(keys.flatMap(readJwk));
  } catch (error) {
    throw new UsageError(`bad key file: ${(error as Error).message}`);
  }
  const text = readTextInput(file);
  if (text.length > LIMITS.maxDocumentBytes * 1.4) throw new UsageError(`${file} is too large for a signed rule set`);
  let verified: Awaited<ReturnType<typeof verifyRuleSet>>;
  try {
    verified = await verifyRuleSet(text, trusted);
  } catch (error) {
    if (error instanceof VerifyError) {
      err(`${file}: ikke godkjent: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const result = acceptRuleSetText(verified.payloadText, { provenSafePatterns: provenSafePatterns() });
  if (!result.ok) return reportRejected(file, result);
  out(`Gyldig signatur (kid ${verified.kid}): ${describeSet(result.ruleSet, result.compiled)}`);
  return 0;
}

// ---- diff / merge ----

/** A rule set from JSON or from a JWS (payload read without verifying: diff is for reading). */
function readAnySet(path: string): RuleSet {
  const text = readTextInput(path);
  let json = text;
  if (looksLikeJws(text)) json = Buffer.from(text.trim().split('.')[1]!, 'base64url').toString('utf8');
  const result = acceptRuleSetText(json, { skipExamples: true, provenSafePatterns: provenSafePatterns() });
  if (!result.ok) throw new UsageError(`${path} is not a valid rule set: ${formatProblems(result.problems).slice(0, 3).join('; ')}`);
  return result.ruleSet;
}

function diff(argv: string[]): number {
  const { positionals } = parseArgs(argv, {});
  if (positionals.length !== 2) throw new UsageError('diff needs OLD and NEW (usage: svarhjelp rules diff OLD NEW)');
  const before = readAnySet(positionals[0]!);
  const after = readAnySet(positionals[1]!);
  out(`Endringer fra ${before.id} ${before.version} til ${after.id} ${after.version}:`);
  out(formatDiff(diffRuleSets(before, after)));
  return 0;
}

function merge(argv: string[]): number {
  const { flags, positionals } = parseArgs(argv, { out: true });
  if (positionals.length !== 2) throw new UsageError('merge needs BASE and OVERLAY (usage: svarhjelp rules merge BASE.json OVERLAY.json [--out FILE.json])');
  const base = readAnySet(positionals[0]!);
  const layered = applyOverlay(base, readJsonInput(positionals[1]!));
  if (!layered.ok) {
    err(`${positionals[1]}: overlegget kan ikke brukes:`);
    for (const line of formatProblems(layered.problems)) err(`  ${line}`);
    return 1;
  }
  const json = JSON.stringify(layered.ruleSet, null, 2) + '\n';
  const result = acceptRuleSetText(json, { provenSafePatterns: provenSafePatterns() });
  if (!result.ok) return reportRejected(`${positionals[0]} + ${positionals[1]}`, result);
  if (typeof flags.out === 'string') {
    writeFileSync(flags.out, json);
    err(`Slått sammen: ${describeSet(result.ruleSet, result.compiled)} → ${flags.out}`);
  } else out(json);
  return 0;
}
