// Sentences of a reply and text segments of an editor's DOM are both ranges in text order that do not
// overlap: finding the one that holds an offset is the same binary search for both.

/**
 * Index of the item `compare` answers 0 for, in items sorted so that `compare` goes from 1 (the target
 * lies after the item) to -1 (it lies before); -1 when no item matches.
 */
export function binarySearch<T>(items: readonly T[], compare: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const side = compare(items[mid]!);
    if (side < 0) hi = mid - 1;
    else if (side > 0) lo = mid + 1;
    else return mid;
  }
  return -1;
}
