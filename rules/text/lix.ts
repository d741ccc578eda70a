// LIX (Björnsson 1968): words/sentences + 100 · longWords/words, long = more than 6 letters.
// Choices (see docs/engine.md): sentences as split by analysis.ts (a colon counts only when a
// capital letter follows, as in Salling's practice); numbers and abbreviations count as words
// but never as long words; URLs and e-mail addresses are not words.
import type { Metrics } from '../types.ts';
import { countsAsWord, type Sentence, type TextAnalysis, type Token } from './analysis.ts';

const LETTER = /\p{L}/gu;

export function isLongWord(token: Token): boolean {
  if (token.kind !== 'word' || token.text.length <= 6) return false;
  return (token.text.match(LETTER)?.length ?? 0) > 6;
}

export function lixOf(words: number, sentences: number, longWords: number): number {
  if (words === 0 || sentences === 0) return 0;
  return Math.round((words / sentences + (100 * longWords) / words) * 100) / 100;
}

export function sentenceLix(analysis: TextAnalysis, sentence: Sentence): number {
  let long = 0;
  let words = 0;
  for (let i = sentence.firstWord; i < analysis.words.length && analysis.words[i]!.start < sentence.end; i++) {
    const token = analysis.words[i]!;
    if (!countsAsWord(token)) continue;
    words++;
    if (isLongWord(token)) long++;
  }
  return lixOf(words, 1, long);
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
