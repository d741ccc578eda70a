// The options page's ways of talking to the rest of the extension, behind an interface so unit
// tests replace them. The page reads the active set straight from storage.local (it was
// verified when the updater accepted it) and runs the engine itself for "Test en tekst".
import { base64url } from 'jose';
import { browser } from 'wxt/browser';
import { messaging, RULE_SET_STATUS_KEY, type RuleSetStatus } from '../../entrypoints/shared/protocol.ts';
import { PILOT_SETTINGS_KEY, type PilotSettings } from '../../entrypoints/background/policy.ts';
import { ACTIVE_RULE_SET_KEY, type StoredRuleSet } from '../../entrypoints/background/ruleset-updater.ts';
import type { RuleSet } from '../../rules/ruleset/types.ts';
import { BUNDLED_RULE_SET } from '../../rules/standard/index.ts';

export interface OptionsApi {
  getStatus(): Promise<RuleSetStatus>;
  /** "Oppdater nå". */
  refresh(): Promise<RuleSetStatus>;
  /** The active rule set document (bundled or the accepted published one). */
  loadActiveRuleSet(): Promise<RuleSet>;
  readPilotSettings(): Promise<PilotSettings>;
  savePilotSettings(settings: PilotSettings): Promise<void>;
  /** Called when status or the active set changes in storage. */
  onChange(listener: () => void): () => void;
}

export function decodeStoredRuleSet(stored: StoredRuleSet | undefined): RuleSet | undefined {
  if (!stored?.jws) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(base64url.decode(stored.jws.split('.')[1] ?? ''))) as RuleSet;
  } catch {
    return undefined;
  }
}

export const browserOptionsApi: OptionsApi = {
  getStatus: () => messaging.sendMessage('getRuleSetStatus', undefined),
  refresh: () => messaging.sendMessage('refreshRuleSet', undefined),
  async loadActiveRuleSet() {
    const stored = (await browser.storage.local.get(ACTIVE_RULE_SET_KEY))[ACTIVE_RULE_SET_KEY] as StoredRuleSet | undefined;
    return decodeStoredRuleSet(stored) ?? BUNDLED_RULE_SET;
  },
  async readPilotSettings() {
    return ((await browser.storage.local.get(PILOT_SETTINGS_KEY))[PILOT_SETTINGS_KEY] as PilotSettings | undefined) ?? {};
  },
  async savePilotSettings(settings) {
    await browser.storage.local.set({ [PILOT_SETTINGS_KEY]: settings });
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
