// Underlines stay on their words: typing before a finding, scrolling a long textarea, resizing
// the field, right-aligned text and emoji before a finding. Boxes are checked against the
// browser's own hit testing (caretPositionFromPoint), not against our own mirror.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness.ts';
import { expectOverWord, highlighted, segmentsOf, waitForSegments } from './inline.ts';

const RULE = 'klarsprak.vedrorende';

describe('underlines follow the text', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function valueOf(page: Page, sel: string): Promise<string> {
    return page.locator(sel).inputValue();
  }

  it('draws the underline over the word and keeps it there while typing before it', async () => {
    const page = await h.openFixture('tracking.html');
    await h.typeInto(page, '#plain', 'Hei Kari! Vedrørende søknaden din har vi svart.');
    let [seg] = await waitForSegments(page, RULE);
    expect(seg!.category).toBe('clarity');
    await expectOverWord(page, seg!, await valueOf(page, '#plain'), 'Vedrørende');

    // Type at the start: the underline must move with the word at once, before any new check.
    await page.locator('#plain').press('Control+Home');
    await page.keyboard.type('Takk for brevet. ');
    // One frame for the rAF-batched redraw — far less than the 250 ms debounce of a new check.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    [seg] = await segmentsOf(page, RULE);
    expect(seg).toBeDefined();
    await expectOverWord(page, seg!, await valueOf(page, '#plain'), 'Vedrørende');
    // And after the next check too.
    await page.waitForTimeout(800);
    [seg] = await segmentsOf(page, RULE);
    await expectOverWord(page, seg!, await valueOf(page, '#plain'), 'Vedrørende');
  });

  it('keeps an emoji and æøå before the finding from shifting it', async () => {
    const page = await h.openFixture('tracking.html');
    await h.typeInto(page, '#plain', 'Hei 👋🏽 Åse og Øystein! Vedrørende søknaden.');
    const [seg] = await waitForSegments(page, RULE);
    await expectOverWord(page, seg!, await valueOf(page, '#plain'), 'Vedrørende');
  });

  it('scrolls with a long textarea and draws nothing for findings scrolled out of view', async () => {
    const page = await h.openFixture('tracking.html');
    const lines = Array.from({ length: 60 }, (_, i) => `Linje ${i + 1} i svaret.`);
    lines[2] = 'Vedrørende første sak.';
    lines[50] = 'Vedrørende andre sak.';
    await page.locator('#long').fill(lines.join('\n'));
    await h.typeInto(page, '#long', ' ');
    // Only the first one is in view at the top (lines are 24 px, the field shows about five).
    await page.locator('#long').evaluate((el) => (el.scrollTop = 0));
    await expect.poll(async () => (await segmentsOf(page, RULE)).length, { timeout: 20_000 }).toBe(1);
    const value = await valueOf(page, '#long');
    const [first] = await segmentsOf(page, RULE);
    await expectOverWord(page, first!, value, 'Vedrørende');

    await page.locator('#long').evaluate((el) => (el.scrollTop = 49 * 24));
    // The first finding is scrolled out (no element for it), the second one scrolled in.
    await expect.poll(async () => (await segmentsOf(page, RULE)).map((s) => s.findingId)).toEqual([expect.not.stringMatching(`^${first!.findingId}$`)]);
    const [seg] = await segmentsOf(page, RULE);
    const box = await page.locator('#long').boundingBox();
    expect(seg!.top).toBeGreaterThanOrEqual(box!.y);
    expect(seg!.bottom).toBeLessThanOrEqual(box!.y + box!.height);
    const offset = value.indexOf('Vedrørende andre');
    const mid = await page.evaluate(([x, y]) => (document as any).caretPositionFromPoint(x, y)?.offset, [seg!.left + 3, (seg!.top + seg!.bottom) / 2]);
    expect(Math.abs(mid - offset)).toBeLessThanOrEqual(1);

    // Scrolling the page moves the underline with the field.
    const before = seg!.top;
    await page.evaluate(() => window.scrollBy(0, 60));
    await expect.poll(async () => Math.round((await segmentsOf(page, RULE))[0]?.top ?? 0)).toBe(Math.round(before - 60));
  });

  it('re-measures when the field is resized', async () => {
    const page = await h.openFixture('tracking.html');
    const text = 'Dette er en lang første linje som bryter om når feltet blir smalere, og så Vedrørende saken din.';
    await h.typeInto(page, '#long', text);
    const [wide] = await waitForSegments(page, RULE);
    await page.locator('#long').evaluate((el) => (el.style.width = '260px'));
    await expect.poll(async () => (await segmentsOf(page, RULE))[0]?.top).not.toBe(wide!.top);
    const segs = await segmentsOf(page, RULE);
    await expectOverWord(page, segs[0]!, text, 'Vedrørende');
  });

  it('underlines right-aligned, right-to-left text in the right place', async () => {
    const page = await h.openFixture('tracking.html');
    await h.typeInto(page, '#rtl', 'Vedrørende saken.');
    const [seg] = await waitForSegments(page, RULE);
    const box = await page.locator('#rtl').boundingBox();
    // Right-aligned: the word is in the right half of the field.
    expect(seg!.left).toBeGreaterThan(box!.x + box!.width / 2);
    const value = await valueOf(page, '#rtl');
    const a = await page.evaluate(([x, y]) => (document as any).caretPositionFromPoint(x, y)?.offset, [(seg!.left + seg!.right) / 2, (seg!.top + seg!.bottom) / 2]);
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThan(value.indexOf('Vedrørende') + 'Vedrørende'.length);
  });

  it('underlines in a single-line input', async () => {
    const page = await h.openFixture('tracking.html');
    await h.typeInto(page, '#line', 'Kort svar: vedrørende saken din.');
    const [seg] = await waitForSegments(page, RULE);
    await expectOverWord(page, seg!, await valueOf(page, '#line'), 'vedrørende');
  });

  it('keeps contenteditable highlights on the word while typing before it', async () => {
    const page = await h.openFixture('tracking.html');
    await h.typeInto(page, '#ce', 'Vedrørende søknaden din.');
    await expect.poll(() => highlighted(page, 'clarity'), { timeout: 20_000 }).toEqual(['Vedrørende']);
    await page.keyboard.press('Home');
    await page.keyboard.type('Hei. ');
    expect(await highlighted(page, 'clarity')).toEqual(['Vedrørende']);
    // The page's DOM is untouched: no wrappers in the editor.
    expect(await page.locator('#ce *').count()).toBe(0);
  });
});
