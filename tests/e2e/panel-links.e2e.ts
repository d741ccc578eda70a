// The links between the side panel and the page. "Vis i teksten" in the panel (and
// Alt+J in the editor) scrolls the finding's words into view — inside the scrolling field, not
// just the field into the window — and selects them; the popover's "Mer i sidepanelet" opens
// the panel at that finding.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { launch, type Harness } from './harness.ts';
import { findPopover, wordBox, type Box } from './underlines.ts';

// Functions passed to inWorker() run in the extension's service worker.
declare const chrome: Pick<typeof Browser, 'storage'>;

const RULE = 'klarsprak.vedrorende';
/** A long reply whose only finding, «Vedrørende», is on its second-to-last line. */
const LONG_REPLY = [
  'Hei Kari!',
  ...Array.from({ length: 60 }, (_, i) => `Linje ${i + 1}: Vi har lest meldingen din og ser på saken.`),
  'Vedrørende tegningene dine: vi har fått dem.',
  'Vennlig hilsen Ola, Byggesak',
].join('\n');

/** The part of the field where its text shows (inside borders, without scrollbars), in the viewport. */
function visibleBoxOf(field: Locator): Promise<Box> {
  return field.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const top = Math.max(0, r.top + el.clientTop);
    const left = Math.max(0, r.left + el.clientLeft);
    return {
      left,
      top,
      right: Math.min(window.innerWidth, r.left + el.clientLeft + el.clientWidth),
      bottom: Math.min(window.innerHeight, r.top + el.clientTop + el.clientHeight),
    };
  });
}

function inside(inner: Box, outer: Box): boolean {
  return inner.left >= outer.left - 1 && inner.right <= outer.right + 1 && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
}

async function wordShows(page: Page, field: Locator): Promise<boolean> {
  let word: Box;
  try {
    word = await wordBox(page, field, 'Vedrørende');
  } catch {
    // wordBox checks its box with the browser's hit testing, which finds nothing off-screen.
    return false;
  }
  return inside(word, await visibleBoxOf(field));
}

/** The selected text: the textarea's selection, or the document's. */
function selectedText(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    el instanceof HTMLTextAreaElement ? el.value.slice(el.selectionStart, el.selectionEnd) : (document.getSelection()?.toString() ?? ''),
  );
}

describe('side panel ↔ page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Opens the fixture with LONG_REPLY as a draft in `id`, focuses the field at its top and waits for the check. */
  async function draft(id: 'ta' | 'ce'): Promise<{ page: Page; field: Locator; tabId: number }> {
    const page = await h.openFixture('long-reply.html');
    await page.evaluate(({ id, text }) => (window as unknown as { __fill(id: string, text: string): void }).__fill(id, text), { id, text: LONG_REPLY });
    const field = page.locator(`#${id}`);
    await field.click({ position: { x: 30, y: 12 } });
    const tabId = await h.tabIdOf(page);
    await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === RULE));
    return { page, field, tabId };
  }

  for (const id of ['ce', 'ta'] as const) {
    const what = id === 'ce' ? 'a scrolling contenteditable' : 'a textarea';

    it(`"Vis i teksten" scrolls the words into view inside ${what} and selects them`, async () => {
      const { page, field, tabId } = await draft(id);
      // The words start out of sight, far down in the field.
      expect(await wordShows(page, field)).toBe(false);

      const panel = await h.openSidePanel(tabId);
      await panel.getByTestId(`finding-${RULE}`).getByRole('button', { name: 'Vis i teksten' }).click();
      await expect.poll(() => selectedText(field), { timeout: 10_000 }).toBe('Vedrørende');
      expect(await wordShows(page, field)).toBe(true);
      await panel.close();
      await page.close();
    });
  }

  it('Alt+J brings the next finding into view inside a scrolling contenteditable', async () => {
    const { page, field } = await draft('ce');
    expect(await wordShows(page, field)).toBe(false);
    await page.keyboard.press('Alt+KeyJ');
    expect(await findPopover(page)).not.toBeNull();
    expect(await selectedText(field)).toBe('Vedrørende');
    expect(await wordShows(page, field)).toBe(true);
    await page.close();
  });

  it('"Mer i sidepanelet" in the popover opens the panel at that finding', async () => {
    const { page, tabId } = await draft('ta');
    // The panel is open before the click: a real click may also make the browser open its own
    // panel, which takes the request once; an open panel sees the request as it is written,
    // whichever panel takes it first.
    const panel = await h.openSidePanel(tabId);
    const card = panel.getByTestId(`finding-${RULE}`);
    await card.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await card.evaluate((el) => el.contains(document.activeElement))).toBe(false);
    // The worker records the request as it is written (a panel removes it once it has used it).
    await h.inWorker((key: string) => {
      const g = globalThis as { __focusRequests?: unknown[] };
      g.__focusRequests = [];
      chrome.storage.session.onChanged.addListener((changes) => {
        if (changes[key]?.newValue) g.__focusRequests!.push(changes[key].newValue);
      });
    }, `focus:${tabId}`);
    await page.bringToFront();
    await page.keyboard.press('Alt+KeyJ');
    const popover = await findPopover(page);
    expect(popover).not.toBeNull();
    await popover!.click('panel');
    // The request names the finding by rule and span, never by its id (which carries a hash of
    // the flagged words).
    const recorded = () => h.inWorker(() => (globalThis as { __focusRequests?: unknown[] }).__focusRequests ?? []);
    await expect.poll(async () => (await recorded()).length, { timeout: 10_000 }).toBeGreaterThan(0);
    const request = (await recorded())[0] as Record<string, unknown>;
    expect(Object.keys(request).sort()).toEqual(['at', 'end', 'fieldKey', 'ruleId', 'start']);
    expect(request.ruleId).toBe(RULE);
    await expect.poll(() => card.evaluate((el) => el.contains(document.activeElement)), { timeout: 10_000 }).toBe(true);
    // The request is used once: the panel opened again later starts at its top as usual.
    await panel.reload();
    await card.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await card.evaluate((el) => el.contains(document.activeElement))).toBe(false);
    await panel.close();
    await page.close();
  });
});
