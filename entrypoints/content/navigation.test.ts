import { describe, expect, it } from 'vitest';
import { cycleFocus, isNextFindingKey, nextFindingIndex, readingOrder } from './navigation.ts';

// Given out of order on purpose: the engine groups findings by rule, not by position.
const spans = [
  { start: 40, end: 45 },
  { start: 5, end: 15 },
  { start: 20, end: 30 },
];

describe('keyboard order of findings', () => {
  it('reads findings in text order', () => {
    expect(readingOrder(spans)).toEqual([1, 2, 0]);
  });

  it('goes to the first finding after the caret, wrapping at the end', () => {
    expect(nextFindingIndex(spans, 0, 0)).toBe(1);
    expect(nextFindingIndex(spans, 16, 16)).toBe(2);
    expect(nextFindingIndex(spans, 50, 50)).toBe(1);
  });

  it('a caret right before a finding goes to it; a selected finding moves on', () => {
    expect(nextFindingIndex(spans, 5, 5)).toBe(1);
    expect(nextFindingIndex(spans, 5, 15)).toBe(2);
    // Caret inside a finding: on to the next one.
    expect(nextFindingIndex(spans, 7, 7)).toBe(2);
  });

  it('goes backwards with Shift, wrapping at the start', () => {
    expect(nextFindingIndex(spans, 20, 30, true)).toBe(1);
    expect(nextFindingIndex(spans, 5, 15, true)).toBe(0);
  });

  it('has nothing to go to without findings', () => {
    expect(nextFindingIndex([], 0, 0)).toBe(-1);
  });

  it('recognises Alt+J by key position, not by the character it types', () => {
    expect(isNextFindingKey({ code: 'KeyJ', altKey: true, ctrlKey: false, metaKey: false })).toBe(true);
    expect(isNextFindingKey({ code: 'KeyJ', altKey: false, ctrlKey: false, metaKey: false })).toBe(false);
    expect(isNextFindingKey({ code: 'KeyJ', altKey: true, ctrlKey: true, metaKey: false })).toBe(false);
  });
});

describe('Tab inside the popover', () => {
  it('cycles through the buttons without leaving', () => {
    expect(cycleFocus(3, 0, false)).toBe(1);
    expect(cycleFocus(3, 2, false)).toBe(0);
    expect(cycleFocus(3, 0, true)).toBe(2);
    expect(cycleFocus(3, -1, false)).toBe(0);
    expect(cycleFocus(3, -1, true)).toBe(2);
    expect(cycleFocus(0, 0, false)).toBe(-1);
  });
});
