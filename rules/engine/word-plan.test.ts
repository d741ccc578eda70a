import { describe, expect, it } from 'vitest';
import { analyze } from '../text/analysis.ts';
import { planMatches, wordPlan } from './word-plan.ts';
import { withFastWordStarts } from './word-start.ts';

const SOURCES: Array<[string, string]> = [
  [String.raw`(?<![\p{L}])(?:Mr|Mrs|Ms|herr|fru)\.?\s`, 'gu'],
  [String.raw`(?<![\p{L}])(?:the\s(?:boy|girl)\swho|(?:gutten|jenta)\ssom)\s[^.!?\n]{1,80}?,?\s(?:is|er)\s`, 'giu'],
  [String.raw`(?<![\p{L}])(?:i|in|fra)\s(?:klasse\s\d{1,2}|\d{1,2}[A-Za-z])(?![\p{L}\p{N}])`, 'gu'],
];
const TEXTS = [
  'Mr. Moe og fru Hansen, MR Moe, 5mr. Moe. Gutten som slo deg, er Elias. THE BOY WHO bit Arjun IS Elias.',
  'Jonas i 5B og Kari fra klasse 6. Ei jente i 7C–8D, «i 5B», xi 5B, I 5B. Jenta som ſkreik, er Ida.',
  'Ingen av dem her: bare tekst uten ord som åpner mønstrene.',
];

describe('word plans', () => {
  it('read the first words of a pattern that opens with a word start', () => {
    expect(wordPlan(SOURCES[0]![0], new RegExp(SOURCES[0]![0], 'gu')).firstWords).toEqual(['mr', 'mrs', 'ms', 'herr', 'fru']);
  });

  it('find exactly what a scan of the whole text finds', () => {
    for (const [source, flags] of SOURCES) {
      const plan = wordPlan(source, withFastWordStarts(new RegExp(source, flags)));
      const scan = new RegExp(source, flags);
      for (const text of TEXTS) {
        const expected = [...text.matchAll(scan)].map((m) => [m.index, m[0]]);
        expect(planMatches(plan, text, analyze(text)).map((m) => [m.index, m[0]])).toEqual(expected);
      }
    }
  });
});
