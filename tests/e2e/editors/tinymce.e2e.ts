// Editor family: TinyMCE 8 in its iframe (self-hosted from node_modules). Underlines belong in
// the iframe document's own highlight registry; the edit must reach TinyMCE's model
// (getContent()) and its undo manager.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../harness.ts';
import {
  REPLY,
  REPLY_AFTER_APPLY,
  REPLY_FINDINGS,
  UNFLAGGED_WORD,
  caretContext,
  foreignMarkup,
  normalise,
  underlineBoxes,
  waitForUnderlineOver,
  waitForUnderlines,
} from '../underlines.ts';
import {
  applyFromSidePanel,
  applyWithPopover,
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

  it('applies «Om» from the popover into TinyMCE’s model; caret after it; one Ctrl+Z restores', async () => {
    const { page, frame, body } = await openTiny(h);
    await waitForFindings(h, page, REPLY_FINDINGS);
    await waitForUnderlines(frame, REPLY_FINDINGS.length);

    await applyWithPopover(page, body, 'Om');
    await expect.poll(() => content(page), { message: 'TinyMCE getContent() after apply' }).toContain('Om søknaden');
    expect(await content(page)).not.toContain('Vedrørende');
    expect(await text(page)).toBe(REPLY_AFTER_APPLY);
    const caret = await caretContext(body);
    expect.soft(caret.focused, 'focus returns to the TinyMCE body after apply').toBe(true);
    expect.soft(caret.collapsed).toBe(true);
    expect.soft(caret.before.endsWith('Om'), `before the caret: ${JSON.stringify(caret.before)}`).toBe(true);
    expect.soft(caret.after.startsWith(' søknaden'), `after the caret: ${JSON.stringify(caret.after)}`).toBe(true);
    await waitForUnderlines(frame, REPLY_FINDINGS.length - 1);
    await waitForUnderlineOver(frame, body, 'samt', 'clarity');

    if (!caret.focused) await body.focus();
    await page.keyboard.press('Control+Z');
    // TinyMCE's undo manager, not the browser's, handles Ctrl+Z here: it only restores the text
    // as it was if an undo level was recorded right before the replacement.
    await expect
      .poll(() => text(page), {
        message: 'one Ctrl+Z (TinyMCE’s undo manager) restores exactly the reply as typed — nothing typed before the apply may be lost',
      })
      .toBe(REPLY);
    expect(await content(page)).toContain('Vedrørende søknaden');
  });

  it('applies «og» from the side panel into TinyMCE’s model', async () => {
    const { page, body } = await openTiny(h);
    await waitForFindings(h, page, REPLY_FINDINGS);
    await applyFromSidePanel(h, page, 'klarsprak.samt', 'og');
    await expect.poll(() => content(page)).toContain('tegninger og kart');
    await body.focus();
    await page.keyboard.press('Control+Z');
    await expect
      .poll(() => text(page), { message: 'one Ctrl+Z restores exactly the reply as typed (no typed text lost)' })
      .toBe(REPLY);
  });
});
