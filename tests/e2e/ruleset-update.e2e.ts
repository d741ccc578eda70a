// Publishing rule sets end to end: a local HTTP server serves signed sets; the extension is set
// up in pilot mode through the options page, picks the set up, follows a new version after
// "Oppdater nå" and after the refresh alarm fires, and refuses a tampered version.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson, generateRuleSetKeys, signRuleSet } from '../../rules/ruleset/signing.ts';
import { cloneTestSet, ruleById, TEST_SET_ID } from '../../rules/ruleset/test-fixtures.ts';
import type { RuleSet } from '../../rules/ruleset/types.ts';
import type { RuleSetStatus } from '../../entrypoints/shared/protocol.ts';
import type { Browser } from 'wxt/browser';
import { launch, type Harness } from './harness.ts';
import { expectNoUnderlineIn, underlineBoxes, waitForUnderlineOver, wordBox } from './underlines.ts';

// The service worker's global, for code passed to worker.evaluate().
declare const chrome: Pick<typeof Browser, 'storage' | 'alarms'>;

interface RuleServer {
  url: string;
  publish(body: string): void;
  /** Status codes answered for GET, in order. */
  answers: number[];
  close(): Promise<void>;
}

async function startRuleServer(): Promise<RuleServer> {
  let body = '';
  const answers: number[] = [];
  const server: Server = createServer((req, res) => {
    // The extension fetches cross-origin without host permissions: a static host needs CORS,
    // and exposes ETag so conditional requests work (docs/deployment.md).
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'If-None-Match');
    res.setHeader('Access-Control-Expose-Headers', 'ETag');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) {
      answers.push(304);
      return void res.writeHead(304, { ETag: etag }).end();
    }
    answers.push(200);
    res.writeHead(200, { 'Content-Type': 'application/jose', ETag: etag, 'Cache-Control': 'no-cache' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/regelsett.jws`,
    publish: (text) => void (body = text),
    answers,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const TEXT = 'Hei Kari,\n\nDu får vedtaket samt vedleggene innen fredag 27. november.\n\nVennlig hilsen\nOla';

describe('published rule sets (pilot mode)', () => {
  let h: Harness;
  let rules: RuleServer;
  let keys: Awaited<ReturnType<typeof generateRuleSetKeys>>;

  const sw = async <T>(fn: (arg: any) => T | Promise<T>, arg?: unknown): Promise<T> => {
    const live = h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}/`)) ?? h.serviceWorker;
    return live.evaluate(fn, arg);
  };
  const status = () => sw(async () => (await chrome.storage.local.get('ruleset:status'))['ruleset:status']) as Promise<RuleSetStatus | undefined>;

  function version(v: string, mutate?: (rs: RuleSet) => void): RuleSet {
    const rs = cloneTestSet();
    rs.version = v;
    mutate?.(rs);
    return rs;
  }

  beforeAll(async () => {
    keys = await generateRuleSetKeys();
    rules = await startRuleServer();
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
    await rules?.close();
  });

  it('picks up a signed set, follows v2 after «Oppdater nå» and after the alarm, and refuses a tampered v3', async () => {
    // v1: the test set as is ("samt" is a suggestion).
    rules.publish(await signRuleSet(version('1.0.0'), keys.privateJwk));

    // Pilot mode through the options page.
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.locator('input[name=ruleSetUrl]').fill(rules.url);
    await options.locator('textarea[name=trustedKeys]').fill(JSON.stringify(keys.publicJwk));
    await options.getByTestId('pilot-save').click();
    await expect.poll(async () => (await status())?.active.version, { timeout: 20_000 }).toBe('1.0.0');
    expect((await status())?.active).toMatchObject({ id: TEST_SET_ID, source: 'remote', kid: keys.kid });
    await expect.poll(() => options.getByTestId('active-version').textContent()).toBe('1.0.0');

    const page = await h.openFixture('case-form.html');
    await h.typeInto(page, '#svar', TEXT);
    const tabId = await h.tabIdOf(page);
    const v1 = await h.waitForTabState(tabId, (s) => s.ruleSet.id === TEST_SET_ID && s.result.findings.some((f) => f.ruleId === 'klarsprak.samt'));
    expect(v1.result.findings.find((f) => f.ruleId === 'klarsprak.samt')!.severity).toBe('suggestion');

    // Unchanged on the server: a conditional request answered 304.
    await options.getByTestId('refresh-now').click();
    await expect.poll(async () => (await status())?.lastResult).toBe('unchanged');
    expect(rules.answers.at(-1)).toBe(304);

    // v2 turns "samt" off: after «Oppdater nå» the same text gives no such finding.
    rules.publish(
      await signRuleSet(
        version('2.0.0', (rs) => (ruleById(rs, 'klarsprak.samt').enabled = false)),
        keys.privateJwk,
      ),
    );
    await options.getByTestId('refresh-now').click();
    await expect.poll(() => options.getByTestId('active-version').textContent(), { timeout: 20_000 }).toBe('2.0.0');
    await nudge(page);
    await h.waitForTabState(tabId, (s) => s.ruleSet.version === '2.0.0' && !s.result.findings.some((f) => f.ruleId === 'klarsprak.samt'));

    // v2.1 makes "samt" critical; it arrives when the refresh alarm fires.
    rules.publish(
      await signRuleSet(
        version('2.1.0', (rs) => (ruleById(rs, 'klarsprak.samt').severity = 'critical')),
        keys.privateJwk,
      ),
    );
    const alarm = await sw(() => chrome.alarms.get('svarhjelp-ruleset-refresh'));
    expect(alarm?.periodInMinutes).toBe(15);
    await sw(() => chrome.alarms.create('svarhjelp-ruleset-refresh', { when: Date.now() + 200 }));
    await expect.poll(async () => (await status())?.active.version, { timeout: 30_000 }).toBe('2.1.0');
    await nudge(page);
    const v21 = await h.waitForTabState(tabId, (s) => s.ruleSet.version === '2.1.0' && s.result.findings.some((f) => f.ruleId === 'klarsprak.samt'));
    expect(v21.result.findings.find((f) => f.ruleId === 'klarsprak.samt')!.severity).toBe('critical');

    // A tampered v3 (v2.1's signature on v3's payload) is refused; v2.1 stays.
    const genuine = await signRuleSet(version('2.1.0'), keys.privateJwk);
    const [header, , signature] = genuine.split('.');
    const payload = Buffer.from(canonicalJson(version('3.0.0', (rs) => (rs.rules = rs.rules.filter((r) => r.id !== 'klarsprak.samt'))))).toString('base64url');
    rules.publish(`${header}.${payload}.${signature}`);
    await options.getByTestId('refresh-now').click();
    await expect.poll(async () => (await status())?.lastResult, { timeout: 20_000 }).toBe('failed');
    const after = (await status())!;
    expect(after.active.version).toBe('2.1.0');
    expect(after.lastError).toMatchObject({ code: 'rejected', data: { reason: { code: 'bad-signature' } } });
    await expect.poll(() => options.getByTestId('last-error').textContent()).toMatch(/Signaturen stemmer ikke.*gjelder fortsatt/);
    await nudge(page);
    await h.waitForTabState(
      tabId,
      (s) => s.ruleSet.version === '2.1.0' && s.result.findings.some((f) => f.ruleId === 'klarsprak.samt' && f.severity === 'critical'),
    );
    await closeQuietly(options);
  });

  it('an open page re-checks the reply in focus when another set becomes active, without a keystroke', async () => {
    // Versions above the first test's, so the order of the tests does not matter (no downgrades).
    rules.publish(await signRuleSet(version('4.0.0'), keys.privateJwk));
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.locator('input[name=ruleSetUrl]').fill(rules.url);
    await options.locator('textarea[name=trustedKeys]').fill(JSON.stringify(keys.publicJwk));
    await options.getByTestId('pilot-save').click();
    await options.getByTestId('refresh-now').click();
    await expect.poll(() => options.getByTestId('active-version').textContent(), { timeout: 20_000 }).toBe('4.0.0');

    const page = await h.openFixture('case-form.html');
    await h.typeInto(page, '#svar', TEXT);
    await waitForUnderlineOver(page, page.locator('#svar'), 'samt', 'clarity', 20_000);
    const typed = await page.locator('#svar').inputValue();

    // v5 turns "samt" off: its underline goes away with no keystroke in the page.
    rules.publish(
      await signRuleSet(
        version('5.0.0', (rs) => (ruleById(rs, 'klarsprak.samt').enabled = false)),
        keys.privateJwk,
      ),
    );
    await options.getByTestId('refresh-now').click();
    await expect.poll(() => options.getByTestId('active-version').textContent(), { timeout: 20_000 }).toBe('5.0.0');
    await waitForNoUnderlineOver(page, '#svar', 'samt');

    // v6 turns it on again: the underline comes back, again without typing.
    rules.publish(await signRuleSet(version('6.0.0'), keys.privateJwk));
    await options.getByTestId('refresh-now').click();
    await expect.poll(() => options.getByTestId('active-version').textContent(), { timeout: 20_000 }).toBe('6.0.0');
    await waitForUnderlineOver(page, page.locator('#svar'), 'samt', 'clarity', 20_000);
    expect(await page.locator('#svar').inputValue(), 'nothing was typed in the page').toBe(typed);
    await closeQuietly(options);
  });
});

/** Waits until no underline lies over `word` (the rule that flagged it is gone). */
async function waitForNoUnderlineOver(page: Page, field: string, word: string): Promise<void> {
  await expect
    .poll(
      async () => {
        try {
          expectNoUnderlineIn(await wordBox(page, page.locator(field), word), await underlineBoxes(page), `«${word}»`);
          return 'none';
        } catch (error) {
          return (error as Error).message;
        }
      },
      { timeout: 20_000, message: `the underline over «${word}» goes away` },
    )
    .toBe('none');
}

/** Types a space at the end of the reply so the content script checks again with the new set. */
async function nudge(page: Page) {
  await page.locator('#svar').focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' ');
}

async function closeQuietly(page: Page) {
  await page.close().catch(() => {});
}
