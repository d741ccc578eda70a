import { describe, expect, it, vi } from 'vitest';
import type { ChecklistItem, DeadlinePolicy } from '../../rules/ruleset/types.ts';
import { createCalendar } from '../../rules/calendar/calendar.ts';
import type { CheckContext, CheckResult } from '../../rules/types.ts';
import { applyCorrection, type InquiryRecord } from '../../rules/inquiry/record.ts';
import { createEngineHost, type EngineApi } from './engine-host.ts';
import { handleCheckText, handleIgnoreFinding } from './handlers.ts';
import { createInquiryService, ensurePruneAlarm, parseInquiryUpdate, PRUNE_ALARM } from './inquiries.ts';
import { createReminderService, notificationIdOf, notificationText } from './reminders.ts';
import { createTabStateStore } from './tab-state.ts';
import type { RuleSet } from '../../rules/ruleset/types.ts';
import type { TabState } from '../shared/protocol.ts';
import { inquiryStorageKey, SETTINGS_KEY } from '../shared/storage-items.ts';

/** An in-memory storage area with the browser's get(null)/get(key)/set/remove semantics (JSON round trip). */
function memoryArea(initial: Record<string, unknown> = {}) {
  const data = new Map<string, unknown>(Object.entries(initial));
  return {
    data,
    async get(keys: string | string[] | null) {
      const list = keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, JSON.parse(JSON.stringify(data.get(k)))]));
    },
    async set(items: Record<string, unknown>) {
      for (const [k, v] of Object.entries(items)) data.set(k, JSON.parse(JSON.stringify(v)));
    },
    async remove(keys: string | string[]) {
      for (const k of Array.isArray(keys) ? keys : [keys]) data.delete(k);
    },
  };
}

const CHECKLIST: ChecklistItem[] = [
  { id: 'greeting', subgoal: 'kompetent.kundeservice', label: { nb: 'Hilsen' }, auto: { kind: 'no-findings', rules: ['tone.greeting'] } },
  { id: 'link', subgoal: 'apen.tilgjengelig', label: { nb: 'Lenke' }, auto: { kind: 'matches', patterns: ['https?://\\S+'] } },
  { id: 'next-steps', subgoal: 'apen.transparent', label: { nb: 'Videre' } },
];
const KEY = 'inq-0123456789abcdef';
const POLICIES: DeadlinePolicy[] = [
  { id: 'svar-henvendelse', label: { nb: 'Svar' }, appliesTo: ['question', 'unknown'], workingDays: 5 },
  { id: 'innsyn-avslag', label: { nb: 'Innsyn' }, appliesTo: ['innsyn'], workingDays: 5, legalReference: 'offentleglova § 32' },
];
const compiledWith = (checklist: ChecklistItem[]) => ({
  ruleSet: { checklist, deadlinePolicies: POLICIES, rules: [{ id: 'tone.greeting', languages: ['nob'], minWords: 12 }] } as unknown as RuleSet,
  calendar: createCalendar(),
});
const REF = { key: KEY, label: 'case:2026/12345', url: 'https://sak.example.no/svar#top' };
const REPLY = 'Hei Kari! Les mer på https://bergen.kommune.no. Vi svarer innen fredag 27. november.';

const result = (text: string): CheckResult => ({
  language: 'nob',
  languageSource: 'detected',
  metrics: { characters: text.length, words: 12, sentences: 3, longWords: 1, lix: 20, longestSentenceWords: 6 },
  findings: [],
  dates: [{ start: 50, end: 80, text: 'innen fredag 27. november', date: '2026-11-27', promise: true }],
});

describe('inquiry service and the check handler', () => {
  it('records ticks and promises without text, applies corrections to later checks, keeps manual ticks', async () => {
    const local = memoryArea();
    const session = memoryArea();
    const inquiries = createInquiryService({ local, current: () => compiledWith(CHECKLIST), now: () => new Date('2026-11-23T10:00:00Z') });
    const engineCheck = vi.fn((text: string, _context: CheckContext) => result(text));
    const engine: EngineApi<object> = {
      ruleSet: { id: 't', version: '1', checklist: CHECKLIST, rules: [] } as unknown as RuleSet,
      compile: () => ({}),
      check: engineCheck,
    };
    const deps = { host: createEngineHost(engine), store: createTabStateStore(session), runtimeId: 'x', extensionOrigin: 'chrome-extension://x/', inquiries };
    const sender = { id: 'x', url: 'https://sak.example.no/svar', frameId: 0, tab: { id: 7 } };
    const request = {
      text: REPLY,
      fieldKey: 'textarea#svar',
      seq: 1,
      context: { inquiry: { receivedAt: '2026-11-16T09:12:00', kind: 'question' as const } },
      inquiry: REF,
    };

    await handleCheckText({ data: request, sender }, deps);
    const record = local.data.get(inquiryStorageKey(KEY)) as InquiryRecord;
    expect(record).toMatchObject({
      key: KEY,
      label: 'case:2026/12345',
      url: REF.url,
      auto: { greeting: true, link: true },
      manual: {},
      promises: ['2026-11-27'],
      lastTabId: 7,
      detected: { receivedAt: '2026-11-16T09:12:00', kind: 'question' },
    });
    const stored = JSON.stringify([...local.data.values(), ...session.data.values()]);
    expect(stored).not.toContain('Kari');
    expect(stored).not.toContain('fredag');
    expect((session.data.get('tab:7') as TabState).inquiry).toEqual({ key: KEY, label: 'case:2026/12345' });

    // The panel ticks a manual item and corrects the date and kind.
    await inquiries.update({ key: KEY, manual: { itemId: 'next-steps', done: true } });
    const corrected = await inquiries.update({ key: KEY, correction: { receivedDate: '2026-11-13', kind: 'innsyn' } });
    // The deadline card follows the correction at once: innsyn, 5 arbeidsdager from Fri 13 Nov.
    expect(corrected?.deadline?.policies.map((p) => [p.policyId, p.dueDate, p.status])).toEqual([['innsyn-avslag', '2026-11-20', 'overdue']]);
    await handleCheckText({ data: { ...request, seq: 2, text: 'Hei.' }, sender }, deps);
    expect(engineCheck.mock.calls[1]![1]).toEqual({ inquiry: { receivedAt: '2026-11-13', kind: 'innsyn' } });
    const after = local.data.get(inquiryStorageKey(KEY)) as InquiryRecord;
    expect(after).toMatchObject({
      manual: { 'next-steps': true },
      correction: { receivedDate: '2026-11-13', kind: 'innsyn' },
      auto: { greeting: true, link: false },
      detected: { receivedAt: '2026-11-16T09:12:00', kind: 'question' },
    });

    // Clearing a correction restores what the page said.
    await inquiries.update({ key: KEY, correction: { receivedDate: null, kind: null } });
    expect(applyCorrection(request.context, (await inquiries.read(KEY))?.correction)).toEqual(request.context);
  });

  it('keeps «Ignorer» with the inquiry: later checks (any window) leave the dismissed finding out of the panel and send its token', async () => {
    const local = memoryArea();
    const session = memoryArea();
    const inquiries = createInquiryService({ local, current: () => compiledWith(CHECKLIST), now: () => new Date('2026-11-23T10:00:00Z') });
    const withFindings = (text: string): CheckResult => ({
      ...result(text),
      findings: [
        {
          id: 'frist.snarest:aa:0',
          ruleId: 'frist.snarest',
          category: 'deadline',
          subgoal: 'apen.transparent',
          severity: 'warning',
          start: 5,
          end: 12,
          message: 'x',
          suggestions: [],
        },
        {
          id: 'frist.snarest:bb:0',
          ruleId: 'frist.snarest',
          category: 'deadline',
          subgoal: 'apen.transparent',
          severity: 'warning',
          start: 30,
          end: 37,
          message: 'x',
          suggestions: [],
        },
      ],
    });
    const engine: EngineApi<object> = {
      ruleSet: { id: 't', version: '1', checklist: CHECKLIST, rules: [] } as unknown as RuleSet,
      compile: () => ({}),
      check: (text: string) => withFindings(text),
    };
    const deps = { host: createEngineHost(engine), store: createTabStateStore(session), runtimeId: 'x', extensionOrigin: 'chrome-extension://x/', inquiries };
    const sender = { id: 'x', url: 'https://sak.example.no/svar', frameId: 0, tab: { id: 7 } };
    const request = { text: REPLY, fieldKey: 'textarea#svar', seq: 1, context: {}, inquiry: REF };
    await handleCheckText({ data: request, sender }, deps);
    // The second «snarest» is dismissed from a content script; a page cannot do it, nor send words.
    await expect(
      handleIgnoreFinding({ data: { inquiryKey: KEY, token: 'frist.snarest#1' }, sender: { id: 'x', url: 'chrome-extension://x/sidepanel.html' } }, deps),
    ).rejects.toThrow(/rejected/);
    await expect(handleIgnoreFinding({ data: { inquiryKey: KEY, token: 'Hei Kari' }, sender }, deps)).rejects.toThrow(/rejected/);
    expect(await handleIgnoreFinding({ data: { inquiryKey: KEY, token: 'frist.snarest#1' }, sender }, deps)).toBe(true);
    // A later check, in this or a new window: the panel's state and the record leave it out.
    const response = await handleCheckText({ data: { ...request, seq: 2 }, sender: { ...sender, tab: { id: 8 } } }, deps);
    expect(response.ignored).toEqual(['frist.snarest#1']);
    expect(response.result.findings).toHaveLength(2);
    expect(deps.store.read(8)!.result.findings.map((f) => f.id)).toEqual(['frist.snarest:aa:0']);
    expect((local.data.get(inquiryStorageKey(KEY)) as InquiryRecord).counts.findings).toBe(1);
    expect(JSON.stringify([...local.data.values()])).not.toContain('frist.snarest:bb');
  });

  it('carries what was ticked while the field was only a form on its host to the inquiry it then found', async () => {
    const PAGE = 'inq-00000000000000aa';
    const QUOTE = 'inq-00000000000000bb';
    let now = new Date('2026-11-23T09:00:00Z');
    const local = memoryArea();
    const inquiries = createInquiryService({ local, current: () => compiledWith(CHECKLIST), now: () => now });
    const checkOf = (ref: { key: string; label: string; movedFrom?: { key: string; since: string } }) =>
      inquiries.afterCheck({ ref, pageContext: {}, context: {}, text: REPLY, result: result(REPLY) });
    // Yesterday's reply in the same form ticked «next-steps» under the form's key.
    await checkOf({ key: PAGE, label: 'page:post.example.no' });
    await inquiries.update({ key: PAGE, manual: { itemId: 'next-steps', done: true } });
    // Today: the window opens at 10:00 (first check under the form's key), the user ticks
    // «correct-answer» at 10:01; the quote arrives and the next check names the inquiry.
    now = new Date('2026-11-24T10:00:00Z');
    await checkOf({ key: PAGE, label: 'page:post.example.no' });
    now = new Date('2026-11-24T10:01:00Z');
    await inquiries.update({ key: PAGE, manual: { itemId: 'correct-answer', done: true } });
    now = new Date('2026-11-24T10:02:00Z');
    const moved = { key: QUOTE, label: 'quote:2026-11-16', movedFrom: { key: PAGE, since: '2026-11-24T10:00:00.000Z' } };
    let record = await checkOf(moved);
    // Today's tick moved with the inquiry, yesterday's stayed with the form.
    expect(record.manual).toEqual({ 'correct-answer': true });
    // A later untick in the inquiry wins over the form's older tick on every later check.
    now = new Date('2026-11-24T10:03:00Z');
    await inquiries.update({ key: QUOTE, manual: { itemId: 'correct-answer', done: false } });
    record = await checkOf(moved);
    expect(record.manual).toEqual({ 'correct-answer': false });
    expect(record.manualAt).toEqual({ 'correct-answer': '2026-11-24T10:03:00.000Z' });
  });

  it('prunes records older than the configured retention, keeps settings and fresh records', async () => {
    const fresh = {
      key: 'inq-a',
      label: 'page:x',
      url: '',
      createdAt: '',
      updatedAt: '2026-11-20T10:00:00Z',
      detected: {},
      correction: {},
      auto: {},
      manual: {},
      promises: [],
      counts: { findings: 0, words: 0 },
    };
    const local = memoryArea({
      [inquiryStorageKey('inq-a')]: fresh,
      [inquiryStorageKey('inq-b')]: { ...fresh, key: 'inq-b', updatedAt: '2026-10-01T10:00:00Z' },
      [SETTINGS_KEY]: { uiLanguage: 'nn', retentionDays: 7 },
    });
    const inquiries = createInquiryService({ local, current: () => compiledWith([]), now: () => new Date('2026-11-23T10:00:00Z') });
    expect(await inquiries.prune()).toEqual(['inq-b']);
    expect([...local.data.keys()].sort()).toEqual([inquiryStorageKey('inq-a'), SETTINGS_KEY]);
    await local.set({ [SETTINGS_KEY]: { retentionDays: 1 } });
    expect(await inquiries.prune()).toEqual(['inq-a']);
  });

  it('schedules the daily prune alarm once', async () => {
    const alarms = new Map<string, { periodInMinutes: number }>();
    const api = { get: async (name: string) => alarms.get(name), create: (name: string, info: { periodInMinutes: number }) => void alarms.set(name, info) };
    await ensurePruneAlarm(api);
    await ensurePruneAlarm(api);
    expect([...alarms.entries()]).toEqual([[PRUNE_ALARM, { delayInMinutes: 1, periodInMinutes: 1440 }]]);
  });

  it('validates panel updates', () => {
    expect(parseInquiryUpdate({ key: KEY, manual: { itemId: 'x', done: true } })).toEqual({ key: KEY, manual: { itemId: 'x', done: true } });
    expect(parseInquiryUpdate({ key: KEY, correction: { receivedDate: '2026-11-13', kind: null } })).toEqual({
      key: KEY,
      correction: { receivedDate: '2026-11-13', kind: null },
    });
    expect(parseInquiryUpdate({ key: KEY, correction: { receivedDate: '2026-02-30' } })).toBeNull();
    expect(parseInquiryUpdate({ key: KEY, correction: { kind: 'spam' } })).toBeNull();
    expect(parseInquiryUpdate({ key: 'kari@example.no' })).toBeNull();
  });
});

describe('reminders', () => {
  function setup(tabs: Record<number, { windowId: number }> = {}, stores?: { local: ReturnType<typeof memoryArea>; session: ReturnType<typeof memoryArea> }) {
    const record = {
      key: KEY,
      label: 'case:2026/12345',
      url: REF.url,
      createdAt: '',
      updatedAt: '',
      detected: {},
      correction: {},
      auto: {},
      manual: {},
      promises: ['2026-11-27'],
      counts: { findings: 0, words: 0 },
    };
    const local = stores?.local ?? memoryArea({ [inquiryStorageKey(KEY)]: record });
    const session = stores?.session ?? memoryArea({ 'tab:5': { tabId: 5, inquiry: { key: KEY, label: 'case:2026/12345' } } });
    const alarms = new Map<string, number>();
    const calls: string[] = [];
    const deps = {
      local,
      session,
      alarms: {
        create: (name: string, info: { when: number }) => void alarms.set(name, info.when),
        clear: async (name: string) => alarms.delete(name),
        getAll: async () => [...alarms.keys()].map((name) => ({ name })),
      },
      notifications: {
        create: vi.fn(async (id: string, _options: { title: string; message: string }) => id),
        clear: vi.fn(async () => true),
      },
      tabs: {
        get: async (id: number) => {
          if (!tabs[id]) throw new Error('No tab');
          return { id, windowId: tabs[id]!.windowId };
        },
        update: async (id: number) => void calls.push(`activate ${id}`),
        create: async (props: { url: string }) => (calls.push(`open ${props.url}`), { id: 99, windowId: 3 }),
      },
      windows: { update: async (id: number) => void calls.push(`focus window ${id}`) },
      // As Chrome's sidePanel.open: it needs a window or a tab.
      openPanel: (tabId: number | undefined, windowId: number | undefined) => {
        if (windowId === undefined && tabId === undefined) return Promise.reject(new Error('no window'));
        calls.push(windowId !== undefined ? `panel in window ${windowId}` : `panel ${tabId}`);
        return Promise.resolve();
      },
      browserLanguage: (): string | undefined => 'nb-NO',
      iconUrl: 'chrome-extension://x/reminder-icon.png',
      now: () => Date.parse('2026-11-23T10:00:00Z'),
    };
    return { reminders: createReminderService(deps), deps, alarms, calls, local, session };
  }

  it('schedules at 09:00 Oslo time, notifies, and a click focuses the inquiry’s tab and opens the panel', async () => {
    const { reminders, deps, alarms, calls } = setup({ 5: { windowId: 2 } });
    const reminder = await reminders.set(KEY, '2026-11-27');
    expect(new Date(reminder.when).toISOString()).toBe('2026-11-27T08:00:00.000Z');
    expect([...alarms.entries()]).toEqual([[`svarhjelp-reminder:${KEY}@2026-11-27`, reminder.when]]);
    const notificationId = await reminders.onAlarm(`svarhjelp-reminder:${KEY}@2026-11-27`);
    expect(notificationId).toBe(notificationIdOf(reminder.id));
    expect(deps.notifications.create).toHaveBeenCalledWith(
      notificationId,
      expect.objectContaining({ type: 'basic', title: expect.stringContaining('Svarhjelp'), message: expect.stringContaining('sak 2026/12345') }),
    );
    // The panel opens within the click, before anything is awaited (the browsers' user-action
    // window), for the window the inquiry's tab was in; then the tab comes to the front.
    const clicked = reminders.onNotificationClicked(notificationId!);
    expect(calls).toEqual(['panel in window 2']);
    expect(await clicked).toBe(5);
    expect(calls).toEqual(['panel in window 2', 'activate 5', 'focus window 2']);
  });

  it('after a worker restart, a click still opens the panel at once from the remembered target', async () => {
    const first = setup({ 5: { windowId: 2 } });
    const reminder = await first.reminders.set(KEY, '2026-11-27');
    const notificationId = await first.reminders.onAlarm(`svarhjelp-reminder:${reminder.id}`);
    // A new worker: same storage, empty memory.
    const second = setup({ 5: { windowId: 2 } }, { local: first.local, session: first.session });
    await second.reminders.restored;
    const clicked = second.reminders.onNotificationClicked(notificationId!);
    expect(second.calls).toEqual(['panel in window 2']);
    expect(await clicked).toBe(5);
    expect(second.calls).toEqual(['panel in window 2', 'activate 5', 'focus window 2']);
  });

  it('reopens the inquiry’s address when its tab is gone', async () => {
    const { reminders, calls } = setup({});
    const reminder = await reminders.set(KEY, '2026-11-27');
    // No notification target known (it was never shown in this worker): the panel is asked for
    // once the new tab exists — which Chrome may refuse outside the click.
    expect(await reminders.onNotificationClicked(notificationIdOf(reminder.id))).toBe(99);
    expect(calls).toEqual([`open ${REF.url}`, 'focus window 3', 'panel in window 3']);
  });

  it('cancels, refuses past dates, restores lost alarms and drops old reminders', async () => {
    const { reminders, alarms, deps } = setup();
    await expect(reminders.set(KEY, '2026-11-20')).rejects.toThrow(/passed/);
    const r = await reminders.set(KEY, '2026-11-27');
    alarms.clear();
    await reminders.maintain();
    expect(alarms.has(`svarhjelp-reminder:${r.id}`)).toBe(true);
    expect(await reminders.cancel(r.id)).toBe(true);
    expect(alarms.size).toBe(0);
    expect(await reminders.list()).toEqual([]);
    // A test may fire a reminder a few seconds from now.
    const soon = await reminders.set(KEY, '2026-11-27', deps.now() + 1000);
    expect(soon.when).toBe(deps.now() + 1000);
  });

  it("the notification speaks the UI language chosen in the panel, else the browser's", async () => {
    const shown = async (settings: object | undefined, browserLanguage: string | undefined) => {
      const { reminders, deps, local } = setup({ 5: { windowId: 2 } });
      if (settings) await local.set({ [SETTINGS_KEY]: settings });
      deps.browserLanguage = () => browserLanguage;
      const reminder = await reminders.set(KEY, '2026-11-27');
      await reminders.onAlarm(`svarhjelp-reminder:${reminder.id}`);
      return deps.notifications.create.mock.calls[0]![1];
    };
    expect(await shown({ uiLanguage: 'nn' }, 'nb-NO')).toMatchObject({
      title: 'Svarhjelp: du har lova svar i dag',
      message: expect.stringContaining('innan 27.11.2026 i sak 2026/12345'),
    });
    expect(await shown({ uiLanguage: 'en' }, 'nb-NO')).toMatchObject({
      title: 'Svarhjelp: you promised an answer today',
      message: expect.stringContaining('by 27.11.2026 in case 2026/12345'),
    });
    expect((await shown({ uiLanguage: 'nb' }, 'en-GB')).title).toBe('Svarhjelp: du har lovet svar i dag');
    expect((await shown(undefined, 'en-GB')).title).toBe('Svarhjelp: you promised an answer today');
    expect((await shown(undefined, undefined)).title).toBe('Svarhjelp: du har lovet svar i dag');
  });

  it('notification text has no message text, in each label form', () => {
    expect(notificationText({ label: 'quote:2026-11-16', date: '2026-11-27' }).message).toContain('e-posten mottatt 16.11.2026');
    expect(notificationText({ label: 'page:sak.example.no', date: '2026-11-27' }).message).toContain('skjemaet på sak.example.no');
  });
});
