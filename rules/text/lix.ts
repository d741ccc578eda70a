// LIX (Björnsson 1968): words/sentences + 100 · longWords/words, long = more than 6 letters.
// Choices (see docs/engine.md): sentences as split by analysis.ts (a colon counts only when a
// capital letter follows, as in Salling's practice); numbers and abbreviations count as words
// but never as long words; URLs and e-mail addresses are not words.
import type { Metrics } from '../types.ts';
import { countsAsWord, type Sentence, type TextAnalysis, type Token } from './analysis.ts';

const LETTER = /\p{L}/u;

export function isLongWord(token: Token): boolean {
  if (token.kind !== 'word' || token.text.length <= 6) return false;
  return moreThanSixLetters(token.text);
}

/**
 * Counts letters (code points in \p{L}) until the seventh, without the array a global match
 * builds for every word of the reply: ASCII is decided by its code, anything else by the regex.
 */
function moreThanSixLetters(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) letters++;
    } else {
      const next = text.charCodeAt(i + 1);
      const width = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
      if (LETTER.test(text.slice(i, i + width))) letters++;
      i += width - 1;
    }
    if (letters > 6) return true;
  }
  return false;
}

export function lixOf(words: number, sentences: number, longWords: number): number {
  if (words === 0 || sentences === 0) return 0;
  return Math.round((words / sentences + (100 * longWords) / words) * 100) / 100;
}

/** One sentence's LIX: its words plus the share of long words in per cent. */
export function sentenceLix(analysis: TextAnalysis, sentence: Sentence): number {
  let words = 0;
  let longWords = 0;
  for (let k = sentence.firstWord; k < analysis.words.length && analysis.words[k]!.start < sentence.end; k++) {
    const token = analysis.words[k]!;
    if (!countsAsWord(token)) continue;
    words++;
    if (isLongWord(token)) longWords++;
  }
  return lixOf(words, 1, longWords);
}

export function measure(analysis: TextAnalysis): Metrics {
  let words = 0;
  let longWords = 0;
  for (const token of analysis.words) {
    if (!countsAsWord(token)) continue;
    words++;
    if (isLongWord(token)) longWords++;
  }
  const sentences = analysis.sentences.filter((s) => s.wordCount > 0);
  let longestSentenceWords = 0;
  for (const s of sentences) longestSentenceWords = Math.max(longestSentenceWords, s.wordCount);
  return {
    characters: analysis.text.length,
    words,
    sentences: sentences.length,
    longWords,
    lix: lixOf(words, sentences.length, longWords),
    longestSentenceWords,
  };
}
