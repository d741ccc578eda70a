// Underlines for contenteditable editors with the CSS Custom Highlight API: the page's DOM is
// never changed (DESIGN.md §4). One Highlight per category, and one for its notes (severity
// "info", drawn quieter), under names random per load that tell the page nothing (style.ts), one
// Range per finding. The registry and the ::highlight() rules are per document and tree-scoped,
// so both go into the editor's own document (and its shadow root, when the editor lives in one)
// — and only once findings are shown there, i.e. after the user typed in it.

import { CATEGORIES, type Category } from '../../../rules/ids.ts';
import { HIGHLIGHT_CSS, highlightName } from '../style.ts';

type StyleScope = Document | ShadowRoot;

interface HighlightGlobals {
  registry: HighlightRegistry;
  HighlightCtor: typeof Highlight;
  CSSStyleSheetCtor: typeof CSSStyleSheet;
}

function globalsFor(doc: Document): HighlightGlobals | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = view?.CSS?.highlights;
  const HighlightCtor = view?.Highlight;
  if (!registry || !HighlightCtor || !view?.CSSStyleSheet) return null;
  return { registry, HighlightCtor, CSSStyleSheetCtor: view.CSSStyleSheet };
}

/** Firefox paints text-decoration in ::highlight() only from version 146 (reference B1). */
export function highlightDecorationsWork(userAgent: string): boolean {
  const m = /Firefox\/(\d+)/.exec(userAgent);
  return !m || Number(m[1]) >= 146;
}

/** Paint order where spans overlap: the more serious categories on top. */
const PRIORITY: Record<Category, number> = { clarity: 0, tone: 1, deadline: 2, 'personal-data': 3 };

export class Highlighter {
  /** Our sheet per scope it was adopted into, so shutting down can take each one out again. */
  private sheets = new Map<StyleScope, CSSStyleSheet>();
  private docs = new Set<Document>();

  /** True when this browser can underline contenteditable text without touching the DOM. */
  static supported(doc: Document): boolean {
    return globalsFor(doc) !== null && highlightDecorationsWork(doc.defaultView?.navigator.userAgent ?? '');
  }

  /** Shows the ranges over `editor`, grouped by category; replaces what was shown before. */
  show(editor: HTMLElement, items: ReadonlyArray<{ category: Category; range: Range; note?: boolean }>): void {
    const doc = editor.ownerDocument;
    const g = globalsFor(doc);
    if (!g) return;
    this.clear();
    if (items.length === 0) return;
    this.adoptStyle(doc, g);
    const root = editor.getRootNode();
    if (root !== doc && isShadowRoot(root)) this.adoptStyle(root, g);
    const byName = new Map<string, { priority: number; ranges: Range[] }>();
    for (const { category, range, note = false } of items) {
      const name = highlightName(category, note);
      // A note paints below every problem's underline.
      let group = byName.get(name);
      if (!group) byName.set(name, (group = { priority: note ? PRIORITY[category] - CATEGORIES.length : PRIORITY[category], ranges: [] }));
      group.ranges.push(range);
    }
    for (const [name, { priority, ranges }] of byName) {
      const h = new g.HighlightCtor(...ranges);
      h.priority = priority;
      g.registry.set(name, h);
    }
    this.docs.add(doc);
  }

  clear(): void {
    for (const doc of this.docs) {
      const g = globalsFor(doc);
      if (!g) continue;
      for (const c of CATEGORIES) {
        g.registry.delete(highlightName(c));
        g.registry.delete(highlightName(c, true));
      }
    }
    this.docs.clear();
  }

  /**
   * Clears the highlights and takes our ::highlight() rules out of every document and shadow
   * root they went into: an extension reloaded or updated leaves nothing in the page.
   */
  destroy(): void {
    this.clear();
    for (const [scope, sheet] of this.sheets) {
      try {
        if (scope.adoptedStyleSheets.includes(sheet)) scope.adoptedStyleSheets = scope.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // The document is gone (frame removed): nothing left to clean.
      }
    }
    this.sheets.clear();
  }

  private adoptStyle(scope: StyleScope, g: HighlightGlobals): void {
    let sheet = this.sheets.get(scope);
    if (!sheet) {
      sheet = new g.CSSStyleSheetCtor();
      sheet.replaceSync(HIGHLIGHT_CSS);
      this.sheets.set(scope, sheet);
    }
    // Pages may reassign adoptedStyleSheets; re-adopt when ours has been dropped.
    if (!scope.adoptedStyleSheets.includes(sheet)) {
      scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
    }
  }
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node;
}
