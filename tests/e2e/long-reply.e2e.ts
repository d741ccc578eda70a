// Issue 4: "on very long texts only what is visible is drawn". A reply with far more findings
// than are drawn at a time (MAX_ITEMS, 300) must still show underlines wherever the user looks:
// the drawn ones are those in view, picked again as the field scrolls — not the first 300.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness.ts';
import { expectUnderlineOver, underlineBoxes, wordBox } from './underlines.ts';

const LINES = 400;
/** 800 findings: «Vedrørende» and «samt» on every line. */
const LONG_REPLY = 'Hei.\n' + Array.from({ length: LINES }, () => 'Vedrørende saken samt kart.').join('\n');

async function waitForUnderlineOn(page: Page, field: Locator, word: string, occurrence: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      expectUnderlineOver(await wordBox(page, field, word, occurrence), await underlineBoxes(page), 'clarity', `«${word}» #${occurrence}`);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

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
});
