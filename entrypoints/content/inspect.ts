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
  /** Category → the names its Highlights (problems, notes) are registered under in CSS.highlights (random per load). */
  highlightNames: Readonly<Record<Category, readonly string[]>>;
  /** The closed shadow roots of the overlay hosts still in a document. */
  overlayRoots(): ShadowRoot[];
  /** The closed shadow roots of the popover hosts still in a document. */
  popoverRoots(): ShadowRoot[];
  /** The finding and category an overlay segment stands for. */
  segment(el: Element): SegmentInfo | undefined;
}

export function exposeInspection(highlightNames: Readonly<Record<Category, readonly string[]>>): void {
  const connected = (roots: Set<ShadowRoot>) => [...roots].filter((r) => r.host.isConnected);
  const inspection: ContentInspection = {
    highlightNames,
    overlayRoots: () => connected(overlays),
    popoverRoots: () => connected(popovers),
    segment: (el) => segments.get(el),
  };
  (globalThis as { svarhjelpInspect?: ContentInspection }).svarhjelpInspect = inspection;
}

export interface SnapshotBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What a frame's content script shows, as plain data (ContentInspection read out). */
export interface ContentSnapshot {
  /** Category → the text and first box of each Highlight API range in this document. */
  highlights: Record<string, Array<{ text: string; box: SnapshotBox | null }>>;
  /** Overlay underline segments (value fields) with their finding, category and box. */
  segments: Array<SegmentInfo & { box: SnapshotBox }>;
  /** The open popover, or null: its dialog's label and message, its buttons and their boxes. */
  popover: {
    label: string;
    message: string;
    buttons: Array<{ action: string; text: string; box: SnapshotBox }>;
    focused: string | null;
  } | null;
}

/**
 * The ranges of a Highlight. In Firefox a content script sees the page's objects through Xray
 * wrappers, which refuse to wrap the set-like's iterator ("Xray wrapping of iterators not
 * supported"); there the ranges are read from the waived (unwrapped) object.
 */
function rangesOf(highlight: Highlight | undefined): AbstractRange[] {
  if (!highlight) return [];
  try {
    return [...highlight];
  } catch (error) {
    const waived = (highlight as Highlight & { wrappedJSObject?: Highlight }).wrappedJSObject;
    if (!waived) throw error;
    return Array.from(waived);
  }
}

const boxOf = (r: DOMRect | undefined): SnapshotBox | null => (r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null);

/**
 * The inspection as data, for a test that cannot evaluate in this isolated world: Firefox's
 * WebDriver BiDi reaches page realms and its own sandboxes, never an extension's content-script
 * sandbox. Only the extension itself can ask (tabs.sendMessage from its own pages); boxes are
 * in this frame's viewport, so the test can point the mouse at an underline or a button.
 */
export function snapshotInspection(doc: Document): ContentSnapshot {
  const inspect = (globalThis as { svarhjelpInspect?: ContentInspection }).svarhjelpInspect;
  const empty: ContentSnapshot = { highlights: {}, segments: [], popover: null };
  if (!inspect) return empty;
  const registry = (doc.defaultView as (Window & typeof globalThis) | null)?.CSS?.highlights;
  const highlights: ContentSnapshot['highlights'] = {};
  for (const [category, names] of Object.entries(inspect.highlightNames)) {
    const ranges = names.flatMap((name) => rangesOf(registry?.get(name)));
    highlights[category] = ranges.map((range) => ({
      text: range.toString(),
      box: boxOf((range as Range).getClientRects()[0]),
    }));
  }
  const segmentsShown: ContentSnapshot['segments'] = [];
  for (const root of inspect.overlayRoots()) {
    for (const el of root.querySelectorAll('[data-svarhjelp-underline]')) {
      const info = inspect.segment(el);
      if (info) segmentsShown.push({ ...info, box: boxOf(el.getBoundingClientRect())! });
    }
  }
  let popover: ContentSnapshot['popover'] = null;
  const root = inspect.popoverRoots()[0];
  const dialog = root?.querySelector<HTMLElement>('[role="dialog"]');
  if (root && dialog && dialog.style.display !== 'none') {
    const describedBy = dialog.getAttribute('aria-describedby');
    popover = {
      label: dialog.getAttribute('aria-label') ?? '',
      message: (describedBy && root.getElementById(describedBy)?.textContent) || '',
      buttons: Array.from(dialog.querySelectorAll('button')).map((b) => ({
        action: b.getAttribute('data-action') ?? '',
        text: b.textContent ?? '',
        box: boxOf(b.getBoundingClientRect())!,
      })),
      focused: (root.activeElement as HTMLElement | null)?.textContent ?? null,
    };
  }
  return { highlights, segments: segmentsShown, popover };
}
