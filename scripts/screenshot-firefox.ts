// Screenshot of Svarhjelp in Debian's Firefox ESR (headless, WebDriver BiDi), for the README:
// a webmail reply with underlines and the popover, beside the panel for that tab. Headless
// Firefox has no browser chrome to draw, so the sidebar itself cannot be captured: the panel is
// the sidebar's own page (sidepanel.html?tab=<id>) captured in a tab, and the two captures are
// laid side by side on one page of Firefox's and captured again.
//
//   npm run build:firefox && npx node --experimental-strip-types --no-warnings scripts/screenshot-firefox.ts
//
// Writes docs/screenshots/firefox.png.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchFirefox, until } from '../tests/firefox/harness.ts';

const OUT = fileURLToPath(new URL('../docs/screenshots/firefox.png', import.meta.url));
const REPLY =
  'Hei Kari!\n\nVedrørende søknaden din om garasje: vi har registrert den på fødselsnummer 13097248022. DU MÅ SENDE INN TEGNINGENE. Vi svarer snarest.';

const h = await launchFirefox();
try {
  const page = await h.openFixture('webmail.html');
  await page.setViewport({ width: 860, height: 640 });
  await page.click('#reply');
  await page.keyboard.type(REPLY);
  const tabId = await h.tabIdOf(page);
  await h.waitForTabState(tabId, (s) => s.result.metrics.characters >= REPLY.length - 1);
  const shown = await until('the underlines', async () => {
    const s = await h.inspect(page);
    return s?.highlights.clarity?.length && s.highlights['personal-data']?.length ? s : null;
  });
  const box = shown.highlights.clarity![0]!.box!;
  await page.mouse.click(box.left + 8, (box.top + box.bottom) / 2);
  await until('the popover', async () => (await h.inspect(page))?.popover);
  const pageShot = Buffer.from(await page.screenshot({ encoding: 'base64' }), 'base64');

  const panel = await h.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await panel.setViewport({ width: 380, height: 640 });
  await panel.waitForSelector('[data-testid="ui-language"]');
  await panel.select('[data-testid="ui-language"]', 'nb');
  await panel.waitForSelector('[data-testid^="finding-personvern"]');
  const panelShot = Buffer.from(await panel.screenshot({ encoding: 'base64' }), 'base64');

  const version = await h.browser.version();
  const sheet = await h.browser.newPage();
  await sheet.setViewport({ width: 1280, height: 700 });
  const img = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await sheet.setContent(`<!doctype html><meta charset="utf-8">
    <style>
      body { margin: 0; padding: 12px; background: #e8e8ed; font: 13px system-ui, sans-serif; color: #333; display: flex; gap: 12px; align-items: flex-start; }
      figure { margin: 0; } img { display: block; border: 1px solid #bbb; } figcaption { padding: 4px 2px; }
    </style>
    <figure><img src="${img(pageShot)}" width="860" height="640"><figcaption>Webmail-svar med understrekinger og forslag (${version}, headless)</figcaption></figure>
    <figure><img src="${img(panelShot)}" width="380" height="640"><figcaption>Svarhjelp-panelet for fanen (sidebar-siden åpnet i en fane)</figcaption></figure>`);
  await sheet.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  const composed = Buffer.from(await sheet.screenshot({ encoding: 'base64', clip: { x: 0, y: 0, width: 1280, height: 694 } }), 'base64');
  writeFileSync(OUT, composed);
  console.log(`Wrote ${OUT} (${version})`);
} finally {
  await h.close();
}
