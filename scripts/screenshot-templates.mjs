#!/usr/bin/env node
// Screenshot of the side panel's «Svarmaler» tab with real data: a reply being written in the
// CKEditor 5 fixture above a quoted complaint, the staff member's name and unit from the options
// page, the complaint templates suggested, and the preview with what was filled and what was not.
//
//   npm run build:chrome && node scripts/screenshot-templates.mjs
//
// Writes docs/screenshots/svarmaler.png (420 px wide, the panel's full height).
import { join } from 'node:path';
import { openScreenshotBrowser } from './content-world.mjs';

const { context, outDir, server, close } = await openScreenshotBrowser();

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('staff-name').fill('Ola Hansen');
  await options.getByTestId('staff-unit').fill('Servicetorget');
  await options.getByTestId('staff-save').click();
  await options.getByTestId('staff-status').filter({ hasText: 'Lagret' }).waitFor();
  await options.close();

  const page = await context.newPage();
  await page.goto(new URL('editors/ckeditor5.html', server.url).href);
  await page.waitForFunction(() => window.__fixture?.ready === true);
  await page.locator('.ck-editor__editable > p').first().click();
  await page.keyboard.type('Takk for at du tok kontakt.');
  await page.bringToFront();
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
  await worker.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const deadline = Date.now() + 20_000;
        const poll = () =>
          globalThis.svarhjelpTabStates?.read(id)?.inquiry ? resolve(true) : Date.now() > deadline ? reject(new Error('no tab state')) : setTimeout(poll, 100);
        poll();
      }),
    tabId,
  );

  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.getByTestId('inquiry-kind').selectOption('complaint');
  await panel.getByTestId('tab-templates').click();
  await panel.getByTestId('template-suggested').locator('[data-template-id="klage-mottatt"]').click();
  await panel.getByTestId('template-preview').filter({ hasText: 'Ola Hansen' }).waitFor();
  await panel.screenshot({ path: join(outDir, 'svarmaler.png'), fullPage: true });
  console.log('Wrote docs/screenshots/svarmaler.png');
} finally {
  await close();
}
