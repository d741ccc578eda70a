// Inserting a standard answer (svarmal) at the caret of the field being written in, through the
// same input path as a one-click fix (input-path.ts), so the editor's model, its undo stack and the
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
import { editThroughInputPath, type ApplyOutcome } from './input-path.ts';
import { READ_TEXT_CHARS, extractEditable, textOffsetOf, type Extraction } from '../extract.ts';

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

/** Inserts `text` at the caret of a contenteditable editor (or over its selection). */
export async function insertInEditable(host: HTMLElement, text: string): Promise<ApplyOutcome> {
  if (!host.isConnected || text === '' || !host.ownerDocument.defaultView) return 'refused';
  const range = caretRange(host);
  const before = extractEditable(host, READ_TEXT_CHARS);
  const from = offsetOfPoint(before, host, range.startContainer, range.startOffset);
  const to = range.collapsed ? from : offsetOfPoint(before, host, range.endContainer, range.endOffset);
  if (from < 0 || to < from) return 'changed';
  const want = before.text.slice(0, from) + text + before.text.slice(to);
  return editThroughInputPath({ host, range, oldText: range.toString(), text, inputType: 'insertText', paragraphsAsPaste: true, want, same: sameLetters });
}
