// The UI texts of every language, one registry per screen. A new UI language is its table
// (a copy of nb.ts typed against it) plus one entry in each registry below — `satisfies` makes
// the compiler point at every registry that lacks it — and the rule set's texts in that language.
// Kept as separate registries so a bundle takes only its own screen's texts.
import type { UiLanguage } from '../../rules/ids.ts';
import * as nb from './nb.ts';
import * as nn from './nn.ts';
import * as en from './en.ts';

export type { NotificationStrings, OptionsStrings, PanelStrings, PopoverStrings, RuleSetProblemStrings, TemplateStrings } from './nb.ts';

export const PANEL_STRINGS = { nb: nb.panel, nn: nn.panel, en: en.panel } satisfies Record<UiLanguage, nb.PanelStrings>;
export const TEMPLATE_STRINGS = { nb: nb.templates, nn: nn.templates, en: en.templates } satisfies Record<UiLanguage, nb.TemplateStrings>;
export const POPOVER_STRINGS = { nb: nb.popover, nn: nn.popover, en: en.popover } satisfies Record<UiLanguage, nb.PopoverStrings>;
export const NOTIFICATION_STRINGS = { nb: nb.notifications, nn: nn.notifications, en: en.notifications } satisfies Record<UiLanguage, nb.NotificationStrings>;
export const RULE_SET_PROBLEM_STRINGS = { nb: nb.ruleSetProblems, nn: nn.ruleSetProblems, en: en.ruleSetProblems } satisfies Record<
  UiLanguage,
  nb.RuleSetProblemStrings
>;
export const OPTIONS_STRINGS = { nb: nb.options, nn: nn.options, en: en.options } satisfies Record<UiLanguage, nb.OptionsStrings>;

export type TemplateVars = Record<string, string | number>;

/** Fills "{name}" placeholders; an unknown one stays as written. */
export function format(template: string, vars?: TemplateVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}

/** A translate function over one screen's tables, bokmål where a text is missing at run time. */
export function translatorFor<K extends string>(
  tables: Record<UiLanguage, Readonly<Record<K, string>>>,
  lang: UiLanguage,
): (key: K, vars?: TemplateVars) => string {
  const table = tables[lang] ?? tables.nb;
  return (key, vars) => format(table[key] ?? tables.nb[key] ?? key, vars);
}
