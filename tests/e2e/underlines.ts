// Shared assertions of the per-editor browser tests (tests/e2e/editors/): where the extension
// drew its underlines, where the words really are, and whether the two agree.
//
// The test contract with the content script (read in its isolated world, ./content-world.ts,
// since a page must not be able to read any of it):
//   • contenteditable: one Highlight per category in the editor document's own registry
//     (`CSS.highlights`, under the per-load names svarhjelpInspect.highlightNames gives), one Range per finding;
//   • textarea/input (and the overlay fallback): a closed shadow root on <svarhjelp-overlay> in the
//     field's document (svarhjelpInspect.overlayRoots()), each underline segment with
//     data-svarhjelp-underline, its finding and category from svarhjelpInspect.segment(el);
//   • popover: closed shadow root on <svarhjelp-popover> (svarhjelpInspect.popoverRoots()) with
//     role="dialog" and buttons data-action="apply" (text = suggestion) | "ignore" | "panel";
//     Alt+J opens the next finding.
//
// Word boxes are measured independently of the extension: a Range over the page's own text
// node for rich editors; for textarea/input, arithmetic from the field's computed style and
// canvas text metrics, checked against the browser's own hit testing (caretPositionFromPoint),
// so a helper that measured the wrong place fails instead of agreeing with a wrong underline.

import { expect } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import { evaluateInContentWorld, inContentWorld, type ContentInspection } from './content-world.ts';

export type Surface = Page | Frame;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface UnderlineBox {
  /** tone | clarity | personal-data | deadline (from the highlight name or data-category). */
  category: string;
  /** Overlay segments carry their finding id; highlight ranges do not. */
  findingId?: string;
  /** One key per finding: the finding id, or `<highlight name>#<range index>`. */
  key: string;
  source: 'highlight' | 'overlay';
  /** The underlined text (highlight ranges only). */
  text?: string;
  rect: Box;
}

export const CATEGORIES = ['tone', 'clarity', 'personal-data', 'deadline'] as const;

/** The reply used by the multi-line families, and what the engine flags in it. */
export const REPLY = 'Hei Kari!\nVedrørende søknaden din: vi trenger tegninger samt kart.\nFødselsnummer 13097248022 er registrert.';
export const REPLY_AFTER_APPLY = REPLY.replace('Vedrørende', 'Om');
/** Word → rule and category, for every finding the engine reports in REPLY (no more). */
export const REPLY_FINDINGS = [
  { word: 'Vedrørende', ruleId: 'klarsprak.vedrorende', category: 'clarity' },
  { word: 'samt', ruleId: 'klarsprak.samt', category: 'clarity' },
  { word: '13097248022', ruleId: 'personvern.fodselsnummer', category: 'personal-data' },
] as const;
/** A word of REPLY that no rule flags: no underline may cover it. */
export const UNFLAGGED_WORD = 'tegninger';

/** How far (CSS px) an underline may be off its word before the test fails. */
export const TOLERANCE_X = 3;
/** Vertically an underline may sit a little under the glyphs (text-underline-offset, a 2 px bar). */
export const TOLERANCE_Y = 6;

/**
 * Every underline the extension shows in this document: the ranges of all svarhjelp-*
 * highlights (one entry per client rect) and the segments inside <svarhjelp-overlay> shadow
 * roots (searched in the document and in open shadow roots). Coordinates are the surface's
 * viewport (a frame's own viewport for an iframe).
 */
export async function underlineBoxes(surface: Surface): Promise<UnderlineBox[]> {
  const boxes = await inContentWorld(surface, () => {
    const inspect = (globalThis as { svarhjelpInspect?: ContentInspection }).svarhjelpInspect!;
    const out: {
      category: string;
      findingId?: string;
      key: string;
      source: 'highlight' | 'overlay';
      text?: string;
      rect: { left: number; top: number; right: number; bottom: number };
    }[] = [];
    const plain = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const registry = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
    if (registry) {
      for (const [category, names] of Object.entries(inspect.highlightNames)) {
        let i = 0;
        for (const range of names.flatMap((name) => [...((registry.get(name) ?? []) as unknown as Iterable<AbstractRange>)])) {
          const key = `${category}#${i++}`;
          // StaticRange has no geometry; the contract asks for live Ranges.
          const rects = range instanceof Range ? [...range.getClientRects()] : [];
          for (const r of rects) {
            if (r.width <= 0 || r.height <= 0) continue;
            out.push({ category, key, source: 'highlight', text: range.toString(), rect: plain(r) });
          }
        }
      }
    }
    for (const root of inspect.overlayRoots()) {
      for (const seg of root.querySelectorAll<HTMLElement>('[data-svarhjelp-underline]')) {
        const style = getComputedStyle(seg);
        if (style.display === 'none' || style.visibility === 'hidden') continue;
        const info = inspect.segment(seg);
        for (const r of seg.getClientRects()) {
          if (r.width <= 0 || r.height <= 0) continue;
          out.push({
            category: info?.category ?? '',
            findingId: info?.findingId,
            key: info?.findingId ?? `overlay#${out.length}`,
            source: 'overlay',
            rect: plain(r),
          });
        }
      }
    }
    return out;
  });
  return boxes ?? [];
}

/** How many findings are underlined (a finding wrapped over two lines counts once). */
export function underlinedFindings(boxes: readonly UnderlineBox[]): number {
  return new Set(boxes.map((b) => b.key)).size;
}

/**
 * The box of the `occurrence`-th `word` in the field `locator` points at (a textarea, an input,
 * or a rich editor's root), in the viewport of the locator's frame.
 */
export async function wordBox(surface: Surface, locator: Locator, word: string, occurrence = 0): Promise<Box> {
  // Surface is where the locator lives; the locator's own frame is what evaluates.
  void surface;
  const result = await locator.evaluate(
    (el, { word, occurrence }) => {
      const plain = (r: { left: number; top: number; right: number; bottom: number }) => ({
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
      });
      const nth = (text: string): number => {
        let at = -1;
        for (let i = 0; i <= occurrence; i++) {
          at = text.indexOf(word, at + 1);
          if (at < 0) return -1;
        }
        return at;
      };

      if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
        const field = el;
        const value = field.value;
        const at = nth(value);
        if (at < 0) return { error: `«${word}» #${occurrence} is not in the field's value ${JSON.stringify(value)}` };
        const cs = getComputedStyle(field);
        const px = (v: string) => parseFloat(v) || 0;
        const canvas = document.createElement('canvas').getContext('2d')!;
        canvas.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        const measure = (s: string) => canvas.measureText(s).width;
        const isArea = field instanceof HTMLTextAreaElement;
        const lineStart = isArea ? value.lastIndexOf('\n', at - 1) + 1 : 0;
        const lineIndex = isArea ? value.slice(0, at).split('\n').length - 1 : 0;
        const lineHeight = px(cs.lineHeight);
        const inner = field.clientWidth - px(cs.paddingLeft) - px(cs.paddingRight);
        if (isArea) {
          // Only unwrapped lines can be measured this way; keep test replies short per line.
          const lines = value.split('\n').slice(0, lineIndex + 1);
          const wide = lines.find((l) => measure(l) > inner - 2);
          if (wide !== undefined) return { error: `line ${JSON.stringify(wide)} may wrap in a ${inner}px-wide textarea` };
        }
        const r = field.getBoundingClientRect();
        const x0 = r.left + field.clientLeft + px(cs.paddingLeft) - field.scrollLeft;
        const left = x0 + measure(value.slice(lineStart, at));
        const right = x0 + measure(value.slice(lineStart, at + word.length));
        let top: number;
        if (isArea) {
          top = r.top + field.clientTop + px(cs.paddingTop) - field.scrollTop + lineIndex * lineHeight;
        } else {
          // An input centres its single line in the content box.
          const contentTop = r.top + field.clientTop + px(cs.paddingTop);
          const contentHeight = field.clientHeight - px(cs.paddingTop) - px(cs.paddingBottom);
          top = contentTop + (contentHeight - lineHeight) / 2;
        }
        const box = { left, top, right, bottom: top + lineHeight };
        // Check the arithmetic against the browser's hit testing: just inside the word's left
        // edge the caret goes before its first letter, just inside its right edge after its
        // last. Measured in the upper part of the line, away from an underline bar.
        const doc = field.ownerDocument as Document & {
          caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
        };
        const y = top + lineHeight * 0.35;
        const hit = doc.elementFromPoint(left + 1, y);
        if (hit !== field) {
          return { error: `wordBox self-check: the point over «${word}» hits ${hit?.nodeName ?? 'nothing'}, not the field` };
        }
        const caretAt = (x: number) => doc.caretPositionFromPoint?.(x, y)?.offset ?? NaN;
        const before = caretAt(left + 1);
        const after = caretAt(right - 1);
        if (before !== at || after !== at + word.length) {
          return {
            error:
              `wordBox self-check failed for «${word}»: measured ${JSON.stringify(plain(box))}, but the caret ` +
              `lands at ${before}/${after} instead of ${at}/${at + word.length}`,
          };
        }
        return { box };
      }

      // Rich editors: a Range over the text node that holds the word (words in the test
      // replies never span two text nodes).
      const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        let from = 0;
        for (;;) {
          const at = node.data.indexOf(word, from);
          if (at < 0) break;
          if (seen++ === occurrence) {
            const range = el.ownerDocument.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + word.length);
            const rects = [...range.getClientRects()].filter((r) => r.width > 0);
            if (rects.length !== 1) return { error: `«${word}» spans ${rects.length} line boxes` };
            return { box: plain(rects[0]!) };
          }
          from = at + 1;
        }
      }
      return { error: `«${word}» #${occurrence} is not in the editor's text ${JSON.stringify(el.textContent)}` };
    },
    { word, occurrence },
  );
  if ('error' in result) throw new Error(result.error);
  return result.box;
}

const fmt = (b: Box) => `[${b.left.toFixed(1)}, ${b.top.toFixed(1)} → ${b.right.toFixed(1)}, ${b.bottom.toFixed(1)}]`;

function covers(word: Box, u: Box): boolean {
  return (
    Math.abs(u.left - word.left) <= TOLERANCE_X &&
    Math.abs(u.right - word.right) <= TOLERANCE_X &&
    u.top >= word.top - TOLERANCE_Y &&
    u.bottom <= word.bottom + TOLERANCE_Y
  );
}

/**
 * Asserts that exactly one underline lies over the word: its left and right ends within a
 * few px of the word's, vertically within the word's line. Returns it.
 */
export function expectUnderlineOver(word: Box, boxes: readonly UnderlineBox[], category?: string, what = 'word'): UnderlineBox {
  const over = boxes.filter((b) => covers(word, b.rect));
  if (over.length !== 1) {
    throw new Error(
      `Expected one underline over the ${what} at ${fmt(word)}, found ${over.length}. Underlines:\n` +
        (boxes.map((b) => `  ${b.source} ${b.category} ${b.key} ${fmt(b.rect)}${b.text ? ` «${b.text}»` : ''}`).join('\n') || '  (none)'),
    );
  }
  const hit = over[0]!;
  if (category !== undefined) {
    expect(hit.category, `category of the underline over the ${what}`).toBe(category);
  }
  return hit;
}

/** Asserts that no underline touches the box (an unflagged word, the quoted inquiry). */
export function expectNoUnderlineIn(area: Box, boxes: readonly UnderlineBox[], what = 'area'): void {
  const touching = boxes.filter((b) => b.rect.left < area.right && b.rect.right > area.left && b.rect.top < area.bottom && b.rect.bottom > area.top);
  if (touching.length) {
    throw new Error(`Expected no underline in the ${what} ${fmt(area)}; found ${touching.map((b) => `${b.category} ${fmt(b.rect)}`).join(', ')}`);
  }
}

/** Moves a box, to check that the assertions reject a misplaced underline. */
export function shifted(b: Box, dx: number, dy: number): Box {
  return { left: b.left + dx, top: b.top + dy, right: b.right + dx, bottom: b.bottom + dy };
}

/**
 * The assertions must be able to fail: a box a few px off, or on the next line, must not pass
 * as the word's underline. Run once per test with the real underline set.
 */
export function expectHelpersRejectWrongBoxes(word: Box, boxes: readonly UnderlineBox[]): void {
  expect(() => expectUnderlineOver(shifted(word, TOLERANCE_X + 3, 0), boxes)).toThrow();
  expect(() => expectUnderlineOver(shifted(word, -(TOLERANCE_X + 3), 0), boxes)).toThrow();
  expect(() => expectUnderlineOver(shifted(word, 0, 20), boxes)).toThrow();
  expect(() => expectNoUnderlineIn(word, boxes)).toThrow();
}

/** Waits until the surface shows `count` underlined findings; returns the boxes. */
export async function waitForUnderlines(surface: Surface, count: number, timeoutMs = 15_000): Promise<UnderlineBox[]> {
  const deadline = Date.now() + timeoutMs;
  let boxes: UnderlineBox[] = [];
  while (Date.now() < deadline) {
    boxes = await underlineBoxes(surface);
    if (underlinedFindings(boxes) === count) {
      // Positions settle with layout; read once more in the next frame.
      await surface.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
      const again = await underlineBoxes(surface);
      if (underlinedFindings(again) === count) return again;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(
    `Expected ${count} underlined findings, found ${underlinedFindings(boxes)}: ` +
      JSON.stringify(boxes.map((b) => ({ category: b.category, key: b.key, text: b.text }))),
  );
}

/** Every frame of the page, the top one first (popovers may live in the editor's frame). */
function surfacesOf(page: Page): Frame[] {
  return page.frames();
}

export interface PopoverButton {
  action: string;
  text: string;
  /** The accessible name (aria-label). */
  label: string;
}

/**
 * The extension's open popover, read and pressed from outside the page: its closed shadow root
 * is reached in the content script's world, and buttons are pressed with real mouse clicks at
 * their place on screen (the popover acts on the user's own, trusted clicks only).
 */
/** The visible popover dialog in the content-script world (source for evaluateInContentWorld). */
function visibleDialog(): HTMLElement | null {
  const inspect = (globalThis as { svarhjelpInspect?: ContentInspection }).svarhjelpInspect!;
  for (const root of inspect.popoverRoots()) {
    const dialog = root.querySelector<HTMLElement>('[role="dialog"]');
    if (dialog && dialog.style.display !== 'none' && dialog.getClientRects().length > 0) return dialog;
  }
  return null;
}

export class PopoverHandle {
  readonly page: Page;
  readonly frame: Frame;
  constructor(page: Page, frame: Frame) {
    this.page = page;
    this.frame = frame;
  }

  /** Runs `fn` on the visible dialog in the content-script world; null when none is visible. */
  private onDialog<T, A>(fn: (dialog: HTMLElement, arg: A) => T, arg: A): Promise<T | null> {
    return evaluateInContentWorld<T>(
      this.frame,
      `(() => { const dialog = (${visibleDialog.toString()})(); return dialog ? (${fn.toString()})(dialog, ${JSON.stringify(arg)}) : null; })()`,
    );
  }

  async isVisible(): Promise<boolean> {
    return (await this.onDialog(() => true, null)) === true;
  }

  async buttons(): Promise<PopoverButton[]> {
    return (
      (await this.onDialog(
        (dialog) =>
          [...dialog.querySelectorAll('button')].map((b) => ({
            action: b.getAttribute('data-action') ?? '',
            text: (b.textContent ?? '').trim(),
            label: b.getAttribute('aria-label') ?? '',
          })),
        null,
      )) ?? []
    );
  }

  /** The dialog's attribute (aria-label, aria-describedby …). */
  async attribute(name: string): Promise<string | null> {
    return this.onDialog((dialog, n) => dialog.getAttribute(n), name);
  }

  /** The text of the first element in the dialog that matches a selector (the apply notice …), or null. */
  async text(selector: string): Promise<string | null> {
    return this.onDialog((dialog, sel) => dialog.querySelector(sel)?.textContent ?? null, selector);
  }

  /** How many elements in the dialog match a selector. */
  async count(selector: string): Promise<number> {
    return (await this.onDialog((dialog, sel) => dialog.querySelectorAll(sel).length, selector)) ?? 0;
  }

  /** Clicks the first button with this action (and, for apply, this text) like a user. */
  async click(action: string, text?: string): Promise<void> {
    const box = await this.onDialog(
      (dialog, want) => {
        const button = [...dialog.querySelectorAll('button')].find(
          (b) => b.getAttribute('data-action') === want.action && (want.text === undefined || (b.textContent ?? '').trim() === want.text),
        );
        const r = button?.getBoundingClientRect();
        return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      },
      { action, text },
    );
    if (!box) throw new Error(`The popover has no button ${action}${text ? ` «${text}»` : ''}`);
    // A frame's viewport coordinates, moved into the page's.
    let { x, y } = box;
    for (let f: Frame | null = this.frame; f && f.parentFrame(); f = f.parentFrame()) {
      const frameBox = await (await f.frameElement()).boundingBox();
      if (!frameBox) throw new Error('The popover’s frame has no box');
      x += frameBox.x;
      y += frameBox.y;
    }
    await this.page.mouse.click(x, y);
  }
}

/** The visible popover dialog (closed shadow root of <svarhjelp-popover>), in any frame. */
export async function findPopover(page: Page, timeoutMs = 5_000): Promise<PopoverHandle | null> {
  const deadline = Date.now() + timeoutMs;
  do {
    for (const frame of surfacesOf(page)) {
      const handle = new PopoverHandle(page, frame);
      if (await handle.isVisible().catch(() => false)) return handle;
    }
    await new Promise((r) => setTimeout(r, 50));
  } while (Date.now() < deadline);
  return null;
}

/**
 * Opens the finding whose apply button reads `suggestion` with Alt+J (from the editor, which
 * must have focus) and returns its popover. Presses Alt+J at most `maxFindings` times.
 */
export async function openPopoverFor(page: Page, suggestion: string, maxFindings = 6): Promise<PopoverHandle> {
  const seen: string[] = [];
  for (let i = 0; i < maxFindings; i++) {
    await page.keyboard.press('Alt+KeyJ');
    const popover = await findPopover(page);
    if (!popover) {
      throw new Error(`CONTENT SCRIPT: Alt+J opened no <svarhjelp-popover> with role="dialog" (press ${i + 1}; seen so far: ${JSON.stringify(seen)})`);
    }
    const texts = (await popover.buttons()).filter((b) => b.action === 'apply').map((b) => b.text);
    seen.push(texts.join('|'));
    if (texts.includes(suggestion)) return popover;
  }
  throw new Error(`Alt+J never opened a popover offering «${suggestion}»; apply buttons seen: ${JSON.stringify(seen)}`);
}

/** Clicks the popover's apply button for `suggestion`. */
export async function applyFromPopover(popover: PopoverHandle, suggestion: string): Promise<void> {
  await popover.click('apply', suggestion);
}

/** Text with block breaks normalised (innerText gives "\n\n" around <p>, RoosterJS "\r\n"). */
export function normalise(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(/\n+/g, '\n')
    .trim();
}

/**
 * The text just before and just after the caret in `root` (a rich editor), or in a text field
 * its selection offsets. Used to check the caret ends after an applied replacement.
 */
export async function caretContext(locator: Locator): Promise<{ focused: boolean; before: string; after: string; collapsed: boolean }> {
  return locator.evaluate((el) => {
    const doc = el.ownerDocument;
    const root = el.getRootNode() as Document | ShadowRoot;
    let active: Element | null = doc.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const focused = active === el || (active !== null && el.contains(active));
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
      const s = el.selectionStart ?? -1;
      const e = el.selectionEnd ?? -1;
      return { focused, before: el.value.slice(0, s), after: el.value.slice(e), collapsed: s === e };
    }
    // A selection inside a shadow root is reported through getComposedRanges where available.
    const sel = doc.getSelection();
    let range: StaticRange | Range | null = null;
    if (sel && sel.rangeCount) {
      const composed = (sel as Selection & { getComposedRanges?(o: { shadowRoots: ShadowRoot[] }): StaticRange[] }).getComposedRanges;
      range = root instanceof ShadowRoot && composed ? (composed.call(sel, { shadowRoots: [root] })[0] ?? null) : sel.getRangeAt(0);
    }
    if (!range) return { focused, before: '', after: '', collapsed: false };
    const head = doc.createRange();
    head.selectNodeContents(el);
    head.setEnd(range.startContainer, range.startOffset);
    const tail = doc.createRange();
    tail.selectNodeContents(el);
    tail.setStart(range.endContainer, range.endOffset);
    return { focused, before: head.toString(), after: tail.toString(), collapsed: range.collapsed };
  });
}

/**
 * The host page's DOM as markup, leaving out the extension's own <svarhjelp-*> elements: the
 * extension may add those (overlay, popover), nothing else.
 */
export async function hostDom(surface: Surface): Promise<string> {
  return surface.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    for (const el of clone.querySelectorAll('*')) if (el.localName.startsWith('svarhjelp-')) el.remove();
    return clone.outerHTML;
  });
}

/** Svarhjelp markup inside the host's own elements (wrappers, marks, data-svarhjelp attributes). */
export async function foreignMarkup(surface: Surface): Promise<string[]> {
  return surface.evaluate(() => {
    const found: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('svarhjelp-')) {
          // Ours to add, but only as a top-level host, not inside the page's elements.
          const parent = el.parentNode;
          if (parent !== document.body && parent !== document.documentElement)
            found.push(`<${el.localName}> inside <${(parent as Element).localName ?? '#root'}>`);
          continue;
        }
        if (el.localName === 'mark') found.push('<mark>');
        for (const a of el.getAttributeNames()) if (a.includes('svarhjelp')) found.push(`${el.localName}[${a}]`);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  });
}

/** Waits until an underline of `category` lies over the word (after scrolling, an edit …). */
export async function waitForUnderlineOver(
  surface: Surface,
  field: Locator,
  word: string,
  category: string,
  timeoutMs = 5_000,
  occurrence = 0,
): Promise<UnderlineBox[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const boxes = await underlineBoxes(surface);
    try {
      expectUnderlineOver(await wordBox(surface, field, word, occurrence), boxes, category, occurrence ? `«${word}» #${occurrence}` : `«${word}»`);
      return boxes;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
