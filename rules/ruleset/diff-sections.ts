// The parts of a rule set beside its rules — deadline policies, the calendar, models, snippets and
// standard answers — compared for the rule-set diff (diff.ts), worded in the chosen UI language.
import type { DeadlinePolicy, RuleSet } from './types.ts';
import type { DiffEntry } from './diff.ts';
import { added, changedLanguages, type DiffWords, dm, dmy, nb, q, same } from './diff-text.ts';

export function deadlineText(p: DeadlinePolicy, w: DiffWords): string {
  if (p.workingDays !== undefined) return w.t('working-days', { count: p.workingDays });
  return w.t(p.months === 1 ? 'month' : 'months', { count: p.months ?? 0 });
}

export function diffDeadlines(before: DeadlinePolicy[], after: DeadlinePolicy[], out: DiffEntry[], w: DiffWords) {
  const old = new Map(before.map((p) => [p.id, p]));
  const now = new Map(after.map((p) => [p.id, p]));
  const push = (text: string) => out.push({ kind: 'deadline', text });
  for (const [id, p] of now) {
    const prev = old.get(id);
    const name = q(w.text(p.label));
    if (!prev) {
      push(w.t('deadline-added', { name, period: deadlineText(p, w) }));
      continue;
    }
    if (deadlineText(prev, w) !== deadlineText(p, w)) push(w.t('deadline-period', { name, old: deadlineText(prev, w), new: deadlineText(p, w) }));
    if (!same(prev.appliesTo, p.appliesTo)) push(w.t('deadline-kinds', { name, new: w.kinds(p.appliesTo), old: w.kinds(prev.appliesTo) }));
    if (nb(prev.label) !== nb(p.label)) push(w.t('deadline-renamed', { old: q(w.text(prev.label)), new: name }));
    else for (const [lang, text] of changedLanguages(prev.label, p.label)) push(w.t('deadline-renamed-in', { name, new: q(text), lang: w.uiLanguage(lang) }));
    if ((prev.legalReference ?? '') !== (p.legalReference ?? ''))
      push(
        p.legalReference
          ? w.t('deadline-law', { name, new: q(p.legalReference), was: prev.legalReference ? w.t('was', { was: q(prev.legalReference) }) : '' })
          : w.t('deadline-law-removed', { name, old: q(prev.legalReference!) }),
      );
    if (!p.advice && prev.advice) push(w.t('deadline-advice-removed', { name }));
    else if (nb(prev.advice) !== nb(p.advice)) push(w.t('deadline-advice', { name, advice: q(w.text(p.advice)) }));
    else for (const [lang] of changedLanguages(prev.advice, p.advice)) push(w.t('deadline-advice-in', { name, lang: w.uiLanguage(lang) }));
  }
  for (const [id, p] of old) if (!now.has(id)) push(w.t('deadline-removed', { name: q(w.text(p.label)) }));
}

export function diffCalendar(before: RuleSet['calendar'], after: RuleSet['calendar'], out: DiffEntry[], w: DiffWords) {
  const push = (text: string) => out.push({ kind: 'calendar', text });
  for (const day of added(before?.extraClosedDays ?? [], after?.extraClosedDays ?? [])) push(w.t('closed-day', { day: dmy(day) }));
  for (const day of added(after?.extraClosedDays ?? [], before?.extraClosedDays ?? [])) push(w.t('open-day', { day: dmy(day) }));
  for (const day of added(before?.closedEveryYear ?? [], after?.closedEveryYear ?? [])) push(w.t('closed-yearly', { day: dm(day) }));
  for (const day of added(after?.closedEveryYear ?? [], before?.closedEveryYear ?? [])) push(w.t('open-yearly', { day: dm(day) }));
}

// A retrained model flags other sentences: staff notice, so it is named with its blind figures.
export function diffModels(before: NonNullable<RuleSet['models']>, after: NonNullable<RuleSet['models']>, out: DiffEntry[], w: DiffWords) {
  const old = new Map(before.map((m) => [m.id, m]));
  const now = new Map(after.map((m) => [m.id, m]));
  const blind = (m: NonNullable<RuleSet['models']>[number]) => {
    const any = m.evaluation?.labels['any']?.['all'];
    return any ? w.t('model-blind', { precision: Math.round(any.precision * 100), recall: Math.round(any.recall * 100) }) : '';
  };
  for (const [id, m] of now) {
    const prev = old.get(id);
    if (!prev) out.push({ kind: 'models', text: w.t('model-added', { id: q(id), labels: m.labels.join(', '), blind: blind(m) }) });
    else if (!same(prev, m)) out.push({ kind: 'models', text: w.t('model-retrained', { id: q(id), blind: blind(m) }) });
  }
  for (const id of old.keys()) if (!now.has(id)) out.push({ kind: 'models', text: w.t('model-removed', { id: q(id) }) });
}

export function diffSnippets(before: NonNullable<RuleSet['snippets']>, after: NonNullable<RuleSet['snippets']>, out: DiffEntry[], w: DiffWords) {
  const old = new Map(before.map((s) => [s.id, s]));
  const now = new Map(after.map((s) => [s.id, s]));
  for (const [id, s] of now) {
    const prev = old.get(id);
    if (!prev) out.push({ kind: 'snippets', text: w.t('snippet-added', { name: q(w.text(s.label)) }) });
    else if (!same(prev, s)) out.push({ kind: 'snippets', text: w.t('snippet-changed', { name: q(w.text(s.label)) }) });
  }
  for (const [id, s] of old) if (!now.has(id)) out.push({ kind: 'snippets', text: w.t('snippet-removed', { name: q(w.text(s.label)) }) });
}

// Staff answer with these words: a reworded language variant is named, as is a changed placement.
export function diffTemplates(before: NonNullable<RuleSet['templates']>, after: NonNullable<RuleSet['templates']>, out: DiffEntry[], w: DiffWords) {
  const old = new Map(before.map((t) => [t.id, t]));
  const now = new Map(after.map((t) => [t.id, t]));
  const push = (text: string) => out.push({ kind: 'templates', text });
  const goals = (g: readonly string[]) => g.map((x) => q(x)).join(', ');
  for (const [id, t] of now) {
    const prev = old.get(id);
    const name = q(w.text(t.title) || id);
    if (!prev) {
      push(w.t('template-added', { name, kinds: w.kinds(t.kinds) }));
      continue;
    }
    if (nb(prev.title) !== nb(t.title)) push(w.t('template-renamed', { old: q(w.text(prev.title)), new: name }));
    else for (const [lang, text] of changedLanguages(prev.title, t.title)) push(w.t('template-renamed-in', { name, new: q(text), lang: w.uiLanguage(lang) }));
    const reworded = changedLanguages(prev.text, t.text).map(([lang]) => w.uiLanguage(lang));
    if (reworded.length) push(w.t('template-reworded', { name, langs: reworded.join(', ') }));
    if (!same([...prev.kinds].sort(), [...t.kinds].sort())) push(w.t('template-kinds', { name, new: w.kinds(t.kinds), old: w.kinds(prev.kinds) }));
    if (!same([...prev.subgoals].sort(), [...t.subgoals].sort())) push(w.t('template-subgoals', { name, new: goals(t.subgoals), old: goals(prev.subgoals) }));
    if (!same([...(prev.keywords ?? [])].sort(), [...(t.keywords ?? [])].sort())) push(w.t('template-keywords', { name }));
  }
  for (const [id, t] of old) if (!now.has(id)) push(w.t('template-removed', { name: q(w.text(t.title) || id) }));
}
