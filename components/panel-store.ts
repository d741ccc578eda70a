// The side panel's state: which tab it shows, that tab's TabState (asked from the background,
// which keeps it in memory only; the tab's text-free record in storage.session says when to ask
// again), the rule-set summary from the background, the UI language, and transient notices.
import { browser } from 'wxt/browser';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { UiLanguage } from '../rules/ids.ts';
import type { Finding, InquiryKind } from '../rules/types.ts';
import { clampRetentionDays, DEFAULT_RETENTION_DAYS, isInquiryRecord, type InquiryRecord } from '../rules/inquiry/record.ts';
import type { Reminder } from '../rules/inquiry/reminders.ts';
import type { RuleSetSummary, TabState } from '../entrypoints/shared/protocol.ts';
import { freshFocusRequest, requestedFinding, type FocusRequest } from '../entrypoints/shared/focus-request.ts';
import {
  focusRequestItem,
  focusRequestKey,
  inquiryItem,
  inquiryStorageKey,
  REMINDERS_KEY,
  remindersItem,
  SETTINGS_KEY,
  tabStateKey,
} from '../entrypoints/shared/storage-items.ts';
import { isUiLanguage, uiLanguageFromBrowser, type MessageKey } from './i18n.ts';
import type { PanelApi } from './panel-api.ts';
import { isTabState } from './panel-tab.ts';
import { browserUiLanguage, createInquiryActions, readSettings, remindersOf } from './panel-actions.ts';

export { isTabState, parseTabParam } from './panel-tab.ts';

export interface Notice {
  kind: 'error' | 'success';
  key: MessageKey;
  /** Distinguishes repeated notices so screen readers announce them again. */
  id: number;
}

export interface PanelState {
  /** 'fixed' when opened with ?tab=<id>; 'active' follows the active tab of the window. */
  mode: 'fixed' | 'active';
  tabId: number | null;
  /** True once the first lookup of the tab (and its state) has finished. */
  ready: boolean;
  /** No tab could be found (e.g. a window without tabs). */
  noTab: boolean;
  tabState: TabState | null;
  summary: RuleSetSummary | null;
  summaryStatus: 'idle' | 'loading' | 'ok' | 'error';
  uiLanguage: UiLanguage;
  notice: Notice | null;
  /** Finding id with an apply/reveal in flight. */
  busyFindingId: string | null;
  /** The popover's "Mer i sidepanelet" asked to show this finding: its card scrolls into view and takes focus. */
  focusFindingId: string | null;
  /** The record of the tab's inquiry (storage.local), when the tab names one. */
  inquiry: InquiryRecord | null;
  /** Every scheduled reminder (all inquiries). */
  reminders: Reminder[];
  /** How long inquiry records are kept (settings.retentionDays). */
  retentionDays: number;

  start(options?: { fixedTabId?: number | null }): Promise<void>;
  stop(): void;
  showTab(tabId: number | null): Promise<void>;
  loadSummary(): Promise<void>;
  setUiLanguage(lang: UiLanguage): Promise<void>;
  applySuggestion(finding: Finding, suggestion: string): Promise<void>;
  revealFinding(finding: Finding): Promise<void>;
  /** «Vis svaret»: select a span of the reply in the editor (the sentence that answers a question). */
  revealSpan(span: { start: number; end: number }): Promise<void>;
  /** The requested finding has been shown: forget the request (it is used once). */
  focusDone(): void;
  dismissNotice(): void;
  setManualTick(itemId: string, done: boolean): Promise<void>;
  correctInquiry(correction: { receivedDate?: string | null; kind?: InquiryKind | null }): Promise<void>;
  remind(date: string): Promise<void>;
  cancelReminder(id: string): Promise<void>;
  setRetentionDays(days: number): Promise<void>;
}

export type PanelStore = StoreApi<PanelState>;

export interface PanelStoreOptions {
  /** How long a success notice stays, in ms. */
  successNoticeMs?: number;
  /** The clock for the age of focus requests (tests). */
  now?: () => number;
  /** The browser's UI language (BCP 47); defaults to browser.i18n / navigator. */
  browserLanguage?: () => string | undefined;
}

export function createPanelStore(api: PanelApi, options: PanelStoreOptions = {}): PanelStore {
  const successNoticeMs = options.successNoticeMs ?? 4000;
  const now = options.now ?? (() => Date.now());
  const defaultUiLanguage = () => uiLanguageFromBrowser((options.browserLanguage ?? browserUiLanguage)());
  const cleanups: Array<() => void> = [];
  let windowId: number | undefined;
  let noticeCounter = 0;
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Increases with every tab switch and every new ask for the tab's state; stale answers are dropped. */
  let generation = 0;
  /** A "Mer i sidepanelet" request waiting for the finding it names to arrive. */
  let pendingFocus: FocusRequest | null = null;

  return createStore<PanelState>()((set, get) => {
    const notify = (kind: Notice['kind'], key: MessageKey) => {
      clearTimeout(noticeTimer);
      set({ notice: { kind, key, id: ++noticeCounter } });
      if (kind === 'success') {
        noticeTimer = setTimeout(() => {
          if (get().notice?.kind === 'success') set({ notice: null });
        }, successNoticeMs);
      }
    };
    const inquiryActions = createInquiryActions({ api, get, set, notify });

    const targetOf = () => {
      const { tabState, tabId } = get();
      if (!tabState || tabId === null) return null;
      return { tabId, frameId: tabState.frameId ?? 0, fieldKey: tabState.fieldKey };
    };

    const readTabState = async (tabId: number): Promise<TabState | null> => {
      const value = await api.getTabState(tabId);
      return isTabState(value) ? value : null;
    };

    /** The finding a focus request names, once the tab's findings are there. */
    const resolveFocus = () => {
      const request = pendingFocus;
      const findings = get().tabState?.result.findings;
      if (!request || !findings) return;
      const findingId = requestedFinding(request, findings);
      if (findingId) {
        pendingFocus = null;
        set({ focusFindingId: findingId });
      }
    };

    const takeFocusRequest = (value: unknown) => {
      const request = freshFocusRequest(value, now());
      if (!request) return;
      pendingFocus = request;
      resolveFocus();
    };

    /** Asks for the tab's state again (its record changed); a newer ask or a tab switch wins. */
    const refreshTabState = async (tabId: number): Promise<void> => {
      const mine = ++generation;
      let next: TabState | null = null;
      try {
        next = await readTabState(tabId);
      } catch (error) {
        console.warn('[svarhjelp] could not read the tab state', error);
        return;
      }
      if (mine !== generation || get().tabId !== tabId) return;
      const { summary, summaryStatus } = get();
      set({ tabState: next });
      resolveFocus();
      void readInquiry(next);
      // A newly published rule set: fetch its labels too.
      if (next && summary && summaryStatus !== 'loading' && next.ruleSet?.version !== summary.version) {
        void get().loadSummary();
      }
    };

    const readInquiry = async (tabState: TabState | null): Promise<void> => {
      const key = tabState?.inquiry?.key;
      if (!key) {
        if (get().inquiry) set({ inquiry: null });
        return;
      }
      if (get().inquiry?.key === key) return; // kept current by onChanged
      try {
        const value: unknown = await inquiryItem(key).getValue();
        if (get().tabState?.inquiry?.key === key) set({ inquiry: isInquiryRecord(value) ? value : null });
      } catch (error) {
        console.warn('[svarhjelp] could not read the inquiry', error);
      }
    };

    const readFocusRequest = async (tabId: number): Promise<void> => {
      try {
        const value = await focusRequestItem(tabId).getValue();
        if (get().tabId === tabId) takeFocusRequest(value);
      } catch (error) {
        console.warn('[svarhjelp] could not read the focus request', error);
      }
    };

    const onStorageChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local') {
        const key = get().tabState?.inquiry?.key;
        const change = key ? changes[inquiryStorageKey(key)] : undefined;
        if (change) set({ inquiry: isInquiryRecord(change.newValue) ? change.newValue : null });
        if (changes[REMINDERS_KEY]) set({ reminders: remindersOf(changes[REMINDERS_KEY].newValue) });
        if (changes[SETTINGS_KEY]) {
          set({ retentionDays: clampRetentionDays((changes[SETTINGS_KEY].newValue as { retentionDays?: unknown } | undefined)?.retentionDays) });
        }
      }
      if (area === 'session') {
        const { tabId } = get();
        if (tabId === null) return;
        const focus = changes[focusRequestKey(tabId)];
        if (focus) takeFocusRequest(focus.newValue);
        const change = changes[tabStateKey(tabId)];
        if (!change) return;
        // The record holds no findings: it only says that the tab has a newer result (or none).
        if (change.newValue === undefined || change.newValue === null) {
          ++generation;
          set({ tabState: null });
          void readInquiry(null);
        } else {
          void refreshTabState(tabId);
        }
      } else if (area === 'local' && changes[SETTINGS_KEY]) {
        const settings = changes[SETTINGS_KEY].newValue as { uiLanguage?: unknown } | undefined;
        set({
          uiLanguage: isUiLanguage(settings?.uiLanguage) ? settings.uiLanguage : defaultUiLanguage(),
        });
      }
    };

    return {
      mode: 'active',
      tabId: null,
      ready: false,
      noTab: false,
      tabState: null,
      summary: null,
      summaryStatus: 'idle',
      uiLanguage: defaultUiLanguage(),
      notice: null,
      busyFindingId: null,
      focusFindingId: null,
      inquiry: null,
      reminders: [],
      retentionDays: DEFAULT_RETENTION_DAYS,

      async start({ fixedTabId = null } = {}) {
        get().stop();
        browser.storage.onChanged.addListener(onStorageChanged);
        cleanups.push(() => browser.storage.onChanged.removeListener(onStorageChanged));

        const summaryPromise = get().loadSummary();
        try {
          const settings = await readSettings();
          if (isUiLanguage(settings.uiLanguage)) set({ uiLanguage: settings.uiLanguage });
          set({ retentionDays: clampRetentionDays(settings.retentionDays) });
          set({ reminders: remindersOf(await remindersItem.getValue()) });
        } catch (error) {
          console.warn('[svarhjelp] could not read settings', error);
        }

        if (fixedTabId !== null) {
          set({ mode: 'fixed' });
          await get().showTab(fixedTabId);
        } else {
          set({ mode: 'active' });
          const onActivated = (info: { tabId: number; windowId: number }) => {
            if (windowId === undefined || info.windowId === windowId) void get().showTab(info.tabId);
          };
          const onUpdated = (tabId: number, changeInfo: { status?: string }) => {
            if (tabId === get().tabId && changeInfo.status === 'complete') void get().showTab(tabId);
          };
          browser.tabs.onActivated.addListener(onActivated);
          browser.tabs.onUpdated.addListener(onUpdated);
          cleanups.push(() => {
            browser.tabs.onActivated.removeListener(onActivated);
            browser.tabs.onUpdated.removeListener(onUpdated);
          });
          try {
            const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
            windowId = tab?.windowId;
            await get().showTab(tab?.id ?? null);
          } catch (error) {
            console.warn('[svarhjelp] could not find the active tab', error);
            await get().showTab(null);
          }
        }
        await summaryPromise;
      },

      stop() {
        while (cleanups.length) cleanups.pop()!();
        clearTimeout(noticeTimer);
      },

      async showTab(tabId) {
        const mine = ++generation;
        if (tabId !== get().tabId) {
          pendingFocus = null;
          set({ tabId, tabState: null, notice: null, busyFindingId: null, focusFindingId: null, inquiry: null });
        }
        if (tabId === null) {
          set({ ready: true, noTab: true });
          return;
        }
        let tabState: TabState | null = null;
        try {
          tabState = await readTabState(tabId);
        } catch (error) {
          console.warn('[svarhjelp] could not read the tab state', error);
        }
        if (mine !== generation) {
          // A newer ask for the same tab (its record changed meanwhile) brings the state.
          if (get().tabId === tabId) set({ ready: true, noTab: false });
          return;
        }
        set({ tabState, ready: true, noTab: false });
        resolveFocus();
        await readFocusRequest(tabId);
        await readInquiry(tabState);
      },

      async loadSummary() {
        set({ summaryStatus: 'loading' });
        try {
          const summary = await api.getRuleSetSummary();
          if (!summary || typeof summary !== 'object' || !summary.labels) throw new Error('Malformed rule-set summary');
          set({ summary, summaryStatus: 'ok' });
        } catch (error) {
          console.warn('[svarhjelp] getRuleSetSummary failed; showing built-in labels', error);
          set({ summaryStatus: 'error' });
        }
      },

      async applySuggestion(finding, suggestion) {
        const target = targetOf();
        if (!target) return;
        set({ busyFindingId: finding.id });
        let ok = false;
        try {
          ok = await api.applySuggestion(target, finding.id, suggestion);
        } catch (error) {
          console.warn('[svarhjelp] applySuggestion failed', error);
        }
        set({ busyFindingId: null });
        notify(ok ? 'success' : 'error', ok ? 'applied' : 'applyFailed');
      },

      async revealFinding(finding) {
        const target = targetOf();
        if (!target) return;
        set({ busyFindingId: finding.id });
        let ok = false;
        try {
          ok = await api.revealFinding(target, finding.id);
        } catch (error) {
          console.warn('[svarhjelp] revealFinding failed', error);
        }
        set({ busyFindingId: null });
        if (ok) {
          if (get().notice?.kind === 'error') set({ notice: null });
        } else {
          notify('error', 'revealFailed');
        }
      },

      async revealSpan(span) {
        const target = targetOf();
        if (!target || !api.revealSpan) return;
        let ok = false;
        try {
          ok = await api.revealSpan(target, span);
        } catch (error) {
          console.warn('[svarhjelp] revealSpan failed', error);
        }
        if (ok) {
          if (get().notice?.kind === 'error') set({ notice: null });
        } else {
          notify('error', 'revealFailed');
        }
      },

      focusDone() {
        const { tabId } = get();
        pendingFocus = null;
        set({ focusFindingId: null });
        if (tabId !== null) {
          api.clearFocusRequest?.(tabId).catch((error: unknown) => console.warn('[svarhjelp] could not clear the focus request', error));
        }
      },

      dismissNotice() {
        clearTimeout(noticeTimer);
        set({ notice: null });
      },
      ...inquiryActions,
    };
  });
}
