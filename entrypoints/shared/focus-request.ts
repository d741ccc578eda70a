// "Mer i sidepanelet" in the inline popover: open the side panel at that finding. The panel may
// not be open yet (or the browser refuses to open it without a user gesture it accepts, and the
// user opens it from the toolbar a moment later), so the background leaves the request in
// storage.session under focusRequestKey(tabId) and the panel takes it once: it expands the
// finding's value, scrolls to its card and focuses it. The request names the finding by rule id
// and position, never by its id: a finding id carries a short hash of the flagged words.

import type { Finding } from '../../rules/types.ts';

/** A request older than this is stale: the user has moved on. */
export const FOCUS_REQUEST_MAX_AGE_MS = 60_000;

export interface FocusRequest {
  fieldKey: string;
  ruleId: string;
  /** The finding's span when the worker knew it; without it, the rule's first finding. */
  start?: number;
  end?: number;
  /** Date.now() when the user clicked. */
  at: number;
}

const isOffset = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

export function isFocusRequest(value: unknown): value is FocusRequest {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<FocusRequest>;
  return (
    typeof v.ruleId === 'string' &&
    v.ruleId.length > 0 &&
    v.ruleId.length <= 200 &&
    typeof v.fieldKey === 'string' &&
    v.fieldKey.length <= 500 &&
    (v.start === undefined || isOffset(v.start)) &&
    (v.end === undefined || isOffset(v.end)) &&
    typeof v.at === 'number' &&
    Number.isFinite(v.at)
  );
}

/** The request for a finding of a tab's result: its rule and span, or just the rule when the worker does not know it. */
export function focusRequestFor(findingId: string, fieldKey: string, findings: readonly Finding[] | undefined, at: number): FocusRequest | null {
  const finding = findings?.find((f) => f.id === findingId);
  if (finding) return { fieldKey, ruleId: finding.ruleId, start: finding.start, end: finding.end, at };
  // Finding ids start with the rule id (rules/engine/check.ts).
  const ruleId = findingId.split(':')[0] ?? '';
  const request = { fieldKey, ruleId, at };
  return isFocusRequest(request) ? request : null;
}

/** The request when it is well-formed and fresh at `now`, else null. */
export function freshFocusRequest(value: unknown, now: number): FocusRequest | null {
  if (!isFocusRequest(value)) return null;
  const age = now - value.at;
  return age >= 0 && age <= FOCUS_REQUEST_MAX_AGE_MS ? value : null;
}

/** The id of the finding a request names in `findings`, or null. */
export function requestedFinding(request: FocusRequest, findings: readonly Finding[]): string | null {
  const match = findings.find((f) => f.ruleId === request.ruleId && (request.start === undefined || (f.start === request.start && f.end === request.end)));
  return match?.id ?? findings.find((f) => f.ruleId === request.ruleId)?.id ?? null;
}
