// The policy keys the content script obeys (siteMatches, caseNumberSelector), read from
// storage.managed by both sides: the content script decides from them, and the background keeps
// a copy of them in storage.local (policy:content) for the content script's first decision after
// a browser start, when Chromium answers storage.managed only after seconds. Nothing else in
// storage.managed is the content script's business, so the copy never holds more than these keys.

export interface ManagedAreaLike {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
}

export const CONTENT_POLICY_KEYS = ['siteMatches', 'caseNumberSelector'] as const;

/** A policy that cannot be read counts as none (Firefox throws when no policy exists; Chrome answers {}). */
export async function readManagedContentKeys(managed: ManagedAreaLike | undefined): Promise<Record<string, unknown>> {
  try {
    return pickContentKeys((managed ? await managed.get([...CONTENT_POLICY_KEYS]) : {}) ?? {});
  } catch {
    return {};
  }
}

/** Only the content script's keys of a policy object (or of a stored copy of one). */
export function pickContentKeys(raw: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const key of CONTENT_POLICY_KEYS) if ((raw as Record<string, unknown>)[key] !== undefined) out[key] = (raw as Record<string, unknown>)[key];
  return out;
}
