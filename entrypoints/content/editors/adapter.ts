// What one editor family needs when Svarhjelp edits its text (DESIGN.md §5: one adapter per
// family under editors/). Every family gets the same input path (input-path.ts): select the span,
// a synthetic beforeinput `insertReplacementText` with target ranges, and — only where the
// editor did not take it and a DOM edit is read back into its model — execCommand('insertText').
// An adapter holds the few facts that differ per family; the browser tests in
// tests/e2e/editors/ prove each one (docs/content-script.md, "Applying a suggestion").

export type EditorFamily = 'ckeditor5' | 'prosemirror' | 'lexical' | 'slate' | 'draftjs' | 'quill' | 'tinymce' | 'gmail' | 'plain';

export interface EditorAdapter {
  readonly family: EditorFamily;
  /** Whether an editing host (the outermost contenteditable element) belongs to this family. */
  matches(host: HTMLElement): boolean;
  /**
   * When the editor lets the synthetic beforeinput pass (not defaultPrevented):
   * 'execCommand' — a trusted insertText, which this editor reads back into its model;
   * 'refuse' — change nothing: a DOM edit would be reverted by the editor, or leave its model
   * behind the DOM (the next keystroke then corrupts the text).
   */
  readonly whenBeforeInputIgnored: 'execCommand' | 'refuse';
  /** Right before the edit: make text typed before it an undo step of its own. */
  beforeEdit?(host: HTMLElement): void;
  /** Right after a successful edit (either path). */
  afterEdit?(host: HTMLElement): void;
  /**
   * Where a quoted inquiry begins in the HTML this family's pages write (CSS selectors). The
   * extraction looks for every family's marks in any editor: a reply opened in one client may
   * hold the quote another client wrote.
   */
  readonly quoteMarks?: readonly string[];
  /**
   * How this family's address fields (To) show a recipient as a chip: the chips' selector and the
   * attributes that hold the address (the inquiry's identity and the recipients, inquiry-page.ts).
   */
  readonly recipientChips?: { readonly selector: string; readonly attributes: readonly string[] };
}

/** Dispatches an event built with the host's own window (an editor iframe has its own constructors). */
export function signal(host: HTMLElement, make: (view: Window & typeof globalThis) => Event): void {
  const view = host.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!view) return;
  try {
    host.dispatchEvent(make(view));
  } catch {
    // An editor that throws on a signal only loses the separate undo step.
  }
}
