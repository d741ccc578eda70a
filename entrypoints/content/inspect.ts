// What the content script draws lives in closed shadow roots and under per-load highlight names,
// so a page cannot read which words were judged personal data. Browser tests still need to see
// it: they evaluate in this script's isolated world (tests/e2e/content-world.ts), where this
// object sits on the world's own globalThis. Pages cannot reach an isolated world, and nothing
// here is reachable from the page's DOM.
import type { Category } from '../../rules/ids.ts';

export interface SegmentInfo {
  findingId: string;
  category: Category;
}

const overlays = new Set<ShadowRoot>();
const popovers = new Set<ShadowRoot>();
const segments = new WeakMap<Element, SegmentInfo>();

export function registerOverlayRoot(root: ShadowRoot): void {
  overlays.add(root);
}

export function registerPopoverRoot(root: ShadowRoot): void {
  popovers.add(root);
}

export function forgetRoot(root: ShadowRoot | null | undefined): void {
  if (!root) return;
  overlays.delete(root);
  popovers.delete(root);
}

export function describeSegment(el: Element, info: SegmentInfo): void {
  segments.set(el, info);
}

export interface ContentInspection {
  /** Category → the name its Highlight is registered under in CSS.highlights (random per load). */
  highlightNames: Readonly<Record<Category, string>>;
  /** The closed shadow roots of the overlay hosts still in a document. */
  overlayRoots(): ShadowRoot[];
  /** The closed shadow roots of the popover hosts still in a document. */
  popoverRoots(): ShadowRoot[];
  /** The finding and category an overlay segment stands for. */
  segment(el: Element): SegmentInfo | undefined;
}

export function exposeInspection(highlightNames: Readonly<Record<Category, string>>): void {
  const connected = (roots: Set<ShadowRoot>) => [...roots].filter((r) => r.host.isConnected);
  const inspection: ContentInspection = {
    highlightNames,
    overlayRoots: () => connected(overlays),
    popoverRoots: () => connected(popovers),
    segment: (el) => segments.get(el),
  };
  (globalThis as { svarhjelpInspect?: ContentInspection }).svarhjelpInspect = inspection;
}
