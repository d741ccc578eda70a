// Box arithmetic for underlines and the popover, in viewport (client) coordinates. Pure: the
// DOM measures, these functions decide what is drawn where, and are unit-tested.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface RectLike {
  left: number;
  top: number;
  width: number;
  height: number;
}

export function boxOf(r: RectLike): Box {
  return { left: r.left, top: r.top, right: r.left + r.width, bottom: r.top + r.height };
}

export function intersect(a: Box, b: Box): Box | null {
  const box = {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  };
  return box.right > box.left && box.bottom > box.top ? box : null;
}

export function contains(box: Box, x: number, y: number, slop = 0): boolean {
  return x >= box.left - slop && x <= box.right + slop && y >= box.top - slop && y <= box.bottom + slop;
}

/**
 * The part of a field where its text shows: inside the borders, without scrollbars. `border` is
 * its client rect (viewport px); `borders` and `client` are in the field's own CSS px (computed
 * style, clientWidth), which its CSS `zoom` scales in the viewport.
 */
export function fieldClientBox(border: RectLike, borders: { top: number; left: number }, client: { width: number; height: number }, zoom = 1): Box {
  const left = border.left + borders.left * zoom;
  const top = border.top + borders.top * zoom;
  return { left, top, right: left + client.width * zoom, bottom: top + client.height * zoom };
}

/**
 * Text rects measured on a mirror whose border box starts at `mirrorOrigin` and is not scrolled,
 * moved onto the field (border box at `fieldOrigin`, scrolled by `scroll`), and clipped to what
 * is visible of the field (`clip`). Rects that end up fully hidden are dropped, so findings
 * scrolled out of view get no element at all. The mirror is laid out at the field's CSS zoom,
 * so its rects are already to scale; only `scroll` (scrollLeft/Top, the field's own CSS px) is
 * scaled by `zoom`.
 */
export function mirrorToField(
  rects: readonly RectLike[],
  mirrorOrigin: { left: number; top: number },
  fieldOrigin: { left: number; top: number },
  scroll: { left: number; top: number },
  clip: Box,
  zoom = 1,
): Box[] {
  const dx = fieldOrigin.left - mirrorOrigin.left - scroll.left * zoom;
  const dy = fieldOrigin.top - mirrorOrigin.top - scroll.top * zoom;
  return clipRects(
    rects.map((r) => ({ left: r.left + dx, top: r.top + dy, width: r.width, height: r.height })),
    clip,
  );
}

/** Rects as boxes, clipped to `clip`; empty and hidden ones dropped, near-duplicates merged. */
export function clipRects(rects: readonly RectLike[], clip: Box): Box[] {
  const out: Box[] = [];
  for (const r of rects) {
    if (r.width <= 0 || r.height <= 0) continue;
    const box = intersect(boxOf(r), clip);
    if (!box) continue;
    // Ranges across inline boxes report one rect per box; keep one per line run.
    const last = out[out.length - 1];
    if (last && Math.abs(last.top - box.top) < 1 && Math.abs(last.bottom - box.bottom) < 1 && box.left <= last.right + 1 && box.right >= last.left - 1) {
      last.left = Math.min(last.left, box.left);
      last.right = Math.max(last.right, box.right);
      continue;
    }
    out.push(box);
  }
  return out;
}

/** The visible viewport, optionally shrunk by the visible part of an ancestor (e.g. an iframe's own viewport). */
export function viewportBox(width: number, height: number): Box {
  return { left: 0, top: 0, right: width, bottom: height };
}

/**
 * Where the popover goes: below the anchor if it fits, else above, else wherever there is more
 * room; horizontally aligned with the anchor's start and kept inside the viewport.
 */
export function placePopover(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 6,
  margin = 4,
): { left: number; top: number; above: boolean } {
  const below = anchor.bottom + gap;
  const aboveTop = anchor.top - gap - size.height;
  let top: number;
  let above = false;
  if (below + size.height <= viewport.height - margin) top = below;
  else if (aboveTop >= margin) {
    top = aboveTop;
    above = true;
  } else if (viewport.height - anchor.bottom >= anchor.top) top = below;
  else {
    top = Math.max(margin, aboveTop);
    above = true;
  }
  const maxLeft = Math.max(margin, viewport.width - size.width - margin);
  const left = Math.min(Math.max(anchor.left, margin), maxLeft);
  return { left, top, above };
}

/**
 * The id of the item with a box under (x, y), or null. Where findings overlap (a whole-text
 * finding under a word's), the narrowest box wins: the pointer is on the word.
 */
export function hitTest(items: Iterable<{ id: string; boxes: readonly Box[] }>, x: number, y: number, slop = 1): string | null {
  let best: string | null = null;
  let bestArea = Infinity;
  for (const item of items) {
    for (const b of item.boxes) {
      if (!contains(b, x, y, slop)) continue;
      const area = (b.right - b.left) * (b.bottom - b.top);
      if (area < bestArea) {
        best = item.id;
        bestArea = area;
      }
    }
  }
  return best;
}
