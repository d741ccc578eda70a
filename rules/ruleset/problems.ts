// Why a rule set was refused, as a code with data; each screen words it in its language from the
// tables in components/ui-strings/ (nb, nn, en). Nothing here translates a message by matching
// its wording: a new or reworded problem is a new code in those tables, which the compiler checks.
import type { UiLanguage } from '../ids.ts';
import { RULE_SET_PROBLEM_STRINGS, format, type RuleSetProblemStrings } from '../../components/ui-strings/index.ts';

export type ProblemCode = Exclude<keyof RuleSetProblemStrings, `type.${string}` | 'typeOr'>;
/** A problem inside another one ("Regelsettet ble avvist: {reason}"), worded in the same language. */
export interface NestedProblem {
  code: ProblemCode;
  data?: ProblemData;
  /** Where in the document, shown before the text ("rules[3].id: …"). */
  path?: string;
}
export type ProblemData = Record<string, string | number | NestedProblem | readonly NestedProblem[]>;

/** A problem as code and data, with its bokmål wording for logs and the CLI. */
export interface Problem extends NestedProblem {
  message: string;
}

/** A rule-set problem to put inside another one, with its place in the document or without. */
export function nestedOf(p: Pick<AcceptProblem, 'code' | 'data' | 'path'>, withPath = true): NestedProblem {
  const out: NestedProblem = { code: p.code };
  if (p.data) out.data = p.data;
  if (withPath) out.path = p.path;
  return out;
}

/** A problem the updater, the policy or the options page reports (no place in a document). */
export function statusProblem(code: ProblemCode, data?: ProblemData): Problem {
  const made: Problem = { code, message: '' };
  if (data) made.data = data;
  made.message = problemText(made, 'nb');
  return made;
}

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

/** The problem worded in `lang`; problems inside its data in the same language. */
export function problemText(problem: Pick<NestedProblem, 'code' | 'data'>, lang: UiLanguage): string {
  const table = RULE_SET_PROBLEM_STRINGS[lang] as Record<string, string>;
  const nested = (p: NestedProblem) => (p.path ? `${p.path}: ` : '') + problemText(p, lang);
  let data: Record<string, string | number> | undefined;
  if (problem.data) {
    data = {};
    for (const [key, value] of Object.entries(problem.data))
      data[key] =
        typeof value === 'object'
          ? Array.isArray(value)
            ? (value as readonly NestedProblem[]).map(nested).join('; ')
            : nested(value as NestedProblem)
          : (value as string | number);
  }
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

/** A status problem in `lang`; a plain string is the finished bokmål sentence older versions stored. */
export function shownProblem(problem: Pick<NestedProblem, 'code' | 'data'> | string, lang: UiLanguage): string {
  return typeof problem === 'string' ? problem : problemText(problem, lang);
}

export function problem(path: string, code: ProblemCode, data?: ProblemData): AcceptProblem {
  const made: AcceptProblem = { path, code, message: '' };
  if (data) made.data = data;
  made.message = problemText(made, 'nb');
  return made;
}
