// Editor family: a single-line <input type="text"> (subject lines, short answers). Underlined
// through the overlay; checked when the user types in it (not on focus).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from '../harness.ts';
import { caretContext, foreignMarkup, hostDom, waitForUnderlineOver, waitForUnderlines } from '../underlines.ts';
import { applyFromSidePanel, applyWithPopover, expectUnderlinesOnWords, openEditorFixture, waitForFindings, type Expected } from './family.ts';

const LINE = 'Vedrørende søknaden samt kart';
const FINDINGS: Expected[] = [
  { word: 'Vedrørende', ruleId: 'klarsprak.vedrorende', category: 'clarity' },
  { word: 'samt', ruleId: 'klarsprak.samt', category: 'clarity' },
];

describe('editor family: input', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('underlines the findings over their words, applies «Om» with the caret after it, and Ctrl+Z restores', async () => {
    const page = await openEditorFixture(h, 'plain.html');
    const before = await hostDom(page);
    const field = page.locator('#emne');
    await field.click();
    await page.keyboard.type(LINE);
    const state = await waitForFindings(h, page, FINDINGS).catch((error: unknown) => {
      throw new Error(`CONTENT SCRIPT: typing in a single-line <input type="text"> gave no check (no tab state): ${String(error).slice(0, 300)}`);
    });
    expect(state.fieldKey).toBe('input#emne');

    const boxes = await expectUnderlinesOnWords(page, field, FINDINGS, 'kart');
    expect(new Set(boxes.map((b) => b.source))).toEqual(new Set(['overlay']));
    expect(await hostDom(page)).toBe(before);
    expect(await foreignMarkup(page)).toEqual([]);

    await applyWithPopover(page, field, 'Om');
    await expect.poll(() => field.inputValue()).toBe('Om søknaden samt kart');
    const caret = await caretContext(field);
    expect.soft(caret.focused, 'focus returns to the input after apply').toBe(true);
    expect.soft({ before: caret.before, collapsed: caret.collapsed }).toEqual({ before: 'Om', collapsed: true });
    // «samt» moved left with the edit; its underline follows.
    await waitForUnderlines(page, 1);
    await waitForUnderlineOver(page, field, 'samt', 'clarity');

    if (!caret.focused) await field.focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => field.inputValue(), { message: 'one Ctrl+Z undoes the replacement' }).toBe(LINE);
  });

  it('applies «og» from the side panel into the input; caret after it; one Ctrl+Z restores', async () => {
    const page = await openEditorFixture(h, 'plain.html');
    const field = page.locator('#emne');
    await field.click();
    await page.keyboard.type(LINE);
    await waitForFindings(h, page, FINDINGS);

    await applyFromSidePanel(h, page, 'klarsprak.samt', 'og');
    await expect.poll(() => field.inputValue()).toBe('Vedrørende søknaden og kart');
    const caret = await caretContext(field);
    expect({ before: caret.before, collapsed: caret.collapsed }, 'caret right after «og»').toEqual({ before: 'Vedrørende søknaden og', collapsed: true });
    await waitForUnderlines(page, 1);
    await waitForUnderlineOver(page, field, 'Vedrørende', 'clarity');

    await field.focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => field.inputValue(), { message: 'one Ctrl+Z undoes the replacement' }).toBe(LINE);
  });
});
