// Labels of values and sub-goals come from rule sets only (the popover uses the same): the
// active set's wording, or the bundled standard's while the active set cannot be loaded.
import type { SubgoalId, UiLanguage, ValueId } from '../rules/ids.ts';
import type { LocalizedText, RuleSet } from '../rules/ruleset/types.ts';
import type { RuleSetSummary } from '../entrypoints/shared/protocol.ts';
import bundledSet from '../rules/standard/set.json' with { type: 'json' };

const BUNDLED_LABELS = bundledSet.labels as RuleSet['labels'];

export function localized(text: LocalizedText | undefined, lang: UiLanguage): string | undefined {
  if (!text) return undefined;
  return (lang === 'nb' ? text.nb : text[lang]) || text.nb || undefined;
}

/** "kompetent.klart-sprak" → "Klart sprak": the last segment, dashes to spaces, capitalised. */
export function prettifyId(id: string): string {
  const last = id
    .slice(id.lastIndexOf('.') + 1)
    .replace(/[-_]+/g, ' ')
    .trim();
  return last ? last.charAt(0).toUpperCase() + last.slice(1) : id;
}

export function valueLabel(value: ValueId, summary: RuleSetSummary | null, lang: UiLanguage): string {
  return localized(summary?.labels?.values?.[value], lang) ?? localized(BUNDLED_LABELS.values[value], lang) ?? prettifyId(value);
}

export function subgoalLabel(subgoal: SubgoalId | string, summary: RuleSetSummary | null, lang: UiLanguage): string {
  const fromSet = summary?.labels?.subgoals as Record<string, LocalizedText | undefined> | undefined;
  const bundled = BUNDLED_LABELS.subgoals as Record<string, LocalizedText | undefined>;
  return localized(fromSet?.[subgoal], lang) ?? localized(bundled[subgoal], lang) ?? prettifyId(subgoal);
}
