// Shared browser-test harness: a real Chromium with the built extension (.output/chrome-mv3),
// a fresh profile per launch, and the demo pages on a loopback port. Driven by playwright-core
// (no @playwright/test); vitest runs the specs.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { TabState } from '../../entrypoints/shared/protocol.ts';
import { CLOSED_NETWORK_ARGS, extensionArgs } from '../../scripts/chromium-args.mjs';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server.mjs';
import type { Browser } from 'wxt/browser';

// Functions passed to serviceWorker.evaluate() run in the extension's worker, where `chrome` exists.
declare const chrome: Pick<typeof Browser, 'tabs' | 'storage'>;

const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');

export interface Harness {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  server: DemoServer;
  /** Opens a demo page (tests/e2e/fixtures/<name>) in a new tab. */
  openFixture(name: string): Promise<Page>;
  /** Clicks into the field (or a part of a contenteditable) and types like a user. */
  typeInto(page: Page, selector: string, text: string): Promise<void>;
  /** The browser's tab id of a page, asked from the service worker. */
  tabIdOf(page: Page): Promise<number>;
  /** Opens the side panel page for a tab in a new page (sidepanel.html?tab=<tabId>). */
  openSidePanel(tabId: number): Promise<Page>;
  /** Runs a function in the extension's live service worker. */
  inWorker<T>(fn: (arg: any) => T | Promise<T>, arg?: unknown): Promise<T>;
  /** Stops the extension's service worker, as Chrome does after 30 s idle; the next event restarts it. */
  stopServiceWorker(): Promise<void>;
  /** Everything in storage.session, read by the service worker. */
  storageDump(): Promise<Record<string, unknown>>;
  /** The tab's last result as the worker keeps it in memory (nothing of it is stored), or null. */
  tabState(tabId: number): Promise<TabState | null>;
  /** Waits until the worker holds a TabState for the tab that satisfies `accept`. */
  waitForTabState(tabId: number, accept: (state: TabState) => boolean, timeoutMs?: number): Promise<TabState>;
  close(): Promise<void>;
}

export function chromePath(): string {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

export interface LaunchOptions {
  /** Extra Chromium switches (the trust tests route all traffic through a logging proxy). */
  args?: string[];
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}; run \`npm run build:chrome\` first (npm test does).`);
  }
  const server = await startDemoServer({ port: 0 });
  const userDataDir = mkdtempSync(join(tmpdir(), 'svarhjelp-e2e-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromePath(),
      // Chromium's current headless mode (the former --headless=new) loads extensions.
      headless: true,
      // The browser's UI language is set, never inherited from the machine: headless Chromium
      // starts in en-US whatever LANG says, staff run nb-NO, and the panel and popover pick their
      // language from it. With a locale override, extension pages report nb-NO as theirs too.
      locale: 'nb-NO',
      args: [...CLOSED_NETWORK_ARGS, ...extensionArgs(EXTENSION_DIR), ...(options.args ?? [])],
    });
  } catch (error) {
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }

  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;

  // The worker's errors (a rule set that does not compile, a check that throws) explain a
  // test that waits in vain for findings; keep them for the failure message.
  const workerErrors: string[] = [];
  const watch = (w: Worker) =>
    w.on('console', (m) => {
      if (m.type() === 'error') workerErrors.push(m.text().slice(0, 500));
    });
  watch(serviceWorker);
  context.on('serviceworker', watch);

  // Workers that went away while being asked: Playwright may list a stopped worker a little longer.
  const gone = new WeakSet<Worker>();
  const WORKER_GONE = /garbage collected|Target (?:page, context or browser )?(?:has been )?closed|Execution context was destroyed/i;
  const sw = async <T>(fn: (arg: any) => T | Promise<T>, arg?: unknown): Promise<T> => {
    // The worker may have been restarted (MV3); use the live one. One stopped between being found
    // and answering (idle timeout, or stopServiceWorker just before) is left for the next one.
    const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${extensionId}/`) && !gone.has(w);
    for (let attempt = 1; ; attempt++) {
      const live = context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours }));
      try {
        return await live.evaluate(fn, arg);
      } catch (error) {
        if (attempt >= 3 || !WORKER_GONE.test(String(error))) throw error;
        gone.add(live);
      }
    }
  };

  const harness: Harness = {
    context,
    serviceWorker,
    extensionId,
    server,

    async openFixture(name) {
      const page = await context.newPage();
      await page.goto(new URL(name, server.url).href);
      return page;
    },

    async typeInto(page, selector, text) {
      const target = page.locator(selector);
      await target.click();
      await page.keyboard.type(text);
    },

    async tabIdOf(page) {
      // tabs.query({ url }) needs host permissions, which the extension does not ask for
      // (content-script matches don't grant them), so tabs carry no URL here. Activate the
      // page instead and ask for the active tab of its window.
      await page.bringToFront();
      const tabs = await sw(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
      const id = tabs[0]?.id;
      if (tabs.length !== 1 || typeof id !== 'number') throw new Error(`No single active tab for ${page.url()}`);
      return id;
    },

    async openSidePanel(tabId) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
      return page;
    },

    inWorker: (fn, arg) => sw(fn, arg),

    async stopServiceWorker() {
      const browser = context.browser();
      if (!browser) throw new Error('No browser-level CDP session available');
      const cdp = await browser.newBrowserCDPSession();
      try {
        const { targetInfos } = await cdp.send('Target.getTargets');
        const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
        if (!target) throw new Error('The extension has no running service worker');
        await cdp.send('Target.closeTarget', { targetId: target.targetId });
        // Wait until the old worker is really gone, so the next event starts a fresh one. A busy
        // machine can take seconds to tear a worker down (and may drop the first request while the
        // worker is still answering one): ask again every second, and give up only after 30 s.
        const deadline = Date.now() + 30_000;
        for (let i = 1; Date.now() < deadline; i++) {
          const { targetInfos: now } = await cdp.send('Target.getTargets');
          if (!now.some((t) => t.targetId === target.targetId)) return;
          if (i % 20 === 0) await cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => {});
          await new Promise((r) => setTimeout(r, 50));
        }
        throw new Error('The service worker did not stop within 30 s');
      } finally {
        await cdp.detach().catch(() => {});
      }
    },

    async storageDump() {
      return sw(() => chrome.storage.session.get(null));
    },

    async tabState(tabId) {
      // background/index.ts exposes its tab-state store to code running in the worker.
      return sw(
        (id: number) => (globalThis as { svarhjelpTabStates?: { read(tabId: number): TabState | undefined } }).svarhjelpTabStates?.read(id) ?? null,
        tabId,
      );
    },

    async waitForTabState(tabId, accept, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      let last: TabState | null = null;
      while (Date.now() < deadline) {
        last = await harness.tabState(tabId);
        if (last && accept(last)) return last;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(
        `Tab state for tab ${tabId} never matched; last: ${JSON.stringify(last)?.slice(0, 2000)}` +
          (workerErrors.length ? `\nService-worker errors:\n${workerErrors.slice(-5).join('\n')}` : ''),
      );
    },

    async close() {
      await context.close().catch(() => {});
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return harness;
}
