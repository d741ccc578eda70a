import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabState } from '../entrypoints/shared/protocol.ts';
import sample from './fixtures/sample-tab-state.json';
import type { PanelApi } from './panel-api.ts';
import { createPanelStore, isTabState, parseTabParam } from './panel-store.ts';
import { tabStateFromFakeSession } from './fixtures/fake-tab-states.ts';
import { tabStateKey } from '../entrypoints/shared/storage-items.ts';

const SAMPLE = sample as unknown as TabState;

const api: PanelApi = {
  getRuleSetSummary: vi.fn(async () => Promise.reject(new Error('none'))),
  getTabState: tabStateFromFakeSession,
  applySuggestion: vi.fn(async () => true),
  revealFinding: vi.fn(async () => true),
};

beforeEach(() => fakeBrowser.reset());

describe('parseTabParam', () => {
  it('reads ?tab=<id>', () => {
    expect(parseTabParam('?tab=42')).toBe(42);
    expect(parseTabParam('?x=1&tab=7')).toBe(7);
    expect(parseTabParam('')).toBeNull();
    expect(parseTabParam('?tab=abc')).toBeNull();
    expect(parseTabParam('?tab=-1')).toBeNull();
    expect(parseTabParam('?tab=1e3')).toBeNull();
  });
});

describe('isTabState', () => {
  it('accepts a TabState and rejects junk', () => {
    expect(isTabState(SAMPLE)).toBe(true);
    expect(isTabState(null)).toBe(false);
    expect(isTabState({ fieldKey: 'x', result: { findings: 'no' } })).toBe(false);
  });
});

describe('panel store', () => {
  it('follows the active tab of its window', async () => {
    const win = (await fakeBrowser.windows.create({ focused: true }))!;
    const first = await fakeBrowser.tabs.create({ windowId: win.id, active: true, url: 'https://a.example/' });
    const second = await fakeBrowser.tabs.create({ windowId: win.id, active: false, url: 'https://b.example/' });
    await fakeBrowser.storage.session.set({ [tabStateKey(second.id!)]: { ...SAMPLE, tabId: second.id } });

    const store = createPanelStore(api);
    await store.getState().start();
    expect(store.getState().tabId).toBe(first.id);
    expect(store.getState().tabState).toBeNull();
    expect(store.getState().summaryStatus).toBe('error');

    await fakeBrowser.tabs.update(second.id!, { active: true });
    await vi.waitFor(() => expect(store.getState().tabState?.tabId).toBe(second.id));
    expect(store.getState().tabId).toBe(second.id);
    store.getState().stop();
  });

  it('stays on a fixed tab', async () => {
    const store = createPanelStore(api);
    await store.getState().start({ fixedTabId: 9 });
    expect(store.getState().mode).toBe('fixed');
    expect(store.getState().tabId).toBe(9);
    store.getState().stop();
  });

  it('reports a failed apply when the content script answers false', async () => {
    await fakeBrowser.storage.session.set({ [tabStateKey(3)]: SAMPLE });
    const store = createPanelStore({ ...api, applySuggestion: vi.fn(async () => false) });
    await store.getState().start({ fixedTabId: 3 });
    await store.getState().applySuggestion(SAMPLE.result.findings[0]!, 'Hei Kari,');
    expect(store.getState().notice?.key).toBe('applyFailed');
    expect(store.getState().busyFindingId).toBeNull();
    store.getState().stop();
  });

  it('asks the background for the tab state when the tab’s text-free record changes, and clears it when the record goes', async () => {
    const states = new Map<number, TabState>();
    const getTabState = vi.fn(async (tabId: number) => states.get(tabId) ?? null);
    const store = createPanelStore({ ...api, getTabState });
    await store.getState().start({ fixedTabId: 5 });
    expect(store.getState().tabState).toBeNull();

    states.set(5, { ...SAMPLE, tabId: 5 });
    const record = { tabId: 5, frameId: 0, fieldKey: SAMPLE.fieldKey, url: SAMPLE.url, updatedAt: '2026-12-04T08:00:00.000Z', ruleSet: SAMPLE.ruleSet };
    await fakeBrowser.storage.session.set({ [tabStateKey(5)]: record });
    await vi.waitFor(() => expect(store.getState().tabState?.result.findings.length).toBe(SAMPLE.result.findings.length));
    expect(getTabState).toHaveBeenLastCalledWith(5);

    await fakeBrowser.storage.session.remove(tabStateKey(5));
    await vi.waitFor(() => expect(store.getState().tabState).toBeNull());
    store.getState().stop();
  });
});
