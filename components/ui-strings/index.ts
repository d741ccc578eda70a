// The UI texts of every language, one registry per screen. The texts are data: one JSON file per
// language and screen (nb/, nn/, en/), which translators edit without touching code. Bokmål is the
// source of truth for the keys: every registry below is checked against bokmål's table
// (`satisfies`), so the compiler names each text a language lacks, and ui-strings.test.ts each
// extra one. A new UI language is its folder of JSON files plus one entry in each registry, and
// the rule set's texts in that language. Placeholders are written {name} (format below). Kept as
// separate registries and files so a bundle takes only its own screen's texts: the content
// script carries the popover's few texts and nothing of the panel's.
import type { UiLanguage } from '../../rules/ids.ts';
import nbPanel from './nb/panel.json' with { type: 'json' };
import nnPanel from './nn/panel.json' with { type: 'json' };
import enPanel from './en/panel.json' with { type: 'json' };
import nbTemplates from './nb/templates.json' with { type: 'json' };
import nnTemplates from './nn/templates.json' with { type: 'json' };
import enTemplates from './en/templates.json' with { type: 'json' };
import nbPopover from './nb/popover.json' with { type: 'json' };
import nnPopover from './nn/popover.json' with { type: 'json' };
import enPopover from './en/popover.json' with { type: 'json' };
import nbNotifications from './nb/notifications.json' with { type: 'json' };
import nnNotifications from './nn/notifications.json' with { type: 'json' };
import enNotifications from './en/notifications.json' with { type: 'json' };
import nbOptions from './nb/options.json' with { type: 'json' };
import nnOptions from './nn/options.json' with { type: 'json' };
import enOptions from './en/options.json' with { type: 'json' };
import nbRulesetDiff from './nb/ruleset-diff.json' with { type: 'json' };
import nnRulesetDiff from './nn/ruleset-diff.json' with { type: 'json' };
import enRulesetDiff from './en/ruleset-diff.json' with { type: 'json' };
import nbRuleSetProblems from './nb/ruleset-problems.json' with { type: 'json' };
import nnRuleSetProblems from './nn/ruleset-problems.json' with { type: 'json' };
import enRuleSetProblems from './en/ruleset-problems.json' with { type: 'json' };

/** A table with exactly bokmål's keys, every value a string. */
export type Table<T> = { readonly [K in keyof T]: string };

/** The side panel. */
export type PanelStrings = Table<typeof nbPanel>;
/** The «Svarmaler» tab and the staff-profile fields (panel and options). */
export type TemplateStrings = Table<typeof nbTemplates>;
/** The inline popover (content script: keep it small). */
export type PopoverStrings = Table<typeof nbPopover>;
/** Reminder notifications (background). */
export type NotificationStrings = Table<typeof nbNotifications>;
/** The options page. */
export type OptionsStrings = Table<typeof nbOptions>;
/** Why a rule set was refused or an update failed (rules/ruleset/problems.ts): the CLI, the options page, the updater. */
export type RuleSetProblemStrings = Table<typeof nbRuleSetProblems>;
/** What changed between two rule sets (rules/ruleset/diff.ts): the CLI and the options page's draft check. */
export type RuleSetDiffStrings = Table<typeof nbRulesetDiff>;
export const PANEL_STRINGS = { nb: nbPanel, nn: nnPanel, en: enPanel } satisfies Record<UiLanguage, PanelStrings>;
export const TEMPLATE_STRINGS = { nb: nbTemplates, nn: nnTemplates, en: enTemplates } satisfies Record<UiLanguage, TemplateStrings>;
export const POPOVER_STRINGS = { nb: nbPopover, nn: nnPopover, en: enPopover } satisfies Record<UiLanguage, PopoverStrings>;
export const NOTIFICATION_STRINGS = { nb: nbNotifications, nn: nnNotifications, en: enNotifications } satisfies Record<UiLanguage, NotificationStrings>;
export const OPTIONS_STRINGS = { nb: nbOptions, nn: nnOptions, en: enOptions } satisfies Record<UiLanguage, OptionsStrings>;
export const RULE_SET_PROBLEM_STRINGS = { nb: nbRuleSetProblems, nn: nnRuleSetProblems, en: enRuleSetProblems } satisfies Record<
  UiLanguage,
  RuleSetProblemStrings
>;
export const RULE_SET_DIFF_STRINGS = { nb: nbRulesetDiff, nn: nnRulesetDiff, en: enRulesetDiff } satisfies Record<UiLanguage, RuleSetDiffStrings>;

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
