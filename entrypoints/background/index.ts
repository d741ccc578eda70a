// Background service worker: thin wiring. Message handling lives in handlers.ts, the engine in
// engine-host.ts, per-tab state in tab-state.ts. main() must stay synchronous (WXT) so the
// listeners are registered in the worker's first turn and wake it up after a restart.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { messaging } from '../shared/protocol.ts';
import { checkCooperative } from '../../rules/engine/check-cooperative.ts';
import { WARM_UP_STEPS } from '../../rules/engine/warm-up.ts';
import { createEngineHost } from './engine-host.ts';
import { handleGetRuleSetLabels, handleGetRuleSetSummary, handleGetTabState, handleIgnoreFinding, type HandlerDeps } from './handlers.ts';
import { createTabStateStore } from './tab-state.ts';
import { handleGetFilledTemplates } from './templates.ts';
import { activeEngine, createRuleSetUpdater } from './ruleset-updater.ts';
import { wireRuleSetUpdater } from './ruleset-wiring.ts';
import { createInquiryService } from './inquiries.ts';
import { wireInquiries } from './inquiry-wiring.ts';
import { handleCheckTextInChosenLanguage } from './ui-language.ts';
import { openPanel, wireToolbarButton, type PanelOpeners, type ToolbarBrowser } from './toolbar.ts';
import { isOwnExtension } from './validate.ts';
import { focusRequestFor } from '../shared/focus-request.ts';
import { withTimeout } from '../../components/panel-api.ts';
import { focusRequestItem } from '../shared/storage-items.ts';
import { wireStorageWrites } from './storage-writes.ts';
import { wireContentPolicyCopy } from './content-policy-copy.ts';

/** How long a restarted worker waits for a tab's content script to check its field again. */
const RECHECK_TIMEOUT_MS = 10_000;

export default defineBackground(() => {
  // How long the worker took to load its script (its time origin is the worker's start): the
  // browser benchmark reads these marks after it stopped the worker (scripts/cold-start.mjs).
  workerMark('svarhjelp:worker-main');
  const store = createTabStateStore(browser.storage.session);
  // The content script's copy of its policy keys, for its first decision after a browser start.
  wireContentPolicyCopy(browser);
  // Rule sets (ruleset-updater.ts): the bundled standard or a verified published set.
  const ruleSets = createRuleSetUpdater({ local: browser.storage.local, managed: browser.storage.managed, fetch: (input, init) => fetch(input, init) });
  // Per-inquiry checklist, corrections and reminders (inquiries.ts, reminders.ts).
  const inquiries = createInquiryService({ local: browser.storage.local, current: () => ruleSets.current() });
  const deps: HandlerDeps = {
    // Compiles lazily on the first check after each worker start, and again when the active set changes.
    // Long replies are checked in slices (check-cooperative.ts) so the worker stays responsive.
    host: createEngineHost(Object.assign(activeEngine(ruleSets), { checkCooperative })),
    store,
    runtimeId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    inquiries,
    recheck: ({ tabId, frameId, fieldKey }) => withTimeout(messaging.sendMessage('recheck', { fieldKey }, { tabId, frameId }), RECHECK_TIMEOUT_MS, 'recheck'),
  };
  // Browser tests read the tabs' results from here (harness.ts); reachable only by code already
  // running in this worker, never from pages or content scripts.
  (globalThis as { svarhjelpTabStates?: typeof store }).svarhjelpTabStates = store;

  // The active set is loaded from storage.local once per worker start before the first answer.
  // The deadline card's texts follow the UI language chosen in the panel (ui-language.ts).
  let checkedSinceStart = false;
  messaging.onMessage('checkText', async (message) => {
    checkedSinceStart = true;
    workerMark('svarhjelp:check-received');
    await ruleSets.getActiveRuleSet();
    workerMark('svarhjelp:ruleset-ready');
    const answer = await handleCheckTextInChosenLanguage(message, deps, browser.storage.local);
    workerMark('svarhjelp:check-answered');
    return answer;
  });
  // The side panel asks for what it shows when it opens, and again when the tab's record changes.
  messaging.onMessage('getTabState', (message) => handleGetTabState(message, deps));
  messaging.onMessage('ignoreFinding', (message) => handleIgnoreFinding(message, deps));
  // The inline template search (Alt+M): templates filled for the tab, as the side panel fills them.
  messaging.onMessage('getFilledTemplates', async (message) => {
    await ruleSets.getActiveRuleSet();
    return handleGetFilledTemplates(message, deps, browser.storage.local);
  });
  messaging.onMessage('getRuleSetSummary', async (message) => {
    await ruleSets.getActiveRuleSet();
    return handleGetRuleSetSummary(message.sender, deps);
  });
  messaging.onMessage('getRuleSetLabels', async (message) => {
    await ruleSets.getActiveRuleSet();
    return handleGetRuleSetLabels(message.sender, deps);
  });
  // The inline popover's "Mer i sidepanelet". Chrome and Firefox open the panel only in response
  // to a user action, so open() is called at once (no await before it); either may still refuse.
  messaging.onMessage('openSidePanel', ({ sender, data }) => {
    const tabId = sender.tab?.id;
    if (!isOwnExtension(sender, deps.runtimeId) || tabId === undefined) return false;
    const opening = openPanel(browser as unknown as PanelOpeners, { tabId });
    // The panel (opened now or by the user later) goes to this finding (shared/focus-request.ts).
    const request =
      typeof data?.findingId === 'string' && typeof data.fieldKey === 'string'
        ? focusRequestFor(data.findingId, data.fieldKey, store.read(tabId)?.result.findings, Date.now())
        : null;
    if (request) {
      focusRequestItem(tabId)
        .setValue(request)
        .catch((error: unknown) => console.warn('[Svarhjelp] could not keep the focus request', error));
    }
    return opening.then(
      () => true,
      (error: unknown) => {
        console.warn('[Svarhjelp] could not open the side panel', error);
        return false;
      },
    );
  });
  // A browser start (or an install) starts the worker before anyone types: load and compile the
  // active set and run the engine once then, so the first check after a browser start does not
  // pay for it. Not on every worker start: a restart for an event would spend that work for nothing.
  const warmUp = () => {
    setTimeout(() => {
      workerMark('svarhjelp:warm-up-start');
      ruleSets
        .getActiveRuleSet()
        .then((compiled) => {
          // Each step a task of its own (warm-up.ts): a check that arrived while the set compiled is
          // answered first instead of waiting behind the warm-up, and then it has warmed the engine
          // itself, so the steps left are skipped.
          const step = (index: number) =>
            setTimeout(() => {
              const run = WARM_UP_STEPS[index];
              if (!run) {
                workerMark('svarhjelp:warm-up-done');
                return;
              }
              if (!checkedSinceStart) run(compiled, new Date().toISOString());
              step(index + 1);
            }, 0);
          step(0);
        })
        .catch((error: unknown) => console.warn('[Svarhjelp] could not prepare the engine', error));
    }, 0);
  };
  browser.runtime.onStartup.addListener(warmUp);
  browser.runtime.onInstalled.addListener(warmUp);
  wireRuleSetUpdater(ruleSets, deps.runtimeId);
  wireInquiries(inquiries, deps.runtimeId, store);
  wireStorageWrites(deps.runtimeId, deps.extensionOrigin);

  browser.tabs.onRemoved.addListener((tabId) => {
    store.clear(tabId).catch((error: unknown) => console.error('[Svarhjelp] could not clear tab state', error));
  });

  // The toolbar button opens the panel: Chrome/Edge's side panel, Firefox's sidebar (toolbar.ts).
  wireToolbarButton(browser as unknown as ToolbarBrowser);
});

/** The first such moment after a worker start, for the benchmark; nothing of the text. */
function workerMark(name: string): void {
  try {
    if (performance.getEntriesByName(name).length === 0) performance.mark(name);
  } catch {
    // No user timing here.
  }
}
