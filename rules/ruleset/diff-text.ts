// Words and small helpers the rule-set diff writes its Norwegian sentences with.
import type { LocalizedText, Rule, RuleSet } from './types.ts';
import type { Category, RuleLanguage, Severity, SubgoalId } from '../ids.ts';
import type { InquiryKind } from '../types.ts';
import { canonicalJson } from './signing.ts';

export const SEVERITY_NB: Record<Severity, string> = { info: 'info', suggestion: 'forslag', warning: 'advarsel', critical: 'kritisk' };
export const CATEGORY_NB: Record<Category, string> = { tone: 'tone', clarity: 'klarhet', 'personal-data': 'personopplysninger', deadline: 'frister' };
export const REPLY_LANGUAGE_NB: Record<RuleLanguage, string> = { nob: 'bokmål', nno: 'nynorsk', eng: 'engelsk' };
export const UI_LANGUAGE_NB = { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' } as const;
export const INQUIRY_NB: Record<InquiryKind, string> = {
  question: 'spørsmål',
  complaint: 'klage',
  feedback: 'tilbakemelding',
  innsyn: 'innsyn',
  enkeltvedtak: 'enkeltvedtak',
  unknown: 'ukjent',
};
export const WHERE_NB = { 'first-line': 'i første linje', 'last-lines': 'i de siste linjene', anywhere: 'hvor som helst i svaret' } as const;
export const SPAN_NB = { 'first-line': 'første linje', 'last-line': 'siste linje', 'first-sentence': 'første setning' } as const;
export const METRIC_NB = { lix: 'LIX (lesbarhet)', 'sentence-words': 'ord per setning' } as const;
/** What a message's placeholders stand for, so a quoted message never shows a raw "{type}". */
export const PLACEHOLDER_NB: Record<string, string> = {
  x: 'ordet',
  suggestion: 'forslaget',
  value: 'verdien',
  count: 'antallet',
  max: 'grensen',
  type: 'typen',
};

export const q = (s: string) => `«${s}»`;
export const list = (words: readonly string[]) => words.map(q).join(', ');
export const nb = (t: LocalizedText | undefined) => t?.nb ?? '';
export const readable = (text: string) => text.replace(/\{(\w+)\}/g, (_, name: string) => `[${PLACEHOLDER_NB[name] ?? '…'}]`);
export const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);
export const dmy = (ymd: string) => ymd.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3.$2.$1');
export const dm = (md: string) => md.replace(/^(\d{2})-(\d{2})$/, '$2.$1.');
export const kinds = (k: readonly InquiryKind[] | undefined) => (k?.length ? k.map((x) => INQUIRY_NB[x] ?? x).join(', ') : 'alle');
export const languages = (l: readonly RuleLanguage[]) => l.map((x) => REPLY_LANGUAGE_NB[x] ?? x).join(', ');

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

/** Language versions of a text that changed: [language name, new text]. nn/en fall back to nb. */
export function changedLanguages(before: LocalizedText | undefined, after: LocalizedText | undefined): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const lang of ['nb', 'nn', 'en'] as const) {
    if ((before?.[lang] ?? '') !== (after?.[lang] ?? '')) out.push([UI_LANGUAGE_NB[lang], after?.[lang] ?? after?.nb ?? '']);
  }
  return out;
}

export function subgoalName(set: RuleSet, id: SubgoalId): string {
  return nb(set.labels.subgoals[id]) || id;
}
