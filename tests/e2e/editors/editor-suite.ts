// The browser suite every editor family with its own document model runs through (the list is
// families.e2e.ts): every assertion about the text reads the model through the editor's API
// (window.__fixture.text() and quote() on the fixture page), never the DOM, because the DOM can
// show one text while the editor would save another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Surface } from '../underlines.ts';
import { launch, type Harness } from '../harness.ts';
import {
  REPLY,
  REPLY_AFTER_APPLY,
  REPLY_FINDINGS,
  UNFLAGGED_WORD,
  expectNoUnderlineIn,
  findPopover,
  normalise,
  waitForUnderlineOver,
  waitForUnderlines,
  wordBox,
} from '../underlines.ts';
import {
  QUOTED_WORDS,
  applyFromSidePanel,
  applyWithPopover,
  expectUnderlinesOnWords,
  fixtureValue,
  frameOf,
  openEditorFixture,
  waitForFindings,
} from './family.ts';

export interface EditorFamilySpec {
  /** The library, for the test names. */
  name: string;
  /** Fixture page under tests/e2e/fixtures/editors/. */
  fixture: string;
  /** The editing host (the contenteditable element the library renders). */
  editor: string;
  /** The iframe the editing host lives in (TinyMCE); underlines are drawn in its document. */
  frame?: string;
  /** The empty first line, where the reply goes (inside the editor); default its first <p>. */
  replyLine?: string;
  /**
   * The fixture has __fixture.pause(): the editor groups changes by time into undo steps, and
   * this ends the typing's step as a pause in typing would (Quill: history.cutoff(), ProseMirror: closeHistory).
   */
  pausesByTime?: boolean;
  /** The quoted inquiry's elements inside the editor; default <blockquote>. */
  quote?: string;
  /** How the model's text goes on after the reply's line (the quote's first words); default the attribution «Den 16.11.2026». */
  quoteStart?: string;
}

/** The model's text with block breaks normalised. */
const modelText = async (page: Page) => normalise(await fixtureValue(page, 'text'));

export function describeEditorFamily(spec: EditorFamilySpec): void {
  describe(`editor family: ${spec.name} (its own model)`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launch();
    });
    afterAll(async () => {
      await h?.close();
    });

    /** Opens the fixture and types the reply on the empty first line, above the quoted inquiry. */
    async function openAndType(): Promise<{ page: Page; surface: Surface; editor: Locator }> {
      const page = await openEditorFixture(h, spec.fixture);
      // Where the editor and its underlines live: the page, or the editor's iframe.
      const surface: Surface = spec.frame ? await frameOf(page, spec.frame) : page;
      const editor = surface.locator(spec.editor);
      await editor
        .locator(spec.replyLine ?? ':scope > p')
        .first()
        .click();
      await page.keyboard.type(REPLY);
      await expect
        .poll(() => modelText(page), { message: `${spec.name}'s model holds the typed reply above the quote` })
        .toMatch(new RegExp(`^${escape(REPLY)}\\n${escape(spec.quoteStart ?? 'Den 16.11.2026')}`));
      return { page, surface, editor };
    }

    it('underlines the findings on their words, and nothing in the quoted inquiry', async () => {
      const { page, surface, editor } = await openAndType();
      const quoteBefore = await fixtureValue(page, 'quote');
      expect(quoteBefore).toContain('vedrørende');
      await waitForFindings(h, page, REPLY_FINDINGS);
      const boxes = await expectUnderlinesOnWords(surface, editor, REPLY_FINDINGS, UNFLAGGED_WORD);
      // Draft.js renders one <blockquote> per quoted line (Outlook one <div>): the area is all of them.
      const quoteBox = await editor.locator(spec.quote ?? 'blockquote').evaluateAll((els) => {
        const rs = els.map((el) => el.getBoundingClientRect());
        return {
          left: Math.min(...rs.map((r) => r.left)),
          top: Math.min(...rs.map((r) => r.top)),
          right: Math.max(...rs.map((r) => r.right)),
          bottom: Math.max(...rs.map((r) => r.bottom)),
        };
      });
      const quote = editor.locator(spec.quote ?? 'blockquote', { hasText: 'vedrørende' });
      expect(quoteBox.bottom - quoteBox.top, 'the quote is laid out').toBeGreaterThan(0);
      expectNoUnderlineIn(quoteBox, boxes, 'quoted inquiry');
      for (const w of QUOTED_WORDS) expectNoUnderlineIn(await wordBox(surface, quote, w), boxes, `quoted «${w}»`);
      expect(await fixtureValue(page, 'quote'), 'underlining changed nothing in the model').toBe(quoteBefore);
      expect(await modelText(page)).toMatch(new RegExp(`^${escape(REPLY)}\\n`));
    });

    it('applies «Om» from the popover into the model, and one Ctrl+Z restores the reply as typed', async () => {
      const { page, surface, editor } = await openAndType();
      await waitForFindings(h, page, REPLY_FINDINGS);
      await waitForUnderlines(surface, REPLY_FINDINGS.length);
      if (spec.pausesByTime) await fixtureValue(page, 'pause');

      await applyWithPopover(page, editor, 'Om');
      await expectModelAfterApply(page, spec.name);
      // The DOM agrees with the model: the page shows what it would save.
      expect(normalise(await editor.innerText())).toMatch(new RegExp(`^${escape(REPLY_AFTER_APPLY)}\\n`));
      await waitForUnderlines(surface, REPLY_FINDINGS.length - 1);
      await waitForUnderlineOver(surface, editor, 'samt', 'clarity');

      await editor.focus();
      await page.keyboard.press('Control+Z');
      await expect
        .poll(() => modelText(page), { message: `one Ctrl+Z (${spec.name}'s own undo) restores exactly the reply as typed` })
        .toMatch(new RegExp(`^${escape(REPLY)}\\n`));
    });

    it('leaves the caret right after the replacement: a typed letter follows «Om» in the model', async () => {
      const { page, surface, editor } = await openAndType();
      await waitForFindings(h, page, REPLY_FINDINGS);
      await waitForUnderlines(surface, REPLY_FINDINGS.length);
      await applyWithPopover(page, editor, 'Om');
      await expectModelAfterApply(page, spec.name);
      await page.keyboard.type('X');
      await expect
        .poll(() => modelText(page), { message: 'the letter typed after the apply' })
        .toMatch(new RegExp(`^${escape(REPLY_AFTER_APPLY.replace('Om søknaden', 'OmX søknaden'))}\\n`));
    });

    it('keeps every underline on its word when the editor re-renders its text nodes, with no keystroke', async () => {
      const { page, surface, editor } = await openAndType();
      await waitForFindings(h, page, REPLY_FINDINGS);
      await waitForUnderlines(surface, REPLY_FINDINGS.length);
      // What a model editor does after an input event (Slate re-renders a paragraph's leaves): the
      // reply's text nodes are replaced by new ones with the same text. Ranges on the old nodes
      // collapse; no input event follows.
      const replaced = await editor.evaluate((host, quoteSelector) => {
        const quoted = [...host.querySelectorAll(quoteSelector)];
        const walker = host.ownerDocument.createTreeWalker(host, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!quoted.some((q) => q.contains(n)) && (n as Text).data.trim()) nodes.push(n as Text);
        for (const node of nodes) node.replaceWith(host.ownerDocument.createTextNode(node.data));
        return nodes.length;
      }, spec.quote ?? 'blockquote');
      expect(replaced, 'text nodes re-rendered').toBeGreaterThan(0);
      await expectUnderlinesOnWords(surface, editor, REPLY_FINDINGS, UNFLAGGED_WORD);
    });

    it('applies «og» from the side panel into the model', async () => {
      const { page } = await openAndType();
      await waitForFindings(h, page, REPLY_FINDINGS);
      await applyFromSidePanel(h, page, 'klarsprak.samt', 'og');
      await expect.poll(() => modelText(page), { message: `${spec.name}'s model after the side panel's apply` }).toContain('tegninger og kart.');
      expect(await modelText(page)).not.toContain('samt kart');
    });
  });
}

/** Waits for «Om» in the model; on failure, says what the popover said about the apply. */
async function expectModelAfterApply(page: Page, name: string): Promise<void> {
  try {
    await expect.poll(() => modelText(page), { message: `${name}'s model after apply` }).toMatch(new RegExp(`^${escape(REPLY_AFTER_APPLY)}\\n`));
  } catch (error) {
    const said = (await (await findPopover(page, 0))?.text('[data-svarhjelp-notice]')) ?? '(no notice)';
    throw new Error(`${(error as Error).message}\nThe popover after the apply: ${said}`);
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
