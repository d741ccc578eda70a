// Lexical: onBeforeInput rebuilds its selection from the DOM, prevents the default and inserts
// the dataTransfer text through CONTROLLED_TEXT_INSERTION_COMMAND (one history step). A DOM
// edit is reconciled too, so the fallback is safe if a version ever lets the event pass.
import type { EditorAdapter } from './adapter.ts';

export const lexical: EditorAdapter = {
  family: 'lexical',
  matches: (host) => host.getAttribute('data-lexical-editor') === 'true',
  whenBeforeInputIgnored: 'execCommand',
};
