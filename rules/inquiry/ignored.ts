// "Ignorer" for an inquiry, kept with its record so a dismissed finding stays dismissed in a new
// reply window, after a reload and after a worker restart. What is stored must say nothing of the
// reply: a finding's id carries a short hash of the matched words, which a dictionary could undo
// («Hei, Kari!»), so the stored token is the rule and which of that rule's findings it was, by
// position. If the user adds an earlier match of the same rule, the dismissal moves to it — the
// price of keeping no trace of the words. Pure: no storage, no DOM.
import type { Finding } from '../types.ts';

/** Dismissals kept per inquiry (the oldest go first). */
export const MAX_IGNORED = 200;

const TOKEN = /^[a-z0-9][a-z0-9._-]{0,79}#\d{1,4}$/;

export function isIgnoreToken(value: unknown): value is string {
  return typeof value === 'string' && TOKEN.test(value);
}

/** The token of `finding` within all findings of a check: «ruleId#n», n counting that rule's findings by position. */
export function ignoreToken(
  findings: readonly Pick<Finding, 'id' | 'ruleId' | 'start' | 'end'>[],
  finding: Pick<Finding, 'id' | 'ruleId'>,
): string | undefined {
  const same = findings.filter((f) => f.ruleId === finding.ruleId).sort((a, b) => a.start - b.start || a.end - b.end);
  const n = same.findIndex((f) => f.id === finding.id);
  return n < 0 ? undefined : `${finding.ruleId}#${n}`;
}

/** The findings that are not dismissed, tokens counted over all of `findings`. */
export function withoutIgnored<F extends Pick<Finding, 'id' | 'ruleId' | 'start' | 'end'>>(findings: readonly F[], tokens: readonly string[] | undefined): F[] {
  if (!tokens?.length) return findings.slice();
  const dismissed = new Set(tokens);
  return findings.filter((f) => !dismissed.has(ignoreToken(findings, f) ?? ''));
}

/** The list after dismissing `token` (once; bounded). */
export function withIgnored(tokens: readonly string[] | undefined, token: string): string[] {
  const next = (tokens ?? []).filter((t) => t !== token);
  next.push(token);
  return next.slice(-MAX_IGNORED);
}
