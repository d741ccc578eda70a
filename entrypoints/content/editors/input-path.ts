// Editing the host field through its own input path, the way native spell-check does
// (DESIGN.md §4; docs/content-script.md, "Applying a suggestion"), so the editor's model, its
// undo stack and the caret all see one edit. contenteditable editors: editThroughInputPath, the
// one routine a fix (replaceInEditable) and a standard answer (insert.ts) both go through; the
// per-family facts live in the adapters next to this file. textarea/input: execCommand('insertText') after selecting
// the span — the browser records it on the field's native undo stack and fires input, so React
// sees an ordinary typed edit. Never set .value or innerHTML on a host field — with one
// exception: when execCommand refuses in a textarea/input, the native value setter plus an
// InputEvent still lets React notice the change; only in that case Ctrl+Z cannot undo it.

import { adapterFor } from './index.ts';
import { READ_TEXT_CHARS, extractEditable, textOffsetOf } from '../extract.ts';

/** Selects [start, end) of a textarea/input after focusing it (without scrolling the page). */
export function selectValueSpan(el: HTMLTextAreaElement | HTMLInputElement, start: number, end: number): void {
  if (el.ownerDocument.activeElement !== el && deepActive(el) !== el) el.focus({ preventScroll: true });
  el.setSelectionRange(start, end);
}

/** Focuses a contenteditable editor and makes `range` its selection. */
export function selectRange(editor: HTMLElement, range: Range): boolean {
  const doc = editor.ownerDocument;
  if (deepActive(editor) !== editor) editor.focus({ preventScroll: true });
  const selection = doc.getSelection();
  if (!selection) return false;
  selection.removeAllRanges();
  selection.addRange(range.cloneRange());
  return true;
}

/** Replaces [start, end) of a textarea/input with `text`; true when the field changed. */
export function replaceValueSpan(el: HTMLTextAreaElement | HTMLInputElement, start: number, end: number, text: string): boolean {
  selectValueSpan(el, start, end);
  if (insertText(el.ownerDocument, text)) return true;
  // Fallback without undo (execCommand disabled or refused): the prototype's native setter, so a
  // React-controlled field's value tracker sees the old value and its onChange fires on input.
  const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const proto = el.tagName.toUpperCase() === 'TEXTAREA' ? view?.HTMLTextAreaElement?.prototype : view?.HTMLInputElement?.prototype;
  const setter = proto ? Object.getOwnPropertyDescriptor(proto, 'value')?.set : undefined;
  const value = el.value;
  const next = value.slice(0, start) + text + value.slice(end);
  if (setter) setter.call(el, next);
  else el.value = next;
  el.setSelectionRange(start + text.length, start + text.length);
  const InputEventCtor = (view?.InputEvent ?? InputEvent) as typeof InputEvent;
  el.dispatchEvent(new InputEventCtor('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
  return true;
}

/** What became of a one-click fix. Anything but 'applied' means nothing was changed, except 'unconfirmed'. */
export type ApplyOutcome =
  /** The editor took the replacement; the span now reads the suggestion. */
  | 'applied'
  /** The text under the span is no longer what was flagged: nothing was changed. */
  | 'changed'
  /** The editor did not accept the edit (or is busy composing): nothing was changed. */
  | 'refused'
  /** An edit was made but the text does not read as expected afterwards: the user should look. */
  | 'unconfirmed';

/** How long the selection may take to reach the editor (selectionchange + a frame). */
export const SELECTION_SETTLE_MS = 100;
/** How long the editor may take to render its model after the edit (React re-renders, debounces). */
export const EDIT_SETTLE_MS = 400;

/**
 * Replaces `range` (inside the editing host `host`, reading `oldText`) with `text` through the
 * editor's own input path as `insertReplacementText` (editThroughInputPath): afterwards the text
 * must read as the old text with the span replaced.
 */
export async function replaceInEditable(host: HTMLElement, range: Range, oldText: string, text: string): Promise<ApplyOutcome> {
  if (!host.isConnected || !host.ownerDocument.defaultView) return 'refused';
  if (!sameText(range.toString(), oldText)) return 'changed';
  const before = extractEditable(host, READ_TEXT_CHARS);
  const from = textOffsetOf(before, range.startContainer, range.startOffset);
  const to = textOffsetOf(before, range.endContainer, range.endOffset);
  if (from < 0 || to <= from) return 'changed';
  const want = before.text.slice(0, from) + text + before.text.slice(to);
  return editThroughInputPath({ host, range, oldText, text, inputType: 'insertReplacementText', want, same: sameEditorText });
}

/** One edit of a contenteditable through the editor's own input path. */
export interface InputPathEdit {
  /** The editing host. */
  host: HTMLElement;
  /** What to replace (collapsed: where to insert), reading `oldText`. */
  range: Range;
  oldText: string;
  text: string;
  /** A fix replaces words ('insertReplacementText'); a standard answer is typed in ('insertText'). */
  inputType: 'insertReplacementText' | 'insertText';
  /** Several paragraphs go in as the editor takes pasted text (text/plain and text/html). */
  paragraphsAsPaste?: boolean;
  /** The host's text once the edit is made, and how strictly it must read so. */
  want: string;
  same: (a: string, b: string) => boolean;
}

/**
 * The input path every family shares (the adapter supplies what differs):
 *   1. select the range, wait until the page has seen the selection (selectAndSettle);
 *   2. a synthetic beforeinput with the text (data and a text/plain dataTransfer) and the range
 *      as target range — or, for several paragraphs, a paste event carrying them as text/html;
 *      CKEditor 5, Lexical, Slate and Quill apply it in their model and prevent the default;
 *   3. only when no editor took it, and the family reads DOM edits back into its model, a
 *      trusted execCommand('insertText'), followed by the `input` that native spell-check
 *      fires (TinyMCE records its undo level on it);
 *   4. read the text again until it reads `want`.
 * Never two methods one after the other: that would insert twice.
 */
export async function editThroughInputPath(edit: InputPathEdit): Promise<ApplyOutcome> {
  const { host, text } = edit;
  const doc = host.ownerDocument;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view || !host.isConnected) return 'refused';
  const adapter = adapterFor(host);

  adapter.beforeEdit?.(host);
  const selected = await selectAndSettle(host, edit.range, edit.oldText, view);
  if (selected === 'changed' || selected === 'refused') return selected;

  const asPaste = edit.paragraphsAsPaste === true && text.includes('\n');
  const dataTransfer = dataTransferOf(view, text, asPaste);
  let handled = false;
  // A synthetic paste carries no data in Firefox: there an editor would paste nothing (or, in
  // Quill, delete the selection), so the text then goes the one-line way.
  const paste =
    asPaste && dataTransfer ? new view.ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: dataTransfer }) : null;
  if (paste && paste.clipboardData?.getData('text/plain') === text) {
    host.dispatchEvent(paste);
    handled = paste.defaultPrevented;
  } else {
    const beforeInput = new view.InputEvent('beforeinput', {
      bubbles: true,
      cancelable: true,
      composed: true,
      inputType: edit.inputType,
      data: text,
      dataTransfer,
      targetRanges: [new view.StaticRange(selected)],
    });
    host.dispatchEvent(beforeInput);
    handled = beforeInput.defaultPrevented;
    if (!handled && adapter.whenBeforeInputIgnored === 'refuse') return 'refused';
  }
  if (!handled) {
    if (!insertText(doc, text)) return 'refused';
    // What native spell-check fires after its edit; TinyMCE adds its undo level on it.
    host.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: edit.inputType, data: text }));
  }
  adapter.afterEdit?.(host);
  return (await textBecomes(host, view, edit.want, EDIT_SETTLE_MS, edit.same)) ? 'applied' : 'unconfirmed';
}

/** The text as text/plain (and its paragraphs as text/html for a paste); null where the browser refuses one. */
function dataTransferOf(view: Window & typeof globalThis, text: string, withHtml: boolean): DataTransfer | null {
  try {
    const dataTransfer = new view.DataTransfer();
    dataTransfer.setData('text/plain', text);
    if (withHtml) dataTransfer.setData('text/html', paragraphsHtml(text));
    return dataTransfer;
  } catch {
    return null;
  }
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Paragraphs (blank-line separated) as <p>, single line breaks as <br>. */
export function paragraphsHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((para) => `<p>${para.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('');
}

/** Attempts at selecting the span: an editor may put back its own selection once after focus. */
export const SELECT_ATTEMPTS = 3;

/**
 * Selects `range` and waits until the page has seen it; returns the selection's range when it
 * reads `oldText`. Editors may reset the DOM selection to their own shortly after gaining focus
 * (ProseMirror does, 20 ms after focus), so a lost selection is made again, a few times at most.
 */
export async function selectAndSettle(host: HTMLElement, range: Range, oldText: string, view: Window): Promise<Range | 'changed' | 'refused'> {
  const doc = host.ownerDocument;
  for (let attempt = 0; attempt < SELECT_ATTEMPTS; attempt++) {
    if (!sameText(range.toString(), oldText)) return 'changed';
    const settled = nextSelectionChange(doc, view, SELECTION_SETTLE_MS);
    if (!selectRange(host, range)) return 'refused';
    await settled;
    const selection = doc.getSelection();
    const now = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    if (now && sameText(now.toString(), oldText)) return now;
  }
  // The page keeps moving the selection elsewhere: do nothing rather than edit the wrong place.
  return 'refused';
}

/** Resolves on the document's next selectionchange and one animation frame, or after `capMs`. */
function nextSelectionChange(doc: Document, view: Window, capMs: number): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      doc.removeEventListener('selectionchange', onChange);
      view.clearTimeout(timer);
      resolve();
    };
    const onChange = () => view.requestAnimationFrame(finish);
    doc.addEventListener('selectionchange', onChange, { once: true });
    const timer = view.setTimeout(finish, capMs);
  });
}

/** Waits (frame by frame, up to `capMs`) until the host's text reads `want`. */
export async function textBecomes(
  host: HTMLElement,
  view: Window,
  want: string,
  capMs: number,
  same: (a: string, b: string) => boolean = sameEditorText,
): Promise<boolean> {
  const deadline = Date.now() + capMs;
  for (;;) {
    if (same(extractEditable(host, READ_TEXT_CHARS).text, want)) return true;
    if (Date.now() > deadline) return false;
    await new Promise<void>((resolve) => {
      const timer = view.setTimeout(resolve, 50);
      view.requestAnimationFrame(() => {
        view.clearTimeout(timer);
        resolve();
      });
    });
  }
}

/** Text equality that ignores what editors add around an edit: whitespace runs, zero-width fillers. */
export function sameEditorText(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .replace(/[\u200b\ufeff\u2060]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  return norm(a) === norm(b);
}

export function insertText(doc: Document, text: string): boolean {
  try {
    if (typeof doc.execCommand !== 'function') return false;
    // An empty suggestion means "remove": insertText with '' does nothing in some browsers.
    return text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

function deepActive(el: Element): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.activeElement ?? null;
}

/** Whitespace-insensitive text comparison: the extraction collapses runs that the DOM keeps. */
export function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
}
