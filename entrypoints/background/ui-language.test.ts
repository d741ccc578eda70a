import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { check } from '../../rules/engine/check.ts';
import { compileRuleSet } from '../../rules/engine/compile.ts';
import { BUNDLED_RULE_SET } from '../../rules/standard/index.ts';
import { createEngineHost } from './engine-host.ts';
import { createTabStateStore } from './tab-state.ts';
import { chosenUiLanguage, handleCheckTextInChosenLanguage, withUiLanguage } from './ui-language.ts';
import { SETTINGS_KEY } from '../shared/storage-items.ts';

const RUNTIME_ID = 'svarhjelp-test';
const host = createEngineHost({ ruleSet: BUNDLED_RULE_SET, compile: (rs) => compileRuleSet(rs), check });
const deps = () => ({
  host,
  store: createTabStateStore(fakeBrowser.storage.session),
  runtimeId: RUNTIME_ID,
  extensionOrigin: `chrome-extension://${RUNTIME_ID}/`,
});
const sender = { id: RUNTIME_ID, url: 'https://sak.example.no/svar', frameId: 0, tab: { id: 7 } };
const nynorsk = 'Hei Kari!\n\nTakk for førespurnaden din. Vi har sett på saka og kjem tilbake til deg så fort vi kan, seinast innan fredag.\n\nHelsing Ola';
const request = (uiLanguage?: string) => ({
  text: nynorsk,
  fieldKey: 'textarea#svar',
  seq: 1,
  context: { now: '2026-11-23T10:00:00Z', inquiry: { receivedAt: '2026-11-16T09:12:00', kind: 'question' }, ...(uiLanguage ? { uiLanguage } : {}) },
});

/** The background's checkText handler (index.ts). */
const checkAsBackground = (data: unknown) => handleCheckTextInChosenLanguage({ data, sender }, deps(), fakeBrowser.storage.local);

describe('UI language of the deadline card (real engine, bundled standard)', () => {
  it('follows the language chosen in the panel, not the reply', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLanguage: 'en', retentionDays: 30 } });
    const { result } = await checkAsBackground(request());
    expect(result.language).toBe('nno');
    expect(result.deadline?.policies[0]).toMatchObject({ label: 'Answer to an inquiry', advice: 'Answer within five working days, or send an interim reply.' });

    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLanguage: 'nb' } });
    expect((await checkAsBackground(request())).result.deadline?.policies[0]?.label).toBe('Svar på henvendelse');
  });

  it('follows the reply (nynorsk) when no language is chosen', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { retentionDays: 30 } });
    expect((await checkAsBackground(request())).result.deadline?.policies[0]?.label).toBe('Svar på førespurnad');
  });

  it('leaves a language the request names, and malformed data for the validator', () => {
    expect(withUiLanguage({ data: request('nn') }, 'en').data).toEqual(request('nn'));
    expect(withUiLanguage({ data: 'x' }, 'en').data).toBe('x');
    expect(withUiLanguage({ data: { context: 5 } }, 'en').data).toEqual({ context: 5 });
    expect(withUiLanguage({ data: { text: 'a' } }, 'nn').data).toEqual({ text: 'a', context: { uiLanguage: 'nn' } });
  });

  it('reads only a valid choice', async () => {
    fakeBrowser.reset();
    expect(await chosenUiLanguage(fakeBrowser.storage.local)).toBeUndefined();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLanguage: 'de' } });
    expect(await chosenUiLanguage(fakeBrowser.storage.local)).toBeUndefined();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { uiLanguage: 'nn' } });
    expect(await chosenUiLanguage(fakeBrowser.storage.local)).toBe('nn');
  });
});
