// Draft.js: React's onBeforeInput is built from textInput/keypress, not from the native
// beforeinput, so the synthetic event passes. The trusted insertText reaches editOnInput, which
// replaces the block's leaf with its DOM text (one undo step); the caret is Draft's stored
// selection plus the length change, so the selection must have been synced by selectionchange
// first — the apply routine always waits for it.
import type { EditorAdapter } from './adapter.ts';

export const draftjs: EditorAdapter = {
  family: 'draftjs',
  matches: (host) => host.classList.contains('public-DraftEditor-content') || host.querySelector(':scope > [data-contents="true"]') !== null,
  whenBeforeInputIgnored: 'execCommand',
};
