// The editor families Svarhjelp knows, most specific first; plain contenteditable last.
import type { EditorAdapter } from './adapter.ts';
import { ckeditor5 } from './ckeditor5.ts';
import { draftjs } from './draftjs.ts';
import { gmail } from './gmail.ts';
import { lexical } from './lexical.ts';
import { plain } from './plain.ts';
import { prosemirror } from './prosemirror.ts';
import { quill } from './quill.ts';
import { slate } from './slate.ts';
import { tinymce } from './tinymce.ts';

export type { EditorAdapter, EditorFamily } from './adapter.ts';

export const EDITOR_ADAPTERS: readonly EditorAdapter[] = [ckeditor5, prosemirror, lexical, slate, draftjs, quill, tinymce, gmail, plain];

/** The adapter of the editor an editing host belongs to. */
export function adapterFor(host: HTMLElement): EditorAdapter {
  return EDITOR_ADAPTERS.find((a) => a.matches(host)) ?? plain;
}

/** Where a quoted inquiry begins, in any family's HTML (extract.ts marks quote starts with it). */
export const QUOTE_SELECTOR = EDITOR_ADAPTERS.flatMap((a) => a.quoteMarks ?? []).join(',');

/** Recipient chips of every family's address fields: one selector, and the attributes holding an address. */
export const RECIPIENT_CHIPS = {
  selector: EDITOR_ADAPTERS.flatMap((a) => (a.recipientChips ? [a.recipientChips.selector] : [])).join(', '),
  attributes: [...new Set(EDITOR_ADAPTERS.flatMap((a) => a.recipientChips?.attributes ?? []))],
};
