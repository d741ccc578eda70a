// MV3 stops an idle service worker after 30 s. The findings quote the reply, so the worker keeps
// them in memory only (storage.session holds a text-free record per tab): what the panel shows
// must come back all the same — from the next keystroke, which alone must wake the worker and
// bring fresh findings (no extension page is open meanwhile, so nothing else can restart it), or,
// when the user only opens the panel, from the tab's content script, which the restarted worker
// asks to check its field again. The checklist lives in storage.local and stays.
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
      .poll(
        async () => {
          const all = (await h.inWorker(() => chrome.storage.local.get(null))) as Record<string, { manual?: Record<string, boolean> }>;
          return Object.entries(all).find(([k]) => k.startsWith('inquiry:'))?.[1]?.manual?.['next-steps'];
        },
        { timeout: 20_000 },
      )
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
    await expect.poll(async () => (await underlineBoxes(page)).some((b) => b.category === 'personal-data'), { timeout: 20_000 }).toBe(true);
    expect(await workerRunning(h)).toBe(true);
    // It really was a new worker (module state gone), not the old one still running.
    expect(await h.inWorker(() => (globalThis as { beforeStop?: boolean }).beforeStop)).toBeUndefined();

    // The panel, freshly opened: both findings, and the tick is still there.
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

  it('shows the findings in a panel opened after the worker stopped, with no typing: the tab checks its field again', async () => {
    const page = await h.openFixture('case-form.html');
    await h.typeInto(page, '#svar', 'Vedrørende søknaden din. Fødselsnummeret ditt er 13097248022.');
    const tabId = await h.tabIdOf(page);
    await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === 'personvern.fodselsnummer'));

    await h.inWorker(() => ((globalThis as { beforeStop?: boolean }).beforeStop = true));
    await h.stopServiceWorker();
    expect(await workerRunning(h)).toBe(false);
    // The user only opens the panel: it wakes the worker, whose memory is empty; the tab's record
    // in storage.session names the field to ask for.
    const panel = await h.openSidePanel(tabId);
    await expectPanelFinding(panel, 'kompetent', 'kompetent.klart-sprak', 'klarsprak.vedrorende');
    await expectPanelFinding(panel, 'palitelig', 'palitelig.personvern', 'personvern.fodselsnummer');
    expect(await h.inWorker(() => (globalThis as { beforeStop?: boolean }).beforeStop)).toBeUndefined();
    // The underlines in the page are those of the new check, as before.
    expect((await underlineBoxes(page)).some((b) => b.category === 'personal-data')).toBe(true);
    await panel.close();
    await page.close();
  });
});
