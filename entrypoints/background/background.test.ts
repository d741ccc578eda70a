import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RuleSet } from '../../rules/ruleset/types.ts';
import type { CheckResult } from '../../rules/types.ts';
import type { TabRecord } from '../shared/protocol.ts';
import { createEngineHost, type EngineApi } from './engine-host.ts';
import { handleCheckText, handleGetRuleSetLabels, handleGetRuleSetSummary, handleGetTabState, type HandlerDeps } from './handlers.ts';
import { createTabStateStore, pageUrl } from './tab-state.ts';
import { parseCheckRequest } from './validate.ts';
import { BUNDLED_RULE_SET } from '../../rules/standard/index.ts';
import { check } from '../../rules/engine/check.ts';
import { checkCooperative } from '../../rules/engine/check-cooperative.ts';
import { compileRuleSet, type CompiledRuleSet } from '../../rules/engine/compile.ts';
import { benchReply } from '../../rules/cli/bench-texts.ts';
import { focusRequestKey, tabStateKey } from '../shared/storage-items.ts';

const RULE_SET = {
  schemaVersion: 1,
  id: 'test.set',
  name: 'Test',
  version: '1.2.3',
  publisher: 'Bergen kommune',
  publishedAt: '2026-11-23T08:00:00Z',
  labels: { values: {}, subgoals: {} },
  rules: [{ id: 'klarsprak.vedrorende', message: { nb: 'Skriv «om»' } }],
  checklist: [],
  deadlinePolicies: [],
} as unknown as RuleSet;

function result(text: string): CheckResult {
  const i = text.toLowerCase().indexOf('vedrørende');
  return {
    language: 'nob',
    languageSource: 'detected',
    metrics: { characters: text.length, words: 1, sentences: 1, longWords: 0, lix: 0, longestSentenceWords: 1 },
    findings:
      i < 0
        ? []
        : [
            {
              id: 'f1',
              ruleId: 'klarsprak.vedrorende',
              category: 'clarity',
              subgoal: 'kompetent.klart-sprak',
              severity: 'suggestion',
              start: i,
              end: i + 10,
              message: 'Skriv «om»',
              suggestions: ['om'],
            },
          ],
    dates: [{ start: 0, end: 3, text: 'innen fredag', date: '2026-11-27', promise: true }],
  };
}

const fakeEngine: EngineApi<{ ok: true }> = {
  ruleSet: RULE_SET,
  compile: () => ({ ok: true }),
  check: (text) => result(text),
};

const RUNTIME_ID = 'svarhjelp-test';
const ORIGIN = `chrome-extension://${RUNTIME_ID}/`;
const contentSender = { id: RUNTIME_ID, url: 'https://post.example.no/mail?id=1#x', frameId: 2, tab: { id: 7 } };

function deps(engine: EngineApi<unknown> = fakeEngine, log = vi.fn(), store = createTabStateStore(fakeBrowser.storage.session)): HandlerDeps {
  return {
    host: createEngineHost(engine, log),
    store,
    runtimeId: RUNTIME_ID,
    extensionOrigin: ORIGIN,
    log,
  };
}

const request = { text: 'Vedrørende saken', fieldKey: 'ce#body', seq: 3, context: {} };

describe('checkText', () => {
  it('answers the frame with findings, keeps them in memory for the side panel and stores only a text-free record', async () => {
    const d = deps();
    const response = await handleCheckText({ data: request, sender: contentSender }, d);
    expect(response.seq).toBe(3);
    expect(response.result.findings.map((f) => f.ruleId)).toEqual(['klarsprak.vedrorende']);
    expect(response.ruleSet.version).toBe('1.2.3');

    expect(d.store.read(7)).toMatchObject({ tabId: 7, frameId: 2, fieldKey: 'ce#body', url: 'https://post.example.no/mail' });
    expect(d.store.read(7)!.result.findings).toHaveLength(1);
    const stored = (await fakeBrowser.storage.session.get(null)) as Record<string, TabRecord>;
    expect(Object.keys(stored)).toEqual([tabStateKey(7)]);
    expect(stored[tabStateKey(7)]).toEqual({
      tabId: 7,
      frameId: 2,
      fieldKey: 'ce#body',
      url: 'https://post.example.no/mail',
      updatedAt: expect.any(String),
      ruleSet: expect.objectContaining({ version: '1.2.3' }),
    });
    // Neither the words, nor the rule's message (it quotes them), nor the finding id (it hashes them).
    for (const trace of ['Vedrørende', 'saken', 'Skriv', response.result.findings[0]!.id, 'klarsprak']) {
      expect(JSON.stringify(stored)).not.toContain(trace);
    }
  });

  it('gives the panel the tab state from memory, and after a worker restart asks the tab to check again', async () => {
    const panelSender = { id: RUNTIME_ID, url: `${ORIGIN}sidepanel.html?tab=7` };
    const first = deps();
    await handleCheckText({ data: request, sender: contentSender }, first);
    expect((await handleGetTabState({ data: { tabId: 7 }, sender: panelSender }, first))?.result.findings).toHaveLength(1);

    // A new worker: same storage.session, empty memory. The content script's check fills it.
    const restarted: HandlerDeps = { ...deps(fakeEngine, vi.fn(), createTabStateStore(fakeBrowser.storage.session)) };
    const recheck = vi.fn(async (target: { tabId: number; frameId: number; fieldKey: string }) => {
      await handleCheckText({ data: { ...request, fieldKey: target.fieldKey, seq: 1 }, sender: contentSender }, restarted);
      return true;
    });
    restarted.recheck = recheck;
    const state = await handleGetTabState({ data: { tabId: 7 }, sender: panelSender }, restarted);
    expect(recheck).toHaveBeenCalledWith({ tabId: 7, frameId: 2, fieldKey: 'ce#body' });
    expect(state?.result.findings.map((f) => f.ruleId)).toEqual(['klarsprak.vedrorende']);

    // Nothing checked in a tab, or the field gone: nothing to show.
    expect(await handleGetTabState({ data: { tabId: 8 }, sender: panelSender }, restarted)).toBeNull();
    const gone: HandlerDeps = { ...deps(), recheck: vi.fn(async () => Promise.reject(new Error('no receiving end'))) };
    expect(await handleGetTabState({ data: { tabId: 7 }, sender: panelSender }, gone)).toBeNull();
  });

  it('gives tab states to the extension’s own pages only', async () => {
    const d = deps();
    await handleCheckText({ data: request, sender: contentSender }, d);
    await expect(handleGetTabState({ data: { tabId: 7 }, sender: contentSender }, d)).rejects.toThrow(/rejected/);
    await expect(handleGetTabState({ data: { tabId: 7 }, sender: { id: 'other', url: 'chrome-extension://other/x.html' } }, d)).rejects.toThrow(/rejected/);
    await expect(handleGetTabState({ data: { tabId: 'x' }, sender: { id: RUNTIME_ID, url: `${ORIGIN}sidepanel.html` } }, d)).rejects.toThrow(/invalid/);
  });

  it('rejects senders that are not our content scripts', async () => {
    const d = deps();
    const cases = [
      { id: 'other-extension', tab: { id: 7 }, url: 'https://x.no/' },
      { id: RUNTIME_ID, url: 'https://x.no/' }, // no tab
      { id: RUNTIME_ID, tab: { id: 7 }, url: `${ORIGIN}sidepanel.html` }, // extension page in a tab
    ];
    for (const sender of cases) {
      await expect(handleCheckText({ data: request, sender }, d)).rejects.toThrow(/rejected/);
    }
  });

  it('rejects data of the wrong shape', async () => {
    const d = deps();
    for (const data of [null, 'text', { ...request, seq: -1 }, { ...request, text: 5 }, { ...request, context: { language: 'xx' } }]) {
      await expect(handleCheckText({ data, sender: contentSender }, d)).rejects.toThrow(/invalid/);
    }
  });

  it('answers with an empty result when the engine throws, and keeps working', async () => {
    let fail = true;
    const log = vi.fn();
    const flaky: EngineApi<unknown> = {
      ...fakeEngine,
      check: (t) =>
        fail
          ? (() => {
              throw new Error('boom');
            })()
          : result(t),
    };
    const d = deps(flaky, log);
    const first = await handleCheckText({ data: request, sender: contentSender }, d);
    expect(first.result.findings).toEqual([]);
    expect(log).toHaveBeenCalledWith('check failed', expect.any(Error));
    fail = false;
    const second = await handleCheckText({ data: { ...request, seq: 4 }, sender: contentSender }, d);
    expect(second.result.findings).toHaveLength(1);
  });

  it('compiles the rule set once, lazily, and survives a rule set that does not compile', async () => {
    const compile = vi.fn(() => ({ ok: true as const }));
    const host = createEngineHost({ ...fakeEngine, compile }, vi.fn());
    expect(compile).not.toHaveBeenCalled();
    await host.checkAsync('a', {});
    await host.checkAsync('b', {});
    expect(compile).toHaveBeenCalledTimes(1);

    const broken = createEngineHost(
      {
        ...fakeEngine,
        compile: () => {
          throw new Error('bad rule');
        },
      },
      vi.fn(),
    );
    expect((await broken.checkAsync('Vedrørende', {}))!.findings).toEqual([]);
  });
});

describe('checkText with the real engine in slices', () => {
  const realEngine: EngineApi<CompiledRuleSet> = { ruleSet: BUNDLED_RULE_SET, compile: compileRuleSet, check, checkCooperative };

  it('answers exactly what the synchronous engine finds', async () => {
    const text = benchReply(3_000);
    const response = await handleCheckText({ data: { ...request, text }, sender: contentSender }, deps(realEngine));
    expect(response.superseded).toBeUndefined();
    expect(response.result).toEqual(check(text, {}, compileRuleSet(BUNDLED_RULE_SET)));
  });

  it('lets a newer request for the same field stop an older one in flight: only the newer is stored', async () => {
    const d = deps(realEngine);
    const older = handleCheckText({ data: { ...request, text: benchReply(20_000).slice(0, 99_000), seq: 10 }, sender: contentSender }, d);
    // Another field of the same tab is not affected.
    const otherField = handleCheckText({ data: { ...request, fieldKey: 'textarea#other', text: benchReply(5_000), seq: 11 }, sender: contentSender }, d);
    const newer = handleCheckText({ data: { ...request, text: 'Vedrørende saken din.', seq: 12 }, sender: contentSender }, d);
    const [a, b, c] = await Promise.all([older, otherField, newer]);
    expect(a).toMatchObject({ seq: 10, superseded: true, result: { findings: [] } });
    expect(b.superseded).toBeUndefined();
    expect(b.result.findings.length).toBeGreaterThan(10);
    expect(c.superseded).toBeUndefined();
    expect(c.result.findings.map((f) => f.ruleId)).toContain('klarsprak.vedrorende');
    const stored = d.store.read(7)!;
    // The tab's last write is the newer check's or the other field's, never the stopped one's.
    expect([c.result.metrics.words, b.result.metrics.words]).toContain(stored.result.metrics.words);
  });
});

describe('getRuleSetSummary', () => {
  it('gives labels and checklist to the extension itself only', () => {
    const d = deps();
    const summary = handleGetRuleSetSummary({ id: RUNTIME_ID, url: `${ORIGIN}sidepanel.html` }, d);
    expect(summary).toMatchObject({ id: 'test.set', version: '1.2.3', checklist: [] });
    expect(() => handleGetRuleSetSummary({ id: 'other' }, d)).toThrow(/rejected/);
  });

  it('gives the popover (a content script of this extension) the names of values and sub-goals', () => {
    const d = deps();
    const labels = handleGetRuleSetLabels({ id: RUNTIME_ID, tab: { id: 1 }, url: 'https://example.test/' } as never, d);
    expect(labels).toEqual(d.host.summary().labels);
    expect(labels.values).toBeDefined();
    expect(() => handleGetRuleSetLabels({ id: 'other' }, d)).toThrow(/rejected/);
  });
});

describe('tab state', () => {
  it('is removed when cleared', async () => {
    const store = createTabStateStore(fakeBrowser.storage.session);
    await handleCheckText({ data: request, sender: contentSender }, deps(fakeEngine, vi.fn(), store));
    expect(store.read(7)).toBeDefined();
    expect(await store.record(7)).toBeDefined();
    await store.clear(7);
    expect(store.read(7)).toBeUndefined();
    expect(await store.record(7)).toBeUndefined();
  });

  it('takes an untaken "Mer i sidepanelet" request with it when the tab closes', async () => {
    const store = createTabStateStore(fakeBrowser.storage.session);
    await fakeBrowser.storage.session.set({
      [focusRequestKey(7)]: { ruleId: 'f', fieldKey: 'k', at: 1 },
      [focusRequestKey(8)]: { ruleId: 'g', fieldKey: 'k', at: 1 },
    });
    await store.clear(7);
    const left = await fakeBrowser.storage.session.get([focusRequestKey(7), focusRequestKey(8)]);
    expect(Object.keys(left).filter((key) => left[key] !== undefined)).toEqual([focusRequestKey(8)]);
  });

  it('keeps only origin and path of the page URL', () => {
    expect(pageUrl('https://sak.bergen.kommune.no/sak/2026-12345?token=abc#svar')).toBe('https://sak.bergen.kommune.no/sak/2026-12345');
    expect(pageUrl('about:blank')).toBe('about:blank');
    expect(pageUrl(undefined)).toBe('');
  });
});

describe('parseCheckRequest', () => {
  it('keeps known context fields and drops unknown ones', () => {
    const parsed = parseCheckRequest({
      ...request,
      extra: 'x',
      context: { language: 'nno', inquiry: { text: 'Hei', kind: 'complaint', evil: 1 }, evil: true },
    });
    expect(parsed).toEqual({ ...request, context: { language: 'nno', inquiry: { text: 'Hei', kind: 'complaint' } } });
  });

  it('refuses oversized text', () => {
    expect(parseCheckRequest({ ...request, text: 'a'.repeat(100_001) })).toBeNull();
  });
});
