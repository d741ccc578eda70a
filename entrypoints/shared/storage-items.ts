// Every item Svarhjelp keeps in browser storage, declared here and nowhere else: its area, its key
// and the shape of its value. The key strings are what existing installations and the browser
// tests read, so they never change. The background is the writer: the side panel and the options
// page read and watch, and ask it to write (storage-writes.ts); the content script reads the
// background's copy of its policy keys (policy:content) before the worker can answer after a
// browser start. Services that take a storage area as a dependency (so
// unit tests hand them a fake) use the key constants below with that area.
//
// Nothing here may import the engine: the options page and the content script load this module
// before their first paint.
import { storage } from 'wxt/utils/storage';
import type { UiLanguage } from '../../rules/ids.ts';
import type { InquiryRecord } from '../../rules/inquiry/record.ts';
import type { Reminder } from '../../rules/inquiry/reminders.ts';
import type { PilotSettings } from '../background/policy.ts';
import type { StaffProfile } from '../../components/staff-profile.ts';
import type { FocusRequest } from './focus-request.ts';
import type { RuleSetStatus } from './protocol.ts';

// storage.local

/** The panel's settings; other keys in the object are kept as they are (older and newer versions). */
export const SETTINGS_KEY = 'settings';
/** The options page's pilot settings (rule-set URL, trusted keys, refresh); policy overrides them. */
export const PILOT_SETTINGS_KEY = 'settings:pilot';
/** The staff member's name and unit for the templates' {staffName} and {staffUnit}. */
export const STAFF_PROFILE_KEY = 'staff:profile';
/** The accepted published rule set: the signed text itself, so every load re-verifies it. */
export const ACTIVE_RULE_SET_KEY = 'ruleset:active';
/** Which rule set is active and how the last update went (Norwegian texts, ready to show). */
export const RULE_SET_STATUS_KEY = 'ruleset:status';
/** The background's copy of the content script's policy keys (storage.managed answers slowly after a browser start). */
export const CONTENT_POLICY_CACHE_KEY = 'policy:content';
/** Every scheduled «Påminn meg» reminder, by id. */
export const REMINDERS_KEY = 'reminders';
/** One record per inquiry (checklist ticks, corrections, deadline; never message text) under this prefix. */
export const INQUIRY_PREFIX = 'inquiry:';
export const inquiryStorageKey = (inquiryKey: string) => `${INQUIRY_PREFIX}${inquiryKey}`;

// storage.session

/** A tab's text-free record: its change tells the panel to ask the worker for the tab's state. */
export const tabStateKey = (tabId: number) => `tab:${tabId}` as const;
/** "Mer i sidepanelet": the finding the panel should show when it opens for the tab. */
export const focusRequestKey = (tabId: number) => `focus:${tabId}` as const;
/** Notification id → the tab and window a reminder's notification leads back to. */
export const REMINDER_CLICK_TARGETS_KEY = 'reminderClickTargets';

/** The settings object as stored; unknown keys are preserved on every write. */
export interface PanelSettings {
  uiLanguage?: UiLanguage;
  retentionDays?: number;
  [key: string]: unknown;
}

// Items for the values pages read and the background writes through this module. A stored value
// may come from an older version or a broken write: readers still check its shape
// (isInquiryRecord, parseStaffProfile, isShowableStatus …). The worker's services that take a
// storage area as a dependency (rule-set updater, inquiries, reminders, tab state, the content
// script's policy copy) use the key constants above with the area they are given.
export const settingsItem = storage.defineItem<PanelSettings>(`local:${SETTINGS_KEY}`);
export const pilotSettingsItem = storage.defineItem<PilotSettings>(`local:${PILOT_SETTINGS_KEY}`);
export const staffProfileItem = storage.defineItem<StaffProfile>(`local:${STAFF_PROFILE_KEY}`);
export const ruleSetStatusItem = storage.defineItem<RuleSetStatus>(`local:${RULE_SET_STATUS_KEY}`);
export const remindersItem = storage.defineItem<Record<string, Reminder>>(`local:${REMINDERS_KEY}`);
export const inquiryItem = (inquiryKey: string) => storage.defineItem<InquiryRecord>(`local:${inquiryStorageKey(inquiryKey)}`);
export const focusRequestItem = (tabId: number) => storage.defineItem<FocusRequest>(`session:${focusRequestKey(tabId)}`);
