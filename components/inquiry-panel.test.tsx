// @vitest-environment happy-dom
// The side panel's per-inquiry parts: which inquiry, corrections, the checklist by value with
// saved ticks, the deadline card with the foreløpig-svar reminder, "Påminn meg" and reminders.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SUBGOAL_IDS, VALUE_IDS } from '../rules/ids.ts';
import base from '../rules/standard/set.json' with { type: 'json' };
import type { ChecklistItem, DeadlinePolicy } from '../rules/ruleset/types.ts';
import { createCalendar } from '../rules/calendar/calendar.ts';
import { deadlineStatus } from '../rules/time/deadline-status.ts';
import type { InquiryRecord } from '../rules/inquiry/record.ts';
import type { Reminder } from '../rules/inquiry/reminders.ts';
import type { RuleSetSummary, TabState } from '../entrypoints/shared/protocol.ts';
import { App } from './App.tsx';
import sample from './fixtures/sample-tab-state.json';
import type { PanelApi } from './panel-api.ts';
import { backgroundWrites } from './fixtures/background-writes.ts';
import { createPanelStore, type PanelStore } from './panel-store.ts';
import { tabStateFromFakeSession } from './fixtures/fake-tab-states.ts';
import { inquiryStorageKey, REMINDERS_KEY, tabStateKey } from '../entrypoints/shared/storage-items.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const KEY = 'inq-0123456789abcdef';
const SAMPLE = sample as unknown as TabState;
const STATE: TabState = {
  ...SAMPLE,
  inquiry: { key: KEY, label: 'case:2026/12345' },
  result: {
    ...SAMPLE.result,
    dates: [{ start: 0, end: 5, text: '', date: '2099-01-05', promise: true }],
    deadline: {
      receivedDate: '2026-11-16',
      policies: [
        {
          policyId: 'forelopig-svar',
          label: 'Foreløpig svar (enkeltvedtak)',
          dueDate: '2026-12-16',
          workingDaysLeft: 17,
          status: 'ok',
          legalReference: 'forvaltningsloven § 11 a',
        },
      ],
    },
  },
};
const RECORD: InquiryRecord = {
  key: KEY,
  label: 'case:2026/12345',
  url: 'https://sak.example.no/svar',
  createdAt: '2026-11-23T10:00:00Z',
  updatedAt: '2026-11-23T10:00:00Z',
  detected: { receivedAt: '2026-11-16T09:12:00', kind: 'enkeltvedtak' },
  correction: {},
  auto: { greeting: true, 'plain-language': true, 'no-personal-data': false, 'date-given': true, 'no-vague-promise': true, 'self-service-link': false },
  manual: { 'correct-answer': true },
  promises: ['2099-01-05'],
  counts: { findings: 2, words: 40 },
};
const SUMMARY: RuleSetSummary = {
  ...SAMPLE.ruleSet,
  labels: {
    values: Object.fromEntries(VALUE_IDS.map((id) => [id, { nb: `Verdi ${id}` }])) as RuleSetSummary['labels']['values'],
    subgoals: Object.fromEntries(SUBGOAL_IDS.map((id) => [id, { nb: `Delmål ${id}` }])) as RuleSetSummary['labels']['subgoals'],
  },
  checklist: base.checklist as ChecklistItem[],
};

let container: HTMLElement;
let root: Root;
let store: PanelStore;
const $ = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

function fakeApi(): PanelApi & { updateInquiry: ReturnType<typeof vi.fn>; setReminder: ReturnType<typeof vi.fn>; cancelReminder: ReturnType<typeof vi.fn> } {
  return {
    getRuleSetSummary: vi.fn(async () => SUMMARY),
    getTabState: tabStateFromFakeSession,
    applySuggestion: vi.fn(async () => true),
    revealFinding: vi.fn(async () => true),
    updateInquiry: vi.fn(async (u) => ({
      ...RECORD,
      manual: { ...RECORD.manual, ...(u.manual ? { [u.manual.itemId]: u.manual.done } : {}) },
      correction: { ...(u.correction?.kind ? { kind: u.correction.kind } : {}) },
    })),
    setReminder: vi.fn(
      async (inquiryKey: string, date: string): Promise<Reminder> => ({
        id: `${inquiryKey}@${date}`,
        inquiryKey,
        label: RECORD.label,
        url: RECORD.url,
        date,
        when: Date.parse(`${date}T08:00:00Z`),
        createdAt: '',
      }),
    ),
    cancelReminder: vi.fn(async () => true),
    ...backgroundWrites,
  };
}

async function mount(api: PanelApi) {
  store = createPanelStore(api, { successNoticeMs: 50, browserLanguage: () => 'nb-NO' });
  await act(async () => {
    root.render(<App store={store} />);
    await store.getState().start({ fixedTabId: 1 });
  });
}

async function click(el: Element | null) {
  expect(el).not.toBeNull();
  await act(async () => {
    (el as HTMLElement).click();
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.session.set({ [tabStateKey(1)]: STATE });
  await fakeBrowser.storage.local.set({ [inquiryStorageKey(KEY)]: RECORD });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  store?.getState().stop();
  container.remove();
});

describe('side panel per inquiry', () => {
  it('names the inquiry without message text and shows kind and received date', async () => {
    await mount(fakeApi());
    expect($('inquiry-label')!.textContent).toBe('Sak 2026/12345');
    expect(($('inquiry-kind') as HTMLSelectElement).value).toBe('enkeltvedtak');
    expect(($('inquiry-received') as HTMLInputElement).value).toBe('2026-11-16');
  });

  it('groups the checklist by value with scores and saves manual ticks for the inquiry', async () => {
    const api = fakeApi();
    await mount(api);
    // kompetent: greeting ✓, plain-language ✓, correct-answer ✓ (manual); apen: date ✓, link ✗, next-steps ✗; palitelig: personal ✗, vague ✓, equal ✗
    expect($('checklist-progress')!.textContent).toBe('5 av 9 i orden');
    expect($('checklist-score-kompetent')!.textContent).toBe('3 av 3');
    expect($('checklist-score-apen')!.textContent).toBe('1 av 3');
    expect($('checklist-item-thanks-for-feedback')).toBeNull();
    await click($('checklist')!.querySelector('button[aria-expanded]'));
    await click($('checklist-item-next-steps')!.querySelector('input'));
    expect(api.updateInquiry).toHaveBeenCalledWith({ key: KEY, manual: { itemId: 'next-steps', done: true } });
    expect($('checklist-score-apen')!.textContent).toBe('2 av 3');
  });

  it('corrects the kind through the background', async () => {
    const api = fakeApi();
    await mount(api);
    const select = $('inquiry-kind') as HTMLSelectElement;
    await act(async () => {
      select.value = 'feedback';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(api.updateInquiry).toHaveBeenCalledWith({ key: KEY, correction: { kind: 'feedback' } });
    // A feedback inquiry gets the thanks item.
    expect($('checklist-item-thanks-for-feedback')).not.toBeNull();
  });

  it('shows the foreløpig-svar reminder for the policy the set marks as interim reply, whatever its id', async () => {
    // A published set that calls the bundled standard's fvl § 11 a policy something else.
    const policies = (base.deadlinePolicies as DeadlinePolicy[]).map((p) => (p.id === 'forelopig-svar' ? { ...p, id: 'fvl-11a-midlertidig' } : p));
    const deadline = deadlineStatus({
      receivedDate: '2026-11-16',
      kind: 'enkeltvedtak',
      policies,
      today: '2026-11-23',
      calendar: createCalendar(base.calendar),
      uiLanguage: 'nb',
    });
    await fakeBrowser.storage.session.set({ [tabStateKey(1)]: { ...STATE, result: { ...STATE.result, deadline } } });
    await mount(fakeApi());
    expect($('policy-fvl-11a-midlertidig')!.querySelector('[data-testid="forelopig-reminder"]')!.textContent).toContain('foreløpig svar');
  });

  it('shows no foreløpig-svar reminder under an answer deadline', async () => {
    const policies = (base.deadlinePolicies as DeadlinePolicy[]).map((p) => ({ ...p, appliesTo: ['enkeltvedtak' as const] }));
    const deadline = deadlineStatus({
      receivedDate: '2026-11-16',
      kind: 'enkeltvedtak',
      policies,
      today: '2026-11-23',
      calendar: createCalendar(base.calendar),
      uiLanguage: 'nb',
    });
    await fakeBrowser.storage.session.set({ [tabStateKey(1)]: { ...STATE, result: { ...STATE.result, deadline } } });
    await mount(fakeApi());
    expect($('policy-svar-henvendelse')).not.toBeNull();
    expect(container.querySelectorAll('[data-testid="forelopig-reminder"]')).toHaveLength(1);
    expect($('policy-forelopig-svar')!.querySelector('[data-testid="forelopig-reminder"]')).not.toBeNull();
  });

  it('shows the foreløpig-svar reminder and turns a promised date into a reminder, listed and cancelable', async () => {
    const api = fakeApi();
    await mount(api);
    expect($('forelopig-reminder')!.textContent).toContain('foreløpig svar');
    expect($('forelopig-reminder')!.textContent).toContain('forvaltningsloven § 11 a');
    await click($('remind-me'));
    expect(api.setReminder).toHaveBeenCalledWith(KEY, '2099-01-05');
    expect($('reminder-set')).not.toBeNull();
    expect($('reminders')!.textContent).toContain('Sak 2026/12345');
    await click($('reminders')!.querySelector('button'));
    expect(api.cancelReminder).toHaveBeenCalledWith(`${KEY}@2099-01-05`);
    expect($('reminders')).toBeNull();
  });

  it('reads reminders and the retention setting from storage, and saves a new retention', async () => {
    await fakeBrowser.storage.local.set({
      settings: { uiLanguage: 'nb', retentionDays: 14 },
      [REMINDERS_KEY]: {
        a: { id: 'a', inquiryKey: KEY, label: 'quote:2026-11-16', url: '', date: '2099-02-01', when: Date.parse('2099-02-01T08:00:00Z'), createdAt: '' },
      },
    });
    await mount(fakeApi());
    expect(($('retention-days') as HTMLInputElement).value).toBe('14');
    expect($('reminders')!.textContent).toContain('E-post mottatt man. 16. november 2026');
    await act(async () => {
      await store.getState().setRetentionDays(60);
    });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ uiLanguage: 'nb', retentionDays: 60 });
  });
});
