// Lifecycle: the extension reloaded (or updated) while a page with underlines is open.
// Chrome then orphans the page's content script: it keeps running, but its extension context is
// gone. It must shut down on its own — underlines, popover, overlay and the ::highlight() rules
// it put into the editor's document all go, Alt+J and hover do nothing, no error reaches the
// page — and after the page is reloaded the new script coaches as before, with one set of
// underlines, not two.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launch, type Harness } from './harness.ts';
import { findPopover, REPLY, underlineBoxes, underlinedFindings, waitForUnderlines } from './underlines.ts';

/** What of ours is in the page: underlines, our elements, and our ::highlight() rules. */
async function traces(page: Page): Promise<{ underlines: number; hosts: string[]; highlightSheets: number; highlightRanges: number }> {
  const underlines = underlinedFindings(await underlineBoxes(page));
  // Read by the page itself: our highlight names are random per load, so any ::highlight() rule
  // and any registered highlight counts (the fixture page registers none of its own).
  const dom = await page.evaluate(() => {
    const hosts = [...document.querySelectorAll('svarhjelp-overlay, svarhjelp-popover')].map((e) => e.localName);
    const highlightSheets = document.adoptedStyleSheets.filter((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight('))).length;
    let highlightRanges = 0;
    for (const highlight of CSS.highlights.values()) highlightRanges += highlight.size;
    return { hosts, highlightSheets, highlightRanges };
  });
  return { underlines, ...dom };
}

describe('extension reloaded while a page is open', () => {
  let h: Harness;
  beforeAll(async () => {
    // CDP's Extensions domain loads the built extension again: the same id, a new version of its
    // code — what an update does. (chrome.runtime.reload() from the worker leaves the unpacked
    // extension disabled in headless Chromium once a page has used it.)
    h = await launch({ args: ['--enable-unsafe-extension-debugging'] });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the old content script removes everything it showed and stops; a page reload coaches again', async () => {
    const page = await h.openFixture('tracking.html');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      // The demo server has no favicon; Chromium's 404 for it is not ours.
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
        errors.push(`console: ${message.text()} at ${message.location().url}`);
    });

    // Underlines in a textarea (overlay) and then in a contenteditable (highlights + stylesheet).
    await h.typeInto(page, '#plain', REPLY);
    await waitForUnderlines(page, 3);
    await h.typeInto(page, '#ce', REPLY);
    await waitForUnderlines(page, 3);
    // Alt+J opens the popover; Escape closes it and gives the editor its focus back.
    await page.keyboard.press('Alt+KeyJ');
    expect(await findPopover(page)).not.toBeNull();
    await page.keyboard.press('Escape');
    const before = await traces(page);
    expect(before.underlines).toBe(3);
    expect(before.highlightSheets).toBe(1);
    expect(before.hosts.sort()).toEqual(['svarhjelp-overlay', 'svarhjelp-popover']);

    // Reload (update) the extension while the page stays open; its old service worker goes.
    const ours = (w: { url(): string }) => w.url().startsWith(`chrome-extension://${h.extensionId}/`);
    const oldWorker = h.context.serviceWorkers().find(ours) ?? (await h.context.waitForEvent('serviceworker', { predicate: ours }));
    const closed = new Promise((resolve) => oldWorker.once('close', resolve));
    const cdp = await h.context.browser()!.newBrowserCDPSession();
    const loaded = (await cdp.send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never)) as { id: string };
    expect(loaded.id).toBe(h.extensionId);
    await cdp.detach();
    await closed;

    // Without anything else happening in the page, the orphan clears up after itself.
    await expect.poll(() => traces(page), { timeout: 10_000 }).toEqual({ underlines: 0, hosts: [], highlightSheets: 0, highlightRanges: 0 });

    // Alt+J with the focus still in the editor opens nothing.
    await page.keyboard.press('Alt+KeyJ');
    expect(await findPopover(page, 1_000)).toBeNull();

    // Hovering an underlined word and typing do nothing of ours any more; the text is the user's.
    const ce = page.locator('#ce');
    await ce.hover();
    await page.keyboard.press('End');
    await page.keyboard.type(' Vedrørende dette.');
    // A bound, not a wait for a state: this asserts that nothing happens, and the orphan has no
    // state left to wait on. One second is many times the debounce and a check.
    await page.waitForTimeout(1_000);
    expect(await traces(page)).toEqual({ underlines: 0, hosts: [], highlightSheets: 0, highlightRanges: 0 });
    expect(await ce.innerText()).toContain('Vedrørende dette.');
    expect(errors).toEqual([]);

    // After a page reload the new content script coaches as before: one underline per finding.
    await page.reload();
    await h.typeInto(page, '#ce', REPLY);
    await waitForUnderlines(page, 3);
    const after = await traces(page);
    expect(after.highlightRanges).toBe(3);
    expect(after.highlightSheets).toBe(1);
    await page.keyboard.press('Alt+KeyJ');
    expect(await findPopover(page)).not.toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });
});
