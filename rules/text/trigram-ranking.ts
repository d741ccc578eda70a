// franc's language ranking (francAll), restricted to the languages asked for. franc builds a
// trigram table for each of its ~190 languages when its module loads — tens of milliseconds at
// every start of the service worker, which MV3 restarts after 30 s idle — while Svarhjelp only
// ever ranks the 24 languages it can detect. Here a language's table is built the first time it
// is ranked, from franc's own data. Same algorithm and figures as franc 6 (MIT, Titus Wormer);
// trigram-ranking.test.ts compares the two on the language corpus.
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import { asTuples } from 'trigram-utils';

/** franc's limits: the sample it reads and the penalty of a trigram the language lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

export type LanguageRanking = Array<[language: string, score: number]>;

/** Trigram → rank, per script and language, built on first use. */
const tables = new Map<string, Map<string, number>>();

function trigramTable(script: string, language: string): Map<string, number> {
  const key = `${script}:${language}`;
  let table = tables.get(key);
  if (!table) {
    const model = data[script]![language]!.split('|');
    table = new Map();
    // franc numbers the trigrams from the end: a later duplicate never overwrites an earlier rank.
    for (let weight = model.length - 1; weight >= 0; weight--) table.set(model[weight]!, weight);
    tables.set(key, table);
  }
  return table;
}

function topScript(value: string): [script: string | undefined, share: number] {
  let topShare = -1;
  let top: string | undefined;
  for (const script of Object.keys(expressions)) {
    const count = value.match(expressions[script]!);
    const share = (count ? count.length : 0) / value.length || 0;
    if (share > topShare) {
      topShare = share;
      top = script;
    }
  }
  return [top, topShare];
}

/**
 * The languages of `only` ranked for `value`, best first, scores from 1 down (franc's francAll
 * with `{ only, minLength }`); [['und', 1]] when the text is too short or in none of them.
 */
export function rankLanguages(value: string, only: readonly string[], minLength = 10): LanguageRanking {
  if (!value || value.length < minLength) return [['und', 1]];
  const sample = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(sample);
  if (!script || !(script in data)) {
    if (!script || share === 0 || (only.length > 0 && !only.includes(script))) return [['und', 1]];
    return [[script, 1]];
  }
  const trigrams = asTuples(sample);
  const languages = Object.keys(data[script]!).filter((language) => only.length === 0 || only.includes(language));
  if (languages.length === 0) return [['und', 1]];
  const distances: LanguageRanking = languages.map((language) => {
    const table = trigramTable(script, language);
    let distance = 0;
    for (const [trigram, count] of trigrams) {
      const rank = table.get(trigram);
      distance += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
    return [language, distance];
  });
  distances.sort((a, b) => a[1] - b[1]);
  const min = distances[0]![1];
  const max = sample.length * MAX_DIFFERENCE - min;
  for (const entry of distances) entry[1] = 1 - (entry[1] - min) / max || 0;
  return distances;
}
