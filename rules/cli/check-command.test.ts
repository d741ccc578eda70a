// The CLI contract of DESIGN.md §3, exercised as scripts and reviewers use it: a real process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
    const { stdout } = cli([
      'check',
      '--json',
      '--received',
      '2026-11-16',
      '--kind',
      'question',
      '--now',
      '2026-11-23T10:00:00+01:00',
      file('d.txt', 'Hei! Du får svar innen fredag.'),
    ]);
    const result = JSON.parse(stdout);
    expect(result.deadline.receivedDate).toBe('2026-11-16');
    expect(result.dates[0]).toMatchObject({ date: '2026-11-27', promise: true });
  });

  it.each([
    ['a missing file', ['check', join(dir, 'nope.txt')], /no such file/],
    ['an unknown flag', ['check', '--bogus', 'x'], /unknown option --bogus/],
    ['binary data', ['check', file('bin.dat', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02]))], /binary/],
    ['a bad language', ['check', '--lang', 'swe', 'x'], /--lang must be one of/],
    ['a bad date', ['check', '--received', '16.11.2026', 'x'], /--received must be an existing date/],
    [
      'a received date that does not exist',
      ['check', '--received', '2026-02-30', file('r1.txt', 'Hei!')],
      /--received must be an existing date YYYY-MM-DD, not 2026-02-30/,
    ],
    ['a --now date that does not exist', ['check', '--now', '2026-02-30', file('r2.txt', 'Hei!')], /--now must be an existing ISO date/],
    ['a --now time that does not exist', ['check', '--now', '2026-11-23T24:30:00+01:00', file('r3.txt', 'Hei!')], /--now must be an existing ISO date/],
    ['a bad kind', ['check', '--kind', 'rant', file('r4.txt', 'Hei!')], /--kind must be one of/],
    ['no file', ['check'], /exactly one FILE/],
    ['an unknown command', ['lint'], /unknown command/],
  ])('gives a one-line error and a non-zero exit for %s', (_name, args, message) => {
    const { code, stdout, stderr } = cli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});

describe('svarhjelp check with a quoted inquiry below the reply', () => {
  const reply = 'Hei Kari,\n\nTakk for at du sa fra. Du får svar innen fredag 27. november.\n\nVennlig hilsen\nOla\n';
  const quote =
    '\n-----Original Message-----\nFra: Kari Nordmann <kari.nordmann@example.no>\nSendt: mandag 16. november 2026 09:12\nTil: Postmottak\nEmne: Klage\n\n' +
    'Vedrørende byggesaken min: jeg klager på vedtaket. Fødselsnummeret mitt er 13097248022. Ring meg på 912 34 567.\n';
  const text = reply + quote;
  const now = '2026-11-23T10:00:00+01:00';

  it("checks only the reply: nothing from the citizen's own message is reported", () => {
    const { code, stdout } = cli(['check', '--json', '--now', now, file('quoted.txt', text)]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    for (const f of result.findings) expect(f.end, `${f.ruleId} at ${f.start}`).toBeLessThanOrEqual(reply.length);
    const cut = result.findings.map((f: { start: number; end: number }) => text.slice(f.start, f.end));
    expect(cut).not.toContain('Vedrørende');
    expect(cut).not.toContain('13097248022');
    expect(cut).not.toContain('kari.nordmann@example.no');
  });

  it('reports what it took as the inquiry, and uses its received date for the deadline', () => {
    const result = JSON.parse(cli(['check', '--json', '--now', now, file('quoted2.txt', text)]).stdout);
    expect(result.inquiry).toEqual({
      quoteStart: text.indexOf('-----Original'),
      sender: { name: 'Kari Nordmann', email: 'kari.nordmann@example.no' },
      received: '2026-11-16T09:12:00',
      kind: 'complaint',
      language: 'nob',
      // A complaint that asks nothing: no question to answer.
      questions: [],
    });
    expect(result.deadline.receivedDate).toBe('2026-11-16');
  });

  it('lets --received and --kind override the quote header', () => {
    const result = JSON.parse(cli(['check', '--json', '--now', now, '--received', '2026-11-20', '--kind', 'question', file('quoted3.txt', text)]).stdout);
    expect(result.inquiry).toMatchObject({ received: '2026-11-20', kind: 'question' });
    expect(result.deadline.receivedDate).toBe('2026-11-20');
  });

  it('splits an "On … wrote:" quote with "> " lines and names the quote in the text output', () => {
    const mail =
      'Hi Maria,\n\nYes, you can apply until 1 December.\n\nKind regards,\nOla\n\nOn Mon, 16 Nov 2026 at 09:12, Maria Lopez <maria@example.com> wrote:\n> Vedrørende søknaden: fødselsnummer 13097248022.\n';
    const { code, stdout } = cli(['check', '--now', now, file('gmail.txt', mail)]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Språk: eng/);
    expect(stdout).toMatch(/Henvendelse: sitat fra linje 8 \(ikke sjekket\) · fra Maria Lopez <maria@example\.com> · mottatt 2026-11-16T09:12:00/);
    expect(stdout).not.toMatch(/fodselsnummer|vedrorende/);
  });

  it('gives no inquiry for a reply without a quote and without flags', () => {
    const result = JSON.parse(cli(['check', '--json', file('plain.txt', reply)]).stdout);
    expect(result.inquiry).toBeUndefined();
  });
});

describe("svarhjelp check: the inquiry's questions", () => {
  const now = '2026-12-04T10:00:00+01:00';

  it('reports each question with offsets into the input, answered or not, and where the reply answers it', () => {
    const reply = 'Hei Kari,\n\nParkeringskortet koster 450 kroner i året. Du får svar på søknaden innen fredag 11. desember.\n\nVennlig hilsen\nOla\n';
    const quote =
      '\nOn Mon, 30 Nov 2026 at 09:12, Kari Nordmann <kari@example.no> wrote:\n> Hei,\n> Når får jeg svar på søknaden, og hva koster\n> parkeringskortet? Kan jeg parkere i sone B mens jeg venter?\n> Er det virkelig for mye å be om et svar?\n> Kari\n';
    const text = reply + quote;
    const { code, stdout } = cli(['check', '--json', '--now', now, file('questions.txt', text)]);
    expect(code).toBe(0);
    const questions = JSON.parse(stdout).inquiry.questions as Array<{
      start: number;
      end: number;
      text: string;
      answered: boolean;
      answer?: { start: number; end: number };
    }>;
    // The offsets cut the question out of the file as written, "> " of a wrapped line included.
    expect(questions.map((q) => text.slice(q.start, q.end))).toEqual([
      'Når får jeg svar på søknaden',
      'hva koster\n> parkeringskortet?',
      'Kan jeg parkere i sone B mens jeg venter?',
    ]);
    expect(questions.map((q) => q.text)).toEqual(['Når får jeg svar på søknaden', 'hva koster parkeringskortet?', 'Kan jeg parkere i sone B mens jeg venter?']);
    expect(questions.map((q) => q.answered)).toEqual([true, true, false]);
    expect(text.slice(questions[0]!.answer!.start, questions[0]!.answer!.end)).toBe('Du får svar på søknaden innen fredag 11. desember.');
    expect(text.slice(questions[1]!.answer!.start, questions[1]!.answer!.end)).toBe('Parkeringskortet koster 450 kroner i året.');
    expect(questions[2]!.answer).toBeUndefined();
    // The open question is a finding in the reply, under its sub-goal.
    const findings = JSON.parse(stdout).findings as Array<{ ruleId: string; end: number; message: string }>;
    const open = findings.filter((f) => f.ruleId === 'sporsmal.ubesvart');
    expect(open).toHaveLength(1);
    expect(open[0]!.message).toContain('«Kan jeg parkere i sone B mens jeg venter?»');
    expect(open[0]!.end).toBeLessThanOrEqual(reply.length);
  }, 20_000);
});

describe('svarhjelp check offsets', () => {
  it('counts a byte-order mark, so offsets cut the findings out of the file as Node and Python read it', () => {
    const body = 'Vedrørende søknaden din: fødselsnummer 13097248022.\n';
    const path = file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]));
    const result = JSON.parse(cli(['check', '--json', path]).stdout);
    const asRead = readFileSync(path, 'utf8');
    expect(asRead.charCodeAt(0)).toBe(0xfeff);
    const cut = result.findings.map((f: { start: number; end: number }) => asRead.slice(f.start, f.end));
    expect(cut).toEqual(expect.arrayContaining(['Vedrørende', '13097248022']));
    expect(result.findings.find((f: { ruleId: string }) => f.ruleId === 'klarsprak.vedrorende').start).toBe(1);
  });
});
