// What changed between two rule sets, in plain Norwegian for the staff who will see different
// advice tomorrow (and for the manager reviewing a release). Compares by id, never by position.
import type { ChecklistItem, DeadlinePolicy, LocalizedText, Rule, RuleSet } from './types.ts';
import type { Severity } from '../ids.ts';

export type DiffKind =
  | 'version'
  | 'rule-added'
  | 'rule-removed'
  | 'rule-disabled'
  | 'rule-enabled'
  | 'severity'
  | 'words-added'
  | 'words-removed'
  | 'message'
  | 'advice'
  | 'rule-changed'
  | 'checklist'
  | 'deadline'
  | 'labels';

export interface DiffEntry {
  kind: DiffKind;
  ruleId?: string;
  text: string;
}

const SEVERITY_NB: Record<Severity, string> = { info: 'info', suggestion: 'forslag', warning: 'advarsel', critical: 'kritisk' };

const q = (s: string) => `«${s}»`;
const list = (words: string[]) => words.map(q).join(', ');
const nb = (t: LocalizedText | undefined) => t?.nb ?? '';

function ruleWords(rule: Rule): string[] {
  if (rule.kind === 'substitution') return rule.entries.flatMap((e) => e.match);
  if (rule.kind === 'existence') return [...(rule.words ?? []), ...(rule.patterns ?? [])];
  if (rule.kind === 'required') return rule.anyOf;
  return [];
}

const on = (rule: Rule) => rule.enabled !== false;

export function diffRuleSets(oldSet: RuleSet, newSet: RuleSet): DiffEntry[] {
  const out: DiffEntry[] = [];
  if (oldSet.id !== newSet.id) out.push({ kind: 'version', text: `Et annet regelsett: ${q(oldSet.id)} → ${q(newSet.id)}.` });
  if (oldSet.version !== newSet.version) out.push({ kind: 'version', text: `Versjon ${oldSet.version} → ${newSet.version}.` });

  const oldRules = new Map(oldSet.rules.map((r) => [r.id, r]));
  const newRules = new Map(newSet.rules.map((r) => [r.id, r]));
  for (const [id, rule] of newRules) {
    const before = oldRules.get(id);
    if (!before) {
      out.push({ kind: 'rule-added', ruleId: id, text: `Ny regel ${q(id)} (${SEVERITY_NB[rule.severity]}${on(rule) ? '' : ', slått av'}): ${nb(rule.message)}` });
      continue;
    }
    diffRule(before, rule, out);
  }
  for (const [id, rule] of oldRules) if (!newRules.has(id)) out.push({ kind: 'rule-removed', ruleId: id, text: `Regelen ${q(id)} er fjernet: ${nb(rule.message)}` });

  diffChecklist(oldSet.checklist, newSet.checklist, out);
  diffDeadlines(oldSet.deadlinePolicies, newSet.deadlinePolicies, out);
  for (const [key, label] of Object.entries(newSet.labels.subgoals)) {
    const before = (oldSet.labels.subgoals as Record<string, LocalizedText>)[key];
    if (nb(before) !== nb(label)) out.push({ kind: 'labels', text: `Delmålet ${q(key)} heter nå ${q(nb(label))} (før ${q(nb(before))}).` });
  }
  for (const [key, label] of Object.entries(newSet.labels.values)) {
    const before = (oldSet.labels.values as Record<string, LocalizedText>)[key];
    if (nb(before) !== nb(label)) out.push({ kind: 'labels', text: `Verdien ${q(key)} heter nå ${q(nb(label))} (før ${q(nb(before))}).` });
  }
  return out;
}

function diffRule(before: Rule, after: Rule, out: DiffEntry[]) {
  const id = after.id;
  if (on(before) && !on(after)) out.push({ kind: 'rule-disabled', ruleId: id, text: `Regelen ${q(id)} er slått av.` });
  if (!on(before) && on(after)) out.push({ kind: 'rule-enabled', ruleId: id, text: `Regelen ${q(id)} er slått på igjen.` });
  if (before.severity !== after.severity)
    out.push({ kind: 'severity', ruleId: id, text: `Regelen ${q(id)}: alvorlighetsgrad endret fra ${SEVERITY_NB[before.severity]} til ${SEVERITY_NB[after.severity]}.` });
  const oldWords = new Set(ruleWords(before));
  const newWords = new Set(ruleWords(after));
  const added = [...newWords].filter((w) => !oldWords.has(w));
  const removed = [...oldWords].filter((w) => !newWords.has(w));
  if (added.length) out.push({ kind: 'words-added', ruleId: id, text: `Regelen ${q(id)} ser nå også etter ${list(added)}.` });
  if (removed.length) out.push({ kind: 'words-removed', ruleId: id, text: `Regelen ${q(id)} ser ikke lenger etter ${list(removed)}.` });
  if (nb(before.message) !== nb(after.message)) out.push({ kind: 'message', ruleId: id, text: `Regelen ${q(id)} har ny tekst: ${q(nb(after.message))} (før ${q(nb(before.message))}).` });
  if (nb(before.advice) !== nb(after.advice)) out.push({ kind: 'advice', ruleId: id, text: `Regelen ${q(id)} har nytt råd.` });
  if (before.kind !== after.kind) out.push({ kind: 'rule-changed', ruleId: id, text: `Regelen ${q(id)} er av en annen type nå (${before.kind} → ${after.kind}).` });
  else if (before.kind === 'metric' && after.kind === 'metric' && before.max !== after.max)
    out.push({ kind: 'rule-changed', ruleId: id, text: `Regelen ${q(id)}: grensen er endret fra ${before.max} til ${after.max}.` });
  if (before.languages.join() !== after.languages.join())
    out.push({ kind: 'rule-changed', ruleId: id, text: `Regelen ${q(id)} gjelder nå språkene ${after.languages.join(', ')} (før ${before.languages.join(', ')}).` });
}

function diffChecklist(before: ChecklistItem[], after: ChecklistItem[], out: DiffEntry[]) {
  const old = new Map(before.map((i) => [i.id, i]));
  const now = new Map(after.map((i) => [i.id, i]));
  for (const [id, item] of now) {
    const prev = old.get(id);
    if (!prev) out.push({ kind: 'checklist', text: `Nytt punkt i sjekklisten: ${q(nb(item.label))}.` });
    else if (nb(prev.label) !== nb(item.label)) out.push({ kind: 'checklist', text: `Sjekklistepunktet ${q(nb(prev.label))} heter nå ${q(nb(item.label))}.` });
    else if (JSON.stringify(prev.auto) !== JSON.stringify(item.auto) || JSON.stringify(prev.whenInquiry) !== JSON.stringify(item.whenInquiry))
      out.push({ kind: 'checklist', text: `Sjekklistepunktet ${q(nb(item.label))} krysses av på en annen måte nå.` });
  }
  for (const [id, item] of old) if (!now.has(id)) out.push({ kind: 'checklist', text: `Fjernet fra sjekklisten: ${q(nb(item.label))}.` });
}

function deadlineText(p: DeadlinePolicy): string {
  return p.workingDays !== undefined ? `${p.workingDays} arbeidsdager` : `${p.months} ${p.months === 1 ? 'måned' : 'måneder'}`;
}

function diffDeadlines(before: DeadlinePolicy[], after: DeadlinePolicy[], out: DiffEntry[]) {
  const old = new Map(before.map((p) => [p.id, p]));
  const now = new Map(after.map((p) => [p.id, p]));
  for (const [id, p] of now) {
    const prev = old.get(id);
    if (!prev) {
      out.push({ kind: 'deadline', text: `Ny fristregel ${q(nb(p.label))}: ${deadlineText(p)}.` });
      continue;
    }
    if (deadlineText(prev) !== deadlineText(p)) out.push({ kind: 'deadline', text: `Fristen ${q(nb(p.label))} er endret fra ${deadlineText(prev)} til ${deadlineText(p)}.` });
    if (prev.appliesTo.join() !== p.appliesTo.join()) out.push({ kind: 'deadline', text: `Fristen ${q(nb(p.label))} gjelder nå for andre typer henvendelser (${p.appliesTo.join(', ')}).` });
    if (nb(prev.label) !== nb(p.label)) out.push({ kind: 'deadline', text: `Fristregelen ${q(nb(prev.label))} heter nå ${q(nb(p.label))}.` });
  }
  for (const [id, p] of old) if (!now.has(id)) out.push({ kind: 'deadline', text: `Fristregelen ${q(nb(p.label))} er fjernet.` });
}

/** Plain text for the CLI and the options page. */
export function formatDiff(entries: DiffEntry[]): string {
  return entries.length ? entries.map((e) => `- ${e.text}`).join('\n') : 'Ingen endringer.';
}
