// The content script decides from the cached copy of the last policy while Chromium's first
// storage.managed read after a browser start is still pending, and the live read wins when it comes.
import { describe, expect, it } from 'vitest';
import { readContentPolicyQuickly, type CacheAreaLike, type ManagedAreaLike } from './site-policy.ts';
import { CONTENT_POLICY_CACHE_KEY } from '../shared/storage-items.ts';

const loc = (href: string) => {
  const u = new URL(href);
  return { href, origin: u.origin, protocol: u.protocol };
};
const ONLY_BERGEN = { siteMatches: ['https://*.bergen.kommune.no/*'] };

/** A storage.managed whose answer is held back until `answer` is called, as at a browser start. */
function slowManaged(): ManagedAreaLike & { answer(value: Record<string, unknown>): void } {
  let resolve: (value: Record<string, unknown>) => void = () => {};
  const pending = new Promise<Record<string, unknown>>((r) => (resolve = r));
  return { get: () => pending, answer: (value) => resolve(value) };
}

/** A storage.local holding a copy the background wrote; the content script only reads it. */
function memoryArea(initial: Record<string, unknown> = {}): CacheAreaLike {
  const items = { ...initial };
  return { get: async (key) => (key in items ? { [key]: items[key] } : {}) };
}

describe('readContentPolicyQuickly', () => {
  it('decides from the cached copy before the live read answers, and the live read then excludes the site', async () => {
    const managed = slowManaged();
    const quick = await readContentPolicyQuickly(loc('https://www.vg.no/'), managed, memoryArea({ [CONTENT_POLICY_CACHE_KEY]: {} }));
    expect(quick.now.allowed).toBe(true);
    managed.answer(ONLY_BERGEN);
    expect((await quick.live).allowed).toBe(false);
    // With the background's new copy, the next page load decides at once.
    const next = await readContentPolicyQuickly(loc('https://www.vg.no/'), slowManaged(), memoryArea({ [CONTENT_POLICY_CACHE_KEY]: ONLY_BERGEN }));
    expect(next.now.allowed).toBe(false);
  });

  it('with no copy (a new profile) starts as without policy; the live policy lifts an excluded copy', async () => {
    const managed = slowManaged();
    const quick = await readContentPolicyQuickly(loc('https://www.vg.no/'), managed, memoryArea());
    expect(quick.now.allowed).toBe(true);
    managed.answer({});
    expect((await quick.live).allowed).toBe(true);

    const lifted = slowManaged();
    const stale = await readContentPolicyQuickly(loc('https://www.vg.no/'), lifted, memoryArea({ [CONTENT_POLICY_CACHE_KEY]: ONLY_BERGEN }));
    expect(stale.now.allowed).toBe(false);
    lifted.answer({});
    expect((await stale.live).allowed).toBe(true);
  });

  it('uses the live answer when it comes first, and counts a failing read as no policy', async () => {
    const quick = await readContentPolicyQuickly(loc('https://www.vg.no/'), { get: async () => ONLY_BERGEN }, { get: () => new Promise(() => {}) });
    expect(quick.now.allowed).toBe(false);
    const broken = await readContentPolicyQuickly(
      loc('https://www.vg.no/'),
      { get: () => Promise.reject(new Error('Managed storage manifest not found')) },
      undefined,
    );
    expect(broken.now.allowed).toBe(true);
  });
});
