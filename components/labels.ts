// Labels of values and sub-goals: the rule set's own wording when the summary is loaded,
// otherwise the panel's built-in names, otherwise the id made readable.
import type { SubgoalId, UiLanguage, ValueId } from '../rules/ids.ts';
import type { LocalizedText } from '../rules/ruleset/types.ts';
import type { RuleSetSummary } from '../entrypoints/shared/protocol.ts';
import { MESSAGES, type MessageKey } from './i18n.ts';

export function localized(text: LocalizedText | undefined, lang: UiLanguage): string | undefined {
  if (!text) return undefined;
  return (lang === 'nb' ? text.nb : text[lang]) || text.nb || undefined;
}

/** "kompetent.klart-sprak" → "Klart sprak": the last segment, dashes to spaces, capitalised. */
export function prettifyId(id: string): string {
  const last = id.slice(id.lastIndexOf('.') + 1).replace(/[-_]+/g, ' ').trim();
  return last ? last.charAt(0).toUpperCase() + last.slice(1) : id;
}

function builtIn(key: string, lang: UiLanguage): string | undefined {
  const table: Record<string, string> = MESSAGES[lang];
  return table[key as MessageKey];
}

export function valueLabel(value: ValueId, summary: RuleSetSummary | null, lang: UiLanguage): string {
  return (
    localized(summary?.labels?.values?.[value], lang) ?? builtIn(`value.${value}`, lang) ?? prettifyId(value)
  );
}

export function subgoalLabel(subgoal: SubgoalId | string, summary: RuleSetSummary | null, lang: UiLanguage): string {
  const fromSet = summary?.labels?.subgoals as Record<string, LocalizedText | undefined> | undefined;
  return localized(fromSet?.[subgoal], lang) ?? builtIn(`subgoal.${subgoal}`, lang) ?? prettifyId(subgoal);
}
