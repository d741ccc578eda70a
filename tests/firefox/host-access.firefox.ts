// Firefox lets the user withhold an MV3 add-on's site access (the box in the install prompt, the
// switch in the add-ons manager). Then Svarhjelp's content script runs nowhere, and the options
// page says so and asks again: «Gi Svarhjelp tilgang til nettsidene» calls permissions.request
// from the click. The test starts Firefox with access withheld, sees Svarhjelp silent on a page,
// clicks the button like a user, and sees Svarhjelp coach on the next page.
//
// The browser's permission prompt that the click opens is browser chrome, which WebDriver BiDi
// cannot click; `extensions.webextOptionalPermissionPrompts: false` (the pref Firefox's own tests
// use) answers it with yes. Everything on Svarhjelp's side — the check, the button, the call from
// a real click, the content script starting — is the product's path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, until, type FirefoxHarness } from './harness.ts';

declare const chrome: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };

const REPLY = 'Hei Kari! Vedrørende søknaden din om garasje: vi har mottatt den, og vi svarer deg innen fredag.';

describe('site access withheld in Firefox', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await launchFirefox({
      prefs: { 'extensions.originControls.grantByDefault': false, 'extensions.webextOptionalPermissionPrompts': false },
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  const hasAccess = () => h.inExtension(() => chrome.permissions.contains({ origins: ['<all_urls>'] }));

  it('is silent without access, asks for it on the options page, and coaches once the user gave it', async () => {
    expect(await hasAccess()).toBe(false);
    const before = await h.openFixture('tracking.html');
    await before.click('#plain');
    await before.keyboard.type(REPLY);
    // No content script in the page: nothing answers, nothing was checked.
    expect(await h.inspect(before)).toBeNull();
    expect(await h.tabState(await h.tabIdOf(before))).toBeNull();

    const options = await h.openExtensionPage('options.html');
    const button = await options.waitForSelector('[data-testid="site-access-request"]');
    expect(await button!.evaluate((el) => el.textContent)).toBe('Gi Svarhjelp tilgang til nettsidene');
    await button!.click();
    await until('access granted', async () => (await hasAccess()) === true);
    await options.waitForSelector('[data-testid="site-access"]', { hidden: true });

    const after = await h.openFixture('tracking.html');
    await after.click('#plain');
    await after.keyboard.type(REPLY);
    await until('the underline under «Vedrørende»', async () =>
      (await h.inspect(after))?.segments.some((s) => s.findingId.startsWith('klarsprak.vedrorende') && s.category === 'clarity'),
    );
  });
});
