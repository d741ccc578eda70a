// Connects the rule-set updater to the browser: startup and alarm refreshes, policy and pilot
// changes, and the getRuleSetStatus/refreshRuleSet messages. Kept out of index.ts so the
// background's entry stays thin and the engine engineer's wiring is untouched.
import { browser } from 'wxt/browser';
import { messaging } from '../shared/protocol.ts';
import { broadcastRuleSetChange } from './ruleset-broadcast.ts';
import { ensureRefreshAlarm, REFRESH_ALARM, type RuleSetUpdater } from './ruleset-updater.ts';
import { isOwnExtension } from './validate.ts';
import { ACTIVE_RULE_SET_KEY, PILOT_SETTINGS_KEY } from '../shared/storage-items.ts';

const log = (message: string, error?: unknown) => console.warn(`[Svarhjelp] ${message}`, error ?? '');

/** Must be called synchronously in the background's main() so the listeners wake the worker. */
export function wireRuleSetUpdater(updater: RuleSetUpdater, runtimeId: string): void {
  const refresh = (why: string) => {
    updater.refresh().catch((error: unknown) => log(`rule-set refresh (${why}) failed`, error));
  };
  const reschedule = () =>
    updater
      .config()
      .then((c) => ensureRefreshAlarm(browser.alarms, c.refreshMinutes))
      .catch((error: unknown) => log('could not schedule the rule-set alarm', error));

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) refresh('alarm');
  });
  browser.runtime.onStartup.addListener(() => refresh('startup'));
  browser.runtime.onInstalled.addListener(() => {
    void reschedule();
    refresh('installed');
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && PILOT_SETTINGS_KEY in changes)) {
      // New URL, keys or interval: fetch at once instead of waiting for the next alarm.
      void reschedule();
      refresh('configuration changed');
    }
    if (area === 'local' && ACTIVE_RULE_SET_KEY in changes) {
      updater.noteStoredChange(changes[ACTIVE_RULE_SET_KEY]?.newValue);
      // Open pages check the reply in focus again with the new set, without waiting for a keystroke.
      broadcastRuleSetChange({
        tabIds: async () => (await browser.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])),
        notify: (tabId) => messaging.sendMessage('ruleSetChanged', undefined, tabId),
      }).catch((error: unknown) => log('could not tell the open pages about the new rule set', error));
    }
  });
  // Alarms survive worker restarts but not every browser restart in every browser: make sure.
  void reschedule();

  messaging.onMessage('getRuleSetStatus', ({ sender }) => {
    if (!isOwnExtension(sender, runtimeId)) throw new Error('Svarhjelp: message rejected (not from this extension)');
    return updater.getStatus();
  });
  messaging.onMessage('refreshRuleSet', ({ sender }) => {
    if (!isOwnExtension(sender, runtimeId)) throw new Error('Svarhjelp: message rejected (not from this extension)');
    return updater.refresh();
  });
}
