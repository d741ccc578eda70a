// Evaluation of the inquiry's questions (rules/inquiry/questions.ts, answers.ts) through the CLI
// contract: `check --json` → `inquiry.questions[]` with `start`/`end` (offsets of the question in
// the input), `answered`, and `answer: { start, end }` (offsets in the reply).
//
//   npm run eval:questions [-- --corpus questions-dev|questions-blind|questions-blind-2|questions-blind-3] [--verbose] [--min 0.9]
//
// A corpus is tests/eval/<corpus>/*.json: [{ id, language, text (reply + quoted inquiry in a mail
// client's format), questions: [{ text (exact substring of the quote), occurrence?, answered,
// answer? (exact substring of the reply) }], traps: [{ text, why }], note }].
//
// Scoring: a reported question is found when it overlaps an expected one; a reported question
// that overlaps none is a false question (a trap reported counts as one, and is also listed).
// For each expected question found, the reported `answered` is compared with the expected one;
// when both say answered and the case names the answer, the reported answer span should overlap it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileRuleSet, type CompiledRuleSet } from '../../rules/engine/compile.ts';
import { checkOutput, type QuestionReport } from '../../rules/cli/check-command.ts';
import { BUNDLED_RULE_SET } from '../../rules/standard/index.ts';
import { splitQuote } from '../../rules/text/quote.ts';
import type { RuleLanguage } from '../../rules/ids.ts';

/** Every case is checked at this moment, so the date words give the same answer every day. */
export const QUESTIONS_EVAL_NOW = '2026-12-04T10:00:00+01:00';

export interface ExpectedQuestion {
  text: string;
  occurrence?: number;
  answered: boolean;
  answer?: string;
}

export interface QuestionCase {
  id: string;
  language: RuleLanguage;
  text: string;
  questions: ExpectedQuestion[];
  traps?: Array<{ text: string; why: string; occurrence?: number }>;
  note?: string;
}

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The n-th occurrence of `needle` in `text` at or after `from`; falls back to whitespace-insensitive matching. */
export function locate(text: string, needle: string, from = 0, occurrence = 0): Span | undefined {
  let at = from - 1;
  for (let n = 0; n <= occurrence; n++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) break;
  }
  if (at >= 0) return { start: at, end: at + needle.length };
  // A question wrapped over quoted lines ("> "): match the words with any whitespace and ">" between.
  const words = needle
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length) return undefined;
  const re = new RegExp(words.join(String.raw`(?:\s|>)+`), 'g');
  re.lastIndex = from;
  let m: RegExpExecArray | null = null;
  for (let n = 0; n <= occurrence; n++) {
    m = re.exec(text);
    if (!m) return undefined;
  }
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** What is counted per case and summed over a corpus. */
interface Counts {
  expected: number;
  found: number;
  reported: number;
  judged: number;
  judgedRight: number;
  unanswered: number;
  unansweredRight: number;
  answerSpans: number;
  answerSpansRight: number;
}

export interface CaseOutcome extends Counts {
  id: string;
  falseQuestions: Array<{ text: string; trap?: string }>;
  missed: string[];
  wrongJudgements: Array<{ question: string; expected: boolean; reported: boolean }>;
  problems: string[];
}

export function scoreCase(c: QuestionCase, compiled: CompiledRuleSet): CaseOutcome {
  const output = checkOutput(c.text, { now: QUESTIONS_EVAL_NOW }, compiled);
  const reported: QuestionReport[] = output.inquiry?.questions ?? [];
  const quoteStart = splitQuote(c.text).quoteStart;
  const outcome: CaseOutcome = {
    id: c.id,
    expected: c.questions.length,
    found: 0,
    reported: reported.length,
    falseQuestions: [],
    missed: [],
    judged: 0,
    judgedRight: 0,
    unanswered: 0,
    unansweredRight: 0,
    answerSpans: 0,
    answerSpansRight: 0,
    wrongJudgements: [],
    problems: [],
  };
  const expected = c.questions.map((q) => ({ q, span: locate(c.text, q.text, quoteStart, q.occurrence ?? 0) ?? locate(c.text, q.text, 0, q.occurrence ?? 0) }));
  for (const e of expected) if (!e.span) outcome.problems.push(`expected question not in the text: «${e.q.text}»`);
  const traps = (c.traps ?? []).map((t) => ({
    t,
    span: locate(c.text, t.text, quoteStart, t.occurrence ?? 0) ?? locate(c.text, t.text, 0, t.occurrence ?? 0),
  }));
  for (const r of reported) {
    if (expected.some((e) => e.span && overlaps(e.span, r))) continue;
    const trap = traps.find((t) => t.span && overlaps(t.span, r));
    outcome.falseQuestions.push({ text: r.text, ...(trap ? { trap: trap.t.why } : {}) });
  }
  for (const e of expected) {
    if (!e.span) continue;
    // The reported question that overlaps this one most.
    let best: QuestionReport | undefined;
    let bestShare = 0;
    for (const r of reported) {
      const share = Math.min(r.end, e.span.end) - Math.max(r.start, e.span.start);
      if (share > bestShare) [best, bestShare] = [r, share];
    }
    if (!best) {
      outcome.missed.push(e.q.text);
      continue;
    }
    outcome.found++;
    outcome.judged++;
    if (best.answered === e.q.answered) outcome.judgedRight++;
    else outcome.wrongJudgements.push({ question: e.q.text, expected: e.q.answered, reported: best.answered });
    if (!e.q.answered) {
      outcome.unanswered++;
      if (!best.answered) outcome.unansweredRight++;
    }
    if (e.q.answered && best.answered && e.q.answer) {
      const answer = locate(c.text, e.q.answer, 0, 0);
      if (!answer) outcome.problems.push(`expected answer not in the text: «${e.q.answer}»`);
      else {
        outcome.answerSpans++;
        if (best.answer && overlaps(best.answer, answer)) outcome.answerSpansRight++;
      }
    }
  }
  return outcome;
}

export interface Totals extends Counts {
  cases: number;
  falseQuestions: number;
  trapsReported: number;
}

export function totalsOf(outcomes: readonly CaseOutcome[]): Totals {
  const t: Totals = {
    cases: outcomes.length,
    expected: 0,
    found: 0,
    reported: 0,
    falseQuestions: 0,
    trapsReported: 0,
    judged: 0,
    judgedRight: 0,
    unanswered: 0,
    unansweredRight: 0,
    answerSpans: 0,
    answerSpansRight: 0,
  };
  for (const o of outcomes) {
    t.expected += o.expected;
    t.found += o.found;
    t.reported += o.reported;
    t.falseQuestions += o.falseQuestions.length;
    t.trapsReported += o.falseQuestions.filter((f) => f.trap).length;
    t.judged += o.judged;
    t.judgedRight += o.judgedRight;
    t.unanswered += o.unanswered;
    t.unansweredRight += o.unansweredRight;
    t.answerSpans += o.answerSpans;
    t.answerSpansRight += o.answerSpansRight;
  }
  return t;
}

export function figures(t: Totals) {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    recall: ratio(t.found, t.expected),
    falseShare: t.reported === 0 ? 0 : t.falseQuestions / t.reported,
    judgement: ratio(t.judgedRight, t.judged),
    unansweredRecall: ratio(t.unansweredRight, t.unanswered),
    answerPlace: ratio(t.answerSpansRight, t.answerSpans),
  };
}

export function loadCorpus(dir: string): Array<{ file: string; cases: QuestionCase[] }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, cases: JSON.parse(readFileSync(join(dir, file), 'utf8')) as QuestionCase[] }));
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

function main(argv: string[]): number {
  const at = (flag: string) => argv.indexOf(flag);
  const corpus = at('--corpus') >= 0 ? argv[at('--corpus') + 1]! : 'questions-dev';
  const verbose = argv.includes('--verbose');
  const min = at('--min') >= 0 ? Number(argv[at('--min') + 1]) : undefined;
  const dir = join(dirname(fileURLToPath(import.meta.url)), corpus);
  const compiled = compileRuleSet(BUNDLED_RULE_SET);
  const all: CaseOutcome[] = [];
  const lines: string[] = [];
  for (const { file, cases } of loadCorpus(dir)) {
    const outcomes = cases.map((c) => scoreCase(c, compiled));
    all.push(...outcomes);
    const f = figures(totalsOf(outcomes));
    lines.push(
      `${file.padEnd(14)} recall ${pct(f.recall)} · false questions ${pct(f.falseShare)} · answered/unanswered right ${pct(f.judgement)} · unanswered reported ${pct(f.unansweredRecall)} · answer place ${pct(f.answerPlace)}`,
    );
    if (verbose) {
      for (const o of outcomes) {
        for (const m of o.missed) lines.push(`  ${o.id}: missed «${m}»`);
        for (const x of o.falseQuestions) lines.push(`  ${o.id}: false question «${x.text}»${x.trap ? ` (trap: ${x.trap})` : ''}`);
        for (const w of o.wrongJudgements)
          lines.push(`  ${o.id}: «${w.question}» expected ${w.expected ? 'answered' : 'unanswered'}, reported ${w.reported ? 'answered' : 'unanswered'}`);
        for (const p of o.problems) lines.push(`  ${o.id}: ${p}`);
      }
    }
  }
  const t = totalsOf(all);
  const f = figures(t);
  lines.push(
    `all            ${t.cases} cases, ${t.expected} questions, ${t.reported} reported`,
    `               question recall ${pct(f.recall)} (${t.found}/${t.expected}) · false questions ${pct(f.falseShare)} (${t.falseQuestions}/${t.reported}; traps ${t.trapsReported})`,
    `               answered/unanswered right ${pct(f.judgement)} (${t.judgedRight}/${t.judged}) · unanswered reported as unanswered ${pct(f.unansweredRecall)} (${t.unansweredRight}/${t.unanswered}) · answer place ${pct(f.answerPlace)} (${t.answerSpansRight}/${t.answerSpans})`,
  );
  process.stdout.write(lines.join('\n') + '\n');
  if (min !== undefined && (f.recall < min || f.judgement < min || f.unansweredRecall < min || f.falseShare > 0.05)) return 1;
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
