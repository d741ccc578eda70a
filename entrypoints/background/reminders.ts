// "Påminn meg": a browser alarm on the promised date (09:00 Oslo time) that shows a
// notification; clicking it brings the user back to the inquiry's tab (or reopens its address)
// and opens the side panel where the browser allows it. Reminders live in storage.local under
// REMINDERS_KEY (ids, dates, the text-free label and the address), alarms in browser.alarms —
// both survive service-worker restarts.
import { parseInquiryLabel } from '../../rules/inquiry/identity.ts';
import { isInquiryRecord, isYmd } from '../../rules/inquiry/record.ts';
import { alarmNameOf, canRemind, REMINDER_ALARM_PREFIX, reminderId, reminderIdOfAlarm, reminderWhen, type Reminder } from '../../rules/inquiry/reminders.ts';
import { uiLanguageFromBrowser, type UiLanguage } from '../../rules/ids.ts';
import { NOTIFICATION_STRINGS, translatorFor } from '../../components/ui-strings/index.ts';
import type { TabRecord } from '../shared/protocol.ts';
import type { LocalAreaLike } from './inquiries.ts';
import { chosenUiLanguage } from './ui-language.ts';
import { inquiryStorageKey, REMINDER_CLICK_TARGETS_KEY, REMINDERS_KEY } from '../shared/storage-items.ts';

export const NOTIFICATION_PREFIX = 'svarhjelp-reminder:';
export const notificationIdOf = (reminderIdValue: string) => `${NOTIFICATION_PREFIX}${reminderIdValue}`;
export function reminderIdOfNotification(id: string): string | undefined {
  return id.startsWith(NOTIFICATION_PREFIX) ? id.slice(NOTIFICATION_PREFIX.length) : undefined;
}
/** A fired reminder stays this long so a late click on its notification still finds the inquiry. */
const KEEP_FIRED_MS = 7 * 86_400_000;
/**
 * storage.session (REMINDER_CLICK_TARGETS_KEY): notification id → the tab and window the inquiry
 * was in when the notification appeared. Kept in memory too, because the panel must be opened
 * synchronously in the click (see onNotificationClicked); the session copy refills the memory
 * after a worker restart.
 */
interface ClickTarget {
  tabId?: number;
  windowId?: number;
}

export interface ReminderDeps {
  local: LocalAreaLike;
  session: { get(keys: string | string[] | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  alarms: {
    create(name: string, info: { when: number }): Promise<void> | void;
    clear(name: string): Promise<boolean>;
    getAll(): Promise<Array<{ name: string }>>;
  };
  notifications: {
    create(
      id: string,
      options: { type: 'basic'; iconUrl: string; title: string; message: string; priority?: number; requireInteraction?: boolean },
    ): Promise<string>;
    clear(id: string): Promise<boolean>;
  };
  tabs: {
    get(tabId: number): Promise<{ id?: number; windowId?: number }>;
    update(tabId: number, props: { active: boolean }): Promise<unknown>;
    create(props: { url: string; active: boolean }): Promise<{ id?: number; windowId?: number }>;
  };
  windows: { update(windowId: number, props: { focused: boolean }): Promise<unknown> };
  /**
   * Opens the side panel (Chrome sidePanel.open / Firefox sidebarAction.open); may refuse, and
   * rejects when it needs a tab or window it was not given (Chrome). Called synchronously in
   * the notification click, where the browsers allow it.
   */
  openPanel(tabId: number | undefined, windowId: number | undefined): Promise<void>;
  iconUrl: string;
  /** The browser's UI language (BCP 47), for notifications when the user chose none in the panel. */
  browserLanguage?: () => string | undefined;
  now?: () => number;
  log?: (message: string, error?: unknown) => void;
}

const dmy = (ymd: string) => ymd.split('-').reverse().join('.');

/** The notification's text in the UI language (bokmål unless told); no message text. */
export function notificationText(reminder: Pick<Reminder, 'label' | 'date'>, language: UiLanguage = 'nb'): { title: string; message: string } {
  const t = translatorFor(NOTIFICATION_STRINGS, language);
  const parsed = parseInquiryLabel(reminder.label);
  const about =
    parsed?.source === 'case'
      ? t('case', { n: parsed.value })
      : parsed?.source === 'quote'
        ? t('quote', { date: dmy(parsed.value) })
        : parsed?.source === 'mail'
          ? t('mail')
          : parsed?.source === 'page'
            ? t('page', { host: parsed.value })
            : t('other');
  return { title: t('title'), message: t('message', { date: dmy(reminder.date), about }) };
}

export function createReminderService(deps: ReminderDeps) {
  const now = deps.now ?? (() => Date.now());
  const log = deps.log ?? ((message, error) => console.warn(`[Svarhjelp] ${message}`, error ?? ''));

  const readAll = async (): Promise<Record<string, Reminder>> => {
    const value = (await deps.local.get(REMINDERS_KEY))[REMINDERS_KEY];
    return value && typeof value === 'object' ? { ...(value as Record<string, Reminder>) } : {};
  };
  const writeAll = (all: Record<string, Reminder>) => deps.local.set({ [REMINDERS_KEY]: all });
  // One writer at a time for the reminders map.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.catch(() => {}).then(fn);
    queue = next;
    return next;
  };

  // Where each shown notification leads (REMINDER_CLICK_TARGETS_KEY); memory first, refilled at start.
  const targets = new Map<string, ClickTarget>();
  const restored = deps.session
    .get(REMINDER_CLICK_TARGETS_KEY)
    .then((all) => {
      const saved = all[REMINDER_CLICK_TARGETS_KEY];
      if (!saved || typeof saved !== 'object') return;
      for (const [id, target] of Object.entries(saved as Record<string, ClickTarget>)) if (!targets.has(id)) targets.set(id, target);
    })
    .catch((error: unknown) => log('could not restore where reminders lead', error));
  const saveTargets = () => deps.session.set({ [REMINDER_CLICK_TARGETS_KEY]: Object.fromEntries(targets) });

  /** The tab showing the inquiry now: a tab whose panel state (storage.session) names it. */
  // (Tab URLs are not visible without host permissions, so the panel state is what links a tab to an inquiry.)
  const findTab = async (inquiryKey: string): Promise<number | undefined> => {
    const session = await deps.session.get(null);
    for (const [k, v] of Object.entries(session)) {
      if (!k.startsWith('tab:')) continue;
      const state = v as Partial<TabRecord>;
      if (state?.inquiry?.key === inquiryKey && typeof state.tabId === 'number') return state.tabId;
    }
    return undefined;
  };

  /** After the click's synchronous part: focus the inquiry's tab or reopen its address, and open the panel if that failed. */
  const bringBack = async (notificationId: string, id: string, target: ClickTarget | undefined, opened: Promise<boolean>): Promise<number | undefined> => {
    const reminder = (await readAll())[id];
    await deps.notifications.clear(notificationId).catch(() => false);
    if (!reminder) return undefined;
    const recordKey = inquiryStorageKey(reminder.inquiryKey);
    const record = (await deps.local.get(recordKey))[recordKey];
    let tabId = (await findTab(reminder.inquiryKey)) ?? target?.tabId;
    let windowId: number | undefined;
    if (tabId !== undefined) {
      try {
        const tab = await deps.tabs.get(tabId);
        windowId = tab.windowId;
        await deps.tabs.update(tabId, { active: true });
      } catch {
        tabId = undefined; // closed meanwhile
      }
    }
    if (tabId === undefined) {
      const url = (isInquiryRecord(record) && record.url) || reminder.url;
      if (!url) return undefined;
      const tab = await deps.tabs.create({ url, active: true });
      tabId = tab.id;
      windowId = tab.windowId;
    }
    if (windowId !== undefined) await deps.windows.update(windowId, { focused: true }).catch(() => {});
    // Opened in the click for another tab of the same window: the panel is there already.
    const openedForWindow = (await opened) && (target?.windowId === undefined || target.windowId === windowId);
    if (!openedForWindow && tabId !== undefined) {
      await deps.openPanel(tabId, windowId).catch((error: unknown) => log('the browser did not let the reminder open the panel', error));
    }
    return tabId;
  };

  return {
    /** Resolves once the click targets of an earlier worker are back in memory (tests). */
    restored,

    async list(): Promise<Reminder[]> {
      return Object.values(await readAll());
    },

    /** Schedules a reminder for a promised date of an inquiry; `when` overrides 09:00 (tests). */
    async set(inquiryKey: string, date: string, when?: number): Promise<Reminder> {
      if (!isYmd(date)) throw new Error('Svarhjelp: not a YYYY-MM-DD date');
      const at = when ?? reminderWhen(date);
      if (when === undefined && !canRemind(date, now())) throw new Error('Svarhjelp: the date has passed');
      const recordKey = inquiryStorageKey(inquiryKey);
      const record = (await deps.local.get(recordKey))[recordKey];
      if (!isInquiryRecord(record)) throw new Error('Svarhjelp: unknown inquiry');
      return serial(async () => {
        const reminder: Reminder = {
          id: reminderId(inquiryKey, date),
          inquiryKey,
          label: record.label,
          url: record.url,
          date,
          when: at,
          createdAt: new Date(now()).toISOString(),
        };
        const all = await readAll();
        all[reminder.id] = reminder;
        await writeAll(all);
        await deps.alarms.create(alarmNameOf(reminder.id), { when: at });
        return reminder;
      });
    },

    async cancel(id: string): Promise<boolean> {
      return serial(async () => {
        const all = await readAll();
        const existed = id in all;
        delete all[id];
        await writeAll(all);
        await deps.alarms.clear(alarmNameOf(id));
        await deps.notifications.clear(notificationIdOf(id)).catch(() => false);
        if (targets.delete(notificationIdOf(id))) await saveTargets().catch(() => {});
        return existed;
      });
    },

    /** browser.alarms.onAlarm: shows the notification of a due reminder. Returns its id, if any. */
    async onAlarm(name: string): Promise<string | undefined> {
      const id = reminderIdOfAlarm(name);
      if (!id) return undefined;
      const reminder = (await readAll())[id];
      if (!reminder) return undefined;
      const language = (await chosenUiLanguage(deps.local)) ?? uiLanguageFromBrowser(deps.browserLanguage?.());
      const text = notificationText(reminder, language);
      const notificationId = notificationIdOf(id);
      // Where a click will lead, known now so the click can open the panel before any await.
      const target: ClickTarget = {};
      const tabId = await findTab(reminder.inquiryKey);
      if (tabId !== undefined) {
        try {
          const tab = await deps.tabs.get(tabId);
          target.tabId = tabId;
          if (tab.windowId !== undefined) target.windowId = tab.windowId;
        } catch {
          // Closed meanwhile: the click reopens the address.
        }
      }
      targets.set(notificationId, target);
      await saveTargets().catch((error: unknown) => log('could not remember where the reminder leads', error));
      await deps.notifications.create(notificationId, { type: 'basic', iconUrl: deps.iconUrl, ...text, priority: 2, requireInteraction: true });
      return notificationId;
    },

    /**
     * notifications.onClicked: open the panel, then focus the inquiry's tab (or open its address).
     * Chrome and Firefox open a panel only within the click's user-action turn, so the panel is
     * opened here before anything is awaited, for the tab and window remembered when the
     * notification appeared. Limit: when the click is what wakes a stopped worker, that memory is
     * still being read back; Firefox's sidebar opens anyway (it needs no tab), Chrome's side panel
     * is tried again after the tab is focused, which Chrome may refuse — the user then opens it
     * with the toolbar button or Alt+Shift+S. Returns the tab id it brought forward.
     */
    onNotificationClicked(notificationId: string): Promise<number | undefined> {
      const id = reminderIdOfNotification(notificationId);
      if (!id) return Promise.resolve(undefined);
      const target = targets.get(notificationId);
      const opened = deps.openPanel(target?.tabId, target?.windowId).then(
        () => true,
        () => false,
      );
      return bringBack(notificationId, id, target, opened).finally(() => {
        if (targets.delete(notificationId)) saveTargets().catch(() => {});
      });
    },

    /** Drops fired reminders after a week and re-creates alarms that a browser restart lost. */
    async maintain(): Promise<void> {
      await serial(async () => {
        const all = await readAll();
        const t = now();
        let changed = false;
        for (const [id, r] of Object.entries(all)) {
          if (r.when + KEEP_FIRED_MS < t) {
            delete all[id];
            changed = true;
          }
        }
        if (changed) await writeAll(all);
        const alarms = new Set((await deps.alarms.getAll()).map((a) => a.name).filter((n) => n.startsWith(REMINDER_ALARM_PREFIX)));
        for (const r of Object.values(all)) {
          if (r.when > t && !alarms.has(alarmNameOf(r.id))) await deps.alarms.create(alarmNameOf(r.id), { when: r.when });
        }
      });
    },
  };
}

export type ReminderService = ReturnType<typeof createReminderService>;
