// The popover's words: its own few texts (ui-strings/, the popover section only, so the content
// script carries nothing of the panel's) and the rule set's names of values and sub-goals, the
// same wording the panel shows. The popover speaks the UI language the user chose in the panel;
// without a choice, nynorsk to a nynorsk reply and bokmål otherwise — the same rule the engine
// uses for the findings' messages, so the popover never mixes two languages.

import { POPOVER_STRINGS, format, type PopoverStrings } from '../../components/ui-strings/index.ts';
import { valueOf, type Category, type SubgoalId, type UiLanguage } from '../../rules/ids.ts';
import type { LocalizedText } from '../../rules/ruleset/types.ts';
import type { StandardLabels } from './display-language.ts';

export type PopoverLanguage = UiLanguage;
type OwnKey = keyof PopoverStrings;

/** The chosen UI language; without one, nynorsk for a nynorsk reply ('nno') and bokmål otherwise. */
export function popoverLanguage(replyLanguage: string | undefined, uiLanguage?: UiLanguage): PopoverLanguage {
  if (uiLanguage) return uiLanguage;
  return replyLanguage === 'nno' ? 'nn' : 'nb';
}

export function t(lang: PopoverLanguage, key: OwnKey): string {
  return POPOVER_STRINGS[lang][key];
}

/** Why a one-click fix did not happen (or may not have), for the popover. */
/** Why a one-click fix did not (or maybe did) happen, kept as this code so the text follows the language. */
export type ApplyNotice = 'changed' | 'refused' | 'unconfirmed';

export function applyNotice(lang: PopoverLanguage, outcome: ApplyNotice): string {
  return POPOVER_STRINGS[lang][`apply.${outcome}`];
}

export function shared(lang: PopoverLanguage, key: 'removeText' | 'replaceWithAria', vars?: Record<string, string>): string {
  return format(POPOVER_STRINGS[lang][key], vars);
}

export function categoryLabel(lang: PopoverLanguage, category: Category): string {
  return POPOVER_STRINGS[lang][`category.${category}`];
}

function named(text: LocalizedText | undefined, lang: PopoverLanguage): string | undefined {
  return (text?.[lang] || text?.nb) ?? undefined;
}

/** "kompetent.klart-sprak" → "Klart sprak": until the rule set's names have arrived. */
function readable(id: string): string {
  const last = id.slice(id.lastIndexOf('.') + 1).replace(/[-_]+/g, ' ');
  return last.charAt(0).toUpperCase() + last.slice(1);
}

/** The rule set's names of the finding's value and sub-goal in `lang`. */
export function valueAndSubgoal(lang: PopoverLanguage, subgoal: SubgoalId, labels: StandardLabels | undefined): { value: string; subgoal: string } {
  const value = valueOf(subgoal);
  return {
    value: named(labels?.values?.[value], lang) ?? readable(value),
    subgoal: named((labels?.subgoals as Record<string, LocalizedText | undefined> | undefined)?.[subgoal], lang) ?? readable(subgoal),
  };
}
