// The options page's ways of talking to the rest of the extension, behind an interface so unit
// tests replace them. The page reads the stored set from storage.local (it was verified when
// the updater accepted it) and picks the active one with the worker's own rule
// (selectActiveRuleSet), so it shows what really runs — the bundled set when the stored one no
// longer compiles — and runs the engine itself for "Test en tekst".
import { browser } from 'wxt/browser';
import { messaging, type RuleSetStatus } from '../../entrypoints/shared/protocol.ts';
import type { PilotSettings } from '../../entrypoints/background/policy.ts';
import type { RuleSet } from '../../rules/ruleset/types.ts';
import type { UiLanguageSource } from './options-language.tsx';
import {
  ACTIVE_RULE_SET_KEY,
  pilotSettingsItem,
  RULE_SET_STATUS_KEY,
  ruleSetStatusItem,
  SETTINGS_KEY,
  settingsItem,
} from '../../entrypoints/shared/storage-items.ts';

export interface OptionsApi extends UiLanguageSource {
  getStatus(): Promise<RuleSetStatus>;
  /**
   * The status the worker last stored, read straight from storage.local: shown at once, because
   * the worker's answer waits for its first storage.managed read, which Chromium gives only
   * seconds after a browser start.
   */
  readStoredStatus?(): Promise<RuleSetStatus | undefined>;
  /** "Oppdater nå". */
  refresh(): Promise<RuleSetStatus>;
  /** The active rule set document (bundled or the accepted published one). */
  loadActiveRuleSet(): Promise<RuleSet>;
  readPilotSettings(): Promise<PilotSettings>;
  savePilotSettings(settings: PilotSettings): Promise<void>;
  /** Called when status or the active set changes in storage. */
  onChange(listener: () => void): () => void;
}

/** A stored status the panel can show: it has the active set and the configuration (every saved one has). */
export function isShowableStatus(value: unknown): value is RuleSetStatus {
  const v = value as Partial<RuleSetStatus> | null;
  return !!v && typeof v === 'object' && !!v.active && typeof v.active === 'object' && !!v.config && typeof v.config === 'object';
}

export const browserOptionsApi: OptionsApi = {
  getStatus: () => messaging.sendMessage('getRuleSetStatus', undefined),
  async readStoredStatus() {
    const value: unknown = await ruleSetStatusItem.getValue();
    return isShowableStatus(value) ? value : undefined;
  },
  refresh: () => messaging.sendMessage('refreshRuleSet', undefined),
  // The engine and the bundled set are a large part of the page's script: loaded after the first paint.
  loadActiveRuleSet: async () => (await import('./active-rule-set.ts')).readActiveRuleSet(browser.storage.local),
  async readPilotSettings() {
    return (await pilotSettingsItem.getValue()) ?? {};
  },
  // The background stores it (storage-writes.ts): pages never write storage themselves.
  async savePilotSettings(settings) {
    await messaging.sendMessage('savePilotSettings', settings);
  },
  async readUiLanguage() {
    return ((await settingsItem.getValue()) as { uiLanguage?: unknown } | null)?.uiLanguage;
  },
  onUiLanguageChange(listener) {
    const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && SETTINGS_KEY in changes) listener((changes[SETTINGS_KEY]!.newValue as { uiLanguage?: unknown } | undefined)?.uiLanguage);
    };
    browser.storage.onChanged.addListener(handler);
    return () => browser.storage.onChanged.removeListener(handler);
  },
  onChange(listener) {
    const handler = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (RULE_SET_STATUS_KEY in changes || ACTIVE_RULE_SET_KEY in changes)) listener();
      if (area === 'managed') listener();
    };
    browser.storage.onChanged.addListener(handler);
    return () => browser.storage.onChanged.removeListener(handler);
  },
};
