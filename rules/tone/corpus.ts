// The labelled sentence corpus: one JSON object per line,
//   {"text": "…", "label": "ok|condescending|…", "lang": "nob|nno|eng", "persona": "…", "hard": false}
// Reading reports every bad line with its number; deduplication drops exact and near repeats
// (same normalised text, or word 1–2-gram Jaccard ≥ 0.7), so a blind split is never a paraphrase
// of a training sentence and no sentence is learnt twice.
import { RULE_LANGUAGES, type RuleLanguage } from '../ids.ts';

export const TONE_KINDS = ['condescending', 'deflecting', 'disparaging', 'dismissive', 'informal'] as const;
export const CORPUS_LABELS = ['ok', ...TONE_KINDS] as const;
export type CorpusLabel = (typeof CORPUS_LABELS)[number];

export interface LabelledSentence {
  text: string;
  label: CorpusLabel;
  lang: RuleLanguage;
  persona?: string;
  hard?: boolean;
  /** File and line it came from, for messages. */
  source: string;
}

export interface CorpusProblem {
  source: string;
  message: string;
}

/** Parses one JSONL file's text; problems are collected, good lines kept. */
export function parseCorpusLines(text: string, file: string, problems: CorpusProblem[]): LabelledSentence[] {
  const rows: LabelledSentence[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const source = `${file}:${i + 1}`;
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      problems.push({ source, message: 'not valid JSON' });
      return;
    }
    const row = value as Record<string, unknown>;
    if (!row || typeof row !== 'object') return void problems.push({ source, message: 'not a JSON object' });
    if (typeof row.text !== 'string' || !row.text.trim()) return void problems.push({ source, message: '"text" must be a non-empty string' });
    if (row.text.length > 1000) return void problems.push({ source, message: '"text" is longer than 1000 characters (one sentence per line)' });
    if (!(CORPUS_LABELS as readonly unknown[]).includes(row.label))
      return void problems.push({ source, message: `"label" must be one of ${CORPUS_LABELS.join(', ')}` });
    if (!(RULE_LANGUAGES as readonly unknown[]).includes(row.lang))
      return void problems.push({ source, message: `"lang" must be one of ${RULE_LANGUAGES.join(', ')}` });
    const sentence: LabelledSentence = { text: row.text.trim(), label: row.label as CorpusLabel, lang: row.lang as RuleLanguage, source };
    if (typeof row.persona === 'string') sentence.persona = row.persona;
    if (typeof row.hard === 'boolean') sentence.hard = row.hard;
    rows.push(sentence);
  });
  return rows;
}

/** Lower case, letters and digits only, single spaces. */
export function normaliseText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function shingles(normalised: string): Set<string> {
  const words = normalised.split(' ').filter(Boolean);
  const set = new Set<string>(words);
  for (let i = 1; i < words.length; i++) set.add(`${words[i - 1]} ${words[i]}`);
  return set;
}

export const NEAR_DUPLICATE_JACCARD = 0.7;

export interface DedupReport {
  kept: number;
  exact: number;
  near: number;
  /** Exact or near repeats of a sentence in a split given earlier (`against`). */
  acrossSplits: number;
}

/**
 * Drops repeats: within `rows` (the first occurrence stays) and of any sentence in `against`
 * (an earlier split that must not be repeated). Deterministic: order in, order out.
 */
export function deduplicate(rows: readonly LabelledSentence[], against: readonly LabelledSentence[] = []): { rows: LabelledSentence[]; report: DedupReport } {
  const report: DedupReport = { kept: 0, exact: 0, near: 0, acrossSplits: 0 };
  const seenText = new Map<string, boolean>();
  // Inverted index over shingles; very common shingles ("du kan") carry no evidence of a repeat.
  const postings = new Map<string, number[]>();
  const sets: Array<Set<string>> = [];
  const fromAgainst: boolean[] = [];
  const add = (set: Set<string>, isAgainst: boolean) => {
    const id = sets.length;
    sets.push(set);
    fromAgainst.push(isAgainst);
    for (const s of set) {
      const list = postings.get(s);
      if (list) list.push(id);
      else postings.set(s, [id]);
    }
  };
  for (const row of against) {
    const norm = normaliseText(row.text);
    seenText.set(norm, true);
    add(shingles(norm), true);
  }
  const kept: LabelledSentence[] = [];
  for (const row of rows) {
    const norm = normaliseText(row.text);
    const earlier = seenText.get(norm);
    if (earlier !== undefined) {
      if (earlier) report.acrossSplits++;
      else report.exact++;
      continue;
    }
    const set = shingles(norm);
    // Candidates share rarer shingles; a repeat (Jaccard ≥ 0.7) shares at least 70 % of this
    // sentence's shingles, and the common ones, not counted here, can make up only so many.
    const shared = new Map<number, number>();
    let common = 0;
    for (const s of set) {
      const list = postings.get(s);
      if (!list) continue;
      if (list.length > 200) {
        common++;
        continue;
      }
      for (const id of list) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    let repeatOf = -1;
    for (const [id, count] of shared) {
      if (count + common < NEAR_DUPLICATE_JACCARD * set.size) continue;
      const other = sets[id]!;
      let both = 0;
      for (const s of set) if (other.has(s)) both++;
      if (both / (set.size + other.size - both) >= NEAR_DUPLICATE_JACCARD) {
        repeatOf = id;
        break;
      }
    }
    if (repeatOf >= 0) {
      if (fromAgainst[repeatOf]) report.acrossSplits++;
      else report.near++;
      continue;
    }
    seenText.set(norm, false);
    add(set, false);
    kept.push(row);
  }
  report.kept = kept.length;
  return { rows: kept, report };
}
