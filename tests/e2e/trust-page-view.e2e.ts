// What the extension renders in a page is for the user's eyes, not the page's scripts. A reply
// with a canary word, a fødselsnummer and a health word is typed into a textarea (mirror and
// overlay) and a contenteditable (Highlight API), with the popover open over a finding; then a
// script of the page walks every element and every shadow root it can reach — text, attributes,
// style sheets — and the highlight registry. It finds our hosts, but not the canary or any typed
// word outside the fields themselves, no rule id, no category, no message, no extension name in
// the highlight names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness.ts';
import { BUNDLED_RULE_SET } from '../../rules/standard/index.ts';
import { findPopover, waitForUnderlines } from './underlines.ts';
import { segments } from './inline.ts';

const CANARY = 'Zqvarnholt';
const REPLY = `Hei Ingrid! Vedrørende ${CANARY}: fødselsnummer 13097248022 og diagnosen Frostvinge.`;
const TYPED_WORDS = [...new Set(REPLY.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 5))];
const RULE_IDS = BUNDLED_RULE_SET.rules.map((r) => r.id);
const CATEGORY_NAMES = ['personal-data', 'clarity', 'deadline', 'personvern', 'klarsprak'];

/** Every string a page script can read off the document: text outside the fields, attributes, CSS, highlight names. */
function pageView(page: Page): Promise<{ strings: string[]; shadowRoots: number; highlightNames: string[] }> {
  return page.evaluate(() => {
    const strings: string[] = [];
    let shadowRoots = 0;
    const fields = [...document.querySelectorAll('textarea, input, [contenteditable="true"]')];
    const sheetText = (sheets: Iterable<CSSStyleSheet>) => {
      for (const sheet of sheets) {
        try {
          strings.push([...sheet.cssRules].map((r) => r.cssText).join('\n'));
        } catch {
          // A cross-origin sheet: not readable by the page either.
        }
      }
    };
    const walk = (root: Document | ShadowRoot) => {
      sheetText(root.adoptedStyleSheets);
      for (const el of root.querySelectorAll('*')) {
        for (const name of el.getAttributeNames()) strings.push(`${el.localName}[${name}=${el.getAttribute(name)}]`);
        // The page's own fields hold the reply; everything else must not.
        if (!fields.some((f) => f === el || f.contains(el))) {
          for (const node of el.childNodes) if (node.nodeType === Node.TEXT_NODE) strings.push(node.textContent ?? '');
        }
        if (el instanceof HTMLStyleElement && el.sheet) sheetText([el.sheet]);
        if (el.shadowRoot) {
          shadowRoots++;
          walk(el.shadowRoot);
        }
      }
    };
    walk(document);
    sheetText(document.styleSheets);
    return { strings, shadowRoots, highlightNames: [...CSS.highlights.keys()] };
  });
}

describe('what a page can read of what the extension renders', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('finds neither the reply’s words nor rule ids nor categories in any element, shadow root or highlight name', async () => {
    const page = await h.openFixture('tracking.html');
    const before = new Set((await pageView(page)).strings);

    const expectNothingToRead = async (stage: string) => {
      const view = await pageView(page);
      const added = view.strings.filter((s) => !before.has(s));
      const joined = added.join('\n');
      expect(joined, `${stage}: the page sees our hosts`).toContain('svarhjelp-overlay');
      expect(
        TYPED_WORDS.filter((w) => joined.includes(w)),
        `${stage}: typed words outside the fields`,
      ).toEqual([]);
      expect(
        RULE_IDS.filter((id) => joined.includes(id)),
        `${stage}: rule ids`,
      ).toEqual([]);
      expect(
        CATEGORY_NAMES.filter((c) => joined.toLowerCase().includes(c)),
        `${stage}: categories`,
      ).toEqual([]);
      // Our hosts' shadow roots are closed: the page reaches none of them.
      expect(view.shadowRoots, `${stage}: shadow roots the page can open`).toBe(0);
      expect(view.highlightNames.join(' '), `${stage}: highlight names`).not.toMatch(/svarhjelp|personal|clarity|tone|deadline|personvern/i);
      return view;
    };

    // A textarea: the overlay's mirror holds the whole text, its segments mark the flagged words.
    await h.typeInto(page, '#plain', REPLY);
    await waitForUnderlines(page, 3);
    expect((await segments(page)).map((s) => s.findingId.split(':')[0]).sort()).toEqual([
      'klarsprak.vedrorende',
      'personvern.fodselsnummer',
      'personvern.helse',
    ]);
    await page.keyboard.press('Alt+KeyJ');
    const popover = await findPopover(page);
    expect(popover, 'the popover is open while the page looks').not.toBeNull();
    expect((await popover!.buttons()).length).toBeGreaterThan(0);
    await expectNothingToRead('textarea');
    await page.keyboard.press('Escape');

    // A contenteditable: highlights in the page's own registry, and the popover again.
    await h.typeInto(page, '#ce', REPLY);
    await waitForUnderlines(page, 3);
    await page.locator('#ce').press('Control+Home');
    await page.keyboard.press('Alt+KeyJ');
    expect(await findPopover(page)).not.toBeNull();
    const view = await expectNothingToRead('contenteditable');
    // Highlights are registered, under names that tell nothing (checked above).
    expect(view.highlightNames.length).toBeGreaterThan(0);
    await page.close();
  });
});
