// `svarhjelp bench [--json]`: engine speed on 1,000- and 10,000-word replies (median and p95
// after warm-up), write-good and harper.js on the same 1,000-word English text, rule-set
// compile time, what accepting a published set costs the service worker, and the gzipped size of
// the content script injected into every frame.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { check } from '../engine/check.ts';
import { compileRuleSet } from '../engine/compile.ts';
import { BUNDLED_RULE_SET } from '../standard/index.ts';
import { acceptRuleSetValue, regexSourcesOf } from '../ruleset/accept.ts';
import { provenSafePatterns } from '../ruleset/proven-safe.ts';
import { unsafeRegex } from '../engine/regex-safety.ts';
import type { CheckContext } from '../types.ts';
import { parseArgs } from './args.ts';
import { BENCH_INQUIRY, benchEnglishReply, benchListReply, benchNynorskReply, benchQuotedShortReplies, benchReply, wordCount } from './bench-texts.ts';
import { findQuestions } from '../inquiry/questions.ts';
import { answerQuestions } from '../inquiry/answers.ts';
import { findDates } from '../time/find-dates.ts';
import { analyze } from '../text/analysis.ts';
import { scoreReplySentences } from '../detectors/tone-model.ts';

interface Timing {
  name: string;
  words: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

async function time(name: string, words: number, runs: number, warmup: number, fn: () => unknown): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return { name, words, runs, medianMs: round(percentile(samples, 0.5)), p95Ms: round(percentile(samples, 0.95)) };
}

/** Two functions timed in alternation, so a busy machine slows both alike. */
async function timePair(names: [string, string], words: number, runs: number, warmup: number, a: () => unknown, b: () => unknown): Promise<[Timing, Timing]> {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    const fns = i % 2 ? [b, a] : [a, b];
    for (const fn of fns) {
      const t0 = performance.now();
      fn();
      samples[fn === a ? 0 : 1].push(performance.now() - t0);
    }
  }
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return names.map((name, i) => {
    const sorted = samples[i]!.sort((x, y) => x - y);
    return { name, words, runs, medianMs: round(percentile(sorted, 0.5)), p95Ms: round(percentile(sorted, 0.95)) };
  }) as [Timing, Timing];
}

function contentScriptSize(): { file: string; bytes: number; gzipBytes: number } | undefined {
  const dir = join(process.cwd(), '.output/chrome-mv3/content-scripts');
  if (!existsSync(dir)) return undefined;
  const file = readdirSync(dir).find((f) => f.endsWith('.js'));
  if (!file) return undefined;
  const data = readFileSync(join(dir, file));
  return { file: `content-scripts/${file}`, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
}

interface AcceptanceCost {
  name: string;
  ms: number;
  /** Heap still reachable when it returned, above what was before (both after a full collection). */
  heapMb: number;
}

/** A full collection on demand, so that what a step leaves reachable can be told from its garbage. */
function collector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

function measureOnce(name: string, fn: () => unknown): AcceptanceCost {
  const gc = collector();
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  // Still inside the same job: what a WeakRef keeps alive until the job ends counts.
  gc();
  return { name, ms, heapMb: (process.memoryUsage().heapUsed - heapBefore) / 1e6 };
}

/**
 * The standard republished with a new version, accepted as the updater does (the bundled
 * patterns taken as proven, examples run), and the one-time proof of every pattern a set whose
 * patterns are all new would need. The proof runs first, before anything remembers a verdict.
 */
function benchAcceptance(quick: boolean): AcceptanceCost[] {
  const sources = regexSourcesOf(BUNDLED_RULE_SET);
  const proof = measureOnce(`prove ${sources.length} new patterns safe (once)`, () => {
    for (const source of sources) unsafeRegex(source);
  });
  const republished = { ...structuredClone(BUNDLED_RULE_SET), version: '999.0.0' };
  const runs = Array.from({ length: quick ? 1 : 3 }, () =>
    measureOnce('accept the standard republished (median)', () => {
      const result = acceptRuleSetValue(structuredClone(republished), { provenSafePatterns: provenSafePatterns() });
      if (!result.ok) throw new Error(`bench: the republished standard was refused: ${result.problems[0]?.message}`);
    }),
  ).sort((a, b) => a.ms - b.ms);
  return [proof, runs[Math.floor(runs.length / 2)]!];
}

export async function runBench(argv: string[]): Promise<number> {
  const { flags } = parseArgs(argv, { json: false, quick: false });
  const quick = Boolean(flags.quick);
  // Every check includes the citizen's questions: the inquiry asks five (and one rhetorical).
  const context: CheckContext = { now: '2026-11-23T10:00:00+01:00', inquiry: { receivedAt: '2026-11-16', kind: 'question', text: BENCH_INQUIRY } };
  const t0 = performance.now();
  const compiled = compileRuleSet(BUNDLED_RULE_SET);
  const compileMs = Math.round((performance.now() - t0) * 100) / 100;

  const timings: Timing[] = [];
  const reply1k = benchReply(1000);
  /** The bokmål reply checked two ways in alternation: what one part of the check costs. */
  const compareOnReply1k = (names: [string, string], a: () => unknown, b: () => unknown) => timePair(names, wordCount(reply1k), quick ? 50 : 500, 100, a, b);
  const reply10k = benchReply(10_000);
  const english1k = benchEnglishReply(1000);
  timings.push(await time('svarhjelp (bokmål)', wordCount(reply1k), quick ? 50 : 500, 100, () => check(reply1k, context, compiled)));
  timings.push(await time('svarhjelp (bokmål)', wordCount(reply10k), quick ? 10 : 60, 10, () => check(reply10k, context, compiled)));
  const ours = await time('svarhjelp (English)', wordCount(english1k), quick ? 50 : 500, 100, () =>
    check(english1k, { ...context, language: 'eng' }, compiled),
  );
  timings.push(ours);
  const nynorsk1k = benchNynorskReply(1000);
  timings.push(
    await time('svarhjelp (nynorsk)', wordCount(nynorsk1k), quick ? 50 : 500, 100, () => check(nynorsk1k, { ...context, language: 'nno' }, compiled)),
  );
  // Ordinary replies besides the long bokmål letter: short ones under a quoted message, and lists.
  const quoted1k = benchQuotedShortReplies(1000);
  timings.push(await time('svarhjelp (short + quote)', wordCount(quoted1k), quick ? 50 : 500, 100, () => check(quoted1k, context, compiled)));
  const list1k = benchListReply(1000);
  timings.push(await time('svarhjelp (list-heavy)', wordCount(list1k), quick ? 50 : 500, 100, () => check(list1k, context, compiled)));
  // The tone model's cost: the same check with and without the model's rules, run alternately so
  // both see the same machine load, and the model's own scoring of every sentence.
  const toneModel = compiled.models.get('tone');
  if (toneModel) {
    const withoutModel = compileRuleSet({
      ...BUNDLED_RULE_SET,
      rules: BUNDLED_RULE_SET.rules.filter((r) => !(r.kind === 'detector' && r.detector === 'tone-model')),
      models: [],
    });
    const [withIt, without] = await compareOnReply1k(
      ['  with tone model', '  without tone model'],
      () => check(reply1k, context, compiled),
      () => check(reply1k, context, withoutModel),
    );
    timings.push(withIt, without);
    const analysis = analyze(reply1k);
    timings.push(await time('tone model alone (bokmål)', wordCount(reply1k), quick ? 50 : 500, 100, () => scoreReplySentences(analysis, toneModel)));
  }
  // The questions' cost: the same check with and without the quoted inquiry's text, alternately,
  // and the finding and judging alone.
  {
    const { text: _inquiryText, ...withoutText } = context.inquiry!;
    const [withQuestions, withoutQuestions] = await compareOnReply1k(
      ['  with questions', '  without questions'],
      () => check(reply1k, context, compiled),
      () => check(reply1k, { ...context, inquiry: withoutText }, compiled),
    );
    timings.push(withQuestions, withoutQuestions);
    const analysis = analyze(reply1k);
    const dates = findDates(reply1k, 'nob', '2026-11-23', compiled.calendar);
    timings.push(
      await time('questions alone (bokmål)', wordCount(reply1k), quick ? 50 : 500, 100, () =>
        answerQuestions(findQuestions(BENCH_INQUIRY), reply1k, analysis, dates, '2026-11-23'),
      ),
    );
  }

  const comparisons: Array<Timing & { ratio: number }> = [];
  try {
    const writeGood = (await import('write-good')).default as (text: string) => unknown[];
    const t = await time('write-good', wordCount(english1k), quick ? 10 : 100, 10, () => writeGood(english1k));
    comparisons.push({ ...t, ratio: Math.round((t.medianMs / ours.medianMs) * 10) / 10 });
  } catch (error) {
    process.stderr.write(`bench: write-good unavailable: ${(error as Error).message}\n`);
  }
  try {
    const { LocalLinter } = await import('harper.js');
    const { binaryInlined } = await import('harper.js/binaryInlined');
    const linter = new LocalLinter({ binary: binaryInlined });
    await linter.setup();
    const t = await time('harper.js', wordCount(english1k), quick ? 5 : 30, 3, () => linter.lint(english1k));
    comparisons.push({ ...t, ratio: Math.round((t.medianMs / ours.medianMs) * 10) / 10 });
  } catch (error) {
    process.stderr.write(`bench: harper.js unavailable: ${(error as Error).message}\n`);
  }

  // Last: the proof allocates a great deal, which would slow the engine's timings after it.
  const acceptance = benchAcceptance(quick);

  const size = contentScriptSize();
  const report = { node: process.version, rules: compiled.rules.length, compileMs, acceptance, timings, comparisons, contentScript: size ?? null };
  if (flags.json) {
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return 0;
  }
  const out: string[] = [];
  out.push(`Svarhjelp benchmark · Node ${process.version} · ${compiled.rules.length} rules · compile ${compileMs} ms`);
  out.push('');
  out.push('accepting a published set (service worker)              ms   kept MB');
  for (const a of acceptance) out.push(`${a.name.padEnd(52)} ${a.ms.toFixed(0).padStart(7)} ${a.heapMb.toFixed(0).padStart(9)}`);
  out.push('');
  out.push('engine                      words     runs   median ms   p95 ms');
  for (const t of timings)
    out.push(
      `${t.name.padEnd(26)} ${String(t.words).padStart(6)} ${String(t.runs).padStart(8)} ${t.medianMs.toFixed(3).padStart(11)} ${t.p95Ms.toFixed(3).padStart(8)}`,
    );
  out.push('');
  out.push(`same 1,000-word English text (target for ours: ≤ 2 ms median)`);
  for (const c of comparisons)
    out.push(
      `${c.name.padEnd(26)} ${String(c.words).padStart(6)} ${String(c.runs).padStart(8)} ${c.medianMs.toFixed(3).padStart(11)} ${c.p95Ms.toFixed(3).padStart(8)}   ${c.ratio}× our time`,
    );
  out.push('');
  out.push(
    size
      ? `content script ${size.file}: ${(size.bytes / 1024).toFixed(1)} KB, ${(size.gzipBytes / 1024).toFixed(1)} KB gzipped (target ≤ 40 KB)`
      : 'content script: not built yet (npm run build:chrome)',
  );
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
