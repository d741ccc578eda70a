// Editing the host field through its own input path (DESIGN.md §4; reference B3): focus it,
// select the span, then document.execCommand('insertText') in the field's own document (an
// editor iframe's, for TinyMCE). The browser records the edit on its undo stack, puts the caret
// after the inserted text and fires beforeinput/input, so TinyMCE, RoosterJS and React see an
// ordinary typed edit. Never set .value or innerHTML on a host field — with one exception: when
// execCommand refuses in a textarea/input, the native value setter plus an InputEvent still lets
// React notice the change; only in that case Ctrl+Z cannot undo it.

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

/** Replaces a range inside a contenteditable editor with `text`; true when the editor took it. */
export function replaceRange(editor: HTMLElement, range: Range, text: string): boolean {
  if (!selectRange(editor, range)) return false;
  undoBoundary(editor);
  const done = insertText(editor.ownerDocument, text);
  if (done) undoBoundary(editor);
  return done;
}

/**
 * Rich editors keep their own undo stack and handle Ctrl+Z themselves; they record a step when
 * typing pauses in ways execCommand never triggers, so without a boundary one Ctrl+Z would undo
 * our replacement *and* everything typed before it. Around the edit we send the two signals
 * editors already treat as "a non-typing change happened here": `input` with inputType
 * insertReplacementText (what Chrome's own spell-check replacement fires; TinyMCE adds an undo
 * level) and `compositionend` (the end of an IME input; RoosterJS — Outlook on the web — takes
 * an undo snapshot). Neither carries text or changes the DOM; the browser's own undo stack is
 * unaffected by synthetic events.
 */
function undoBoundary(editor: HTMLElement): void {
  const view = editor.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  try {
    const Composition = view?.CompositionEvent ?? CompositionEvent;
    editor.dispatchEvent(new Composition('compositionend', { bubbles: true, data: '' }));
    const Input = view?.InputEvent ?? InputEvent;
    editor.dispatchEvent(new Input('input', { bubbles: true, inputType: 'insertReplacementText' }));
  } catch {
    // An editor that throws on these only loses the separate undo step.
  }
}

function insertText(doc: Document, text: string): boolean {
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
