// Which tab the panel shows (`?tab=<id>` outside the browser's side panel) and what counts as a
// tab's state when the background answers.
import type { TabState } from '../entrypoints/shared/protocol.ts';

/** `?tab=123` → 123; anything else → null. */
export function parseTabParam(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw.trim())) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** A light shape check: storage is shared with other extension code and older versions. */
export function isTabState(value: unknown): value is TabState {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<TabState>;
  return typeof v.fieldKey === 'string' && !!v.result && typeof v.result === 'object' && Array.isArray(v.result.findings) && !!v.result.metrics;
}
