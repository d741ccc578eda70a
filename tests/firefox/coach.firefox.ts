// Svarhjelp in a real Firefox (Debian's Firefox ESR, the built .output/firefox-mv3): typing in a
// textarea, a contenteditable and a rich-text editor (Quill, from its npm package) gets underlines
// — a mirror overlay for the textarea; in the editors the CSS Custom Highlight API where this
// Firefox paints ::highlight() decorations (146 and later), the overlay before that, so the tests
// ask for underlines under the right words whichever renderer the version gets — read from the
// content script itself (inspectContent); a suggestion applied from the popover goes through the
// editor's input path, so Ctrl+Z undoes it; and the panel page for the tab shows the findings
// under the four values of the standard.
//
// Firefox's sidebar (sidebar_action) is browser chrome that WebDriver BiDi cannot open or reach,
// so the panel is the same sidebar page opened in a tab with ?tab=<id>, as the Chromium suite does.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALUE_IDS } from '../../rules/ids.ts';
import { launchFirefox, until, type ContentSnapshot, type FirefoxHarness } from './harness.ts';

/** One line, long enough to be recognised as bokmål; «Vedrørende» (clarity) and a vague promise (deadline). */
const REPLY = 'Hei Kari! Vedrørende søknaden din om garasje: vi har mottatt den, og vi svarer deg innen fredag.';
/** The editor families' reply: two clarity findings and a national id number (personal data). */
const EDITOR_REPLY = 'Hei Kari!\nVedrørende søknaden din: vi trenger tegninger samt kart.\nFødselsnummer 13097248022 er registrert.';

type Box = NonNullable<ContentSnapshot['popover']>['buttons'][number]['box'];

/** Ctrl+Z, as the user presses it in the focused editor. */
async function pressUndo(page: Page): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyZ');
  await page.keyboard.up('Control');
}

/**
 * Pixels of the clarity underline's colour (#0072B2, style.ts) in a word's box and a few px
 * below it, from a screenshot (BiDi browsingContext.captureScreenshot) decoded by the page's own
 * canvas: dark, strongly blue pixels, which neither the black text nor a light tint produce.
 */
async function underlinePixels(page: Page, box: Box): Promise<number> {
  // Puppeteer clips in document coordinates; the box is in the viewport's.
  const [scrollX, scrollY] = await page.evaluate(() => [window.scrollX, window.scrollY]);
  const clip = {
    x: Math.floor(box.left + scrollX!),
    y: Math.floor(box.top + scrollY!),
    width: Math.ceil(box.right - box.left),
    height: Math.ceil(box.bottom - box.top) + 6,
  };
  const png = await page.screenshot({ encoding: 'base64', clip });
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const px = g.getImageData(0, 0, canvas.width, canvas.height).data;
    let count = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i]! < 90 && px[i + 2]! > 120 && px[i + 2]! - px[i]! > 80) count++;
    return count;
  }, png);
}
const middle = (b: Box) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });

describe('Svarhjelp in Firefox ESR', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await launchFirefox();
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Waits until the content script shows something that `pick` accepts, and returns it. */
  const shown = async <T>(page: Page, what: string, pick: (s: ContentSnapshot) => T | undefined | null | false): Promise<T> => {
    let last: ContentSnapshot | null = null;
    try {
      return await until(what, async () => {
        last = await h.inspect(page);
        return last ? pick(last) : null;
      });
    } catch (error) {
      throw new Error(`${(error as Error).message}; the content script last showed ${JSON.stringify(last)}`);
    }
  };

  /** Waits until the background has checked exactly `text` (a check of a shorter prefix may still be on its way). */
  const checked = async (page: Page, text: string) => {
    const tabId = await h.tabIdOf(page);
    return h.waitForTabState(tabId, (s) => s.result.metrics.characters === text.length);
  };

  /**
   * The underlines of each category as the user sees them: the Highlight API's ranges, or the
   * overlay's segments (one per finding) where this Firefox does not paint ::highlight()
   * decorations. Each with its box; the text under it comes from the page (textUnder).
   */
  const underlines = (s: ContentSnapshot): Record<string, Box[]> => {
    const out: Record<string, Box[]> = {};
    const fromHighlights = Object.entries(s.highlights).flatMap(([category, ranges]) => ranges.map((r) => [category, r.box] as const));
    if (fromHighlights.length > 0) {
      for (const [category, box] of fromHighlights) if (box) (out[category] ??= []).push(box);
      return out;
    }
    const seen = new Set<string>();
    for (const g of s.segments) {
      if (seen.has(g.findingId)) continue;
      seen.add(g.findingId);
      (out[g.category] ??= []).push(g.box);
    }
    return out;
  };
  /** The words under an underline's box, by the browser's own hit testing. */
  const textUnder = (page: Page, box: Box) =>
    page.evaluate((b) => {
      const doc = document as Document & { caretPositionFromPoint(x: number, y: number): { offsetNode: Node; offset: number } | null };
      const y = (b.top + b.bottom) / 2;
      const from = doc.caretPositionFromPoint(b.left + 1, y);
      const to = doc.caretPositionFromPoint(b.right - 1, y);
      if (!from || !to) return '';
      const range = document.createRange();
      range.setStart(from.offsetNode, from.offset);
      range.setEnd(to.offsetNode, to.offset);
      return range.toString().trim();
    }, box);
  const textsUnder = async (page: Page, boxes: Box[] | undefined) => Promise.all((boxes ?? []).map((b) => textUnder(page, b)));

  /** Clicks the popover's «apply» button for `suggestion` with the mouse, like a user. */
  const clickApply = async (page: Page, suggestion: string) => {
    const popover = await shown(page, 'the popover', (s) => s.popover);
    const button = popover.buttons.find((b) => b.action === 'apply' && b.text === suggestion);
    if (!button) throw new Error(`The popover offers no «${suggestion}»: ${JSON.stringify(popover.buttons.map((b) => b.text))}`);
    const { x, y } = middle(button.box);
    await page.mouse.click(x, y);
  };

  it('underlines a textarea reply through its mirror, applies «Om» from the popover and undoes it with Ctrl+Z', async () => {
    const page = await h.openFixture('tracking.html');
    await page.click('#plain');
    await page.keyboard.type(REPLY);
    const state = await checked(page, REPLY);
    expect(state.result.findings.map((f) => f.ruleId)).toContain('klarsprak.vedrorende');

    // Every finding of the check is underlined, each in its own category.
    const segments = await shown(page, 'an underline for every finding', (s) =>
      state.result.findings.every((f) => s.segments.some((g) => g.findingId === f.id && g.category === f.category)) ? s.segments : null,
    );
    const segment = segments.find((g) => g.findingId.startsWith('klarsprak.vedrorende'))!;
    expect(segment.category).toBe('clarity');
    // The underline lies over the word: the browser's own hit testing in the field says which characters are under it.
    const offsetAt = (x: number, y: number) =>
      page.evaluate(
        (px, py) =>
          (document as Document & { caretPositionFromPoint(x: number, y: number): { offset: number } | null }).caretPositionFromPoint(px, py)?.offset ?? -1,
        x,
        y,
      );
    const y = (segment.box.top + segment.box.bottom) / 2;
    const start = REPLY.indexOf('Vedrørende');
    expect(await offsetAt(segment.box.left + 3, y)).toBeGreaterThanOrEqual(start);
    expect(await offsetAt(segment.box.right - 3, y)).toBeLessThanOrEqual(start + 'Vedrørende'.length);

    // Hovering the underline opens the popover, in Norwegian, with the suggestion.
    await page.mouse.move(segment.box.left + 4, y, { steps: 3 });
    const popover = await shown(page, 'the popover over «Vedrørende»', (s) => s.popover);
    expect(popover.label).toMatch(/^Råd fra Svarhjelp: Klart språk/);
    expect(popover.buttons.map((b) => b.action)).toEqual(['apply', 'ignore', 'panel']);
    await clickApply(page, 'Om');
    const value = () => page.$eval('#plain', (el) => (el as HTMLTextAreaElement).value);
    await until('«Om» in the textarea', async () => (await value()) === REPLY.replace('Vedrørende', 'Om'));
    await shown(
      page,
      'the underline gone with the word',
      (s) => !s.segments.some((g) => g.findingId.startsWith('klarsprak.vedrorende')) && s.segments.length > 0,
    );

    // The apply was one edit in the field's own undo history.
    await page.focus('#plain');
    await pressUndo(page);
    await until('Ctrl+Z to restore the reply as typed', async () => (await value()) === REPLY);
  });

  it('underlines a contenteditable reply without touching its DOM, applies «Om» from the popover and undoes it', async () => {
    const page = await h.openFixture('tracking.html');
    await page.click('#ce');
    await page.keyboard.type(REPLY);
    await checked(page, REPLY);
    const clarity = await shown(page, 'the clarity underline', (s) => underlines(s).clarity);
    expect(await textsUnder(page, clarity)).toEqual(['Vedrørende']);
    // The editable DOM is untouched: the underline is a highlight or an overlay, not markup.
    expect(await page.$eval('#ce', (el) => el.querySelectorAll('*').length)).toBe(0);
    // And Firefox paints it: pixels of the clarity colour under «Vedrørende», none under «søknaden».
    const wordBox = (word: string) =>
      page.$eval(
        '#ce',
        (el, w) => {
          const text = el.firstChild as Text;
          const range = document.createRange();
          range.setStart(text, text.data.indexOf(w));
          range.setEnd(text, text.data.indexOf(w) + w.length);
          const r = range.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        },
        word,
      );
    expect(await underlinePixels(page, await wordBox('Vedrørende'))).toBeGreaterThan(10);
    expect(await underlinePixels(page, await wordBox('søknaden'))).toBe(0);

    // Clicking the underlined word opens the popover and leaves focus in the editor.
    const { x, y } = middle(clarity[0]!);
    await page.mouse.click(x, y);
    await shown(page, 'the popover', (s) => s.popover);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ce');
    await clickApply(page, 'Om');
    const text = () => page.$eval('#ce', (el) => (el as HTMLElement).innerText);
    await until('«Om» in the contenteditable', async () => (await text()) === REPLY.replace('Vedrørende', 'Om'));

    await page.focus('#ce');
    await pressUndo(page);
    await until('Ctrl+Z to restore the reply as typed', async () => (await text()) === REPLY);
  });

  it('underlines in Quill, applies «Om» into its model from the popover, and Quill’s own undo restores the reply', async () => {
    const page = await h.openFixture('editors/quill.html');
    await page.waitForFunction(() => (window as unknown as { __fixture?: { ready?: boolean } }).__fixture?.ready === true);
    const model = () => page.evaluate(() => (window as unknown as { __fixture: { text(): string } }).__fixture.text());
    // The empty first line above the quoted inquiry is where the reply goes.
    await page.click('#svar-mount .ql-editor > p');
    await page.keyboard.type(EDITOR_REPLY);
    await until('the reply in Quill’s model, above the quote', async () => (await model()).startsWith(`${EDITOR_REPLY}\nDen 16.11.2026`));

    const shownUnderlines = await shown(page, 'three findings underlined', (s) => {
      const u = underlines(s);
      return (u.clarity?.length ?? 0) === 2 && (u['personal-data']?.length ?? 0) === 1 ? u : null;
    });
    expect(await textsUnder(page, shownUnderlines.clarity)).toEqual(['Vedrørende', 'samt']);
    expect(await textsUnder(page, shownUnderlines['personal-data'])).toEqual(['13097248022']);
    // Nothing in the quoted inquiry (it says «vedrørende» and «samt» too) is underlined.
    expect(Object.values(shownUnderlines).flat()).toHaveLength(3);

    // Quill groups changes by time into undo steps: end the typing's step as a pause would.
    await page.evaluate(() => (window as unknown as { __fixture: { pause(): void } }).__fixture.pause());
    const { x, y } = middle(shownUnderlines.clarity![0]!);
    await page.mouse.click(x, y);
    await clickApply(page, 'Om');
    await until('«Om» in Quill’s model', async () => (await model()).startsWith(`${EDITOR_REPLY.replace('Vedrørende', 'Om')}\n`));
    const left = await shown(page, 'one clarity underline left', (s) => (underlines(s).clarity?.length === 1 ? underlines(s).clarity : null));
    expect(await textsUnder(page, left)).toEqual(['samt']);

    await pressUndo(page);
    await until('Quill’s undo to restore the reply as typed', async () => (await model()).startsWith(`${EDITOR_REPLY}\n`));
  });

  it('shows the tab’s findings in the panel page, grouped under the four values', async () => {
    const page = await h.openFixture('tracking.html');
    await page.click('#plain');
    await page.keyboard.type(REPLY);
    const state = await checked(page, REPLY);
    const tabId = await h.tabIdOf(page);

    const panel = await h.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    // Debian's Firefox ESR speaks English unless a language pack is installed; staff pick
    // bokmål in the panel's own language menu, as here.
    await panel.waitForSelector('[data-testid="ui-language"]');
    await panel.select('[data-testid="ui-language"]', 'nb');
    for (const value of VALUE_IDS) await panel.waitForSelector(`[data-testid="value-${value}"] .value-label`);
    const labels = await panel.$$eval(VALUE_IDS.map((v) => `[data-testid="value-${v}"] > h2 .value-label`).join(', '), (els) =>
      els.map((el) => el.textContent),
    );
    expect(labels).toEqual(['Kompetent', 'Åpen', 'Pålitelig', 'Samfunnsengasjert']);
    // Every finding of the check sits under the value its sub-goal belongs to, and nowhere else.
    expect(state.result.findings.length).toBeGreaterThanOrEqual(3);
    for (const f of state.result.findings) {
      const value = f.subgoal.split('.')[0]!;
      await panel.waitForSelector(`[data-testid="value-${value}"] [data-testid="subgoal-${f.subgoal}"] [data-testid="finding-${f.ruleId}"]`);
      const elsewhere = await panel.$$eval(`section.value:not([data-testid="value-${value}"]) [data-testid="finding-${f.ruleId}"]`, (els) => els.length);
      expect(elsewhere, `${f.ruleId} only under ${value}`).toBe(0);
    }
    // The panel's suggestion button writes into the page's textarea.
    await panel.click('[data-testid="finding-klarsprak.vedrorende"] .finding-suggestions button');
    await until(
      'the panel’s «Om» in the textarea',
      async () => (await page.$eval('#plain', (el) => (el as HTMLTextAreaElement).value)) === REPLY.replace('Vedrørende', 'Om'),
    );
  });
});
