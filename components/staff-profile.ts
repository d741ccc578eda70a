// The staff member's own name and unit, set once in the options page and used by the templates'
// {staffName} and {staffUnit}. Kept in storage.local under its own key, in this browser only.
import { browser } from 'wxt/browser';

export const STAFF_PROFILE_KEY = 'staff:profile';

export interface StaffProfile {
  name?: string;
  unit?: string;
}

const MAX = 120;

export function parseStaffProfile(value: unknown): StaffProfile {
  const v = (value ?? {}) as Record<string, unknown>;
  const text = (x: unknown) => (typeof x === 'string' && x.trim() ? x.trim().slice(0, MAX) : undefined);
  const name = text(v.name);
  const unit = text(v.unit);
  return { ...(name ? { name } : {}), ...(unit ? { unit } : {}) };
}

export async function readStaffProfile(): Promise<StaffProfile> {
  const stored = await browser.storage.local.get(STAFF_PROFILE_KEY);
  return parseStaffProfile(stored[STAFF_PROFILE_KEY]);
}

export async function writeStaffProfile(profile: StaffProfile): Promise<void> {
  await browser.storage.local.set({ [STAFF_PROFILE_KEY]: parseStaffProfile(profile) });
}

/** Calls `listener` with the profile whenever it changes (another window, the options page). */
export function watchStaffProfile(listener: (profile: StaffProfile) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[STAFF_PROFILE_KEY]) listener(parseStaffProfile(changes[STAFF_PROFILE_KEY].newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
