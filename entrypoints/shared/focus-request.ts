// "Mer i sidepanelet" in the inline popover: open the side panel at that finding. The panel may
// not be open yet (or the browser refuses to open it without a user gesture it accepts, and the
// user opens it from the toolbar a moment later), so the background leaves the request in
// storage.session under focusRequestKey(tabId) and the panel takes it once: it expands the
// finding's value, scrolls to its card and focuses it. Holds ids only, never text.

export const focusRequestKey = (tabId: number) => `focus:${tabId}` as const;

/** A request older than this is stale: the user has moved on. */
export const FOCUS_REQUEST_MAX_AGE_MS = 60_000;

export interface FocusRequest {
  findingId: string;
  fieldKey: string;
  /** Date.now() when the user clicked. */
  at: number;
}

export function isFocusRequest(value: unknown): value is FocusRequest {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<FocusRequest>;
  return (
    typeof v.findingId === 'string' &&
    v.findingId.length > 0 &&
    v.findingId.length <= 200 &&
    typeof v.fieldKey === 'string' &&
    v.fieldKey.length <= 500 &&
    typeof v.at === 'number' &&
    Number.isFinite(v.at)
  );
}

/** The request's finding id when it is well-formed and fresh at `now`, else null. */
export function freshFocusFinding(value: unknown, now: number): string | null {
  if (!isFocusRequest(value)) return null;
  const age = now - value.at;
  return age >= 0 && age <= FOCUS_REQUEST_MAX_AGE_MS ? value.findingId : null;
}
