// "on very long texts only what is visible is drawn". A reply with far more findings
// than are drawn at a time (MAX_ITEMS, 300) must still show underlines wherever the user looks:
// the drawn ones are those in view, picked again as the field scrolls — not the first 300.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness.ts';
import { underlineBoxes, waitForUnderlineOver } from './underlines.ts';
import { inContentWorld, type ContentInspection } from './content-world.ts';

const LINES = 400;
/** 800 findings: «Vedrørende» and «samt» on every line. */
const LONG_REPLY = 'Hei.\n' + Array.from({ length: LINES }, () => 'Vedrørende saken samt kart.').join('\n');

/** Waits until the `occurrence`-th «word» in the field is underlined (clarity) where it is drawn. */
const waitForUnderlineOn = (page: Page, field: Locator, word: string, occurrence: number) =>
  waitForUnderlineOver(page, field, word, 'clarity', 15_000, occurrence);

describe('very long replies', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const id of ['ta', 'ce'] as const) {
    it(`underlines the findings in view at the end of a reply with 800 findings (${id === 'ta' ? 'textarea' : 'contenteditable'})`, async () => {
      const page = await h.openFixture('long-reply.html');
      await page.evaluate(({ id, text }) => (window as unknown as { __fill(id: string, text: string): void }).__fill(id, text), { id, text: LONG_REPLY });
      const field = page.locator(`#${id}`);
      await field.click({ position: { x: 30, y: 12 } });
      const tabId = await h.tabIdOf(page);
      await h.waitForTabState(tabId, (s) => s.result.findings.filter((f) => f.ruleId === 'klarsprak.samt').length === LINES);
      await waitForUnderlineOn(page, field, 'Vedrørende', 0);

      // Scroll to the end: the last lines' findings (numbers 799 and 800) get their underlines.
      await field.evaluate((el) => {
        el.scrollTop = el.scrollHeight;
      });
      await waitForUnderlineOn(page, field, 'Vedrørende', LINES - 1);
      await waitForUnderlineOn(page, field, 'samt', LINES - 1);
      // And never more than the budget at a time.
      const drawn = new Set((await underlineBoxes(page)).map((b) => b.key)).size;
      expect(drawn).toBeGreaterThan(0);
      expect(drawn).toBeLessThanOrEqual(300);
      await page.close();
    });
  }

  it('lays a 1 MB reply in a textarea out only as far as the view, and underlines wherever the user scrolls in the checked part', async () => {
    // Measuring underlines must not lay out the whole reply (Chromium's own layout of
    // 1 MB takes hundreds of ms). The mirror that measures a textarea's words holds the text up
    // to the view, and edits replace only what changed in it (docs/content-script.md).
    const page = await h.openFixture('long-reply.html');
    const line = 'Vedrørende saken samt kart.';
    const text = Array.from({ length: Math.ceil(1_000_000 / (line.length + 1)) }, () => line).join('\n');
    await page.evaluate(({ text }) => (window as unknown as { __fill(id: string, text: string): void }).__fill('ta', text), { text });
    const mirrored = () =>
      inContentWorld(page, () => {
        const root = (globalThis as { svarhjelpInspect?: ContentInspection }).svarhjelpInspect!.overlayRoots()[0];
        const mirror = [...(root?.children ?? [])].find((el) => el.getAttribute('aria-hidden') === 'true');
        return mirror?.textContent?.length ?? -1;
      }).then((n) => n ?? -1);
    const field = page.locator('#ta');
    await field.click({ position: { x: 30, y: 12 } });
    const tabId = await h.tabIdOf(page);
    await h.waitForTabState(tabId, (s) => s.result.truncatedAt !== undefined);
    await waitForUnderlineOn(page, field, 'Vedrørende', 0);
    await waitForUnderlineOn(page, field, 'samt', 2);
    // At the top, a few thousand characters of the 1 MB are laid out for measuring.
    expect(await mirrored()).toBeGreaterThan(0);
    expect(await mirrored()).toBeLessThan(20_000);

    // Far down in the checked part (the first 100,000 characters): underlines there too.
    const target = 3_000;
    await field.evaluate((el, target) => {
      el.scrollTop = (target - 2) * parseFloat(getComputedStyle(el).lineHeight);
    }, target);
    await waitForUnderlineOn(page, field, 'Vedrørende', target);
    await waitForUnderlineOn(page, field, 'samt', target + 1);
    const deep = await mirrored();
    expect(deep).toBeGreaterThan(target * (line.length + 1));
    expect(deep).toBeLessThan(250_000);

    // Typing down there, in the middle of the mirrored text: the words after the caret move, and
    // their underlines land on them, the line typed in and the next one alike.
    await field.evaluate((el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at), target * (line.length + 1));
    await page.keyboard.type('Ja. ');
    await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === 'klarsprak.vedrorende' && f.start === target * (line.length + 1) + 4));
    await waitForUnderlineOn(page, field, 'Vedrørende', target);
    await waitForUnderlineOn(page, field, 'samt', target);
    await waitForUnderlineOn(page, field, 'samt', target + 1);

    // Beyond the checked part nothing is measured further, however far the user scrolls.
    // The scroll event reaches our listener, and its redraw runs in the next animation frame.
    await field.evaluate(
      (el) =>
        new Promise<void>((resolve) => {
          el.addEventListener('scroll', () => requestAnimationFrame(() => requestAnimationFrame(() => resolve())), { once: true });
          el.scrollTop = el.scrollHeight;
        }),
    );
    expect(await mirrored()).toBeLessThan(250_000);

    // Back at the top, typing: the underlines follow, and the mirror shrinks to the view again.
    await field.evaluate((el: HTMLTextAreaElement) => {
      el.scrollTop = 0;
      el.setSelectionRange(0, 0);
    });
    await page.keyboard.type('Hei! ');
    await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === 'klarsprak.vedrorende' && f.start === 5));
    await waitForUnderlineOn(page, field, 'Vedrørende', 0);
    await expect.poll(mirrored, { timeout: 10_000 }).toBeLessThan(20_000);
    await page.close();
  });
});
