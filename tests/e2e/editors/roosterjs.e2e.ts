// Editor family: RoosterJS 9 (the editor of Outlook on the web), with its Edit and Shortcut
// plugins: RoosterJS keeps its own content model and undo snapshots, and handles Ctrl+Z. The
// shared suite (families.e2e.ts) runs it under an Outlook reply header; this file holds what only
// RoosterJS needs: both Outlook header styles read as context, its HTML model untouched by
// underlining, and undo after a fix from the side panel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../harness.ts';
import { REPLY, REPLY_FINDINGS, UNFLAGGED_WORD, expectNoUnderlineIn, foreignMarkup, normalise, wordBox } from '../underlines.ts';
import { QUOTED_WORDS, applyFromSidePanel, expectQuoteAsContext, expectUnderlinesOnWords, fixtureValue, openEditorFixture, waitForFindings } from './family.ts';

const content = (page: Page) => fixtureValue(page, 'content');
const text = async (page: Page) => normalise(await fixtureValue(page, 'text'));

async function openRooster(h: Harness) {
  const page = await openEditorFixture(h, 'roosterjs.html');
  const editor = page.locator('#svar');
  await editor.click();
  await page.keyboard.type(REPLY);
  return { page, editor };
}

describe('editor family: RoosterJS', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each([
    { variant: 'outlook', header: 'Fra:/Sendt:/Til:/Emne:', first: 'Fra: Kari' },
    { variant: 'original', header: '-----Original Message-----', first: '-----Original Message-----' },
  ])('underlines nothing under an Outlook reply header ($header), and reads the quote as context', async ({ variant, first }) => {
    const page = await openEditorFixture(h, `roosterjs.html?quote=${variant}`);
    const editor = page.locator('#svar');
    const lines = editor.locator(':scope > div');
    // The reply goes on the empty first line, above the header.
    await lines.first().click();
    await page.keyboard.type(REPLY);
    const state = await waitForFindings(h, page, REPLY_FINDINGS);
    expect((await text(page)).startsWith(`${REPLY}\n${first}`), 'the reply is above the header').toBe(true);

    const boxes = await expectUnderlinesOnWords(page, editor, REPLY_FINDINGS, UNFLAGGED_WORD);
    // Everything from the header's first line to the end of the editor is the quoted message.
    const header = await lines.filter({ hasText: first }).boundingBox();
    const all = (await editor.boundingBox())!;
    expect(header).not.toBeNull();
    const quoteArea = { left: all.x, top: header!.y, right: all.x + all.width, bottom: all.y + all.height };
    expectNoUnderlineIn(quoteArea, boxes, 'quoted message under the reply header');
    const inquiry = lines.filter({ hasText: 'Jeg skriver vedrørende' });
    for (const w of QUOTED_WORDS) expectNoUnderlineIn(await wordBox(page, inquiry, w), boxes, `quoted «${w}»`);
    await expectQuoteAsContext(h, page, state);
  });

  it('underlines over the words; RoosterJS’s content model is unchanged by underlining', async () => {
    const { page, editor } = await openRooster(h);
    const state = await waitForFindings(h, page, REPLY_FINDINGS);
    expect(state.fieldKey).toBe('ce#svar');
    const before = await content(page);
    const boxes = await expectUnderlinesOnWords(page, editor, REPLY_FINDINGS, UNFLAGGED_WORD);
    expect(boxes.every((b) => b.source === 'highlight')).toBe(true);
    expect(await content(page)).toBe(before);
    expect(await foreignMarkup(page)).toEqual([]);
  });

  it('applies «og» from the side panel into RoosterJS’s model', async () => {
    const { page, editor } = await openRooster(h);
    await waitForFindings(h, page, REPLY_FINDINGS);
    await applyFromSidePanel(h, page, 'klarsprak.samt', 'og');
    await expect.poll(() => content(page)).toContain('tegninger og kart');
    await editor.focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => text(page), { message: 'one Ctrl+Z restores exactly the reply as typed (no typed text lost)' }).toBe(REPLY);
  });
});
