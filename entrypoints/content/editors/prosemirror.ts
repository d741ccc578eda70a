// ProseMirror and Tiptap: beforeinput is only used for an Android backspace patch, so the
// synthetic event passes; the DOMObserver reads the trusted insertText back as a transaction
// (handleTextInput), which prosemirror-history records as one step.
import type { EditorAdapter } from './adapter.ts';

export const prosemirror: EditorAdapter = {
  family: 'prosemirror',
  matches: (host) => host.classList.contains('ProseMirror'),
  whenBeforeInputIgnored: 'execCommand',
};
