import { describe, expect, it } from 'vitest';
import { unsafeRegex, unsafeRegexReason } from './regex-safety.ts';

describe('unsafeRegexReason', () => {
  it.each(['(a+)+b', '([a-z]+)*$', '(x+x+)+y', '(a|a)*b', '(\\w+\\s?)+$', '\\s*\\s*$'])('rejects %s', (pattern) => {
    expect(unsafeRegexReason(pattern)).toMatch(/catastrophically|too complex/);
  });

  it.each([
    '(?:innen|senest)\\s+\\p{L}+',
    '\\b(?:kommunen|byråkratiet|systemet)\\s+(?:er|var)\\s+(?:så\\s+|helt\\s+)?(?:treg|elendig)\\b',
    '^\\s*(?:hei|hallo|god (?:morgen|dag))(?![\\p{L}])',
    '\\d{4}[ .]?\\d{2}[ .]?\\d{5}',
    '\\p{Extended_Pictographic}',
  ])('accepts the ordinary rule pattern %s', (pattern) => {
    expect(unsafeRegexReason(pattern)).toBeUndefined();
  });

  it('reports a pattern that cannot be parsed', () => {
    expect(unsafeRegexReason('(?<')).toMatch(/cannot be analysed/);
  });

  it('takes a pattern proven before as safe without a new proof, and proves any other', () => {
    const proven = new Set(['(a+)+b']);
    expect(unsafeRegex('(a+)+b', proven)).toBeUndefined();
    expect(unsafeRegex('(a+)+c', proven)?.code).toBe('unsafe-regex-backtracking');
  });

  it('leaves the page’s WeakRef as it was, also after a pattern it cannot parse', () => {
    const weakRef = globalThis.WeakRef;
    unsafeRegex('(?:tre|fire) (?:uker|veker)(?![\\p{L}])');
    unsafeRegex('(?<');
    expect(globalThis.WeakRef).toBe(weakRef);
    expect(new WeakRef({}).deref()).toBeTypeOf('object');
  });
});
