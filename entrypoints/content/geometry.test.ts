import { describe, expect, it } from 'vitest';
import { clipRects, fieldClientBox, hitTest, intersect, mirrorToField, placePopover } from './geometry.ts';

describe('overlay box math', () => {
  const field = { left: 100, top: 200, width: 300, height: 100 };
  const clip = fieldClientBox(field, { top: 1, left: 1 }, { width: 283, height: 98 }); // 15 px scrollbar

  it('takes the visible text area inside borders and scrollbars', () => {
    expect(clip).toEqual({ left: 101, top: 201, right: 384, bottom: 299 });
  });

  it('moves mirror rects onto the field and subtracts its scroll offsets', () => {
    const mirrorOrigin = { left: 0, top: 0 };
    const rects = [{ left: 10, top: 130, width: 50, height: 18 }];
    const boxes = mirrorToField(rects, mirrorOrigin, field, { left: 0, top: 100 }, clip);
    expect(boxes).toEqual([{ left: 110, top: 230, right: 160, bottom: 248 }]);
  });

  it('draws nothing for findings scrolled out of view and cuts the ones half out', () => {
    const rects = [
      { left: 10, top: 10, width: 50, height: 18 }, // scrolled above
      { left: 10, top: 180, width: 50, height: 18 }, // half below the bottom edge
      { left: 10, top: 400, width: 50, height: 18 }, // far below
    ];
    const boxes = mirrorToField(rects, { left: 0, top: 0 }, field, { left: 0, top: 90 }, clip);
    expect(boxes).toEqual([{ left: 110, top: 290, right: 160, bottom: 299 }]);
  });

  it('clips horizontally (right-aligned and long lines) and merges rects of one line', () => {
    const boxes = clipRects(
      [
        { left: 350, top: 210, width: 60, height: 18 },
        { left: 300, top: 210, width: 50, height: 18 },
        { left: 0, top: 0, width: 0, height: 18 },
      ],
      clip,
    );
    expect(boxes).toEqual([{ left: 300, top: 210, right: 384, bottom: 228 }]);
  });

  it('scales borders, client size and scroll offsets by the field’s CSS zoom (page `zoom: 1.5`)', () => {
    // Client rect in viewport px (zoomed); borders, clientWidth and scrollTop in the field's own px.
    const zoomed = { left: 150, top: 300, width: 450, height: 150 };
    const box = fieldClientBox(zoomed, { top: 2, left: 2 }, { width: 283, height: 96 }, 1.5);
    expect(box).toEqual({ left: 153, top: 303, right: 153 + 424.5, bottom: 303 + 144 });
    // The mirror is laid out at the same zoom: its rects are already to scale, only scroll is not.
    const boxes = mirrorToField([{ left: 15, top: 45 + 36, width: 75, height: 27 }], { left: 0, top: 0 }, zoomed, { left: 0, top: 24 }, box, 1.5);
    expect(boxes).toEqual([{ left: 165, top: 345, right: 240, bottom: 372 }]);
  });

  it('intersects boxes', () => {
    expect(intersect({ left: 0, top: 0, right: 10, bottom: 10 }, { left: 5, top: 5, right: 20, bottom: 20 })).toEqual({
      left: 5,
      top: 5,
      right: 10,
      bottom: 10,
    });
    expect(intersect({ left: 0, top: 0, right: 10, bottom: 10 }, { left: 10, top: 0, right: 20, bottom: 10 })).toBeNull();
  });
});

describe('popover placement', () => {
  const viewport = { width: 800, height: 600 };
  const size = { width: 300, height: 120 };

  it('goes below the words when there is room', () => {
    expect(placePopover({ left: 100, top: 100, right: 160, bottom: 118 }, size, viewport)).toEqual({ left: 100, top: 124, above: false });
  });

  it('goes above near the bottom of the viewport and stays inside it horizontally', () => {
    const at = placePopover({ left: 700, top: 550, right: 760, bottom: 568 }, size, viewport);
    expect(at).toEqual({ left: 496, top: 424, above: true });
  });
});

describe('hit testing', () => {
  it('finds the finding under the pointer', () => {
    const items = [
      { id: 'a', boxes: [{ left: 0, top: 0, right: 10, bottom: 10 }] },
      { id: 'b', boxes: [{ left: 20, top: 0, right: 30, bottom: 10 }] },
    ];
    expect(hitTest(items, 25, 5)).toBe('b');
    expect(hitTest(items, 15, 5)).toBeNull();
  });

  it('prefers the word over a whole-text finding beneath it', () => {
    const items = [
      { id: 'whole', boxes: [{ left: 0, top: 0, right: 500, bottom: 20 }] },
      { id: 'word', boxes: [{ left: 100, top: 0, right: 160, bottom: 20 }] },
    ];
    expect(hitTest(items, 120, 10)).toBe('word');
    expect(hitTest(items, 300, 10)).toBe('whole');
  });
});
