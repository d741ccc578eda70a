// The words one of which a rule pattern cannot match without: «(?<![\p{L}\p{N}])(?:du|dykk) (?:må|bør)
// nok prøve å» needs "du" or "dykk" as a word of the text. Most replies hold none of a pattern's
// first words, so a hash lookup per first word replaces a regex scan of the whole reply — which
// is what every existence pattern cost per check, whether it could match or not.
//
// Only a plain start is read: an optional word-start lookbehind, then one literal word or a group
// of literal alternatives, then a space (or a word-end lookahead). Anything else — a class, a
// wildcard, a prefix such as «forklar\p{L}*», an apostrophe — gives undefined, and the pattern runs
// on every text as before. Never wrong, only sometimes not used.

const WORD_START = /^\(\?<!\[\\p\{L\}(?:\\p\{N\})?\]\)/u;
const LITERAL_WORD = /^[\p{L}\p{N}]+$/u;
/** What may follow the first word so that it is a whole word: a space, \s, or a word-end lookahead. */
const WORD_END_AFTER = /^(?: |\\s|\(\?!\[\\p\{L\}(?:\\p\{N\})?\]\))/u;

/**
 * The lower-case first words of a pattern (one of them must be a word of any text it matches),
 * or undefined when the pattern does not start plainly enough to tell.
 */
export function patternFirstWords(source: string): string[] | undefined {
  const boundary = WORD_START.exec(source);
  if (!boundary) return undefined;
  let rest = source.slice(boundary[0].length);
  let alternatives: string[];
  if (rest.startsWith('(?:')) {
    const close = rest.indexOf(')');
    if (close < 0) return undefined;
    const body = rest.slice(3, close);
    if (/[()[\]\\*+?{}.^$]/u.test(body)) return undefined;
    alternatives = body.split('|');
    rest = rest.slice(close + 1);
    // A quantifier on the group ("(?:a|b)?") makes it optional: no word is required.
    if (/^[?*{]/u.test(rest)) return undefined;
  } else {
    const word = /^[\p{L}\p{N}]+/u.exec(rest);
    if (!word) return undefined;
    alternatives = [word[0]];
    rest = rest.slice(word[0].length);
    if (/^[?*{+]/u.test(rest)) return undefined;
  }
  const words = new Set<string>();
  for (const alternative of alternatives) {
    const first = alternative.split(' ')[0]!;
    if (!LITERAL_WORD.test(first)) return undefined;
    // A one-word alternative is whole only when the pattern goes on with a space or a word end.
    if (!alternative.includes(' ') && !WORD_END_AFTER.test(rest)) return undefined;
    words.add(first.toLowerCase());
  }
  return words.size ? [...words] : undefined;
}
