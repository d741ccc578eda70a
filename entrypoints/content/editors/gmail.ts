// Gmail's compose body: a plain contenteditable (div.Am.editable) with no model of its own, so it
// edits like `plain` (the browser's own undo stack). What Gmail adds is where its quoted message
// starts (.gmail_quote, and its header line .gmail_attr) and how its To field shows recipients:
// chips with the address in `email` or `data-hovercard-id`.
import type { EditorAdapter } from './adapter.ts';
import { plain } from './plain.ts';

export const gmail: EditorAdapter = {
  ...plain,
  family: 'gmail',
  matches: (host) => host.classList.contains('editable') && host.classList.contains('Am'),
  quoteMarks: ['.gmail_quote', '.gmail_attr'],
  recipientChips: { selector: '[email], [data-hovercard-id*="@"]', attributes: ['email', 'data-hovercard-id'] },
};
