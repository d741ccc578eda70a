// The parts of a rule set beside its rules — deadline policies, the calendar, models, snippets and
// standard answers — compared for the rule-set diff (diff.ts).
import type { DeadlinePolicy, RuleSet } from './types.ts';
import type { DiffEntry } from './diff.ts';
import { added, changedLanguages, dm, dmy, kinds, nb, q, same } from './diff-text.ts';

export function deadlineText(p: DeadlinePolicy): string {
  return p.workingDays !== undefined ? `${p.workingDays} arbeidsdager` : `${p.months} ${p.months === 1 ? 'måned' : 'måneder'}`;
}

export function diffDeadlines(before: DeadlinePolicy[], after: DeadlinePolicy[], out: DiffEntry[]) {
  const old = new Map(before.map((p) => [p.id, p]));
  const now = new Map(after.map((p) => [p.id, p]));
  for (const [id, p] of now) {
    const prev = old.get(id);
    if (!prev) {
      out.push({ kind: 'deadline', text: `Ny fristregel ${q(nb(p.label))}: ${deadlineText(p)}.` });
      continue;
    }
    const name = q(nb(p.label));
    if (deadlineText(prev) !== deadlineText(p))
      out.push({ kind: 'deadline', text: `Fristen ${name} er endret fra ${deadlineText(prev)} til ${deadlineText(p)}.` });
    if (!same(prev.appliesTo, p.appliesTo))
      out.push({ kind: 'deadline', text: `Fristen ${name} gjelder nå for henvendelser av typen ${kinds(p.appliesTo)} (før ${kinds(prev.appliesTo)}).` });
    if (nb(prev.label) !== nb(p.label)) out.push({ kind: 'deadline', text: `Fristregelen ${q(nb(prev.label))} heter nå ${name}.` });
    else
      for (const [lang, text] of changedLanguages(prev.label, p.label))
        out.push({ kind: 'deadline', text: `Fristregelen ${name} heter nå ${q(text)} på ${lang}.` });
    if ((prev.legalReference ?? '') !== (p.legalReference ?? ''))
      out.push({
        kind: 'deadline',
        text: p.legalReference
          ? `Fristregelen ${name} viser nå til ${q(p.legalReference)}${prev.legalReference ? ` (før ${q(prev.legalReference)})` : ''}.`
          : `Fristregelen ${name} viser ikke lenger til ${q(prev.legalReference!)}.`,
      });
    if (!p.advice && prev.advice) out.push({ kind: 'deadline', text: `Fristregelen ${name} har ikke lenger noe råd.` });
    else if (nb(prev.advice) !== nb(p.advice)) out.push({ kind: 'deadline', text: `Fristregelen ${name} har nytt råd: ${q(nb(p.advice))}.` });
    else for (const [lang] of changedLanguages(prev.advice, p.advice)) out.push({ kind: 'deadline', text: `Fristregelen ${name} har nytt råd på ${lang}.` });
  }
  for (const [id, p] of old) if (!now.has(id)) out.push({ kind: 'deadline', text: `Fristregelen ${q(nb(p.label))} er fjernet.` });
}

export function diffCalendar(before: RuleSet['calendar'], after: RuleSet['calendar'], out: DiffEntry[]) {
  const moved = 'frister som går over eller faller på den dagen, blir senere';
  for (const day of added(before?.extraClosedDays ?? [], after?.extraClosedDays ?? []))
    out.push({ kind: 'calendar', text: `Kontoret er nå stengt ${dmy(day)}; ${moved}.` });
  for (const day of added(after?.extraClosedDays ?? [], before?.extraClosedDays ?? []))
    out.push({ kind: 'calendar', text: `${dmy(day)} er ikke lenger stengt dag; frister som går over eller faller på den dagen, kan bli tidligere.` });
  for (const day of added(before?.closedEveryYear ?? [], after?.closedEveryYear ?? []))
    out.push({ kind: 'calendar', text: `Kontoret er nå stengt ${dm(day)} hvert år; ${moved}.` });
  for (const day of added(after?.closedEveryYear ?? [], before?.closedEveryYear ?? []))
    out.push({ kind: 'calendar', text: `${dm(day)} er ikke lenger stengt hvert år; frister som går over eller faller på den dagen, kan bli tidligere.` });
}

// A retrained model flags other sentences: staff notice, so it is named with its blind figures.
export function diffModels(before: NonNullable<RuleSet['models']>, after: NonNullable<RuleSet['models']>, out: DiffEntry[]) {
  const old = new Map(before.map((m) => [m.id, m]));
  const now = new Map(after.map((m) => [m.id, m]));
  const blind = (m: NonNullable<RuleSet['models']>[number]) => {
    const any = m.evaluation?.labels['any']?.['all'];
    return any ? ` (blindtest: presisjon ${Math.round(any.precision * 100)} %, treff ${Math.round(any.recall * 100)} %)` : '';
  };
  for (const [id, m] of now) {
    const prev = old.get(id);
    if (!prev) out.push({ kind: 'models', text: `Ny modell ${q(id)} for ${m.labels.join(', ')}${blind(m)}.` });
    else if (!same(prev, m)) out.push({ kind: 'models', text: `Modellen ${q(id)} er trent på nytt og kan markere andre setninger${blind(m)}.` });
  }
  for (const id of old.keys()) if (!now.has(id)) out.push({ kind: 'models', text: `Modellen ${q(id)} er fjernet.` });
}

export function diffSnippets(before: NonNullable<RuleSet['snippets']>, after: NonNullable<RuleSet['snippets']>, out: DiffEntry[]) {
  const old = new Map(before.map((s) => [s.id, s]));
  const now = new Map(after.map((s) => [s.id, s]));
  for (const [id, s] of now) {
    const prev = old.get(id);
    if (!prev) out.push({ kind: 'snippets', text: `Ny tekstbit: ${q(nb(s.label))}.` });
    else if (!same(prev, s)) out.push({ kind: 'snippets', text: `Tekstbiten ${q(nb(s.label))} er endret.` });
  }
  for (const [id, s] of old) if (!now.has(id)) out.push({ kind: 'snippets', text: `Tekstbiten ${q(nb(s.label))} er fjernet.` });
}

// Staff answer with these words: a reworded language variant is named, as is a changed placement.
export function diffTemplates(before: NonNullable<RuleSet['templates']>, after: NonNullable<RuleSet['templates']>, out: DiffEntry[]) {
  const old = new Map(before.map((t) => [t.id, t]));
  const now = new Map(after.map((t) => [t.id, t]));
  for (const [id, t] of now) {
    const prev = old.get(id);
    const name = q(nb(t.title) || id);
    if (!prev) {
      out.push({ kind: 'templates', text: `Ny svarmal ${name} (for ${kinds(t.kinds)}).` });
      continue;
    }
    if (nb(prev.title) !== nb(t.title)) out.push({ kind: 'templates', text: `Svarmalen ${q(nb(prev.title))} heter nå ${name}.` });
    else
      for (const [lang, text] of changedLanguages(prev.title, t.title))
        out.push({ kind: 'templates', text: `Svarmalen ${name} heter nå ${q(text)} på ${lang}.` });
    const reworded = changedLanguages(prev.text, t.text).map(([lang]) => lang);
    if (reworded.length) out.push({ kind: 'templates', text: `Svarmalen ${name} har ny tekst på ${reworded.join(', ')}.` });
    if (!same([...prev.kinds].sort(), [...t.kinds].sort()))
      out.push({ kind: 'templates', text: `Svarmalen ${name} foreslås nå for henvendelser av typen ${kinds(t.kinds)} (før ${kinds(prev.kinds)}).` });
    if (!same([...prev.subgoals].sort(), [...t.subgoals].sort()))
      out.push({
        kind: 'templates',
        text: `Svarmalen ${name} hører nå til ${t.subgoals.map((g) => q(g)).join(', ')} (før ${prev.subgoals.map((g) => q(g)).join(', ')}).`,
      });
    if (!same([...(prev.keywords ?? [])].sort(), [...(t.keywords ?? [])].sort())) out.push({ kind: 'templates', text: `Svarmalen ${name} har andre søkeord.` });
  }
  for (const [id, t] of old) if (!now.has(id)) out.push({ kind: 'templates', text: `Svarmalen ${q(nb(t.title) || id)} er fjernet.` });
}
