// Splits a reply into words, sentences and lines once per check; every rule reads from it.
// Norwegian abbreviations (f.eks., bl.a., jf., kl., nr., ca.), dates, numbers, URLs and e-mail
// addresses are single tokens, so their points never end a sentence.

import { runSteps } from '../steps.ts';
import { binarySearch } from './binary-search.ts';

export type TokenKind = 'word' | 'number' | 'url' | 'email' | 'abbr';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
}

export interface Sentence {
  start: number;
  /** After the closing punctuation, if any. */
  end: number;
  /** Index into `words` of the sentence's first token. */
  firstWord: number;
  /** Tokens that count as words (word, number, abbr). */
  wordCount: number;
}

export interface Line {
  start: number;
  /** Before the line break (\n or \r\n). */
  end: number;
}

export interface TextAnalysis {
  text: string;
  words: Token[];
  sentences: Sentence[];
  lines: Line[];
  /** What rules make from the analysis on first use (derivedFrom). */
  derived?: Map<object, unknown>;
}

/**
 * What is made from one analysis on first use and shared by the rules (word indexes, sentence
 * scores), under `key`. Kept on the analysis itself, so it goes when the analysis goes: in a
 * module-level WeakMap keyed by the analysis, V8's young-generation collector keeps the entry
 * (and the analysis) alive, so every check's analysis and indexes were copied at each minor
 * collection and then promoted, to be freed only by a full one.
 */
export function derivedFrom<T>(analysis: TextAnalysis, key: object, make: () => T): T {
  const derived = (analysis.derived ??= new Map());
  if (derived.has(key)) return derived.get(key) as T;
  const value = make();
  derived.set(key, value);
  return value;
}

/** Abbreviations whose final point is not a sentence end (lower case, with points). */
// biome-ignore format: a word list or table reads best packed, as written
const KNOWN_ABBREVIATIONS = new Set([
  'f.eks.', 'bl.a.', 'jf.', 'jfr.', 'jvf.', 'kl.', 'nr.', 'ca.', 'dvs.', 'osv.', 'evt.', 'ev.', 'mht.', 'pga.',
  'iht.', 'm.m.', 'o.l.', 'e.l.', 'm.a.', 'm.a.o.', 'mfl.', 'mv.', 'ang.', 'vedr.', 'tlf.', 'mob.', 'adr.',
  'avd.', 'ref.', 'stk.', 'mnd.', 'md.', 'pr.', 'ved.', 'hhv.', 'inkl.', 'ekskl.', 'etc.', 'fvl.', 'jan.',
  'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'okt.', 'nov.', 'des.', 'man.', 'tir.',
  'ons.', 'tor.', 'fre.', 'lør.', 'søn.', 'ca.', 'St.', 'st.', 'prof.', 'dr.', 'mr.', 'mrs.', 'ms.', 'e.g.',
  'i.e.', 'vs.', 'no.', 'att.', 'sst.', 'fl.', 'sk.', 'sml.', 'anm.', 'oppl.', 'f.o.m.', 't.o.m.', 'm.fl.',
  'p.t.', 'a.s.', 'ltd.', 'inc.', 'co.', 'kap.', 'pkt.', 'bd.', 's.', 'a.m.', 'p.m.', 'ifm.', 'iflg.', 'ift.', 'mtp.',
  'vha.', 'bvl.', 'pbl.',
].map((a) => a.toLowerCase()));

// One pass over the text; alternatives in priority order. Sticky-free global regex for speed.
// biome-ignore format: a word list or table reads best packed, as written
const TOKEN_RE = new RegExp(
  [
    // URL
    String.raw`(?<url>(?:https?:\/\/|www\.)[^\s<>"'«»]+)`,
    // e-mail
    String.raw`(?<email>[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})`,
    // a bare domain with an optional path (bergen.kommune.no, nav.no/sosialhjelp): one token, so
    // its points never end a sentence
    String.raw`(?<domain>[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:no|com|org|net|eu|gov|int|uk|se|dk|fi|de|io|info)(?![\p{L}\p{N}-])(?:\/[^\s<>"'«»]*)?)`,
    // dotted abbreviation: two or more letter groups each followed by a point (f.eks., m.a.o.)
    String.raw`(?<dotted>\p{L}{1,4}\.(?:\p{L}{1,4}\.)+)`,
    // number: digits with internal separators (04.12.2026, 1 200,50 is two tokens; 2026/12345, 12:30)
    String.raw`(?<number>\p{N}+(?:[.,:/–-]\p{N}+)*)`,
    // word with internal hyphens/apostrophes, followed by an optional point checked below
    String.raw`(?<word>\p{L}[\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*)(?<point>\.)?`,
  ].join('|'),
  'gu',
);

const TRAILING_URL_PUNCT = /[.,;:!?)\]]+$/u;

/** Abbreviations that are also ordinary words ("man", "jul", "no"): before a capital letter or at
 * the end of the text their point ends the sentence ("Slik søker man. Du finner …"). */
// biome-ignore format: a word list or table reads best packed, as written
const AMBIGUOUS_ABBREVIATIONS = new Set(['man.', 'tor.', 'fre.', 'mar.', 'jul.', 'jun.', 'sep.', 'no.', 's.', 'st.', 'fl.', 'sk.', 'co.', 'att.', 'ved.', 'pr.']);

function isAbbreviationPoint(text: string, wordWithPoint: string, pointEnd: number): boolean {
  const lower = wordWithPoint.toLowerCase();
  if (AMBIGUOUS_ABBREVIATIONS.has(lower)) {
    const next = text.slice(pointEnd, pointEnd + 3);
    if (next === '' || /^\s*$/u.test(next) || /^\s+\p{Lu}/u.test(next)) return false;
  }
  if (KNOWN_ABBREVIATIONS.has(lower)) return true;
  // A single capital letter followed by a point is an initial ("K. Nordmann").
  if (/^\p{Lu}\.$/u.test(wordWithPoint)) return true;
  // An abbreviation no list knows ("gnr. og", "bnr. 12") has no vowel; a word with one followed by
  // a point and a lower-case word is a sentence end in a chat-style reply ("street lol. happens").
  if (/[aeiouyæøåéèêóòôüäö]/iu.test(wordWithPoint)) return false;
  const rest = text.slice(pointEnd, pointEnd + 3);
  return /^ ?\p{Ll}/u.test(rest) && !/^\p{Ll}/u.test(rest);
}

// Latin letters without diacritics or with the Latin-1 ones (æøå, é, ü …): the fast path.
function isLatinLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7);
}

// Closing punctuation that may follow a plain word inside a whitespace-free chunk ("din,", "deg!").
function isTrailingPunctuation(code: number): boolean {
  return (
    code === 0x2c ||
    code === 0x3a ||
    code === 0x3b ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x29 ||
    code === 0x5d ||
    code === 0x22 ||
    code === 0x27 ||
    code === 0xbb ||
    code === 0x201d ||
    code === 0x2019
  );
}

/**
 * Whether a UTF-16 code unit is whitespace as \s reads it: the line terminators and the Unicode
 * space separators (analysis.test.ts compares every code unit with \s).
 */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * No token contains whitespace, so the text is cut into whitespace-free chunks. A chunk that is
 * a plain Latin word (or hyphenated one, "e-post") or a number ("12", "18/11", "4.12–8.12"), after
 * any opening quotes and before closing punctuation, becomes a token directly (most of any
 * reply); anything else (points inside, @, other scripts) goes through TOKEN_RE, bounded to the
 * chunk. Same tokens as running TOKEN_RE over the whole text (tokenizeByPattern), at a fraction of
 * the cost.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // The chunks are found by reading character codes: a regex match would allocate a match and its
  // text for every chunk, a third of the tokenizer's garbage.
  for (let end = 0; end < text.length; ) {
    let start = end;
    while (start < text.length && isWhitespace(text.charCodeAt(start))) start++;
    if (start === text.length) break;
    end = start + 1;
    while (end < text.length && !isWhitespace(text.charCodeAt(end))) end++;
    // Opening quotes and brackets («, (, ") start no token: the chunk is read from after them.
    while (start < end && isOpeningPunctuation(text.charCodeAt(start))) start++;
    if (start === end) continue;
    let i = start;
    while (i < end && isLatinLetter(text.charCodeAt(i))) i++;
    // A hyphenated word or one with an apostrophe ("e-post", "don't"): one word, as TOKEN_RE reads it.
    let joined = false;
    while (i > start && i + 1 < end && isWordJoiner(text.charCodeAt(i)) && isLatinLetter(text.charCodeAt(i + 1))) {
      joined = true;
      i += 2;
      while (i < end && isLatinLetter(text.charCodeAt(i))) i++;
    }
    const wordEnd = i;
    while (i < end && isTrailingPunctuation(text.charCodeAt(i))) i++;
    if (wordEnd > start && i === end) {
      const value = text.slice(start, wordEnd);
      tokens.push({ start, end: wordEnd, text: value, lower: value.toLowerCase(), kind: 'word' });
      continue;
    }
    // A plain word with a point (every sentence end, "kl.", "jf."): TOKEN_RE would read it as a
    // word and a point too — except "www." (a URL) — so decide the abbreviation here.
    if (wordEnd > start && !joined && i === wordEnd && text.charCodeAt(i) === 0x2e) {
      i++;
      while (i < end && isTrailingPunctuation(text.charCodeAt(i))) i++;
      const value = text.slice(start, wordEnd);
      if (i === end && value !== 'www') {
        const withPoint = value + '.';
        if (isAbbreviationPoint(text, withPoint, wordEnd + 1))
          tokens.push({ start, end: wordEnd + 1, text: withPoint, lower: withPoint.toLowerCase(), kind: 'abbr' });
        else tokens.push({ start, end: wordEnd, text: value, lower: value.toLowerCase(), kind: 'word' });
        continue;
      }
    }
    // A number with closing punctuation ("55", "12.", "2026,"), maybe digits joined by separators
    // ("18/11", "4.12–8.12", "1.200,50"): TOKEN_RE reads them as one number token and nothing after.
    i = start;
    while (i < end && isAsciiDigit(text.charCodeAt(i))) i++;
    while (i > start && i + 1 < end && isNumberSeparator(text.charCodeAt(i)) && isAsciiDigit(text.charCodeAt(i + 1))) {
      i += 2;
      while (i < end && isAsciiDigit(text.charCodeAt(i))) i++;
    }
    const digitsEnd = i;
    while (i < end && (isTrailingPunctuation(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2e)) i++;
    if (digitsEnd > start && i === end) {
      const value = text.slice(start, digitsEnd);
      tokens.push({ start, end: digitsEnd, text: value, lower: value, kind: 'number' });
      continue;
    }
    // Every token holds a letter or a digit: a chunk of Latin-1 signs without one ("-", ">", "§")
    // has none, and TOKEN_RE would only search on into the next chunk.
    if (!hasLetterOrDigitOrBeyondLatin1(text, start, end)) continue;
    tokenizeRange(text, start, end, tokens);
  }
  return tokens;
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** «, (, [, ", “, „, ‘ and ': no alternative of TOKEN_RE starts with one. */
function isOpeningPunctuation(code: number): boolean {
  return code === 0xab || code === 0x28 || code === 0x5b || code === 0x22 || code === 0x201c || code === 0x201e || code === 0x2018 || code === 0x27;
}

/** Inside a word, between letters: ', ’ and - (TOKEN_RE's word). */
function isWordJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d;
}

/** Between the digits of one number: . , : / – and - (TOKEN_RE's number). */
function isNumberSeparator(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3a || code === 0x2f || code === 0x2013 || code === 0x2d;
}

/** Whether text[from, to) holds a letter or digit of Latin-1 (\p{L}, \p{N}), or a character beyond Latin-1. */
function hasLetterOrDigitOrBeyondLatin1(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (
      c >= 0x100 ||
      isLatinLetter(c) ||
      isAsciiDigit(c) ||
      c === 0xaa ||
      c === 0xb2 ||
      c === 0xb3 ||
      c === 0xb5 ||
      c === 0xb9 ||
      c === 0xba ||
      (c >= 0xbc && c <= 0xbe)
    )
      return true;
  }
  return false;
}

/** The tokens as the token pattern alone reads the whole text: what tokenize() must give (analysis.test.ts). */
export function tokenizeByPattern(text: string): Token[] {
  const tokens: Token[] = [];
  tokenizeRange(text, 0, text.length, tokens);
  return tokens;
}

function tokenizeRange(text: string, from: number, to: number, tokens: Token[]) {
  TOKEN_RE.lastIndex = from;
  for (let m = TOKEN_RE.exec(text); m !== null && m.index < to; m = TOKEN_RE.exec(text)) {
    const g = m.groups!;
    const start = m.index;
    let kind: TokenKind;
    let value: string;
    if (g.url !== undefined || g.domain !== undefined) {
      kind = 'url';
      value = (g.url ?? g.domain!).replace(TRAILING_URL_PUNCT, '');
    } else if (g.email !== undefined) {
      kind = 'email';
      value = g.email;
    } else if (g.dotted !== undefined) {
      kind = 'abbr';
      value = g.dotted;
    } else if (g.number !== undefined) {
      kind = 'number';
      value = g.number;
    } else {
      value = g.word!;
      kind = 'word';
      if (g.point !== undefined && isAbbreviationPoint(text, value + '.', start + value.length + 1)) {
        kind = 'abbr';
        value += '.';
      }
    }
    const end = start + value.length;
    // Let the regex continue right after the token (a URL's trailing point, an ordinary sentence point).
    TOKEN_RE.lastIndex = end;
    tokens.push({ start, end, text: value, lower: value.toLowerCase(), kind });
  }
}

// biome-ignore format: a word list or table reads best packed, as written
const COUNTS_AS_WORD: Record<TokenKind, boolean> = { word: true, number: true, abbr: true, url: false, email: false };

/** Sentence ends: . ! ? (and …) outside tokens, a colon before a capital letter, and line breaks. */
function splitSentences(text: string, words: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let wordIndex = 0;
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    // Skip whitespace to the sentence start.
    while (pos < n && isWhitespace(text.charCodeAt(pos))) pos++;
    if (pos >= n) break;
    const start = pos;
    while (wordIndex < words.length && words[wordIndex]!.end <= start) wordIndex++;
    const firstWord = wordIndex;
    let wordCount = 0;
    let end = n;
    let i = start;
    let w = wordIndex;
    while (i < n) {
      if (w < words.length && words[w]!.start === i) {
        const token = words[w]!;
        if (COUNTS_AS_WORD[token.kind]) wordCount++;
        i = token.end;
        w++;
        // An abbreviation at the very end of a line or text still closes the sentence.
        if (token.kind === 'abbr' && (i >= n || text[i] === '\n' || text[i] === '\r')) {
          end = i;
          break;
        }
        continue;
      }
      const ch = text[i]!;
      if (ch === '\n' || ch === '\r') {
        end = i;
        break;
      }
      // A point after a number and before a lower-case word ("den 4.12. i år") is an ordinal point;
      // after a word the tokenizer has decided (an abbreviation is its token, anything else ends).
      if (ch === '.' && i > 0 && !/\p{L}/u.test(text[i - 1]!) && /^[ \t\u00a0]+\p{Ll}/u.test(text.slice(i + 1, i + 4))) {
        i++;
        continue;
      }
      if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
        let j = i + 1;
        while (j < n && /[.!?…"»”')\]]/u.test(text[j]!)) j++;
        end = j;
        break;
      }
      if (ch === ':' && /^\s+\p{Lu}/u.test(text.slice(i + 1, i + 4))) {
        end = i + 1;
        break;
      }
      i++;
    }
    wordIndex = w;
    sentences.push({ start, end: trimEnd(text, start, end), firstWord, wordCount });
    pos = end;
  }
  return sentences.filter((s) => s.end > s.start);
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  return end;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  // From line break to line break (indexOf, not a character at a time).
  let start = 0;
  for (;;) {
    const found = text.indexOf('\n', start);
    const i = found < 0 ? text.length : found;
    const end = i > start && text.charCodeAt(i - 1) === 0x0d ? i - 1 : i;
    lines.push({ start, end });
    if (found < 0) break;
    start = i + 1;
  }
  return lines;
}

export function analyze(text: string): TextAnalysis {
  return runSteps(analyzeSteps(text));
}

/** analyze() in steps: the engine may pause between them on a long reply (check-cooperative.ts). */
export function* analyzeSteps(text: string): Generator<void, TextAnalysis, void> {
  const words = tokenize(text);
  yield;
  const sentences = splitSentences(text, words);
  yield;
  return { text, words, sentences, lines: splitLines(text) };
}

const LOWER_CASE = {};

/** The whole text in lower case, made once per analysis for the rules that search it so. */
export function lowerCaseText(analysis: TextAnalysis): string {
  return derivedFrom(analysis, LOWER_CASE, () => analysis.text.toLowerCase());
}

const WORD_INDEX = {};

/**
 * Each distinct lower-case word of the analysis with the indices of its tokens, in text order.
 * Made once per analysis, on first use: rules that look for given words (slot sequences, the
 * existence patterns' first words) share this one pass over the tokens.
 */
export function wordIndex(analysis: TextAnalysis): ReadonlyMap<string, readonly number[]> {
  return derivedFrom(analysis, WORD_INDEX, () => {
    const index = new Map<string, number[]>();
    const { words } = analysis;
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!.lower;
      const list = index.get(word);
      if (list) list.push(i);
      else index.set(word, [i]);
    }
    return index;
  });
}

const LETTERS_AND_DIGITS = /[\p{L}\p{N}]+/gu;
const LETTERS = /\p{L}+/gu;

/** a–z and the Latin-1 letters (æ, ø, å, é …) only: most words, told without a regex. */
function lettersOnly(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7))) return false;
  }
  return true;
}

function isLatin1(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0xff) return false;
  return true;
}

/** Of Latin-1, the letters (\p{L}): a–z, A–Z, ª, µ, º and À–ÿ but × and ÷. */
function isLatin1Letter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c <= 0xff);
}

/** Of Latin-1, the letters and the digits (\p{N}: 0–9, ², ³, ¹, ¼–¾). */
function isLatin1LetterOrDigit(c: number): boolean {
  return isLatin1Letter(c) || (c >= 0x30 && c <= 0x39) || c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe);
}

/**
 * Each maximal run of `inRun` characters of a Latin-1 word, with where it starts in the text; a
 * run that is the whole word is left out (the word's own start is listed under it already).
 */
function addRuns(word: string, start: number, inRun: (c: number) => boolean, add: (run: string, start: number) => void) {
  for (let i = 0; i < word.length; ) {
    if (!inRun(word.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < word.length && inRun(word.charCodeAt(end))) end++;
    if (i > 0 || end < word.length) add(word.slice(i, end), start + i);
    i = end;
  }
}

/** Sorts a list of places in place, each place once. */
function sortDistinct(places: number[]) {
  places.sort((a, b) => a - b);
  let n = 0;
  for (let i = 0; i < places.length; i++) if (i === 0 || places[i] !== places[n - 1]) places[n++] = places[i]!;
  places.length = n;
}

/** Two ascending lists of places as one, each place once. */
function mergeDistinct(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (merged.length === 0 || merged[merged.length - 1] !== next) merged.push(next);
  }
  return merged;
}

const WORD_STARTS = {};

/**
 * Where each word of the text starts, by its lower case, in text order. A token with other
 * characters («ikke-akutte», "www.vi.no", "abc2vi") is also indexed by each run of letters and
 * digits and each run of letters inside it, so a pattern's first word is found wherever a regex
 * scan would find it (pattern-first-words.ts). Read from the word index, each distinct word once;
 * made once per analysis, on first use.
 */
export function wordStarts(analysis: TextAnalysis): ReadonlyMap<string, readonly number[]> {
  return derivedFrom(analysis, WORD_STARTS, () => {
    const { words } = analysis;
    const tokensOf = wordIndex(analysis);
    const byWord = new Map<string, number[]>();
    // forEach, not for…of: destructuring the map's entries made an array per word on every check.
    const mixed: string[] = [];
    tokensOf.forEach((positions, word) => {
      const starts = new Array<number>(positions.length);
      for (let k = 0; k < positions.length; k++) starts[k] = words[positions[k]!]!.start;
      byWord.set(word, starts);
      if (!lettersOnly(word)) mixed.push(word);
    });
    // The runs inside the other tokens. A run usually comes after the starts listed so far and is
    // appended; one that does not (the «bergen» of an address early in the text) leaves its list
    // to be put in order, each start once, after all the runs are added: one sort per such list,
    // not one per start.
    let unordered: Set<number[]> | undefined;
    const add = (word: string, start: number) => {
      const starts = byWord.get(word);
      if (!starts) byWord.set(word, [start]);
      else {
        const last = starts[starts.length - 1]!;
        if (last < start) starts.push(start);
        else if (last !== start) {
          starts.push(start);
          (unordered ??= new Set()).add(starts);
        }
      }
    };
    for (const word of mixed) {
      const latin1 = isLatin1(word);
      for (const position of tokensOf.get(word)!) {
        const token = words[position]!;
        if (latin1) {
          // Read by character class: in Latin-1 a run's lower case is the same run of the token's.
          addRuns(word, token.start, isLatin1LetterOrDigit, add);
          addRuns(word, token.start, isLatin1Letter, add);
          continue;
        }
        for (const runs of [LETTERS_AND_DIGITS, LETTERS]) {
          runs.lastIndex = 0;
          for (let m = runs.exec(token.text); m !== null; m = runs.exec(token.text)) add(m[0].toLowerCase(), token.start + m.index);
        }
      }
    }
    if (unordered) for (const starts of unordered) sortDistinct(starts);
    return byWord;
  });
}

/**
 * The places listed under any of `keys` in `index` (each list ascending), in order and each place
 * once: one list is returned as it is; several are merged («ikke» and «ikke-akutt» can share a start).
 */
export function placesOf(index: ReadonlyMap<string, readonly number[]>, keys: Iterable<string>): readonly number[] {
  let places: readonly number[] | undefined;
  for (const key of keys) {
    const more = index.get(key);
    if (more) places = places ? mergeDistinct(places, more) : more;
  }
  return places ?? [];
}

/**
 * Where any of `words` (lower case) starts, in text order, each place once: where a pattern whose
 * first words they are (pattern-first-words.ts) can match, tried there instead of everywhere.
 */
export function startsOfWords(analysis: TextAnalysis, words: readonly string[]): readonly number[] {
  return placesOf(wordStarts(analysis), words);
}

/** Tokens that count as words for word counts and LIX. */
/** The sentence that holds `offset` (binary search; sentences are in text order). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  const index = binarySearch(sentences, (s) => (offset < s.start ? -1 : offset >= s.end ? 1 : 0));
  return index < 0 ? undefined : sentences[index];
}

export function countsAsWord(token: Token): boolean {
  return COUNTS_AS_WORD[token.kind];
}

/** The first line that has any non-space character, trimmed; undefined for blank text. */
/** A letter's header line above the greeting: «Vår ref.: 2026/41090-2», «Dato: 4. desember 2026», "Our ref.:", "Date:". */
const LETTER_HEADER_LINE =
  /^(?:(?:vår|våre|deres|dykkar|din|our|your)\s+(?:ref\p{L}*|saksnr\p{L}*|dato|date)\.?|dato|date|ref\.?|referanse|reference|saksnr\.?|saksnummer|arkivkode|journalnr\.?|case\s+(?:no|number)\.?)\s*:?\s+\S[^\n]{0,60}$/iu;

/** The first line of the letter itself: the first non-empty line after any reference and date lines above the greeting. */
export function openingLine(analysis: TextAnalysis): Line | undefined {
  let first: Line | undefined;
  for (const line of analysis.lines) {
    const trimmed = trimLine(analysis.text, line);
    if (!trimmed) continue;
    first ??= trimmed;
    if (!LETTER_HEADER_LINE.test(analysis.text.slice(trimmed.start, trimmed.end))) return trimmed;
  }
  return first;
}

export function lastNonEmptyLines(analysis: TextAnalysis, count: number): Line[] {
  const result: Line[] = [];
  for (let i = analysis.lines.length - 1; i >= 0 && result.length < count; i--) {
    const trimmed = trimLine(analysis.text, analysis.lines[i]!);
    if (trimmed) result.unshift(trimmed);
  }
  return result;
}

export function trimLine(text: string, line: Line): Line | undefined {
  let { start, end } = line;
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : undefined;
}
