// Minimal underlines for contenteditable editors with the CSS Custom Highlight API: the page's
// DOM is never changed (DESIGN.md §4). The registry and the ::highlight() rules are per
// document and tree-scoped, so both go into the editor's own document (and its shadow root,
// when the editor lives in one). The style is adopted only once the user types there.
// Textarea/input underlines need a mirror overlay; that comes with inline coaching.

import type { Finding } from '../../rules/types.ts';
import type { Severity } from '../../rules/ids.ts';
import { SEVERITIES } from '../../rules/ids.ts';
import { rangeFor, type Extraction } from './extract.ts';

export const HIGHLIGHT_PREFIX = 'svarhjelp-';

const COLORS: Record<Severity, string> = {
  info: '#5b7fa6',
  suggestion: '#1a73e8',
  warning: '#c77700',
  critical: '#c5221f',
};

const CSS_TEXT = SEVERITIES.map(
  (s) =>
    `::highlight(${HIGHLIGHT_PREFIX}${s}) { text-decoration: underline wavy ${COLORS[s]}; text-decoration-thickness: 1.5px; text-underline-offset: 2px; }`,
).join('\n');

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

export class Highlighter {
  private sheets = new WeakMap<StyleScope, CSSStyleSheet>();
  private docs = new Set<Document>();

  /** True when this browser can underline contenteditable text without touching the DOM. */
  static supported(doc: Document): boolean {
    return globalsFor(doc) !== null;
  }

  /** Shows `findings` over the editor whose text was extracted as `ex`; replaces earlier ones. */
  show(editor: HTMLElement, ex: Extraction, findings: readonly Finding[]): void {
    const doc = editor.ownerDocument;
    const g = globalsFor(doc);
    if (!g) return;
    this.clear();
    if (findings.length === 0) return;
    this.adoptStyle(doc, g);
    const root = editor.getRootNode();
    if (root !== doc && isShadowRoot(root)) this.adoptStyle(root, g);
    const bySeverity = new Map<Severity, Range[]>();
    for (const f of findings) {
      const range = rangeFor(ex, f.start, f.end);
      if (!range) continue;
      const list = bySeverity.get(f.severity) ?? [];
      list.push(range);
      bySeverity.set(f.severity, list);
    }
    for (const [severity, ranges] of bySeverity) {
      const h = new g.HighlightCtor(...ranges);
      // Higher severities paint over lower ones where spans overlap.
      h.priority = SEVERITIES.indexOf(severity);
      g.registry.set(HIGHLIGHT_PREFIX + severity, h);
    }
    this.docs.add(doc);
  }

  clear(): void {
    for (const doc of this.docs) {
      const g = globalsFor(doc);
      if (!g) continue;
      for (const s of SEVERITIES) g.registry.delete(HIGHLIGHT_PREFIX + s);
    }
    this.docs.clear();
  }

  private adoptStyle(scope: StyleScope, g: HighlightGlobals): void {
    let sheet = this.sheets.get(scope);
    if (!sheet) {
      sheet = new g.CSSStyleSheetCtor();
      sheet.replaceSync(CSS_TEXT);
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
