// CKEditor 5 (≥ 35.3): typing goes through beforeinput. Its Input plugin takes a synthetic
// `insertReplacementText` with a non-collapsed target range, changes the model and prevents the
// default. A DOM-level edit (execCommand) is reverted by its renderer from the model, and without
// target ranges it would insert at its stale model selection 50 ms later — so never fall back.
import type { EditorAdapter } from './adapter.ts';

export const ckeditor5: EditorAdapter = {
  family: 'ckeditor5',
  matches: (host) => host.classList.contains('ck-editor__editable') || host.classList.contains('ck-content'),
  whenBeforeInputIgnored: 'refuse',
};
