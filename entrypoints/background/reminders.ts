// "Påminn meg": a browser alarm on the promised date (09:00 Oslo time) that shows a
// notification; clicking it brings the user back to the inquiry's tab (or reopens its address)
// and opens the side panel where the browser allows it. Reminders live in storage.local under
// REMINDERS_KEY (ids, dates, the text-free label and the address), alarms in browser.alarms —
// both survive service-worker restarts.
import { parseInquiryLabel } from '../../rules/inquiry/identity.ts';
import { inquiryStorageKey, isInquiryRecord, isYmd } from '../../rules/inquiry/record.ts';
import {
  alarmNameOf,
  canRemind,
  REMINDER_ALARM_PREFIX,
  reminderId,
  reminderIdOfAlarm,
  REMINDERS_KEY,
  reminderWhen,
  type Reminder,
} from '../../rules/inquiry/reminders.ts';
import type { TabState } from '../shared/protocol.ts';
import type { LocalAreaLike } from './inquiries.ts';

export const NOTIFICATION_PREFIX = 'svarhjelp-reminder:';
export const notificationIdOf = (reminderIdValue: string) => `${NOTIFICATION_PREFIX}${reminderIdValue}`;
export function reminderIdOfNotification(id: string): string | undefined {
  return id.startsWith(NOTIFICATION_PREFIX) ? id.slice(NOTIFICATION_PREFIX.length) : undefined;
}
/** A fired reminder stays this long so a late click on its notification still finds the inquiry. */
const KEEP_FIRED_MS = 7 * 86_400_000;

export interface ReminderDeps {
  local: LocalAreaLike;
  session: { get(keys: string | string[] | null): Promise<Record<string, unknown>> };
  alarms: {
    create(name: string, info: { when: number }): Promise<void> | void;
    clear(name: string): Promise<boolean>;
    getAll(): Promise<Array<{ name: string }>>;
  };
  notifications: {
    create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string; priority?: number; requireInteraction?: boolean }): Promise<string>;
    clear(id: string): Promise<boolean>;
  };
  tabs: {
    get(tabId: number): Promise<{ id?: number; windowId?: number }>;
    update(tabId: number, props: { active: boolean }): Promise<unknown>;
    create(props: { url: string; active: boolean }): Promise<{ id?: number; windowId?: number }>;
  };
  windows: { update(windowId: number, props: { focused: boolean }): Promise<unknown> };
  /** Opens the side panel (Chrome sidePanel.open / Firefox sidebarAction.open); may refuse. */
  openPanel(tabId: number, windowId: number | undefined): Promise<void>;
  iconUrl: string;
  now?: () => number;
  log?: (message: string, error?: unknown) => void;
}

/** The notification's text: Norwegian (bokmål), as the rest of the browser-level UI; no message text. */
export function notificationText(reminder: Pick<Reminder, 'label' | 'date'>): { title: string; message: string } {
  const parsed = parseInquiryLabel(reminder.label);
  const [y, m, d] = reminder.date.split('-');
  const about =
    parsed?.source === 'case'
      ? `sak ${parsed.value}`
      : parsed?.source === 'quote'
        ? `e-posten mottatt ${parsed.value.split('-').reverse().join('.')}`
        : parsed?.source === 'mail'
          ? 'e-posttråden'
          : parsed?.source === 'page'
            ? `skjemaet på ${parsed.value}`
            : 'henvendelsen';
  return {
    title: 'Svarhjelp: du har lovet svar i dag',
    message: `Du lovet innbyggeren svar innen ${d}.${m}.${y} i ${about}. Klikk for å gå til henvendelsen.`,
  };
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

  /** The tab showing the inquiry now: a tab whose panel state (storage.session) names it. */
  // (Tab URLs are not visible without host permissions, so the panel state is what links a tab to an inquiry.)
  const findTab = async (inquiryKey: string): Promise<number | undefined> => {
    const session = await deps.session.get(null);
    for (const [k, v] of Object.entries(session)) {
      if (!k.startsWith('tab:')) continue;
      const state = v as Partial<TabState>;
      if (state?.inquiry?.key === inquiryKey && typeof state.tabId === 'number') return state.tabId;
    }
    return undefined;
  };

  return {
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
        return existed;
      });
    },

    /** browser.alarms.onAlarm: shows the notification of a due reminder. Returns its id, if any. */
    async onAlarm(name: string): Promise<string | undefined> {
      const id = reminderIdOfAlarm(name);
      if (!id) return undefined;
      const reminder = (await readAll())[id];
      if (!reminder) return undefined;
      const text = notificationText(reminder);
      const notificationId = notificationIdOf(id);
      await deps.notifications.create(notificationId, { type: 'basic', iconUrl: deps.iconUrl, ...text, priority: 2, requireInteraction: true });
      return notificationId;
    },

    /**
     * notifications.onClicked: focus the inquiry's tab (or open its address), then the panel.
     * Returns the tab id it brought forward.
     */
    async onNotificationClicked(notificationId: string): Promise<number | undefined> {
      const id = reminderIdOfNotification(notificationId);
      if (!id) return undefined;
      const reminder = (await readAll())[id];
      await deps.notifications.clear(notificationId).catch(() => false);
      if (!reminder) return undefined;
      const recordKey = inquiryStorageKey(reminder.inquiryKey);
      const record = (await deps.local.get(recordKey))[recordKey];
      let tabId = await findTab(reminder.inquiryKey);
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
      if (tabId !== undefined) {
        await deps.openPanel(tabId, windowId).catch((error: unknown) => log('the browser did not let the reminder open the panel', error));
      }
      return tabId;
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
