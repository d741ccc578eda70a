// Editor family: a plain contenteditable (no framework). Underlined with the CSS Custom
// Highlight API in the editor's own document; no DOM change. The shared suite (families.e2e.ts)
// runs it with a reply above a quoted inquiry (contenteditable.html?quote=blockquote); this file holds what
// only the Highlight API path shows: highlights by category under neutral names, the markup
// untouched, and undo after a fix from the side panel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from '../harness.ts';
import { CATEGORIES, REPLY, REPLY_FINDINGS, UNFLAGGED_WORD, foreignMarkup, normalise } from '../underlines.ts';
import { applyFromSidePanel, expectUnderlinesOnWords, fixtureValue, openEditorFixture, waitForFindings } from './family.ts';
import { inContentWorld, type ContentInspection } from '../content-world.ts';

describe('editor family: contenteditable', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('underlines each finding with a highlight per category, over its word, without touching the DOM', async () => {
    const page = await openEditorFixture(h, 'contenteditable.html');
    const editor = page.locator('#svar');
    await editor.click();
    await page.keyboard.type(REPLY);
    const state = await waitForFindings(h, page, REPLY_FINDINGS);
    expect(state.fieldKey).toBe('ce#svar');
    const html = await fixtureValue(page, 'html');

    const boxes = await expectUnderlinesOnWords(page, editor, REPLY_FINDINGS, UNFLAGGED_WORD);
    // The Highlight API path: named by category, one Range per finding, the finding's text.
    expect(
      boxes.every((b) => b.source === 'highlight'),
      'contenteditable uses CSS.highlights',
    ).toBe(true);
    // Which categories have a Highlight registered (under the content script's per-load names).
    const names = await inContentWorld(page, () =>
      Object.entries((globalThis as { svarhjelpInspect?: ContentInspection }).svarhjelpInspect!.highlightNames)
        .filter(([, names]) => names.some((name) => CSS.highlights.has(name)))
        .map(([category]) => category)
        .sort(),
    );
    expect(names).toEqual(['clarity', 'personal-data']);
    expect(names!.every((n) => (CATEGORIES as readonly string[]).includes(n))).toBe(true);
    // The page sees highlights under names that say nothing of the extension or the category.
    const pageNames = await page.evaluate(() => [...CSS.highlights.keys()]);
    expect(pageNames).toHaveLength(2);
    expect(pageNames.join(' ')).not.toMatch(/svarhjelp|clarity|personal|tone|deadline/);
    expect(boxes.map((b) => b.text).sort()).toEqual(['13097248022', 'Vedrørende', 'samt']);
    expect(await fixtureValue(page, 'html'), 'the editor markup is unchanged by underlining').toBe(html);
    expect(await foreignMarkup(page)).toEqual([]);
  });

  it('applies «og» from the side panel', async () => {
    const page = await openEditorFixture(h, 'contenteditable.html');
    const editor = page.locator('#svar');
    await editor.click();
    await page.keyboard.type(REPLY);
    await waitForFindings(h, page, REPLY_FINDINGS);
    await applyFromSidePanel(h, page, 'klarsprak.samt', 'og');
    await expect.poll(async () => normalise(await fixtureValue(page, 'text'))).toBe(REPLY.replace('samt', 'og'));
    await editor.focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(async () => normalise(await fixtureValue(page, 'text'))).toBe(REPLY);
  });
});
