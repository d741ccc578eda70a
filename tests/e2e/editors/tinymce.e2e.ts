// Editor family: TinyMCE 8 in its iframe (self-hosted from node_modules). Underlines belong in
// the iframe document's own highlight registry; the edit must reach TinyMCE's model
// (getContent()) and its undo manager. The shared suite (families.e2e.ts) runs it with the reply
// above a quoted <blockquote>; this file holds what only TinyMCE needs: the attribution line and
// the quote read as context, the iframe's own registry, and undo after a fix from the side panel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../harness.ts';
import { REPLY, REPLY_FINDINGS, UNFLAGGED_WORD, expectNoUnderlineIn, foreignMarkup, normalise, underlineBoxes, wordBox } from '../underlines.ts';
import {
  QUOTED_WORDS,
  applyFromSidePanel,
  expectQuoteAsContext,
  expectUnderlinesOnWords,
  fixtureValue,
  frameOf,
  openEditorFixture,
  waitForFindings,
} from './family.ts';

const content = (page: Page) => fixtureValue(page, 'content');
const text = async (page: Page) => normalise(await fixtureValue(page, 'text'));

async function openTiny(h: Harness) {
  const page = await openEditorFixture(h, 'tinymce.html');
  const frame = await frameOf(page, 'iframe.tox-edit-area__iframe');
  const body = frame.locator('body#tinymce');
  await body.click();
  await page.keyboard.type(REPLY);
  return { page, frame, body };
}

describe('editor family: TinyMCE (iframe)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('underlines nothing in a <blockquote> under the reply, and reads the quote as context', async () => {
    const page = await openEditorFixture(h, 'tinymce.html?quote=blockquote');
    const frame = await frameOf(page, 'iframe.tox-edit-area__iframe');
    const body = frame.locator('body#tinymce');
    const quote = body.locator('blockquote');
    const attribution = body.locator('p', { hasText: 'skrev Kari' });
    const quoteBefore = await fixtureValue(page, 'quote');
    expect(quoteBefore).toContain('vedrørende');
    await body.locator('> p').first().click();
    await page.keyboard.type(REPLY);
    const state = await waitForFindings(h, page, REPLY_FINDINGS);
    expect(normalise(await text(page)).startsWith(`${REPLY}\nDen 16.11.2026`), 'the reply is above the quote').toBe(true);

    const boxes = await expectUnderlinesOnWords(frame, body, REPLY_FINDINGS, UNFLAGGED_WORD);
    for (const [what, part] of [
      ['quoted inquiry', quote],
      ['attribution line', attribution],
    ] as const) {
      // In the frame's own viewport, like the underline boxes (Playwright's boundingBox() is the page's).
      const box = await part.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      });
      expect(box.bottom - box.top, `${what} is laid out`).toBeGreaterThan(0);
      expectNoUnderlineIn(box, boxes, what);
    }
    // «vedrørende» and «snarest» occur only in the quote; «samt» is in the reply first.
    for (const w of QUOTED_WORDS) expectNoUnderlineIn(await wordBox(frame, quote, w), boxes, `quoted «${w}»`);
    expect(await fixtureValue(page, 'quote'), 'TinyMCE’s blockquote is unchanged').toBe(quoteBefore);
    await expectQuoteAsContext(h, page, state);
  });

  it('underlines over the words in the iframe, registered in the iframe document', async () => {
    const { page, frame, body } = await openTiny(h);
    const state = await waitForFindings(h, page, REPLY_FINDINGS);
    expect(state.frameId, 'the editor frame reports its own findings').not.toBe(0);
    const contentBefore = await content(page);

    const boxes = await expectUnderlinesOnWords(frame, body, REPLY_FINDINGS, UNFLAGGED_WORD);
    expect(boxes.every((b) => b.source === 'highlight')).toBe(true);
    // Nothing is drawn in the top document for a word that lives in the iframe.
    expect(await underlineBoxes(page)).toEqual([]);
    expect(await content(page), 'TinyMCE’s model is unchanged by underlining').toBe(contentBefore);
    expect(await foreignMarkup(frame)).toEqual([]);
  });

  it('applies «og» from the side panel into TinyMCE’s model', async () => {
    const { page, body } = await openTiny(h);
    await waitForFindings(h, page, REPLY_FINDINGS);
    await applyFromSidePanel(h, page, 'klarsprak.samt', 'og');
    await expect.poll(() => content(page)).toContain('tegninger og kart');
    await body.focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => text(page), { message: 'one Ctrl+Z restores exactly the reply as typed (no typed text lost)' }).toBe(REPLY);
  });
});
