// Runs the real CLI (node --experimental-strip-types rules/cli/main.ts) the way managers do.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../ruleset/signing.ts';
import { cloneTestSet, ruleById } from '../ruleset/test-fixtures.ts';
import type { ExistenceRule } from '../ruleset/types.ts';

const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));
let dir: string;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'rules/cli/main.ts', 'rules', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const path = (name: string) => join(dir, name);
const write = (name: string, value: unknown) => writeFileSync(path(name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'svarhjelp-rules-cli-'));
  write('set.json', cloneTestSet());
  const v2 = cloneTestSet();
  v2.version = '1.1.0';
  ruleById(v2, 'klarsprak.samt').enabled = false;
  ruleById(v2, 'klarsprak.herved').severity = 'warning';
  write('v2.json', v2);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('svarhjelp rules (CLI)', { timeout: 60_000 }, () => {
  it('keygen → sign → verify round trip', () => {
    const keygen = cli('keygen', '--out', path('keys'));
    expect(keygen.code, keygen.stderr).toBe(0);
    expect(keygen.stdout).toMatch(/kid [A-Za-z0-9_-]{43}/);
    expect(cli('keygen', '--out', path('keys')).code).toBe(2); // never overwrites a key

    const sign = cli('sign', path('set.json'), '--key', path('keys/ruleset-private.jwk'), '--out', path('set.jws'));
    expect(sign.code, sign.stderr).toBe(0);
    const jws = readFileSync(path('set.jws'), 'utf8').trim();
    expect(jws.split('.')).toHaveLength(3);

    const verify = cli('verify', path('set.jws'), '--key', path('keys/ruleset-public.jwk'));
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/^Gyldig signatur .*test\.felles-servicestandard 1\.0\.0/);
  });

  it('verify fails on a tampered file and on an unknown key', () => {
    cli('keygen', '--out', path('other'));
    const jws = readFileSync(path('set.jws'), 'utf8').trim().split('.');
    const v9 = cloneTestSet();
    v9.version = '9.0.0';
    write('tampered.jws', `${jws[0]}.${Buffer.from(canonicalJson(v9)).toString('base64url')}.${jws[2]}`);
    const tampered = cli('verify', path('tampered.jws'), '--key', path('keys/ruleset-public.jwk'));
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toMatch(/Signaturen stemmer ikke/);
    const unknown = cli('verify', path('set.jws'), '--key', path('other/ruleset-public.jwk'));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/ukjent nøkkel/);
    // Several keys: one of them matches.
    expect(cli('verify', path('set.jws'), '--key', path('other/ruleset-public.jwk'), '--key', path('keys/ruleset-public.jwk')).code).toBe(0);
  });

  it('validate lists every problem with its path', () => {
    const rs = cloneTestSet() as unknown as Record<string, any>;
    rs.version = 'v2';
    rs.rules[3].severity = 'high';
    (ruleById(rs as never, 'frist.vag-tid') as ExistenceRule).patterns = ['(a+)+$'];
    write('invalid.json', rs);
    const r = cli('validate', path('invalid.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/ikke godkjent \(feil i oppbygningen\), 2 problemer/);
    expect(r.stderr).toContain('version: må være en versjon på formen 1.2.3');
    expect(r.stderr).toMatch(/rules\[3\]\.severity: ugyldig verdi "high"/);

    rs.version = '2.0.0';
    rs.rules[3].severity = 'warning';
    write('unsafe.json', rs);
    const unsafe = cli('validate', path('unsafe.json'));
    expect(unsafe.code).toBe(1);
    expect(unsafe.stderr).toMatch(/rules\[\d+\]\.patterns\[0\]: farlig regulært uttrykk/);

    const ok = cli('validate', path('set.json'));
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^OK: test\.felles-servicestandard 1\.0\.0/);
  });

  it('validate refuses a message with a fixed weekday and date, naming the rule', () => {
    const rs = cloneTestSet();
    ruleById(rs, 'frist.vag-tid').message.nb = 'Skriv en konkret dato, for eksempel «innen fredag 4. desember».';
    write('stale-date.json', rs);
    const r = cli('validate', path('stale-date.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/rules\[\d+\]\.message\.nb: Regelen «frist\.vag-tid» har en fast dato i teksten \(«fredag 4\. desember»\)/);
  });

  it('test shows expected vs got for each failing example and exits 1', () => {
    const rs = cloneTestSet();
    ruleById(rs, 'klarsprak.samt').examples.good.push('Du får brevet samt vedlegget.');
    write('failing.json', rs);
    const r = cli('test', path('failing.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('✗ klarsprak.samt – eksempel som ikke skal gi funn');
    expect(r.stderr).toContain('forventet: Du får brevet samt vedlegget.   (ingen funn)');
    expect(r.stderr).toContain('fikk:      Du får brevet [[samt]] vedlegget.');
    expect(r.stderr).toMatch(/1 eksempel feiler/);
    expect(cli('test', path('set.json')).code).toBe(0);
    // sign refuses a set whose examples fail
    const sign = cli('sign', path('failing.json'), '--key', path('keys/ruleset-private.jwk'));
    expect(sign.code).toBe(1);
    expect(sign.stderr).toMatch(/Ikke signert/);
  });

  it('templates: validate names an unknown placeholder, test refuses a template with findings, sign and verify carry them', () => {
    const template = {
      id: 'kvittering',
      title: { nb: 'Kvittering', nn: 'Kvittering', en: 'Receipt' },
      kinds: ['question'],
      subgoals: ['palitelig.forutsigbar'],
    };
    write('tpl-unknown.json', {
      ...cloneTestSet(),
      templates: [{ ...template, text: { nb: 'Hei {navn}!', nn: 'Hei {citizenName}!', en: 'Dear {citizenName},' } }],
    });
    const unknown = cli('validate', path('tpl-unknown.json'));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('templates[0].text.nb: ukjent plassholder «{navn}» i malen «kvittering»');

    write('tpl-flagged.json', {
      ...cloneTestSet(),
      templates: [
        {
          ...template,
          text: { nb: 'Vi skriver vedrørende saken, {citizenName}.', nn: 'Takk for brevet, {citizenName}.', en: 'Thank you for the letter, {citizenName}.' },
        },
      ],
    });
    const flagged = cli('test', path('tpl-flagged.json'));
    expect(flagged.code).toBe(1);
    expect(flagged.stderr).toContain('✗ mal kvittering, text.nb: malen gir funn av regelen klarsprak.vedrorende (suggestion) på «vedrørende»');

    write('tpl-ok.json', {
      ...cloneTestSet(),
      templates: [
        { ...template, text: { nb: 'Takk for brevet, {citizenName}.', nn: 'Takk for brevet, {citizenName}.', en: 'Thank you for the letter, {citizenName}.' } },
      ],
    });
    const ok = cli('test', path('tpl-ok.json'));
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('1 svarmal (3 språkversjoner), 0 funn i dem');
    const sign = cli('sign', path('tpl-ok.json'), '--key', path('keys/ruleset-private.jwk'), '--out', path('tpl-ok.jws'));
    expect(sign.code, sign.stderr).toBe(0);
    const payload = JSON.parse(Buffer.from(readFileSync(path('tpl-ok.jws'), 'utf8').trim().split('.')[1]!, 'base64url').toString('utf8'));
    expect(payload.templates[0].text.nb).toBe('Takk for brevet, {citizenName}.');
    expect(cli('verify', path('tpl-ok.jws'), '--key', path('keys/ruleset-public.jwk')).code).toBe(0);
    expect(cli('diff', path('tpl-ok.json'), path('tpl-ok.jws')).stdout).toContain('Ingen endringer.');
    expect(cli('diff', path('set.json'), path('tpl-ok.jws')).stdout).toContain('- Ny svarmal «Kvittering» (for spørsmål).');
  });

  it('diff describes the changes in Norwegian', () => {
    const r = cli('diff', path('set.json'), path('v2.json'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Versjon 1.0.0 → 1.1.0.');
    expect(r.stdout).toContain('Regelen «klarsprak.samt» er slått av.');
    expect(r.stdout).toContain('alvorlighetsgrad endret fra forslag til advarsel');
  });

  it('merge applies a unit overlay', () => {
    write('overlay.json', { overlayVersion: 1, unit: 'servicetorget', base: 'test.felles-servicestandard', rules: { 'klarsprak.samt': { enabled: false } } });
    const r = cli('merge', path('set.json'), path('overlay.json'), '--out', path('merged.json'));
    expect(r.code, r.stderr).toBe(0);
    const merged = JSON.parse(readFileSync(path('merged.json'), 'utf8'));
    expect(merged.name).toContain('servicetorget');
    // Its own identity, so installations never take the unit's set for an old standard.
    expect(merged).toMatchObject({
      id: 'test.felles-servicestandard+servicetorget',
      version: '1.0.0',
      basedOn: { id: 'test.felles-servicestandard', version: '1.0.0' },
    });
    expect(r.stderr).toContain('test.felles-servicestandard+servicetorget 1.0.0');
  });

  it('gives one-line errors and exit 2 for bad usage and input', () => {
    write('not-json.json', '<html>hei</html>');
    write('big.json', '{"x":"' + 'a'.repeat(3 * 1024 * 1024) + '"}');
    const cases: Array<[string[], RegExp]> = [
      [['frobnicate'], /unknown rules command «frobnicate»/],
      [['validate'], /needs exactly one FILE/],
      [['validate', path('missing.json')], /no such file/],
      [['validate', path('set.json'), '--bogus'], /unknown option --bogus/],
      [['sign', path('set.json')], /sign needs --key/],
      [['sign', path('set.json'), '--key', path('keys/ruleset-public.jwk')], /is not a private key/],
      [['verify', path('set.jws')], /verify needs --key/],
      [['verify', path('set.jws'), '--key', path('keys/ruleset-private.jwk')], /ruleset-private\.jwk is a PRIVATE key .*give the public key/],
      [['validate', path('set.jws')], /is a signed file/],
      [['validate', path('big.json')], /too large/],
      [['diff', path('set.json')], /diff needs OLD and NEW/],
    ];
    for (const [args, message] of cases) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
    const notJson = cli('validate', path('not-json.json'));
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/ikke gyldig JSON/);
  });
});
