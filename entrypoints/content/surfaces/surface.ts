// An editor surface: what the session and the underline view need from the field being written
// in, whatever kind of field it is. Two kinds exist — a value field (textarea/input: the text is
// its value, positions are measured with a mirror) and a contenteditable editor (the text is its
// DOM: positions are live Ranges, painted with the CSS Custom Highlight API). surfaceFor() is the
// one place that tells them apart; everything else asks the surface.

import type { Finding } from '../../../rules/types.ts';
import type { ApplyOutcome } from '../editors/input-path.ts';
import type { Extraction } from '../extract.ts';
import type { EditableField } from '../fields.ts';
import type { Box } from '../geometry.ts';
import type { Mirror } from '../mirror.ts';
import type { UnderlineItem } from '../underlines/item.ts';
import { EditableSurface } from './editable-surface.ts';
import { ValueSurface } from './value-surface.ts';

/** Where the field is on screen in the frame being measured (underline-view.ts). */
export interface MeasureFrame {
  /** The field's border box, viewport px. */
  border: DOMRect;
  /** The visible part of the field's client box (null: none in view). */
  clip: Box | null;
  /** The field's client box, viewport px. */
  client: Box;
  /** Page CSS zoom on the field. */
  zoom: number;
  /** Lines run top to bottom in text order: nothing below the view needs measuring. */
  horizontal: boolean;
}

/** How to find an item's boxes in one frame. */
export interface SpanMeasure {
  /** The item's boxes (viewport px), clipped to `within`. */
  boxesOf(item: UnderlineItem, within: Box): Box[];
  /** Where the item is (unclipped), to find the first one in view. */
  placeOf(item: UnderlineItem): Box | null;
}

export interface EditorSurface {
  readonly field: EditableField;
  readonly element: HTMLElement;
  /** Replies are written here (a textarea or an editor), not a To/Subject/search line. */
  readonly isReplyField: boolean;
  /**
   * An answer to older text still fits the current one (offsets are rebased through edits);
   * otherwise an answer that arrives while a newer check is pending is not drawn.
   */
  readonly followsStaleAnswers: boolean;
  /** Underlines are painted by the browser (CSS Custom Highlights), not as overlay segments. */
  paintsHighlights(): boolean;

  // --- reading and typing ------------------------------------------------------------------
  hasText(): boolean;
  /** The text to check (a contenteditable is walked no further than `limit` characters). */
  read(limit: number): Extraction;
  /** Whether deletions must be read in beforeinput (before the text is gone). */
  readonly readsBeforeInput: boolean;
  beforeInput(event: InputEvent): void;
  /** On input: the text a deletion removed (decides how soon to check), else undefined. */
  deletedBy(event: InputEvent): string | undefined;

  // --- anchoring findings ------------------------------------------------------------------
  /** Findings computed on `ex` as items on the field's current text (words already gone are left out). */
  anchor(findings: readonly Finding[], ex: Extraction): UnderlineItem[];
  /** After an edit: the items moved with it (`drawn`: the ones visible now), or null when nothing changed. */
  follow(items: UnderlineItem[], drawn: ReadonlySet<UnderlineItem> | null): UnderlineItem[] | null;
  /** The item's words are still where we think, as whole words (never apply a fix otherwise). */
  stillThere(item: UnderlineItem): boolean;
  /**
   * Calls `onDetached` when the field's DOM changed under the underlines without an edit the
   * coach heard (an editor re-rendering its text nodes); returns the stop function.
   */
  watch(onDetached: () => void): () => void;
  /**
   * Items whose anchors the DOM dropped, anchored again on the current text (those whose words
   * are gone are left out, except the finding `keep`); null when none was dropped.
   */
  reanchor(items: UnderlineItem[], keep?: string): UnderlineItem[] | null;

  // --- geometry ----------------------------------------------------------------------------
  measure(frame: MeasureFrame, mirror: () => Mirror): SpanMeasure;

  // --- selection and edits -----------------------------------------------------------------
  /** Selects the item's words and scrolls them into view. */
  reveal(item: UnderlineItem, mirror: () => Mirror): void;
  /** Selects [start, end) of the checked text and scrolls to it; false when the field no longer holds it. */
  revealOffsets(start: number, end: number, mirror: () => Mirror): boolean;
  /** The items' spans and the selection in the field's current text (Alt+J's next finding). */
  readingPositions(items: readonly UnderlineItem[]): { spans: Array<{ start: number; end: number }>; selection: { start: number; end: number } };
  /** Keeps the field's selection; the function returned gives focus and that selection back. */
  saveSelection(): () => void;
  /** Where the selection is (a non-empty one), else the field's box: what a picker opens next to. */
  selectionBox(): DOMRect;
  /** Replaces the item's words with `suggestion` through the editor's own input path. */
  replace(item: UnderlineItem, suggestion: string): Promise<ApplyOutcome>;
  /** Inserts `text` at the caret (a standard answer) through the editor's own input path. */
  insertAtCaret(text: string): Promise<ApplyOutcome>;
}

/** The surface of a field: the factory, and the one place that tells the two kinds apart. */
export function surfaceFor(field: EditableField): EditorSurface {
  return field.kind === 'value' ? new ValueSurface(field.element) : new EditableSurface(field.element);
}
