// Norwegian (bokmål) labels for the options page. Rule-set texts come from the rule set itself
// and are only ever rendered as React text (never as HTML).
import type { Severity } from '../../rules/ids.ts';
import type { RuleSetStatus } from '../../entrypoints/shared/protocol.ts';

export const SEVERITY_LABEL: Record<Severity, string> = { info: 'Info', suggestion: 'Forslag', warning: 'Advarsel', critical: 'Kritisk' };

export const RESULT_LABEL: Record<NonNullable<RuleSetStatus['lastResult']>, string> = {
  updated: 'Nytt regelsett tatt i bruk',
  unchanged: 'Ingen endring',
  failed: 'Oppdateringen feilet',
  'not-configured': 'Ingen regelsettadresse er satt opp',
};

export const KIND_LABEL: Record<string, string> = {
  substitution: 'Bytt ut ord',
  existence: 'Ord og uttrykk',
  required: 'Påkrevd innhold',
  metric: 'Måling',
  detector: 'Innebygd kontroll',
};

export function formatTime(iso: string | undefined): string {
  if (!iso) return '–';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('nb-NO', { dateStyle: 'medium', timeStyle: 'short' });
}
