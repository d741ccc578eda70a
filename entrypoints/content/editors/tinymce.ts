// TinyMCE (iframe and inline): no beforeinput handling, so the trusted insertText does the
// edit. Its undo manager adds a level on `input` with inputType insertReplacementText (what
// native spell-check fires), never on execCommand's own insertText: one such signal before the
// edit keeps text typed before it as its own level, the apply routine sends one after it.
import { signal, type EditorAdapter } from './adapter.ts';

export const tinymce: EditorAdapter = {
  family: 'tinymce',
  matches: (host) => host.classList.contains('mce-content-body'),
  whenBeforeInputIgnored: 'execCommand',
  beforeEdit: (host) => signal(host, (view) => new view.InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' })),
};
