// Quill 2: its input module handles insertReplacementText only with a non-collapsed target
// range (which the apply routine always sends), keeping the first character's formats. A DOM
// edit is read back by its MutationObserver, so the fallback is safe.
import type { EditorAdapter } from './adapter.ts';

export const quill: EditorAdapter = {
  family: 'quill',
  matches: (host) => host.classList.contains('ql-editor'),
  whenBeforeInputIgnored: 'execCommand',
};
