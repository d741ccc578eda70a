// Any other contenteditable (a bare one, Gmail's compose body, RoosterJS — Outlook on the web —
// which marks its root with nothing we can recognise): the synthetic beforeinput has no default
// action, so the trusted insertText does the edit and joins the browser's own undo stack.
// RoosterJS keeps undo snapshots of its own and takes one on compositionend (the end of an IME
// input): one before the edit keeps the typed text as its own step, one after records the edit.
// Other editors ignore a compositionend that ends no composition of theirs.
import { signal, type EditorAdapter } from './adapter.ts';

const compositionEnd = (host: HTMLElement) => signal(host, (view) => new view.CompositionEvent('compositionend', { bubbles: true, data: '' }));

export const plain: EditorAdapter = {
  family: 'plain',
  matches: () => true,
  whenBeforeInputIgnored: 'execCommand',
  beforeEdit: compositionEnd,
  afterEdit: compositionEnd,
  // Any blockquote; Outlook on the web (RoosterJS) marks the quoted message #appendonsend /
  // #divRplyFwdMsg; Thunderbird .moz-cite-prefix, Apple Mail blockquote[type=cite]; and a page
  // may mark its quote for us with data-svarhjelp-quote.
  quoteMarks: ['blockquote', '#appendonsend', '#divRplyFwdMsg', '[id^="divRplyFwdMsg"]', '.moz-cite-prefix', '[data-svarhjelp-quote]'],
  // Address widgets that put the address in a title or a data attribute.
  recipientChips: { selector: '[title*="@"], [data-email]', attributes: ['title', 'data-email'] },
};
