// Why a rule set was refused, as a code with data; each screen words it in its language from the
// tables in components/ui-strings/ (nb, nn, en). Nothing here translates a message by matching
// its wording: a new or reworded problem is a new code in those tables, which the compiler checks.
import type { UiLanguage } from '../ids.ts';
import { RULE_SET_PROBLEM_STRINGS, format, type RuleSetProblemStrings } from '../../components/ui-strings/index.ts';

export type ProblemCode = Exclude<keyof RuleSetProblemStrings, `type.${string}` | 'typeOr'>;
export type ProblemData = Record<string, string | number>;

export interface AcceptProblem {
  /** Where in the document, e.g. "rules[3].examples.bad[0]"; "(dokument)" for the whole. */
  path: string;
  code: ProblemCode;
  data?: ProblemData;
  /** The problem in bokmål: what the CLI prints and the updater's status keeps. */
  message: string;
}

/** Data values that name a value type ("string | number"): worded per language. */
const TYPE_VALUED: ReadonlySet<ProblemCode> = new Set(['not-object', 'wrong-type']);

/** The problem worded in `lang`. */
export function problemText(problem: Pick<AcceptProblem, 'code' | 'data'>, lang: UiLanguage): string {
  const table = RULE_SET_PROBLEM_STRINGS[lang] as Record<string, string>;
  let data = problem.data;
  if (data && TYPE_VALUED.has(problem.code)) {
    const typeName = (t: string | number) =>
      String(t)
        .split(' | ')
        .map((part) => table[`type.${part}`] ?? part)
        .join(table['typeOr']);
    data = {
      ...data,
      ...('received' in data ? { received: typeName(data['received']!) } : {}),
      ...('expected' in data ? { expected: typeName(data['expected']!) } : {}),
    };
  }
  return format(table[problem.code] ?? problem.code, data);
}

export function problem(path: string, code: ProblemCode, data?: ProblemData): AcceptProblem {
  const made: AcceptProblem = { path, code, message: '' };
  if (data) made.data = data;
  made.message = problemText(made, 'nb');
  return made;
}
