// The CLI contract of DESIGN.md §3, exercised as scripts and reviewers use it: a real process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAIN = join(import.meta.dirname, 'main.ts');
const dir = mkdtempSync(join(tmpdir(), 'svarhjelp-cli-'));

function cli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', MAIN, ...args], { input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Buffer) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('svarhjelp check', () => {
  const reply = 'Hei, Kari!\n\nVedrørende søknaden din: fødselsnummeret 13097248022 er registrert.\n';

  it('--json reports Vedrørende and the fødselsnummer with offsets that cut exactly those words', () => {
    const { code, stdout } = cli(['check', '--json', file('reply.txt', reply)]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.language).toBe('nob');
    expect(result.metrics).toMatchObject({ words: expect.any(Number), sentences: expect.any(Number), lix: expect.any(Number) });
    const cut = result.findings.map((f: { start: number; end: number }) => reply.slice(f.start, f.end));
    expect(cut).toEqual(expect.arrayContaining(['Vedrørende', '13097248022']));
  });

  it('reads stdin with - and exits 0 without findings', () => {
    const { code, stdout } = cli(['check', '--json', '--lang', 'nob', '-'], 'Hei! Takk for meldingen.');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings).toEqual([]);
  });

  it('adds the deadline status with --received and --kind', () => {
    const { stdout } = cli(['check', '--json', '--received', '2026-11-16', '--kind', 'question', '--now', '2026-11-23T10:00:00+01:00', file('d.txt', 'Hei! Du får svar innen fredag.')]);
    const result = JSON.parse(stdout);
    expect(result.deadline.receivedDate).toBe('2026-11-16');
    expect(result.dates[0]).toMatchObject({ date: '2026-11-27', promise: true });
  });

  it.each([
    ['a missing file', ['check', join(dir, 'nope.txt')], /no such file/],
    ['an unknown flag', ['check', '--bogus', 'x'], /unknown option --bogus/],
    ['binary data', ['check', file('bin.dat', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02]))], /binary/],
    ['a bad language', ['check', '--lang', 'swe', 'x'], /--lang must be one of/],
    ['a bad date', ['check', '--received', '16.11.2026', 'x'], /--received must be a date/],
    ['no file', ['check'], /exactly one FILE/],
    ['an unknown command', ['lint'], /unknown command/],
  ])('gives a one-line error and a non-zero exit for %s', (_name, args, message) => {
    const { code, stdout, stderr } = cli(args);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});
