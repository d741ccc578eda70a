// The options page must show the set the worker really runs, not whatever sits in storage:
// both go through the same selection (selectActiveRuleSet), checked here against the updater.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createRuleSetUpdater } from '../../entrypoints/background/ruleset-updater.ts';
import { generateRuleSetKeys, signRuleSet } from '../../rules/ruleset/signing.ts';
import { BUNDLED_RULE_SET } from '../../rules/standard/index.ts';
import { cloneTestSet, ruleById } from '../../rules/ruleset/test-fixtures.ts';
import type { DetectorRule, RuleSet } from '../../rules/ruleset/types.ts';
import { browserOptionsApi } from './options-api.ts';
import { ACTIVE_RULE_SET_KEY } from '../../entrypoints/shared/storage-items.ts';

async function store(ruleSet: RuleSet) {
  const keys = await generateRuleSetKeys();
  await fakeBrowser.storage.local.set({
    [ACTIVE_RULE_SET_KEY]: {
      jws: await signRuleSet(ruleSet, keys.privateJwk),
      url: 'https://regler.example.no/r.jws',
      kid: keys.kid,
      acceptedAt: '2026-11-01T00:00:00Z',
    },
  });
}

async function workerActive() {
  const updater = createRuleSetUpdater({
    local: fakeBrowser.storage.local,
    managed: fakeBrowser.storage.managed,
    fetch: (() => Promise.reject(new Error('offline'))) as typeof fetch,
    log: () => {},
  });
  return (await updater.getActiveRuleSet()).ruleSet;
}

beforeEach(() => fakeBrowser.reset());

describe('options page: the active rule set', { timeout: 30_000 }, () => {
  it('is the stored published set when the worker runs it', async () => {
    const published = cloneTestSet();
    published.version = '4.2.0';
    await store(published);
    const shown = await browserOptionsApi.loadActiveRuleSet();
    expect(shown).toMatchObject({ id: published.id, version: '4.2.0' });
    expect((await workerActive()).version).toBe(shown.version);
  });

  it('is the bundled set when the worker fell back to it (stored set no longer compiles)', async () => {
    const stale = cloneTestSet();
    stale.version = '4.2.0';
    const { id: _id, kind: _kind, ...common } = ruleById(cloneTestSet(), 'frist.vag-tid');
    stale.rules.push({ ...common, id: 'x.retired', kind: 'detector', detector: 'retired-detector' } as DetectorRule);
    await store(stale);
    const worker = await workerActive();
    expect(worker).toMatchObject({ id: BUNDLED_RULE_SET.id, version: BUNDLED_RULE_SET.version });
    const shown = await browserOptionsApi.loadActiveRuleSet();
    expect(shown).toMatchObject({ id: worker.id, version: worker.version });
    expect(shown.rules.some((r) => r.id === 'x.retired')).toBe(false);
  });
});

describe('options page: changes', () => {
  it('hears when the worker stores a new active set, and stops hearing once unsubscribed', async () => {
    const listener = vi.fn();
    const off = browserOptionsApi.onChange(listener);
    await store(cloneTestSet());
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    off();
    await store(cloneTestSet());
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
