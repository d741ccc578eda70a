// Issue 7, item 1: text never leaves the browser. Replies full of personal data are typed into
// every fixture editor while two witnesses watch the traffic:
//   1. a logging proxy outside the browser that every request goes through, loopback included
//      (pages, frames, extension pages and the service worker alike);
//   2. Playwright's network events, which include the extension's service worker.
// The only request the extension may make is the configured rule-set fetch; the test configures
// one on a local host and checks that both witnesses saw it, so a silent witness cannot pass.
// The built extension is also checked for remote code and a strict CSP.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRuleSetKeys, signRuleSet } from '../../rules/ruleset/signing.ts';
import { BUNDLED_RULE_SET } from '../../rules/standard/index.ts';
import type { RuleSetStatus } from '../../entrypoints/shared/protocol.ts';
import type { Browser } from 'wxt/browser';
import { EXTENSION_DIR, launch, type Harness } from './harness.ts';
import { needlesIn, SECRET_REPLY, startLoggingProxy, startRuleSetHost, type LoggingProxy, type RuleSetHost } from './trust-witness.ts';

declare const chrome: Pick<typeof Browser, 'storage'>;

/**
 * Chromium's own online services (autofill server hints, sign-in, component updates): switched
 * off so the proxy's log is the pages' and the extension's traffic alone. They are the
 * browser's, not the extension's; an installation in the municipality governs them by policy.
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

/**
 * What Chromium still fetches for itself despite the switches above (network time, component
 * and extension updates, account cookies). These hosts are excluded from the proxy's
 * allow-check only; the browser witness below must still see none of them from a page, a frame
 * or the extension, and no request of any kind may carry the typed text.
 */
const BROWSER_SERVICE_HOSTS = ['clients2.google.com', 'update.googleapis.com', 'accounts.google.com', 'redirector.gvt1.com'];

const hostOf = (r: { method: string; url: string }): string =>
  r.method === 'CONNECT' ? r.url.replace(/:\d+$/, '') : (URL.parse(r.url)?.hostname ?? r.url);

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

describe('no text leaves the browser', () => {
  let h: Harness;
  let proxy: LoggingProxy;
  let rules: RuleSetHost;
  /** Requests of pages, frames, extension pages and the service worker, seen by Playwright. */
  const observed: Array<{ url: string; fromWorker: boolean; postData: string }> = [];
  let publicJwk: unknown;

  beforeAll(async () => {
    proxy = await startLoggingProxy();
    rules = await startRuleSetHost();
    const keys = await generateRuleSetKeys();
    // The bundled standard republished with a higher version: accepted, and the checks stay the same.
    rules.publish(await signRuleSet({ ...structuredClone(BUNDLED_RULE_SET), version: '999.0.0' }, keys.privateJwk));
    h = await launch({ args: [...proxy.args, ...QUIET_BROWSER] });
    h.context.on('request', (r: Request) =>
      observed.push({ url: r.url(), fromWorker: r.serviceWorker() !== null, postData: r.postData() ?? '' }),
    );
    publicJwk = keys.publicJwk;

  });
  afterAll(async () => {
    await h?.close();
    await proxy?.close();
    await rules?.close();
  });

  it('types personal data into every fixture editor; only the pages and the rule set go over the network', async () => {
    // Pilot mode through the options page, as a pilot user sets it up.
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
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
      const page = await h.openFixture(name);
      await waitForFixtureReady(page);
      let typed = 0;
      for (const frame of page.frames()) {
        for (const editable of await editablesIn(frame)) {
          await editable.click();
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
        const panel = await h.openSidePanel(tabId);
        await panel.getByTestId('finding-personvern.fodselsnummer').first().waitFor({ timeout: 20_000 });
        await panel.close();
        checkedPages.push(name);
      }
      await page.close();
    }
    // Sanity: most fixtures hold an editor (a broken selector must not turn this into a no-op).
    expect(checkedPages.length, `pages typed into: ${checkedPages.join(', ')}`).toBeGreaterThanOrEqual(pages.length - 1);

    // The extension's rule-set fetch: seen by the host, by the proxy and by Playwright in the worker.
    expect(rules.fetches).toBeGreaterThan(0);
    expect(proxy.seen.some((r) => r.url === rules.url)).toBe(true);
    expect(observed.some((r) => r.fromWorker && r.url === rules.url)).toBe(true);

    // Witness 1, the proxy: nothing but the fixture server and the rule-set host, no tunnels.
    const allowed = [new URL(h.server.url).origin, new URL(rules.url).origin];
    const foreign = proxy.seen.filter(
      (r) => !BROWSER_SERVICE_HOSTS.includes(hostOf(r)) && (r.method === 'CONNECT' || !allowed.some((o) => r.url.startsWith(`${o}/`))),
    );
    expect(foreign.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    // The rule-set host only ever gets the rule-set URL (no query carrying anything).
    const toRuleHost = proxy.seen.filter((r) => r.url.startsWith(`${new URL(rules.url).origin}/`));
    expect(new Set(toRuleHost.map((r) => `${r.method} ${r.url}`))).toEqual(new Set([`GET ${rules.url}`]));
    // Nothing typed appears in any URL or body that passed the proxy.
    expect(proxy.seen.flatMap((r) => needlesIn(`${r.url}\n${r.body}`))).toEqual([]);

    // Witness 2, the browser: the worker fetched the rule set and nothing else from the network.
    const workerNetwork = observed.filter((r) => r.fromWorker && !r.url.startsWith(`chrome-extension://${h.extensionId}/`));
    expect(new Set(workerNetwork.map((r) => r.url))).toEqual(new Set([rules.url]));
    const pageNetwork = observed.filter(
      (r) => !r.url.startsWith(`chrome-extension://${h.extensionId}/`) && !r.url.startsWith('data:') && !r.url.startsWith('blob:'),
    );
    expect(pageNetwork.filter((r) => !allowed.some((o) => r.url.startsWith(`${o}/`))).map((r) => r.url)).toEqual([]);
    // The pages' and the extension's own requests: plenty (so the witness was listening), all local.
    expect(pageNetwork.length).toBeGreaterThan(pages.length);
    expect(observed.flatMap((r) => needlesIn(`${r.url}\n${r.postData}`))).toEqual([]);
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

  it('keeps the MV3 content security policy (script-src \'self\', no eval, no remote hosts)', () => {
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
