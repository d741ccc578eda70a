// Inline coaching in one frame: underlines on the field being written in, kept on their words
// while the user types, scrolls, resizes and zooms; a popover on hover, click or Alt+J; applying
// a suggestion and dismissing a finding. The coach (coach.ts) decides when to check and hands the
// answers here; this module owns everything the user sees in the page.
//
// Renderers: contenteditable → CSS Custom Highlights in the editor's own document (the browser
// paints them and moves them with the text); textarea/input, and contenteditable where the
// Highlight API is missing → overlay segments measured with a mirror / Range rects.
// All layout work is batched into one animation frame and bounded: at most MAX_ITEMS findings
// are drawn, those in and around the field's visible part, picked again on every scroll.
//
// Lifecycle: when the extension is reloaded or updated, this script is orphaned (its
// browser.runtime is gone) while the page lives on. Every handler first asks deps.alive(); a
// watchdog asks too while anything is shown, so an orphan removes its underlines, popover,
// overlay and ::highlight() rules and stops listening without waiting for the user to type.

import type { Finding } from '../../rules/types.ts';
import type { Category, UiLanguage } from '../../rules/ids.ts';
import { isWordCharAt, rebase, wordEdges } from './anchor.ts';
import { replaceInEditable, replaceValueSpan, sameText, selectRange, selectValueSpan, type ApplyOutcome } from './apply.ts';
import { READ_TEXT_CHARS, extractEditable, rangeFor, textOffsetOf, type Extraction } from './extract.ts';
import type { EditableField } from './fields.ts';
import { clipRects, fieldClientBox, hitTest, intersect, mirrorToField, viewportBox, type Box } from './geometry.ts';
import { Highlighter } from './highlighter.ts';
import { IgnoreList } from './ignore.ts';
import { isNextFindingKey, nextFindingIndex } from './navigation.ts';
import { cssZoom } from './mirror.ts';
import { OverlayLayer, type Segment } from './overlay.ts';
import { Popover, type PopoverAction } from './popover.ts';
import { applyNotice, popoverLanguage, type PopoverLanguage } from './strings.ts';

/** Findings drawn at most at a time per field: the ones in and near view (long replies have more). */
export const MAX_ITEMS = 300;
/**
 * Spans measured before the first one that reaches into a textarea's view: a span over several
 * lines (a long sentence) can start above the view and end in it, with shorter spans between.
 */
export const SPANS_BEFORE_VIEW = 40;
/** While underlines are shown, how often an orphaned script (extension reloaded) notices it. */
export const ALIVE_CHECK_MS = 1000;
/** Pointer resting on an underline this long opens the popover. */
export const HOVER_OPEN_MS = 250;
/** Pointer away from the underline and the popover this long closes a hover-opened popover. */
export const HOVER_CLOSE_MS = 400;
/** Hover hit-testing runs at most this often. */
export const POINTER_THROTTLE_MS = 50;

interface Item {
  finding: Finding;
  /** Offsets in the field's current text (value fields); at check time (contenteditable). */
  start: number;
  end: number;
  /** The flagged words as checked: a span whose text changed is dropped. */
  text: string;
  /** contenteditable: a live Range, moved by the browser as the DOM changes. */
  range?: Range;
  /** Whether a letter touched the span's start/end when checked (a suggestion replaces whole words only). */
  edges: [boolean, boolean];
}

export interface InlineDeps {
  log(message: string, error?: unknown): void;
  /** "Mer i sidepanelet". */
  openPanel(fieldKey: string, findingId: string): void;
  /** «Ignorer»: kept beyond this page by the coach (with the inquiry). */
  onIgnore?(fieldKey: string, scope: string, finding: Finding): void;
  /** False once the extension context is gone (reloaded, updated, removed): then shut down. */
  alive?(): boolean;
  /** A suggestion went into the field: the findings must follow the new text. */
  onApplied?(field: EditableField): void;
}

export interface ShowArgs {
  field: EditableField;
  fieldKey: string;
  /** Dismissals are kept per inquiry (or per field when none is known). */
  scope: string;
  /** The extraction the findings were computed on (their offsets refer to ex.text). */
  ex: Extraction;
  findings: readonly Finding[];
  /** Reply language from the check ('nob', 'nno', …), for the popover's language. */
  language?: string;
  /** The UI language the user chose in the panel, when any: it wins over the reply's. */
  uiLanguage?: UiLanguage;
}

type OpenedBy = 'hover' | 'click' | 'keyboard';

export class InlineCoach {
  private readonly doc: Document;
  private readonly deps: InlineDeps;
  private readonly highlighter = new Highlighter();
  private readonly overlay: OverlayLayer;
  private readonly popover: Popover;
  readonly ignored = new IgnoreList();

  private field: EditableField | null = null;
  private fieldKey = '';
  private scope = '';
  private lang: PopoverLanguage = 'nb';
  /** Every finding shown for the field, in text order. */
  private items: Item[] = [];
  /** The items measured and drawn now: all of them, or MAX_ITEMS in and around view. */
  private drawn: Item[] = [];
  /** The items the registered highlights hold (contenteditable). */
  private highlighted: Item[] = [];
  private watchdog: number | null = null;
  private dead = false;
  /** Value fields: the text the items' offsets refer to. */
  private lastValue = '';
  /** Boxes per finding id in viewport coordinates, valid until the next layout change. */
  private boxes = new Map<string, Box[]>();
  private boxesValid = false;
  private frame: number | null = null;
  private listening: AbortController | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private openedBy: OpenedBy | null = null;
  /** Where the editor's selection was when the popover took focus, to give it back on Escape. */
  private savedSelection: { start: number; end: number } | Range | null = null;
  private hoverTimer: number | null = null;
  private hoverCandidate: string | null = null;
  private closeTimer: number | null = null;
  private lastPointer = 0;
  private pointerTimer: number | null = null;
  private pendingPointer: { x: number; y: number; path: EventTarget[] } | null = null;
  /** An apply is under way (it waits for the editor): a second one waits its turn by being refused. */
  private applying = false;
  /** The user is composing (an IME, a dead key): the editor owns the text until it ends. */
  private composing = false;

  constructor(doc: Document, deps: InlineDeps) {
    this.doc = doc;
    this.deps = deps;
    this.overlay = new OverlayLayer(doc);
    this.popover = new Popover(doc, {
      onAction: (finding, action) => this.guard('popover action', () => this.onAction(finding, action)),
      onClose: (reason, hadFocus) => this.guard('popover close', () => this.onPopoverClosed(reason, hadFocus)),
    });
  }

  get activeField(): EditableField | null {
    return this.field;
  }

  /** Ids of the findings currently underlined (tests, and the panel's view of what is left). */
  get shownIds(): string[] {
    return this.items.map((i) => i.finding.id);
  }

  /** Forgets the underlines of a field left behind. */
  setField(field: EditableField | null): void {
    if (field?.element === this.field?.element) return;
    this.clear();
    this.field = field;
  }

  show(args: ShowArgs): void {
    if (!this.isAlive()) return;
    const { field, ex } = args;
    if (field.element !== this.field?.element) this.setField(field);
    this.fieldKey = args.fieldKey;
    this.scope = args.scope;
    this.lang = popoverLanguage(args.language, args.uiLanguage);
    // All of them, in text order: which ones are drawn is decided by what is in view (measure()).
    const findings = [...this.ignored.filter(args.scope, args.findings)].sort((a, b) => a.start - b.start || a.end - b.end);
    let items: Item[];
    if (field.kind === 'value') {
      const current = field.element.value;
      const spans = findings.map((f) => ({ finding: f, start: f.start, end: f.end, text: ex.text.slice(f.start, f.end), edges: wordEdges(ex.text, f) }));
      items = rebase(spans, ex.text, current, field.element.selectionEnd ?? undefined);
      this.lastValue = current;
    } else {
      items = [];
      for (const f of findings) {
        const range = rangeFor(ex, f.start, f.end);
        const text = ex.text.slice(f.start, f.end);
        const edges = wordEdges(ex.text, f);
        if (range && sameText(range.toString(), text)) items.push({ finding: f, start: f.start, end: f.end, text, range, edges });
      }
    }
    this.items = items;
    const open = this.popover.finding;
    if (open) {
      const still = items.find((i) => i.finding.id === open.id);
      if (!still) this.popover.close('dismiss');
    }
    this.paint();
    this.listen(items.length > 0 || this.popover.isOpen);
  }

  /** The user typed in `field`: move the underlines with the edit now, before the next answer. */
  onInput(field: EditableField): void {
    if (!this.isAlive()) return;
    if (field.element !== this.field?.element || this.items.length === 0) return;
    if (this.popover.isOpen && this.openedBy !== 'keyboard') this.popover.close('dismiss');
    if (field.kind === 'value') {
      const value = field.element.value;
      if (value === this.lastValue) return;
      this.items = rebase(this.items, this.lastValue, value, field.element.selectionEnd ?? undefined);
      this.lastValue = value;
    } else {
      // The drawn items (all up to MAX_ITEMS) are the ones the user can see change; the rest of a
      // long reply is repaired by the next answer, and apply() checks its span first anyway.
      const drawn = this.items.length > MAX_ITEMS ? new Set(this.drawn) : null;
      this.items = this.items.filter((item) => (drawn !== null && !drawn.has(item)) || repairRange(item, false));
    }
    this.paint();
  }

  /**
   * Applies one of a finding's suggestions (popover, Alt+J popover or side panel). Anything but
   * 'applied' left the text as it was ('unconfirmed' excepted); from the popover, the popover
   * then says so next to the words.
   */
  async apply(findingId: string, suggestion: string, from: 'popover' | 'panel' = 'panel'): Promise<ApplyOutcome> {
    const item = this.items.find((i) => i.finding.id === findingId);
    const field = this.field;
    // Only the engine's own suggestions can be inserted, never arbitrary text.
    if (!item || !field || !field.element.isConnected) return 'changed';
    if (!item.finding.suggestions.includes(suggestion) || this.applying || this.composing) return 'refused';
    this.popover.close('dismiss');
    this.applying = true;
    let outcome: ApplyOutcome;
    try {
      if (field.kind === 'value') {
        outcome = !this.stillThere(item) ? 'changed' : replaceValueSpan(field.element, item.start, item.end, suggestion) ? 'applied' : 'refused';
      } else {
        const range = this.freshRange(field.element, item);
        outcome = range ? await replaceInEditable(field.element, range, item.text, suggestion) : 'changed';
      }
    } finally {
      this.applying = false;
    }
    if (outcome === 'applied') {
      this.items = this.items.filter((i) => i !== item);
      this.paint();
      this.deps.onApplied?.(field);
    } else if (from === 'popover' && this.isAlive()) {
      this.showNotice(item, outcome);
    }
    return outcome;
  }

  /**
   * A Range over the finding's words built from the DOM as it is now (an editor may have
   * re-rendered its text nodes since the check, which collapses a live Range), or null when the
   * words there changed — or grew letters, which makes them another word.
   */
  private freshRange(host: HTMLElement, item: Item): Range | null {
    if (item.range && repairRange(item, true)) return item.range.cloneRange();
    const ex = extractEditable(host, READ_TEXT_CHARS);
    if (ex.text.slice(item.start, item.end) !== item.text) return null;
    const [before, after] = wordEdges(ex.text, item);
    if ((!item.edges[0] && before) || (!item.edges[1] && after)) return null;
    const range = rangeFor(ex, item.start, item.end);
    return range && sameText(range.toString(), item.text) ? range : null;
  }

  /** The popover again at the words, saying why nothing (or maybe something) was changed. */
  private showNotice(item: Item, outcome: Exclude<ApplyOutcome, 'applied'>): void {
    const box = this.measure().get(item.finding.id)?.[0] ?? this.field?.element.getBoundingClientRect();
    if (!box) return;
    this.openedBy = 'click';
    const anchor = { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
    this.popover.open(item.finding, anchor, this.lang, false, applyNotice(this.lang, outcome));
    this.listen(true);
  }

  /** Scrolls to a finding and selects its span (side panel "Vis i teksten", Alt+J). */
  reveal(findingId: string): boolean {
    const item = this.items.find((i) => i.finding.id === findingId);
    const field = this.field;
    if (!item || !field || !field.element.isConnected || !this.stillThere(item)) return false;
    this.selectSpan(field, item, item.range ?? null);
    return true;
  }

  /** Selects a span of the field (a value field's offsets, else the range) and scrolls it into view. */
  private selectSpan(field: EditableField, span: { start: number; end: number }, range: Range | null): void {
    const view = this.doc.defaultView;
    if (field.kind === 'value') {
      const el = field.element;
      selectValueSpan(el, span.start, span.end);
      if (view) scrollBoxIntoView(el, () => this.valueSpanBox(el, span), view);
    } else if (range) {
      selectRange(field.element, range);
      // The span's own box, not its parent element's: that is often the scrolling editor itself.
      const node = range.startContainer;
      const start = node.nodeType === 1 ? (node as Element) : (node.parentElement ?? field.element);
      if (view) scrollBoxIntoView(start, () => rangeBox(range), view);
    }
    this.invalidate();
  }

  /**
   * Scrolls to a span of the checked reply and selects it (the side panel's «Vis svaret» for the
   * sentence that answers a citizen's question). Offsets are the check's; false when the field
   * no longer holds that much text.
   */
  revealSpan(start: number, end: number): boolean {
    const field = this.field;
    if (!field || !field.element.isConnected || !(start >= 0 && end > start)) return false;
    if (field.kind === 'value') {
      if (end > field.element.value.length) return false;
      this.selectSpan(field, { start, end }, null);
      return true;
    }
    const ex = extractEditable(field.element, READ_TEXT_CHARS);
    const range = end <= ex.text.length ? rangeFor(ex, start, end) : null;
    if (!range) return false;
    this.selectSpan(field, { start, end }, range);
    return true;
  }

  /** Alt+J: select the next (or previous) finding and open its popover with focus on it. */
  jump(backward = false): boolean {
    const field = this.field;
    if (!field || this.items.length === 0) return false;
    let spans: Array<{ start: number; end: number }>;
    let sel: { start: number; end: number };
    if (field.kind === 'value') {
      spans = this.items;
      sel = { start: field.element.selectionStart ?? 0, end: field.element.selectionEnd ?? 0 };
    } else {
      // Findings lie in the part that was read for the check; a caret further on counts as the top.
      const ex = extractEditable(field.element, READ_TEXT_CHARS);
      spans = this.items.map((i) => {
        const s = textOffsetOf(ex, i.range!.startContainer, i.range!.startOffset);
        const e = textOffsetOf(ex, i.range!.endContainer, i.range!.endOffset);
        return { start: s < 0 ? i.start : s, end: e < 0 ? i.end : e };
      });
      sel = this.editorSelection(field.element, ex);
    }
    const index = nextFindingIndex(spans, sel.start, sel.end, backward);
    const item = this.items[index];
    if (!item || !this.reveal(item.finding.id)) return false;
    this.openPopover(item, 'keyboard');
    return true;
  }

  clear(): void {
    this.cancelHover();
    this.popover.close('dismiss');
    this.items = [];
    this.drawn = [];
    this.highlighted = [];
    this.boxes.clear();
    try {
      this.highlighter.clear();
      this.overlay.clear();
    } catch (error) {
      this.deps.log('clear failed', error);
    }
    this.listen(false);
  }

  /** Shuts down for good (extension context gone): nothing of ours stays in the page. */
  destroy(): void {
    if (this.dead) return;
    this.dead = true;
    this.clear();
    for (const step of [() => this.highlighter.destroy(), () => this.overlay.destroy(), () => this.popover.destroy()]) {
      try {
        step();
      } catch (error) {
        this.deps.log('destroy failed', error);
      }
    }
    this.items = [];
    this.drawn = [];
    this.highlighted = [];
    this.field = null;
  }

  /** False (after shutting down) once the extension context is gone. */
  private isAlive(): boolean {
    if (this.dead) return false;
    let alive = true;
    try {
      alive = this.deps.alive?.() ?? true;
    } catch {
      alive = false;
    }
    if (!alive) this.destroy();
    return alive;
  }

  // --- rendering -------------------------------------------------------------------------

  private usesHighlights(): boolean {
    return this.field?.kind === 'contenteditable' && Highlighter.supported(this.doc);
  }

  /** Redraws now-ish: highlights at once (cheap), overlay boxes in the next frame. */
  private paint(): void {
    const field = this.field;
    if (!field) return;
    if (this.items.length === 0) {
      // Nothing left (a re-check under another rule set found nothing): take the underlines down
      // now — listening stops with the last item, which cancels the frame that would have.
      this.drawn = [];
      this.highlighted = [];
      this.highlighter.clear();
      this.overlay.clear();
    }
    // Up to MAX_ITEMS the highlights go up at once (no layout needed); more wait for the next
    // frame's measure(), which picks the ones in view.
    if (this.usesHighlights() && this.items.length <= MAX_ITEMS) this.showHighlights(this.items);
    this.invalidate();
  }

  private showHighlights(items: Item[]): void {
    const field = this.field;
    if (!field) return;
    this.highlighter.show(
      field.element,
      items.map((i) => ({ category: i.finding.category, range: i.range! })),
    );
    this.highlighted = items;
  }

  /** Layout changed (scroll, resize, zoom, font, edit): measure again in the next frame. */
  private invalidate(): void {
    this.boxesValid = false;
    if (this.frame !== null) return;
    const view = this.doc.defaultView;
    if (!view) return;
    this.frame = view.requestAnimationFrame(() => {
      this.frame = null;
      this.guard('render', () => this.render());
    });
  }

  private render(): void {
    const boxes = this.measure();
    if (this.usesHighlights()) {
      if (!sameItems(this.highlighted, this.drawn)) this.showHighlights(this.drawn);
    } else {
      const active = this.popover.finding?.id;
      const segments: Segment[] = [];
      for (const item of this.drawn) {
        for (const box of boxes.get(item.finding.id) ?? []) {
          segments.push({ findingId: item.finding.id, category: item.finding.category as Category, box, active: item.finding.id === active });
        }
      }
      this.overlay.draw(segments);
    }
    const open = this.popover.finding;
    if (open) this.popover.reposition(boxes.get(open.id)?.[0] ?? null);
  }

  /**
   * Picks the items to draw (all, or MAX_ITEMS around the visible part of the field) and their
   * boxes, clipped to the visible part of the field; cached until invalidated.
   */
  private measure(): Map<string, Box[]> {
    if (this.boxesValid) return this.boxes;
    const out = new Map<string, Box[]>();
    const field = this.field;
    const view = this.doc.defaultView;
    if (this.items.length <= MAX_ITEMS) this.drawn = this.items;
    if (field && field.element.isConnected && view && this.items.length > 0) {
      const el = field.element;
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
      let boxesOf: (item: Item, within: Box) => Box[];
      /** Where an item is, for finding the first one in view. */
      let placeOf: (item: Item) => Box | null;
      if (field.kind === 'value') {
        const mirror = this.overlay.getMirror();
        mirror.sync(field.element);
        const origin = mirror.origin();
        const scroll = { left: field.element.scrollLeft, top: field.element.scrollTop };
        const below = horizontal ? (clip ?? client).bottom - (border.top - origin.top - scroll.top * zoom) : undefined;
        boxesOf = (item, within) => mirrorToField(Array.from(mirror.rects(item.start, item.end, below)), origin, border, scroll, within, zoom);
        placeOf = (item) => boxesOf(item, EVERYWHERE)[0] ?? null;
      } else {
        boxesOf = (item, within) => clipRects(Array.from(item.range!.getClientRects()), within);
        placeOf = (item) => rangeBox(item.range!);
      }
      // One search for the first item that reaches into view serves both: which items are
      // drawn (more than MAX_ITEMS) and where measuring starts.
      const items = this.items;
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
    if (!field || this.items.length === 0) this.drawn = [];
    this.boxes = out;
    this.boxesValid = true;
    return out;
  }

  /** A value field's span in viewport coordinates at the field's current scroll (unclipped). */
  private valueSpanBox(el: HTMLTextAreaElement | HTMLInputElement, item: { start: number; end: number }): Box | null {
    const mirror = this.overlay.getMirror();
    mirror.sync(el);
    const rects = Array.from(mirror.rects(item.start, item.end));
    const border = el.getBoundingClientRect();
    return mirrorToField(rects, mirror.origin(), border, { left: el.scrollLeft, top: el.scrollTop }, EVERYWHERE, cssZoom(el))[0] ?? null;
  }

  // --- popover -------------------------------------------------------------------------

  private openPopover(item: Item, by: OpenedBy): void {
    this.cancelHover();
    const boxes = this.measure().get(item.finding.id);
    const anchor = boxes?.[0] ?? this.field?.element.getBoundingClientRect();
    if (!anchor) return;
    const field = this.field!;
    if (by === 'keyboard') {
      this.savedSelection =
        field.kind === 'value'
          ? { start: field.element.selectionStart ?? 0, end: field.element.selectionEnd ?? 0 }
          : (this.doc.getSelection()?.rangeCount ? this.doc.getSelection()!.getRangeAt(0).cloneRange() : null);
    }
    this.openedBy = by;
    this.popover.open(item.finding, { left: anchor.left, top: anchor.top, right: anchor.right, bottom: anchor.bottom }, this.lang, by === 'keyboard');
    this.listen(true);
    if (!this.usesHighlights()) this.invalidate();
  }

  private onPopoverClosed(_reason: 'escape' | 'dismiss', hadFocus: boolean): void {
    const by = this.openedBy;
    this.openedBy = null;
    if (hadFocus || by === 'keyboard') this.restoreFocus();
    this.savedSelection = null;
    if (!this.usesHighlights()) this.invalidate();
  }

  /** Focus back to the editor, with the selection it had when the popover took focus. */
  private restoreFocus(): void {
    const field = this.field;
    if (!field || !field.element.isConnected) return;
    const saved = this.savedSelection;
    field.element.focus({ preventScroll: true });
    if (field.kind === 'value') {
      if (saved && 'start' in saved) field.element.setSelectionRange(saved.start, saved.end);
    } else if (saved && 'startContainer' in saved) {
      const selection = this.doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(saved);
    }
  }

  private onAction(finding: Finding, action: PopoverAction): void {
    if (!this.isAlive()) return;
    if (action.kind === 'apply') {
      // apply() closes the popover first; focus ends in the editor after the new text.
      void this.apply(finding.id, action.suggestion, 'popover').catch((error: unknown) => this.deps.log('apply failed', error));
      return;
    }
    if (action.kind === 'ignore') {
      this.ignored.ignore(this.scope, finding.id);
      this.deps.onIgnore?.(this.fieldKey, this.scope, finding);
      this.items = this.items.filter((i) => i.finding.id !== finding.id);
      this.popover.close('dismiss');
      this.paint();
      return;
    }
    this.popover.close('dismiss');
    this.deps.openPanel(this.fieldKey, finding.id);
  }

  // --- events ----------------------------------------------------------------------------

  private listen(on: boolean): void {
    if (!on) {
      this.listening?.abort();
      this.listening = null;
      this.resizeObserver?.disconnect();
      this.resizeObserver = null;
      if (this.frame !== null) this.doc.defaultView?.cancelAnimationFrame(this.frame);
      this.frame = null;
      if (this.pointerTimer !== null) this.doc.defaultView?.clearTimeout(this.pointerTimer);
      this.pointerTimer = null;
      this.pendingPointer = null;
      if (this.watchdog !== null) this.doc.defaultView?.clearInterval(this.watchdog);
      this.watchdog = null;
      this.composing = false;
      this.cancelClose();
      return;
    }
    const field = this.field;
    if (this.listening || !field) return;
    const view = this.doc.defaultView;
    if (!view) return;
    const ac = new AbortController();
    this.listening = ac;
    const opts = { capture: true, passive: true, signal: ac.signal };
    const relayout = () => this.invalidate();
    // Scroll events do not bubble, but capture at the document sees the field's and every scroller's.
    this.doc.addEventListener('scroll', relayout, opts);
    view.addEventListener('resize', relayout, opts);
    view.visualViewport?.addEventListener('resize', relayout, { signal: ac.signal });
    view.visualViewport?.addEventListener('scroll', relayout, { signal: ac.signal });
    this.doc.fonts?.addEventListener?.('loadingdone', relayout, { signal: ac.signal } as AddEventListenerOptions);
    const RO = (view as Window & typeof globalThis).ResizeObserver;
    if (RO) {
      this.resizeObserver = new RO(relayout);
      this.resizeObserver.observe(field.element);
      if (this.doc.documentElement) this.resizeObserver.observe(this.doc.documentElement);
    }
    // A page that switches the field's font (a style or class change on the field, or on the
    // editor document's <html>/<body>) re-lays out the text without resizing anything.
    const MO = (view as Window & typeof globalThis).MutationObserver;
    if (MO) {
      const styling = new MO(relayout);
      const attributes = { attributes: true, attributeFilter: ['style', 'class'] };
      const editorDoc = field.element.ownerDocument;
      for (const target of [field.element, editorDoc.documentElement, editorDoc.body]) {
        if (target) styling.observe(target, attributes);
      }
      ac.signal.addEventListener('abort', () => styling.disconnect(), { once: true });
    }
    // Orphaned scripts shut down even when the user does nothing in the page.
    if (this.deps.alive) this.watchdog = view.setInterval(() => this.isAlive(), ALIVE_CHECK_MS);
    // Only the user's own pointer and keys count: a page script's synthetic events cannot open
    // popovers, jump between findings or close what the user is reading.
    this.doc.addEventListener('pointermove', (e) => e.isTrusted && this.guard('pointermove', () => this.onPointerMove(e as PointerEvent)), opts);
    this.doc.addEventListener('pointerdown', (e) => e.isTrusted && this.guard('pointerdown', () => this.onPointerDown(e as PointerEvent)), opts);
    this.doc.addEventListener('click', (e) => e.isTrusted && this.guard('click', () => this.onClick(e as MouseEvent)), { capture: true, signal: ac.signal });
    this.doc.addEventListener('keydown', (e) => e.isTrusted && this.guard('keydown', () => this.onKeyDown(e as KeyboardEvent)), { capture: true, signal: ac.signal });
    this.doc.addEventListener('compositionstart', (e) => void (e.isTrusted && (this.composing = true)), { capture: true, signal: ac.signal });
    this.doc.addEventListener('compositionend', (e) => void (e.isTrusted && (this.composing = false)), { capture: true, signal: ac.signal });
  }

  private pathOf(e: Event): EventTarget[] {
    return typeof e.composedPath === 'function' ? e.composedPath() : [];
  }

  private inField(e: Event): boolean {
    const el = this.field?.element;
    return !!el && this.pathOf(e).includes(el);
  }

  private onPointerMove(e: PointerEvent): void {
    if (e.pointerType === 'touch') return;
    // Throttled with a trailing call: where the pointer comes to rest is what matters.
    const pointer = { x: e.clientX, y: e.clientY, path: this.pathOf(e) };
    this.pendingPointer = pointer;
    if (this.pointerTimer !== null) return;
    const view = this.doc.defaultView!;
    const wait = Math.max(0, this.lastPointer + POINTER_THROTTLE_MS - Date.now());
    this.pointerTimer = view.setTimeout(() => {
      this.pointerTimer = null;
      this.lastPointer = Date.now();
      const p = this.pendingPointer;
      this.pendingPointer = null;
      if (p) this.guard('hover', () => this.onPointerAt(p.x, p.y, p.path));
    }, wait);
  }

  private onPointerAt(x: number, y: number, path: EventTarget[]): void {
    const inPopover = this.popover.contains(null, path);
    if (inPopover) {
      this.cancelClose();
      return;
    }
    const el = this.field?.element;
    const hit = el && path.includes(el) ? hitTest(this.hitItems(), x, y) : null;
    if (hit) {
      this.cancelClose();
      if (this.popover.finding?.id === hit) return;
      if (this.popover.isOpen && this.openedBy !== 'hover') return;
      if (this.hoverCandidate !== hit) {
        this.cancelHover();
        this.hoverCandidate = hit;
        this.hoverTimer = this.doc.defaultView!.setTimeout(() => {
          this.hoverTimer = null;
          this.hoverCandidate = null;
          this.guard('hover open', () => {
            const item = this.items.find((i) => i.finding.id === hit);
            if (item) this.openPopover(item, 'hover');
          });
        }, HOVER_OPEN_MS);
      }
      return;
    }
    this.cancelHover();
    if (this.popover.isOpen && this.openedBy === 'hover' && !this.popover.hasFocus() && this.closeTimer === null) {
      this.closeTimer = this.doc.defaultView!.setTimeout(() => {
        this.closeTimer = null;
        if (this.openedBy === 'hover' && !this.popover.hasFocus()) this.popover.close('dismiss');
      }, HOVER_CLOSE_MS);
    }
  }

  private hitItems(): Array<{ id: string; boxes: Box[] }> {
    const boxes = this.measure();
    return this.drawn.map((i) => ({ id: i.finding.id, boxes: boxes.get(i.finding.id) ?? [] }));
  }

  private onPointerDown(e: PointerEvent): void {
    if (!this.popover.isOpen || this.popover.contains(null, this.pathOf(e))) return;
    const hit = this.inField(e) ? hitTest(this.hitItems(), e.clientX, e.clientY) : null;
    if (hit !== this.popover.finding?.id) this.popover.close('dismiss');
  }

  private onClick(e: MouseEvent): void {
    if (this.popover.contains(null, this.pathOf(e)) || !this.inField(e)) return;
    const hit = hitTest(this.hitItems(), e.clientX, e.clientY);
    if (!hit || this.popover.finding?.id === hit) return;
    const item = this.items.find((i) => i.finding.id === hit);
    if (item) this.openPopover(item, 'click');
  }

  private onKeyDown(e: KeyboardEvent): void {
    const inPopover = this.popover.contains(null, this.pathOf(e));
    if (isNextFindingKey(e) && (inPopover || this.inField(e))) {
      e.preventDefault();
      e.stopPropagation();
      if (this.popover.isOpen) this.popover.close('dismiss');
      this.jump(e.shiftKey);
      return;
    }
    // Escape inside the popover is handled there; here: a hover/click popover while typing.
    if (e.key === 'Escape' && this.popover.isOpen && !inPopover) {
      e.preventDefault();
      e.stopPropagation();
      this.popover.close('escape');
    }
  }

  private cancelHover(): void {
    if (this.hoverTimer !== null) this.doc.defaultView?.clearTimeout(this.hoverTimer);
    this.hoverTimer = null;
    this.hoverCandidate = null;
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) this.doc.defaultView?.clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }

  // --- helpers ---------------------------------------------------------------------------

  /** The finding's words are still where we think (the page may have changed the text). */
  private stillThere(item: Item): boolean {
    const field = this.field;
    if (!field) return false;
    if (field.kind === 'value') {
      const value = field.element.value;
      const [before, after] = wordEdges(value, item);
      return value.slice(item.start, item.end) === item.text && (item.edges[0] || !before) && (item.edges[1] || !after);
    }
    return !!item.range && repairRange(item, true);
  }

  private editorSelection(editor: HTMLElement, ex: Extraction): { start: number; end: number } {
    const selection = this.doc.getSelection();
    if (!selection || selection.rangeCount === 0) return { start: 0, end: 0 };
    const r = selection.getRangeAt(0);
    if (!editor.contains(r.startContainer)) return { start: 0, end: 0 };
    const start = textOffsetOf(ex, r.startContainer, r.startOffset);
    const end = textOffsetOf(ex, r.endContainer, r.endOffset);
    const s = start < 0 ? 0 : start;
    return { start: s, end: end < 0 ? s : end };
  }

  private guard(name: string, fn: () => void): void {
    if (!this.isAlive()) return;
    try {
      fn();
    } catch (error) {
      this.deps.log(`${name} failed`, error);
    }
  }
}

/** A box covering everything: measuring without clipping. */
const EVERYWHERE: Box = { left: -1e9, top: -1e9, right: 1e9, bottom: 1e9 };

function sameItems(a: readonly Item[], b: readonly Item[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

function rangeBox(range: Range): Box | null {
  const r = range.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) {
    const first = range.getClientRects()[0];
    return first ? { left: first.left, top: first.top, right: first.right, bottom: first.bottom } : null;
  }
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/**
 * Which `max` of `count` items (in text order, so their boxes go down the field) to draw when
 * item `firstInView` is the first that reaches into view (firstReaching): from a quarter of the
 * budget before it, so the visible ones are all drawn and scrolling a little finds the
 * neighbours drawn too. All of them up to the budget. Returns [from, to).
 */
export function windowAround(firstInView: number, count: number, max: number): [number, number] {
  if (count <= max) return [0, count];
  const from = Math.max(0, Math.min(firstInView - Math.floor(max / 4), count - max));
  return [from, from + max];
}

/**
 * The first of `count` items (in text order, so top to bottom) whose box reaches down to `top`;
 * `count` when none does. Items without a box count as above. It gallops from the start (items
 * 0, 1, 3, 7, …) before it bisects, so it probes no item far below the answer: in a textarea each
 * probe lays out the mirror up to that item, and the end of a 1 MB reply is never laid out to
 * find a view at its top.
 */
export function firstReaching(count: number, boxOf: (index: number) => Box | null, top: number): number {
  const reaches = (i: number) => {
    const box = boxOf(i);
    return box !== null && box.bottom >= top;
  };
  let lo = 0;
  let step = 1;
  let hi = 0;
  while (hi < count && !reaches(hi)) {
    lo = hi + 1;
    hi = Math.min(count, hi + step);
    step *= 2;
  }
  hi = Math.min(hi, count);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reaches(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

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

/**
 * Checks a live range against the words it flagged, repairing the one case the DOM's range
 * rules get wrong for us: text typed right before a word lands inside a range that starts at
 * that point. False when the words are gone.
 */
export function repairRange(item: { range?: Range; text: string; edges?: [boolean, boolean] }, strictEdges: boolean): boolean {
  const range = item.range;
  if (!range || range.collapsed) return false;
  const now = range.toString();
  const sc = range.startContainer;
  if (now !== item.text && sc === range.endContainer && sc.nodeType === 3 && now.endsWith(item.text)) {
    // Typed at the range's start (a letter or the space that ends a new word before it).
    range.setStart(sc, range.endOffset - item.text.length);
  } else if (!sameText(now, item.text)) {
    return false;
  }
  // Letters glued onto the word ("Vedrørende" → "Vedrørendes") make it another word: keep the
  // underline while typing (the next check decides), but never apply a suggestion to it.
  if (strictEdges && item.edges) {
    const { startContainer: sc, endContainer: ec } = range;
    if (!item.edges[0] && sc.nodeType === 3 && isWordCharAt((sc as Text).data, range.startOffset - 1)) return false;
    if (!item.edges[1] && ec.nodeType === 3 && isWordCharAt((ec as Text).data, range.endOffset)) return false;
  }
  return true;
}
