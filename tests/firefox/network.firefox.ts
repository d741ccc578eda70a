// Text never leaves the browser, in Firefox too. A reply full of personal data is typed into a
// textarea, a contenteditable and Quill, and the panel and options pages are opened, while two
// witnesses watch:
//   1. a logging proxy outside the browser that Firefox sends every request through, loopback
//      included (network.proxy.allow_hijacking_localhost);
//   2. WebDriver BiDi's network.beforeRequestSent for every browsing context (puppeteer subscribes
//      the session globally), each request attributed to the context that made it: a fixture page
//      or an extension page. Firefox gives BiDi no context for the add-on's background page, so
//      its requests (the rule-set fetch) are seen by the proxy only — which is why the proxy is
//      the witness that must see the rule-set fetch.
// The rule set is configured the way IT does it (policies.json) on a local host. What the proxy
// sees must be the fixture pages the test opened, and the configured rule-set URL, and nothing
// else: Firefox's own background traffic is switched off by the harness's QUIET_FIREFOX_PREFS, so
// anything else is a failure to look at, not noise. No request may carry the typed text.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRuleSetKeys, signRuleSet } from '../../rules/ruleset/signing.ts';
import { BUNDLED_RULE_SET } from '../../rules/standard/index.ts';
import { needlesIn, SECRET_REPLY, startLoggingProxy, startRuleSetHost, type LoggingProxy, type RuleSetHost } from '../e2e/trust-witness.ts';
import { firefoxWithPolicies, type PolicyInstall } from './firefox-install.ts';
import { addonId, launchFirefox, REMOTE_SETTINGS_OFF, until, type FirefoxHarness } from './harness.ts';

interface BidiRequest {
  context: string | null;
  url: string;
  method: string;
}

/** The session's raw WebDriver BiDi events (puppeteer's connection; all modules are subscribed). */
interface BidiConnection {
  on(event: 'network.beforeRequestSent', handler: (e: { context: string | null; request: { url: string; method: string } }) => void): void;
}

describe('no text leaves Firefox', () => {
  let proxy: LoggingProxy;
  let rules: RuleSetHost;
  let install: PolicyInstall;
  let h: FirefoxHarness;
  const bidi: BidiRequest[] = [];
  /** BiDi context id → the page the test opened there (fixture or extension page). */
  const contexts = new Map<string, { kind: 'fixture' | 'extension'; page: Page }>();

  const track = async (kind: 'fixture' | 'extension', page: Page) => {
    const id = (page.mainFrame() as unknown as { _id: string })._id;
    contexts.set(id, { kind, page });
    return page;
  };

  beforeAll(async () => {
    proxy = await startLoggingProxy();
    rules = await startRuleSetHost();
    const keys = await generateRuleSetKeys();
    rules.publish(await signRuleSet({ ...structuredClone(BUNDLED_RULE_SET), version: '999.0.0' }, keys.privateJwk));
    install = firefoxWithPolicies({
      policies: { '3rdparty': { Extensions: { [addonId()]: { ruleSetUrl: rules.url, trustedKeys: [JSON.stringify(keys.publicJwk)] } } } },
    });
    h = await launchFirefox({
      executablePath: install.executablePath,
      prefs: {
        // Every request through the logging proxy, plain and TLS, loopback included.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        // Except Remote Settings, pointed by the harness at a closed loopback port: refused on
        // the spot, it never leaves the machine (QUIET_FIREFOX_PREFS).
        'network.proxy.no_proxies_on': new URL(REMOTE_SETTINGS_OFF).host,
        'network.proxy.allow_hijacking_localhost': true,
      },
    });
    (h.browser as unknown as { connection: BidiConnection }).connection.on('network.beforeRequestSent', (e) => {
      bidi.push({ context: e.context, url: e.request.url, method: e.request.method });
    });
  });
  afterAll(async () => {
    await h?.close();
    install?.close();
    await rules?.close();
    await proxy?.close();
  });

  it('sends nothing but the configured rule-set fetch while replies with personal data are written', async () => {
    // The rule set from the policy is fetched (by the background) before anything is typed.
    await until('the rule-set fetch through the proxy', async () => proxy.seen.some((r) => r.url === rules.url));

    const textarea = await track('fixture', await h.openFixture('tracking.html'));
    await textarea.click('#plain');
    await textarea.keyboard.type(SECRET_REPLY);
    await textarea.click('#ce');
    await textarea.keyboard.type(SECRET_REPLY);
    const quill = await track('fixture', await h.openFixture('editors/quill.html'));
    await quill.waitForFunction(() => (window as unknown as { __fixture?: { ready?: boolean } }).__fixture?.ready === true);
    await quill.click('#svar-mount .ql-editor > p');
    await quill.keyboard.type(SECRET_REPLY);
    for (const page of [textarea, quill]) {
      const tabId = await h.tabIdOf(page);
      // Checked in full: the personal data was found (so the text reached the engine) …
      await h.waitForTabState(
        tabId,
        (s) => s.result.metrics.characters === SECRET_REPLY.length && s.result.findings.some((f) => f.category === 'personal-data'),
      );
      // … and the panel and the options page showed it and the rule-set status.
      const panel = await track('extension', await h.openExtensionPage(`sidepanel.html?tab=${tabId}`));
      await panel.waitForSelector('[data-testid^="finding-personvern"]');
    }
    await track('extension', await h.openExtensionPage('options.html'));

    const fixtureOrigin = new URL(h.server.url).origin;
    // Witness 1, the proxy: the fixture pages and their scripts, and the rule set. Nothing else.
    const unexpected = proxy.seen.filter((r) => r.url !== rules.url && !r.url.startsWith(`${fixtureOrigin}/`));
    expect(unexpected, 'requests through the proxy that are neither the pages nor the rule set').toEqual([]);
    const ruleSetRequests = proxy.seen.filter((r) => r.url.startsWith(new URL(rules.url).origin));
    expect(ruleSetRequests.every((r) => r.method === 'GET' && r.body === '')).toBe(true);

    // Witness 2, BiDi, per context: fixture pages ask their own origin only; the extension's pages ask nothing of the network.
    const network = bidi.filter((r) => /^(https?|wss?):/.test(r.url));
    expect(network.length, 'BiDi saw the fixture pages load').toBeGreaterThan(0);
    for (const r of network) {
      const owner = r.context ? contexts.get(r.context) : undefined;
      if (owner?.kind === 'extension') throw new Error(`An extension page requested ${r.url}`);
      if (owner?.kind === 'fixture') expect(r.url.startsWith(`${fixtureOrigin}/`), `${r.url} from a fixture page`).toBe(true);
      // A request of no context the test opened (a content script's own fetch would show under the page's context).
      else expect(r.url === rules.url || r.url.startsWith(`${fixtureOrigin}/`), `${r.url} from context ${r.context}`).toBe(true);
    }

    // Nothing typed travels anywhere, in a URL or a body.
    for (const r of proxy.seen) expect(needlesIn(`${r.url}\n${r.body}`), r.url).toEqual([]);
    for (const r of network) expect(needlesIn(r.url), r.url).toEqual([]);
  });
});
