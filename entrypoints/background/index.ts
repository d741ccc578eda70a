// Background service worker: thin wiring. Message handling lives in handlers.ts, the engine in
// engine-host.ts, per-tab state in tab-state.ts. main() must stay synchronous (WXT) so the
// listeners are registered in the worker's first turn and wake it up after a restart.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { messaging } from '../shared/protocol.ts';
import { bundledEngine } from './engine.ts';
import { createEngineHost } from './engine-host.ts';
import { handleCheckText, handleGetRuleSetSummary, type HandlerDeps } from './handlers.ts';
import { createTabStateStore } from './tab-state.ts';

export default defineBackground(() => {
  const store = createTabStateStore(browser.storage.session);
  const deps: HandlerDeps = {
    // Compiles lazily on the first check after each worker start.
    host: createEngineHost(bundledEngine),
    store,
    runtimeId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  };

  messaging.onMessage('checkText', (message) => handleCheckText(message, deps));
  messaging.onMessage('getRuleSetSummary', (message) => handleGetRuleSetSummary(message.sender, deps));

  browser.tabs.onRemoved.addListener((tabId) => {
    store.clear(tabId).catch((error: unknown) => console.error('[Svarhjelp] could not clear tab state', error));
  });

  // Chrome/Edge: the toolbar button opens the side panel (Firefox has its own sidebar button).
  const sidePanel = (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
});
