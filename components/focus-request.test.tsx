// @vitest-environment happy-dom
// "Mer i sidepanelet" in the page's popover: the panel opens at that finding — its value section
// expanded, its card focused — and uses the request once.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabState } from '../entrypoints/shared/protocol.ts';
import { FOCUS_REQUEST_MAX_AGE_MS, focusRequestFor, freshFocusRequest } from '../entrypoints/shared/focus-request.ts';
import { App } from './App.tsx';
import sample from './fixtures/sample-tab-state.json';
import type { PanelApi } from './panel-api.ts';
import { backgroundWrites } from './fixtures/background-writes.ts';
import { createPanelStore, type PanelStore } from './panel-store.ts';
import { tabStateFromFakeSession } from './fixtures/fake-tab-states.ts';
import { focusRequestKey, tabStateKey } from '../entrypoints/shared/storage-items.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const SAMPLE = sample as unknown as TabState;
const NOW = 1_800_000_000_000;
const VAG_TID = 'frist.vag-tid:520:538';

let container: HTMLElement;
let root: Root;
let store: PanelStore;

function fakeApi(): PanelApi {
  return {
    getRuleSetSummary: vi.fn(async () => Promise.reject(new Error('labels not needed'))),
    getTabState: tabStateFromFakeSession,
    applySuggestion: vi.fn(async () => true),
    revealFinding: vi.fn(async () => true),
    ...backgroundWrites,
  };
}

async function mount() {
  store = createPanelStore(fakeApi(), { browserLanguage: () => 'nb-NO', now: () => NOW });
  await act(async () => {
    root.render(<App store={store} />);
    await store.getState().start({ fixedTabId: 1 });
  });
}

const card = (ruleId: string) => container.querySelector<HTMLElement>(`[data-testid="finding-${ruleId}"]`);
/** What the background stores for the popover's "Mer i sidepanelet": the finding's rule and span, not its id. */
const request = (findingId: string, at = NOW - 1000, findings = SAMPLE.result.findings) => ({
  [focusRequestKey(1)]: focusRequestFor(findingId, 'textarea#svar', findings, at),
});

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  await fakeBrowser.storage.session.set({ [tabStateKey(1)]: SAMPLE });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  store?.getState().stop();
  container.remove();
  vi.restoreAllMocks();
});

describe('panel opened from the popover', () => {
  it('focuses the requested finding and forgets the request', async () => {
    await fakeBrowser.storage.session.set(request(VAG_TID));
    await mount();
    expect(document.activeElement).toBe(card('frist.vag-tid'));
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get(focusRequestKey(1))).toEqual({}));
    expect(store.getState().focusFindingId).toBeNull();
  });

  it('follows a request made while the panel is open, opening a section the user closed', async () => {
    await mount();
    const toggle = container.querySelector<HTMLButtonElement>('[data-testid="value-apen"] .value-toggle')!;
    await act(async () => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).not.toBe(card('frist.vag-tid'));

    await act(async () => {
      await fakeBrowser.storage.session.set(request(VAG_TID));
    });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(card('frist.vag-tid'));
  });

  it('keeps a requested card past the first 25 of its sub-goal shown and focused after the request is used', async () => {
    const vague = SAMPLE.result.findings.find((f) => f.id === VAG_TID)!;
    const many = Array.from({ length: 30 }, (_, i) => ({
      ...vague,
      id: `frist.vag-tid:${1000 + i * 20}:${1018 + i * 20}`,
      start: 1000 + i * 20,
      end: 1018 + i * 20,
    }));
    const wanted = many[27]!.id;
    const findings = [...SAMPLE.result.findings, ...many];
    await fakeBrowser.storage.session.set({ [tabStateKey(1)]: { ...SAMPLE, result: { ...SAMPLE.result, findings } } });
    await fakeBrowser.storage.session.set(request(wanted, NOW - 1000, findings));
    await mount();
    await vi.waitFor(() => expect(store.getState().focusFindingId).toBeNull());
    const cards = container.querySelectorAll<HTMLElement>('[data-testid="subgoal-apen.transparent"] [data-testid="finding-frist.vag-tid"]');
    expect(cards.length).toBe(31);
    expect(document.activeElement).toBe(cards[28]);
    expect(document.activeElement?.isConnected).toBe(true);
  });

  it('ignores a stale or malformed request', async () => {
    await fakeBrowser.storage.session.set(request(VAG_TID, NOW - FOCUS_REQUEST_MAX_AGE_MS - 1));
    await mount();
    expect(document.activeElement).not.toBe(card('frist.vag-tid'));
    expect(freshFocusRequest({ ruleId: 7, fieldKey: 'x', at: NOW }, NOW)).toBeNull();
    expect(freshFocusRequest({ ruleId: 'frist.vag-tid', fieldKey: 'x', at: NOW + 5 }, NOW)).toBeNull();
    expect(freshFocusRequest({ ruleId: 'frist.vag-tid', fieldKey: 'x', start: -1, at: NOW }, NOW)).toBeNull();
    expect(freshFocusRequest({ ruleId: 'frist.vag-tid', fieldKey: 'x', at: NOW }, NOW)).toMatchObject({ ruleId: 'frist.vag-tid' });
  });

  it('names the finding by rule and span, never by its id (which hashes the flagged words)', () => {
    const stored = focusRequestFor(VAG_TID, 'textarea#svar', SAMPLE.result.findings, NOW);
    expect(stored).toEqual({ fieldKey: 'textarea#svar', ruleId: 'frist.vag-tid', start: 520, end: 538, at: NOW });
    // A worker that lost its memory still knows the rule from the id's prefix.
    expect(focusRequestFor('klarsprak.vedrorende:1a2b:0', 'k', undefined, NOW)).toEqual({ fieldKey: 'k', ruleId: 'klarsprak.vedrorende', at: NOW });
  });
});
