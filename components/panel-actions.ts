// The side panel's actions that ask the background to store for the user's inquiry and
// settings: ticks and corrections, reminders, how long records are kept, the UI language. Split
// from panel-store.ts, which owns what the panel shows and when it asks for it.
import { browser } from 'wxt/browser';
import type { StoreApi } from 'zustand/vanilla';
import { clampRetentionDays } from '../rules/inquiry/record.ts';
import type { Reminder } from '../rules/inquiry/reminders.ts';
import type { MessageKey } from './i18n.ts';
import type { PanelApi } from './panel-api.ts';
import type { Notice, PanelState } from './panel-store.ts';
import { settingsItem, type PanelSettings } from '../entrypoints/shared/storage-items.ts';

/** The browser's UI language (BCP 47), for the panel's language when the user chose none. */
export function browserUiLanguage(): string | undefined {
  try {
    const fromApi = browser.i18n?.getUILanguage?.();
    if (fromApi) return fromApi;
  } catch {
    // Not available (tests, unusual hosts).
  }
  return typeof navigator !== 'undefined' ? navigator.language : undefined;
}

export async function readSettings(): Promise<PanelSettings> {
  const settings = await settingsItem.getValue();
  return settings && typeof settings === 'object' ? settings : {};
}

export function remindersOf(value: unknown): Reminder[] {
  if (!value || typeof value !== 'object') return [];
  return Object.values(value as Record<string, Reminder>).filter((r) => r && typeof r.id === 'string' && typeof r.when === 'number');
}

export interface ActionDeps {
  api: PanelApi;
  get: StoreApi<PanelState>['getState'];
  set: StoreApi<PanelState>['setState'];
  notify(kind: Notice['kind'], key: MessageKey): void;
}

type InquiryActions = Pick<PanelState, 'setUiLanguage' | 'setManualTick' | 'correctInquiry' | 'remind' | 'cancelReminder' | 'setRetentionDays'>;

export function createInquiryActions({ api, get, set, notify }: ActionDeps): InquiryActions {
  return {
    async setUiLanguage(lang) {
      set({ uiLanguage: lang });
      try {
        // The background stores it (storage-writes.ts): pages never write storage themselves.
        await api.saveSettings?.({ uiLanguage: lang });
      } catch (error) {
        console.warn('[svarhjelp] could not save the UI language', error);
      }
    },

    async setManualTick(itemId, done) {
      const record = get().inquiry;
      if (!record || !api.updateInquiry) return;
      // Optimistic: the tick shows at once; storage.onChanged brings the stored record.
      set({ inquiry: { ...record, manual: { ...record.manual, [itemId]: done } } });
      try {
        const stored = await api.updateInquiry({ key: record.key, manual: { itemId, done } });
        if (stored && get().inquiry?.key === stored.key) set({ inquiry: stored });
      } catch (error) {
        console.warn('[svarhjelp] could not save the tick', error);
        set({ inquiry: record });
        notify('error', 'saveFailed');
      }
    },

    async correctInquiry(correction) {
      const record = get().inquiry;
      if (!record || !api.updateInquiry) return;
      try {
        const stored = await api.updateInquiry({ key: record.key, correction });
        if (stored && get().inquiry?.key === stored.key) set({ inquiry: stored });
      } catch (error) {
        console.warn('[svarhjelp] could not save the correction', error);
        notify('error', 'saveFailed');
      }
    },

    async remind(date) {
      const record = get().inquiry;
      if (!record || !api.setReminder) return;
      try {
        const reminder = await api.setReminder(record.key, date);
        set({ reminders: [...get().reminders.filter((r) => r.id !== reminder.id), reminder] });
        notify('success', 'reminderSaved');
      } catch (error) {
        console.warn('[svarhjelp] could not set the reminder', error);
        notify('error', 'reminderFailed');
      }
    },

    async cancelReminder(id) {
      if (!api.cancelReminder) return;
      try {
        await api.cancelReminder(id);
        set({ reminders: get().reminders.filter((r) => r.id !== id) });
      } catch (error) {
        console.warn('[svarhjelp] could not cancel the reminder', error);
        notify('error', 'saveFailed');
      }
    },

    async setRetentionDays(days) {
      const retentionDays = clampRetentionDays(days);
      set({ retentionDays });
      try {
        await api.saveSettings?.({ retentionDays });
      } catch (error) {
        console.warn('[svarhjelp] could not save the retention period', error);
      }
    },
  };
}
