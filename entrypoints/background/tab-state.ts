// Per-tab results for the side panel. The whole result (findings with their messages and
// suggestions, which quote the reply) lives only in the worker's memory; storage.session keeps a
// text-free record per tab under tabStateKey(tabId): which frame and field were checked, the
// page address without query, when, with which rule set, and the inquiry's hashed key and
// text-free label. The record tells an open panel that something changed (storage.onChanged) and
// tells a restarted worker which field to ask for a fresh check (the memory is gone then).

import type { CheckResult } from '../../rules/types.ts';
import type { RuleSetInfo, TabRecord, TabState } from '../shared/protocol.ts';
import { focusRequestKey, tabStateKey } from '../shared/storage-items.ts';

/** The part of a storage area the store needs (browser.storage.session in production). */
export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Page URL without query or fragment (they can hold case numbers, tokens or search text). */
export function pageUrl(url: string | undefined): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    return `${u.origin === 'null' ? `${u.protocol}` : u.origin}${u.pathname}`;
  } catch {
    return url.replace(/[?#].*$/s, '');
  }
}

/** The result without fragments of the message: a resolved date keeps its date, not its wording. */
export function withoutMessageText(result: CheckResult): CheckResult {
  return { ...result, dates: result.dates.map((d) => ({ ...d, text: '' })) };
}

export function toTabState(input: {
  tabId: number;
  frameId: number;
  fieldKey: string;
  url: string | undefined;
  result: CheckResult;
  ruleSet: RuleSetInfo;
  now?: Date;
}): TabState {
  return {
    tabId: input.tabId,
    frameId: input.frameId,
    fieldKey: input.fieldKey,
    url: pageUrl(input.url),
    updatedAt: (input.now ?? new Date()).toISOString(),
    result: withoutMessageText(input.result),
    ruleSet: input.ruleSet,
  };
}

/** What of a tab's state may be stored: every field named here, nothing of the result. */
export function toTabRecord(state: TabState): TabRecord {
  const record: TabRecord = {
    tabId: state.tabId,
    frameId: state.frameId,
    fieldKey: state.fieldKey,
    url: state.url,
    updatedAt: state.updatedAt,
    ruleSet: { ...state.ruleSet },
  };
  if (state.inquiry) record.inquiry = { key: state.inquiry.key, label: state.inquiry.label };
  return record;
}

export function isTabRecord(value: unknown): value is TabRecord {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<TabRecord>;
  return typeof v.tabId === 'number' && typeof v.frameId === 'number' && typeof v.fieldKey === 'string' && typeof v.updatedAt === 'string';
}

export function createTabStateStore(area: StorageAreaLike) {
  const memory = new Map<number, TabState>();
  /** Bumps updatedAt so the record changes even when two writes fall in the same millisecond. */
  let lastStamp = '';
  const stamp = (state: TabState): TabState => {
    const updatedAt = state.updatedAt <= lastStamp ? new Date(Date.parse(lastStamp) + 1).toISOString() : state.updatedAt;
    lastStamp = updatedAt;
    return updatedAt === state.updatedAt ? state : { ...state, updatedAt };
  };
  const store = {
    async write(state: TabState): Promise<void> {
      const stamped = stamp(state);
      memory.set(stamped.tabId, stamped);
      await area.set({ [tabStateKey(stamped.tabId)]: toTabRecord(stamped) });
    },
    /** The tab's last result, if this worker has seen one since it started. */
    read(tabId: number): TabState | undefined {
      return memory.get(tabId);
    },
    /** The text-free record of the tab's last check (kept across worker restarts). */
    async record(tabId: number): Promise<TabRecord | undefined> {
      const key = tabStateKey(tabId);
      const value = (await area.get(key))[key];
      return isTabRecord(value) ? value : undefined;
    },
    /** Every tab with a result in memory (a corrected deadline goes to each tab showing the inquiry). */
    states(): TabState[] {
      return [...memory.values()];
    },
    /** Everything kept for a closed tab: its result, its record and an untaken "Mer i sidepanelet" request. */
    async clear(tabId: number): Promise<void> {
      memory.delete(tabId);
      await area.remove([tabStateKey(tabId), focusRequestKey(tabId)]);
    },
  };
  return store;
}

export type TabStateStore = ReturnType<typeof createTabStateStore>;
