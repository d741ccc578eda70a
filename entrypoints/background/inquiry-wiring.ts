// Connects the per-inquiry record and the reminders to the browser: the panel's messages
// (updateInquiry, setReminder, cancelReminder), the daily prune alarm, reminder alarms and
// notification clicks. Must be called synchronously in the background's main() so the
// listeners wake the worker after a restart.
import { browser } from 'wxt/browser';
import { messaging } from '../shared/protocol.ts';
import type { InquiryRecord } from '../../rules/inquiry/record.ts';
import { isQuestionItemId } from '../../rules/inquiry/question-ticks.ts';
import type { TabStateStore } from './tab-state.ts';
import { ensurePruneAlarm, parseInquiryUpdate, PRUNE_ALARM, type InquiryService } from './inquiries.ts';
import { createReminderService, type ReminderService } from './reminders.ts';
import { chosenUiLanguage } from './ui-language.ts';
import { openPanel, type PanelOpeners } from './toolbar.ts';
import { isOwnExtension } from './validate.ts';

const log = (message: string, error?: unknown) => console.warn(`[Svarhjelp] ${message}`, error ?? '');

async function propagateDeadline(record: InquiryRecord, store: TabStateStore): Promise<void> {
  for (const state of store.states()) {
    if (state.inquiry?.key !== record.key) continue;
    const result = { ...state.result };
    if (record.deadline) result.deadline = record.deadline;
    else delete result.deadline;
    // A new updatedAt changes the tab's record, which tells an open panel to ask again.
    await store.write({ ...state, result, updatedAt: new Date().toISOString() });
  }
}

/** Every field showing the inquiry checks again (the content script asks the background). */
function recheckInquiry(key: string, store: TabStateStore): void {
  for (const state of store.states()) {
    if (state.inquiry?.key !== key) continue;
    messaging
      .sendMessage('recheck', { fieldKey: state.fieldKey }, { tabId: state.tabId, frameId: state.frameId })
      .catch((error: unknown) => log('could not ask the tab to check again', error));
  }
}

export function wireInquiries(inquiries: InquiryService, runtimeId: string, store: TabStateStore): ReminderService {
  const openers = browser as unknown as PanelOpeners;
  const reminders = createReminderService({
    local: browser.storage.local,
    session: browser.storage.session,
    alarms: browser.alarms,
    notifications: browser.notifications,
    tabs: browser.tabs,
    windows: browser.windows,
    // public/reminder-icon.png (a cast: WXT's PublicPath type only knows it after the next build).
    iconUrl: (browser.runtime.getURL as (path: string) => string)('/reminder-icon.png'),
    // Called synchronously in the notification click (reminders.ts), as opening needs.
    openPanel: (tabId, windowId) => openPanel(openers, { tabId, windowId }),
    browserLanguage: () => browser.i18n?.getUILanguage?.(),
  });

  const guard = (sender: { id?: string }) => {
    if (!isOwnExtension(sender, runtimeId)) throw new Error('Svarhjelp: message rejected (not from this extension)');
  };
  messaging.onMessage('updateInquiry', async ({ sender, data }) => {
    guard(sender);
    const update = parseInquiryUpdate(data);
    if (!update) throw new Error('Svarhjelp: message rejected (invalid updateInquiry data)');
    const record = await inquiries.update(update, (await chosenUiLanguage(browser.storage.local)) ?? 'nb');
    // A corrected date or kind changes the deadline card of every tab showing the inquiry now.
    if (record && update.correction) {
      await propagateDeadline(record, store).catch((error: unknown) => log('could not update the tab state', error));
    }
    // A question ticked by hand: its finding comes or goes with the next check, asked for now.
    if (record && update.manual && isQuestionItemId(update.manual.itemId)) recheckInquiry(record.key, store);
    return record;
  });
  messaging.onMessage('setReminder', async ({ sender, data }) => {
    guard(sender);
    return reminders.set(String(data?.inquiryKey ?? ''), String(data?.date ?? ''));
  });
  messaging.onMessage('cancelReminder', async ({ sender, data }) => {
    guard(sender);
    return reminders.cancel(String(data?.id ?? ''));
  });

  const maintain = () => {
    void ensurePruneAlarm(browser.alarms).catch((error: unknown) => log('could not schedule pruning', error));
    void reminders.maintain().catch((error: unknown) => log('could not restore reminder alarms', error));
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PRUNE_ALARM) {
      inquiries
        .prune()
        .then(() => reminders.maintain())
        .catch((error: unknown) => log('pruning failed', error));
      return;
    }
    reminders.onAlarm(alarm.name).catch((error: unknown) => log('could not show a reminder', error));
  });
  browser.notifications.onClicked.addListener((notificationId) => {
    reminders.onNotificationClicked(notificationId).catch((error: unknown) => log('could not open the inquiry', error));
  });
  browser.runtime.onStartup.addListener(maintain);
  browser.runtime.onInstalled.addListener(maintain);
  maintain();

  // Browser tests drive reminders from the worker (fire now, click the notification); reachable
  // only by code already running in this worker, never from pages or content scripts.
  (globalThis as { svarhjelpReminders?: ReminderService }).svarhjelpReminders = reminders;
  return reminders;
}
