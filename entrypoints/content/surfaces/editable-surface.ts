// A contenteditable editor as an editor surface: the text is what its DOM shows (extract.ts maps
// every character back to a text node), findings are live Ranges the browser moves as the DOM
// changes, painted with the CSS Custom Highlight API in the editor's own document (or, where that
// API is missing, measured from the Ranges' rects into overlay segments).
//
// Model editors (Slate, CKEditor 5, ProseMirror …) re-render text nodes from their model when
// they like — after an input event, on a change made through their API — and a Range over a
// replaced node collapses (or, drawn from an extraction taken just before, sits on nodes no
// longer in the page). While a field is active its subtree is watched; anchors the DOM dropped
// are placed again from a fresh extraction, rebased through what changed since the check.

import type { Finding } from '../../../rules/types.ts';
import { diffEdit, isWordCharAt, shiftSpan, wordEdges } from '../anchor.ts';
import { insertInEditable } from '../editors/insert.ts';
import { replaceInEditable, sameText, selectRange, type ApplyOutcome } from '../editors/input-path.ts';
import { READ_TEXT_CHARS, extractEditable, rangeFor, textOffsetOf, type Extraction } from '../extract.ts';
import type { EditableField } from '../fields.ts';
import { clipRects, type Box } from '../geometry.ts';
import { Highlighter } from '../underlines/highlighter.ts';
import type { UnderlineItem } from '../underlines/item.ts';
import { scrollBoxIntoView } from './scroll.ts';
import type { EditorSurface, SpanMeasure } from './surface.ts';

export class EditableSurface implements EditorSurface {
  readonly field: EditableField;
  readonly element: HTMLElement;
  readonly isReplyField = true;
  /** Node offsets of an answer to older text are stale: the pending check draws fresh ones. */
  readonly followsStaleAnswers = false;
  readonly readsBeforeInput = true;
  /** What Backspace/Delete is about to remove, read in beforeinput while the text is still there. */
  private pendingDeletion: string | undefined;
  /** The text the items' offsets refer to (the check's, until anchors are placed again). */
  private itemsText = '';

  constructor(element: HTMLElement) {
    this.element = element;
    this.field = { kind: 'contenteditable', element };
  }

  paintsHighlights(): boolean {
    return Highlighter.supported(this.element.ownerDocument);
  }

  hasText(): boolean {
    return (this.element.textContent ?? '').trim() !== '';
  }

  read(limit: number): Extraction {
    return extractEditable(this.element, limit);
  }

  // What a deletion removes (the browser names it in getTargetRanges()), so deleting a space or a
  // punctuation mark — two words become one — is checked soon, as in a textarea.
  beforeInput(input: InputEvent): void {
    this.pendingDeletion = undefined;
    if (!input.inputType?.startsWith('deleteContent') || typeof input.getTargetRanges !== 'function') return;
    const [target] = input.getTargetRanges();
    if (!target || target.collapsed) return;
    const range = this.element.ownerDocument.createRange();
    range.setStart(target.startContainer, target.startOffset);
    range.setEnd(target.endContainer, target.endOffset);
    this.pendingDeletion = range.toString();
  }

  deletedBy(event: InputEvent): string | undefined {
    const deleted = this.pendingDeletion;
    this.pendingDeletion = undefined;
    return event.inputType?.startsWith('delete') ? deleted : undefined;
  }

  anchor(findings: readonly Finding[], ex: Extraction): UnderlineItem[] {
    this.itemsText = ex.text;
    const items: UnderlineItem[] = [];
    for (const f of findings) {
      const range = rangeFor(ex, f.start, f.end);
      const text = ex.text.slice(f.start, f.end);
      if (range && sameText(range.toString(), text)) items.push({ finding: f, start: f.start, end: f.end, text, range, edges: wordEdges(ex.text, f) });
    }
    return items;
  }

  // The drawn items (all up to MAX_ITEMS) are the ones the user can see change; the rest of a
  // long reply is repaired by the next answer, and an apply checks its span first anyway.
  follow(items: UnderlineItem[], drawn: ReadonlySet<UnderlineItem> | null): UnderlineItem[] {
    return items.filter((item) => (drawn !== null && !drawn.has(item)) || repairRange(item, false));
  }

  stillThere(item: UnderlineItem): boolean {
    return !!item.range && repairRange(item, true);
  }

  // Only the active field's subtree, and only while underlines are shown (the session starts and
  // stops this with its other listeners): an idle page gets no observer of ours.
  watch(onDetached: () => void): () => void {
    const MO = (this.element.ownerDocument.defaultView as (Window & typeof globalThis) | null)?.MutationObserver;
    if (!MO) return () => {};
    const observer = new MO(onDetached);
    observer.observe(this.element, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }

  reanchor(items: UnderlineItem[], keep?: string): UnderlineItem[] | null {
    if (items.every((item) => anchored(item))) return null;
    const ex = extractEditable(this.element, READ_TEXT_CHARS);
    const edit = diffEdit(this.itemsText, ex.text);
    const out: UnderlineItem[] = [];
    for (const item of items) {
      const moved = edit ? shiftSpan(item, edit) : item;
      if (anchored(item)) {
        out.push(moved ?? item);
        continue;
      }
      const range = moved && ex.text.slice(moved.start, moved.end) === item.text ? rangeFor(ex, moved.start, moved.end) : null;
      if (moved && range && sameText(range.toString(), item.text)) out.push({ ...moved, range });
      // The words the open popover is about stay: applying there says what became of them.
      else if (item.finding.id === keep) out.push(item);
    }
    this.itemsText = ex.text;
    return out;
  }

  measure(): SpanMeasure {
    return {
      boxesOf: (item, within) => clipRects(Array.from(item.range!.getClientRects()), within),
      placeOf: (item) => rangeBox(item.range!),
    };
  }

  reveal(item: UnderlineItem): void {
    if (item.range) this.selectRangeInView(item.range);
  }

  revealOffsets(start: number, end: number): boolean {
    const ex = extractEditable(this.element, READ_TEXT_CHARS);
    const range = end <= ex.text.length ? rangeFor(ex, start, end) : null;
    if (!range) return false;
    this.selectRangeInView(range);
    return true;
  }

  // Findings lie in the part that was read for the check; a caret further on counts as the top.
  readingPositions(items: readonly UnderlineItem[]): { spans: Array<{ start: number; end: number }>; selection: { start: number; end: number } } {
    const ex = extractEditable(this.element, READ_TEXT_CHARS);
    const spans = items.map((i) => {
      const s = textOffsetOf(ex, i.range!.startContainer, i.range!.startOffset);
      const e = textOffsetOf(ex, i.range!.endContainer, i.range!.endOffset);
      return { start: s < 0 ? i.start : s, end: e < 0 ? i.end : e };
    });
    return { spans, selection: this.selectionOffsets(ex) };
  }

  saveSelection(): () => void {
    const el = this.element;
    const selection = el.ownerDocument.getSelection();
    const saved = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    return () => {
      if (!el.isConnected) return;
      el.focus({ preventScroll: true });
      if (!saved) return;
      const now = el.ownerDocument.getSelection();
      now?.removeAllRanges();
      now?.addRange(saved);
    };
  }

  selectionBox(): DOMRect {
    const selection = this.element.ownerDocument.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    return (range && !range.collapsed ? range : this.element).getBoundingClientRect();
  }

  async replace(item: UnderlineItem, suggestion: string): Promise<ApplyOutcome> {
    const range = this.freshRange(item);
    return range ? replaceInEditable(this.element, range, item.text, suggestion) : 'changed';
  }

  insertAtCaret(text: string): Promise<ApplyOutcome> {
    return insertInEditable(this.element, text);
  }

  /**
   * A Range over the finding's words built from the DOM as it is now (an editor may have
   * re-rendered its text nodes since the check, which collapses a live Range), or null when the
   * words there changed — or grew letters, which makes them another word.
   */
  private freshRange(item: UnderlineItem): Range | null {
    if (item.range && repairRange(item, true)) return item.range.cloneRange();
    const ex = extractEditable(this.element, READ_TEXT_CHARS);
    if (ex.text.slice(item.start, item.end) !== item.text) return null;
    const [before, after] = wordEdges(ex.text, item);
    if ((!item.edges[0] && before) || (!item.edges[1] && after)) return null;
    const range = rangeFor(ex, item.start, item.end);
    return range && sameText(range.toString(), item.text) ? range : null;
  }

  /** Selects a range and scrolls the span's own box into view (not its parent's: often the scrolling editor itself). */
  private selectRangeInView(range: Range): void {
    selectRange(this.element, range);
    const node = range.startContainer;
    const start = node.nodeType === 1 ? (node as Element) : (node.parentElement ?? this.element);
    const view = this.element.ownerDocument.defaultView;
    if (view) scrollBoxIntoView(start, () => rangeBox(range), view);
  }

  private selectionOffsets(ex: Extraction): { start: number; end: number } {
    const selection = this.element.ownerDocument.getSelection();
    if (!selection || selection.rangeCount === 0) return { start: 0, end: 0 };
    const r = selection.getRangeAt(0);
    if (!this.element.contains(r.startContainer)) return { start: 0, end: 0 };
    const start = textOffsetOf(ex, r.startContainer, r.startOffset);
    const end = textOffsetOf(ex, r.endContainer, r.endOffset);
    const s = Math.max(start, 0);
    return { start: s, end: end < 0 ? s : end };
  }
}

/** The item's range still holds its words on nodes in the page (repairing text typed right before them). */
function anchored(item: UnderlineItem): boolean {
  const range = item.range;
  return !!range && range.startContainer.isConnected && range.endContainer.isConnected && repairRange(item, false);
}

export function rangeBox(range: Range): Box | null {
  const r = range.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) {
    const first = range.getClientRects()[0];
    return first ? { left: first.left, top: first.top, right: first.right, bottom: first.bottom } : null;
  }
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
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
