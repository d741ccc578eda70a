// Editor family: a plain <textarea> (case-system forms). Underlines come from the mirror
// overlay (<svarhjelp-overlay>), since the Highlight API cannot reach a textarea's value.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from '../harness.ts';
import {
  REPLY,
  REPLY_AFTER_APPLY,
  REPLY_FINDINGS,
  UNFLAGGED_WORD,
  caretContext,
  expectNoUnderlineIn,
  expectUnderlineOver,
  foreignMarkup,
  hostDom,
  waitForUnderlineOver,
  waitForUnderlines,
  wordBox,
} from '../underlines.ts';
import {
  QUOTED_WORDS,
  applyFromSidePanel,
  applyWithPopover,
  expectQuoteAsContext,
  expectUnderlinesOnWords,
  openEditorFixture,
  waitForFindings,
} from './family.ts';

/** A plain-text reply quote: the attribution line, then the inquiry's lines with "> ". */
const QUOTE = [
  'Den 16.11.2026 kl. 08:12 skrev Kari <kari@example.no>:',
  '> Hei,',
  '> Jeg skriver vedrørende byggesøknaden,',
  '> samt nabovarsel. Svar snarest.',
  '> Mvh Kari',
].join('\n');

/** An Outlook-style quote: the header block with a subject line, then the inquiry unmarked. */
const OUTLOOK_QUOTE = [
  'Fra: Kari Nordmann <kari@example.no>',
  'Sendt: mandag 16. november 2026 08:12',
  'Til: Byggesak <byggesak@bergen.kommune.no>',
  'Emne: Spørsmål om byggesøknaden',
  '',
  'Hei,',
  'Jeg skriver vedrørende byggesøknaden,',
  'samt nabovarsel. Svar snarest.',
  'Mvh Kari',
].join('\n');

describe('editor family: textarea', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('underlines each finding over its word and leaves the page DOM alone', async () => {
    const page = await openEditorFixture(h, 'plain.html');
    const before = await hostDom(page);
    const field = page.locator('#svar');
    await field.click();
    await page.keyboard.type(REPLY);
    const state = await waitForFindings(h, page, REPLY_FINDINGS);
    expect(state.fieldKey).toBe('textarea#svar');

    const boxes = await expectUnderlinesOnWords(page, field, REPLY_FINDINGS, UNFLAGGED_WORD);
    expect(new Set(boxes.map((b) => b.source)), 'a textarea is underlined through the overlay').toEqual(new Set(['overlay']));
    expect(await hostDom(page), 'the host page DOM is unchanged apart from <svarhjelp-*> hosts').toBe(before);
    expect(await foreignMarkup(page)).toEqual([]);

    // Underlines follow the text when the field scrolls: make it short so the reply scrolls.
    await field.evaluate((el) => {
      el.style.height = '60px';
      el.scrollTop = 24;
    });
    // The overlay may redraw on the next frame; wait for it to follow the scroll.
    const scrolled = await waitForUnderlineOver(page, field, 'samt', 'clarity');
    // «Hei Kari!» scrolled out of view above; no underline may be drawn outside the field.
    const fieldBox = await field.boundingBox();
    for (const b of scrolled) {
      expect(b.rect.top, `underline ${b.key} stays inside the field`).toBeGreaterThanOrEqual(fieldBox!.y - 1);
      expect(b.rect.bottom).toBeLessThanOrEqual(fieldBox!.y + fieldBox!.height + 1);
    }
  });

  it('applies «Om» from the popover; the caret ends after it; one Ctrl+Z restores the text', async () => {
    const page = await openEditorFixture(h, 'plain.html');
    const field = page.locator('#svar');
    await field.click();
    await page.keyboard.type(REPLY);
    await waitForFindings(h, page, REPLY_FINDINGS);
    await waitForUnderlines(page, REPLY_FINDINGS.length);

    await applyWithPopover(page, field, 'Om');
    await expect.poll(() => field.inputValue()).toBe(REPLY_AFTER_APPLY);
    const caret = await caretContext(field);
    expect.soft(caret.focused, 'focus returns to the textarea after apply').toBe(true);
    expect.soft({ before: caret.before, collapsed: caret.collapsed }, 'caret right after «Om»').toEqual({
      before: 'Hei Kari!\nOm',
      collapsed: true,
    });
    // The underlines are re-anchored: «samt» moved 8 characters to the left and is still underlined.
    const after = await waitForUnderlines(page, REPLY_FINDINGS.length - 1);
    expectUnderlineOver(await wordBox(page, field, 'samt'), after, 'clarity', '«samt» after apply');

    if (!caret.focused) await field.focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => field.inputValue(), { message: 'one Ctrl+Z undoes the replacement only' }).toBe(REPLY);
  });

  it('applies «og» from the side panel, through the input path (undoable)', async () => {
    const page = await openEditorFixture(h, 'plain.html');
    const field = page.locator('#svar');
    await field.click();
    await page.keyboard.type(REPLY);
    await waitForFindings(h, page, REPLY_FINDINGS);

    await applyFromSidePanel(h, page, 'klarsprak.samt', 'og');
    const applied = REPLY.replace('samt', 'og');
    await expect.poll(() => field.inputValue()).toBe(applied);
    const caret = await caretContext(field);
    expect.soft(caret.before, 'caret right after «og»').toBe(applied.slice(0, applied.indexOf(' og ') + 3));
    await field.focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => field.inputValue()).toBe(REPLY);
  });

  /**
   * A mail-style reply form prefilled with `quote`; the user writes the reply above it. Checks the
   * reply's underlines, none from `header` down to the end of the field, and the quote read as context.
   */
  async function replyAboveQuote(quote: string, header: string) {
    const page = await openEditorFixture(h, 'plain.html');
    const field = page.locator('#svar');
    // Tall enough to show the whole quote (underlines are only drawn in the visible part).
    await field.evaluate((el) => (el.style.height = '320px'));
    await field.fill(`\n\n${quote}`);
    await field.focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(REPLY);
    expect(await field.inputValue()).toBe(`${REPLY}\n\n${quote}`);
    const state = await waitForFindings(h, page, REPLY_FINDINGS);

    const boxes = await expectUnderlinesOnWords(page, field, REPLY_FINDINGS, UNFLAGGED_WORD);
    // Everything from the header line down to the end of the field is quote.
    const headerBox = await wordBox(page, field, header);
    const fieldBox = (await field.boundingBox())!;
    const quoteArea = { left: fieldBox.x, top: headerBox.top, right: fieldBox.x + fieldBox.width, bottom: fieldBox.y + fieldBox.height };
    expectNoUnderlineIn(quoteArea, boxes, 'quoted inquiry');
    await expectQuoteAsContext(h, page, state);
    return { page, field, boxes };
  }

  it('underlines nothing in a ">"-quoted inquiry under the reply, and reads it as context', async () => {
    const { page, field, boxes } = await replyAboveQuote(QUOTE, 'Den 16.11.2026');
    for (const w of QUOTED_WORDS) {
      // «samt» is in the reply too: the quote's is the second one.
      expectNoUnderlineIn(await wordBox(page, field, w, w === 'samt' ? 1 : 0), boxes, `quoted «${w}»`);
    }
  });

  it('underlines the reply over an Outlook header with a subject line, and reads the quote as context', async () => {
    await replyAboveQuote(OUTLOOK_QUOTE, 'Fra:');
  });
});
