// «Not after a letter or digit», the word start most patterns open with, written so that V8 can
// test it cheaply on any reply.
//
// A reply with one character beyond Latin-1 (an en dash, a curly quote, an emoji) is a two-byte
// string, and on a two-byte string V8 tests «(?<![\p{L}\p{N}])» against the whole Unicode
// letter class at every position it tries: a pattern that opens with it scans such a reply four
// to twelve times slower than the same reply without the dash. The forms here split the class:
// the letters and digits of Latin-1 as a small class first, and the rest of \p{L}\p{N} only
// after a character beyond Latin-1 («[^\x00-\xff]», read first since a lookbehind is matched
// from its end). They accept exactly the positions the plain forms accept — with the "i" flag
// too: the characters that fold to a Latin-1 letter (K, ſ, Å …) are letters, and the small
// class takes them (word-start.test.ts compares every code point).

/** The letters and digits of Latin-1, as the body of a class. */
const LATIN1_LETTERS_AND_DIGITS = String.raw`a-zA-Z0-9\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff`;
/** The letters of Latin-1, as the body of a class. */
const LATIN1_LETTERS = String.raw`a-zA-Z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff`;

/** Exactly «(?<![\p{L}\p{N}])» (needs the "u" flag). */
export const NOT_AFTER_LETTER_OR_DIGIT = String.raw`(?<![${LATIN1_LETTERS_AND_DIGITS}])(?<!(?=[\p{L}\p{N}])[^\x00-\xff])`;
/** Exactly «(?<![\p{L}])» and «(?<!\p{L})» (needs the "u" flag). */
export const NOT_AFTER_LETTER = String.raw`(?<![${LATIN1_LETTERS}])(?<!(?=\p{L})[^\x00-\xff])`;

const PLAIN_WORD_STARTS: ReadonlyArray<[string, string]> = [
  [String.raw`(?<![\p{L}\p{N}])`, NOT_AFTER_LETTER_OR_DIGIT],
  [String.raw`(?<![\p{L}])`, NOT_AFTER_LETTER],
  [String.raw`(?<!\p{L})`, NOT_AFTER_LETTER],
];

/**
 * A pattern's source with each plain word-start lookbehind in the fast form (for the "u" flag).
 * Only a real group is replaced: not text inside a class, nor an escaped «\(».
 */
export function fastWordStartSource(source: string): string {
  let fast = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      fast += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      const plain = PLAIN_WORD_STARTS.find(([p]) => source.startsWith(p, i));
      if (plain) {
        fast += plain[1];
        i += plain[0].length - 1;
        continue;
      }
    }
    fast += c;
  }
  return fast;
}

/** The same regex with its word-start lookbehinds in the fast form; matches exactly what it matches. */
export function withFastWordStarts(regex: RegExp): RegExp {
  if (!regex.flags.includes('u')) return regex;
  const source = fastWordStartSource(regex.source);
  return source === regex.source ? regex : new RegExp(source, regex.flags);
}
