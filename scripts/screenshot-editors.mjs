#!/usr/bin/env node
// Screenshot for the README's editor gallery: the CKEditor 5 fixture right after a one-click
// fix — «Vedrørende» replaced by «Om» through CKEditor's own model, the remaining underlines,
// the quoted inquiry untouched, and the popover of the next finding. Same set-up as
// scripts/screenshot-inline.mjs (built extension, headless Chromium, closed network).
//
//   npm run build:chrome && node scripts/screenshot-editors.mjs
//
// Writes docs/screenshots/editor-ckeditor5.png. Options: --chromium <path>, --headed.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CLOSED_NETWORK_ARGS, extensionArgs } from './chromium-args.mjs';
import { startDemoServer } from './demo-server.mjs';
import { contentWorld, popoverButtonBox, waitForHighlightCount, waitForPopover } from './content-world.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const extensionPath = join(root, '.output/chrome-mv3');
const outDir = join(root, 'docs/screenshots');
const args = process.argv.slice(2);
const chromiumPath = args.includes('--chromium') ? args[args.indexOf('--chromium') + 1] : process.env.CHROME_PATH || '/usr/bin/chromium';
const REPLY = 'Hei Kari!\nVedrørende søknaden din: vi trenger tegninger samt kart.\nFødselsnummer 13097248022 er registrert.';

if (!existsSync(join(extensionPath, 'manifest.json'))) {
  console.error('No built extension in .output/chrome-mv3 — run `npm run build:chrome` first.');
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const server = await startDemoServer({ port: 0 });
const profile = mkdtempSync(join(tmpdir(), 'svarhjelp-shot-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless: !args.includes('--headed'),
  locale: 'nb-NO',
  viewport: { width: 1000, height: 720 },
  deviceScaleFactor: 1,
  args: [...CLOSED_NETWORK_ARGS, ...extensionArgs(extensionPath)],
});

try {
  const page = await context.newPage();
  await page.goto(new URL('editors/ckeditor5.html', server.url).href);
  await page.waitForFunction(() => window.__fixture?.ready === true);
  const editor = page.locator('.ck-editor__editable');
  await editor.locator(':scope > p').first().click();
  await page.keyboard.type(REPLY);
  const world = await contentWorld(page);
  await waitForHighlightCount(world, 3);
  // Alt+J to «Vedrørende», apply «Om» from the popover.
  await page.mouse.move(1, 1);
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Alt+KeyJ');
  await waitForPopover(page, world);
  const om = await popoverButtonBox(world, 'apply', 'Om');
  // A real click: the popover acts on the user's own (trusted) clicks only.
  await page.mouse.click(om.x + om.w / 2, om.y + om.h / 2);
  await page.waitForFunction(() => window.__fixture.text().startsWith('Hei Kari!\nOm søknaden'));
  await waitForHighlightCount(world, 2);
  // The next finding's popover, opened from the keyboard as a user moving on would.
  await page.keyboard.press('Alt+KeyJ');
  await waitForPopover(page, world);
  const card = await page.locator('.card').first().boundingBox();
  await page.screenshot({ path: join(outDir, 'editor-ckeditor5.png'), clip: { x: card.x - 10, y: card.y - 10, width: card.width + 20, height: Math.min(640, card.height + 20) } });
  console.log('Wrote docs/screenshots/editor-ckeditor5.png');
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
