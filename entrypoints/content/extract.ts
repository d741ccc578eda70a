// Text extraction from editable fields, with an offset map back to the DOM.
// Offsets are UTF-16 code units (DESIGN.md §2). For a contenteditable editor the text is what a
// reader sees: block boundaries and <br> become "\n", collapsible whitespace collapses to one
// space. Every character that comes from a text node is mapped back to (node, offset), so any
// [start, end) of the text becomes a DOM Range for highlighting or applying a suggestion.

// Where a quoted inquiry begins: each editor family's marks (editors/, `quoteMarks`).
import { binarySearch } from '../../rules/text/binary-search.ts';
import { QUOTE_SELECTOR } from './editors/index.ts';

/** A run of characters of `text` that come 1:1 from one text node. */
export interface TextSegment {
  node: Text;
  /** Offset in node.data of the first character. */
  nodeStart: number;
  /** Offset in the extracted text of the first character. */
  textStart: number;
  length: number;
}

export interface Extraction {
  text: string;
  /** Sorted by textStart, non-overlapping. Characters not covered were synthesized ("\n" for blocks and <br>). */
  segments: TextSegment[];
  /** Text offsets where a quoted part starts (blockquote, .gmail_quote, Outlook's reply header …). */
  quoteStarts: number[];
  /** True when the walk stopped at its character limit: the field has more text than `text`. */
  partial?: boolean;
}

/** Elements that start a line of their own. Computed style is consulted too, but tags decide when it is unavailable. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
]);
const CELL_TAGS = new Set(['TD', 'TH']);
/** Never part of the visible text. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'SVG', 'HEAD', 'TITLE']);

/**
 * How much of a field's text is read for a check: the checked part (the coach's MAX_TEXT_CHARS,
 * 100,000) and some room for a quote header just after it. The rest of a huge reply is not
 * checked, so it is neither walked (a contenteditable) nor searched for the quoted inquiry.
 */
export const READ_TEXT_CHARS = 102_000;

/** A run of collapsible whitespace (global: addText scans a text node with it). */
const COLLAPSIBLE_RUN = /[ \t\n\r\f]+/g;

/** Text of a textarea or text input: the value is the text, offsets are 1:1. */
export function extractValue(field: HTMLTextAreaElement | HTMLInputElement): Extraction {
  return { text: field.value, segments: [], quoteStarts: [] };
}

interface Walker {
  parts: string[];
  length: number;
  segments: TextSegment[];
  quoteStarts: number[];
  /** A collapsed space waiting for the next visible character (dropped at line ends). */
  pendingSpace: { node: Text; offset: number } | null;
  /** True when the text is empty or ends with "\n" (so a block needs no extra break). */
  atLineStart: boolean;
  /** Characters after which the walk stops (at the next node). */
  limit: number;
  partial: boolean;
}

/**
 * Extracts the visible text of a contenteditable editing host (or any element). With `limit`,
 * the walk stops at the first node after that many characters (`partial`): only the start of a
 * huge reply is checked, and walking all of a 1 MB editor on every check would take the page's
 * main thread for far longer than a frame.
 */
export function extractEditable(root: Element, limit = Infinity): Extraction {
  const w: Walker = {
    parts: [],
    length: 0,
    segments: [],
    quoteStarts: [],
    pendingSpace: null,
    atLineStart: true,
    limit,
    partial: false,
  };
  walkChildren(root, w, preservesWhitespace(root));
  return { text: w.parts.join(''), segments: w.segments, quoteStarts: w.quoteStarts, ...(w.partial ? { partial: true } : {}) };
}

function walkChildren(el: Node, w: Walker, pre: boolean): void {
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (w.length >= w.limit) {
      w.partial = true;
      return;
    }
    if (child.nodeType === 3) {
      addText(child as Text, w, pre);
    } else if (child.nodeType === 1) {
      walkElement(child as Element, w, pre);
    }
  }
}

function walkElement(el: Element, w: Walker, parentPre: boolean): void {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag) || el.hasAttribute('hidden')) return;
  // One computed style per element, read for both display and white-space: a 1 MB editor has
  // thousands of paragraphs, and each getComputedStyle call costs.
  const style = computedStyleOf(el);
  const display = style?.display || null;
  if (display === 'none') return;
  if (tag === 'BR') {
    breakLine(w, true);
    return;
  }
  // The page's computed style decides what renders as a block; the tag list covers environments without layout.
  const block = display !== null && display !== 'inline' ? isBlockDisplay(display) : BLOCK_TAGS.has(tag);
  if (block) breakLine(w, false);
  if (CELL_TAGS.has(tag) && !w.atLineStart) {
    // Table cells on one row read as separate items, not one run-on sentence.
    w.pendingSpace = null;
    pushSynthetic(w, '\t');
  }
  if (safeMatches(el, QUOTE_SELECTOR)) w.quoteStarts.push(w.length);
  walkChildren(el, w, preservesWhitespace(el, parentPre, style));
  if (block) breakLine(w, false);
}

function addText(node: Text, w: Walker, pre: boolean): void {
  const data = node.data;
  if (pre) {
    if (data.length === 0) return;
    flushPendingSpace(w);
    pushSegment(w, node, 0, data);
    w.atLineStart = data.endsWith('\n');
    return;
  }
  // Collapse whitespace runs; emit maximal runs of kept characters as one segment each. The
  // runs are found by a regular expression, not character by character: a 1 MB editor's text
  // goes through here on every check.
  COLLAPSIBLE_RUN.lastIndex = 0;
  let pos = 0;
  for (;;) {
    const space = COLLAPSIBLE_RUN.exec(data);
    const keptEnd = space ? space.index : data.length;
    if (keptEnd > pos) {
      flushPendingSpace(w);
      pushSegment(w, node, pos, data.slice(pos, keptEnd));
      w.atLineStart = false;
    }
    if (!space) return;
    // The collapsed space maps to the first whitespace character of its run.
    if (!w.atLineStart && w.pendingSpace === null) w.pendingSpace = { node, offset: space.index };
    pos = space.index + space[0].length;
  }
}

function flushPendingSpace(w: Walker): void {
  const p = w.pendingSpace;
  if (!p) return;
  w.pendingSpace = null;
  // The space maps to the first whitespace character of the collapsed run.
  w.segments.push({ node: p.node, nodeStart: p.offset, textStart: w.length, length: 1 });
  w.parts.push(' ');
  w.length += 1;
}

function pushSegment(w: Walker, node: Text, nodeStart: number, chars: string): void {
  // Non-collapsible characters are kept verbatim so offsets stay 1:1 within the segment.
  w.segments.push({ node, nodeStart, textStart: w.length, length: chars.length });
  w.parts.push(chars);
  w.length += chars.length;
}

function pushSynthetic(w: Walker, chars: string): void {
  w.parts.push(chars);
  w.length += chars.length;
}

/** A block edge or <br>: ends the current line. A <br> always does; a block only if the line has content. */
function breakLine(w: Walker, hard: boolean): void {
  w.pendingSpace = null;
  if (hard || !w.atLineStart) {
    pushSynthetic(w, '\n');
    w.atLineStart = true;
  }
}

function computedStyleOf(el: Element): CSSStyleDeclaration | null {
  try {
    return el.ownerDocument.defaultView?.getComputedStyle(el) ?? null;
  } catch {
    return null;
  }
}

function isBlockDisplay(display: string): boolean {
  return (
    display === 'block' ||
    display === 'flex' ||
    display === 'grid' ||
    display === 'list-item' ||
    display === 'table' ||
    display === 'table-row' ||
    display === 'flow-root'
  );
}

function preservesWhitespace(el: Element, inherited = false, style: CSSStyleDeclaration | null = computedStyleOf(el)): boolean {
  if (el.tagName.toUpperCase() === 'PRE') return true;
  try {
    const ws = style?.whiteSpace;
    if (!ws) return inherited;
    return ws.startsWith('pre') || ws === 'break-spaces';
  } catch {
    return inherited;
  }
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** Finds the segment containing text offset `offset` (or the one starting there). */
function segmentIndexAt(segments: TextSegment[], offset: number): number {
  return binarySearch(segments, (s) => (offset < s.textStart ? -1 : offset >= s.textStart + s.length ? 1 : 0));
}

/** DOM position of text offset `offset`, or of the nearest mapped character in direction `bias`. */
export function domPosition(ex: Extraction, offset: number, bias: 'start' | 'end'): { node: Text; offset: number } | null {
  const segs = ex.segments;
  if (segs.length === 0) return null;
  const lookup = bias === 'start' ? offset : offset - 1;
  const i = segmentIndexAt(segs, lookup);
  if (i >= 0) {
    const s = segs[i]!;
    const within = lookup - s.textStart + (bias === 'end' ? 1 : 0);
    return { node: s.node, offset: s.nodeStart + within };
  }
  // The offset falls on a synthesized character ("\n"): snap to the next (start) or previous (end) segment.
  if (bias === 'start') {
    const next = segs.find((s) => s.textStart >= offset);
    return next ? { node: next.node, offset: next.nodeStart } : null;
  }
  for (let k = segs.length - 1; k >= 0; k--) {
    const s = segs[k]!;
    if (s.textStart + s.length <= offset) return { node: s.node, offset: s.nodeStart + s.length };
  }
  return null;
}

/** A DOM Range for [start, end) of the extracted text, or null when it covers no mapped character. */
export function rangeFor(ex: Extraction, start: number, end: number): Range | null {
  if (!(start < end)) return null;
  const a = domPosition(ex, start, 'start');
  const b = domPosition(ex, end, 'end');
  if (!a || !b) return null;
  const doc = a.node.ownerDocument;
  try {
    const range = doc.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    if (range.collapsed) return null;
    return range;
  } catch {
    // Nodes changed under us (the user typed since extraction); the next check rebuilds the map.
    return null;
  }
}

/** Per extraction, each text node's segments: textOffsetOf is asked for every finding of a long reply. */
const segmentsByNode = new WeakMap<Extraction, Map<Node, TextSegment[]>>();

/** Text offset of a DOM position inside the extracted root (e.g. the caret), or -1 if unmapped. */
export function textOffsetOf(ex: Extraction, node: Node, offset: number): number {
  let index = segmentsByNode.get(ex);
  if (!index) {
    index = new Map();
    for (const s of ex.segments) {
      const list = index.get(s.node);
      if (list) list.push(s);
      else index.set(s.node, [s]);
    }
    segmentsByNode.set(ex, index);
  }
  for (const s of index.get(node) ?? []) {
    if (offset >= s.nodeStart && offset <= s.nodeStart + s.length) {
      return s.textStart + (offset - s.nodeStart);
    }
  }
  return -1;
}
