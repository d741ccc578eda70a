// The updater against hostile and broken input: every failure leaves the previous set active
// and says why in the status. fetch is mocked; storage is the fake browser's.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JWK } from 'jose';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { canonicalJson, generateRuleSetKeys, signRuleSet } from '../../rules/ruleset/signing.ts';
import { applyOverlay } from '../../rules/ruleset/layering.ts';
import { cloneTestSet, ruleById, TEST_SET_ID } from '../../rules/ruleset/test-fixtures.ts';
import type { ExistenceRule, RuleSet } from '../../rules/ruleset/types.ts';
import { createEngineHost } from './engine-host.ts';
import { activeEngine, createRuleSetUpdater, ensureRefreshAlarm, REFRESH_ALARM, type UpdaterDeps } from './ruleset-updater.ts';
import { ACTIVE_RULE_SET_KEY, PILOT_SETTINGS_KEY, RULE_SET_STATUS_KEY } from '../shared/storage-items.ts';
import { shownProblem } from '../../rules/ruleset/problems.ts';

/** The status's error as the options page words it in bokmål. */
const errorText = (status: { lastError?: Parameters<typeof shownProblem>[0] }) =>
  status.lastError === undefined ? undefined : shownProblem(status.lastError, 'nb');

const URL_ = 'https://regler.example.no/svarhjelp/regelsett.jws';
let keys: { privateJwk: JWK; publicJwk: JWK; kid: string };
let stranger: { privateJwk: JWK; publicJwk: JWK; kid: string };

function version(v: string, mutate?: (rs: RuleSet) => void): RuleSet {
  const rs = cloneTestSet();
  rs.version = v;
  mutate?.(rs);
  return rs;
}

type Responder = (url: string, init: RequestInit) => Response | Promise<Response>;

function makeUpdater(respond: Responder, extra: Partial<UpdaterDeps> = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => respond(String(input), init ?? {}));
  const updater = createRuleSetUpdater({
    local: fakeBrowser.storage.local,
    managed: fakeBrowser.storage.managed,
    fetch: fetchMock as unknown as typeof fetch,
    now: () => new Date('2026-11-23T10:00:00Z'),
    bundled: cloneTestSet(),
    log: () => {},
    ...extra,
  });
  return { updater, fetchMock };
}

const jwsResponse = (jws: string, etag = '"v"') => new Response(jws, { status: 200, headers: { ETag: etag, 'Content-Type': 'application/jose' } });

async function pilot(url = URL_, trusted: JWK[] = [keys.publicJwk]) {
  await fakeBrowser.storage.local.set({ [PILOT_SETTINGS_KEY]: { ruleSetUrl: url, trustedKeys: trusted.map((k) => JSON.stringify(k)) } });
}

/** Installs v1.1.0 as the active remote set and returns a fresh updater bound to `next`. */
async function withActiveV11(next: Responder, extra: Partial<UpdaterDeps> = {}) {
  await pilot();
  const v11 = await signRuleSet(version('1.1.0'), keys.privateJwk);
  const first = makeUpdater(() => jwsResponse(v11, '"v11"'), extra);
  expect((await first.updater.refresh()).lastResult).toBe('updated');
  // A new updater = a restarted service worker: it must load v1.1.0 from storage.
  return makeUpdater(next, extra);
}

async function expectStillV11(updater: ReturnType<typeof createRuleSetUpdater>, error: RegExp) {
  const status = await updater.refresh();
  expect(status.lastResult).toBe('failed');
  expect(errorText(status)).toMatch(error);
  expect(status.active).toMatchObject({ version: '1.1.0', source: 'remote' });
  expect((await updater.getActiveRuleSet()).ruleSet.version).toBe('1.1.0');
  const stored = await fakeBrowser.storage.local.get([RULE_SET_STATUS_KEY, ACTIVE_RULE_SET_KEY]);
  expect((stored[RULE_SET_STATUS_KEY] as { lastError?: unknown }).lastError).toEqual(status.lastError);
  return status;
}

beforeAll(async () => {
  keys = await generateRuleSetKeys();
  stranger = await generateRuleSetKeys();
});
beforeEach(() => fakeBrowser.reset());

describe('rule-set updater', { timeout: 30_000 }, () => {
  it('uses the bundled set when nothing is configured', async () => {
    const { updater, fetchMock } = makeUpdater(() => new Response('nope'));
    const status = await updater.refresh();
    expect(status.lastResult).toBe('not-configured');
    expect(status.active).toMatchObject({ id: TEST_SET_ID, version: '1.0.0', source: 'bundled' });
    expect(status.config.source).toBe('none');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('fetches, verifies, accepts and switches; a restarted worker loads the stored set', async () => {
    await pilot();
    const v11 = await signRuleSet(
      version('1.1.0', (rs) => (ruleById(rs, 'klarsprak.samt').enabled = false)),
      keys.privateJwk,
    );
    const { updater, fetchMock } = makeUpdater(() => jwsResponse(v11, '"abc"'));
    const status = await updater.refresh();
    expect(status).toMatchObject({
      lastResult: 'updated',
      lastCheck: '2026-11-23T10:00:00.000Z',
      active: { version: '1.1.0', source: 'remote', kid: keys.kid, url: URL_ },
    });
    expect(status.lastError).toBeUndefined();
    expect(fetchMock.mock.calls[0]![1]).toMatchObject({ cache: 'no-cache', credentials: 'omit', headers: {} });
    expect((fetchMock.mock.calls[0]![1] as RequestInit).signal).toBeInstanceOf(AbortSignal);
    const stored = (await fakeBrowser.storage.local.get(ACTIVE_RULE_SET_KEY))[ACTIVE_RULE_SET_KEY];
    expect(stored).toMatchObject({ jws: v11, etag: '"abc"', kid: keys.kid });

    const restarted = makeUpdater(() => new Response('', { status: 500 })).updater;
    const compiled = await restarted.getActiveRuleSet();
    expect(compiled.ruleSet.version).toBe('1.1.0');
    expect(compiled.rules.some((r) => r.rule.id === 'klarsprak.samt')).toBe(false);
  });

  it('sends If-None-Match and treats 304 as unchanged without reading or parsing a body', async () => {
    let bodyTouched = false;
    const notModified = {
      status: 304,
      ok: false,
      headers: new Headers(),
      get body() {
        bodyTouched = true;
        return null;
      },
      text: () => {
        bodyTouched = true;
        return Promise.resolve('');
      },
    } as unknown as Response;
    const { updater, fetchMock } = await withActiveV11(() => notModified);
    const before = (await fakeBrowser.storage.local.get(ACTIVE_RULE_SET_KEY))[ACTIVE_RULE_SET_KEY];
    const status = await updater.refresh();
    expect(status).toMatchObject({ lastResult: 'unchanged', lastSuccess: '2026-11-23T10:00:00.000Z', active: { version: '1.1.0' } });
    expect(fetchMock.mock.calls[0]![1]).toMatchObject({ cache: 'no-store', headers: { 'If-None-Match': '"v11"' } });
    expect(bodyTouched).toBe(false);
    expect((await fakeBrowser.storage.local.get(ACTIVE_RULE_SET_KEY))[ACTIVE_RULE_SET_KEY]).toEqual(before);
  });

  it('rejects a bad signature (tampered payload)', async () => {
    const v2 = await signRuleSet(version('2.0.0'), keys.privateJwk);
    const [h, , s] = v2.split('.');
    const tampered = `${h}.${Buffer.from(canonicalJson(version('3.0.0'))).toString('base64url')}.${s}`;
    const { updater } = await withActiveV11(() => jwsResponse(tampered));
    await expectStillV11(updater, /Signaturen stemmer ikke/);
  });

  it('rejects a set signed with an unknown key', async () => {
    const v2 = await signRuleSet(version('2.0.0'), stranger.privateJwk);
    const { updater } = await withActiveV11(() => jwsResponse(v2));
    await expectStillV11(updater, /ukjent nøkkel/);
  });

  it('refuses an older version, and accepts it when policy allows downgrades', async () => {
    const older = await signRuleSet(version('1.0.5'), keys.privateJwk);
    const { updater } = await withActiveV11(() => jwsResponse(older, '"old"'));
    await expectStillV11(updater, /Versjon 1\.0\.5 er eldre enn den aktive versjonen 1\.1\.0/);
    await fakeBrowser.storage.managed.set({ allowDowngrade: true });
    const status = await updater.refresh();
    expect(status).toMatchObject({ lastResult: 'updated', active: { version: '1.0.5' } });
  });

  it('a unit set stays active when an extension update bundles a newer standard, and is not refused as older', async () => {
    await pilot();
    const merged = applyOverlay(version('1.1.0'), {
      overlayVersion: 1,
      unit: 'servicetorget',
      base: TEST_SET_ID,
      rules: { 'klarsprak.samt': { enabled: false } },
    });
    if (!merged.ok) throw new Error('overlay failed');
    // One merged the new way (own id) and one merged before (the standard's id, an older version).
    const legacy = { ...merged.ruleSet, id: TEST_SET_ID, basedOn: undefined };
    for (const unitSet of [merged.ruleSet, legacy]) {
      fakeBrowser.reset();
      await pilot();
      const jws = await signRuleSet(unitSet, keys.privateJwk);
      expect((await makeUpdater(() => jwsResponse(jws, '"unit"')).updater.refresh()).lastResult).toBe('updated');
      // The extension is updated and now bundles standard 2.0.0; the worker restarts.
      const { updater } = makeUpdater(() => jwsResponse(jws, '"unit"'), { bundled: version('2.0.0') });
      expect((await updater.getActiveRuleSet()).ruleSet).toMatchObject({ id: unitSet.id, version: '1.1.0' });
      const status = await updater.refresh();
      expect(status, unitSet.id).toMatchObject({ lastResult: 'unchanged', active: { id: unitSet.id, version: '1.1.0', source: 'remote' } });
      expect(status.lastError).toBeUndefined();
      expect((await updater.getActiveRuleSet()).rules.some((r) => r.rule.id === 'klarsprak.samt')).toBe(false);
    }
  });

  it('a stored set that no longer compiles with this engine gives way to the bundled set, with a status', async () => {
    const { id: _id, kind: _kind, words: _words, ...common } = ruleById(cloneTestSet(), 'frist.vag-tid') as ExistenceRule;
    const retired = version('1.1.0', (rs) => rs.rules.push({ ...common, id: 'x.retired', kind: 'detector', detector: 'retired-detector' }));
    await fakeBrowser.storage.local.set({
      [ACTIVE_RULE_SET_KEY]: { jws: await signRuleSet(retired, keys.privateJwk), url: URL_, kid: keys.kid, acceptedAt: '2026-11-01T00:00:00Z' },
    });
    const { updater } = makeUpdater(() => new Response(''));
    expect((await updater.getActiveRuleSet()).ruleSet.version).toBe('1.0.0');
    const status = await updater.getStatus();
    expect(status.active.source).toBe('bundled');
    expect(errorText(status)).toMatch(/kan ikke brukes med denne versjonen av Svarhjelp.*ukjent innebygd detektor «retired-detector»/);
  });

  it('refuses the same version with different content, but takes the same content re-signed with a new key', async () => {
    const changed = await signRuleSet(
      version('1.1.0', (rs) => (ruleById(rs, 'klarsprak.samt').severity = 'critical')),
      keys.privateJwk,
    );
    const { updater } = await withActiveV11(() => jwsResponse(changed, '"changed"'));
    await expectStillV11(updater, /samme versjon \(1\.1\.0\) som det aktive, men annet innhold/);
    expect((await updater.getActiveRuleSet()).ruleSet.rules.find((r) => r.id === 'klarsprak.samt')!.severity).not.toBe('critical');

    // Key rotation: the very same set signed with the next key is fine.
    await pilot(URL_, [keys.publicJwk, stranger.publicJwk]);
    const resigned = await signRuleSet(version('1.1.0'), stranger.privateJwk);
    const rotated = makeUpdater(() => jwsResponse(resigned, '"resigned"')).updater;
    expect(await rotated.refresh()).toMatchObject({ lastResult: 'updated', active: { version: '1.1.0', kid: stranger.kid } });
  });

  it('an old signed set with another id cannot be replayed from the same address; a later one or a new address can switch', async () => {
    const oldOther = await signRuleSet(
      version('9.0.0', (rs) => ((rs.id = 'annet.sett'), (rs.publishedAt = '2025-01-01T00:00:00Z'))),
      keys.privateJwk,
    );
    const replay = await withActiveV11(() => jwsResponse(oldOther, '"old-other"'));
    await expectStillV11(replay.updater, /«annet\.sett» \(publisert 2025-01-01T00:00:00Z\) er ikke nyere enn det aktive/);

    const later = await signRuleSet(
      version('1.0.0', (rs) => ((rs.id = 'annet.sett'), (rs.publishedAt = '2027-01-01T00:00:00Z'))),
      keys.privateJwk,
    );
    expect(await makeUpdater(() => jwsResponse(later, '"later"')).updater.refresh()).toMatchObject({
      lastResult: 'updated',
      active: { id: 'annet.sett', version: '1.0.0' },
    });

    // Configured to another address: a deliberate switch, whatever the publication date.
    fakeBrowser.reset();
    await withActiveV11(() => new Response(null, { status: 304 }));
    await pilot('https://andre.example.no/sett.jws');
    expect(await makeUpdater(() => jwsResponse(oldOther, '"elsewhere"')).updater.refresh()).toMatchObject({
      lastResult: 'updated',
      active: { id: 'annet.sett' },
    });

    // And policy allowDowngrade lifts the refusal at the same address.
    fakeBrowser.reset();
    await withActiveV11(() => new Response(null, { status: 304 }));
    await fakeBrowser.storage.managed.set({ allowDowngrade: true });
    expect(await makeUpdater(() => jwsResponse(oldOther, '"old-other"')).updater.refresh()).toMatchObject({
      lastResult: 'updated',
      active: { id: 'annet.sett' },
    });
  });

  it('a published set replaces the bundled default whatever their versions', async () => {
    await pilot();
    const published = await signRuleSet(version('0.9.0'), keys.privateJwk);
    const { updater } = makeUpdater(() => jwsResponse(published), { bundled: version('3.0.0') });
    expect(await updater.refresh()).toMatchObject({ lastResult: 'updated', active: { version: '0.9.0', source: 'remote' } });
  });

  it('rejects schema errors, with paths', async () => {
    const broken = version('2.0.0') as unknown as Record<string, any>;
    broken.rules[0].severity = 'enorm';
    delete broken.publisher;
    const { updater } = await withActiveV11(async () => jwsResponse(await signRuleSet(broken, keys.privateJwk)));
    const status = await expectStillV11(updater, /Regelsettet ble avvist \(2 problemer\)/);
    expect(errorText(status)).toMatch(/publisher: mangler feltet «publisher»/);
    expect(errorText(status)).toMatch(/rules\[0\]\.severity: ugyldig verdi "enorm"/);
  });

  it('rejects a set whose own examples fail', async () => {
    const failing = version('2.0.0', (rs) => ruleById(rs, 'klarsprak.samt').examples.good.push('Brevet samt vedlegget.'));
    const { updater } = await withActiveV11(async () => jwsResponse(await signRuleSet(failing, keys.privateJwk)));
    await expectStillV11(updater, /klarsprak\.samt.*ventet ingen funn/);
  });

  it('rejects a catastrophic-backtracking regex', async () => {
    const evil = version('2.0.0', (rs) => ((ruleById(rs, 'frist.vag-tid') as ExistenceRule).patterns = ['(a+)+$']));
    const { updater } = await withActiveV11(async () => jwsResponse(await signRuleSet(evil, keys.privateJwk)));
    await expectStillV11(updater, /farlig regulært uttrykk/);
  });

  it('rejects a 10 MB document without reading it all (declared and undeclared length)', async () => {
    const huge = 'a'.repeat(10 * 1024 * 1024);
    const declared = await withActiveV11(() => new Response(huge, { headers: { 'Content-Length': String(huge.length) } }));
    await expectStillV11(declared.updater, /for stor/);
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(97);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        if (pulled > 10 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const streamed = makeUpdater(() => new Response(stream));
    await expectStillV11(streamed.updater, /for stor/);
    expect(pulled).toBeLessThan(4 * 1024 * 1024);
  });

  it('keeps the set on 404, 500, a timeout, a network error and non-JSON', async () => {
    const cases: Array<[Responder, RegExp]> = [
      [() => new Response('Not Found', { status: 404 }), /Fant ikke regelsettet.*HTTP 404/],
      [() => new Response('oops', { status: 500 }), /Serveren for regelsettet har en feil \(HTTP 500\)/],
      [
        (_url, init) => new Promise<Response>((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason))),
        /Tidsavbrudd: serveren svarte ikke innen/,
      ],
      [() => Promise.reject(new TypeError('Failed to fetch')), /Fikk ikke kontakt med serveren/],
      [() => new Response('<!doctype html><h1>Velkommen</h1>', { status: 200 }), /ikke en signert regelsettfil/],
      [() => new Response('{"schemaVersion":1}', { status: 200 }), /ikke en signert regelsettfil/],
    ];
    await withActiveV11(() => new Response(null, { status: 304 }));
    for (const [respond, error] of cases) {
      const { updater } = makeUpdater(respond, { timeoutMs: 50 });
      await expectStillV11(updater, error);
    }
  });

  it('a server that sends the headers and then stalls gets the timeout status (real fetch, local server)', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/jose' });
      res.write('eyJhbGciOiJFUzI1NiJ9.'); // … and never another byte
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const stalledUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/regelsett.jws`;
      await withActiveV11(() => new Response(null, { status: 304 }));
      await pilot(stalledUrl);
      const { updater } = makeUpdater(() => new Response(''), { fetch: (input, init) => fetch(input, init), timeoutMs: 300 });
      const status = await expectStillV11(updater, /^Tidsavbrudd: serveren sendte ikke hele regelsettet innen/);
      expect(errorText(status)).not.toMatch(/Uventet feil/);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('accepts HTML/script in advice as data (the UI renders it as text)', async () => {
    const v2 = version('2.0.0', (rs) => (rs.rules[0]!.advice = { nb: '<img src=x onerror="alert(1)"><script>alert(2)</script>' }));
    const { updater } = await withActiveV11(async () => jwsResponse(await signRuleSet(v2, keys.privateJwk)));
    const status = await updater.refresh();
    expect(status.lastResult).toBe('updated');
    expect((await updater.getActiveRuleSet()).ruleSet.rules[0]!.advice!.nb).toContain('<script>');
  });

  it('a missing policy (managed storage throws, as in Firefox) is no problem', async () => {
    const managed = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    const { updater } = makeUpdater(() => new Response(''), { managed });
    const status = await updater.refresh();
    expect(status).toMatchObject({ lastResult: 'not-configured', config: { hasPolicy: false, problems: [] }, active: { source: 'bundled' } });
  });

  it('an invalid policy gives a clear status and keeps the previous set', async () => {
    const { updater, fetchMock } = await withActiveV11(() => new Response(''));
    await fakeBrowser.storage.managed.set({ ruleSetUrl: 'http://regler.example.no/x.jws', trustedKeys: ['{not json'], refreshMinutes: 'often', colour: 'red' });
    const status = await updater.refresh();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(status.active).toMatchObject({ version: '1.1.0', source: 'remote' });
    expect(status.config.problems.map((p) => p.message).join(' ')).toMatch(/må begynne med https/);
    expect(status.config.problems.map((p) => p.message).join(' ')).toMatch(/klarerte nøkler er ugyldige/);
    expect(status.config.problems.map((p) => p.message).join(' ')).toMatch(/«refreshMinutes» er ugyldig/);
    expect(status.config.problems.map((p) => p.message).join(' ')).toMatch(/ukjent innstilling «colour»/);
    // Policy locks the pilot fields it sets, even when their values are broken.
    expect(status.config.locked).toEqual(expect.arrayContaining(['ruleSetUrl', 'trustedKeys', 'refreshMinutes']));
    expect(status.lastError).toBeTruthy();
  });

  it('a private key among the policy trusted keys is refused with a status saying so, and nothing is fetched', async () => {
    await fakeBrowser.storage.managed.set({ ruleSetUrl: URL_, trustedKeys: [JSON.stringify(keys.privateJwk)] });
    const { updater, fetchMock } = makeUpdater(() => new Response(''));
    const status = await updater.refresh();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(status.lastResult).toBe('failed');
    expect(status.config.trustedKeyIds).toEqual([]);
    expect(status.config.problems.map((p) => p.message).join(' ')).toMatch(/Policyens klarerte nøkler er ugyldige: Klarert nøkkel nr\. 1 er en PRIVAT nøkkel/);
  });

  it('policy wins over pilot settings and may lock them; {unit} is filled in', async () => {
    await pilot('https://pilot.example.no/p.jws');
    await fakeBrowser.storage.managed.set({ ruleSetUrl: 'https://regler.example.no/{unit}.jws', unit: 'servicetorget', refreshMinutes: 5 });
    const { updater } = makeUpdater(() => new Response(''));
    const c = await updater.config();
    expect(c).toMatchObject({ source: 'policy', ruleSetUrl: 'https://regler.example.no/servicetorget.jws', refreshMinutes: 5, unit: 'servicetorget' });
    // Trusted keys are not in the policy, so the pilot's still count unless lockSettings.
    expect(c.trustedKeyIds).toEqual([keys.kid]);
    expect(c.locked.sort()).toEqual(['refreshMinutes', 'ruleSetUrl']);
    await fakeBrowser.storage.managed.set({ lockSettings: true });
    const locked = await updater.config();
    expect(locked.locked.sort()).toEqual(['refreshMinutes', 'ruleSetUrl', 'trustedKeys']);
    expect(locked.trustedKeys).toEqual([]);
  });

  it('the engine host switches to the new set when it becomes active', async () => {
    await pilot();
    const v11 = await signRuleSet(
      version('1.1.0', (rs) => (ruleById(rs, 'klarsprak.samt').enabled = false)),
      keys.privateJwk,
    );
    const { updater } = makeUpdater(() => jwsResponse(v11));
    const host = createEngineHost(activeEngine(updater));
    const text = 'Hei Kari,\n\nDu får brevet samt vedlegget.\n\nHilsen Ola';
    await updater.getActiveRuleSet();
    expect((await host.checkAsync(text, { language: 'nob' }))!.findings.map((f) => f.ruleId)).toContain('klarsprak.samt');
    expect(host.ruleSetInfo().version).toBe('1.0.0');
    await updater.refresh();
    expect((await host.checkAsync(text, { language: 'nob' }))!.findings.map((f) => f.ruleId)).not.toContain('klarsprak.samt');
    expect(host.ruleSetInfo().version).toBe('1.1.0');
  });

  it('keeps one refresh at a time', async () => {
    await pilot();
    const v11 = await signRuleSet(version('1.1.0'), keys.privateJwk);
    const { updater, fetchMock } = makeUpdater(() => jwsResponse(v11));
    const [a, b] = await Promise.all([updater.refresh(), updater.refresh()]);
    expect(a).toBe(b);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('creates the refresh alarm with the configured period', async () => {
    await ensureRefreshAlarm(fakeBrowser.alarms, 15);
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toMatchObject({ name: REFRESH_ALARM, periodInMinutes: 15 });
    await ensureRefreshAlarm(fakeBrowser.alarms, 5);
    expect((await fakeBrowser.alarms.get(REFRESH_ALARM))?.periodInMinutes).toBe(5);
  });
});
