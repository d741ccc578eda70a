import { describe, expect, it } from 'vitest';
import { patternFirstChars, withFirstCharLookahead } from './first-chars.ts';

describe('patternFirstChars', () => {
  it('reads the first characters through lookarounds, groups, alternatives and optional parts', () => {
    expect(patternFirstChars(String.raw`(?<![\p{L}\p{N}])(?:skal|vil|kommer\s+til\s+å|håper)(?![\p{L}\p{N}])`)).toBe('svkh');
    expect(patternFirstChars(String.raw`(?<![\p{L}\p{N}])(?:(neste|førstkommende)\s+)?(tirsdag|torsdag)`)).toBe('nft');
    expect(patternFirstChars(String.raw`(?<=, ?)(?:bare så du vet|berre)(?: det)?`)).toBe('b');
    expect(patternFirstChars(String.raw`(?:^|x)abc`)).toBe('xa');
    expect(patternFirstChars(String.raw`x{0,2}y`)).toBe('xy');
    expect(patternFirstChars(String.raw`kl\.?\s*\d`)).toBe('k');
    expect(patternFirstChars(String.raw`[a-z]+\d`)).toBe('a-z');
    expect(patternFirstChars(String.raw`(?<a>x)\k<a>`)).toBe('x');
    expect(patternFirstChars(String.raw`\bfoo|bar\b`)).toBe('fb');
  });

  it('escapes what a class would read otherwise', () => {
    expect(patternFirstChars(String.raw`(?:-|\.)x`)).toBe(String.raw`\-\.`);
    expect(patternFirstChars(String.raw`[\-a]x|\[|\^`)).toBe(String.raw`\-a\[\^`);
  });

  it('gives up where the first character is too wide to list, or the pattern may match nothing', () => {
    expect(patternFirstChars(String.raw`(?<![\p{L}])(?:\p{L}*rabatt)`)).toBeUndefined();
    expect(patternFirstChars(String.raw`^[\s"«]*(?:ja|nei)`)).toBeUndefined();
    expect(patternFirstChars(String.raw`.x`)).toBeUndefined();
    expect(patternFirstChars(String.raw`[^a]x`)).toBeUndefined();
    expect(patternFirstChars(String.raw`[ab-]x`)).toBeUndefined();
    expect(patternFirstChars(String.raw`a?`)).toBeUndefined();
    expect(patternFirstChars(String.raw`(?:a|b?)`)).toBeUndefined();
    expect(patternFirstChars(String.raw`\1a`)).toBeUndefined();
  });
});

describe('withFirstCharLookahead', () => {
  it('finds exactly what the pattern finds, case-insensitively too', () => {
    const text = 'Vi SKAL nok se på det. Han vil. Kommer til å ringe. ſkal? Håper det, «skal» vi?';
    for (const regex of [
      /(?<![\p{L}\p{N}])(?:skal|vil|kommer\s+til\s+å|håper)(?![\p{L}\p{N}])/giu,
      /(?<![\p{L}\p{N}])(?:skal|vil|kommer\s+til\s+å|håper)(?![\p{L}\p{N}])/gu,
    ]) {
      const fast = withFirstCharLookahead(regex);
      expect(fast.source).not.toBe(regex.source);
      expect([...text.matchAll(fast)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(regex)].map((m) => [m.index, m[0]]));
    }
  });

  it('leaves a pattern it cannot read, or one without the "u" flag, as it is', () => {
    const wide = /\p{L}+x/u;
    expect(withFirstCharLookahead(wide)).toBe(wide);
    const legacy = /abc/i;
    expect(withFirstCharLookahead(legacy)).toBe(legacy);
  });
});
