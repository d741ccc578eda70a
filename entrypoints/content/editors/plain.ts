// Any other contenteditable (a bare one, Gmail's compose body, RoosterJS — Outlook on the web —
// which marks its root with nothing we can recognise): the synthetic beforeinput has no default
// action, so the trusted insertText does the edit and joins the browser's own undo stack.
// RoosterJS keeps undo snapshots of its own and takes one on compositionend (the end of an IME
// input): one before the edit keeps the typed text as its own step, one after records the edit.
// Other editors ignore a compositionend that ends no composition of theirs.
import { signal, type EditorAdapter } from './adapter.ts';

const compositionEnd = (host: HTMLElement) =>
  signal(host, (view) => new view.CompositionEvent('compositionend', { bubbles: true, data: '' }));

export const plain: EditorAdapter = {
  family: 'plain',
  matches: () => true,
  whenBeforeInputIgnored: 'execCommand',
  beforeEdit: compositionEnd,
  afterEdit: compositionEnd,
};
