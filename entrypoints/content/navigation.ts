// Keyboard order of findings: Alt+J goes to the next finding after the caret, Alt+Shift+J to the
// previous one, wrapping around. Pure so the order is tested without a browser.

import type { Span } from './anchor.ts';

/** The shortcut that jumps to the next finding (with Shift: the previous). `code` is layout-independent. */
export const NEXT_FINDING_KEY = { code: 'KeyJ', altKey: true } as const;

export function isNextFindingKey(event: Pick<KeyboardEvent, 'code' | 'altKey' | 'ctrlKey' | 'metaKey'>): boolean {
  return event.code === NEXT_FINDING_KEY.code && event.altKey === NEXT_FINDING_KEY.altKey && !event.ctrlKey && !event.metaKey;
}

/** Indices of `spans` in reading order (start, then end). */
export function readingOrder(spans: readonly Span[]): number[] {
  return spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start || spans[a]!.end - spans[b]!.end || a - b);
}

/**
 * The index of the finding to go to from the selection [selStart, selEnd), or -1 when there are
 * none. Forward: the first finding starting after the selection start — or at it, when the caret
 * is collapsed there (a caret right before a word goes to that word; a finding already selected
 * moves on). Backward: the last finding starting before the selection start.
 */
export function nextFindingIndex(spans: readonly Span[], selStart: number, selEnd: number, backward = false): number {
  if (spans.length === 0) return -1;
  const order = readingOrder(spans);
  const collapsed = selStart === selEnd;
  if (!backward) {
    for (const i of order) {
      const s = spans[i]!;
      if (s.start > selStart || (collapsed && s.start === selStart)) return i;
    }
    return order[0]!;
  }
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k]!;
    if (spans[i]!.start < selStart) return i;
  }
  return order[order.length - 1]!;
}

/** Tab / Shift+Tab inside the popover: the next focus index, wrapping (focus never leaves it). */
export function cycleFocus(count: number, current: number, backward: boolean): number {
  if (count <= 0) return -1;
  if (current < 0) return backward ? count - 1 : 0;
  return (current + (backward ? count - 1 : 1)) % count;
}
