// Editor family: a Gmail-style reply (contenteditable with the reply above .gmail_quote and
// its "Den … skrev …:" attribution) and the Outlook-style webmail fixture. The quoted inquiry
// is context: it holds «vedrørende», «samt» and «snarest», and none of them may be underlined
// or counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launch, type Harness } from '../harness.ts';
import {
  REPLY,
  REPLY_AFTER_APPLY,
  REPLY_FINDINGS,
  UNFLAGGED_WORD,
  caretContext,
  expectNoUnderlineIn,
  foreignMarkup,
  normalise,
  waitForUnderlines,
  wordBox,
  type Box,
  type UnderlineBox,
} from '../underlines.ts';
import { applyFromSidePanel, applyWithPopover, expectUnderlinesOnWords, fixtureValue, openEditorFixture, waitForFindings } from './family.ts';

async function boxOf(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error('no box');
  return { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height };
}

/** No underline in the quote, nor over the quote's flaggable words. */
async function expectQuoteClean(page: Page, quote: Locator, boxes: readonly UnderlineBox[], words: string[]): Promise<void> {
  expectNoUnderlineIn(await boxOf(quote), boxes, 'quoted inquiry');
  for (const w of words) expectNoUnderlineIn(await wordBox(page, quote, w), boxes, `quoted «${w}»`);
}

describe('editor family: Gmail-style quoted reply (and the webmail fixture)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('underlines only the reply above .gmail_quote; apply and Ctrl+Z leave the quote alone', async () => {
    const page = await openEditorFixture(h, 'gmail.html');
    const editor = page.locator('.Am.editable');
    const quote = editor.locator('div.gmail_quote');
    const quoteBefore = await fixtureValue(page, 'quote');
    await editor.locator('> div').first().click();
    await page.keyboard.type(REPLY);
    await waitForFindings(h, page, REPLY_FINDINGS);

    const boxes = await expectUnderlinesOnWords(page, editor, REPLY_FINDINGS, UNFLAGGED_WORD);
    await expectQuoteClean(page, quote, boxes, ['vedrørende', 'samt', 'snarest', 'kari@example.no']);
    expect(await foreignMarkup(page)).toEqual([]);

    await applyWithPopover(page, editor, 'Om');
    await expect.poll(async () => normalise(await fixtureValue(page, 'reply'))).toBe(REPLY_AFTER_APPLY);
    expect(await fixtureValue(page, 'quote')).toBe(quoteBefore);
    const caret = await caretContext(editor);
    expect.soft(caret.focused, 'focus returns to the compose body after apply').toBe(true);
    expect.soft(caret.before.endsWith('Om'), `before the caret: ${JSON.stringify(caret.before)}`).toBe(true);
    expect.soft(caret.after.startsWith(' søknaden'), `after the caret: ${JSON.stringify(caret.after)}`).toBe(true);
    const after = await waitForUnderlines(page, REPLY_FINDINGS.length - 1);
    await expectQuoteClean(page, quote, after, ['vedrørende', 'samt', 'snarest']);

    if (!caret.focused) await editor.focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(async () => normalise(await fixtureValue(page, 'reply')), { message: 'one Ctrl+Z' }).toBe(REPLY);
    expect(await fixtureValue(page, 'quote')).toBe(quoteBefore);
  });

  it('applies «og» from the side panel to the reply only (the quote says «samt» too); caret after it; one Ctrl+Z restores', async () => {
    const page = await openEditorFixture(h, 'gmail.html');
    const editor = page.locator('.Am.editable');
    const quote = editor.locator('div.gmail_quote');
    const quoteBefore = await fixtureValue(page, 'quote');
    expect(quoteBefore).toContain('samt');
    await editor.locator('> div').first().click();
    await page.keyboard.type(REPLY);
    await waitForFindings(h, page, REPLY_FINDINGS);

    await applyFromSidePanel(h, page, 'klarsprak.samt', 'og');
    await expect.poll(async () => normalise(await fixtureValue(page, 'reply'))).toBe(REPLY.replace('samt', 'og'));
    expect(await fixtureValue(page, 'quote'), 'the quoted «samt» is left alone').toBe(quoteBefore);
    const caret = await caretContext(editor);
    expect(caret.collapsed, 'a collapsed caret after the replacement').toBe(true);
    expect(caret.before.endsWith('tegninger og'), `before the caret: ${JSON.stringify(caret.before)}`).toBe(true);
    expect(caret.after.startsWith(' kart'), `after the caret: ${JSON.stringify(caret.after)}`).toBe(true);
    const after = await waitForUnderlines(page, REPLY_FINDINGS.length - 1);
    await expectQuoteClean(page, quote, after, ['vedrørende', 'samt', 'snarest']);

    await editor.focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(async () => normalise(await fixtureValue(page, 'reply')), { message: 'one Ctrl+Z' }).toBe(REPLY);
    expect(await fixtureValue(page, 'quote')).toBe(quoteBefore);
  });

  it('webmail fixture (Outlook-style "Fra:/Sendt:" header): no underline in the quoted inquiry', async () => {
    const page = await h.openFixture('webmail.html');
    const body = page.locator('#body');
    await page.locator('#reply').click();
    await page.keyboard.type(REPLY);
    // This inquiry asks «Når kan jeg forvente svar?» and the reply does not say when: the
    // quote is read as context and yields a deadline finding on the reply (not on the quote).
    const unanswered = { word: '', ruleId: 'frist.svarer-ikke-nar', category: 'deadline' };
    const state = await waitForFindings(h, page, [...REPLY_FINDINGS, unanswered]);
    const boxes = await expectUnderlinesOnWords(page, body, REPLY_FINDINGS, UNFLAGGED_WORD, REPLY_FINDINGS.length + 1);
    expect(boxes.filter((b) => b.category === 'deadline').length, 'the deadline finding is underlined').toBeGreaterThan(0);
    const deadline = state.result.findings.find((f) => f.ruleId === unanswered.ruleId)!;
    // Highlight ranges carry their text (a range over two blocks reads without the line break).
    const texts = [...new Set(boxes.filter((b) => b.category === 'deadline' && b.text !== undefined).map((b) => b.text))];
    if (texts.length) {
      expect(texts, 'the deadline underline covers the finding’s span of the reply').toEqual([REPLY.slice(deadline.start, deadline.end).replace(/\n/g, '')]);
    }
    await expectQuoteClean(page, page.locator('#quoted'), boxes, ['Vedrørende']);
    // Everything underlined lies above the quote header.
    const header = await boxOf(page.locator('#divRplyFwdMsg'));
    for (const b of boxes) expect(b.rect.bottom, `underline ${b.key} lies above the reply header`).toBeLessThanOrEqual(header.top);
  });
});
