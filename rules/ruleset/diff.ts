// What changed between two rule sets, in plain words for the staff who will see different advice
// tomorrow (and for the manager reviewing a release), in the chosen UI language (bokmål for the
// CLI). Compares by id, never by position. Everything a staff member can notice gets its own
// sentence; anything else that changed is still named (never "no changes" for two different
// sets), so a reviewer is never told a release is empty when it is not.
import type { LocalizedText, Rule, RuleSet, SubstitutionRule } from './types.ts';
import type { RuleLanguage, UiLanguage } from '../ids.ts';
import { diffCalendar, diffDeadlines, diffModels, diffSnippets, diffTemplates } from './diff-sections.ts';
import { added, changedLanguages, type DiffWords, diffWords, list, nb, on, q, ruleWords, same, subgoalName } from './diff-text.ts';

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

export function diffRuleSets(oldSet: RuleSet, newSet: RuleSet, lang: UiLanguage = 'nb'): DiffEntry[] {
  const w = diffWords(lang);
  const out: DiffEntry[] = [];
  if (oldSet.id !== newSet.id) out.push({ kind: 'version', text: w.t('other-set', { old: q(oldSet.id), new: q(newSet.id) }) });
  if (oldSet.version !== newSet.version) out.push({ kind: 'version', text: w.t('version', { old: oldSet.version, new: newSet.version }) });
  if (oldSet.publisher !== newSet.publisher) out.push({ kind: 'publisher', text: w.t('publisher', { old: q(oldSet.publisher), new: q(newSet.publisher) }) });
  if (oldSet.name !== newSet.name) out.push({ kind: 'publisher', text: w.t('name', { new: q(newSet.name), old: q(oldSet.name) }) });
  if ((oldSet.description ?? '') !== (newSet.description ?? '')) out.push({ kind: 'publisher', text: w.t('description') });
  if (!same(oldSet.basedOn, newSet.basedOn)) {
    const base = (b: RuleSet['basedOn']) => (b ? `${q(b.id)} ${b.version}` : w.t('no-base'));
    out.push({ kind: 'version', text: w.t('based-on', { new: base(newSet.basedOn), old: base(oldSet.basedOn) }) });
  }
  const start = out.length;

  const oldRules = new Map(oldSet.rules.map((r) => [r.id, r]));
  const newRules = new Map(newSet.rules.map((r) => [r.id, r]));
  for (const [id, rule] of newRules) {
    const before = oldRules.get(id);
    if (!before) {
      const vars = { id: q(id), severity: w.severity(rule.severity), message: w.readable(w.text(rule.message)) };
      out.push({ kind: 'rule-added', ruleId: id, text: w.t(on(rule) ? 'rule-added' : 'rule-added-off', vars) });
      continue;
    }
    diffRule(before, rule, oldSet, newSet, out, w);
  }
  for (const [id, rule] of oldRules)
    if (!newRules.has(id)) out.push({ kind: 'rule-removed', ruleId: id, text: w.t('rule-removed', { id: q(id), message: w.readable(w.text(rule.message)) }) });

  diffChecklist(oldSet, newSet, out, w);
  diffDeadlines(oldSet.deadlinePolicies, newSet.deadlinePolicies, out, w);
  diffCalendar(oldSet.calendar, newSet.calendar, out, w);
  diffSnippets(oldSet.snippets ?? [], newSet.snippets ?? [], out, w);
  diffTemplates(oldSet.templates ?? [], newSet.templates ?? [], out, w);
  diffModels(oldSet.models ?? [], newSet.models ?? [], out, w);
  diffLabels(oldSet.labels.subgoals, newSet.labels.subgoals, 'subgoal', out, w);
  diffLabels(oldSet.labels.values, newSet.labels.values, 'value', out, w);

  if (out.length === start) {
    // Nothing a staff member sees: say what did change rather than "no changes".
    if (!same(withoutExamples(oldSet), withoutExamples(newSet))) {
      const fields = changedKeys(withoutExamples(oldSet), withoutExamples(newSet)).filter(
        (k) => !['id', 'version', 'publisher', 'name', 'description'].includes(k),
      );
      if (fields.length) out.push({ kind: 'other', text: w.t('other-details', { fields: fields.join(', ') }) });
    } else if (!same(oldSet.rules, newSet.rules)) {
      const rules = newSet.rules.filter((r) => oldRules.has(r.id) && !same(oldRules.get(r.id)!.examples, r.examples)).map((r) => r.id);
      out.push({ kind: 'examples', text: w.t('examples-only', { rules: list(rules) }) });
    }
  }
  return out;
}

/** Renamed sub-goals or values: in bokmål by key, in the other languages by their bokmål name. */
function diffLabels(before: Record<string, LocalizedText>, after: Record<string, LocalizedText>, what: 'subgoal' | 'value', out: DiffEntry[], w: DiffWords) {
  for (const [key, label] of Object.entries(after)) {
    const was = before[key];
    if (nb(was) !== nb(label)) out.push({ kind: 'labels', text: w.t(`${what}-renamed`, { key: q(key), new: q(w.text(label)), old: q(w.text(was)) }) });
    else
      for (const [lang, text] of changedLanguages(was, label))
        out.push({ kind: 'labels', text: w.t(`${what}-renamed-in`, { name: q(w.text(label)), new: q(text), lang: w.uiLanguage(lang) }) });
  }
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
  w: DiffWords,
) {
  for (const lang of ['nob', 'nno', 'eng'] as const) {
    const was = before?.[lang];
    const now = after?.[lang];
    if (same(was, now)) continue;
    const vars = {
      forWhat: phrase ? w.t('for-phrase', { phrase: q(phrase) }) : '',
      lang: w.replyLanguage(lang),
      was: was?.length ? w.t('was', { was: list(was) }) : '',
    };
    let change: string;
    if (now === undefined) change = w.t('no-longer-for-language', vars);
    else if (now.length === 0) change = w.t('no-longer-suggests', vars);
    else change = w.t('suggests', { ...vars, now: list(now) });
    out.push({ kind: 'suggestions', ruleId: id, text: w.t('rule', { id: q(id), change }) });
  }
}

function diffParams(id: string, before: Record<string, unknown> | undefined, after: Record<string, unknown> | undefined, out: DiffEntry[], w: DiffWords) {
  const shown = (v: unknown) => (typeof v === 'string' ? q(v) : JSON.stringify(v).slice(0, 200));
  for (const key of changedKeys(before, after)) {
    const was = before?.[key];
    const now = after?.[key];
    const push = (change: string) => out.push({ kind: 'rule-changed', ruleId: id, text: w.t('rule-colon', { id: q(id), change }) });
    const name = q(key);
    if (now === undefined) push(w.t('param-removed', { key: name }));
    else if (was === undefined) push(w.t('param-added', { key: name, value: shown(now) }));
    else if (Array.isArray(was) && Array.isArray(now) && [...was, ...now].every((x) => typeof x === 'string')) {
      const plus = added(was as string[], now as string[]);
      const minus = added(now as string[], was as string[]);
      if (plus.length) push(w.t('param-more', { key: name, words: list(plus) }));
      if (minus.length) push(w.t('param-fewer', { key: name, words: list(minus) }));
      if (!plus.length && !minus.length) push(w.t('param-order', { key: name }));
    } else push(w.t('param-changed', { key: name, old: shown(was), new: shown(now) }));
  }
}

type Changed = (change: string, kind?: DiffKind) => void;

function diffRule(before: Rule, after: Rule, oldSet: RuleSet, newSet: RuleSet, out: DiffEntry[], w: DiffWords) {
  const id = after.id;
  const start = out.length;
  const changed: Changed = (change, kind = 'rule-changed') => out.push({ kind, ruleId: id, text: w.t('rule', { id: q(id), change }) });
  const colon = (change: string, kind: DiffKind) => out.push({ kind, ruleId: id, text: w.t('rule-colon', { id: q(id), change }) });
  if (on(before) && !on(after)) changed(w.t('disabled'), 'rule-disabled');
  if (!on(before) && on(after)) changed(w.t('enabled'), 'rule-enabled');
  if (before.severity !== after.severity) colon(w.t('severity', { old: w.severity(before.severity), new: w.severity(after.severity) }), 'severity');
  if (before.subgoal !== after.subgoal)
    changed(w.t('moved-subgoal', { new: q(subgoalName(newSet, after.subgoal, w)), old: q(subgoalName(oldSet, before.subgoal, w)) }), 'placement');
  if (before.category !== after.category) changed(w.t('moved-category', { new: w.category(after.category), old: w.category(before.category) }), 'placement');

  const oldWords = ruleWords(before);
  const newWords = ruleWords(after);
  const plus = [...new Set(added(oldWords, newWords))];
  const minus = [...new Set(added(newWords, oldWords))];
  if (plus.length) changed(w.t('words-added', { words: list(plus) }), 'words-added');
  if (minus.length) changed(w.t('words-removed', { words: list(minus) }), 'words-removed');

  if (nb(before.message) !== nb(after.message))
    changed(w.t('message', { new: q(w.readable(w.text(after.message))), old: q(w.readable(w.text(before.message))) }), 'message');
  for (const [lang, text] of changedLanguages(before.message, after.message))
    if (lang !== 'nb') changed(w.t('message-in', { lang: w.uiLanguage(lang), new: q(w.readable(text)) }), 'message');
  if (!before.advice && after.advice) changed(w.t('advice-added'), 'advice');
  else if (before.advice && !after.advice) changed(w.t('advice-removed'), 'advice');
  else if (nb(before.advice) !== nb(after.advice)) changed(w.t('advice-changed'), 'advice');
  else for (const [lang] of changedLanguages(before.advice, after.advice)) changed(w.t('advice-changed-in', { lang: w.uiLanguage(lang) }), 'advice');
  if (!same(before.languages, after.languages))
    changed(w.t('reply-languages', { new: w.replyLanguages(after.languages), old: w.replyLanguages(before.languages) }));

  if (before.kind !== after.kind) changed(w.t('kind-changed', { old: before.kind, new: after.kind }));
  else diffSameKind(before, after, changed, out, w);

  if (out.length === start) {
    const { examples: _a, ...restBefore } = before;
    const { examples: _b, ...restAfter } = after;
    const fields = changedKeys(restBefore, restAfter);
    if (fields.length) changed(w.t('changed-fields', { fields: fields.join(', ') }));
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

function diffSameKind(before: Rule, after: Rule, changed: Changed, out: DiffEntry[], w: DiffWords) {
  const id = after.id;
  if (before.kind === 'substitution' && after.kind === 'substitution') {
    const oldByPhrase = suggestionsByPhrase(before);
    for (const [phrase, suggest] of suggestionsByPhrase(after))
      if (oldByPhrase.has(phrase)) suggestionLines(id, phrase, oldByPhrase.get(phrase), suggest, out, w);
    return;
  }
  if ('suggest' in after || 'suggest' in before)
    suggestionLines(
      id,
      undefined,
      (before as { suggest?: Partial<Record<RuleLanguage, string[]>> }).suggest,
      (after as { suggest?: Partial<Record<RuleLanguage, string[]>> }).suggest,
      out,
      w,
    );
  const whenInquiry = (b: { whenInquiry?: Parameters<DiffWords['kinds']>[0] }, a: typeof b) => {
    if (!same(b.whenInquiry, a.whenInquiry)) changed(w.t('when-inquiry', { new: w.kinds(a.whenInquiry), old: w.kinds(b.whenInquiry) }));
  };
  if (before.kind === 'existence' && after.kind === 'existence') {
    if (!!before.caseSensitive !== !!after.caseSensitive) changed(w.t(after.caseSensitive ? 'case-sensitive' : 'case-insensitive'));
    whenInquiry(before, after);
  }
  if (before.kind === 'required' && after.kind === 'required') {
    if (before.where !== after.where) changed(w.t('where', { new: w.t(`where.${after.where}`), old: w.t(`where.${before.where}`) }));
    if (before.span !== after.span) changed(w.t('span', { new: w.t(`span.${after.span}`), old: w.t(`span.${before.span}`) }));
    whenInquiry(before, after);
  }
  if ((before.kind === 'required' && after.kind === 'required') || (before.kind === 'metric' && after.kind === 'metric')) {
    if ((before.minWords ?? 0) !== (after.minWords ?? 0))
      changed(
        after.minWords
          ? w.t('min-words', { new: after.minWords, old: before.minWords ? before.minWords : w.t('all-replies') })
          : w.t('any-length', { old: before.minWords ?? 0 }),
      );
  }
  if (before.kind === 'metric' && after.kind === 'metric') {
    if (before.metric !== after.metric) changed(w.t('metric', { new: w.t(`metricName.${after.metric}`), old: w.t(`metricName.${before.metric}`) }));
    if (before.max !== after.max)
      out.push({ kind: 'rule-changed', ruleId: id, text: w.t('rule-colon', { id: q(id), change: w.t('max', { old: before.max, new: after.max }) }) });
    if (before.minSentenceLix !== after.minSentenceLix)
      changed(
        after.minSentenceLix !== undefined
          ? w.t('min-sentence-lix', { new: after.minSentenceLix, old: before.minSentenceLix ?? w.t('no-lix-limit') })
          : w.t('any-sentence-lix', { old: before.minSentenceLix! }),
      );
  }
  if (before.kind === 'detector' && after.kind === 'detector') {
    if (before.detector !== after.detector) changed(w.t('detector', { new: q(after.detector), old: q(before.detector) }));
    diffParams(id, before.params, after.params, out, w);
  }
}

function diffChecklist(oldSet: RuleSet, newSet: RuleSet, out: DiffEntry[], w: DiffWords) {
  const old = new Map(oldSet.checklist.map((i) => [i.id, i]));
  const now = new Map(newSet.checklist.map((i) => [i.id, i]));
  const push = (text: string) => out.push({ kind: 'checklist', text });
  for (const [id, item] of now) {
    const prev = old.get(id);
    const name = q(w.text(item.label));
    if (!prev) {
      push(w.t('checklist-added', { name }));
      continue;
    }
    if (nb(prev.label) !== nb(item.label)) push(w.t('checklist-renamed', { old: q(w.text(prev.label)), new: name }));
    else
      for (const [lang, text] of changedLanguages(prev.label, item.label)) push(w.t('checklist-renamed-in', { name, new: q(text), lang: w.uiLanguage(lang) }));
    if (!same(prev.auto, item.auto)) push(w.t('checklist-auto', { name }));
    if (!same(prev.whenInquiry, item.whenInquiry)) push(w.t('checklist-kinds', { name, new: w.kinds(item.whenInquiry), old: w.kinds(prev.whenInquiry) }));
    if (prev.subgoal !== item.subgoal)
      push(w.t('checklist-subgoal', { name, new: q(subgoalName(newSet, item.subgoal, w)), old: q(subgoalName(oldSet, prev.subgoal, w)) }));
  }
  for (const [id, item] of old) if (!now.has(id)) push(w.t('checklist-removed', { name: q(w.text(item.label)) }));
}

/** Plain text for the CLI and the options page. */
export function formatDiff(entries: DiffEntry[], lang: UiLanguage = 'nb'): string {
  return entries.length ? entries.map((e) => `- ${e.text}`).join('\n') : diffWords(lang).t('none');
}
