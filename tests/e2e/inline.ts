// Helpers for the inline-coaching browser tests: read what the content script drew (overlay
// segments in its closed shadow root, Highlight API ranges) and what the popover shows, in the
// content script's own world (./content-world.ts), where a page cannot look.
import { expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { inContentWorld, type ContentInspection } from './content-world.ts';
import { findPopover } from './underlines.ts';

export interface SegmentInfo {
  findingId: string;
  category: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

type Target = Page | Frame;

/** Overlay underline segments (textarea/input, or contenteditable without the Highlight API). */
export async function segments(target: Target): Promise<SegmentInfo[]> {
  const found = await inContentWorld(target, () => {
    const inspect = (globalThis as { svarhjelpInspect?: ContentInspection }).svarhjelpInspect!;
    const root = inspect.overlayRoots()[0];
    const nodes = root ? Array.from(root.querySelectorAll('[data-svarhjelp-underline]')) : [];
    return nodes.map((n) => {
      const r = n.getBoundingClientRect();
      const info = inspect.segment(n);
      return {
        findingId: info?.findingId ?? '',
        category: info?.category ?? '',
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
      };
    });
  });
  return found ?? [];
}

/** Segments of one rule's findings (finding ids start with the rule id). */
export async function segmentsOf(target: Target, ruleId: string): Promise<SegmentInfo[]> {
  return (await segments(target)).filter((s) => s.findingId.startsWith(ruleId));
}

/** Waits until a rule's finding is underlined in the overlay and returns its segments. */
export async function waitForSegments(target: Target, ruleId: string, timeout = 20_000): Promise<SegmentInfo[]> {
  await expect.poll(async () => (await segmentsOf(target, ruleId)).length, { timeout }).toBeGreaterThan(0);
  return segmentsOf(target, ruleId);
}

/**
 * The value offset under a point of a textarea/input, from the browser's own hit testing
 * (document.caretPositionFromPoint reports text controls and their value offsets): an
 * independent check that a segment sits over the right characters.
 */
export function offsetAt(page: Page, x: number, y: number): Promise<number | null> {
  return page.evaluate(
    ([px, py]) => {
      const pos = (
        document as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null }
      ).caretPositionFromPoint?.(px!, py!);
      return pos ? pos.offset : null;
    },
    [x, y],
  );
}

/** Asserts that the segment's middle is over [start, end) of the field's value. */
export async function expectOverWord(page: Page, seg: SegmentInfo, value: string, word: string): Promise<void> {
  const start = value.indexOf(word);
  expect(start).toBeGreaterThanOrEqual(0);
  const y = (seg.top + seg.bottom) / 2;
  // Just inside both ends: the caret offsets there are the word's first and last characters.
  const a = await offsetAt(page, seg.left + 3, y);
  const b = await offsetAt(page, seg.right - 3, y);
  expect(a).not.toBeNull();
  expect(a!).toBeGreaterThanOrEqual(start);
  expect(a!).toBeLessThanOrEqual(start + 1);
  expect(b!).toBeGreaterThanOrEqual(start + word.length - 1);
  expect(b!).toBeLessThanOrEqual(start + word.length);
}

/**
 * Like expectOverWord, as a value to poll on after a layout change: null when the rule's first
 * underline segment lies over the word (browser hit testing at both ends), else what is wrong.
 */
export async function misplacement(page: Page, ruleId: string, value: string, word: string): Promise<string | null> {
  const [seg] = await segmentsOf(page, ruleId);
  if (!seg) return `no underline segment for ${ruleId}`;
  const start = value.indexOf(word);
  if (start < 0) return `«${word}» is not in the value`;
  const y = (seg.top + seg.bottom) / 2;
  const a = await offsetAt(page, seg.left + 3, y);
  const b = await offsetAt(page, seg.right - 3, y);
  const end = start + word.length;
  if (a === null || b === null || a < start || a > start + 1 || b < end - 1 || b > end) {
    return `segment ${Math.round(seg.left)}–${Math.round(seg.right)} covers offsets ${a}–${b}, «${word}» is ${start}–${end}`;
  }
  return null;
}

/**
 * Where the browser laid out `word` of a one-line text field, found by its own hit testing
 * alone: scanning the line at height y, caretPositionFromPoint flips from the word's first
 * offset to the next one in the middle of its first character, and from its last character to
 * its end in the middle of the last one; half those characters' widths (canvas metrics in the
 * field's font, scaled by its CSS zoom) give the edges. Unlike sampling inside an underline, this cannot be fooled by
 * the ambiguous caret offsets at a bidi boundary, and it finds a shift of a few px.
 */
export async function hitTestedWord(page: Page, selector: string, word: string, y: number): Promise<{ left: number; right: number }> {
  const found = await page.locator(selector).evaluate(
    (el, { word, y }) => {
      const field = el as HTMLTextAreaElement | HTMLInputElement;
      const start = field.value.indexOf(word);
      const end = start + word.length;
      const cs = getComputedStyle(field);
      const canvas = document.createElement('canvas').getContext('2d')!;
      canvas.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      // Canvas metrics are in the field's own CSS px; under CSS zoom the page sees them scaled.
      const zoom = (field as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
      const half = (ch: string) => (canvas.measureText(ch).width * zoom) / 2;
      const r = field.getBoundingClientRect();
      const at = (x: number) =>
        (document as Document & { caretPositionFromPoint(x: number, y: number): { offset: number } | null }).caretPositionFromPoint(x, y)?.offset ?? -1;
      let firstFlip: number | null = null;
      let lastFlip: number | null = null;
      let prev = -1;
      for (let x = Math.floor(r.left); x <= Math.ceil(r.right); x += 0.5) {
        const o = at(x);
        if (firstFlip === null && o === start + 1) firstFlip = x;
        if (lastFlip === null && prev === end - 1 && o === end) lastFlip = x;
        prev = o;
      }
      if (start < 0 || firstFlip === null || lastFlip === null) return { error: `hit testing found no «${word}» at y=${y} (flips ${firstFlip}, ${lastFlip})` };
      return { left: firstFlip - half(word[0]!), right: lastFlip + half(word[word.length - 1]!) };
    },
    { word, y },
  );
  if ('error' in found) throw new Error(found.error);
  return found;
}

/** Text of the Highlight API ranges of a category in a document (under its per-load name). */
export async function highlighted(target: Target, category: string): Promise<string[]> {
  const texts = await inContentWorld(
    target,
    (c) => {
      const inspect = (globalThis as { svarhjelpInspect?: ContentInspection }).svarhjelpInspect!;
      const names = (inspect.highlightNames as Record<string, readonly string[]>)[c]!;
      return names.flatMap((name) => [...(CSS.highlights.get(name) ?? [])]).map((r) => r.toString());
    },
    category,
  );
  return texts ?? [];
}

/** The open popover's dialog, or null. */
export async function popoverState(
  target: Target,
): Promise<{ label: string; message: string; buttons: Array<{ action: string; text: string }>; focused: string | null } | null> {
  return inContentWorld(target, () => {
    const inspect = (globalThis as { svarhjelpInspect?: ContentInspection }).svarhjelpInspect!;
    const root = inspect.popoverRoots()[0];
    const dialog = root?.querySelector('[role="dialog"]') as HTMLElement | null;
    if (!root || !dialog || dialog.style.display === 'none') return null;
    const describedBy = dialog.getAttribute('aria-describedby');
    const active = root.activeElement as HTMLElement | null;
    return {
      label: dialog.getAttribute('aria-label') ?? '',
      message: (describedBy && root.getElementById(describedBy)?.textContent) || '',
      buttons: Array.from(dialog.querySelectorAll('button')).map((b) => ({ action: b.getAttribute('data-action') ?? '', text: b.textContent ?? '' })),
      focused: active ? active.textContent : null,
    };
  });
}

/** Clicks a popover button by data-action (and, for apply, its text), with the mouse, like a user. */
export async function clickPopoverButton(target: Target, action: string, text?: string): Promise<void> {
  const page = 'mainFrame' in target ? target : target.page();
  const popover = await findPopover(page);
  if (!popover) throw new Error('No popover is open');
  await popover.click(action, text);
}
