// `rules train` as a manager runs it: a unit's corpus folder and own sentences, written into a
// rule-set file, which `rules test` then accepts and reports the blind figures of.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneTestSet } from '../ruleset/test-fixtures.ts';
import { stanceRows } from '../tone/test-corpus.ts';

const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));
let dir: string;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'rules/cli/main.ts', 'rules', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Long, distinct clauses, so no two sentences are near repeats of each other.
const FILLER = [
  'etter at brevet kom fram til kontoret forrige uke',
  'når det gjelder parkeringsplassen bak rådhuset i sentrum',
  'slik saken om bostøtte for januar står akkurat nå',
  'siden gebyret for renovasjon ble endret i høst',
  'mens byggesaken på Nordnes fortsatt er til vurdering',
  'om skoleplassen til dattera di på Landås skole',
];
const BLIND_FILLER = ['angående søknaden om utvidet skyss for vinteren', 'for søppeldunken som sto igjen ved porten din'];
const jsonl = (rows: Array<{ text: string; label: string }>) => rows.map((r) => JSON.stringify({ ...r, lang: 'nob' })).join('\n') + '\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'svarhjelp-train-cli-'));
  mkdirSync(join(dir, 'corpus/train'), { recursive: true });
  mkdirSync(join(dir, 'corpus/blind'), { recursive: true });
  writeFileSync(join(dir, 'corpus/train/a.jsonl'), jsonl(stanceRows(FILLER.slice(0, 4))));
  writeFileSync(join(dir, 'corpus/blind/b.jsonl'), jsonl(stanceRows(BLIND_FILLER)));
  writeFileSync(join(dir, 'unit.jsonl'), jsonl(stanceRows(FILLER.slice(4))));
  writeFileSync(join(dir, 'set.json'), JSON.stringify(cloneTestSet(), null, 2));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('svarhjelp rules train (CLI)', { timeout: 120_000 }, () => {
  it("trains on the corpus plus the unit's sentences, writes the model into the set, and rules test reports its blind figures", () => {
    const train = cli('train', '--corpus', join(dir, 'corpus'), '--add', join(dir, 'unit.jsonl'), '--into', join(dir, 'set.json'));
    expect(train.code, train.stderr).toBe(0);
    // 56 training and 28 unit sentences (14 stances × 4 and × 2 clauses), 28 blind; none repeats another.
    expect(train.stdout).toMatch(/Trening: 84 setninger, 0 like og 0 nesten like fjernet, 0 som gjentok en blind setning fjernet → 84/);
    expect(train.stdout).toMatch(/blind: 28 setninger/);
    const set = JSON.parse(readFileSync(join(dir, 'set.json'), 'utf8'));
    expect(set.models).toHaveLength(1);
    expect(set.models[0]).toMatchObject({ id: 'tone', kind: 'hashed-ngram-logistic', evaluation: { split: 'blind', sentences: 28 } });

    const test = cli('test', join(dir, 'set.json'));
    expect(test.code, test.stderr).toBe(0);
    expect(test.stdout).toMatch(/Modellen «tone»/);
    expect(test.stdout).toMatch(/deflecting\s+all\s+[\d.]+ %/);
  });

  it('is reproducible: training twice gives the same model', () => {
    const first = readFileSync(join(dir, 'set.json'), 'utf8');
    expect(cli('train', '--corpus', join(dir, 'corpus'), '--add', join(dir, 'unit.jsonl'), '--into', join(dir, 'set.json')).code).toBe(0);
    expect(readFileSync(join(dir, 'set.json'), 'utf8')).toBe(first);
  });

  it('names a bad corpus line and writes nothing', () => {
    writeFileSync(join(dir, 'bad.jsonl'), '{"text":"Hei","label":"rude","lang":"nob"}\n');
    const result = cli('train', '--corpus', join(dir, 'corpus'), '--add', join(dir, 'bad.jsonl'), '--into', join(dir, 'set.json'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bad\.jsonl:1: "label" must be one of/);
  });
});
