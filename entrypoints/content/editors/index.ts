// The editor families Svarhjelp knows, most specific first; plain contenteditable last.
import type { EditorAdapter } from './adapter.ts';
import { ckeditor5 } from './ckeditor5.ts';
import { draftjs } from './draftjs.ts';
import { lexical } from './lexical.ts';
import { plain } from './plain.ts';
import { prosemirror } from './prosemirror.ts';
import { quill } from './quill.ts';
import { slate } from './slate.ts';
import { tinymce } from './tinymce.ts';

export type { EditorAdapter, EditorFamily } from './adapter.ts';

export const EDITOR_ADAPTERS: readonly EditorAdapter[] = [ckeditor5, prosemirror, lexical, slate, draftjs, quill, tinymce, plain];

/** The adapter of the editor an editing host belongs to. */
export function adapterFor(host: HTMLElement): EditorAdapter {
  return EDITOR_ADAPTERS.find((a) => a.matches(host)) ?? plain;
}
