// A textarea or text input as an editor surface: the text is the value, 1:1 with the offsets a
// check reports. No Range reaches inside it, so positions are measured with a mirror element in
// our overlay (mirror.ts) and underlines are overlay segments; findings follow each edit by
// rebasing their offsets through it (anchor.ts), before the next answer arrives.

import type { Finding } from '../../../rules/types.ts';
import { rebase, wordEdges } from '../anchor.ts';
import { replaceValueSpan, selectValueSpan, type ApplyOutcome } from '../editors/input-path.ts';
import { extractValue, type Extraction } from '../extract.ts';
import type { EditableField } from '../fields.ts';
import { mirrorToField, type Box } from '../geometry.ts';
import { cssZoom, type Mirror } from '../mirror.ts';
import type { UnderlineItem } from '../underlines/item.ts';
import { scrollBoxIntoView } from './scroll.ts';
import type { EditorSurface, MeasureFrame, SpanMeasure } from './surface.ts';

type ValueElement = HTMLTextAreaElement | HTMLInputElement;

/** A box covering everything: measuring without clipping. */
export const EVERYWHERE: Box = { left: -1e9, top: -1e9, right: 1e9, bottom: 1e9 };

export class ValueSurface implements EditorSurface {
  readonly field: EditableField;
  readonly element: ValueElement;
  readonly isReplyField: boolean;
  readonly followsStaleAnswers = true;
  readonly readsBeforeInput = false;
  /** The value after the last edit: tells what a Backspace removed. */
  private valueAtLastEdit: string;
  /** The text the items' offsets refer to. */
  private itemsValue = '';

  constructor(element: ValueElement) {
    this.element = element;
    this.field = { kind: 'value', element };
    this.isReplyField = element.tagName.toUpperCase() === 'TEXTAREA';
    this.valueAtLastEdit = element.value;
  }

  paintsHighlights(): boolean {
    return false;
  }

  hasText(): boolean {
    return this.element.value.trim() !== '';
  }

  read(): Extraction {
    return extractValue(this.element);
  }

  beforeInput(): void {}

  deletedBy(event: InputEvent): string | undefined {
    const before = this.valueAtLastEdit;
    const after = this.element.value;
    this.valueAtLastEdit = after;
    if (!event.inputType?.startsWith('delete')) return undefined;
    const at = this.element.selectionStart ?? 0;
    return before.slice(at, at + Math.max(0, before.length - after.length));
  }

  anchor(findings: readonly Finding[], ex: Extraction): UnderlineItem[] {
    const current = this.element.value;
    const spans = findings.map((f) => ({ finding: f, start: f.start, end: f.end, text: ex.text.slice(f.start, f.end), edges: wordEdges(ex.text, f) }));
    this.itemsValue = current;
    return rebase(spans, ex.text, current, this.element.selectionEnd ?? undefined);
  }

  follow(items: UnderlineItem[]): UnderlineItem[] | null {
    const value = this.element.value;
    if (value === this.itemsValue) return null;
    const moved = rebase(items, this.itemsValue, value, this.element.selectionEnd ?? undefined);
    this.itemsValue = value;
    return moved;
  }

  stillThere(item: UnderlineItem): boolean {
    const value = this.element.value;
    const [before, after] = wordEdges(value, item);
    return value.slice(item.start, item.end) === item.text && (item.edges[0] || !before) && (item.edges[1] || !after);
  }

  /** A value's offsets move with every edit through follow(); its DOM holds no anchors to lose. */
  watch(): () => void {
    return () => {};
  }

  reanchor(): null {
    return null;
  }

  measure(frame: MeasureFrame, mirrorOf: () => Mirror): SpanMeasure {
    const el = this.element;
    const mirror = mirrorOf();
    mirror.sync(el);
    const origin = mirror.origin();
    const scroll = { left: el.scrollLeft, top: el.scrollTop };
    const { border, zoom } = frame;
    // The mirror is laid out only as far as the field's view needs.
    const below = frame.horizontal ? (frame.clip ?? frame.client).bottom - (border.top - origin.top - scroll.top * zoom) : undefined;
    const boxesOf = (item: UnderlineItem, within: Box) =>
      mirrorToField(Array.from(mirror.rects(item.start, item.end, below)), origin, border, scroll, within, zoom);
    return { boxesOf, placeOf: (item) => boxesOf(item, EVERYWHERE)[0] ?? null };
  }

  reveal(item: UnderlineItem, mirror: () => Mirror): void {
    this.selectSpan(item, mirror);
  }

  revealOffsets(start: number, end: number, mirror: () => Mirror): boolean {
    if (end > this.element.value.length) return false;
    this.selectSpan({ start, end }, mirror);
    return true;
  }

  readingPositions(items: readonly UnderlineItem[]): { spans: UnderlineItem[]; selection: { start: number; end: number } } {
    return { spans: [...items], selection: { start: this.element.selectionStart ?? 0, end: this.element.selectionEnd ?? 0 } };
  }

  saveSelection(): () => void {
    const el = this.element;
    const start = el.selectionStart ?? 0;
    const end = el.selectionEnd ?? 0;
    return () => {
      if (!el.isConnected) return;
      el.focus({ preventScroll: true });
      el.setSelectionRange(start, end);
    };
  }

  selectionBox(): DOMRect {
    return this.element.getBoundingClientRect();
  }

  async replace(item: UnderlineItem, suggestion: string): Promise<ApplyOutcome> {
    if (!this.stillThere(item)) return 'changed';
    return replaceValueSpan(this.element, item.start, item.end, suggestion) ? 'applied' : 'refused';
  }

  async insertAtCaret(text: string): Promise<ApplyOutcome> {
    const el = this.element;
    if (!el.isConnected || text === '') return 'refused';
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? start;
    return replaceValueSpan(el, start, end, text) ? 'applied' : 'refused';
  }

  /** Selects a span of the value and scrolls it into view. */
  private selectSpan(span: { start: number; end: number }, mirror: () => Mirror): void {
    const el = this.element;
    selectValueSpan(el, span.start, span.end);
    const view = el.ownerDocument.defaultView;
    if (view) scrollBoxIntoView(el, () => this.spanBox(span, mirror), view);
  }

  /** A span in viewport coordinates at the field's current scroll (unclipped). */
  private spanBox(span: { start: number; end: number }, mirrorOf: () => Mirror): Box | null {
    const el = this.element;
    const mirror = mirrorOf();
    mirror.sync(el);
    const rects = Array.from(mirror.rects(span.start, span.end));
    return mirrorToField(rects, mirror.origin(), el.getBoundingClientRect(), { left: el.scrollLeft, top: el.scrollTop }, EVERYWHERE, cssZoom(el))[0] ?? null;
  }
}
