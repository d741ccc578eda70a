// One finding as it is underlined: where its words are now and what they read.
import type { Finding } from '../../../rules/types.ts';

export interface UnderlineItem {
  finding: Finding;
  /** Offsets in the field's current text (value fields); at check time (contenteditable). */
  start: number;
  end: number;
  /** The flagged words as checked: a span whose text changed is dropped. */
  text: string;
  /** contenteditable: a live Range, moved by the browser as the DOM changes. */
  range?: Range;
  /** Whether a letter touched the span's start/end when checked (a suggestion replaces whole words only). */
  edges: [boolean, boolean];
}

/** A note (severity "info"): drawn thin and pale in its category's pattern (style.ts). */
export function isNote(item: UnderlineItem): boolean {
  return item.finding.severity === 'info';
}
