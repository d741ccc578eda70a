// Browser-test harness for Firefox: Debian's Firefox ESR with the built extension
// (.output/firefox-mv3) as a temporary add-on, driven over WebDriver BiDi by puppeteer-core (no
// downloaded browser, no geckodriver), the demo pages on a loopback port (the Chromium suite's
// server). Facts behind the choices: /work/shared/reference/firefox-testing.md.
//
// Firefox differs from the Chromium harness in three ways that shape this file:
//   • BiDi reaches page realms, never an extension's content-script sandbox, and has no handle on
//     the background (an event page, not a worker). So the test drives the extension from one of
//     its own pages opened in a tab (the "control page"): tabs.sendMessage asks the content script
//     what it shows (inspectContent, entrypoints/content/inspect.ts), runtime.getBackgroundPage
//     reads the background's per-tab results.
//   • moz-extension:// pages open only with --remote-allow-system-access, and BiDi reports no
//     navigation for them, so openExtensionPage waits for the document instead of goto().
//   • MV3 host access is optional in Firefox; see HOST_ACCESS_PREFS.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { ContentSnapshot } from '../../entrypoints/content/inspect.ts';
import type { TabState } from '../../entrypoints/shared/protocol.ts';
import type { Browser as WebExtensionApi } from 'wxt/browser';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server.mjs';

export type { ContentSnapshot };

// Functions passed to inExtension() run in an extension page. Firefox's `chrome` is `browser`
// there, promises included, so the same snippets read like the Chromium harness's.
declare const chrome: Pick<typeof WebExtensionApi, 'tabs' | 'runtime' | 'storage' | 'permissions'>;

const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output', 'firefox-mv3');

export function firefoxPath(): string {
  return process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
}

/** The gecko id of the built add-on (policies.json and the moz-extension UUID are keyed by it). */
export function addonId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('The Firefox manifest has no gecko id');
  return id;
}

/** Where Firefox's Remote Settings is pointed: the discard port on loopback, closed. */
export const REMOTE_SETTINGS_OFF = 'http://127.0.0.1:9/v1';

/**
 * Firefox's own traffic, switched off so that what the privacy test sees is the extension and the
 * pages, and so no test waits on a server it cannot reach (the CI network is closed). Nothing
 * depends on a pref still existing: a pref a release no longer knows is ignored, and the privacy
 * test attributes requests by who made them, not by host.
 */
export const QUIET_FIREFOX_PREFS: Record<string, string | number | boolean> = {
  // Updates of Firefox itself, its system add-ons, add-ons and search engines.
  'app.update.auto': false,
  'app.update.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'browser.search.update': false,
  // Remote Settings (blocklists, certificate revocations, translation models …) syncs at start
  // from Mozilla's server. Release builds honour this override only with the environment
  // variable MOZ_REMOTE_SETTINGS_DEVTOOLS=1 (launchFirefox sets it): a closed loopback port.
  'services.settings.server': REMOTE_SETTINGS_OFF,
  // Safe Browsing list downloads and lookups.
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  // Telemetry, health report and studies.
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  // Network probes Firefox makes on start: captive portal, connectivity, region lookup.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  // DNS over HTTPS would send every host name to a resolver.
  'network.trr.mode': 5,
  // Speculative connections and prefetch: requests the page never asked for.
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
  'browser.urlbar.speculativeConnect.enabled': false,
  // Certificate status checks (OCSP) and the OpenH264 / Widevine downloads.
  'security.OCSP.enabled': 0,
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  // New-tab content, Pocket, sponsored tiles, account sync.
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.topsites.contile.enabled': false,
  'extensions.pocket.enabled': false,
  'identity.fxaccounts.enabled': false,
  // Page translation downloads its models on demand.
  'browser.translations.enable': false,
};

/**
 * MV3 host permissions are optional in Firefox: the user may withhold them. Since Firefox 127 the
 * manifest's origins (here the content script's <all_urls>) are granted at install unless the user
 * unticks them in the install prompt — a temporary install in a test skips that prompt, so it gets
 * the default. The pref is set explicitly so a changed default fails loudly here instead of every
 * test waiting in vain for a content script. The user's own path back, when access was withheld,
 * is the options page's «Gi Svarhjelp tilgang til nettsidene» (tests/firefox/host-access.firefox.ts).
 */
export const HOST_ACCESS_PREFS = { 'extensions.originControls.grantByDefault': true };

export interface FirefoxLaunchOptions {
  /** Extra prefs (they win over the harness's). */
  prefs?: Record<string, string | number | boolean>;
  /** Another Firefox binary (a copy of the install with its own distribution/policies.json). */
  executablePath?: string;
}

export interface FirefoxHarness {
  browser: Browser;
  server: DemoServer;
  /** moz-extension://<uuid>/ — the UUID is fixed by a pref before install. */
  base: string;
  /** Opens a fixture page (tests/e2e/fixtures/<name>) in a new tab; the URL is unique per call. */
  openFixture(name: string): Promise<Page>;
  /** Opens an extension page (e.g. `sidepanel.html?tab=3`) in a new tab and waits for it to load. */
  openExtensionPage(path: string): Promise<Page>;
  /** The extension's tab id of a page opened by openFixture. */
  tabIdOf(page: Page): Promise<number>;
  /** What the page's top frame shows, from Svarhjelp's content script (inspect.ts). */
  inspect(page: Page): Promise<ContentSnapshot | null>;
  /** The background's last result for a tab, or null. */
  tabState(tabId: number): Promise<TabState | null>;
  /** Waits until the background holds a result for the tab that satisfies `accept`. */
  waitForTabState(tabId: number, accept: (state: TabState) => boolean): Promise<TabState>;
  /** Runs a function in an extension page (where `browser.*` exists). */
  inExtension<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  close(): Promise<void>;
}

/** Polls `probe` until it returns something other than undefined/false; throws with `what` after `timeoutMs`. */
export async function until<T>(what: string, probe: () => Promise<T | undefined | false | null>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false && value !== null) return value as T;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxHarness> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${FIREFOX_EXTENSION_DIR}; run \`npm run build:firefox\` first (npm test does).`);
  }
  const id = addonId();
  const uuid = crypto.randomUUID();
  // Its own HOME: no managed-storage manifest or profile of the machine's user leaks in.
  const home = mkdtempSync(join(tmpdir(), 'svarhjelp-ff-home-'));
  const server = await startDemoServer({ port: 0 });
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: options.executablePath ?? firefoxPath(),
      headless: true,
      // Opening moz-extension:// pages over BiDi needs it (Firefox 138+).
      args: ['--remote-allow-system-access'],
      // MOZ_REMOTE_SETTINGS_DEVTOOLS: see services.settings.server in QUIET_FIREFOX_PREFS.
      env: { ...process.env, HOME: home, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      defaultViewport: { width: 1100, height: 760 },
      extraPrefsFirefox: {
        ...QUIET_FIREFOX_PREFS,
        ...HOST_ACCESS_PREFS,
        // The moz-extension host is random per profile unless mapped; it must be set before install.
        'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
        // The language staff run. Debian's firefox-esr without its nb-NO language pack still
        // reports en-US as the UI language to add-ons, so tests that read panel text choose
        // bokmål in the panel's own language menu; pages get Norwegian as their accept-language.
        'intl.locale.requested': 'nb-NO',
        'intl.accept_languages': 'nb-NO, nb, no, nn, en',
        // No red spell-check dots in screenshots of the text fields.
        'layout.spellcheckDefault': 0,
        ...options.prefs,
      },
    });
  } catch (error) {
    await server.close();
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
  try {
    // WebDriver BiDi webExtension.install: a temporary add-on, gone when the browser closes.
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close().catch(() => {});
    await server.close();
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
  const base = `moz-extension://${uuid}/`;
  let fixtureCount = 0;
  let control: Page | undefined;

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await browser.newPage();
    const url = base + path;
    // BiDi reports no navigation events for extension documents: goto() would never settle.
    // A navigation made before the add-on has finished installing lands on an error page and
    // stays there, so it is asked again every few seconds until the document is the extension's.
    let asked = 0;
    await until(
      `${url} to load`,
      async () => {
        if (asked++ % 30 === 0) page.goto(url, { timeout: 0 }).catch(() => {});
        return page.evaluate((u) => location.href === u && document.readyState === 'complete', url);
      },
      60_000,
    );
    return page;
  };

  const inExtension = async <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> => {
    // A blank extension page of its own: any extension page has the `browser` API.
    control ??= await openExtensionPage('sidepanel.html?tab=-1');
    return control.evaluate(fn as (arg: unknown) => T, arg as unknown) as Promise<T>;
  };

  const harness: FirefoxHarness = {
    browser,
    server,
    base,
    async openFixture(name) {
      const page = await browser.newPage();
      await page.goto(`${new URL(name, server.url).href}#tab-${++fixtureCount}`);
      return page;
    },
    openExtensionPage,
    async tabIdOf(page) {
      const url = page.url();
      const byUrl = await inExtension(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
      if (byUrl !== undefined) return byUrl;
      // Tabs carry their URL only where the add-on has host access; without it, the page is
      // brought to the front and the add-on asked for its window's active tab.
      await page.bringToFront();
      const active = await inExtension(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
      const id = active.length === 1 ? active[0]!.id : undefined;
      if (id === undefined || (active[0]!.url && active[0]!.url !== url)) throw new Error(`No tab found for ${url}`);
      return id;
    },
    async inspect(page) {
      const tabId = await harness.tabIdOf(page);
      return inExtension(async (tab) => {
        // The message format of @webext-core/messaging (entrypoints/shared/protocol.ts).
        const reply = (await chrome.tabs.sendMessage(tab, { id: 1, type: 'inspectContent', timestamp: Date.now() }, { frameId: 0 }).catch(() => null)) as {
          res?: ContentSnapshot;
          err?: { message?: string };
        } | null;
        if (reply?.err) throw new Error(`The content script could not describe what it shows: ${reply.err.message ?? JSON.stringify(reply.err)}`);
        return reply?.res ?? null;
      }, tabId);
    },
    async tabState(tabId) {
      return inExtension(async (tab) => {
        const background = (await chrome.runtime.getBackgroundPage()) as unknown as {
          svarhjelpTabStates?: { read(tabId: number): TabState | undefined };
        } | null;
        const state = background?.svarhjelpTabStates?.read(tab);
        // Across compartments: hand back plain data.
        return state ? (JSON.parse(JSON.stringify(state)) as TabState) : null;
      }, tabId);
    },
    async waitForTabState(tabId, accept) {
      let last: TabState | null = null;
      try {
        return await until(`a result for tab ${tabId}`, async () => {
          last = await harness.tabState(tabId);
          return last && accept(last) ? last : null;
        });
      } catch (error) {
        throw new Error(`${(error as Error).message}; last: ${JSON.stringify(last)?.slice(0, 1500)}`);
      }
    },
    inExtension,
    async close() {
      await browser.close().catch(() => {});
      await server.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
  return harness;
}
