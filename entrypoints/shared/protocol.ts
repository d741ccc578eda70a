// Messages between content scripts, the background service worker and the side panel.
// Only the extension's own contexts take part; the background validates every shape it receives.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CheckContext, CheckResult, InquiryKind } from '../../rules/types.ts';
import type { UiLanguage } from '../../rules/ids.ts';
import type { ReplyTemplate, RuleSet } from '../../rules/ruleset/types.ts';
import type { Problem } from '../../rules/ruleset/problems.ts';
import type { InquiryRecord } from '../../rules/inquiry/record.ts';
import type { Reminder } from '../../rules/inquiry/reminders.ts';
import type { ContentSnapshot } from '../content/inspect.ts';
import type { PilotSettings } from '../background/policy.ts';
import type { SettingsChange } from '../background/storage-writes.ts';
import type { StaffProfile } from '../../components/staff-profile.ts';

/** Which inquiry a reply answers (rules/inquiry/identity.ts): a hashed key and a text-free label. */
export interface InquiryRef {
  key: string;
  /** Structured label, e.g. "case:2026/12345", "mail:outlook.office.com"; never message text. */
  label: string;
  /** Where to bring the user back from a reminder (origin + path + fragment, ItemID kept). */
  url?: string;
  /**
   * The field was known only as a form on its host (`page:` key) from `since` (ISO) until it found
   * this inquiry: what the user ticked under that key since then belongs to this inquiry.
   */
  movedFrom?: { key: string; since: string };
}

/** The longest reply text a check takes: the content script sends at most this, the background rejects anything longer. */
export const MAX_TEXT_CHARS = 100_000;

export interface CheckRequest {
  /** The reply text only (quoted inquiry split off by the content script). */
  text: string;
  /** Identifies the field within its frame, e.g. "textarea#reply" or "ce:0". */
  fieldKey: string;
  /** Increases with every request from a field; stale answers are dropped. */
  seq: number;
  context: CheckContext;
  /** The inquiry this reply answers; its checklist and corrections are kept under its key. */
  inquiry?: InquiryRef;
  /** The reply was longer than the content script sends (MAX_TEXT_CHARS); `text` is its start. */
  truncated?: boolean;
}

export interface RuleSetInfo {
  id: string;
  name: string;
  version: string;
  publisher: string;
  publishedAt: string;
}

export interface CheckResponse {
  seq: number;
  result: CheckResult;
  ruleSet: RuleSetInfo;
  /** A newer request for the same field arrived first; `result` is empty and nothing was stored. */
  superseded?: true;
  /** The UI language the user chose, in which the findings' messages are written; absent without a choice. */
  uiLanguage?: UiLanguage;
  /** Findings of this inquiry dismissed with «Ignorer» (rules/inquiry/ignored.ts tokens over `result.findings`). */
  ignored?: string[];
}

/**
 * What the side panel shows for one tab. The findings' messages and suggestions quote the reply,
 * so a TabState is kept only in the worker's memory and handed to the panel on request
 * (getTabState); storage.session holds the TabRecord below.
 */
export interface TabState {
  tabId: number;
  frameId: number;
  fieldKey: string;
  /** Page URL without query or fragment. */
  url: string;
  updatedAt: string;
  result: CheckResult;
  ruleSet: RuleSetInfo;
  /** The inquiry of the checked field; its record is in storage.local under inquiryStorageKey(key). */
  inquiry?: { key: string; label: string };
  /** The citizen's name from the quoted inquiry, for the templates' {citizenName}; memory only, like the findings. */
  citizenName?: string;
}

/**
 * storage.session under tabStateKey(tabId): the text-free part of a TabState — no findings, no
 * counts, nothing of the reply. Its change tells the panel to ask for the tab's state again.
 */
export interface TabRecord {
  tabId: number;
  frameId: number;
  fieldKey: string;
  url: string;
  updatedAt: string;
  ruleSet: RuleSetInfo;
  inquiry?: { key: string; label: string };
}

export interface RuleSetSummary extends RuleSetInfo {
  /** Standard answers of the active set, and the closing days their dates are counted with. */
  templates?: ReplyTemplate[];
  calendar?: RuleSet['calendar'];
  labels: RuleSet['labels'];
  checklist: RuleSet['checklist'];
}

/**
 * Which rule set is active and how the last update went (entrypoints/background/ruleset-updater.ts);
 * kept in storage.local under RULE_SET_STATUS_KEY (storage-items.ts). Texts are Norwegian, ready to show.
 */
export interface RuleSetStatus {
  active: RuleSetInfo & {
    source: 'bundled' | 'remote';
    /** Key id the remote set was verified with. */
    kid?: string;
    url?: string;
    acceptedAt?: string;
  };
  config: {
    source: 'policy' | 'pilot' | 'none';
    ruleSetUrl?: string;
    trustedKeyIds: string[];
    refreshMinutes: number;
    unit?: string;
    allowDowngrade: boolean;
    hasPolicy: boolean;
    /** Pilot settings the options page shows read-only because policy sets them. */
    locked: Array<'ruleSetUrl' | 'trustedKeys' | 'refreshMinutes'>;
    problems: Problem[];
  };
  /** ISO time of the last attempt to fetch. */
  lastCheck?: string;
  lastResult?: 'updated' | 'unchanged' | 'failed' | 'not-configured';
  /** ISO time of the last check that ended well (updated or unchanged). */
  lastSuccess?: string;
  /** Why the last check failed, as a code with data worded where it is shown (a bokmål string from older
   * versions until the next check); the previous set stays active. */
  lastError?: Problem | string;
}

export interface ProtocolMap {
  /** content → background: check the reply text; answered to the asking frame. */
  checkText(data: CheckRequest): CheckResponse;
  /** panel → background: what the panel shows for a tab (null when nothing was checked there). */
  getTabState(data: { tabId: number }): TabState | null;
  /** background → content (tab, frame): check the field again now; true when it was checked. */
  recheck(data: { fieldKey: string }): boolean;
  /** panel → background: the labels and checklist of the active rule set. */
  getRuleSetSummary(): RuleSetSummary;
  /** content → background: the active set's names of the values and sub-goals (the popover's labels). */
  getRuleSetLabels(): RuleSet['labels'];
  /** background/panel → content (tab, frame): replace a finding's span with a suggestion. */
  applySuggestion(data: { fieldKey: string; findingId: string; suggestion: string }): boolean;
  /** background → content (every frame of every tab): the active rule set changed; re-check the field in focus. */
  ruleSetChanged(): boolean;
  /** content → background: the active set's templates filled for the sender's tab (inline search, Alt+M). */
  getFilledTemplates(): FilledTemplates;
  /** panel → content (tab, frame): insert a standard answer (svarmal) at the caret of the field. */
  insertTemplate(data: { fieldKey: string; text: string }): boolean;
  /** background/panel → content: scroll to a finding and select its span. */
  revealFinding(data: { fieldKey: string; findingId: string }): boolean;
  /** panel → content: scroll to a span of the checked reply and select it («Vis svaret»). */
  revealSpan(data: { fieldKey: string; start: number; end: number }): boolean;
  /** content → background: the popover's "Mer i sidepanelet" — open the side panel for the sender's tab. */
  openSidePanel(data: { fieldKey: string; findingId: string }): boolean;
  /** panel/options → background: the active rule set and the state of its updates. */
  getRuleSetStatus(): RuleSetStatus;
  /** options/panel → background: "Oppdater nå" — fetch the configured rule set now. */
  refreshRuleSet(): RuleSetStatus;
  /** panel → background: tick a manual checklist item or correct the received date/kind (null clears). */
  updateInquiry(data: InquiryUpdate): InquiryRecord | null;
  /** panel → background: "Påminn meg" for a promised date (09:00 Oslo time that day). */
  setReminder(data: { inquiryKey: string; date: string }): Reminder;
  /** panel → background: cancel a reminder. */
  cancelReminder(data: { id: string }): boolean;
  /** content → background: «Ignorer» — keep the finding dismissed for this inquiry. */
  ignoreFinding(data: { inquiryKey: string; token: string }): boolean;
  /** panel → background: store a changed UI language or retention period (storage-writes.ts). */
  saveSettings(data: SettingsChange): boolean;
  /** options → background: store the pilot rule-set settings. */
  savePilotSettings(data: PilotSettings): boolean;
  /** options → background: store the staff member's name and unit. */
  saveStaffProfile(data: StaffProfile): boolean;
  /** panel → background: the requested finding has been shown; forget the request. */
  clearFocusRequest(data: { tabId: number }): boolean;
  /** extension page → content (tab, frame): what the frame shows (browser tests; inspect.ts). */
  inspectContent(): ContentSnapshot;
}

/** Standard answers filled in the reply's language for one tab, for the inline template search. */
export interface FilledTemplates {
  language: UiLanguage;
  /** The inquiry's kind, when known: its templates come first. */
  kind?: InquiryKind;
  templates: Array<{ id: string; title: string; text: string; kinds: InquiryKind[]; keywords: string[] }>;
}

export interface InquiryUpdate {
  key: string;
  manual?: { itemId: string; done: boolean };
  correction?: { receivedDate?: string | null; kind?: InquiryKind | null };
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
