// The staff member's own name and unit, set once in the options page and used by the templates'
// {staffName} and {staffUnit}. Kept in storage.local under its own key, in this browser only.
import { messaging } from '../entrypoints/shared/protocol.ts';
import { staffProfileItem } from '../entrypoints/shared/storage-items.ts';

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
  return parseStaffProfile(await staffProfileItem.getValue());
}

/** The background stores it (storage-writes.ts): pages never write storage themselves. */
export async function writeStaffProfile(profile: StaffProfile): Promise<void> {
  await messaging.sendMessage('saveStaffProfile', parseStaffProfile(profile));
}

/** Calls `listener` with the profile whenever it changes (another window, the options page). */
export function watchStaffProfile(listener: (profile: StaffProfile) => void): () => void {
  return staffProfileItem.watch((value) => listener(parseStaffProfile(value)));
}
