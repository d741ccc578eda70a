// MV3 stops an idle service worker after 30 s. What the panel shows must survive that (it lives
// in storage.session), and checks must work again when the next keystroke wakes the worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness.ts';
import { expectPanelFinding } from './expectations.ts';

describe('service-worker restart', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('keeps the tab’s findings and keeps checking after the worker is stopped', async () => {
    const page = await h.openFixture('case-form.html');
    await h.typeInto(page, '#svar', 'Vedrørende søknaden din.');
    const tabId = await h.tabIdOf(page);
    await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === 'klarsprak.vedrorende'));

    await h.inWorker(() => ((globalThis as { beforeStop?: boolean }).beforeStop = true));
    await h.stopServiceWorker();

    const panel = await h.openSidePanel(tabId);
    await expectPanelFinding(panel, 'kompetent', 'kompetent.klart-sprak', 'klarsprak.vedrorende');

    await page.bringToFront();
    await page.locator('#svar').press('End');
    await page.keyboard.type(' Fødselsnummeret ditt er 13097248022.');
    const state = await h.waitForTabState(tabId, (s) =>
      s.result.findings.some((f) => f.ruleId === 'personvern.fodselsnummer'),
    );
    expect(state.result.findings.map((f) => f.ruleId)).toContain('klarsprak.vedrorende');
    // It really was a new worker (module state gone), not the old one still running.
    expect(await h.inWorker(() => (globalThis as { beforeStop?: boolean }).beforeStop)).toBeUndefined();
  });
});
