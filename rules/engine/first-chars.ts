// A regex that opens with a lookbehind («(?<![\p{L}\p{N}])(?:skal|vil|…)») makes V8 try the whole
// pattern at every character of the text: the lookbehind hides which characters a match can start
// with. A lookahead of those characters in front («(?=[skv…])») lets V8 skip to the next candidate
// cheaply, which is several times faster on a reply. The characters are read from the pattern, so
// the lookahead can never forbid a match the pattern would find: every match starts by consuming
// one of them at its start, and the lookahead is read under the same flags (case-insensitively
// with "i", so «[s]» matches what «s» matches).
//
// Only a plain start is read: lookarounds and anchors, then literal characters, escaped literals
// and small classes, through groups, alternatives and optional parts. Anything else — a wildcard,
// a negated class, a letter category, a back-reference, a pattern that can match the empty
// string — gives undefined, and the pattern is left as it is. Never wrong, only sometimes not used.

interface First {
  /** Class pieces (each valid inside «[…]»), one of which the first consumed character matches. */
  pieces: Set<string>;
  /** The part can match without consuming a character. */
  nullable: boolean;
}

class Unreadable extends Error {}

/** The characters that must be escaped to stand for themselves inside a class. */
const CLASS_SPECIAL = /[\\\]^[-]/;

/** Escapes that stand for one small set of characters and may be copied into a class as they are. */
const CLASS_ESCAPE = /^\\(?:d|[tnrfv0]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]+\}|[\\/.*+?^$(){}[\]|-])/;

/** A piece too wide to list (\s, \p{L}, ".", a negated class): the pattern is left alone. */
const WIDE = '';

/** At most this many class pieces: a longer class costs V8 more per character than it saves. */
const MAX_PIECES = 40;

class Reader {
  private at = 0;
  private readonly source: string;
  constructor(source: string) {
    this.source = source;
  }

  /** Alternatives up to a ")" or the end. */
  alternation(): First {
    const first: First = { pieces: new Set(), nullable: false };
    for (;;) {
      const branch = this.sequence();
      for (const piece of branch.pieces) first.pieces.add(piece);
      if (branch.nullable) first.nullable = true;
      if (this.source[this.at] !== '|') return first;
      this.at++;
    }
  }

  /** Terms up to a "|", a ")" or the end; the first set stops growing at the first term that must consume. */
  private sequence(): First {
    const first: First = { pieces: new Set(), nullable: true };
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const term = this.term();
      if (first.nullable) {
        for (const piece of term.pieces) first.pieces.add(piece);
        if (!term.nullable) first.nullable = false;
      }
    }
    return first;
  }

  private term(): First {
    const atom = this.atom();
    const quantifier = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(this.source.slice(this.at));
    if (!quantifier) return atom;
    this.at += quantifier[0].length;
    const min = quantifier[0][0] === '+' ? 1 : quantifier[1] !== undefined ? Number(quantifier[1]) : 0;
    return min === 0 ? { pieces: atom.pieces, nullable: true } : atom;
  }

  private atom(): First {
    const { source } = this;
    const c = source[this.at]!;
    if (c === '(') {
      const opening = /^\((?:\?(?::|<?[=!]|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(this.at))![0];
      this.at += opening.length;
      // A lookaround consumes nothing: it neither gives a first character nor needs one, and
      // what it holds («(?<![\p{L}\p{N}])») need not be readable.
      if (/^\(\?<?[=!]$/.test(opening)) {
        this.skipGroup();
        return { pieces: new Set(), nullable: true };
      }
      const inner = this.alternation();
      if (source[this.at] !== ')') throw new Unreadable();
      this.at++;
      return inner;
    }
    if (c === '^' || c === '$') {
      this.at++;
      return { pieces: new Set(), nullable: true };
    }
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    if (c === '.') {
      this.at++;
      return { pieces: new Set([WIDE]), nullable: false };
    }
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') throw new Unreadable();
    // A literal, which may be a surrogate pair.
    const literal = String.fromCodePoint(source.codePointAt(this.at)!);
    this.at += literal.length;
    return { pieces: new Set([CLASS_SPECIAL.test(literal) ? `\\${literal}` : literal]), nullable: false };
  }

  private escape(): First {
    const rest = this.source.slice(this.at);
    const assertion = /^\\[bB]/.exec(rest);
    if (assertion) {
      this.at += 2;
      return { pieces: new Set(), nullable: true };
    }
    const small = CLASS_ESCAPE.exec(rest);
    if (small) {
      this.at += small[0].length;
      return { pieces: new Set([small[0]]), nullable: false };
    }
    // A back-reference may match the empty string, or anything its group matched.
    const reference = /^\\(?:[1-9]\d*|k<[A-Za-z_$][\w$]*>)/.exec(rest);
    if (reference) {
      this.at += reference[0].length;
      return { pieces: new Set([WIDE]), nullable: true };
    }
    // \s, \w, \p{L} and the like: too many characters for a useful lookahead.
    const wide = /^\\(?:[pP]\{[^}]*\}|c[A-Za-z]|[sSwWD])/.exec(rest);
    if (!wide) throw new Unreadable();
    this.at += wide[0].length;
    return { pieces: new Set([WIDE]), nullable: false };
  }

  /** Past the ")" that closes the group just opened, minding escapes and classes. */
  private skipGroup(): void {
    const { source } = this;
    let depth = 1;
    let inClass = false;
    for (; this.at < source.length; this.at++) {
      const c = source[this.at];
      if (c === '\\') this.at++;
      else if (inClass) inClass = c !== ']';
      else if (c === '[') inClass = true;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) {
        this.at++;
        return;
      }
    }
    throw new Unreadable();
  }

  /** «[…]»: copied whole when it holds only characters, ranges and small escapes; else wide. */
  private characterClass(): First {
    const { source } = this;
    const open = this.at;
    let end = open + 1;
    // Negated, or with a "-" at either end (a literal here, but a range next to another piece).
    let copyable = source[end] !== '^' && source[end] !== '-';
    for (; end < source.length && source[end] !== ']'; end++) {
      if (source[end] === '[') throw new Unreadable();
      if (source[end] === '-' && source[end + 1] === ']') copyable = false;
      if (source[end] === '\\') {
        const small = CLASS_ESCAPE.exec(source.slice(end));
        if (!small) copyable = false;
        end += small ? small[0].length - 1 : 1;
      }
    }
    if (end >= source.length || end === open + 1) throw new Unreadable();
    this.at = end + 1;
    return { pieces: new Set([copyable ? source.slice(open + 1, end) : WIDE]), nullable: false };
  }

  get done(): boolean {
    return this.at === this.source.length;
  }
}

/**
 * The body of a class that holds every character a match of `source` can start with, or
 * undefined when the pattern does not start plainly enough to tell (or may match nothing).
 * Read as a pattern with the "u" flag.
 */
export function patternFirstChars(source: string): string | undefined {
  try {
    const reader = new Reader(source);
    const first = reader.alternation();
    if (!reader.done || first.nullable || first.pieces.size === 0 || first.pieces.has(WIDE) || first.pieces.size > MAX_PIECES) return undefined;
    return [...first.pieces].join('');
  } catch (error) {
    if (error instanceof Unreadable) return undefined;
    throw error;
  }
}

/**
 * The same regex with a lookahead of its possible first characters in front, so that V8 skips
 * the positions where it cannot match; the regex itself when they cannot be told. Matches,
 * indices, groups and lastIndex are exactly the original's.
 */
export function withFirstCharLookahead(regex: RegExp): RegExp {
  if (!regex.flags.includes('u') || regex.flags.includes('v')) return regex;
  const first = patternFirstChars(regex.source);
  return first === undefined ? regex : new RegExp(`(?=[${first}])${regex.source}`, regex.flags);
}
