// `svarhjelp rules train`: trains the tone model from the labelled sentence corpus and writes it
// into rule-set data, where it is shipped, signed and updated like any rule.
//
//   rules train [--corpus DIR] [--add UNIT.jsonl] [--into SET.json] [--seed N]
//
// DIR holds train/*.jsonl (training; thresholds are chosen on out-of-fold validation inside it),
// blind/*.jsonl (measured once, never learnt from) and optionally unit/*.jsonl (a unit's own
// labelled sentences, added to training like --add). Without --into the bundled standard's model
// (rules/standard/models/tone.json) is rewritten; with it, the set's `models` entry "tone".
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_MODEL_WEIGHTS_CHARS } from '../ruleset/schema.ts';
import { deduplicate, parseCorpusLines, type CorpusProblem, type LabelledSentence } from '../tone/corpus.ts';
import type { ModelEvaluation, SentenceModelData } from '../tone/model.ts';
import { DEFAULT_TRAIN_OPTIONS, trainToneModel } from '../tone/train.ts';
import { parseArgs, UsageError } from './args.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_CORPUS_DIR = join(here, '../tone/corpus');
export const BUNDLED_MODEL_FILE = join(here, '../standard/models/tone.json');

const out = (text: string) => process.stdout.write(text.endsWith('\n') ? text : text + '\n');
const err = (text: string) => process.stderr.write(text.endsWith('\n') ? text : text + '\n');

/** Every *.jsonl file of a folder, in name order (missing folder: none). */
export function readCorpusDir(dir: string, problems: CorpusProblem[]): LabelledSentence[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => parseCorpusLines(readFileSync(join(dir, f), 'utf8'), join(dir, f), problems));
}

export interface LoadedCorpus {
  train: LabelledSentence[];
  blind: LabelledSentence[];
  summary: string[];
  /** Which translation group a training sentence's file belongs to (train/translations.json). */
  translationGroupOf: (sentence: LabelledSentence) => string | undefined;
}

/**
 * train/translations.json: lists of file names (without .jsonl) that are translations of each
 * other, e.g. [["writerC-nob01", "writerC-nno01", "writerC-eng01"]]. Missing file: none.
 */
export function readTranslationGroups(dir: string): (sentence: LabelledSentence) => string | undefined {
  const file = join(dir, 'translations.json');
  if (!existsSync(file)) return () => undefined;
  let groups: unknown;
  try {
    groups = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  if (!Array.isArray(groups) || !groups.every((g) => Array.isArray(g) && g.every((name) => typeof name === 'string')))
    throw new UsageError(`${file} must be a list of lists of file names`);
  const groupOfFile = new Map<string, string>();
  (groups as string[][]).forEach((group, i) => group.forEach((name) => groupOfFile.set(name, `translations-${i}`)));
  return (sentence) => groupOfFile.get(basename(sentence.source.replace(/:\d+$/, ''), '.jsonl'));
}

/** Reads and deduplicates: blind first (it stays as written), then training minus blind repeats. */
export function loadCorpus(dir: string, extraFiles: readonly string[] = []): LoadedCorpus {
  const problems: CorpusProblem[] = [];
  const rawBlind = readCorpusDir(join(dir, 'blind'), problems);
  const rawTrain = [
    ...readCorpusDir(join(dir, 'train'), problems),
    ...readCorpusDir(join(dir, 'unit'), problems),
    ...extraFiles.flatMap((file) => {
      if (!existsSync(file)) throw new UsageError(`${file} does not exist`);
      return parseCorpusLines(readFileSync(file, 'utf8'), file, problems);
    }),
  ];
  if (problems.length) {
    const lines = problems.slice(0, 20).map((p) => `  ${p.source}: ${p.message}`);
    throw new UsageError(`the corpus has ${problems.length} bad line(s):\n${lines.join('\n')}`);
  }
  const blind = deduplicate(rawBlind);
  const train = deduplicate(rawTrain, blind.rows);
  const summary = [
    `Blind: ${rawBlind.length} setninger, ${blind.report.exact} like og ${blind.report.near} nesten like fjernet → ${blind.rows.length}.`,
    `Trening: ${rawTrain.length} setninger, ${train.report.exact} like og ${train.report.near} nesten like fjernet, ${train.report.acrossSplits} som gjentok en blind setning fjernet → ${train.rows.length}.`,
  ];
  return { train: train.rows, blind: blind.rows, summary, translationGroupOf: readTranslationGroups(join(dir, 'train')) };
}

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The per-kind, per-language table `rules train` and `rules test` print. */
export function formatEvaluation(evaluation: ModelEvaluation): string[] {
  const lines = [`${evaluation.split}: ${evaluation.sentences} setninger`, '  type            språk  presisjon  treff (recall)  antall'];
  for (const [label, byLang] of Object.entries(evaluation.labels)) {
    for (const [lang, f] of Object.entries(byLang)) {
      if (f.support === 0 && f.flagged === 0) continue;
      lines.push(
        `  ${label.padEnd(15)} ${lang.padEnd(6)} ${percent(f.precision).padStart(9)}  ${percent(f.recall).padStart(14)}  ${String(f.support).padStart(6)}`,
      );
    }
  }
  lines.push(`  falske alarmer: ${evaluation.falseAlarmsPerThousandOk} per 1000 setninger merket «ok»`);
  return lines;
}

export function runTrain(argv: string[]): number {
  const { flags, positionals } = parseArgs(argv, { corpus: true, add: true, into: true, seed: true });
  if (positionals.length)
    throw new UsageError('train takes no FILE (usage: svarhjelp rules train [--corpus DIR] [--add UNIT.jsonl] [--into SET.json] [--seed N])');
  const dir = typeof flags.corpus === 'string' ? flags.corpus : DEFAULT_CORPUS_DIR;
  if (!existsSync(join(dir, 'train'))) throw new UsageError(`${dir} has no train/ folder of *.jsonl files`);
  const seed = typeof flags.seed === 'string' ? Number(flags.seed) : DEFAULT_TRAIN_OPTIONS.seed;
  if (!Number.isInteger(seed) || seed < 0) throw new UsageError('--seed must be a whole number ≥ 0');
  const corpus = loadCorpus(dir, typeof flags.add === 'string' ? [flags.add] : []);
  for (const line of corpus.summary) out(line);
  if (corpus.train.length < 50) throw new UsageError(`too few training sentences (${corpus.train.length}); at least 50 are needed`);
  const started = performance.now();
  const result = trainToneModel(
    corpus.train,
    corpus.blind.length ? corpus.blind : undefined,
    { ...DEFAULT_TRAIN_OPTIONS, seed },
    'tone',
    corpus.translationGroupOf,
  );
  out(`Trent på ${((performance.now() - started) / 1000).toFixed(1)} s. Modellen er ${Math.round(result.sizeBytes / 1024)} KB.`);
  if (result.model.weights.length > MAX_MODEL_WEIGHTS_CHARS)
    throw new UsageError(`the model is too large (${result.model.weights.length} characters of weights; the limit is ${MAX_MODEL_WEIGHTS_CHARS})`);
  for (const line of formatEvaluation(result.validation)) out(line);
  if (result.blind) for (const line of formatEvaluation(result.blind)) out(line);
  else err('Ingen blind/-mappe: modellen er ikke målt på tekst den ikke har sett.');
  writeModel(result.model, typeof flags.into === 'string' ? flags.into : undefined);
  return 0;
}

function writeModel(model: SentenceModelData, into: string | undefined) {
  if (!into) {
    writeFileSync(BUNDLED_MODEL_FILE, JSON.stringify(model, null, 1) + '\n');
    out(`Skrevet: ${BUNDLED_MODEL_FILE}`);
    return;
  }
  let set: { models?: SentenceModelData[] };
  try {
    set = JSON.parse(readFileSync(into, 'utf8')) as typeof set;
  } catch (error) {
    throw new UsageError(`cannot read ${into} as a rule set: ${(error as Error).message}`);
  }
  set.models = [...(set.models ?? []).filter((m) => m.id !== model.id), model];
  writeFileSync(into, JSON.stringify(set, null, 2) + '\n');
  out(`Skrevet: modellen «${model.id}» i ${into}. Kjør «rules test ${into}», og hev versjonen før du signerer.`);
}
