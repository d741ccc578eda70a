import { describe, expect, it } from 'vitest';
import { NOT_AFTER_LETTER, NOT_AFTER_LETTER_OR_DIGIT, fastWordStartSource, withFastWordStarts } from './word-start.ts';

describe('word-start lookbehinds', () => {
  it('accept exactly the positions the plain forms accept, after any code point, with and without "i"', () => {
    const differing: string[] = [];
    const pairs: Array<[string, string]> = [
      [String.raw`(?<![\p{L}\p{N}])`, NOT_AFTER_LETTER_OR_DIGIT],
      [String.raw`(?<![\p{L}])`, NOT_AFTER_LETTER],
      [String.raw`(?<!\p{L})`, NOT_AFTER_LETTER],
    ];
    for (const [plain, fast] of pairs)
      for (const flags of ['u', 'iu']) {
        const expected = new RegExp(`${plain}x`, flags);
        const actual = new RegExp(`${fast}x`, flags);
        // Every code point before the "x", lone surrogates included.
        for (let cp = 0; cp <= 0x10ffff; cp++) {
          const text = `${String.fromCodePoint(cp)}x`;
          if (expected.test(text) !== actual.test(text)) differing.push(`${plain} /${flags} U+${cp.toString(16)}`);
        }
      }
    expect(differing).toEqual([]);
  });

  it('rewrites a pattern without changing its matches', () => {
    const text = 'Du kan klage – også på Kjøpet. «Klage»? ÅKLAGE, ſkal klage, 2klage, é-klage, 𝐀klage, klage';
    const plain = /(?<![\p{L}\p{N}])klage|(?<![\p{L}])kan|(?<!\p{L})på/giu;
    const fast = withFastWordStarts(plain);
    expect(fast.source).toBe(fastWordStartSource(plain.source));
    expect(fast.source).not.toBe(plain.source);
    expect([...text.matchAll(fast)].map((m) => m.index)).toEqual([...text.matchAll(plain)].map((m) => m.index));
  });

  it('rewrites real groups only, not an escaped parenthesis or a class', () => {
    const escaped = String.raw`a\(?<![\p{L}])`;
    expect(fastWordStartSource(escaped)).toBe(escaped);
    const inClass = String.raw`[(?<![\p{L}])]`;
    expect(fastWordStartSource(inClass)).toBe(inClass);
    expect(fastWordStartSource(String.raw`\\(?<![\p{L}])x`)).toBe(String.raw`\\${NOT_AFTER_LETTER}x`);
  });

  it('leaves a regex without the "u" flag or without a plain word start as it is', () => {
    const legacy = /(?<![a-z])klage/g;
    expect(withFastWordStarts(legacy)).toBe(legacy);
  });
});
