// Scrolling a text span (not its element) into view, through every scrolling ancestor.
import type { Box } from '../geometry.ts';
import { cssZoom } from '../mirror.ts';

/**
 * Scrolls every scrolling ancestor of `start` (crossing shadow roots), then the window, so the
 * box `boxOf()` returns (viewport coordinates, read again after each scroll) is inside each
 * one's visible part; a box that is already visible stays where it is. Element.scrollIntoView
 * cannot do this for a text span, and on the span's parent it scrolls the wrong box.
 */
export function scrollBoxIntoView(start: Element, boxOf: () => Box | null, view: Window): void {
  const doc = start.ownerDocument;
  for (let el: Element | null = start; el; el = composedParent(el)) {
    if (el === doc.documentElement || el === doc.body || el === doc.scrollingElement) break;
    const cs = view.getComputedStyle(el);
    const scrollsY = /(auto|scroll|hidden|overlay)/.test(cs.overflowY) && el.scrollHeight > el.clientHeight;
    const scrollsX = /(auto|scroll|hidden|overlay)/.test(cs.overflowX) && el.scrollWidth > el.clientWidth;
    if (!scrollsY && !scrollsX) continue;
    const box = boxOf();
    if (!box) return;
    const outer = el.getBoundingClientRect();
    // The box is in viewport px; clientTop/Height and scroll offsets in the element's own CSS px (page CSS zoom).
    const z = cssZoom(el);
    const top = outer.top + el.clientTop * z;
    const left = outer.left + el.clientLeft * z;
    if (scrollsY) el.scrollTop += centreDelta(box.top, box.bottom, top, top + el.clientHeight * z) / z;
    if (scrollsX) el.scrollLeft += centreDelta(box.left, box.right, left, left + el.clientWidth * z) / z;
  }
  const box = boxOf();
  if (!box) return;
  const dy = centreDelta(box.top, box.bottom, 0, view.innerHeight);
  const dx = centreDelta(box.left, box.right, 0, view.innerWidth);
  if (dx || dy) view.scrollBy(dx, dy);
}

/** How far to scroll so [from, to] shows inside [lo, hi]: 0 when it does, else centre it. */
function centreDelta(from: number, to: number, lo: number, hi: number): number {
  if (from >= lo && to <= hi) return 0;
  return Math.round((from + to) / 2 - (lo + hi) / 2);
}

function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root.nodeType === 11 && 'host' in root ? (root as ShadowRoot).host : null;
}
