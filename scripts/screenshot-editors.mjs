#!/usr/bin/env node
// Screenshot for the README's editor gallery: the CKEditor 5 fixture right after a one-click
// fix — «Vedrørende» replaced by «Om» through CKEditor's own model, the remaining underlines,
// the quoted inquiry untouched, and the popover of the next finding. Same set-up as
// scripts/screenshot-inline.mjs (built extension, headless Chromium, closed network).
//
//   npm run build:chrome && node scripts/screenshot-editors.mjs
//
// Writes docs/screenshots/editor-ckeditor5.png. Options: --chromium <path>, --headed.
import { join } from 'node:path';
import { contentWorld, popoverButtonBox, waitForHighlightCount, waitForPopover, openScreenshotBrowser } from './content-world.mjs';

const REPLY = 'Hei Kari!\nVedrørende søknaden din: vi trenger tegninger samt kart.\nFødselsnummer 13097248022 er registrert.';

const { context, outDir, server, close } = await openScreenshotBrowser();

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
  await page.screenshot({
    path: join(outDir, 'editor-ckeditor5.png'),
    clip: { x: card.x - 10, y: card.y - 10, width: card.width + 20, height: Math.min(640, card.height + 20) },
  });
  console.log('Wrote docs/screenshots/editor-ckeditor5.png');
} finally {
  await close();
}
