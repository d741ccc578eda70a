// @vitest-environment happy-dom
import { act } from 'react';
import { statusProblem } from '../../rules/ruleset/problems.ts';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RuleSetStatus } from '../../entrypoints/shared/protocol.ts';
import { generateRuleSetKeys } from '../../rules/ruleset/signing.ts';
import { cloneTestSet } from '../../rules/ruleset/test-fixtures.ts';
import type { RuleSet } from '../../rules/ruleset/types.ts';
import { OptionsApp } from './OptionsApp.tsx';
import type { OptionsApi } from './options-api.ts';
import { splitKeys } from './PilotForm.tsx';
import { RuleCard } from './RuleCard.tsx';
import { loadDraft, TextTester } from './TextTester.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>fet</b>';

function status(overrides: Partial<RuleSetStatus> = {}): RuleSetStatus {
  return {
    active: {
      id: 'test.felles-servicestandard',
      name: 'Testsett',
      version: '1.1.0',
      publisher: 'Bergen kommune',
      publishedAt: '2026-11-23T08:00:00Z',
      source: 'remote',
      url: 'https://regler.example.no/r.jws',
    },
    config: {
      source: 'policy',
      ruleSetUrl: 'https://regler.example.no/r.jws',
      trustedKeyIds: ['abc'],
      refreshMinutes: 15,
      allowDowngrade: false,
      hasPolicy: true,
      locked: ['ruleSetUrl', 'trustedKeys'],
      problems: [],
    },
    lastCheck: '2026-11-23T10:00:00Z',
    lastResult: 'failed',
    lastError: statusProblem('rejected', { reason: { code: 'bad-signature' } }),
    ...overrides,
  };
}

function fakeApi(ruleSet: RuleSet, overrides: Partial<OptionsApi> = {}): OptionsApi {
  return {
    getStatus: vi.fn(async () => status()),
    refresh: vi.fn(async () => status({ lastResult: 'unchanged', lastError: undefined } as Partial<RuleSetStatus>)),
    loadActiveRuleSet: vi.fn(async () => ruleSet),
    readPilotSettings: vi.fn(async () => ({ refreshMinutes: 30 })),
    savePilotSettings: vi.fn(async () => {}),
    onChange: () => () => {},
    ...overrides,
  };
}

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  delete (window as { __pwned?: number }).__pwned;
});

async function render(node: React.ReactNode) {
  await act(async () => root.render(node));
  await act(async () => new Promise((r) => setTimeout(r, 0)));
}

describe('options page', () => {
  it("shows the stored status while the worker has not answered yet, and the worker's answer when it comes", async () => {
    const ruleSet = cloneTestSet();
    let answer: (s: RuleSetStatus) => void = () => {};
    const api = fakeApi(ruleSet, {
      getStatus: vi.fn(() => new Promise<RuleSetStatus>((r) => (answer = r))),
      readStoredStatus: vi.fn(async () => status({ lastResult: 'unchanged', lastError: undefined } as Partial<RuleSetStatus>)),
    });
    await render(<OptionsApp api={api} />);
    expect(container.textContent).not.toContain('Henter status');
    expect(container.textContent).toContain('Testsett');
    expect(container.textContent).not.toContain('Signaturen stemmer ikke');
    await act(async () => answer(status()));
    expect(container.textContent).toContain('Signaturen stemmer ikke');
  });

  it('renders markup in a rule set only as text (message, advice, examples)', async () => {
    const rule = cloneTestSet().rules[0]!;
    rule.message = { nb: HOSTILE };
    rule.advice = { nb: HOSTILE };
    rule.examples.good = [HOSTILE];
    await render(<RuleCard rule={rule} />);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.querySelector('.advice')!.textContent).toBe(HOSTILE);
    expect(container.querySelector('.message')!.textContent).toBe(HOSTILE);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('words the last error and the setup problems in the chosen language, and again when it changes', async () => {
    let changed: (value: unknown) => void = () => {};
    const api = {
      ...fakeApi(cloneTestSet()),
      getStatus: vi.fn(async () =>
        status({
          config: { ...status().config, problems: [statusProblem('policy-unknown-key', { key: 'colour' })] },
          lastError: statusProblem('rejected', { reason: statusProblem('unknown-signing-key', { kid: 'k1' }) }),
        }),
      ),
      readUiLanguage: async () => 'nn',
      onUiLanguageChange: (listener: (value: unknown) => void) => {
        changed = listener;
        return () => {};
      },
    };
    await render(<OptionsApp api={api} />);
    const lastError = () => container.querySelector('[data-testid=last-error]')?.textContent ?? '';
    const problems = () => container.querySelector('[data-testid=config-problems]')?.textContent ?? '';
    await vi.waitFor(() => expect(lastError()).toMatch(/Regelsettet vart avvist: Regelsettet er signert med ein ukjend nøkkel \(kid k1\)/));
    expect(problems()).toMatch(/Policyen har ei ukjend innstilling «colour»/);
    await act(async () => changed('en'));
    expect(lastError()).toMatch(/The rule set was rejected: The rule set is signed with an unknown key \(kid k1\)/);
    expect(problems()).toMatch(/The policy has an unknown setting «colour»/);
  });

  it('shows status, the last error and policy-locked fields read-only; "Oppdater nå" refreshes', async () => {
    const api = fakeApi(cloneTestSet());
    await render(<OptionsApp api={api} />);
    expect(container.querySelector('[data-testid=active-version]')!.textContent).toBe('1.1.0');
    expect(container.querySelector('[data-testid=last-error]')!.textContent).toMatch(/Signaturen stemmer ikke.*gjelder fortsatt/);
    const url = container.querySelector<HTMLInputElement>('input[name=ruleSetUrl]')!;
    expect(url.readOnly).toBe(true);
    expect(url.value).toBe('https://regler.example.no/r.jws');
    expect(container.querySelector<HTMLInputElement>('input[name=refreshMinutes]')!.readOnly).toBe(false);
    expect(container.textContent).toContain('Styrt av administrator');
    await act(async () => container.querySelector<HTMLButtonElement>('[data-testid=refresh-now]')!.click());
    expect(api.refresh).toHaveBeenCalledTimes(1);
    expect(container.querySelector('[data-testid=last-error]')).toBeNull();
  });

  it('pilot form validates before saving', async () => {
    const api = fakeApi(cloneTestSet(), {
      getStatus: vi.fn(async () => status({ config: { ...status().config, source: 'none', hasPolicy: false, locked: [] } })),
    });
    await render(<OptionsApp api={api} />);
    const url = container.querySelector<HTMLInputElement>('input[name=ruleSetUrl]')!;
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(url, 'http://regler.example.no/r.jws');
      url.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => container.querySelector<HTMLFormElement>('[data-testid=pilot-form]')!.requestSubmit());
    expect(api.savePilotSettings).not.toHaveBeenCalled();
    expect(container.querySelector('[data-testid=pilot-form] [role=alert]')!.textContent).toMatch(/https/);
  });

  it('pilot form refuses a pasted PRIVATE key and says to paste the public one', async () => {
    const keys = await generateRuleSetKeys();
    const api = fakeApi(cloneTestSet(), {
      getStatus: vi.fn(async () => status({ config: { ...status().config, source: 'none', hasPolicy: false, locked: [] } })),
    });
    await render(<OptionsApp api={api} />);
    const url = container.querySelector<HTMLInputElement>('input[name=ruleSetUrl]')!;
    const area = container.querySelector<HTMLTextAreaElement>('textarea[name=trustedKeys]')!;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(url, 'https://regler.example.no/r.jws');
      url.dispatchEvent(new Event('input', { bubbles: true }));
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, JSON.stringify(keys.privateJwk, null, 2));
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => container.querySelector<HTMLFormElement>('[data-testid=pilot-form]')!.requestSubmit());
    expect(api.savePilotSettings).not.toHaveBeenCalled();
    expect(container.querySelector('[data-testid=pilot-form] [role=alert]')!.textContent).toMatch(/PRIVAT nøkkel.*offentlige nøkkelen/);
  });

  it('tests a text with the active set and shows findings as text', async () => {
    const rs = cloneTestSet();
    rs.rules.find((r) => r.id === 'klarsprak.samt')!.advice = { nb: HOSTILE };
    await render(<TextTester active={rs} />);
    const area = container.querySelector<HTMLTextAreaElement>('[data-testid=test-text]')!;
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(area, 'Du får brevet samt vedlegget.');
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const finding = container.querySelector('[data-testid=test-findings] [data-rule-id="klarsprak.samt"]');
    expect(finding).not.toBeNull();
    expect(finding!.textContent).toContain('«samt»');
    expect(container.querySelector('[data-testid=test-findings] img, [data-testid=test-findings] script')).toBeNull();
  });

  it('loads a draft through the acceptance pipeline', async () => {
    const broken = await loadDraft({ name: 'utkast.json', size: 10, text: async () => '{"schemaVersion":1}' });
    expect('problems' in broken && broken.problems.some((p) => p.message.includes('mangler feltet «id»'))).toBe(true);
    const text = vi.fn(async () => '');
    const huge = await loadDraft({ name: 'stor.json', size: 10 * 1024 * 1024, text });
    expect('problems' in huge && huge.problems[0]!.message).toMatch(/for stor/);
    expect(text).not.toHaveBeenCalled();
    const good = await loadDraft({ name: 'ok.json', size: 100, text: async () => JSON.stringify(cloneTestSet()) });
    expect('compiled' in good).toBe(true);
  });

  it('splits pasted keys', () => {
    expect(splitKeys('')).toEqual([]);
    expect(splitKeys('{"kty":"EC"}')).toEqual(['{"kty":"EC"}']);
    expect(splitKeys('{"a":1}\n{"b":2}')).toEqual(['{"a":1}', '{"b":2}']);
    expect(splitKeys('[{"a":1},{"b":2}]')).toEqual(['{"a":1}', '{"b":2}']);
  });
});
