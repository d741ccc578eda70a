// Measuring text inside a <textarea>/<input>. Their text is not in DOM nodes, so no Range can
// reach it (CSS Custom Highlights cannot either). Instead a hidden mirror element copies the
// field's computed text layout and holds the value in one text node; Range.getClientRects() over
// the mirror text gives the boxes, which geometry.ts moves onto the field (scroll offsets) and
// clips to its visible part. The same technique as Harper's TextFieldRange (reference B2):
// measured, never guessed from character counts.

import { diffEdit } from './anchor.ts';

/** Computed properties that decide where text wraps and how wide glyphs are. */
export const MIRROR_PROPERTIES = [
  'direction',
  'unicode-bidi',
  'writing-mode',
  'font-family',
  'font-size',
  'font-style',
  'font-variant',
  'font-weight',
  'font-stretch',
  'font-kerning',
  'font-feature-settings',
  'font-variation-settings',
  'font-optical-sizing',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-indent',
  'text-align',
  'text-rendering',
  'tab-size',
  'word-break',
  'overflow-wrap',
  'hyphens',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
] as const;

/** A measured box in client coordinates (a DOMRect, or a stand-in). */
export interface MirrorRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface StyleSource {
  getPropertyValue(property: string): string;
}

export interface FieldMetrics {
  /** 'textarea' wraps like pre-wrap; 'input' is one line that never wraps. */
  kind: 'textarea' | 'input';
  /** Inner size without borders and scrollbars (element.clientWidth/clientHeight). */
  clientWidth: number;
  clientHeight: number;
  /**
   * The field's CSS zoom relative to the mirror's container (page `zoom` on <body> or a wrapper
   * scales the field but not our overlay): the mirror lays its text out at the same scale.
   */
  zoom?: number;
}

/** An element's effective CSS zoom (its own `zoom` times its ancestors'); 1 where the browser does not say. */
export function cssZoom(el: Element): number {
  const z = (el as Element & { currentCSSZoom?: number }).currentCSSZoom;
  return typeof z === 'number' && Number.isFinite(z) && z > 0 ? z : 1;
}

function px(value: string): number {
  const n = parseFloat(value);
  return Number.isFinite(n) ? n : 0;
}

/**
 * The inline style of the mirror: the field's text layout, a border box of the field's size
 * minus its scrollbars (so lines wrap at the same width), and nothing that paints.
 */
export function mirrorStyle(cs: StyleSource, m: FieldMetrics): Record<string, string> {
  const style: Record<string, string> = {};
  for (const p of MIRROR_PROPERTIES) {
    const v = cs.getPropertyValue(p);
    if (v) style[p] = v;
  }
  const bl = px(cs.getPropertyValue('border-left-width'));
  const br = px(cs.getPropertyValue('border-right-width'));
  const bt = px(cs.getPropertyValue('border-top-width'));
  const bb = px(cs.getPropertyValue('border-bottom-width'));
  Object.assign(style, {
    position: 'absolute',
    left: '0px',
    top: '0px',
    margin: '0px',
    'box-sizing': 'border-box',
    width: `${m.clientWidth + bl + br}px`,
    height: `${m.clientHeight + bt + bb}px`,
    'border-style': 'solid',
    'border-color': 'transparent',
    overflow: 'hidden',
    visibility: 'hidden',
    'pointer-events': 'none',
    color: 'transparent',
    background: 'none',
  });
  if (m.zoom !== undefined && m.zoom !== 1 && Number.isFinite(m.zoom) && m.zoom > 0) style.zoom = String(m.zoom);
  if (m.kind === 'input') {
    // An input never wraps and centres its one line vertically in the content box.
    const inner = m.clientHeight - px(cs.getPropertyValue('padding-top')) - px(cs.getPropertyValue('padding-bottom'));
    style['white-space'] = 'pre';
    style['overflow-wrap'] = 'normal';
    style['word-break'] = 'normal';
    if (inner > 0) style['line-height'] = `${inner}px`;
  } else {
    const ws = cs.getPropertyValue('white-space');
    style['white-space'] = ws === 'pre' || ws === 'nowrap' ? 'pre' : 'pre-wrap';
    if (!style['overflow-wrap'] || style['overflow-wrap'] === 'normal') style['overflow-wrap'] = 'break-word';
  }
  return style;
}

/**
 * Characters a mirror holds at least; more when a span further on is measured. Small, since a
 * keystroke relays out the mirrored text after the edit: only as much as the spans in view need.
 */
export const MIRROR_FIRST_CHARS = 4_000;

/**
 * Where a mirror of `value` may end so that it covers [0, needed) and every line up to there is
 * laid out as in the whole value: at the end of the paragraph (a hard line break), or, in a
 * left-aligned field, after the word at `needed` (lines before a break opportunity do not depend
 * on what follows it). Right-aligned, centred or justified lines move with their whole line, so
 * there only a paragraph end will do.
 */
export function mirrorCut(value: string, needed: number, cutAtWord: boolean): number {
  if (needed >= value.length) return value.length;
  const paragraphEnd = value.indexOf('\n', needed);
  if (paragraphEnd !== -1 && (!cutAtWord || paragraphEnd - needed <= 2_000)) return paragraphEnd;
  if (!cutAtWord) return value.length;
  const space = /[ \t\n]/g;
  space.lastIndex = needed;
  return space.exec(value)?.index ?? value.length;
}

/** Whether lines of this field start at the left edge whatever follows them. */
function startsLeft(cs: StyleSource): boolean {
  const align = cs.getPropertyValue('text-align');
  const rtl = cs.getPropertyValue('direction') === 'rtl';
  return align === 'left' || (!rtl && (align === 'start' || align === '' || align === '-webkit-auto')) || (rtl && align === 'end');
}

/**
 * A reusable mirror for one field, living in our own shadow root (never in the page's tree).
 * It holds only as much of a textarea's value as the spans measured last time needed, and grows
 * only as far as the field's view when told where that ends (`rects(…, below)`): in a 1 MB reply
 * a keystroke lays out a few thousand characters, not the reply.
 */
export class Mirror {
  readonly element: HTMLDivElement;
  private readonly text: Text;
  /** The element whose zoom the mirror inherits (the shadow root's host). */
  private readonly parent: Element | null;
  private lastStyle = '';
  private value = '';
  private cutAtWord = true;
  private whole = true;
  /** How far the spans measured since the last sync reached (what the next sync keeps). */
  private reached = 0;

  constructor(container: Node) {
    const doc = container.ownerDocument ?? (container as Document);
    this.element = doc.createElement('div');
    this.element.setAttribute('aria-hidden', 'true');
    this.text = doc.createTextNode('');
    this.element.append(this.text);
    container.appendChild(this.element);
    this.parent = container.nodeType === 11 && 'host' in container ? (container as ShadowRoot).host : container.nodeType === 1 ? (container as Element) : null;
  }

  /** Copies the field's current layout and value; cheap when nothing changed. */
  sync(field: HTMLTextAreaElement | HTMLInputElement): void {
    const view = field.ownerDocument.defaultView;
    if (!view) return;
    const cs = view.getComputedStyle(field);
    const kind = field.tagName.toUpperCase() === 'TEXTAREA' ? 'textarea' : 'input';
    const zoom = cssZoom(field) / (this.parent ? cssZoom(this.parent) : 1);
    const style = mirrorStyle(cs, { kind, clientWidth: field.clientWidth, clientHeight: field.clientHeight, zoom });
    const css = Object.entries(style)
      .map(([k, v]) => `${k}: ${v} !important;`)
      .join(' ');
    if (css !== this.lastStyle) {
      this.element.style.cssText = css;
      this.lastStyle = css;
    }
    // An input is one line: always whole (its scroll position depends on all of it).
    this.whole = kind === 'input';
    this.cutAtWord = startsLeft(cs);
    const value = field.value;
    const reached = this.reached;
    this.reached = 0;
    if (value === this.value && this.text.data.length <= value.length) return;
    this.value = value;
    // As much as the spans measured last time needed (they rarely move far), at least the first
    // chunk; it shrinks again when the view moved back up.
    const keep = reached > 0 ? reached : this.text.data.length;
    this.show(this.whole ? value.length : Math.max(MIRROR_FIRST_CHARS, Math.min(keep, value.length)));
  }

  /**
   * Client rects of [start, end) of the mirrored value (mirror-relative via its own origin).
   * With `below` (a y in the mirror's client coordinates, such as the bottom of the field's
   * view), nothing past the first line that starts below it is laid out: the part of the span
   * there is left out, and a span that starts there gets one stand-in rect on that line (it is
   * at least that far down). A span over a whole 1 MB reply then costs what is in view.
   */
  rects(start: number, end: number, below?: number): ArrayLike<MirrorRect> {
    const len = this.value.length;
    const s = Math.max(0, Math.min(start, len));
    let e = Math.max(s, Math.min(end, len));
    if (s === e) return [];
    // Grow in steps (each step lays the mirror out again), so many spans cost few layouts.
    while (e > this.text.data.length) {
      const shown = this.text.data.length;
      if (below !== undefined) {
        const last = this.lastCharRect();
        if (last && last.top > below) {
          if (s >= shown) return [{ left: last.left, top: last.top, width: Math.max(1, last.width), height: last.height }];
          e = shown;
          break;
        }
      }
      this.show(below === undefined ? Math.max(e, shown * 2) : Math.min(e, Math.max(shown * 2, MIRROR_FIRST_CHARS)));
      if (this.text.data.length === shown) break;
    }
    e = Math.min(e, this.text.data.length);
    this.reached = Math.max(this.reached, e);
    if (s >= e) return [];
    const range = this.element.ownerDocument.createRange();
    range.setStart(this.text, s);
    range.setEnd(this.text, e);
    return range.getClientRects();
  }

  /** The rect of the mirrored text's last character (on its last line), or null. */
  private lastCharRect(): MirrorRect | null {
    const n = this.text.data.length;
    if (n === 0) return null;
    const range = this.element.ownerDocument.createRange();
    range.setStart(this.text, n - 1);
    range.setEnd(this.text, n);
    const rects = range.getClientRects();
    return rects[rects.length - 1] ?? null;
  }

  /** How many characters of the value the mirror holds (tests, benchmarks). */
  get mirroredLength(): number {
    return this.text.data.length;
  }

  origin(): { left: number; top: number } {
    const r = this.element.getBoundingClientRect();
    return { left: r.left, top: r.top };
  }

  remove(): void {
    this.element.remove();
  }

  private show(needed: number): void {
    const shown = this.value.slice(0, mirrorCut(this.value, needed, this.cutAtWord));
    const old = this.text.data;
    if (old === shown) return;
    // Replace only what changed: Chromium then keeps the shaped text and the lines before the
    // edit, so a keystroke relays out a few lines instead of the whole mirrored text (setting
    // .data relaid out 20,000 characters, ~25 ms, on every keystroke in a 1 MB reply).
    const edit = diffEdit(old, shown);
    if (edit) this.text.replaceData(edit.start, edit.deleted, shown.slice(edit.start, edit.start + edit.inserted));
  }
}
