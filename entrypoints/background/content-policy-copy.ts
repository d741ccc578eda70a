// The background keeps the content script's copy of its policy keys (storage.local
// policy:content) equal to storage.managed: at every worker start and whenever the policy
// changes. The content script only reads the copy (site-policy.ts): it decides from it at once
// after a browser start, while Chromium's first storage.managed read still takes seconds.
import { type ManagedAreaLike, pickContentKeys, readManagedContentKeys } from '../shared/content-policy-keys.ts';
import { CONTENT_POLICY_CACHE_KEY } from '../shared/storage-items.ts';

export interface CopyAreaLike {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Rewrites the copy when the live policy differs from it; true when it wrote. */
export async function refreshContentPolicyCopy(managed: ManagedAreaLike | undefined, local: CopyAreaLike): Promise<boolean> {
  const [fresh, stored] = await Promise.all([readManagedContentKeys(managed), local.get(CONTENT_POLICY_CACHE_KEY)]);
  if (JSON.stringify(fresh) === JSON.stringify(pickContentKeys(stored?.[CONTENT_POLICY_CACHE_KEY]))) return false;
  await local.set({ [CONTENT_POLICY_CACHE_KEY]: fresh });
  return true;
}

export interface PolicyCopyBrowser {
  storage: {
    managed?: ManagedAreaLike;
    local: CopyAreaLike;
    onChanged: { addListener(listener: (changes: Record<string, unknown>, areaName: string) => void): void };
  };
}

/** Refreshes the copy now and on every change of storage.managed. */
export function wireContentPolicyCopy(browser: PolicyCopyBrowser): void {
  const refresh = () =>
    refreshContentPolicyCopy(browser.storage.managed, browser.storage.local).catch((error: unknown) =>
      console.debug('[Svarhjelp] could not keep the policy copy', error),
    );
  browser.storage.onChanged.addListener((_changes, areaName) => {
    if (areaName === 'managed') void refresh();
  });
  void refresh();
}
