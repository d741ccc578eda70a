// The options page's names for severities, rule kinds and update results: keys into its texts
// (ui-strings/), worded in the chosen language. Rule-set texts come from the rule set itself
// and are only ever rendered as React text (never as HTML).
import type { Severity, UiLanguage } from '../../rules/ids.ts';
import type { RuleSetStatus } from '../../entrypoints/shared/protocol.ts';
import type { OptionsStrings } from '../ui-strings/index.ts';
import { localeOf } from '../i18n.ts';

type Key = keyof OptionsStrings;

export const SEVERITY_LABEL: Record<Severity, Key> = {
  info: 'severityInfo',
  suggestion: 'severitySuggestion',
  warning: 'severityWarning',
  critical: 'severityCritical',
};

export const RESULT_LABEL: Record<NonNullable<RuleSetStatus['lastResult']>, Key> = {
  updated: 'resultUpdated',
  unchanged: 'resultUnchanged',
  failed: 'resultFailed',
  'not-configured': 'resultNotConfigured',
};

export const KIND_LABEL: Record<string, Key | undefined> = {
  substitution: 'kindSubstitution',
  existence: 'kindExistence',
  required: 'kindRequired',
  metric: 'kindMetric',
  detector: 'kindDetector',
};

export function formatTime(iso: string | undefined, lang: UiLanguage = 'nb'): string {
  if (!iso) return '–';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' });
}
