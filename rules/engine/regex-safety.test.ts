import { describe, expect, it } from 'vitest';
import { unsafeRegexReason } from './regex-safety.ts';

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
});
