// The side panel's only ways of talking to the rest of the extension, behind an interface so
// unit tests can replace them.
import { messaging, type InquiryUpdate, type RuleSetSummary, type TabState } from '../entrypoints/shared/protocol.ts';
import type { InquiryRecord } from '../rules/inquiry/record.ts';
import type { Reminder } from '../rules/inquiry/reminders.ts';
import type { SettingsChange } from '../entrypoints/background/storage-writes.ts';

/** Where a finding's field lives: the tab, the frame inside it, and the field within the frame. */
export interface FieldTarget {
  tabId: number;
  frameId: number;
  fieldKey: string;
}

export interface PanelApi {
  getRuleSetSummary(): Promise<RuleSetSummary>;
  /** The tab's findings and metrics, from the worker's memory (never stored: they quote the reply). */
  getTabState(tabId: number): Promise<TabState | null>;
  /** Resolves true when the content script applied the suggestion. */
  applySuggestion(target: FieldTarget, findingId: string, suggestion: string): Promise<boolean>;
  /** Resolves true when the content script scrolled to and selected the finding's span. */
  revealFinding(target: FieldTarget, findingId: string): Promise<boolean>;
  /** Resolves true when the content script scrolled to and selected the span of the reply. */
  revealSpan?(target: FieldTarget, span: { start: number; end: number }): Promise<boolean>;
  /** Resolves true when the content script inserted the text at the field's caret (optional so older fakes keep working). */
  insertTemplate?(target: FieldTarget, text: string): Promise<boolean>;
  /** Per-inquiry checklist ticks and corrections (optional so older fakes keep working). */
  updateInquiry?(update: InquiryUpdate): Promise<InquiryRecord | null>;
  setReminder?(inquiryKey: string, date: string): Promise<Reminder>;
  cancelReminder?(id: string): Promise<boolean>;
  /** Stores a changed UI language or retention period (the background writes; optional so older fakes keep working). */
  saveSettings?(change: SettingsChange): Promise<boolean>;
  /** Forgets the tab's "Mer i sidepanelet" request once its finding has been shown. */
  clearFocusRequest?(tabId: number): Promise<boolean>;
}

export class TimeoutError extends Error {
  constructor(what: string, ms: number) {
    super(`${what} did not answer within ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(what, ms)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** The frame of the tab whose content script owns the field. */
const frameOf = (target: FieldTarget) => ({ tabId: target.tabId, frameId: target.frameId });

/** A content script's answer to "act on your field": true only when it did, within five seconds. */
async function didAct(sent: Promise<unknown>, name: string): Promise<boolean> {
  return (await withTimeout(sent, 5000, name)) === true;
}

/** The real implementation over @webext-core/messaging. */
export const messagingApi: PanelApi = {
  getRuleSetSummary: () => withTimeout(messaging.sendMessage('getRuleSetSummary'), 5000, 'getRuleSetSummary'),
  // A restarted worker first asks the tab to check its field again (handlers.ts): allow for that.
  getTabState: (tabId) => withTimeout(messaging.sendMessage('getTabState', { tabId }), 15000, 'getTabState'),
  applySuggestion: (target, findingId, suggestion) =>
    didAct(messaging.sendMessage('applySuggestion', { fieldKey: target.fieldKey, findingId, suggestion }, frameOf(target)), 'applySuggestion'),
  revealFinding: (target, findingId) =>
    didAct(messaging.sendMessage('revealFinding', { fieldKey: target.fieldKey, findingId }, frameOf(target)), 'revealFinding'),
  revealSpan: (target, span) =>
    didAct(messaging.sendMessage('revealSpan', { fieldKey: target.fieldKey, start: span.start, end: span.end }, frameOf(target)), 'revealSpan'),
  insertTemplate: (target, text) => didAct(messaging.sendMessage('insertTemplate', { fieldKey: target.fieldKey, text }, frameOf(target)), 'insertTemplate'),
  updateInquiry: (update) => withTimeout(messaging.sendMessage('updateInquiry', update), 5000, 'updateInquiry'),
  setReminder: (inquiryKey, date) => withTimeout(messaging.sendMessage('setReminder', { inquiryKey, date }), 5000, 'setReminder'),
  cancelReminder: (id) => withTimeout(messaging.sendMessage('cancelReminder', { id }), 5000, 'cancelReminder'),
  saveSettings: (change) => withTimeout(messaging.sendMessage('saveSettings', change), 5000, 'saveSettings'),
  clearFocusRequest: (tabId) => withTimeout(messaging.sendMessage('clearFocusRequest', { tabId }), 5000, 'clearFocusRequest'),
};
