// The copy the content script decides from after a browser start follows storage.managed, and
// only the background writes it.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readContentPolicyQuickly } from '../content/site-policy.ts';
import { CONTENT_POLICY_CACHE_KEY } from '../shared/storage-items.ts';
import { refreshContentPolicyCopy, wireContentPolicyCopy } from './content-policy-copy.ts';

const ONLY_BERGEN = { siteMatches: ['https://*.bergen.kommune.no/*'] };
const vg = { href: 'https://www.vg.no/', origin: 'https://www.vg.no', protocol: 'https:' };

/** A storage.managed that never answers, as in the first seconds after a browser start. */
const pendingManaged = { get: () => new Promise<Record<string, unknown>>(() => {}) };

describe('the content policy copy', () => {
  it('is written from storage.managed with only the content keys, and the content script then decides from it at once', async () => {
    fakeBrowser.reset();
    const managed = { get: async () => ({ ...ONLY_BERGEN, ruleSetUrl: 'https://r.example/set.jws' }) };
    expect(await refreshContentPolicyCopy(managed, fakeBrowser.storage.local)).toBe(true);
    expect((await fakeBrowser.storage.local.get(CONTENT_POLICY_CACHE_KEY))[CONTENT_POLICY_CACHE_KEY]).toEqual(ONLY_BERGEN);
    const quick = await readContentPolicyQuickly(vg, pendingManaged, fakeBrowser.storage.local);
    expect(quick.now.allowed).toBe(false);
    // Unchanged policy: no write.
    expect(await refreshContentPolicyCopy(managed, fakeBrowser.storage.local)).toBe(false);
  });

  it('follows a lifted policy, and a failing read counts as no policy', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ [CONTENT_POLICY_CACHE_KEY]: ONLY_BERGEN });
    expect(await refreshContentPolicyCopy({ get: () => Promise.reject(new Error('Managed storage manifest not found')) }, fakeBrowser.storage.local)).toBe(
      true,
    );
    expect((await fakeBrowser.storage.local.get(CONTENT_POLICY_CACHE_KEY))[CONTENT_POLICY_CACHE_KEY]).toEqual({});
    expect((await readContentPolicyQuickly(vg, pendingManaged, fakeBrowser.storage.local)).now.allowed).toBe(true);
  });

  it('is refreshed when storage.managed changes', async () => {
    fakeBrowser.reset();
    let policy: Record<string, unknown> = {};
    const listeners: Array<(changes: Record<string, unknown>, areaName: string) => void> = [];
    const written = new Promise<void>((resolve) => {
      fakeBrowser.storage.local.onChanged.addListener((changes) => {
        if ((changes[CONTENT_POLICY_CACHE_KEY]?.newValue as { siteMatches?: unknown } | undefined)?.siteMatches) resolve();
      });
    });
    wireContentPolicyCopy({
      storage: { managed: { get: async () => policy }, local: fakeBrowser.storage.local, onChanged: { addListener: (l) => listeners.push(l) } },
    });
    policy = ONLY_BERGEN;
    for (const listener of listeners) listener({ siteMatches: { newValue: ONLY_BERGEN.siteMatches } }, 'managed');
    await written;
    expect((await fakeBrowser.storage.local.get(CONTENT_POLICY_CACHE_KEY))[CONTENT_POLICY_CACHE_KEY]).toEqual(ONLY_BERGEN);
  });
});
