// Slate (slate-react): flushes the DOM selection, honours the target range and inserts the text
// through its model (one slate-history step). A DOM edit it did not make leaves its model behind
// the DOM — the next keystroke then writes into stale text — so never fall back.
import type { EditorAdapter } from './adapter.ts';

export const slate: EditorAdapter = {
  family: 'slate',
  matches: (host) => host.getAttribute('data-slate-editor') === 'true',
  whenBeforeInputIgnored: 'refuse',
};
