// @vitest-environment happy-dom
// The «Svarmaler» tab against the real store and the bundled templates: suggestions for the
// inquiry's kind, a preview filled from the inquiry, its deadline and the staff profile (with
// what could not be filled marked), and «Sett inn» sending exactly the previewed text.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SUBGOAL_IDS, VALUE_IDS } from '../rules/ids.ts';
import { BUNDLED_RULE_SET } from '../rules/standard/index.ts';
import type { InquiryRecord } from '../rules/inquiry/record.ts';
import type { RuleSetSummary, TabState } from '../entrypoints/shared/protocol.ts';
import { App } from './App.tsx';
import sample from './fixtures/sample-tab-state.json';
import { tabStateFromFakeSession } from './fixtures/fake-tab-states.ts';
import type { PanelApi } from './panel-api.ts';
import { createPanelStore, type PanelStore } from './panel-store.ts';
import { inquiryStorageKey, STAFF_PROFILE_KEY, tabStateKey } from '../entrypoints/shared/storage-items.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const KEY = 'inq-0123456789abcdef';
const SAMPLE = sample as unknown as TabState;
const STATE: TabState = {
  ...SAMPLE,
  inquiry: { key: KEY, label: 'case:2026/12345' },
  citizenName: 'Kari Nordmann',
  result: {
    ...SAMPLE.result,
    language: 'nob',
    deadline: { receivedDate: '2026-11-16', policies: [{ policyId: 'svar', label: 'Svar', dueDate: '2099-01-05', workingDaysLeft: 5, status: 'ok' }] },
  },
};
const RECORD: InquiryRecord = {
  key: KEY,
  label: 'case:2026/12345',
  url: '',
  createdAt: '2026-11-23T10:00:00Z',
  updatedAt: '2026-11-23T10:00:00Z',
  detected: { receivedAt: '2026-11-16T09:12:00', kind: 'complaint' },
  correction: {},
  auto: {},
  manual: {},
  promises: [],
  counts: { findings: 0, words: 10 },
};
const SUMMARY: RuleSetSummary = {
  ...SAMPLE.ruleSet,
  labels: {
    values: Object.fromEntries(VALUE_IDS.map((id) => [id, { nb: id }])) as RuleSetSummary['labels']['values'],
    subgoals: Object.fromEntries(SUBGOAL_IDS.map((id) => [id, { nb: id }])) as RuleSetSummary['labels']['subgoals'],
  },
  checklist: [],
  templates: BUNDLED_RULE_SET.templates!,
};

let container: HTMLElement;
let root: Root;
let store: PanelStore;
const $ = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const ids = (el: HTMLElement | null) => [...(el?.querySelectorAll('[data-template-id]') ?? [])].map((b) => b.getAttribute('data-template-id'));

async function mount(insertTemplate: PanelApi['insertTemplate']) {
  const api: PanelApi = {
    getRuleSetSummary: async () => SUMMARY,
    getTabState: tabStateFromFakeSession,
    applySuggestion: async () => true,
    revealFinding: async () => true,
    insertTemplate,
  };
  store = createPanelStore(api, { browserLanguage: () => 'nb-NO' });
  await act(async () => {
    root.render(<App store={store} api={api} />);
    await store.getState().start({ fixedTabId: 1 });
  });
  await act(async () => $('tab-templates')!.click());
  // The staff profile is read from storage once the tab shows.
  await act(async () => new Promise((r) => setTimeout(r, 0)));
}

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.session.set({ [tabStateKey(1)]: STATE });
  await fakeBrowser.storage.local.set({ [inquiryStorageKey(KEY)]: RECORD, [STAFF_PROFILE_KEY]: { name: 'Ola Hansen' } });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  store?.getState().stop();
  container.remove();
});

describe('Svarmaler tab', () => {
  it('suggests the complaint templates for a complaint and previews the first one filled in', async () => {
    await mount(vi.fn(async () => true));
    const suggested = ids($('template-suggested'));
    expect(suggested).toEqual(expect.arrayContaining(['klage-mottatt', 'klage-videre-behandling', 'beklagelse-feil']));
    expect(suggested).not.toContain('svar-ros');
    const preview = $('template-preview')!.textContent!;
    expect(preview).toMatch(/^Hei Kari Nordmann!/);
    expect(preview).toContain('saksnummer 2026/12345');
    expect(preview).toContain('mandag 5. januar');
    expect(preview).toContain('Ola Hansen\n[fyll inn: din enhet]');
    expect([...container.querySelectorAll('mark[data-filled="false"]')].map((m) => m.getAttribute('data-placeholder'))).toEqual(['staffUnit']);
    expect($('template-unfilled')!.textContent).toContain('din enhet');
  });

  it('inserts exactly the previewed text into the field the tab last checked', async () => {
    const insert = vi.fn(async () => true);
    await mount(insert);
    await act(async () => (container.querySelector('[data-template-id="svar-ros"]') as HTMLElement).click());
    const preview = $('template-preview')!.textContent!;
    expect(preview).toContain('Tusen takk for de hyggelige ordene!');
    await act(async () => $('template-insert')!.click());
    expect(insert).toHaveBeenCalledWith({ tabId: 1, frameId: STATE.frameId, fieldKey: STATE.fieldKey }, preview);
    expect($('template-status')!.getAttribute('data-status')).toBe('inserted');
  });

  it('searches by words and kind, and offers the other language variants', async () => {
    await mount(vi.fn(async () => false));
    const search = $('template-search') as HTMLInputElement;
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(search, 'innsyn');
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(ids($('template-results'))).toEqual(['innsyn-innvilget', 'innsyn-avslag', 'innsyn-delvis']);
    expect($('template-suggested')).toBeNull();
    const language = $('template-language') as HTMLSelectElement;
    await act(async () => {
      language.value = 'nn';
      language.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect($('template-preview')!.textContent).toContain('Takk for innsynskravet ditt i sak 2026/12345, som vi fekk 16.11.2026.');
    await act(async () => $('template-insert')!.click());
    expect($('template-status')!.getAttribute('data-status')).toBe('failed');
  });
});
