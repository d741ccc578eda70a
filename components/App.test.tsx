// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SUBGOAL_IDS, VALUE_IDS } from '../rules/ids.ts';
import type { RuleSetSummary, TabState } from '../entrypoints/shared/protocol.ts';
import { App } from './App.tsx';
import sample from './fixtures/sample-tab-state.json';
import type { PanelApi } from './panel-api.ts';
import { backgroundWrites } from './fixtures/background-writes.ts';
import { createPanelStore, type PanelStore } from './panel-store.ts';
import { tabStateFromFakeSession } from './fixtures/fake-tab-states.ts';
import { tabStateKey } from '../entrypoints/shared/storage-items.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const SAMPLE = sample as unknown as TabState;

const SUMMARY: RuleSetSummary = {
  ...SAMPLE.ruleSet,
  labels: {
    values: Object.fromEntries(VALUE_IDS.map((id) => [id, { nb: `Verdi ${id}`, nn: `Verdi (nn) ${id}` }])) as RuleSetSummary['labels']['values'],
    subgoals: Object.fromEntries(SUBGOAL_IDS.map((id) => [id, { nb: `Delmål ${id}` }])) as RuleSetSummary['labels']['subgoals'],
  },
  checklist: [],
};

function fakeApi(overrides: Partial<PanelApi> = {}): PanelApi {
  return {
    getRuleSetSummary: vi.fn(async () => SUMMARY),
    getTabState: tabStateFromFakeSession,
    applySuggestion: vi.fn(async () => true),
    revealFinding: vi.fn(async () => true),
    ...backgroundWrites,
    ...overrides,
  };
}

let container: HTMLElement;
let root: Root;
let store: PanelStore;

async function mount(api: PanelApi, fixedTabId: number | null = 1, browserLanguage = 'nb-NO') {
  store = createPanelStore(api, { successNoticeMs: 50, browserLanguage: () => browserLanguage });
  await act(async () => {
    root.render(<App store={store} />);
    await store.getState().start({ fixedTabId });
  });
}

const $ = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const text = (testId: string) => $(testId)?.textContent ?? null;

async function click(el: Element | null) {
  expect(el).not.toBeNull();
  await act(async () => {
    (el as HTMLElement).click();
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  store?.getState().stop();
  container.remove();
});

describe('side panel App', () => {
  it('shows the empty state when the tab has no state yet', async () => {
    await mount(fakeApi());
    expect(text('empty-state')).toBe('Begynn å skrive et svar i et tekstfelt, så viser Svarhjelp råd her.');
    expect($('value-kompetent')).toBeNull();
  });

  it('shows counts and findings under the right values', async () => {
    await fakeBrowser.storage.session.set({ [tabStateKey(1)]: SAMPLE });
    await mount(fakeApi());

    expect($('empty-state')).toBeNull();
    const sections = [...container.querySelectorAll('[data-testid^="value-"]:not([data-testid^="value-count-"])')];
    expect(sections.map((s) => s.getAttribute('data-testid'))).toEqual(['value-kompetent', 'value-apen', 'value-palitelig', 'value-samfunnsengasjert']);
    expect(text('value-count-kompetent')).toBe('4');
    expect(text('value-count-apen')).toBe('2');
    expect(text('value-count-palitelig')).toBe('1');
    expect(text('value-count-samfunnsengasjert')).toBe('0');

    const kompetent = $('value-kompetent')!;
    expect(kompetent.querySelector('[data-testid="subgoal-kompetent.klart-sprak"]')).not.toBeNull();
    expect(kompetent.querySelectorAll('[data-testid="subgoal-kompetent.klart-sprak"] [data-testid^="finding-"]')).toHaveLength(3);
    expect(kompetent.querySelector('[data-testid="finding-klarsprak.vedrorende"]')).not.toBeNull();
    expect($('value-palitelig')!.querySelector('[data-testid="finding-personvern.fodselsnummer"]')).not.toBeNull();
    expect($('value-apen')!.querySelector('[data-testid="finding-personvern.fodselsnummer"]')).toBeNull();

    // Worst severity as text, not only colour.
    expect($('value-palitelig')!.textContent).toContain('Kritisk');
    expect($('value-kompetent')!.textContent).toContain('Advarsel');

    // Header and summary line.
    expect(text('ruleset-version')).toBe('versjon 1.0.0');
    expect(text('summary-language')).toBe('Bokmål');
    expect(text('summary-words')).toBe('142');
    expect(text('summary-lix')).toMatch(/^48 middels vanskelig$/);
    expect(kompetent.textContent).toContain('Verdi kompetent');
    expect($('deadline')!.textContent).toContain('Svar på henvendelse');
  });

  it('shows the first 25 findings of a crowded sub-goal and the rest on "Vis alle"', async () => {
    const vedrorende = SAMPLE.result.findings.find((f) => f.ruleId === 'klarsprak.vedrorende')!;
    const many = Array.from({ length: 40 }, (_, i) => ({ ...vedrorende, id: `klarsprak.vedrorende:x:${i}`, start: i * 20, end: i * 20 + 10 }));
    await fakeBrowser.storage.session.set({ [tabStateKey(1)]: { ...SAMPLE, result: { ...SAMPLE.result, findings: many } } });
    await mount(fakeApi());
    const cards = () => container.querySelectorAll('[data-testid="subgoal-kompetent.klart-sprak"] [data-testid^="finding-"]');
    expect(cards()).toHaveLength(25);
    expect(text('value-count-kompetent')).toBe('40');
    const more = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Vis alle 40 funn');
    await click(more ?? null);
    expect(cards()).toHaveLength(40);
  });

  it('says so when there are no findings', async () => {
    await fakeBrowser.storage.session.set({
      [tabStateKey(1)]: { ...SAMPLE, result: { ...SAMPLE.result, findings: [] } },
    });
    await mount(fakeApi());
    expect(text('empty-state')).toBe('Ingen funn – svaret følger servicestandarden så langt Svarhjelp kan se.');
    expect(text('value-count-kompetent')).toBe('0');
  });

  it('follows storage changes for its tab only', async () => {
    await mount(fakeApi());
    expect($('empty-state')).not.toBeNull();
    await act(async () => {
      await fakeBrowser.storage.session.set({ [tabStateKey(2)]: SAMPLE });
    });
    expect($('value-kompetent')).toBeNull();
    await act(async () => {
      await fakeBrowser.storage.session.set({ [tabStateKey(1)]: SAMPLE });
    });
    expect(text('value-count-kompetent')).toBe('4');
    await act(async () => {
      await fakeBrowser.storage.session.remove(tabStateKey(1));
    });
    expect($('empty-state')).not.toBeNull();
  });

  it('collapses and expands a value with its button', async () => {
    await fakeBrowser.storage.session.set({ [tabStateKey(1)]: SAMPLE });
    await mount(fakeApi());
    const button = $('value-kompetent')!.querySelector('button[aria-expanded]')!;
    const body = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(body.hidden).toBe(false);
    await click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(body.hidden).toBe(true);
    // A value without findings starts collapsed.
    expect($('value-samfunnsengasjert')!.querySelector('button')!.getAttribute('aria-expanded')).toBe('false');
  });

  it('sends applySuggestion to the field’s tab and frame, and reports a failure politely', async () => {
    await fakeBrowser.storage.session.set({ [tabStateKey(1)]: SAMPLE });
    const api = fakeApi({ applySuggestion: vi.fn(async () => Promise.reject(new Error('No response'))) });
    await mount(api);
    const button = [...$('finding-klarsprak.vedrorende')!.querySelectorAll('button')].find((b) => b.textContent === 'om');
    await click(button!);
    expect(api.applySuggestion).toHaveBeenCalledWith({ tabId: 1, frameId: 0, fieldKey: 'textarea#svar' }, 'klarsprak.vedrorende:31:41', 'om');
    const notice = $('action-notice')!;
    expect(notice.textContent).toContain('Kunne ikke endre teksten');
    expect(notice.closest('[role="status"]')!.getAttribute('aria-live')).toBe('polite');
  });

  it('sends revealFinding from "Vis i teksten"', async () => {
    await fakeBrowser.storage.session.set({ [tabStateKey(1)]: SAMPLE });
    const api = fakeApi();
    await mount(api);
    const reveal = [...$('finding-frist.vag-tid')!.querySelectorAll('button')].find((b) => b.textContent === 'Vis i teksten');
    await click(reveal!);
    expect(api.revealFinding).toHaveBeenCalledWith({ tabId: 1, frameId: 0, fieldKey: 'textarea#svar' }, 'frist.vag-tid:520:538');
    expect($('action-notice')).toBeNull();
  });

  it('falls back to built-in labels with an error line when the summary cannot be loaded', async () => {
    await fakeBrowser.storage.session.set({ [tabStateKey(1)]: SAMPLE });
    await mount(fakeApi({ getRuleSetSummary: vi.fn(async () => Promise.reject(new Error('no handler'))) }));
    expect(text('summary-error')).toContain('Kunne ikke hente regelsettet');
    expect($('value-apen')!.textContent).toContain('Åpen');
    expect($('subgoal-kompetent.klart-sprak')!.textContent).toContain('Klart språk');
    // The rule set's name and version still come from the tab state.
    expect(text('ruleset-version')).toBe('versjon 1.0.0');
  });

  it('shows the checklist with automatic and manual items', async () => {
    await fakeBrowser.storage.session.set({ [tabStateKey(1)]: SAMPLE });
    const summary: RuleSetSummary = {
      ...SUMMARY,
      checklist: [
        { id: 'date', subgoal: 'apen.transparent', label: { nb: 'Svaret sier når' }, auto: { kind: 'has-date' } },
        { id: 'checked', subgoal: 'kompetent.fagkompetanse', label: { nb: 'Faglig kontrollert' } },
      ],
    };
    await mount(fakeApi({ getRuleSetSummary: vi.fn(async () => summary) }));
    expect(text('checklist-progress')).toBe('1 av 2 i orden');
    const toggle = $('checklist')!.querySelector('button[aria-expanded]')!;
    await click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await click($('checklist')!.querySelector('input[type="checkbox"]'));
    expect(text('checklist-progress')).toBe('2 av 2 i orden');
  });

  it('switches the UI language and keeps other settings', async () => {
    await fakeBrowser.storage.local.set({ settings: { other: 42 } });
    await mount(fakeApi());
    const select = $('ui-language') as HTMLSelectElement;
    await act(async () => {
      select.value = 'nn';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(text('empty-state')).toBe('Byrj å skrive eit svar i eit tekstfelt, så viser Svarhjelp råd her.');
    expect(document.documentElement.lang).toBe('nn');
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ other: 42, uiLanguage: 'nn' });
  });

  it('defaults to English in an English browser and to bokmål otherwise', async () => {
    await mount(fakeApi(), 1, 'en-US');
    expect(text('empty-state')).toBe('Start writing a reply in a text field, and Svarhjelp will show advice here.');
    act(() => root.unmount());
    root = createRoot(container);
    await mount(fakeApi(), 1, 'de-DE');
    expect(text('empty-state')).toBe('Begynn å skrive et svar i et tekstfelt, så viser Svarhjelp råd her.');
  });

  it('uses the saved UI language', async () => {
    await fakeBrowser.storage.local.set({ settings: { uiLanguage: 'en' } });
    await fakeBrowser.storage.session.set({
      [tabStateKey(1)]: { ...SAMPLE, result: { ...SAMPLE.result, findings: [] } },
    });
    await mount(fakeApi());
    expect(text('empty-state')).toBe('No findings – the reply follows the service standard as far as Svarhjelp can tell.');
  });
});
