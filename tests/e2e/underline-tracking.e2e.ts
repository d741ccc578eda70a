// Underlines stay on their words: typing before a finding, scrolling a long textarea, resizing
// the field, browser zoom, a font change by the page, CRLF line breaks, right-aligned
// text and emoji before a finding. Boxes are checked against the
// browser's own hit testing (caretPositionFromPoint), not against our own mirror. CSS `zoom` on
// <body> or on a wrapper (intranet pages, webmail skins) scales the fields but not our overlay.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launch, type Harness } from './harness.ts';
import { expectOverWord, highlighted, hitTestedWord, misplacement, popoverState, segmentsOf, waitForSegments } from './inline.ts';
import { expectUnderlineOver, underlineBoxes, wordBox } from './underlines.ts';
import { inContentWorld, type ContentInspection } from './content-world.ts';

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
    // One frame for the rAF-batched redraw — less than the 40 ms before a new check (CHECK_SOON_MS).
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    [seg] = await segmentsOf(page, RULE);
    expect(seg).toBeDefined();
    await expectOverWord(page, seg!, await valueOf(page, '#plain'), 'Vedrørende');
    // And after the check of the text as it now stands (the whole value, not a prefix).
    const typed = await valueOf(page, '#plain');
    await h.waitForTabState(await h.tabIdOf(page), (s) => s.result.metrics.characters === typed.length);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
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
    expect(await segmentsOf(page, RULE), 'one segment: the word is on one line').toHaveLength(1);
    // The browser puts the final «.» at the left end (right-to-left paragraph); the underline's
    // ends must be the word's own ends as the browser's hit testing finds them, to the pixel.
    const word = await hitTestedWord(page, '#rtl', 'Vedrørende', (seg!.top + seg!.bottom) / 2);
    expect(Math.abs(seg!.left - word.left), `underline left ${seg!.left}, word left ${word.left}`).toBeLessThanOrEqual(1.5);
    expect(Math.abs(seg!.right - word.right), `underline right ${seg!.right}, word right ${word.right}`).toBeLessThanOrEqual(1.5);
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
  /** The text field's left edge, to show that a layout change really moved the text. */
  const leftOf = async (field: Locator) => (await field.boundingBox())!.x;

  it('stays on the word through browser zoom (device scale factor and a narrower CSS viewport)', async () => {
    const page = await h.openFixture('tracking.html');
    const text = 'Hei Kari! Takk for brevet.\nVedrørende søknaden din har vi svart.';
    await page.locator('#long').fill(text);
    await page.locator('#long').press('Control+End');
    await page.keyboard.type(' Mvh');
    const value = await valueOf(page, '#long');
    await waitForSegments(page, RULE);
    expect(await misplacement(page, RULE, value, 'Vedrørende')).toBeNull();
    const before = await leftOf(page.locator('#long'));
    // Chromium's zoom (Ctrl+plus) is, for the page, a larger devicePixelRatio and a CSS viewport
    // narrower by the same factor; this is what DevTools' device emulation sets too.
    const cdp = await page.context().newCDPSession(page);
    try {
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: 853, height: 480, deviceScaleFactor: 1.5, mobile: false });
      expect(await page.evaluate(() => window.devicePixelRatio)).toBe(1.5);
      // The centred page column moved left with the narrower viewport, and the underline with it.
      expect(await leftOf(page.locator('#long'))).toBeLessThan(before - 50);
      await expect.poll(() => misplacement(page, RULE, value, 'Vedrørende')).toBeNull();
    } finally {
      await cdp.detach().catch(() => {});
      await page.close();
    }
  });

  it('re-measures when the page changes the field’s font size (style attribute), with no resize', async () => {
    const page = await h.openFixture('tracking.html');
    const text = 'Hei Kari! Takk for brevet. Vedrørende søknaden din.';
    await h.typeInto(page, '#long', text);
    const [small] = await waitForSegments(page, RULE);
    await expectOverWord(page, small!, text, 'Vedrørende');
    const size = await page.locator('#long').boundingBox();
    await page.locator('#long').evaluate((el) => (el.style.fontSize = '21px'));
    // The field keeps its size (fixed width and height): no resize event, only a style change.
    expect(await page.locator('#long').boundingBox()).toEqual(size);
    await expect.poll(() => misplacement(page, RULE, text, 'Vedrørende')).toBeNull();
    const [large] = await segmentsOf(page, RULE);
    expect(large!.left, 'the word moved right with the larger font').toBeGreaterThan(small!.left + 20);
  });

  it('re-measures when a class on <body> switches the field’s font family, with no resize', async () => {
    const page = await h.openFixture('tracking.html');
    const text = 'Hei Kari! Takk for brevet. Vedrørende søknaden din.';
    await h.typeInto(page, '#long', text);
    const [sans] = await waitForSegments(page, RULE);
    const size = await page.locator('#long').boundingBox();
    await page.evaluate(() => document.body.classList.add('monospace'));
    expect(await page.locator('#long').evaluate((el) => getComputedStyle(el).fontFamily)).toContain('Mono');
    expect(await page.locator('#long').boundingBox()).toEqual(size);
    await expect.poll(() => misplacement(page, RULE, text, 'Vedrørende')).toBeNull();
    const [mono] = await segmentsOf(page, RULE);
    expect(Math.abs(mono!.left - sans!.left), 'the monospace word starts elsewhere').toBeGreaterThan(10);
  });

  it('keeps underlines on their words after CRLF line breaks in a textarea', async () => {
    const page = await h.openFixture('tracking.html');
    // Pasted from a Windows program: CRLF line breaks. The textarea's value normalises them to LF.
    await page.locator('#long').fill('Hei Kari!\r\nTakk for brevet.\r\n\r\nVedrørende søknaden din, samt kartet.');
    await page.locator('#long').press('Control+End');
    await page.keyboard.type(' Mvh');
    const value = await valueOf(page, '#long');
    expect(value.startsWith('Hei Kari!\nTakk for brevet.\n\nVedrørende')).toBe(true);
    await waitForSegments(page, RULE);
    await waitForSegments(page, 'klarsprak.samt');
    expect(await misplacement(page, RULE, value, 'Vedrørende')).toBeNull();
    expect(await misplacement(page, 'klarsprak.samt', value, 'samt')).toBeNull();
    // Fourth line (two line breaks and an empty line above it).
    const [seg] = await segmentsOf(page, RULE);
    const field = (await page.locator('#long').boundingBox())!;
    expect(seg!.top).toBeGreaterThan(field.y + 3 * 24 - 2);
  });

  it('keeps highlights on their words after CRLF line breaks in a contenteditable text node', async () => {
    const page = await h.openFixture('tracking.html');
    const field = page.locator('#crlf');
    // An editor that keeps Windows line breaks in a pre-wrapped text node.
    await field.evaluate((el) => (el.textContent = 'Hei Kari!\r\nTakk for brevet.\r\n\r\nVedrørende søknaden din, samt kartet.'));
    await field.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Takk.');
    await expect.poll(() => highlighted(page, 'clarity'), { timeout: 20_000 }).toEqual(['Vedrørende', 'samt']);
    const boxes = await underlineBoxes(page);
    expectUnderlineOver(await wordBox(page, field, 'Vedrørende'), boxes, 'clarity', '«Vedrørende» after CRLF');
    expectUnderlineOver(await wordBox(page, field, 'samt'), boxes, 'clarity', '«samt» after CRLF');
    expect(await field.evaluate((el) => el.textContent!.includes('\r\n'))).toBe(true);
  });

  // CSS zoom set by the page: 1.5 on <body> (a "larger text" intranet skin), 0.8 on a wrapper
  // around the editors (a webmail skin's compact reading pane), 1.25 on <html> (which zooms our
  // own overlay and popover too).
  for (const { on, zoom } of [
    { on: 'body', zoom: 1.5 },
    { on: '#wrap', zoom: 0.8 },
    { on: 'html', zoom: 1.25 },
  ]) {
    describe(`with CSS zoom ${zoom} on ${on}`, () => {
      async function zoomedFixture(): Promise<Page> {
        const page = await h.openFixture('zoom.html');
        await page.evaluate(([sel, z]) => ((document.querySelector(sel!) as HTMLElement).style.zoom = z!), [on, String(zoom)]);
        expect(await page.locator('#area').evaluate((el) => (el as Element & { currentCSSZoom: number }).currentCSSZoom)).toBeCloseTo(zoom);
        return page;
      }

      /** The open popover's card in viewport coordinates, or null. */
      const popoverCard = (page: Page) =>
        inContentWorld(page, () => {
          const root = (globalThis as { svarhjelpInspect?: ContentInspection }).svarhjelpInspect!.popoverRoots()[0];
          const card = root?.querySelector('[role="dialog"]') as HTMLElement | null;
          if (!card || card.style.display === 'none') return null;
          const r = card.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        });

      for (const selector of ['#area', '#line']) {
        it(`underlines the word in ${selector === '#area' ? 'a textarea' : 'a text input'} and a click on the underline opens the popover`, async () => {
          const page = await zoomedFixture();
          try {
            const text = selector === '#area' ? 'Hei Kari! Takk for brevet.\nVedrørende søknaden din.' : 'Kort svar: Vedrørende saken din.';
            await h.typeInto(page, selector, text);
            const [seg] = await waitForSegments(page, RULE);
            const value = await valueOf(page, selector);
            expect(await misplacement(page, RULE, value, 'Vedrørende')).toBeNull();
            await expectOverWord(page, seg!, value, 'Vedrørende');
            // Not only over the word but as wide as it: moved and scaled with the zoom.
            const word = await hitTestedWord(page, selector, 'Vedrørende', (seg!.top + seg!.bottom) / 2);
            expect(Math.abs(seg!.left - word.left), `underline left ${seg!.left}, word left ${word.left}`).toBeLessThanOrEqual(2);
            expect(Math.abs(seg!.right - word.right), `underline right ${seg!.right}, word right ${word.right}`).toBeLessThanOrEqual(2);
            // The one on the second line sits one zoomed line (24 px × zoom) below the first.
            if (selector === '#area') {
              const field = (await page.locator(selector).boundingBox())!;
              expect(seg!.top).toBeGreaterThan(field.y + (2 + 6 + 24) * zoom - 4);
              expect(seg!.bottom).toBeLessThanOrEqual(field.y + field.height);
            }

            await page.mouse.click((seg!.left + seg!.right) / 2, (seg!.top + seg!.bottom) / 2);
            await expect.poll(() => popoverState(page)).not.toBeNull();
            expect((await popoverState(page))!.buttons[0]).toEqual({ action: 'apply', text: 'Om' });
            const card = (await popoverCard(page))!;
            expect(card.top, 'the popover opens just below the underlined word').toBeGreaterThanOrEqual(seg!.bottom);
            expect(card.top).toBeLessThan(seg!.bottom + 20);
          } finally {
            await page.close();
          }
        });
      }

      it('Alt+J scrolls a long textarea to a finding out of view and underlines it there', async () => {
        const page = await zoomedFixture();
        try {
          const lines = Array.from({ length: 30 }, (_, i) => `Linje ${i + 1}.`);
          lines[24] = 'Vedrørende søknaden din.';
          lines[28] = 'Med vennlig hilsen';
          lines[29] = 'Kari Nordmann';
          const field = page.locator('#area');
          await field.fill(lines.join('\n'));
          await h.typeInto(page, '#area', ' ');
          const value = await valueOf(page, '#area');
          // Line 25 in view (lines are 24 px of the field's own CSS px), so it is underlined once.
          await field.evaluate((el) => (el.scrollTop = 23 * 24));
          await waitForSegments(page, RULE);
          await field.press('Control+Home');
          await expect.poll(async () => (await segmentsOf(page, RULE)).length).toBe(0);
          // Other findings (tone) may come first: Alt+J on to the «Vedrørende» one.
          for (let i = 0; i < 5 && (await popoverState(page))?.buttons[0]?.text !== 'Om'; i++) {
            await page.keyboard.press('Alt+KeyJ');
            await expect.poll(() => popoverState(page)).not.toBeNull();
          }
          expect((await popoverState(page))!.buttons[0]).toEqual({ action: 'apply', text: 'Om' });
          // Scrolled so that the word shows inside the field, with its underline on it.
          await expect.poll(() => misplacement(page, RULE, value, 'Vedrørende')).toBeNull();
          const [seg] = await segmentsOf(page, RULE);
          const box = (await field.boundingBox())!;
          expect(seg!.top).toBeGreaterThanOrEqual(box.y);
          expect(seg!.bottom).toBeLessThanOrEqual(box.y + box.height);
        } finally {
          await page.close();
        }
      });

      it('highlights the word in a contenteditable and a click on it opens the popover', async () => {
        const page = await zoomedFixture();
        try {
          const field = page.locator('#ce');
          await h.typeInto(page, '#ce', 'Hei Kari! Vedrørende søknaden din.');
          await expect.poll(() => highlighted(page, 'clarity'), { timeout: 20_000 }).toEqual(['Vedrørende']);
          const word = await wordBox(page, field, 'Vedrørende');
          expectUnderlineOver(word, await underlineBoxes(page), 'clarity', '«Vedrørende» under CSS zoom');
          // The word box is in zoomed viewport pixels, as the pointer is: the click hits it.
          expect(word.right - word.left).toBeGreaterThan(60 * zoom);
          await page.mouse.click((word.left + word.right) / 2, (word.top + word.bottom) / 2);
          await expect.poll(() => popoverState(page)).not.toBeNull();
          expect((await popoverState(page))!.buttons[0]).toEqual({ action: 'apply', text: 'Om' });
          const card = (await popoverCard(page))!;
          expect(card.top).toBeGreaterThanOrEqual(word.bottom);
          expect(card.top).toBeLessThan(word.bottom + 20);
        } finally {
          await page.close();
        }
      });
    });
  }
});
