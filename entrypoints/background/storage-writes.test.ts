import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearFocusRequest, parsePilotSettings, parseSettingsChange, saveSettings, saveStaffProfile } from './storage-writes.ts';
import { focusRequestKey, SETTINGS_KEY, STAFF_PROFILE_KEY } from '../shared/storage-items.ts';

beforeEach(() => fakeBrowser.reset());

describe('the background writes what the pages change', () => {
  it('merges a settings change and keeps keys it does not know', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLanguage: 'nb', fromNewerVersion: true } });
    await saveSettings(parseSettingsChange({ retentionDays: 60 }));
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({ uiLanguage: 'nb', fromNewerVersion: true, retentionDays: 60 });
  });

  it('drops what a page may not set and clamps the retention period', () => {
    expect(parseSettingsChange({ uiLanguage: 'de', retentionDays: 10_000, other: 1 })).toEqual({ retentionDays: 365 });
    expect(parseSettingsChange(null)).toEqual({});
    expect(parsePilotSettings({ ruleSetUrl: 'https://r.example/r.jws', trustedKeys: ['{}', 7], refreshMinutes: '5', lockSettings: true })).toEqual({
      ruleSetUrl: 'https://r.example/r.jws',
      trustedKeys: ['{}'],
    });
  });

  it('stores the staff profile trimmed, and forgets a shown focus request', async () => {
    await saveStaffProfile({ name: '  Kari Nordmann ', unit: '', extra: 'x' });
    expect((await fakeBrowser.storage.local.get(STAFF_PROFILE_KEY))[STAFF_PROFILE_KEY]).toEqual({ name: 'Kari Nordmann' });
    await fakeBrowser.storage.session.set({ [focusRequestKey(4)]: { ruleId: 'r', fieldKey: 'f', at: 1 } });
    await clearFocusRequest(4);
    expect(await fakeBrowser.storage.session.get(focusRequestKey(4))).toEqual({});
  });
});
