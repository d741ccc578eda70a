// `svarhjelp check [--json] [--lang nob|nno|eng] [--received YYYY-MM-DD] [--kind K] [--now ISO] FILE|-`
//
// Like the content script, the command splits the reply from a quoted inquiry below it
// ("-----Original Message-----", "Fra:/Sendt:", "On … wrote:", "> " lines): only the reply is
// checked; the quote is context (sender, received date, kind and language of the inquiry) and
// is reported as `inquiry` in the JSON. Offsets are into the file's text as read (a leading
// byte-order mark counts as one unit, see io.ts); the reply is a prefix of it, so they hold for
// the whole file.
import { isIsoDate } from '../calendar/dates.ts';
import { RULE_LANGUAGES, type RuleLanguage } from '../ids.ts';
import { compileRuleSet, type CompiledRuleSet } from '../engine/compile.ts';
import { check } from '../engine/check.ts';
import { inquiryOfQuote } from '../inquiry/from-quote.ts';
import { BUNDLED_RULE_SET } from '../standard/index.ts';
import { quoteOffsetsIn, splitQuote } from '../text/quote.ts';
import type { CheckContext, CheckResult, InquiryContext, InquiryKind } from '../types.ts';
import { parseArgs, UsageError } from './args.ts';
import { INQUIRY_KINDS } from '../ids.ts';
import { readJsonInput, readTextInput } from './io.ts';

export const CHECK_USAGE =
  'check [--json] [--lang nob|nno|eng] [--received YYYY-MM-DD] [--kind question|complaint|feedback|innsyn|enkeltvedtak] [--now ISO] [--rules FILE] FILE|-';

/** What the command took as the inquiry the reply answers (`inquiry` in the JSON output). */
export interface InquiryReport {
  /** Where the quoted inquiry starts in the text; absent when there is none. */
  quoteStart?: number;
  sender?: { name?: string; email?: string };
  /** From --received, else the quote header. */
  received?: string;
  /** From --kind, else classified from the quoted text. */
  kind?: InquiryKind;
  /** Detected from the quoted text (used when the reply itself does not decide). */
  language?: RuleLanguage;
  /**
   * The citizen's questions: `start`/`end` and `answer` are offsets into the input, like the
   * findings'. `answer` (the reply's answering sentence) only when `answered`.
   */
  questions?: QuestionReport[];
}

export interface QuestionReport {
  start: number;
  end: number;
  text: string;
  answered: boolean;
  answer?: { start: number; end: number };
  /** when | amount | where | document | why | how | who | yes-no | what */
  topic: string;
  /** The sub-goal an open question is reported under. */
  subgoal?: string;
}

/** An ISO date or date-time whose every field exists: "2026-11-23", "2026-11-23T10:00:00+01:00". */
function isIsoDateTime(value: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/.exec(value);
  if (!m || !isIsoDate(m[1]!)) return false;
  if (m[2] !== undefined && (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59)) return false;
  if (m[6] !== undefined && (Number(m[6]) > 14 || Number(m[7]) > 59)) return false;
  return !Number.isNaN(new Date(value.replace(' ', 'T')).getTime());
}

export function runCheck(argv: string[]): number {
  const { flags, positionals } = parseArgs(argv, { json: false, lang: true, received: true, now: true, kind: true, rules: true });
  if (positionals.length !== 1) throw new UsageError(`check needs exactly one FILE or - (usage: ${CHECK_USAGE})`);
  const context: CheckContext = {};
  if (typeof flags.lang === 'string') {
    if (!RULE_LANGUAGES.includes(flags.lang as RuleLanguage)) throw new UsageError(`--lang must be one of ${RULE_LANGUAGES.join(', ')}`);
    context.language = flags.lang as RuleLanguage;
  }
  if (typeof flags.now === 'string') {
    if (!isIsoDateTime(flags.now))
      throw new UsageError(`--now must be an existing ISO date or date-time (YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]), not ${flags.now}`);
    context.now = flags.now;
  }
  if (typeof flags.received === 'string' && !isIsoDate(flags.received))
    throw new UsageError(`--received must be an existing date YYYY-MM-DD, not ${flags.received}`);
  if (typeof flags.kind === 'string' && !(INQUIRY_KINDS as readonly string[]).includes(flags.kind))
    throw new UsageError(`--kind must be one of ${INQUIRY_KINDS.join(', ')}`);
  const text = readTextInput(positionals[0]!, { keepBom: true });
  const compiled = compileRuleSet(typeof flags.rules === 'string' ? readJsonInput(flags.rules) : BUNDLED_RULE_SET);
  const overrides: { received?: string; kind?: InquiryKind } = {};
  if (typeof flags.received === 'string') overrides.received = flags.received;
  if (typeof flags.kind === 'string') overrides.kind = flags.kind as InquiryKind;
  const output = checkOutput(text, context, compiled, overrides);
  const { inquiry: report, ...result } = output;
  if (flags.json) {
    process.stdout.write(JSON.stringify(output, null, 2) + '\n');
    return 0;
  }
  const lines = [`Språk: ${result.language} · ${result.metrics.words} ord · ${result.metrics.sentences} setninger · LIX ${result.metrics.lix}`];
  if (report) lines.push(describeInquiry(text, report));
  for (const f of result.findings) {
    const at = lineColumn(text, f.start);
    const suggestion = f.suggestions.length ? ` → ${f.suggestions.map((s) => `«${s}»`).join(' / ')}` : '';
    lines.push(`${at.line}:${at.column}  ${f.severity.padEnd(10)} ${f.ruleId}  ${f.message}${suggestion}`);
  }
  if (result.findings.length === 0) lines.push('Ingen funn.');
  for (const q of report?.questions ?? []) {
    const at = lineColumn(text, q.start);
    lines.push(
      `${at.line}:${at.column}  ${q.answered ? 'besvart  ' : 'ubesvart '} «${q.text}»${q.answer ? ` → ${lineColumn(text, q.answer.start).line}:${lineColumn(text, q.answer.start).column}` : ''}`,
    );
  }
  for (const d of result.dates) lines.push(`Dato: «${d.text}» = ${d.date}${d.promise ? ' (løfte)' : ''}`);
  for (const p of result.deadline?.policies ?? []) lines.push(`Frist: ${p.label} ${p.dueDate} (${p.status}, ${p.workingDaysLeft} arbeidsdager igjen)`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

export type CheckOutput = CheckResult & { inquiry?: InquiryReport };

/**
 * What `check --json` prints for a text (reply with the quoted inquiry below it): the evaluation
 * scripts call this to score through the same contract without a process per case.
 */
export function checkOutput(
  text: string,
  base: CheckContext,
  compiled: CompiledRuleSet,
  overrides: { received?: string; kind?: InquiryKind } = {},
): CheckOutput {
  const context: CheckContext = { ...base };
  // The quoted inquiry is context, never checked as the reply (DESIGN.md §2).
  const split = splitQuote(text);
  const inquiry: InquiryContext = { ...(inquiryOfQuote(split) ?? {}) };
  if (overrides.received) inquiry.receivedAt = overrides.received;
  if (overrides.kind) inquiry.kind = overrides.kind;
  if (Object.keys(inquiry).length > 0) context.inquiry = inquiry;
  const result = check(split.reply, context, compiled);
  const report = context.inquiry ? inquiryReport(context.inquiry, split.quote !== undefined ? split.quoteStart : undefined) : undefined;
  if (report && result.questions) report.questions = questionReports(result, quoteOffsetsIn(text, split));
  const { questions: _questions, ...rest } = result;
  return report ? { ...rest, inquiry: report } : rest;
}

function inquiryReport(inquiry: InquiryContext, quoteStart: number | undefined): InquiryReport {
  const report: InquiryReport = {};
  if (quoteStart !== undefined) report.quoteStart = quoteStart;
  if (inquiry.senderName || inquiry.senderEmail) {
    report.sender = {};
    if (inquiry.senderName) report.sender.name = inquiry.senderName;
    if (inquiry.senderEmail) report.sender.email = inquiry.senderEmail;
  }
  if (inquiry.receivedAt) report.received = inquiry.receivedAt;
  if (inquiry.kind) report.kind = inquiry.kind;
  if (inquiry.language && (RULE_LANGUAGES as readonly string[]).includes(inquiry.language)) report.language = inquiry.language as RuleLanguage;
  return report;
}

/**
 * The questions with offsets into the input: the quote's units map back through `offsets`
 * (quoting marks and leading blank lines removed); the reply is a prefix of the input.
 */
function questionReports(result: CheckResult, offsets: number[] | undefined): QuestionReport[] {
  return (result.questions ?? []).map((q) => {
    const start = offsets?.[q.start] ?? q.start;
    const end = q.end > q.start ? (offsets?.[q.end - 1] ?? q.end - 1) + 1 : start;
    const report: QuestionReport = { start, end, text: q.text, answered: q.answered, topic: q.topic };
    if (q.answer) report.answer = { ...q.answer };
    if (q.subgoal) report.subgoal = q.subgoal;
    return report;
  });
}

function describeInquiry(text: string, report: InquiryReport): string {
  const parts: string[] = [];
  if (report.quoteStart !== undefined) parts.push(`sitat fra linje ${lineColumn(text, report.quoteStart).line} (ikke sjekket)`);
  const sender = [report.sender?.name, report.sender?.email ? `<${report.sender.email}>` : undefined].filter(Boolean).join(' ');
  if (sender) parts.push(`fra ${sender}`);
  if (report.received) parts.push(`mottatt ${report.received}`);
  if (report.kind) parts.push(`type ${report.kind}`);
  if (report.language) parts.push(`språk ${report.language}`);
  return `Henvendelse: ${parts.join(' · ')}`;
}

function lineColumn(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
