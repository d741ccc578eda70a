// Runs every rule against its own examples (LanguageTool's PatternRuleTest, Harper's Weir tests):
// a bad example must trigger the rule on exactly the [[marked]] span (with the expected first
// suggestion, if given); a good example must not trigger it. A rule set whose examples fail is
// not accepted — by the tests, by `svarhjelp rules test`, and by the extension's updater.
import type { Rule, RuleExample } from '../ruleset/types.ts';
import type { CheckContext, Finding } from '../types.ts';
import { check } from './check.ts';
import type { CompiledRuleSet } from './compile.ts';
import type { ProblemCode, ProblemData } from '../ruleset/problems.ts';

/** Examples run at a fixed moment so date rules give the same answer every day. */
export const EXAMPLE_NOW = '2026-11-23T10:00:00+01:00';

export interface ExampleFailure {
  ruleId: string;
  kind: 'bad' | 'good';
  index: number;
  text: string;
  /** English, for `rules test`; screens word `code` and `data` (rules/ruleset/problems.ts). */
  problem: string;
  code: Extract<ProblemCode, `example-${string}`>;
  data: ProblemData;
}

export function parseMarkedText(marked: string): { text: string; spans: Array<[number, number]> } {
  const spans: Array<[number, number]> = [];
  let text = '';
  let rest = marked;
  for (;;) {
    const open = rest.indexOf('[[');
    if (open < 0) break;
    const close = rest.indexOf(']]', open + 2);
    if (close < 0) break;
    text += rest.slice(0, open);
    const start = text.length;
    text += rest.slice(open + 2, close);
    spans.push([start, text.length]);
    rest = rest.slice(close + 2);
  }
  return { text: text + rest, spans };
}

function normalizeExample(example: RuleExample) {
  return typeof example === 'string' ? { text: example } : example;
}

function exampleContext(rule: Rule, example: Exclude<RuleExample, string>): CheckContext {
  const context: CheckContext = { language: example.language ?? rule.languages[0], now: example.now ?? EXAMPLE_NOW };
  if (example.inquiry) context.inquiry = { ...example.inquiry };
  if (example.recipients) context.recipients = [...example.recipients];
  return context;
}

/** The findings' spans and first suggestions (never called without findings). */
function describeFindings(text: string, findings: Finding[]): string {
  return findings.map((f) => `«${text.slice(f.start, f.end)}» [${f.start},${f.end})${f.suggestions.length ? ` → «${f.suggestions[0]}»` : ''}`).join(', ');
}

export function runRuleExamples(compiled: CompiledRuleSet, rule: Rule): ExampleFailure[] {
  const failures: ExampleFailure[] = [];
  if (rule.enabled === false) return failures;
  rule.examples.bad.forEach((raw, index) => {
    const example = normalizeExample(raw);
    const { text, spans } = parseMarkedText(example.text);
    const findings = check(text, exampleContext(rule, example), compiled, { onlyRuleId: rule.id }).findings;
    const fail = (problem: string, code: ExampleFailure['code'], data: ProblemData = {}) =>
      failures.push({ ruleId: rule.id, kind: 'bad', index, text: example.text, problem, code, data: { ...data, text: JSON.stringify(example.text) } });
    if (findings.length === 0) return fail('should trigger the rule, but gave no finding', 'example-no-finding');
    for (const [start, end] of spans) {
      const match = findings.find((f) => f.start === start && f.end === end);
      if (!match) {
        const expected = `«${text.slice(start, end)}» [${start},${end})`;
        const got = describeFindings(text, findings);
        return fail(`expected a finding on ${expected}, got ${got}`, 'example-wrong-span', { expected, got });
      }
      if (example.suggestion !== undefined && match.suggestions[0] !== example.suggestion) {
        const expected = `«${example.suggestion}»`;
        return match.suggestions.length
          ? fail(`expected the suggestion ${expected}, got «${match.suggestions[0]}»`, 'example-wrong-suggestion', {
              expected,
              got: `«${match.suggestions[0]}»`,
            })
          : fail(`expected the suggestion ${expected}, got none`, 'example-no-suggestion', { expected });
      }
    }
  });
  rule.examples.good.forEach((raw, index) => {
    const example = normalizeExample(raw);
    const findings = check(example.text, exampleContext(rule, example), compiled, { onlyRuleId: rule.id }).findings;
    if (findings.length > 0) {
      const found = describeFindings(example.text, findings);
      failures.push({
        ruleId: rule.id,
        kind: 'good',
        index,
        text: example.text,
        problem: `should not trigger the rule, but found ${found}`,
        code: 'example-unexpected-finding',
        data: { found, text: JSON.stringify(example.text) },
      });
    }
  });
  return failures;
}

export function runAllExamples(compiled: CompiledRuleSet): ExampleFailure[] {
  return compiled.ruleSet.rules.flatMap((rule) => runRuleExamples(compiled, rule));
}

export function formatFailure(failure: ExampleFailure): string {
  return `${failure.ruleId} (${failure.kind} example ${failure.index + 1}): ${failure.problem}\n    ${JSON.stringify(failure.text)}`;
}
