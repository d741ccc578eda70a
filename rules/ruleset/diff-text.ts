// The words the rule-set diff writes its sentences with, in the chosen UI language: the sentence
// templates and the names of severities, categories, languages and inquiry kinds come from
// components/ui-strings/<lang>/ruleset-diff.json; the rule set's own texts are quoted in that
// language where the set has it, else in bokmål.
import type { LocalizedText, Rule, RuleSet } from './types.ts';
import type { Category, RuleLanguage, Severity, SubgoalId, UiLanguage } from '../ids.ts';
import type { InquiryKind } from '../types.ts';
import { canonicalJson } from './signing.ts';
import { format, RULE_SET_DIFF_STRINGS, type RuleSetDiffStrings, type TemplateVars } from '../../components/ui-strings/index.ts';

export const q = (s: string) => `«${s}»`;
export const list = (words: readonly string[]) => words.map(q).join(', ');
export const nb = (t: LocalizedText | undefined) => t?.nb ?? '';
export const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);
export const dmy = (ymd: string) => ymd.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3.$2.$1');
export const dm = (md: string) => md.replace(/^(\d{2})-(\d{2})$/, '$2.$1.');

type Key = keyof RuleSetDiffStrings;

/** The diff's words in one UI language. */
export interface DiffWords {
  lang: UiLanguage;
  t(key: Key, vars?: TemplateVars): string;
  /** A rule-set text in this language, else bokmål. */
  text(t: LocalizedText | undefined): string;
  /** A rule message with its placeholders named ("{x}" → "[ordet]"). */
  readable(text: string): string;
  severity(s: Severity): string;
  category(c: Category): string;
  replyLanguage(l: RuleLanguage): string;
  replyLanguages(l: readonly RuleLanguage[]): string;
  uiLanguage(l: UiLanguage): string;
  kinds(k: readonly InquiryKind[] | undefined): string;
}

export function diffWords(lang: UiLanguage): DiffWords {
  const table = (RULE_SET_DIFF_STRINGS[lang] ?? RULE_SET_DIFF_STRINGS.nb) as Record<string, string>;
  const word = (key: string, fallback: string) => table[key] ?? fallback;
  const t = (key: Key, vars?: TemplateVars) => format(table[key] ?? RULE_SET_DIFF_STRINGS.nb[key], vars);
  const replyLanguage = (l: RuleLanguage) => word(`reply.${l}`, l);
  return {
    lang,
    t,
    text: (text) => text?.[lang] || (text?.nb ?? ''),
    readable: (text) => text.replace(/\{(\w+)\}/g, (_, name: string) => `[${word(`placeholder.${name}`, table['placeholder.other']!)}]`),
    severity: (s) => word(`severity.${s}`, s),
    category: (c) => word(`category.${c}`, c),
    replyLanguage,
    replyLanguages: (l) => l.map(replyLanguage).join(', '),
    uiLanguage: (l) => word(`ui.${l}`, l),
    kinds: (k) => (k?.length ? k.map((x) => word(`kind.${x}`, x)).join(', ') : t('all-kinds')),
  };
}

export function ruleWords(rule: Rule): string[] {
  if (rule.kind === 'substitution') return rule.entries.flatMap((e) => e.match);
  if (rule.kind === 'existence') return [...(rule.words ?? []), ...(rule.patterns ?? [])];
  if (rule.kind === 'required') return rule.anyOf;
  return [];
}

export const on = (rule: Rule) => rule.enabled !== false;

export function added<T>(before: readonly T[], after: readonly T[]): T[] {
  const old = new Set(before);
  return after.filter((x) => !old.has(x));
}

/** Language versions of a text that changed: [UI language, new text]. nn/en fall back to nb. */
export function changedLanguages(before: LocalizedText | undefined, after: LocalizedText | undefined): Array<[UiLanguage, string]> {
  const out: Array<[UiLanguage, string]> = [];
  for (const lang of ['nb', 'nn', 'en'] as const) {
    if ((before?.[lang] ?? '') !== (after?.[lang] ?? '')) out.push([lang, after?.[lang] ?? after?.nb ?? '']);
  }
  return out;
}

export function subgoalName(set: RuleSet, id: SubgoalId, w: DiffWords): string {
  return w.text(set.labels.subgoals[id]) || id;
}
