// IT's deployment path in Firefox (docs/deployment.md): an enterprise policies.json whose
// `3rdparty.Extensions.<add-on id>` entry becomes the add-on's storage.managed. The test writes a
// policies.json into a Firefox install of its own (./firefox-install.ts), starts that Firefox, and
// sees the rule-set address arrive in storage.managed, get fetched, verified and used, and the
// options page say that the administrator set it up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRuleSetKeys, signRuleSet } from '../../rules/ruleset/signing.ts';
import { BUNDLED_RULE_SET } from '../../rules/standard/index.ts';
import { startRuleSetHost, type RuleSetHost } from '../e2e/trust-witness.ts';
import { firefoxWithPolicies, type PolicyInstall } from './firefox-install.ts';
import { addonId, launchFirefox, until, type FirefoxHarness } from './harness.ts';

declare const chrome: { storage: { managed: { get(keys: null): Promise<Record<string, unknown>> } } };

const PUBLISHED_VERSION = '999.0.0';

describe('enterprise policy from policies.json (Firefox)', () => {
  let rules: RuleSetHost;
  let install: PolicyInstall;
  let h: FirefoxHarness;
  let trustedKey: string;

  beforeAll(async () => {
    rules = await startRuleSetHost();
    const keys = await generateRuleSetKeys();
    trustedKey = JSON.stringify(keys.publicJwk);
    // The bundled standard republished with a higher version: accepted, so it becomes the active set.
    rules.publish(await signRuleSet({ ...structuredClone(BUNDLED_RULE_SET), version: PUBLISHED_VERSION }, keys.privateJwk));
    install = firefoxWithPolicies({
      policies: {
        '3rdparty': {
          Extensions: {
            [addonId()]: { ruleSetUrl: rules.url, trustedKeys: [trustedKey], unit: 'Byggesak', refreshMinutes: 30 },
          },
        },
      },
    });
    h = await launchFirefox({ executablePath: install.executablePath });
  });
  afterAll(async () => {
    await h?.close();
    install?.close();
    await rules?.close();
  });

  it('hands the 3rdparty policy to the add-on as storage.managed', async () => {
    const managed = await h.inExtension(() => chrome.storage.managed.get(null));
    expect(managed).toEqual({ ruleSetUrl: rules.url, trustedKeys: [trustedKey], unit: 'Byggesak', refreshMinutes: 30 });
  });

  it('fetches the rule set from the policy’s address, and the options page shows it as set by the administrator', async () => {
    const options = await h.openExtensionPage('options.html');
    const text = (testId: string) => options.$eval(`[data-testid="${testId}"]`, (el) => el.textContent ?? '').catch(() => '');
    await until(`the published set ${PUBLISHED_VERSION} active`, async () => (await text('active-version')) === PUBLISHED_VERSION).catch(
      async (error: Error) => {
        // What the page said instead: the updater's own status explains a refused or failed fetch.
        throw new Error(`${error.message}; the page shows: ${await text('ruleset-status')}; fetches: ${rules.fetches}`);
      },
    );
    expect(rules.fetches).toBeGreaterThan(0);
    expect(await text('active-source')).toBe(`Publisert regelsett (${rules.url})`);
    const setup = await options.$eval('[data-testid="ruleset-status"]', (el) => el.textContent ?? '');
    expect(setup).toContain('Styrt av administrator (policy), enhet Byggesak, hentes hvert 30. minutt');
    // The pilot form cannot override what the policy sets: the address is shown read-only.
    const field = await options.$eval('input[name=ruleSetUrl]', (el) => ({
      value: (el as HTMLInputElement).value,
      readOnly: (el as HTMLInputElement).readOnly,
    }));
    expect(field).toEqual({ value: rules.url, readOnly: true });
  });
});
