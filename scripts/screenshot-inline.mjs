#!/usr/bin/env node
// Screenshots of inline coaching in real Chromium with the built extension: underlines of all
// four categories and the popover, in a textarea (mirror + overlay) and in a contenteditable
// (CSS Custom Highlights). The same approach as tests/e2e/harness.ts.
//
//   flock /tmp/svarhjelp-build.lock sh -c 'npm run build:chrome && node scripts/screenshot-inline.mjs'
//
// Writes docs/screenshots/inline-textarea.png, inline-contenteditable.png, inline-keyboard.png.
// Options: --chromium <path> (default $CHROME_PATH or /usr/bin/chromium), --headed.
import { join } from 'node:path';
import { contentWorld, highlightBox, segmentBox, waitForPopover, openScreenshotBrowser } from './content-world.mjs';

// One finding of each category: clarity (Vedrørende), personal data (fødselsnummer), tone
// (capitals), deadline (a vague promise); and a note, drawn quieter («man»).
const REPLY = [
  'Hei Kari!',
  '',
  'Vedrørende søknaden din om garasje: vi har registrert den på fødselsnummer 13097248022. DU MÅ SENDE INN TEGNINGENE. Vi svarer snarest. Man kan også sende dem digitalt.',
  '',
  'Med vennlig hilsen',
  'Ola Hansen',
].join('\n');

const { context, outDir, server, close } = await openScreenshotBrowser();

try {
  // Textarea in a case form: hover over «Vedrørende».
  {
    const page = await context.newPage();
    await page.goto(new URL('case-form.html', server.url).href);
    await page.locator('#svar').click();
    await page.keyboard.type(REPLY);
    const world = await contentWorld(page);
    await segmentBox(world, 'personvern.fodselsnummer');
    const box = await segmentBox(world, 'klarsprak.vedrorende');
    await page.mouse.move(box.x + 8, box.y + box.h / 2, { steps: 4 });
    await waitForPopover(page, world);
    const form = await page.locator('#svarskjema').boundingBox();
    await page.screenshot({
      path: join(outDir, 'inline-textarea.png'),
      clip: { x: form.x - 10, y: form.y - 10, width: form.width + 20, height: Math.min(520, form.height + 200) },
    });
    // Keyboard: Alt+J from the start, popover focused on its first button.
    await page.mouse.move(5, 5);
    await page.evaluate(() => document.getElementById('svar').scrollIntoView({ block: 'start' }));
    await page.locator('#svar').press('Control+Home');
    await page.keyboard.press('Alt+KeyJ');
    await page.keyboard.press('Alt+KeyJ');
    await waitForPopover(page, world);
    await page.screenshot({ path: join(outDir, 'inline-keyboard.png') });
    await page.close();
  }
  // Contenteditable webmail reply with a quoted inquiry: click on «Vedrørende».
  {
    const page = await context.newPage();
    await page.goto(new URL('webmail.html', server.url).href);
    await page.locator('#reply').click();
    await page.keyboard.type(REPLY.split('\n\nMed vennlig')[0]);
    const world = await contentWorld(page);
    await highlightBox(world, 'personal-data');
    const box = await highlightBox(world, 'clarity');
    await page.mouse.click(box.x + 8, box.y + box.h / 2);
    await waitForPopover(page, world);
    const card = await page.locator('.compose').boundingBox();
    await page.screenshot({
      path: join(outDir, 'inline-contenteditable.png'),
      clip: { x: card.x - 10, y: card.y - 10, width: card.width + 20, height: Math.min(600, card.height + 20) },
    });
    await page.close();
  }
  console.log(`Wrote ${['inline-textarea.png', 'inline-contenteditable.png', 'inline-keyboard.png'].map((f) => join('docs/screenshots', f)).join(', ')}`);
} finally {
  await close();
}
