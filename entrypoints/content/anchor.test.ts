import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonPrefix, commonSuffix, diffEdit, rebase, shiftSpan, shiftSpans } from './anchor.ts';

describe('diffEdit', () => {
  it('finds a typed character, a deletion and a replacement', () => {
    expect(diffEdit('Hei der', 'Hei, der')).toEqual({ start: 3, deleted: 0, inserted: 1 });
    expect(diffEdit('Hei, der', 'Hei der')).toEqual({ start: 3, deleted: 1, inserted: 0 });
    expect(diffEdit('Vedrørende saken', 'Om saken')).toEqual({ start: 0, deleted: 10, inserted: 2 });
    expect(diffEdit('likt', 'likt')).toBeNull();
  });

  it('places an ambiguous insertion before the word when typed before it', () => {
    // "x word" → "x wword": typing "w" at 2 (caret 3), not inside "word".
    expect(diffEdit('x word', 'x wword', 3)).toEqual({ start: 2, deleted: 0, inserted: 1 });
    // Without a caret the earliest place is taken, which is also right here.
    expect(diffEdit('x word', 'x wword')).toEqual({ start: 2, deleted: 0, inserted: 1 });
    // Typing "a" at the end of "aa" (caret 3) is an insertion at 2, not at 0.
    expect(diffEdit('aa', 'aaa', 3)).toEqual({ start: 2, deleted: 0, inserted: 1 });
    expect(diffEdit('aa', 'aaa')).toEqual({ start: 0, deleted: 0, inserted: 1 });
  });

  it('never splits an emoji (surrogate pair)', () => {
    // 😀 = \uD83D\uDE00, 😃 = \uD83D\uDE03: same high surrogate.
    expect(diffEdit('a😀b', 'a😃b')).toEqual({ start: 1, deleted: 2, inserted: 2 });
    expect(diffEdit('😀 ord', '😀😀 ord', 4)).toEqual({ start: 2, deleted: 0, inserted: 2 });
  });
});

describe('shiftSpan', () => {
  const word = { start: 10, end: 20 };
  it('keeps spans before the edit, shifts spans after it, drops spans it touches', () => {
    expect(shiftSpan(word, { start: 25, deleted: 0, inserted: 3 })).toBe(word);
    expect(shiftSpan(word, { start: 20, deleted: 0, inserted: 3 })).toBe(word); // typed right after the word
    expect(shiftSpan(word, { start: 10, deleted: 0, inserted: 3 })).toEqual({ start: 13, end: 23 }); // right before
    expect(shiftSpan(word, { start: 0, deleted: 5, inserted: 1 })).toEqual({ start: 6, end: 16 });
    expect(shiftSpan(word, { start: 12, deleted: 0, inserted: 1 })).toBeNull();
    expect(shiftSpan(word, { start: 5, deleted: 6, inserted: 0 })).toBeNull();
    expect(shiftSpan(word, { start: 19, deleted: 2, inserted: 0 })).toBeNull();
  });

  it('keeps the other fields of a span', () => {
    expect(shiftSpans([{ start: 4, end: 6, id: 'a' }], { start: 0, deleted: 0, inserted: 2 })).toEqual([{ start: 6, end: 8, id: 'a' }]);
  });
});

describe('rebase', () => {
  it('moves findings of a checked text onto what the user has typed since', () => {
    const checked = 'Hei! Vedrørende saken.';
    const current = 'Hei Kari! Vedrørende saken.';
    const spans = [{ start: 5, end: 15 }];
    const [moved] = rebase(spans, checked, current, 8);
    expect(current.slice(moved!.start, moved!.end)).toBe('Vedrørende');
  });

  it('drops findings whose words changed', () => {
    expect(rebase([{ start: 0, end: 10 }], 'Vedrørende saken', 'Vedrxrende saken', 5)).toEqual([]);
    // Letters glued on keep it while typing; applying checks the word edges (wordEdges).
    expect(rebase([{ start: 0, end: 10 }], 'Vedrørende saken', 'Vedrørendes saken', 11)).toEqual([{ start: 0, end: 10 }]);
  });

  it('handles emoji, æøå and CRLF-free newlines before the finding', () => {
    const checked = 'Hei!\nVedrørende';
    const current = 'Hei 👋 på deg!\nVedrørende';
    const [moved] = rebase([{ start: 5, end: 15 }], checked, current, 13);
    expect(current.slice(moved!.start, moved!.end)).toBe('Vedrørende');
  });
});

describe('commonPrefix / commonSuffix', () => {
  const naivePrefix = (a: string, b: string, cap: number) => {
    let i = 0;
    while (i < cap && a[i] === b[i]) i++;
    return i;
  };
  const naiveSuffix = (a: string, b: string, cap: number) => {
    let i = 0;
    while (i < cap && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
    return i;
  };

  it('agree with a character-by-character walk, also across block sizes', () => {
    // Edits anywhere in texts of up to a few thousand characters: blocks of 64 and more match
    // whole, then halve down to the differing character.
    const unit = fc.constantFrom('a', 'b', ' ', 'ø', '😀');
    const short = fc.string({ unit, maxLength: 12 });
    // fast-check keeps generated strings short by default; long runs of a repeated pattern make
    // the blocks grow before they reach the edit.
    const text = fc.tuple(short, fc.nat(3_000), short).map(([p, n, q]) => p + 'ab ø'.repeat(n >> 2) + q);
    fc.assert(
      fc.property(text, text, text, text, (head, x, y, tail) => {
        const a = head + x + tail;
        const b = head + y + tail;
        const cap = Math.min(a.length, b.length);
        expect(commonPrefix(a, b, cap)).toBe(naivePrefix(a, b, cap));
        expect(commonSuffix(a, b, cap)).toBe(naiveSuffix(a, b, cap));
        expect(commonPrefix(a, b, Math.floor(cap / 2))).toBe(naivePrefix(a, b, Math.floor(cap / 2)));
      }),
      { numRuns: 300 },
    );
  });

  it('find one typed character at the top of a 1 MB reply', () => {
    const body = 'Vedrørende søknaden din om byggetillatelse har vi nå gått gjennom saken. '.repeat(13_700);
    const before = `Hei${body}`;
    const after = `Hei!${body}`;
    expect(diffEdit(before, after, 4)).toEqual({ start: 3, deleted: 0, inserted: 1 });
    expect(diffEdit(after, before, 3)).toEqual({ start: 3, deleted: 1, inserted: 0 });
    expect(diffEdit(`${body}x`, `${body}xy`)).toEqual({ start: body.length + 1, deleted: 0, inserted: 1 });
  });
});
