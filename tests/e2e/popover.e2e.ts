// The inline popover: opened by hover, click and Alt+J; Escape closes it and gives focus back;
// Tab stays inside; applying a suggestion goes through the editor's input path (Ctrl+Z undoes
// it) in a textarea and in a contenteditable; "Ignorer" removes the underline for good.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness.ts';
import { clickPopoverButton, highlighted, misplacement, popoverState, segments, segmentsOf, waitForSegments, type SegmentInfo } from './inline.ts';
import { inContentWorld, type ContentInspection } from './content-world.ts';
import { findPopover } from './underlines.ts';

const RULE = 'klarsprak.vedrorende';
const PROMISE_RULE = 'frist.lofte';
/** The rules of the underlined findings other than RULE, sorted, each once. */
const otherRules = (segs: SegmentInfo[]) => [...new Set(segs.map((s) => s.findingId.split(':')[0]!).filter((r) => r !== RULE))].sort();
// Long enough to be recognised as bokmål; flags «Vedrørende» (clarity) among others.
const REPLY = 'Hei Kari! Vedrørende søknaden din om garasje: vi har mottatt den, og vi svarer deg innen fredag.';

/** Box of the first Highlight API range of a category, in viewport coordinates. */
function highlightBox(page: Page, category: string) {
  return inContentWorld(
    page,
    (c) => {
      const names = ((globalThis as { svarhjelpInspect?: ContentInspection }).svarhjelpInspect!.highlightNames as Record<string, readonly string[]>)[c]!;
      const range = names.flatMap((name) => [...(CSS.highlights.get(name) ?? [])])[0] as Range | undefined;
      const r = range?.getBoundingClientRect();
      return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
    },
    category,
  );
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? null);
const selection = (page: Page, sel: string) => page.locator(sel).evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd]);

describe('inline popover', () => {
  let h: Harness;
  /**
   * Waits until the check of the whole REPLY has come back. A check of a shorter prefix still on
   * its way would replace the findings afterwards — and a finding over the last line changes its
   * id with the text ("… fredag" → "… fredag."), which closes its popover and moves its boxes.
   */
  const wholeReplyChecked = async (page: Page) => {
    await h.waitForTabState(await h.tabIdOf(page), (s) => s.result.metrics.characters === REPLY.length);
  };
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('opens on hover over a textarea underline, in Norwegian, with the finding’s actions', async () => {
    const page = await h.openFixture('tracking.html');
    await h.typeInto(page, '#plain', REPLY);
    const [seg] = await waitForSegments(page, RULE);
    await page.mouse.move(seg!.left + 4, (seg!.top + seg!.bottom) / 2, { steps: 3 });
    await expect.poll(() => popoverState(page)).not.toBeNull();
    const state = (await popoverState(page))!;
    expect(state.label).toMatch(/^Råd fra Svarhjelp: Klart språk/);
    expect(state.message).toContain('Om');
    expect(state.buttons).toEqual([
      { action: 'apply', text: 'Om' },
      { action: 'ignore', text: 'Ignorer' },
      { action: 'panel', text: 'Mer i sidepanelet' },
    ]);
    // Hover leaves focus where the user is typing.
    expect(await activeId(page)).toBe('plain');
    // The dialog's accessible names.
    const dialog = (await findPopover(page))!;
    await expect.poll(() => dialog.attribute('aria-describedby')).toBeTruthy();
    expect((await dialog.buttons()).filter((b) => b.label === 'Bytt ut med «Om»')).toHaveLength(1);

    // Moving away closes it.
    await page.mouse.move(5, 5, { steps: 3 });
    await expect.poll(() => popoverState(page)).toBeNull();
  });

  it('opens on click in a contenteditable and keeps focus in the editor', async () => {
    const page = await h.openFixture('tracking.html');
    await h.typeInto(page, '#ce', REPLY);
    await expect.poll(() => highlighted(page, 'clarity'), { timeout: 20_000 }).toEqual(['Vedrørende']);
    const box = (await highlightBox(page, 'clarity'))!;
    await page.mouse.click(box.left + 5, (box.top + box.bottom) / 2);
    await expect.poll(() => popoverState(page)).not.toBeNull();
    expect((await popoverState(page))!.buttons[0]).toEqual({ action: 'apply', text: 'Om' });
    expect(await activeId(page)).toBe('ce');
    // Escape while typing closes it.
    await page.keyboard.press('Escape');
    await expect.poll(() => popoverState(page)).toBeNull();
    expect(await activeId(page)).toBe('ce');
  });

  it('Alt+J selects the next finding and focuses the popover; Tab cycles; Escape gives focus back', async () => {
    const page = await h.openFixture('tracking.html');
    await h.typeInto(page, '#plain', REPLY);
    await wholeReplyChecked(page);
    await waitForSegments(page, RULE);
    await page.locator('#plain').press('Control+Home');
    await page.keyboard.press('Alt+KeyJ');
    await expect.poll(async () => (await popoverState(page))?.focused).toBeTruthy();
    // The greeting check may come first; walk to the "Vedrørende" finding.
    for (let i = 0; i < 5 && (await popoverState(page))?.focused !== 'Om'; i++) await page.keyboard.press('Alt+KeyJ');
    expect((await popoverState(page))!.focused).toBe('Om');
    const start = REPLY.indexOf('Vedrørende');
    expect(await selection(page, '#plain')).toEqual([start, start + 'Vedrørende'.length]);

    await page.keyboard.press('Tab');
    expect((await popoverState(page))!.focused).toBe('Ignorer');
    await page.keyboard.press('Tab');
    expect((await popoverState(page))!.focused).toBe('Mer i sidepanelet');
    await page.keyboard.press('Tab');
    expect((await popoverState(page))!.focused).toBe('Om');
    await page.keyboard.press('Shift+Tab');
    expect((await popoverState(page))!.focused).toBe('Mer i sidepanelet');

    await page.keyboard.press('Escape');
    await expect.poll(() => popoverState(page)).toBeNull();
    expect(await activeId(page)).toBe('plain');
    expect(await selection(page, '#plain')).toEqual([start, start + 'Vedrørende'.length]);
  });

  it('applies a suggestion in a textarea through its undo stack (Ctrl+Z restores), caret after it', async () => {
    const page = await h.openFixture('tracking.html');
    await h.typeInto(page, '#plain', REPLY);
    const [seg] = await waitForSegments(page, RULE);
    await page.mouse.click(seg!.left + 4, (seg!.top + seg!.bottom) / 2);
    await expect.poll(() => popoverState(page)).not.toBeNull();
    await clickPopoverButton(page, 'apply', 'Om');
    const applied = REPLY.replace('Vedrørende', 'Om');
    await expect.poll(() => page.locator('#plain').inputValue()).toBe(applied);
    const after = REPLY.indexOf('Vedrørende') + 2;
    expect(await selection(page, '#plain')).toEqual([after, after]);
    expect(await activeId(page)).toBe('plain');
    expect(await popoverState(page)).toBeNull();
    expect(await segmentsOf(page, RULE)).toEqual([]);

    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#plain').inputValue()).toBe(REPLY);
  });

  it('applies a suggestion in a contenteditable through execCommand (Ctrl+Z restores)', async () => {
    const page = await h.openFixture('tracking.html');
    await h.typeInto(page, '#ce', REPLY);
    await expect.poll(() => highlighted(page, 'clarity'), { timeout: 20_000 }).toEqual(['Vedrørende']);
    const box = (await highlightBox(page, 'clarity'))!;
    await page.mouse.click(box.left + 5, (box.top + box.bottom) / 2);
    await expect.poll(() => popoverState(page)).not.toBeNull();
    await clickPopoverButton(page, 'apply', 'Om');
    await expect.poll(() => page.locator('#ce').innerText()).toBe(REPLY.replace('Vedrørende', 'Om'));
    expect(await highlighted(page, 'clarity')).toEqual([]);
    // The caret is right after the inserted text.
    const caret = await page.evaluate(() => {
      const s = document.getSelection()!;
      const r = document.createRange();
      r.setStart(document.getElementById('ce')!, 0);
      r.setEnd(s.focusNode!, s.focusOffset);
      return [s.isCollapsed, r.toString().length];
    });
    expect(caret).toEqual([true, REPLY.indexOf('Vedrørende') + 2]);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#ce').innerText()).toBe(REPLY);
  });

  it('"Ignorer" removes the underline, also after the next check, and only that one', async () => {
    const page = await h.openFixture('tracking.html');
    await h.typeInto(page, '#plain', REPLY);
    await wholeReplyChecked(page);
    const [seg] = await waitForSegments(page, RULE);
    // The reply's other span finding: the promise «innen fredag» (frist.lofte, deadline).
    await waitForSegments(page, PROMISE_RULE);
    const othersBefore = otherRules(await segments(page));
    expect(othersBefore).toContain(PROMISE_RULE);
    const otherSegments = (await segments(page)).filter((s) => !s.findingId.startsWith(RULE));
    expect(await misplacement(page, PROMISE_RULE, REPLY, 'innen fredag')).toBeNull();

    await page.mouse.click(seg!.left + 4, (seg!.top + seg!.bottom) / 2);
    await expect.poll(() => popoverState(page)).not.toBeNull();
    await clickPopoverButton(page, 'ignore');
    await expect.poll(() => segmentsOf(page, RULE)).toEqual([]);
    expect(await popoverState(page)).toBeNull();
    // Only the ignored finding went: the others are still underlined (same findings, same
    // segments, same boxes), over their words.
    expect((await segments(page)).filter((s) => !s.findingId.startsWith(RULE))).toEqual(otherSegments);
    expect(await misplacement(page, PROMISE_RULE, REPLY, 'innen fredag')).toBeNull();

    const tabId = await h.tabIdOf(page);
    await page.locator('#plain').press('Control+End');
    await page.keyboard.type(' Takk.');
    const value = await page.locator('#plain').inputValue();
    expect(value.endsWith('Takk.')).toBe(true);
    // After the next check (of the text with « Takk.») the ignored finding stays hidden.
    await h.waitForTabState(tabId, (s) => s.result.metrics.characters === value.length);
    await expect.poll(async () => (await segments(page)).length).toBeGreaterThan(0);
    expect(await segmentsOf(page, RULE)).toEqual([]);
    expect(otherRules(await segments(page))).toContain(PROMISE_RULE);
    expect(await misplacement(page, PROMISE_RULE, value, 'innen fredag')).toBeNull();
  });
});
