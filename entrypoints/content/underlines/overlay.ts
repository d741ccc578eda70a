// The overlay renderer: underline segments in a closed shadow root on our own <svarhjelp-overlay>
// host, appended to the field's document (closed: the page can read neither the mirrored text of
// a field nor which words are underlined; segments carry no finding id or category either). Used for textarea/input (whose text no Range can
// reach) and for contenteditable where the Highlight API is missing. The host is fixed at the
// viewport origin with no size and pointer-events: none, so it never takes a click or a
// keystroke from the page; segments are positioned in viewport coordinates.

import type { Category } from '../../../rules/ids.ts';
import type { Box } from '../geometry.ts';
import { Mirror, cssZoom } from '../mirror.ts';
import { NOTE_CLASS, OVERLAY_CSS, segmentClass } from '../style.ts';
import { describeSegment, forgetRoot, registerOverlayRoot } from '../inspect.ts';

export const OVERLAY_TAG = 'svarhjelp-overlay';

export interface Segment {
  findingId: string;
  category: Category;
  box: Box;
  active?: boolean;
  /** A finding of severity "info": drawn quieter. */
  note?: boolean;
}

export class OverlayLayer {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private layer: HTMLElement | null = null;
  private mirror: Mirror | null = null;
  private readonly doc: Document;

  constructor(doc: Document) {
    this.doc = doc;
  }

  /** The mirror for measuring a textarea/input's text (created on first use, reused after). */
  getMirror(): Mirror {
    this.ensure();
    this.mirror ??= new Mirror(this.shadow!);
    return this.mirror;
  }

  /** Replaces the drawn segments. */
  draw(segments: readonly Segment[]): void {
    if (segments.length === 0 && !this.layer) return;
    this.ensure();
    const doc = this.doc;
    // Boxes are viewport px; a page `zoom` on <html> zooms our host too, so undo it here.
    const z = cssZoom(this.layer!);
    const nodes = segments.map((s) => {
      const el = doc.createElement('div');
      el.setAttribute('data-svarhjelp-underline', '');
      el.className = [segmentClass(s.category), s.note ? NOTE_CLASS : '', s.active ? 'active' : ''].filter(Boolean).join(' ');
      describeSegment(el, { findingId: s.findingId, category: s.category });
      el.style.cssText = `left: ${s.box.left / z}px; top: ${s.box.top / z}px; width: ${(s.box.right - s.box.left) / z}px; height: ${(s.box.bottom - s.box.top) / z}px;`;
      return el;
    });
    this.layer!.replaceChildren(...nodes);
  }

  clear(): void {
    this.layer?.replaceChildren();
  }

  destroy(): void {
    this.host?.remove();
    forgetRoot(this.shadow);
    this.host = null;
    this.shadow = null;
    this.layer = null;
    this.mirror = null;
  }

  private ensure(): void {
    if (this.host?.isConnected) return;
    const doc = this.doc;
    const host = doc.createElement(OVERLAY_TAG);
    host.style.cssText = 'all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; overflow: visible; pointer-events: none; z-index: 2147483646;';
    host.setAttribute('aria-hidden', 'true');
    const shadow = host.attachShadow({ mode: 'closed' });
    adoptCss(shadow, doc, OVERLAY_CSS);
    forgetRoot(this.shadow);
    registerOverlayRoot(shadow);
    const layer = doc.createElement('div');
    layer.className = 'layer';
    shadow.append(layer);
    (doc.documentElement ?? doc).appendChild(host);
    this.host = host;
    this.shadow = shadow;
    this.layer = layer;
    this.mirror = null;
  }
}

const sheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

/** Adopts `css` into a shadow root as a constructed sheet (not subject to page CSP), else a <style>. */
export function adoptCss(shadow: ShadowRoot, doc: Document, css: string): void {
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    if (view?.CSSStyleSheet && 'adoptedStyleSheets' in shadow) {
      let byCss = sheets.get(doc);
      if (!byCss) sheets.set(doc, (byCss = new Map()));
      let sheet = byCss.get(css);
      if (!sheet) {
        sheet = new view.CSSStyleSheet();
        sheet.replaceSync(css);
        byCss.set(css, sheet);
      }
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      return;
    }
  } catch {
    // Fall through to a <style> element.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
}
