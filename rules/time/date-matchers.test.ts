import { describe, expect, it } from 'vitest';
import { MATCHERS } from './date-matchers.ts';

describe('keyword guards', () => {
  it('match each keyword letter exactly where lower-casing the text gives it', () => {
    const mismatches: string[] = [];
    for (const matchers of Object.values(MATCHERS)) {
      for (const matcher of matchers) {
        if (!matcher.keywords) continue;
        const flags = matcher.keywordGuard!.flags;
        for (const keyword of matcher.keywords) {
          // «İ» lower-cases to "i" and a combining dot: a keyword ending in "i" would be found after it.
          if (keyword.endsWith('i')) mismatches.push(keyword);
          for (const letter of new Set(keyword)) {
            const alone = new RegExp(`^${letter}$`, flags);
            for (let code = 0; code <= 0xffff; code++) {
              const c = String.fromCharCode(code);
              if (alone.test(c) !== (c.toLowerCase() === letter)) mismatches.push(`${keyword}: U+${code.toString(16)}`);
            }
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('find the keywords in any case', () => {
    const guard = MATCHERS.nob.find((m) => m.keywords?.includes('midten'))!.keywordGuard!;
    expect(guard.test('I MIDTEN av januar')).toBe(true);
    expect(guard.test('i midt av januar')).toBe(false);
  });
});
