// Per-tab results for the side panel, kept in storage.session under tabStateKey(tabId) so they
// survive a service-worker restart (DESIGN.md §4) and vanish with the browser session. No
// message text is stored: findings, metrics and dates only.

import type { CheckResult } from '../../rules/types.ts';
import { focusRequestKey } from '../shared/focus-request.ts';
import { tabStateKey, type RuleSetInfo, type TabState } from '../shared/protocol.ts';

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

export function createTabStateStore(area: StorageAreaLike) {
  return {
    async write(state: TabState): Promise<void> {
      await area.set({ [tabStateKey(state.tabId)]: state });
    },
    async read(tabId: number): Promise<TabState | undefined> {
      const key = tabStateKey(tabId);
      const items = await area.get(key);
      return items[key] as TabState | undefined;
    },
    /** Everything kept for a closed tab: its result and an untaken "Mer i sidepanelet" request. */
    async clear(tabId: number): Promise<void> {
      await area.remove([tabStateKey(tabId), focusRequestKey(tabId)]);
    },
  };
}

export type TabStateStore = ReturnType<typeof createTabStateStore>;
