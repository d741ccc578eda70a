// MV3 stops an idle service worker after 30 s. What the panel shows must survive that (it lives
// in storage.session), the checklist too (storage.local), and the next keystroke alone must wake
// the worker and bring fresh findings: no extension page is open while the worker is stopped and
// the user types, so nothing else can have restarted it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { launch, type Harness } from './harness.ts';
import { expectPanelFinding } from './expectations.ts';
import { underlineBoxes } from './underlines.ts';

declare const chrome: Pick<typeof Browser, 'storage'>;

async function openChecklist(panel: Page) {
  const toggle = panel.getByTestId('checklist').locator('button[aria-expanded]').first();
  await toggle.waitFor({ state: 'visible', timeout: 20_000 });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

/** Is a service worker of the extension running now? (Asked from the browser, not the worker.) */
async function workerRunning(h: Harness): Promise<boolean> {
  const cdp = await h.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${h.extensionId}/`));
  } finally {
    await cdp.detach().catch(() => {});
  }
}

describe('service-worker restart', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('wakes on the next keystroke after the worker was stopped: new findings underlined, panel findings and checklist intact', async () => {
    const page = await h.openFixture('case-form.html');
    await h.typeInto(page, '#svar', 'Vedrørende søknaden din.');
    const tabId = await h.tabIdOf(page);
    await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === 'klarsprak.vedrorende'));

    // The user ticks a checklist item in the panel, then closes it.
    let panel = await h.openSidePanel(tabId);
    await openChecklist(panel);
    await panel.getByTestId('checklist-item-next-steps').getByRole('checkbox').check();
    await expect
      .poll(async () => {
        const all = (await h.inWorker(() => chrome.storage.local.get(null))) as Record<string, { manual?: Record<string, boolean> }>;
        return Object.entries(all).find(([k]) => k.startsWith('inquiry:'))?.[1]?.manual?.['next-steps'];
      }, { timeout: 20_000 })
      .toBe(true);
    await panel.close();

    // The worker stops (as after 30 s idle) while no extension page is open.
    await h.inWorker(() => ((globalThis as { beforeStop?: boolean }).beforeStop = true));
    await h.stopServiceWorker();
    expect(await workerRunning(h)).toBe(false);

    // Only the user's typing in the page follows. Its findings come back from a worker the
    // keystrokes woke: the new fødselsnummer is underlined in the page.
    await page.bringToFront();
    await page.locator('#svar').press('End');
    await page.keyboard.type(' Fødselsnummeret ditt er 13097248022.');
    await expect
      .poll(async () => (await underlineBoxes(page)).some((b) => b.category === 'personal-data'), { timeout: 20_000 })
      .toBe(true);
    expect(await workerRunning(h)).toBe(true);
    // It really was a new worker (module state gone), not the old one still running.
    expect(await h.inWorker(() => (globalThis as { beforeStop?: boolean }).beforeStop)).toBeUndefined();

    // Only now the panel, freshly opened: both findings, and the tick is still there.
    const state = await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === 'personvern.fodselsnummer'));
    expect(state.result.findings.map((f) => f.ruleId)).toContain('klarsprak.vedrorende');
    panel = await h.openSidePanel(tabId);
    await expectPanelFinding(panel, 'kompetent', 'kompetent.klart-sprak', 'klarsprak.vedrorende');
    await expectPanelFinding(panel, 'palitelig', 'palitelig.personvern', 'personvern.fodselsnummer');
    await openChecklist(panel);
    await expect.poll(() => panel.getByTestId('checklist-item-next-steps').getByRole('checkbox').isChecked(), { timeout: 20_000 }).toBe(true);
    await panel.close();
    await page.close();
  });
});
