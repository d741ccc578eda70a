// `svarhjelp check [--json] [--lang nob|nno|eng] [--received YYYY-MM-DD] [--kind K] [--now ISO] FILE|-`
import { RULE_LANGUAGES, type RuleLanguage } from '../ids.ts';
import { compileRuleSet } from '../engine/compile.ts';
import { check } from '../engine/check.ts';
import { BUNDLED_RULE_SET } from '../standard/index.ts';
import type { CheckContext, InquiryKind } from '../types.ts';
import { parseArgs, UsageError } from './args.ts';
import { readJsonInput, readTextInput } from './io.ts';

const KINDS: InquiryKind[] = ['question', 'complaint', 'feedback', 'innsyn', 'enkeltvedtak', 'unknown'];

export const CHECK_USAGE = 'check [--json] [--lang nob|nno|eng] [--received YYYY-MM-DD] [--kind question|complaint|feedback|innsyn|enkeltvedtak] [--now ISO] [--rules FILE] FILE|-';

export function runCheck(argv: string[]): number {
  const { flags, positionals } = parseArgs(argv, { json: false, lang: true, received: true, now: true, kind: true, rules: true });
  if (positionals.length !== 1) throw new UsageError(`check needs exactly one FILE or - (usage: ${CHECK_USAGE})`);
  const context: CheckContext = {};
  if (typeof flags.lang === 'string') {
    if (!RULE_LANGUAGES.includes(flags.lang as RuleLanguage)) throw new UsageError(`--lang must be one of ${RULE_LANGUAGES.join(', ')}`);
    context.language = flags.lang as RuleLanguage;
  }
  if (typeof flags.now === 'string') {
    if (Number.isNaN(new Date(flags.now).getTime())) throw new UsageError('--now must be an ISO date or date-time');
    context.now = flags.now;
  }
  if (typeof flags.received === 'string' || typeof flags.kind === 'string') {
    context.inquiry = {};
    if (typeof flags.received === 'string') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(flags.received) || Number.isNaN(new Date(flags.received).getTime()))
        throw new UsageError('--received must be a date YYYY-MM-DD');
      context.inquiry.receivedAt = flags.received;
    }
    if (typeof flags.kind === 'string') {
      if (!KINDS.includes(flags.kind as InquiryKind)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`);
      context.inquiry.kind = flags.kind as InquiryKind;
    }
  }
  const text = readTextInput(positionals[0]!);
  const compiled = compileRuleSet(typeof flags.rules === 'string' ? readJsonInput(flags.rules) : BUNDLED_RULE_SET);
  const result = check(text, context, compiled);
  if (flags.json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return 0;
  }
  const lines = [`Språk: ${result.language} · ${result.metrics.words} ord · ${result.metrics.sentences} setninger · LIX ${result.metrics.lix}`];
  for (const f of result.findings) {
    const at = lineColumn(text, f.start);
    const suggestion = f.suggestions.length ? ` → ${f.suggestions.map((s) => `«${s}»`).join(' / ')}` : '';
    lines.push(`${at.line}:${at.column}  ${f.severity.padEnd(10)} ${f.ruleId}  ${f.message}${suggestion}`);
  }
  if (result.findings.length === 0) lines.push('Ingen funn.');
  for (const d of result.dates) lines.push(`Dato: «${d.text}» = ${d.date}${d.promise ? ' (løfte)' : ''}`);
  for (const p of result.deadline?.policies ?? []) lines.push(`Frist: ${p.label} ${p.dueDate} (${p.status}, ${p.workingDaysLeft} arbeidsdager igjen)`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

function lineColumn(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
