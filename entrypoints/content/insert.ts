// Inserting a standard answer (svarmal) at the caret of the field being written in, through the
// same input path as a one-click fix (apply.ts), so the editor's model, its undo stack and the
// caret see one edit:
// - textarea/input: the current selection replaced with execCommand('insertText') (native undo);
// - contenteditable, one line: a beforeinput `insertText` with the caret as collapsed target range,
//   which CKEditor 5, Lexical, Slate and Quill apply in their model; else execCommand('insertText');
// - contenteditable, several paragraphs: a text line break is no paragraph in a model editor, so
//   the text goes in the way the editor takes pasted text — a `paste` event carrying text/plain and
//   the paragraphs as text/html, which every rich-text editor applies as one transaction and one
//   undo step. A page that does not handle it (plain contenteditable) gets execCommand('insertText').
// The caret is the field's own selection, which stays in the page while the side panel has focus;
// without one in the field, the text goes at its end.
import { insertText, replaceValueSpan, selectAndSettle, textBecomes, EDIT_SETTLE_MS, type ApplyOutcome } from './apply.ts';
import { adapterFor } from './editors/index.ts';
import { READ_TEXT_CHARS, extractEditable, textOffsetOf, type Extraction } from './extract.ts';
import type { EditableField } from './fields.ts';

export async function insertAtCaret(field: EditableField, text: string): Promise<ApplyOutcome> {
  if (!field.element.isConnected || text === '') return 'refused';
  if (field.kind === 'value') {
    const el = field.element;
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? start;
    return replaceValueSpan(el, start, end, text) ? 'applied' : 'refused';
  }
  return insertInEditable(field.element, text);
}

/** The field's own selection when it is inside the field, else a caret at the end of its text. */
export function caretRange(host: HTMLElement): Range {
  const doc = host.ownerDocument;
  const root = host.getRootNode() as Document | ShadowRoot;
  const selection = (root as { getSelection?: () => Selection | null }).getSelection?.() ?? doc.getSelection();
  if (selection && selection.rangeCount > 0) {
    const range = selection.getRangeAt(0);
    if (host.contains(range.startContainer) && host.contains(range.endContainer)) return range.cloneRange();
  }
  const range = doc.createRange();
  // The deepest last element, so the text joins the last paragraph rather than following it.
  let node: Node = host;
  while (node.lastChild && node.lastChild.nodeType === 1 && !['BR', 'IMG'].includes((node.lastChild as Element).tagName)) node = node.lastChild;
  const last = node.lastChild;
  if (last && last.nodeType === 3) range.setStart(last, (last.textContent ?? '').length);
  else range.setStart(node, last && (last as Element).tagName === 'BR' ? node.childNodes.length - 1 : node.childNodes.length);
  range.collapse(true);
  return range;
}

// Paragraphs pasted into an empty paragraph merge with it, and a caret between blocks has no
// exact text offset: the words and their order are what must agree, not the line breaks.
const sameLetters = (a: string, b: string) => a.replace(/[\s\u200b\ufeff\u2060]+/g, '') === b.replace(/[\s\u200b\ufeff\u2060]+/g, '');

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Paragraphs (blank-line separated) as <p>, single line breaks as <br>. */
export function paragraphsHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((para) => `<p>${para.split('\n').map(escapeHtml).join('<br>')}</p>`)
    .join('');
}

/**
 * Text offset of a DOM position: inside a text node as the extraction maps it; between elements
 * (a caret in an empty paragraph, after Enter) the start of the first text after it.
 */
function offsetOfPoint(ex: Extraction, host: HTMLElement, node: Node, offset: number): number {
  const direct = textOffsetOf(ex, node, offset);
  if (direct >= 0 || !host.contains(node)) return direct;
  const point = host.ownerDocument.createRange();
  point.setStart(node, offset);
  for (const segment of ex.segments) if (point.comparePoint(segment.node, segment.nodeStart) > 0) return segment.textStart;
  return ex.text.length;
}

async function insertInEditable(host: HTMLElement, text: string): Promise<ApplyOutcome> {
  const doc = host.ownerDocument;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view) return 'refused';
  const range = caretRange(host);
  const oldText = range.toString();
  const before = extractEditable(host, READ_TEXT_CHARS);
  const from = offsetOfPoint(before, host, range.startContainer, range.startOffset);
  const to = range.collapsed ? from : offsetOfPoint(before, host, range.endContainer, range.endOffset);
  if (from < 0 || to < from) return 'changed';
  const want = before.text.slice(0, from) + text + before.text.slice(to);
  const adapter = adapterFor(host);

  adapter.beforeEdit?.(host);
  const selected = await selectAndSettle(host, range, oldText, view);
  if (selected === 'changed' || selected === 'refused') return selected;

  let dataTransfer: DataTransfer | null = null;
  try {
    dataTransfer = new view.DataTransfer();
    dataTransfer.setData('text/plain', text);
    if (text.includes('\n')) dataTransfer.setData('text/html', paragraphsHtml(text));
  } catch {
    dataTransfer = null;
  }
  let handled = false;
  // A synthetic paste carries no data in Firefox: there an editor would paste nothing (or, in
  // Quill, delete the selection), so the text then goes the one-line way.
  const paste = text.includes('\n') && dataTransfer ? new view.ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: dataTransfer }) : null;
  if (paste && paste.clipboardData?.getData('text/plain') === text) {
    host.dispatchEvent(paste);
    handled = paste.defaultPrevented;
  } else {
    const beforeInput = new view.InputEvent('beforeinput', {
      bubbles: true,
      cancelable: true,
      composed: true,
      inputType: 'insertText',
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
    host.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
  adapter.afterEdit?.(host);
  return (await textBecomes(host, view, want, EDIT_SETTLE_MS, sameLetters)) ? 'applied' : 'unconfirmed';
}
