// Editor family: a React-controlled textarea. React owns the value: an edit that bypasses the
// input path (`.value =`) is reverted on React's next render, so the test reads React's state
// (<pre data-testid="react-state"> and window.__fixture.state()), not just the DOM.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../harness.ts';
import { REPLY, REPLY_AFTER_APPLY, REPLY_FINDINGS, UNFLAGGED_WORD, caretContext, waitForUnderlines } from '../underlines.ts';
import { applyFromSidePanel, applyWithPopover, expectUnderlinesOnWords, fixtureValue, openEditorFixture, waitForFindings } from './family.ts';

/** React's state, from the component (not from the DOM). */
const reactState = (page: Page) => fixtureValue(page, 'state');
const shownState = (page: Page) => page.getByTestId('react-state').textContent();

describe('editor family: React-controlled textarea', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('underlines over the words; apply from the popover updates React state; Ctrl+Z restores it', async () => {
    const page = await openEditorFixture(h, 'react.html');
    const field = page.locator('#svar');
    await field.click();
    await page.keyboard.type(REPLY);
    await waitForFindings(h, page, REPLY_FINDINGS);
    await expectUnderlinesOnWords(page, field, REPLY_FINDINGS, UNFLAGGED_WORD);

    await applyWithPopover(page, field, 'Om');
    await expect.poll(() => reactState(page), { message: 'React state after apply' }).toBe(REPLY_AFTER_APPLY);
    expect(await shownState(page)).toBe(REPLY_AFTER_APPLY);
    expect(await field.inputValue()).toBe(REPLY_AFTER_APPLY);
    const caret = await caretContext(field);
    expect.soft(caret.focused, 'focus returns to the textarea after apply').toBe(true);
    expect.soft({ before: caret.before, collapsed: caret.collapsed }).toEqual({ before: 'Hei Kari!\nOm', collapsed: true });

    // The remaining underlines are redrawn; then undo through the browser (React sees an input event).
    if (!caret.focused) await field.focus();
    await waitForUnderlines(page, REPLY_FINDINGS.length - 1);
    await page.keyboard.press('Control+Z');
    await expect.poll(() => reactState(page), { message: 'React state after one Ctrl+Z' }).toBe(REPLY);
    expect(await shownState(page)).toBe(REPLY);
    expect(await field.inputValue()).toBe(REPLY);
  });

  it('apply from the side panel reaches React state, and a later keystroke keeps it', async () => {
    const page = await openEditorFixture(h, 'react.html');
    const field = page.locator('#svar');
    await field.click();
    await page.keyboard.type(REPLY);
    await waitForFindings(h, page, REPLY_FINDINGS);
    await applyFromSidePanel(h, page, 'klarsprak.samt', 'og');
    const applied = REPLY.replace('samt', 'og');
    await expect.poll(() => reactState(page)).toBe(applied);
    // A re-render must not bring «samt» back (it would, had the value been set behind React's back).
    await field.focus();
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    await expect.poll(() => reactState(page)).toContain('tegninger og kart');
    expect(await field.inputValue()).toContain('tegninger og kart');
  });
});
