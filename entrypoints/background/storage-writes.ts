// The only writer of what the extension pages change: the panel's settings, the options page's
// pilot settings and staff profile, and the panel's "I have shown the requested finding". The
// pages send a message and the background writes, so every stored value passes one shape check
// in one place and a page never races another page's read-modify-write of the same object.
import { isUiLanguage, type UiLanguage } from '../../rules/ids.ts';
import { clampRetentionDays } from '../../rules/inquiry/record.ts';
import { parseStaffProfile } from '../../components/staff-profile.ts';
import { messaging } from '../shared/protocol.ts';
import { focusRequestItem, pilotSettingsItem, settingsItem, staffProfileItem } from '../shared/storage-items.ts';
import type { PilotSettings } from './policy.ts';
import { isOwnExtensionPage, type SenderLike } from './validate.ts';

/** What a page may change in the settings object; every other key in it is kept. */
export interface SettingsChange {
  uiLanguage?: UiLanguage;
  retentionDays?: number;
}

const MAX_URL_CHARS = 2048;
const MAX_TRUSTED_KEYS = 20;
const MAX_KEY_CHARS = 4096;

/** Only the known fields, of the right type; anything else from the page is dropped. */
export function parseSettingsChange(value: unknown): SettingsChange {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const change: SettingsChange = {};
  if (isUiLanguage(v.uiLanguage)) change.uiLanguage = v.uiLanguage;
  if (typeof v.retentionDays === 'number') change.retentionDays = clampRetentionDays(v.retentionDays);
  return change;
}

/** Only the pilot form's fields, of the right type and size (the updater validates their content). */
export function parsePilotSettings(value: unknown): PilotSettings {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const settings: PilotSettings = {};
  if (typeof v.ruleSetUrl === 'string' && v.ruleSetUrl.length <= MAX_URL_CHARS) settings.ruleSetUrl = v.ruleSetUrl;
  if (Array.isArray(v.trustedKeys)) {
    settings.trustedKeys = v.trustedKeys.filter((k): k is string => typeof k === 'string' && k.length <= MAX_KEY_CHARS).slice(0, MAX_TRUSTED_KEYS);
  }
  if (typeof v.refreshMinutes === 'number' && Number.isFinite(v.refreshMinutes)) settings.refreshMinutes = v.refreshMinutes;
  return settings;
}

/** Merges the change into the stored settings object, keeping keys this version does not know. */
export async function saveSettings(change: SettingsChange): Promise<void> {
  const stored = await settingsItem.getValue();
  await settingsItem.setValue({ ...(stored && typeof stored === 'object' ? stored : {}), ...change });
}

export async function savePilotSettings(settings: PilotSettings): Promise<void> {
  await pilotSettingsItem.setValue(parsePilotSettings(settings));
}

export async function saveStaffProfile(profile: unknown): Promise<void> {
  await staffProfileItem.setValue(parseStaffProfile(profile));
}

export async function clearFocusRequest(tabId: number): Promise<void> {
  await focusRequestItem(tabId).removeValue();
}

/** Registers the pages' write messages; only this extension's own pages may send them. */
export function wireStorageWrites(runtimeId: string, extensionOrigin: string): void {
  const guard = (sender: SenderLike, what: string) => {
    if (!isOwnExtensionPage(sender, runtimeId, extensionOrigin)) throw new Error(`Svarhjelp: ${what} rejected (not from this extension's pages)`);
  };
  messaging.onMessage('saveSettings', async ({ sender, data }) => {
    guard(sender, 'saveSettings');
    await saveSettings(parseSettingsChange(data));
    return true;
  });
  messaging.onMessage('savePilotSettings', async ({ sender, data }) => {
    guard(sender, 'savePilotSettings');
    await savePilotSettings(data);
    return true;
  });
  messaging.onMessage('saveStaffProfile', async ({ sender, data }) => {
    guard(sender, 'saveStaffProfile');
    await saveStaffProfile(data);
    return true;
  });
  messaging.onMessage('clearFocusRequest', async ({ sender, data }) => {
    guard(sender, 'clearFocusRequest');
    if (!Number.isSafeInteger(data?.tabId)) throw new Error('Svarhjelp: clearFocusRequest rejected (invalid tab id)');
    await clearFocusRequest(data.tabId);
    return true;
  });
}
