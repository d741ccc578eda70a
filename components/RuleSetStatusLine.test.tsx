// @vitest-environment happy-dom
import { act } from 'react';
import { statusProblem } from '../rules/ruleset/problems.ts';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RuleSetStatus } from '../entrypoints/shared/protocol.ts';
import { App } from './App.tsx';
import { createPanelStore } from './panel-store.ts';
import { RULE_SET_STATUS_KEY } from '../entrypoints/shared/storage-items.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ACTIVE: RuleSetStatus['active'] = {
  id: 'bergen.felles-servicestandard',
  name: 'Felles servicestandard',
  version: '1.2.0',
  publisher: 'Bergen kommune, Innbyggerservice',
  publishedAt: '2026-11-20T08:00:00Z',
  source: 'remote',
};
const CONFIG: RuleSetStatus['config'] = {
  source: 'policy',
  trustedKeyIds: ['k1'],
  refreshMinutes: 15,
  allowDowngrade: false,
  hasPolicy: true,
  locked: [],
  problems: [],
};

let container: HTMLElement;
let root: Root;

async function mount() {
  const api = {
    getRuleSetSummary: vi.fn(async () => {
      throw new Error('not needed');
    }),
    applySuggestion: vi.fn(),
    revealFinding: vi.fn(),
  };
  const store = createPanelStore(api as never, { successNoticeMs: 50, browserLanguage: () => 'nb-NO' });
  await act(async () => {
    root.render(<App store={store} />);
    await store.getState().start({ fixedTabId: 1 });
  });
  return store;
}

const status = () => container.querySelector('[data-testid="ruleset-status"]')?.textContent ?? null;
const error = () => container.querySelector('[data-testid="ruleset-error"]')?.textContent ?? null;

beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('rule-set status in the side panel', () => {
  it('shows the publisher of a published set and when it was last checked', async () => {
    await fakeBrowser.storage.local.set({
      [RULE_SET_STATUS_KEY]: { active: ACTIVE, config: CONFIG, lastCheck: '2026-11-23T09:15:00Z', lastResult: 'unchanged' },
    });
    await mount();
    await act(async () => {});
    expect(status()).toMatch(/Publisert av Bergen kommune, Innbyggerservice/);
    expect(status()).toMatch(/sist sjekket/);
    expect(error()).toBeNull();
  });

  it('says the last update failed and that the previous set is still in use, live', async () => {
    await fakeBrowser.storage.local.set({ [RULE_SET_STATUS_KEY]: { active: { ...ACTIVE, source: 'bundled' }, config: CONFIG } });
    await mount();
    await act(async () => {});
    expect(status()).toMatch(/Innebygd standard/);
    await act(async () => {
      await fakeBrowser.storage.local.set({
        [RULE_SET_STATUS_KEY]: {
          active: { ...ACTIVE, source: 'bundled' },
          config: CONFIG,
          lastCheck: '2026-11-23T09:30:00Z',
          lastResult: 'failed',
          lastError: statusProblem('rejected', { reason: { code: 'bad-signature' } }),
        },
      });
    });
    expect(error()).toMatch(/Regelsettet ble avvist: Signaturen stemmer ikke: .* Det forrige regelsettet er fortsatt i bruk\./);
  });
});
