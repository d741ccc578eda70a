// Text never leaves the browser. Replies full of personal data are typed into every fixture
// editor while two witnesses watch the traffic:
//   1. a logging proxy outside the browser that every request goes through, loopback included;
//   2. the browser's own request events per target: Playwright's for the extension's service
//      worker, and a DevTools Protocol session per page (fixture pages with their frames, the
//      options page, the side panel) whose initiator stacks show which script asked — a content
//      script's fetch is initiated from chrome-extension://<id>/…, a page's from the page.
// Every request is attributed to the target that initiated it, never forgiven by host name: what
// the extension initiates (worker, extension pages, content scripts in every frame) must be the
// configured rule-set URL and nothing else. What reaches the proxy without any page, frame or
// extension target having asked for it is Chromium's own background traffic (its hosts change
// with every release): it is listed in the output and checked for the typed text, but is not a
// failure by itself. The test configures a rule set on a local host and checks that both
// witnesses saw its fetch, so a silent witness cannot pass.
// The built extension is also checked for remote code and a strict CSP.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Frame, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRuleSetKeys, signRuleSet } from '../../rules/ruleset/signing.ts';
import { BUNDLED_RULE_SET } from '../../rules/standard/index.ts';
import type { RuleSetStatus } from '../../entrypoints/shared/protocol.ts';
import type { Browser } from 'wxt/browser';
import { EXTENSION_DIR, launch, type Harness } from './harness.ts';
import { needlesIn, SECRET_REPLY, startLoggingProxy, startRuleSetHost, type LoggingProxy, type RuleSetHost } from './trust-witness.ts';

declare const chrome: Pick<typeof Browser, 'storage'>;

/**
 * Chromium's own online services (autofill server hints, translation, time queries): switched off
 * to keep the proxy's log short. Nothing depends on them being off: switches a Chromium release
 * no longer knows are ignored, and what it still fetches for itself is attributed to no target.
 */
const QUIET_BROWSER = [
  '--disable-features=AutofillServerCommunication,OptimizationHints,OptimizationHintsFetching,OptimizationGuideModelDownloading,MediaRouter,Translate,CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
  '--disable-default-apps',
  '--no-pings',
  '--no-service-autorun',
  '--disable-field-trial-config',
];

const HERE = fileURLToPath(new URL('.', import.meta.url));
const FIXTURES = join(HERE, 'fixtures');

/** Every fixture page there is when the test runs (editor fixtures are added over time). */
function fixturePages(): string[] {
  const top = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
  const editors = statSync(join(FIXTURES, 'editors'), { throwIfNoEntry: false })?.isDirectory()
    ? readdirSync(join(FIXTURES, 'editors'))
        .filter((f) => f.endsWith('.html'))
        .map((f) => `editors/${f}`)
    : [];
  return [...top, ...editors];
}

/** Places a user writes a reply: textareas and contenteditable roots, in every frame. */
const EDITABLE = 'textarea:visible, [contenteditable=""]:visible, [contenteditable="true"]:visible';

async function editablesIn(frame: Frame) {
  const all = await frame.locator(EDITABLE).all();
  const roots = [];
  for (const el of all) {
    // A contenteditable inside another one is part of the same editor.
    const nested = await el.evaluate((node) => !!node.parentElement?.closest('[contenteditable=""], [contenteditable="true"]'));
    if (!nested) roots.push(el);
  }
  return roots;
}

async function waitForFixtureReady(page: Page): Promise<void> {
  // Editor fixtures announce when their library has started (tests/e2e/editors/family.ts).
  await page.waitForFunction(
    () => {
      const f = (window as unknown as { __fixture?: { ready?: boolean } }).__fixture;
      return f === undefined || f.ready !== false;
    },
    null,
    { timeout: 15_000 },
  );
  // Frames built by script (TinyMCE, the editor-frames demo) get their editable body late.
  await page.waitForLoadState('load');
}

/** A request as the browser reported it, attributed to the target and script that initiated it. */
interface Initiated {
  url: string;
  method: string;
  postData: string;
  /** `extension`: the service worker, an extension page, or a content script (by its initiator stack). */
  by: 'extension' | 'page';
  /** The target: "service worker", or the top-level URL of the page whose session reported it. */
  target: string;
}

/** Script URLs on a DevTools initiator, its async parents included (a fetch after an await). */
function initiatorScripts(initiator: { url?: string; stack?: StackTrace }): string[] {
  const urls: string[] = initiator.url ? [initiator.url] : [];
  for (let stack: StackTrace | undefined = initiator.stack; stack; stack = stack.parent) {
    for (const frame of stack.callFrames) urls.push(frame.url);
  }
  return urls;
}
interface StackTrace {
  callFrames: Array<{ url: string }>;
  parent?: StackTrace;
}

/**
 * Opens a page with a DevTools session that reports every request of the page and its frames
 * (fixture frames are same-origin or about:blank, so they share the page's session) before the
 * page loads, so nothing it does can happen unseen.
 */
async function openWatched(h: Harness, url: string, initiated: Initiated[]): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  const extensionOrigin = `chrome-extension://${h.extensionId}/`;
  cdp.on(
    'Network.requestWillBeSent',
    (e: { request: { url: string; method: string; postData?: string }; initiator: { url?: string; stack?: StackTrace }; documentURL: string }) => {
      const fromExtension = url.startsWith(extensionOrigin) || initiatorScripts(e.initiator).some((u) => u.startsWith(extensionOrigin));
      initiated.push({
        url: e.request.url,
        method: e.request.method,
        postData: e.request.postData ?? '',
        by: fromExtension ? 'extension' : 'page',
        target: url,
      });
    },
  );
  await cdp.send('Network.enable', { maxPostDataSize: 1_000_000 });
  await page.goto(url);
  return { page, cdp };
}

describe('no text leaves the browser', () => {
  let h: Harness;
  let proxy: LoggingProxy;
  let rules: RuleSetHost;
  /** Every request a target initiated, with who initiated it (see `Initiated`). */
  const initiated: Initiated[] = [];
  let publicJwk: unknown;

  beforeAll(async () => {
    proxy = await startLoggingProxy();
    rules = await startRuleSetHost();
    const keys = await generateRuleSetKeys();
    // The bundled standard republished with a higher version: accepted, and the checks stay the same.
    rules.publish(await signRuleSet({ ...structuredClone(BUNDLED_RULE_SET), version: '999.0.0' }, keys.privateJwk));
    h = await launch({ args: [...proxy.args, ...QUIET_BROWSER] });
    // The service worker's requests (Playwright attaches to it before it runs any script).
    h.context.on('request', (r: Request) => {
      if (r.serviceWorker()) initiated.push({ url: r.url(), method: r.method(), postData: r.postData() ?? '', by: 'extension', target: 'service worker' });
    });
    publicJwk = keys.publicJwk;
  });
  afterAll(async () => {
    await h?.close();
    await proxy?.close();
    await rules?.close();
  });

  it('types personal data into every fixture editor; only the pages and the rule set go over the network', async () => {
    // Pilot mode through the options page, as a pilot user sets it up.
    const { page: options } = await openWatched(h, `chrome-extension://${h.extensionId}/options.html`, initiated);
    await options.locator('input[name=ruleSetUrl]').fill(rules.url);
    await options.locator('textarea[name=trustedKeys]').fill(JSON.stringify(publicJwk));
    await options.getByTestId('pilot-save').click();
    await expect
      .poll(() => h.inWorker(async () => ((await chrome.storage.local.get('ruleset:status'))['ruleset:status'] as RuleSetStatus | undefined)?.active.version), {
        timeout: 30_000,
      })
      .toBe('999.0.0');
    await options.close();

    const pages = fixturePages();
    expect(pages.length).toBeGreaterThan(3);
    const checkedPages: string[] = [];
    for (const name of pages) {
      const { page } = await openWatched(h, new URL(name, h.server.url).href, initiated);
      await waitForFixtureReady(page);
      let typed = 0;
      for (const frame of page.frames()) {
        for (const editable of await editablesIn(frame)) {
          // Its first line, as a user clicks where the reply goes (a click in the middle of a
          // rich-text editor may land in the quoted inquiry, and some editors keep the caret there).
          const firstLine = editable.locator(':scope > *').first();
          if ((await firstLine.count()) > 0 && (await firstLine.isVisible())) await firstLine.click();
          else await editable.click();
          // Start of the field: in a mail editor that is the reply, above the quoted inquiry.
          await page.keyboard.press('Control+Home');
          await page.keyboard.type(SECRET_REPLY);
          typed++;
        }
      }
      if (typed > 0) {
        // The text really was checked (the witness watched a working extension, not an idle one).
        const tabId = await h.tabIdOf(page);
        await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === 'personvern.fodselsnummer'));
        // The side panel shows the findings; it may not fetch anything either.
        const { page: panel } = await openWatched(h, `chrome-extension://${h.extensionId}/sidepanel.html?tab=${tabId}`, initiated);
        await panel.getByTestId('finding-personvern.fodselsnummer').first().waitFor({ timeout: 20_000 });
        await panel.close();
        checkedPages.push(name);
      }
      await page.close();
    }
    // Sanity: most fixtures hold an editor (a broken selector must not turn this into a no-op).
    expect(checkedPages.length, `pages typed into: ${checkedPages.join(', ')}`).toBeGreaterThanOrEqual(pages.length - 1);

    const own = (url: string) => url.startsWith(`chrome-extension://${h.extensionId}/`) || url.startsWith('data:') || url.startsWith('blob:');
    const network = initiated.filter((r) => !own(r.url));

    // The rule-set fetch: seen by its host, by the proxy, and by the browser as the worker's.
    expect(rules.fetches).toBeGreaterThan(0);
    expect(proxy.seen.some((r) => r.url === rules.url)).toBe(true);
    expect(network.some((r) => r.by === 'extension' && r.target === 'service worker' && r.url === rules.url)).toBe(true);
    // The witnesses were listening: every fixture page and the side panel reported requests.
    expect(network.filter((r) => r.by === 'page').length).toBeGreaterThan(pages.length);
    expect(new Set(initiated.filter((r) => r.target.includes('/sidepanel.html')).map((r) => r.target)).size).toBe(checkedPages.length);

    // Everything the extension initiated — worker, options page, side panel, content scripts in
    // every frame of every fixture — that left the extension is the rule-set fetch, nothing else.
    const byExtension = network.filter((r) => r.by === 'extension');
    expect(new Set(byExtension.map((r) => `${r.method} ${r.url}`))).toEqual(new Set([`GET ${rules.url}`]));
    // What the pages themselves loaded stays on the fixture server.
    const fixtureOrigin = new URL(h.server.url).origin;
    expect(network.filter((r) => r.by === 'page' && !r.url.startsWith(`${fixtureOrigin}/`)).map((r) => `${r.target} → ${r.url}`)).toEqual([]);

    // The proxy: each request it carried is matched to a target that initiated it (by URL; a
    // TLS tunnel by host and port). What no target initiated is the browser's own traffic.
    const hostPort = (url: string) => {
      const u = new URL(url);
      return `${u.hostname}:${u.port || (u.protocol === 'https:' ? '443' : '80')}`;
    };
    const initiatedUrls = new Set(network.map((r) => r.url));
    const initiatedTunnels = new Set(network.filter((r) => r.url.startsWith('https:') || r.url.startsWith('wss:')).map((r) => hostPort(r.url)));
    const unattributed = proxy.seen.filter((r) => (r.method === 'CONNECT' ? !initiatedTunnels.has(r.url) : !initiatedUrls.has(r.url)));
    const browserOwn = [...new Set(unattributed.map((r) => `${r.method} ${r.url}`))];
    if (browserOwn.length) console.log(`[trust-network] initiated by no page, frame or extension target (Chromium's own): ${browserOwn.join(', ')}`);
    // The rule-set host only ever gets the rule-set URL (no query carrying anything).
    const toRuleHost = proxy.seen.filter((r) => r.url.startsWith(`${new URL(rules.url).origin}/`));
    expect(new Set(toRuleHost.map((r) => `${r.method} ${r.url}`))).toEqual(new Set([`GET ${rules.url}`]));

    // Nothing typed appears in any URL or body that any witness could read: the proxy's (the
    // browser's own traffic included) and every target's.
    expect(proxy.seen.flatMap((r) => needlesIn(`${r.url}\n${r.body}`))).toEqual([]);
    expect(initiated.flatMap((r) => needlesIn(`${r.url}\n${r.postData}`))).toEqual([]);
  });
});

describe('the built extension (.output/chrome-mv3)', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, any>;

  it('contains no remote code: no remote script sources, no eval or new Function in its JavaScript', () => {
    const all = files(EXTENSION_DIR);
    const problems: string[] = [];
    for (const file of all.filter((f) => /\.(html|js|mjs)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      const where = relative(EXTENSION_DIR, file);
      if (/<script[^>]+src\s*=\s*["']?(?:https?:)?\/\//i.test(text)) problems.push(`${where}: remote <script src>`);
      if (/\bimportScripts\s*\(\s*["'`](?:https?:)?\/\//.test(text)) problems.push(`${where}: remote importScripts`);
      if (/\bimport\s*\(\s*["'`](?:https?:)?\/\//.test(text)) problems.push(`${where}: remote import()`);
      if (file.endsWith('.js') || file.endsWith('.mjs')) {
        if (/(?<![.\w$])eval\s*\(/.test(text)) problems.push(`${where}: eval(`);
        if (/\bnew\s+Function\s*\(/.test(text) || /(?<![.\w$])Function\s*\(\s*["'`]/.test(text)) problems.push(`${where}: Function constructor`);
        if (/\bset(?:Timeout|Interval)\s*\(\s*["'`]/.test(text)) problems.push(`${where}: string timer`);
      }
    }
    expect(all.some((f) => f.endsWith('background.js'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it("keeps the MV3 content security policy (script-src 'self', no eval, no remote hosts)", () => {
    expect(manifest.manifest_version).toBe(3);
    const csp = manifest.content_security_policy as { extension_pages?: string; sandbox?: string } | undefined;
    // Absent = Chrome's MV3 default: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'".
    if (csp?.extension_pages) {
      const scriptSrc = /script-src([^;]*)/.exec(csp.extension_pages)?.[1]?.trim().split(/\s+/) ?? [];
      expect(scriptSrc[0]).toBe("'self'");
      expect(scriptSrc.filter((s) => s !== "'self'" && s !== "'wasm-unsafe-eval'")).toEqual([]);
    }
    expect(csp?.sandbox).toBeUndefined();
    // No page or other extension may talk to the extension, and no page may load its files.
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
  });

  it('asks for no host permissions and only the API permissions PRIVACY.md justifies', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    const privacy = readFileSync(join(HERE, '..', '..', 'PRIVACY.md'), 'utf8');
    for (const permission of manifest.permissions as string[]) expect(privacy, `PRIVACY.md explains «${permission}»`).toContain(`\`${permission}\``);
  });
});
