// What changed between two rule sets, in plain Norwegian for the staff who will see different
// advice tomorrow (and for the manager reviewing a release). Compares by id, never by position.
// Everything a staff member can notice gets its own sentence; anything else that changed is
// still named (never "Ingen endringer." for two different sets), so a reviewer is never told a
// release is empty when it is not.
import type { LocalizedText, Rule, RuleSet, SubstitutionRule } from './types.ts';
import type { RuleLanguage } from '../ids.ts';
import { diffCalendar, diffDeadlines, diffModels, diffSnippets, diffTemplates } from './diff-sections.ts';
import {
  added,
  CATEGORY_NB,
  changedLanguages,
  kinds,
  languages,
  list,
  METRIC_NB,
  nb,
  on,
  q,
  readable,
  REPLY_LANGUAGE_NB,
  ruleWords,
  same,
  SEVERITY_NB,
  SPAN_NB,
  subgoalName,
  WHERE_NB,
} from './diff-text.ts';

export type DiffKind =
  | 'version'
  | 'publisher'
  | 'rule-added'
  | 'rule-removed'
  | 'rule-disabled'
  | 'rule-enabled'
  | 'severity'
  | 'words-added'
  | 'words-removed'
  | 'suggestions'
  | 'message'
  | 'advice'
  | 'placement'
  | 'rule-changed'
  | 'checklist'
  | 'deadline'
  | 'calendar'
  | 'snippets'
  | 'templates'
  | 'models'
  | 'labels'
  | 'examples'
  | 'other';

export interface DiffEntry {
  kind: DiffKind;
  ruleId?: string;
  text: string;
}

export function diffRuleSets(oldSet: RuleSet, newSet: RuleSet): DiffEntry[] {
  const out: DiffEntry[] = [];
  if (oldSet.id !== newSet.id) out.push({ kind: 'version', text: `Et annet regelsett: ${q(oldSet.id)} → ${q(newSet.id)}.` });
  if (oldSet.version !== newSet.version) out.push({ kind: 'version', text: `Versjon ${oldSet.version} → ${newSet.version}.` });
  if (oldSet.publisher !== newSet.publisher) out.push({ kind: 'publisher', text: `Utgiver: ${q(oldSet.publisher)} → ${q(newSet.publisher)}.` });
  if (oldSet.name !== newSet.name) out.push({ kind: 'publisher', text: `Regelsettet heter nå ${q(newSet.name)} (før ${q(oldSet.name)}).` });
  if ((oldSet.description ?? '') !== (newSet.description ?? '')) out.push({ kind: 'publisher', text: `Beskrivelsen av regelsettet er endret.` });
  if (!same(oldSet.basedOn, newSet.basedOn)) {
    const base = (b: RuleSet['basedOn']) => (b ? `${q(b.id)} ${b.version}` : 'ingen felles standard');
    out.push({ kind: 'version', text: `Bygger nå på ${base(newSet.basedOn)} (før ${base(oldSet.basedOn)}).` });
  }
  const start = out.length;

  const oldRules = new Map(oldSet.rules.map((r) => [r.id, r]));
  const newRules = new Map(newSet.rules.map((r) => [r.id, r]));
  for (const [id, rule] of newRules) {
    const before = oldRules.get(id);
    if (!before) {
      out.push({
        kind: 'rule-added',
        ruleId: id,
        text: `Ny regel ${q(id)} (${SEVERITY_NB[rule.severity]}${on(rule) ? '' : ', slått av'}): ${readable(nb(rule.message))}`,
      });
      continue;
    }
    diffRule(before, rule, oldSet, newSet, out);
  }
  for (const [id, rule] of oldRules)
    if (!newRules.has(id)) out.push({ kind: 'rule-removed', ruleId: id, text: `Regelen ${q(id)} er fjernet: ${readable(nb(rule.message))}` });

  diffChecklist(oldSet, newSet, out);
  diffDeadlines(oldSet.deadlinePolicies, newSet.deadlinePolicies, out);
  diffCalendar(oldSet.calendar, newSet.calendar, out);
  diffSnippets(oldSet.snippets ?? [], newSet.snippets ?? [], out);
  diffTemplates(oldSet.templates ?? [], newSet.templates ?? [], out);
  diffModels(oldSet.models ?? [], newSet.models ?? [], out);
  for (const [key, label] of Object.entries(newSet.labels.subgoals)) {
    const before = (oldSet.labels.subgoals as Record<string, LocalizedText>)[key];
    if (nb(before) !== nb(label)) out.push({ kind: 'labels', text: `Delmålet ${q(key)} heter nå ${q(nb(label))} (før ${q(nb(before))}).` });
    else
      for (const [lang, text] of changedLanguages(before, label))
        out.push({ kind: 'labels', text: `Delmålet ${q(nb(label))} heter nå ${q(text)} på ${lang}.` });
  }
  for (const [key, label] of Object.entries(newSet.labels.values)) {
    const before = (oldSet.labels.values as Record<string, LocalizedText>)[key];
    if (nb(before) !== nb(label)) out.push({ kind: 'labels', text: `Verdien ${q(key)} heter nå ${q(nb(label))} (før ${q(nb(before))}).` });
    else
      for (const [lang, text] of changedLanguages(before, label)) out.push({ kind: 'labels', text: `Verdien ${q(nb(label))} heter nå ${q(text)} på ${lang}.` });
  }

  if (out.length === start) {
    // Nothing a staff member sees: say what did change rather than "Ingen endringer.".
    if (!same(withoutExamples(oldSet), withoutExamples(newSet))) {
      const fields = changedKeys(withoutExamples(oldSet), withoutExamples(newSet)).filter(
        (k) => !['id', 'version', 'publisher', 'name', 'description'].includes(k),
      );
      if (fields.length) out.push({ kind: 'other', text: `Andre detaljer er endret (${fields.join(', ')}); ansatte merker ingen forskjell i rådene.` });
    } else if (!same(oldSet.rules, newSet.rules)) {
      const rules = newSet.rules.filter((r) => oldRules.has(r.id) && !same(oldRules.get(r.id)!.examples, r.examples)).map((r) => r.id);
      out.push({ kind: 'examples', text: `Bare eksemplene er endret (${list(rules)}); ansatte merker ingen forskjell.` });
    }
  }
  return out;
}

function withoutExamples(set: RuleSet): unknown {
  return { ...set, publishedAt: undefined, rules: set.rules.map(({ examples: _examples, ...rest }) => rest) };
}

function changedKeys(a: unknown, b: unknown): string[] {
  const ra = (a ?? {}) as Record<string, unknown>;
  const rb = (b ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(ra), ...Object.keys(rb)])].filter((k) => !same(ra[k], rb[k])).sort();
}

function suggestionLines(
  id: string,
  phrase: string | undefined,
  before: Partial<Record<RuleLanguage, string[]>> | undefined,
  after: Partial<Record<RuleLanguage, string[]>> | undefined,
  out: DiffEntry[],
) {
  for (const lang of ['nob', 'nno', 'eng'] as const) {
    const was = before?.[lang];
    const now = after?.[lang];
    if (same(was, now)) continue;
    const forWhat = phrase ? ` for ${q(phrase)}` : '';
    const inLang = ` i ${REPLY_LANGUAGE_NB[lang]}`;
    let text: string;
    if (now === undefined) text = `Regelen ${q(id)} gjelder ikke lenger svar på ${REPLY_LANGUAGE_NB[lang]}${forWhat}.`;
    else if (now.length === 0) text = `Regelen ${q(id)} gir ikke lenger forslag${forWhat}${inLang}${was?.length ? ` (før ${list(was)})` : ''}.`;
    else text = `Regelen ${q(id)} foreslår nå ${list(now)}${forWhat}${inLang}${was?.length ? ` (før ${list(was)})` : ''}.`;
    out.push({ kind: 'suggestions', ruleId: id, text });
  }
}

function diffParams(id: string, before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined, out: DiffEntry[]) {
  const shown = (v: unknown) => (typeof v === 'string' ? q(v) : JSON.stringify(v).slice(0, 200));
  for (const key of changedKeys(before, after)) {
    const was = before?.[key];
    const now = after?.[key];
    const push = (text: string) => out.push({ kind: 'rule-changed', ruleId: id, text: `Regelen ${q(id)}: ${text}` });
    if (now === undefined) push(`innstillingen ${q(key)} er fjernet (standardverdien brukes).`);
    else if (was === undefined) push(`har fått innstillingen ${q(key)}: ${shown(now)}.`);
    else if (Array.isArray(was) && Array.isArray(now) && [...was, ...now].every((x) => typeof x === 'string')) {
      const plus = added(was as string[], now as string[]);
      const minus = added(now as string[], was as string[]);
      if (plus.length) push(`innstillingen ${q(key)} har nå også ${list(plus)}.`);
      if (minus.length) push(`innstillingen ${q(key)} har ikke lenger ${list(minus)}.`);
      if (!plus.length && !minus.length) push(`innstillingen ${q(key)} har fått en annen rekkefølge.`);
    } else push(`innstillingen ${q(key)} er endret fra ${shown(was)} til ${shown(now)}.`);
  }
}

function diffRule(before: Rule, after: Rule, oldSet: RuleSet, newSet: RuleSet, out: DiffEntry[]) {
  const id = after.id;
  const start = out.length;
  const changed = (text: string, kind: DiffKind = 'rule-changed') => out.push({ kind, ruleId: id, text: `Regelen ${q(id)} ${text}` });
  if (on(before) && !on(after)) changed('er slått av.', 'rule-disabled');
  if (!on(before) && on(after)) changed('er slått på igjen.', 'rule-enabled');
  if (before.severity !== after.severity)
    out.push({
      kind: 'severity',
      ruleId: id,
      text: `Regelen ${q(id)}: alvorlighetsgrad endret fra ${SEVERITY_NB[before.severity]} til ${SEVERITY_NB[after.severity]}.`,
    });
  if (before.subgoal !== after.subgoal)
    changed(`hører nå til delmålet ${q(subgoalName(newSet, after.subgoal))} (før ${q(subgoalName(oldSet, before.subgoal))}).`, 'placement');
  if (before.category !== after.category)
    changed(`er nå i kategorien ${CATEGORY_NB[after.category] ?? after.category} (før ${CATEGORY_NB[before.category] ?? before.category}).`, 'placement');

  const oldWords = ruleWords(before);
  const newWords = ruleWords(after);
  const plus = [...new Set(added(oldWords, newWords))];
  const minus = [...new Set(added(newWords, oldWords))];
  if (plus.length) out.push({ kind: 'words-added', ruleId: id, text: `Regelen ${q(id)} ser nå også etter ${list(plus)}.` });
  if (minus.length) out.push({ kind: 'words-removed', ruleId: id, text: `Regelen ${q(id)} ser ikke lenger etter ${list(minus)}.` });

  if (nb(before.message) !== nb(after.message))
    out.push({
      kind: 'message',
      ruleId: id,
      text: `Regelen ${q(id)} har ny tekst: ${q(readable(nb(after.message)))} (før ${q(readable(nb(before.message)))}).`,
    });
  for (const [lang, text] of changedLanguages(before.message, after.message))
    if (lang !== 'bokmål') out.push({ kind: 'message', ruleId: id, text: `Regelen ${q(id)} har ny tekst på ${lang}: ${q(readable(text))}.` });
  if (!before.advice && after.advice) changed('har fått et råd.', 'advice');
  else if (before.advice && !after.advice) changed('har ikke lenger noe råd.', 'advice');
  else if (nb(before.advice) !== nb(after.advice)) changed('har nytt råd.', 'advice');
  else for (const [lang] of changedLanguages(before.advice, after.advice)) changed(`har nytt råd på ${lang}.`, 'advice');
  if (!same(before.languages, after.languages)) changed(`gjelder nå svar på ${languages(after.languages)} (før ${languages(before.languages)}).`);

  if (before.kind !== after.kind) changed(`er av en annen type nå (${before.kind} → ${after.kind}).`);
  else diffSameKind(before, after, changed, out);

  if (out.length === start) {
    const { examples: _a, ...restBefore } = before;
    const { examples: _b, ...restAfter } = after;
    const fields = changedKeys(restBefore, restAfter);
    if (fields.length) changed(`er endret (${fields.join(', ')}).`);
  }
}

/**
 * A phrase's suggestions per reply language, merged over the rule's entries: a rule may give
 * "fatte vedtak" one entry for bokmål and another for nynorsk, and that is one phrase.
 */
function suggestionsByPhrase(rule: SubstitutionRule): Map<string, Partial<Record<RuleLanguage, string[]>>> {
  const byPhrase = new Map<string, Partial<Record<RuleLanguage, string[]>>>();
  for (const entry of rule.entries) for (const phrase of entry.match) byPhrase.set(phrase, { ...byPhrase.get(phrase), ...entry.suggest });
  return byPhrase;
}

function diffSameKind(before: Rule, after: Rule, changed: (text: string, kind?: DiffKind) => void, out: DiffEntry[]) {
  const id = after.id;
  if (before.kind === 'substitution' && after.kind === 'substitution') {
    const oldByPhrase = suggestionsByPhrase(before);
    for (const [phrase, suggest] of suggestionsByPhrase(after)) if (oldByPhrase.has(phrase)) suggestionLines(id, phrase, oldByPhrase.get(phrase), suggest, out);
    return;
  }
  if ('suggest' in after || 'suggest' in before)
    suggestionLines(
      id,
      undefined,
      (before as { suggest?: Partial<Record<RuleLanguage, string[]>> }).suggest,
      (after as { suggest?: Partial<Record<RuleLanguage, string[]>> }).suggest,
      out,
    );
  if (before.kind === 'existence' && after.kind === 'existence') {
    if (!!before.caseSensitive !== !!after.caseSensitive)
      changed(after.caseSensitive ? 'skiller nå mellom store og små bokstaver.' : 'skiller ikke lenger mellom store og små bokstaver.');
    if (!same(before.whenInquiry, after.whenInquiry))
      changed(`gjelder nå bare for henvendelser av typen ${kinds(after.whenInquiry)} (før ${kinds(before.whenInquiry)}).`);
  }
  if (before.kind === 'required' && after.kind === 'required') {
    if (before.where !== after.where) changed(`ser nå etter dette ${WHERE_NB[after.where]} (før ${WHERE_NB[before.where]}).`);
    if (before.span !== after.span) changed(`markerer nå ${SPAN_NB[after.span]} når noe mangler (før ${SPAN_NB[before.span]}).`);
    if (!same(before.whenInquiry, after.whenInquiry))
      changed(`gjelder nå bare for henvendelser av typen ${kinds(after.whenInquiry)} (før ${kinds(before.whenInquiry)}).`);
  }
  if ((before.kind === 'required' && after.kind === 'required') || (before.kind === 'metric' && after.kind === 'metric')) {
    if ((before.minWords ?? 0) !== (after.minWords ?? 0))
      changed(
        after.minWords
          ? `gjelder nå bare svar på minst ${after.minWords} ord (før ${before.minWords ? before.minWords : 'alle svar'}).`
          : `gjelder nå alle svar, uansett lengde (før minst ${before.minWords} ord).`,
      );
  }
  if (before.kind === 'metric' && after.kind === 'metric') {
    if (before.metric !== after.metric) changed(`måler nå ${METRIC_NB[after.metric]} (før ${METRIC_NB[before.metric]}).`);
    if (before.max !== after.max)
      out.push({ kind: 'rule-changed', ruleId: id, text: `Regelen ${q(id)}: grensen er endret fra ${before.max} til ${after.max}.` });
  }
  if (before.kind === 'detector' && after.kind === 'detector') {
    if (before.detector !== after.detector) changed(`bruker nå den innebygde kontrollen ${q(after.detector)} (før ${q(before.detector)}).`);
    diffParams(id, before.params, after.params, out);
  }
}

function diffChecklist(oldSet: RuleSet, newSet: RuleSet, out: DiffEntry[]) {
  const old = new Map(oldSet.checklist.map((i) => [i.id, i]));
  const now = new Map(newSet.checklist.map((i) => [i.id, i]));
  for (const [id, item] of now) {
    const prev = old.get(id);
    if (!prev) {
      out.push({ kind: 'checklist', text: `Nytt punkt i sjekklisten: ${q(nb(item.label))}.` });
      continue;
    }
    const name = q(nb(item.label));
    if (nb(prev.label) !== nb(item.label)) out.push({ kind: 'checklist', text: `Sjekklistepunktet ${q(nb(prev.label))} heter nå ${name}.` });
    else
      for (const [lang, text] of changedLanguages(prev.label, item.label))
        out.push({ kind: 'checklist', text: `Sjekklistepunktet ${name} heter nå ${q(text)} på ${lang}.` });
    if (!same(prev.auto, item.auto)) out.push({ kind: 'checklist', text: `Sjekklistepunktet ${name} krysses av på en annen måte nå.` });
    if (!same(prev.whenInquiry, item.whenInquiry))
      out.push({
        kind: 'checklist',
        text: `Sjekklistepunktet ${name} vises nå for henvendelser av typen ${kinds(item.whenInquiry)} (før ${kinds(prev.whenInquiry)}).`,
      });
    if (prev.subgoal !== item.subgoal)
      out.push({
        kind: 'checklist',
        text: `Sjekklistepunktet ${name} hører nå til delmålet ${q(subgoalName(newSet, item.subgoal))} (før ${q(subgoalName(oldSet, prev.subgoal))}).`,
      });
  }
  for (const [id, item] of old) if (!now.has(id)) out.push({ kind: 'checklist', text: `Fjernet fra sjekklisten: ${q(nb(item.label))}.` });
}

/** Plain text for the CLI and the options page. */
export function formatDiff(entries: DiffEntry[]): string {
  return entries.length ? entries.map((e) => `- ${e.text}`).join('\n') : 'Ingen endringer.';
}
