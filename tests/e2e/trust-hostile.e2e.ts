// Hostile pages. The quoted inquiry of tests/e2e/fixtures/hostile.html holds
// markup-as-text (<img onerror>, <script>), javascript: links and elements that look like the
// extension's own (<svarhjelp-popover>, data-svarhjelp-underline, a fake finding); the user's
// reply holds such text too. No script may run in the page or the side panel because of the
// extension (window.__svarhjelpPwned stays unset), the panel shows such text only as text, and
// the page cannot drive the extension with window.postMessage.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { launch, type Harness } from './harness.ts';
import { findPopover, underlineBoxes, underlinedFindings } from './underlines.ts';
import { highlighted } from './inline.ts';

declare const chrome: Pick<typeof Browser, 'runtime'>;

const PAYLOAD_REPLY =
  `Hei <img src=x onerror="window.__svarhjelpPwned='reply-img'">! <script>window.__svarhjelpPwned='reply-script'</script> ` +
  `Vedrørende saken din: fødselsnummer 13097248022. Se [lenke](javascript:window.__svarhjelpPwned='reply-md') <b onmouseover="window.__svarhjelpPwned='b'">NÅ</b>.`;

const pwned = (page: Page) => page.evaluate(() => (window as { __svarhjelpPwned?: string }).__svarhjelpPwned ?? null);

describe('hostile pages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('runs no script from the inquiry or the reply in the page, the popover or the side panel', async () => {
    const page = await h.openFixture('hostile.html');
    // The page's own markup does run (the witness is live), the extension's must not.
    await expect.poll(() => page.evaluate(() => (window as { __pageOwn?: boolean }).__pageOwn === true)).toBe(true);
    const fakes = () =>
      page.evaluate(() => ['fake-popover', 'fake-underline', 'fake-finding', 'fake-overlay'].map((id) => document.getElementById(id)?.outerHTML));
    const fakesBefore = await fakes();

    await page.locator('#reply').click();
    await page.keyboard.type(PAYLOAD_REPLY);
    const tabId = await h.tabIdOf(page);
    const state = await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === 'personvern.fodselsnummer'));
    // The quote (with its fake underline "Vedrørende") is context, not reply: the check saw the reply.
    expect(state.result.findings.length).toBeGreaterThan(0);

    // Open the extension's popover over a finding: it renders rule text, never markup from the page.
    // The worker holds the result before the page has drawn it: wait for the underlines, then ask
    // again if a first Alt+J came before the content script had its findings.
    await expect.poll(async () => underlinedFindings(await underlineBoxes(page)), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.locator('#reply').click();
    let popover = null;
    for (let attempt = 0; attempt < 5 && !popover; attempt++) {
      await page.keyboard.press('Alt+KeyJ');
      popover = await findPopover(page);
    }
    expect(popover, 'the extension’s own popover opens despite the fake <svarhjelp-popover>').not.toBeNull();
    expect(await popover!.count('img, script, iframe, object, [onerror], [onclick], a[href^="javascript:"]')).toBe(0);
    await page.keyboard.press('Escape');

    const panel = await h.openSidePanel(tabId);
    await panel.getByTestId('finding-personvern.fodselsnummer').first().waitFor({ timeout: 20_000 });
    // Expand every finding's details so advice (markdown) is rendered too.
    for (const button of await panel.locator('button[aria-expanded="false"]').all()) await button.click({ timeout: 1_000 }).catch(() => {});
    const panelDom = await panel.evaluate(() => ({
      dangerous: Array.from(document.querySelectorAll('img, script:not([src]), iframe, object, embed, [onerror], [onload], [onclick], [onmouseover]')).map(
        (e) => e.outerHTML.slice(0, 200),
      ),
      jsLinks: Array.from(document.querySelectorAll('a[href]'))
        .map((a) => a.getAttribute('href')!)
        .filter((href) => /^\s*javascript:/i.test(href)),
    }));
    expect(panelDom.dangerous).toEqual([]);
    expect(panelDom.jsLinks).toEqual([]);

    // Hover everything that was rendered; nothing may fire.
    await page.bringToFront();
    await page.locator('#body').hover();
    expect(await pwned(page)).toBeNull();
    expect(await pwned(panel)).toBeNull();
    // The page's look-alike elements are left alone (the extension neither uses nor removes them).
    expect(await fakes()).toEqual(fakesBefore);
    await panel.close();
    await page.close();
  });

  it('cannot be driven by the page: window.postMessage in our message shapes reaches nothing', async () => {
    const page = await h.openFixture('hostile.html');
    await page.locator('#reply').click();
    await page.keyboard.type('Vedrørende saken din.');
    const tabId = await h.tabIdOf(page);
    // The whole reply checked (to its final point): no later check replaces the findings meanwhile.
    await h.waitForTabState(
      tabId,
      (s) => s.result.metrics.characters === 'Vedrørende saken din.'.length && s.result.findings.some((f) => f.ruleId === 'klarsprak.vedrorende'),
    );
    const finding = (await h.waitForTabState(tabId, () => true)).result.findings.find((f) => f.ruleId === 'klarsprak.vedrorende')!;
    const before = await page.locator('#reply').innerText();

    // Count what reaches the background from now on.
    await h.inWorker(() => {
      const g = globalThis as { __seen?: unknown[] };
      g.__seen = [];
      chrome.runtime.onMessage.addListener((message: unknown, sender: { tab?: { id?: number } }) => {
        g.__seen!.push({ message, tab: sender.tab?.id });
      });
    });
    // Shapes our messaging uses (@webext-core/messaging: { id, type, data, timestamp }), bare ones,
    // and the window-messaging variant, posted to the page's own window and to its frames.
    await page
      .evaluate(
        ({ fieldKey, findingId }) => {
          const shapes = [
            { id: 1, type: 'applySuggestion', data: { fieldKey, findingId, suggestion: 'PWNED' }, timestamp: Date.now() },
            { type: 'applySuggestion', data: { fieldKey, findingId, suggestion: 'PWNED' } },
            { id: 2, type: 'checkText', data: { text: 'Vedrørende', fieldKey, seq: 999 }, timestamp: Date.now() },
            { id: 3, type: 'revealFinding', data: { fieldKey, findingId }, timestamp: Date.now() },
            { id: 4, type: 'openSidePanel', data: { fieldKey, findingId }, timestamp: Date.now() },
            { id: 5, type: 'refreshRuleSet', data: undefined, timestamp: Date.now() },
            { namespace: 'svarhjelp', message: { type: 'applySuggestion', data: { fieldKey, findingId, suggestion: 'PWNED' } } },
          ];
          for (const shape of shapes) {
            window.postMessage(shape, '*');
            window.postMessage(JSON.stringify(shape), '*');
          }
          document.dispatchEvent(new CustomEvent('svarhjelp:applySuggestion', { detail: { fieldKey, findingId, suggestion: 'PWNED' } }));
          // No extension API is exposed to the page (no externally_connectable).
          return typeof (window as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage;
        },
        { fieldKey: (await h.waitForTabState(tabId, () => true)).fieldKey, findingId: finding.id },
      )
      .then((sendMessage) => expect(sendMessage).toBe('undefined'));

    // A real keystroke afterwards: its check is the first thing the background hears, so
    // anything the posts had triggered would have arrived before it.
    await page.locator('#reply').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Takk.');
    await expect.poll(() => h.inWorker(() => ((globalThis as { __seen?: unknown[] }).__seen ?? []).length), { timeout: 20_000 }).toBeGreaterThan(0);
    const seen = await h.inWorker(
      () => (globalThis as { __seen?: Array<{ message: { type?: string; data?: { seq?: number; text?: string } } }> }).__seen ?? [],
    );
    expect(seen.map((s) => s.message.type)).toEqual(seen.map(() => 'checkText'));
    expect(seen.some((s) => s.message.data?.seq === 999)).toBe(false);
    expect(await page.locator('#reply').innerText()).toContain(before.trim());
    expect(await page.locator('#reply').innerText()).not.toContain('PWNED');
    await page.close();
  });

  it('cannot press the popover’s buttons: a page script finds no way into its closed shadow root, and its clicks and keys change nothing', async () => {
    const page = await h.openFixture('hostile.html');
    await page.locator('#reply').click();
    await page.keyboard.type('Vedrørende saken din.');
    const tabId = await h.tabIdOf(page);
    // The whole reply checked (to its final point): a check of a shorter prefix still on its way
    // would replace the findings, and close the popover, after Alt+J.
    await h.waitForTabState(
      tabId,
      (s) => s.result.metrics.characters === 'Vedrørende saken din.'.length && s.result.findings.some((f) => f.ruleId === 'klarsprak.vedrorende'),
    );
    await page.keyboard.press('Alt+KeyJ');
    // Ours, not the page's look-alikes (the fixture has a visible fake <svarhjelp-popover> dialog).
    const popover = (await findPopover(page))!;
    expect(popover).not.toBeNull();
    expect((await popover.buttons()).filter((b) => b.action === 'apply').map((b) => b.text)).toEqual(['Om']);
    const before = await page.locator('#reply').innerText();

    // The page looks for our popover's buttons every way it can, presses whatever it finds (el.click(),
    // a dispatched click, Enter and Space) and sends Escape and clicks to the hosts themselves.
    const reached = await page.evaluate(() => {
      // Ours hangs off <html>; the fixture's look-alikes sit in its body.
      const hosts = [...document.querySelectorAll('svarhjelp-popover')].filter((e) => e.parentElement === document.documentElement);
      const buttons = hosts.flatMap((host) => [...(host.shadowRoot?.querySelectorAll<HTMLButtonElement>('button') ?? [])]);
      for (const button of buttons) {
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
        for (const key of ['Enter', ' ']) button.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      }
      for (const host of hosts) {
        (host as HTMLElement).click();
        host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
        host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
      // A synthetic Alt+J in the editor does not move the selection to another finding either.
      document.getElementById('reply')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', code: 'KeyJ', altKey: true, bubbles: true, composed: true }));
      return { hosts: hosts.length, roots: hosts.filter((h) => h.shadowRoot !== null).length, buttons: buttons.length };
    });
    // The host is there (it is ours, on the page), but its root and buttons are out of reach.
    expect(reached).toEqual({ hosts: 1, roots: 0, buttons: 0 });
    // Nothing happened: the text is unchanged, the popover still open, the finding still there.
    expect(await page.locator('#reply').innerText()).toBe(before);
    expect(await popover.isVisible()).toBe(true);
    expect(await highlighted(page, 'clarity')).toHaveLength(1);

    // The user's own click on the same button does apply (so the check above could fail).
    await popover.click('apply', 'Om');
    await expect.poll(() => page.locator('#reply').innerText()).toContain('Om saken din.');
    await page.close();
  });

  it('cannot switch coaching off, confuse it or learn the extension id: replays, a forged start handshake and crafted posts change nothing', async () => {
    // The page knows the id (as a page could from the extension store) and listens for it too.
    const page = await h.openFixture(`hostile.html?id=${h.extensionId}`);
    await page.locator('#reply').click();
    await page.keyboard.type('Vedrørende saken din.');
    const tabId = await h.tabIdOf(page);
    await h.waitForTabState(
      tabId,
      (s) => s.result.metrics.characters === 'Vedrørende saken din.'.length && s.result.findings.some((f) => f.ruleId === 'klarsprak.vedrorende'),
    );
    await expect.poll(async () => underlinedFindings(await underlineBoxes(page)), { timeout: 10_000 }).toBe(1);

    // A page listening by name for WXT's start event (named with the id) heard nothing.
    expect(
      await page.evaluate(() => {
        const w = window as unknown as { __seen: Array<{ type: string }>; __named: string[] };
        return w.__seen.filter((e) => w.__named.includes(e.type)).map((e) => e.type);
      }),
    ).toEqual([]);

    // Everything the page could observe so far, then everything it can send back.
    const seenBefore = await page.evaluate(() => JSON.stringify((window as unknown as { __seen: unknown[] }).__seen));
    const replayed = await page.evaluate(() => (window as unknown as { __replayAll(): number }).__replayAll());
    expect(replayed, 'the page saw events to replay (the recorder works)').toBeGreaterThan(10);
    // And once more after the forgeries, in case a reaction to them is itself replayable.
    await page.evaluate(() => (window as unknown as { __replayAll(): number }).__replayAll());
    const mark = await page.evaluate(() => (window as unknown as { __seen: unknown[] }).__seen.length);

    // Coaching continues: a newly typed word is checked and underlined, the old one stays.
    await page.locator('#reply').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Vi svarer snarest.');
    await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === 'frist.vag-tid'));
    await expect.poll(async () => underlinedFindings(await underlineBoxes(page)), { timeout: 10_000 }).toBe(2);
    expect(await page.locator('#reply').innerText()).toBe('Vedrørende saken din. Vi svarer snarest.');

    // Nothing the page saw, apart from its own forgeries, names the extension or its id: not at
    // the script's start, not while the user typed before and after the replays.
    const seenAfter = await page.evaluate((from) => JSON.stringify((window as unknown as { __seen: unknown[] }).__seen.slice(from)), mark);
    expect(seenAfter.length, 'the page saw the later typing (the recorder still works)').toBeGreaterThan(100);
    for (const observed of [seenBefore, seenAfter]) {
      expect(observed.includes(h.extensionId), 'the extension id in what the page saw').toBe(false);
      expect(/chrome-extension:|svarhjelp|wxt/i.test(observed), 'the extension named in what the page saw').toBe(false);
    }
    await page.close();
  });
});
