// The underlines of the field being written in: which findings are drawn (all, or MAX_ITEMS in and
// around view), where their words are on screen, and painting them — CSS Custom Highlights when
// the surface paints with them (contenteditable), else segments in our overlay (textarea/input,
// and contenteditable where the Highlight API is missing). All layout work is batched into one
// animation frame and cached until the layout changes (scroll, resize, zoom, fonts, an edit).

import type { Category } from '../../../rules/ids.ts';
import { fieldClientBox, intersect, viewportBox, type Box } from '../geometry.ts';
import { cssZoom } from '../mirror.ts';
import type { EditorSurface } from '../surfaces/surface.ts';
import { EVERYWHERE } from '../surfaces/value-surface.ts';
import { Highlighter } from './highlighter.ts';
import { isNote, type UnderlineItem } from './item.ts';
import { OverlayLayer, type Segment } from './overlay.ts';
import { MAX_ITEMS, SPANS_BEFORE_VIEW, firstReaching, windowAround } from './window.ts';

export interface UnderlineViewHooks {
  /** The finding whose popover is open (its overlay segments are drawn active). */
  activeId(): string | undefined;
  /** Called after each frame's measure with the boxes per finding (the popover follows its words). */
  measured(boxes: ReadonlyMap<string, Box[]>): void;
  /** Runs a frame's work, catching and logging what it throws. */
  guard(name: string, fn: () => void): void;
}

export class UnderlineView {
  private readonly doc: Document;
  private readonly hooks: UnderlineViewHooks;
  private readonly highlighter = new Highlighter();
  private readonly overlay: OverlayLayer;
  private surface: EditorSurface | null = null;
  /** Every finding shown for the field, in text order. */
  private shown: UnderlineItem[] = [];
  /** The items measured and drawn now: all of them, or MAX_ITEMS in and around view. */
  private drawn: UnderlineItem[] = [];
  /** The items the registered highlights hold (contenteditable). */
  private highlighted: UnderlineItem[] = [];
  /** Boxes per finding id in viewport coordinates, valid until the next layout change. */
  private boxes = new Map<string, Box[]>();
  private boxesValid = false;
  private frame: number | null = null;

  /** The mirror that measures a textarea/input's text, in our overlay. */
  readonly mirror = () => this.overlay.getMirror();

  constructor(doc: Document, hooks: UnderlineViewHooks) {
    this.doc = doc;
    this.hooks = hooks;
    this.overlay = new OverlayLayer(doc);
  }

  get items(): UnderlineItem[] {
    return this.shown;
  }

  /** The items drawn now (the ones an edit visibly moves, and that a pointer can hit). */
  get drawnItems(): UnderlineItem[] {
    return this.drawn;
  }

  setSurface(surface: EditorSurface | null): void {
    this.surface = surface;
  }

  /** Shows these items (in text order) from now on. */
  show(items: UnderlineItem[]): void {
    this.shown = items;
    this.paint();
  }

  item(findingId: string): UnderlineItem | undefined {
    return this.shown.find((i) => i.finding.id === findingId);
  }

  /** The boxes of each drawn finding (for hit-testing the pointer). */
  hitItems(): Array<{ id: string; boxes: Box[] }> {
    const boxes = this.measure();
    return this.drawn.map((i) => ({ id: i.finding.id, boxes: boxes.get(i.finding.id) ?? [] }));
  }

  /** Where a finding's words are now (its first box), if in view. */
  boxOf(findingId: string): Box | undefined {
    return this.measure().get(findingId)?.[0];
  }

  /** Redraws now-ish: highlights at once (cheap), overlay boxes in the next frame. */
  paint(): void {
    if (!this.surface) return;
    if (this.shown.length === 0) {
      // Nothing left (a re-check under another rule set found nothing): take the underlines down
      // now — listening stops with the last item, which cancels the frame that would have.
      this.drawn = [];
      this.highlighted = [];
      this.highlighter.clear();
      this.overlay.clear();
    }
    // Up to MAX_ITEMS the highlights go up at once (no layout needed); more wait for the next
    // frame's measure(), which picks the ones in view.
    if (this.surface.paintsHighlights() && this.shown.length <= MAX_ITEMS) this.showHighlights(this.shown);
    this.invalidate();
  }

  /** Layout changed (scroll, resize, zoom, font, edit): measure again in the next frame. */
  invalidate(): void {
    this.boxesValid = false;
    if (this.frame !== null) return;
    const view = this.doc.defaultView;
    if (!view) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = null;
      this.hooks.guard('render', () => this.render());
    });
  }

  /**
   * Re-measures on every change of layout until `signal` aborts: scroll (of the field and every
   * scroller), resize (window, visual viewport, the field, the document), font loading, and a
   * style or class change of the field or the editor document's <html>/<body>.
   */
  listen(field: HTMLElement, signal: AbortSignal): void {
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!view) return;
    const relayout = () => this.invalidate();
    const opts = { capture: true, passive: true, signal };
    // Scroll events do not bubble, but capture at the document sees the field's and every scroller's.
    this.doc.addEventListener('scroll', relayout, opts);
    view.addEventListener('resize', relayout, opts);
    view.visualViewport?.addEventListener('resize', relayout, { signal });
    view.visualViewport?.addEventListener('scroll', relayout, { signal });
    this.doc.fonts?.addEventListener?.('loadingdone', relayout, { signal } as AddEventListenerOptions);
    if (view.ResizeObserver) {
      const resizing = new view.ResizeObserver(relayout);
      resizing.observe(field);
      if (this.doc.documentElement) resizing.observe(this.doc.documentElement);
      signal.addEventListener('abort', () => resizing.disconnect(), { once: true });
    }
    // A page that switches the field's font (a style or class change on the field, or on the
    // editor document's <html>/<body>) re-lays out the text without resizing anything.
    if (view.MutationObserver) {
      const styling = new view.MutationObserver(relayout);
      const attributes = { attributes: true, attributeFilter: ['style', 'class'] };
      const editorDoc = field.ownerDocument;
      for (const target of [field, editorDoc.documentElement, editorDoc.body]) {
        if (target) styling.observe(target, attributes);
      }
      signal.addEventListener('abort', () => styling.disconnect(), { once: true });
    }
    signal.addEventListener(
      'abort',
      () => {
        if (this.frame !== null) view.cancelAnimationFrame(this.frame);
        this.frame = null;
      },
      { once: true },
    );
  }

  clear(): void {
    this.shown = [];
    this.drawn = [];
    this.highlighted = [];
    this.boxes.clear();
    this.highlighter.clear();
    this.overlay.clear();
  }

  /** Takes everything of ours out of the page: highlights, ::highlight() rules, the overlay. */
  destroy(): void {
    this.clear();
    this.highlighter.destroy();
    this.overlay.destroy();
  }

  private showHighlights(items: UnderlineItem[]): void {
    if (!this.surface) return;
    this.highlighter.show(
      this.surface.element,
      items.map((i) => ({ category: i.finding.category, range: i.range!, note: isNote(i) })),
    );
    this.highlighted = items;
  }

  private render(): void {
    const boxes = this.measure();
    if (this.surface?.paintsHighlights()) {
      if (!sameItems(this.highlighted, this.drawn)) this.showHighlights(this.drawn);
    } else {
      const active = this.hooks.activeId();
      const segments: Segment[] = [];
      for (const item of this.drawn) {
        for (const box of boxes.get(item.finding.id) ?? []) {
          segments.push({
            findingId: item.finding.id,
            category: item.finding.category as Category,
            box,
            active: item.finding.id === active,
            note: isNote(item),
          });
        }
      }
      this.overlay.draw(segments);
    }
    this.hooks.measured(boxes);
  }

  /**
   * Picks the items to draw (all, or MAX_ITEMS around the visible part of the field) and their
   * boxes, clipped to the visible part of the field; cached until invalidated.
   */
  private measure(): Map<string, Box[]> {
    if (this.boxesValid) return this.boxes;
    const out = new Map<string, Box[]>();
    const surface = this.surface;
    const view = this.doc.defaultView;
    const items = this.shown;
    if (items.length <= MAX_ITEMS) this.drawn = items;
    if (surface && surface.element.isConnected && view && items.length > 0) {
      const el = surface.element;
      const border = el.getBoundingClientRect();
      const cs = view.getComputedStyle(el);
      // Page CSS zoom (on <body> or a wrapper) scales the client rect but not clientWidth,
      // computed borders or scroll offsets, which stay in the field's own CSS px.
      const zoom = cssZoom(el);
      const client = fieldClientBox(
        border,
        { top: parseFloat(cs.borderTopWidth) || 0, left: parseFloat(cs.borderLeftWidth) || 0 },
        { width: el.clientWidth, height: el.clientHeight },
        zoom,
      );
      // position: fixed and client rects both use the layout viewport, so that is the clip.
      const clip = intersect(client, viewportBox(view.innerWidth, view.innerHeight));
      // Lines run top to bottom in text order (horizontal writing): then nothing below the
      // view needs measuring, and a textarea's mirror is laid out only as far as the view.
      const horizontal = !cs.writingMode || cs.writingMode.startsWith('horizontal');
      const { boxesOf, placeOf } = surface.measure({ border, clip, client, zoom, horizontal }, this.mirror);
      // One search for the first item that reaches into view serves both: which items are
      // drawn (more than MAX_ITEMS) and where measuring starts.
      const searched = items.length > MAX_ITEMS || (clip !== null && horizontal);
      const firstInView = searched ? firstReaching(items.length, (i) => placeOf(items[i]!), (clip ?? client).top) : 0;
      const [from, to] = windowAround(firstInView, items.length, MAX_ITEMS);
      if (items.length > MAX_ITEMS) this.drawn = items.slice(from, to);
      if (clip) {
        const drawn = this.drawn;
        // Measure from a little before the first item that reaches into view up to the first
        // one below it: each measured item costs a Range's rects, so a long reply costs what is
        // in view, not all 300 drawn items — in every frame it is scrolled or typed in.
        const first = horizontal ? Math.max(0, firstInView - from - SPANS_BEFORE_VIEW) : 0;
        for (let i = first; i < drawn.length; i++) {
          const item = drawn[i]!;
          const whole = boxesOf(item, EVERYWHERE);
          if (horizontal && whole[0] && whole[0].top > clip.bottom) break;
          const boxes = whole.map((b) => intersect(b, clip)).filter((b): b is Box => b !== null);
          if (boxes.length) out.set(item.finding.id, boxes);
        }
      }
    }
    if (!surface || items.length === 0) this.drawn = [];
    this.boxes = out;
    this.boxesValid = true;
    return out;
  }
}

function sameItems(a: readonly UnderlineItem[], b: readonly UnderlineItem[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
