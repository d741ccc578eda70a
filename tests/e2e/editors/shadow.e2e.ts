// Editor family: a contenteditable inside a web component's open shadow root. The field is
// found through composedPath(); highlights go to the document's registry, and the
// ::highlight() style must reach the shadow tree (it is tree-scoped).
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
  waitForUnderlineOver,
  waitForUnderlines,
} from '../underlines.ts';
import { applyFromSidePanel, applyWithPopover, expectUnderlinesOnWords, fixtureValue, openEditorFixture, waitForFindings } from './family.ts';
import { inContentWorld, type ContentInspection } from '../content-world.ts';

const text = async (page: Page) => normalise(await fixtureValue(page, 'text'));

describe('editor family: contenteditable in an open shadow root', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('underlines over the words, applies «Om» from the popover with the caret after it, and Ctrl+Z restores', async () => {
    const page = await openEditorFixture(h, 'shadow.html');
    // Playwright's CSS selectors pierce open shadow roots.
    const editor = page.locator('svar-editor #innhold');
    await editor.click();
    await page.keyboard.type(REPLY);
    const state = await waitForFindings(h, page, REPLY_FINDINGS);
    expect(state.fieldKey).toBe('shadow/ce#innhold');
    const html = await fixtureValue(page, 'html');

    const boxes = await expectUnderlinesOnWords(page, editor, REPLY_FINDINGS, UNFLAGGED_WORD);
    if (boxes.every((b) => b.source === 'highlight')) {
      // Read where the content script knows its per-load highlight names.
      const styled = await inContentWorld(page, () => {
        const names = Object.values((globalThis as { svarhjelpInspect?: ContentInspection }).svarhjelpInspect!.highlightNames).flat();
        const root = document.getElementById('komponent')!.shadowRoot!;
        const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((s) => s.sheet!)];
        return sheets.some((s) => [...s.cssRules].some((r) => names.some((n) => r.cssText.includes(`::highlight(${n})`))));
      });
      expect(styled, 'the ::highlight() style is adopted into the editor’s shadow root').toBe(true);
    }
    expect(await fixtureValue(page, 'html')).toBe(html);
    expect(await foreignMarkup(page)).toEqual([]);

    await applyWithPopover(page, editor, 'Om');
    await expect.poll(() => text(page)).toBe(REPLY_AFTER_APPLY);
    const caret = await caretContext(editor);
    expect.soft(caret.focused, 'focus returns to the shadow editor after apply').toBe(true);
    expect.soft(caret.collapsed).toBe(true);
    expect.soft(caret.before.endsWith('Om'), `before the caret: ${JSON.stringify(caret.before)}`).toBe(true);
    expect.soft(caret.after.startsWith(' søknaden'), `after the caret: ${JSON.stringify(caret.after)}`).toBe(true);
    await waitForUnderlines(page, REPLY_FINDINGS.length - 1);
    await waitForUnderlineOver(page, editor, 'samt', 'clarity');

    if (!caret.focused) await editor.focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => text(page), { message: 'one Ctrl+Z undoes the replacement' }).toBe(REPLY);
  });

  it('applies «og» from the side panel into the shadow editor; caret after it; one Ctrl+Z restores', async () => {
    const page = await openEditorFixture(h, 'shadow.html');
    const editor = page.locator('svar-editor #innhold');
    await editor.click();
    await page.keyboard.type(REPLY);
    await waitForFindings(h, page, REPLY_FINDINGS);

    await applyFromSidePanel(h, page, 'klarsprak.samt', 'og');
    await expect.poll(() => text(page)).toBe(REPLY.replace('samt', 'og'));
    const caret = await caretContext(editor);
    expect(caret.collapsed, 'a collapsed caret after the replacement').toBe(true);
    expect(caret.before.endsWith('tegninger og'), `before the caret: ${JSON.stringify(caret.before)}`).toBe(true);
    expect(caret.after.startsWith(' kart'), `after the caret: ${JSON.stringify(caret.after)}`).toBe(true);
    // The other findings stay underlined over their words.
    await waitForUnderlines(page, REPLY_FINDINGS.length - 1);
    await waitForUnderlineOver(page, editor, 'Vedrørende', 'clarity');

    await editor.focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => text(page), { message: 'one Ctrl+Z undoes the replacement' }).toBe(REPLY);
  });
});
