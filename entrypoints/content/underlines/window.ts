// Which findings of a long reply are drawn: those in and around the field's visible part. Both
// renderers pick them the same way (underline-view.ts), from one galloping search.
import type { Box } from '../geometry.ts';

/** Findings drawn at most at a time per field: the ones in and near view (long replies have more). */
export const MAX_ITEMS = 300;
/**
 * Spans measured before the first one that reaches into a textarea's view: a span over several
 * lines (a long sentence) can start above the view and end in it, with shorter spans between.
 */
export const SPANS_BEFORE_VIEW = 40;

/**
 * Which `max` of `count` items (in text order, so their boxes go down the field) to draw when
 * item `firstInView` is the first that reaches into view (firstReaching): from a quarter of the
 * budget before it, so the visible ones are all drawn and scrolling a little finds the
 * neighbours drawn too. All of them up to the budget. Returns [from, to).
 */
export function windowAround(firstInView: number, count: number, max: number): [number, number] {
  if (count <= max) return [0, count];
  const from = Math.max(0, Math.min(firstInView - Math.floor(max / 4), count - max));
  return [from, from + max];
}

/**
 * The first of `count` items (in text order, so top to bottom) whose box reaches down to `top`;
 * `count` when none does. Items without a box count as above. It gallops from the start (items
 * 0, 1, 3, 7, …) before it bisects, so it probes no item far below the answer: in a textarea each
 * probe lays out the mirror up to that item, and the end of a 1 MB reply is never laid out to
 * find a view at its top.
 */
export function firstReaching(count: number, boxOf: (index: number) => Box | null, top: number): number {
  const reaches = (i: number) => {
    const box = boxOf(i);
    return box !== null && box.bottom >= top;
  };
  let lo = 0;
  let step = 1;
  let hi = 0;
  while (hi < count && !reaches(hi)) {
    lo = hi + 1;
    hi = Math.min(count, hi + step);
    step *= 2;
  }
  hi = Math.min(hi, count);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reaches(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
