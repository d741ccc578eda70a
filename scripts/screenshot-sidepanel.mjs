#!/usr/bin/env node
// Screenshots of the built side panel with realistic data, plus a real-browser check that
// rule-set advice is sanitised (DOMPurify cannot be tested under happy-dom).
//
//   flock /tmp/svarhjelp-build.lock npx wxt build && node scripts/screenshot-sidepanel.mjs
//
// Loads .output/chrome-mv3 into Chromium, seeds the worker's tab states through the service worker and
// opens chrome-extension://<id>/sidepanel.html?tab=<id> at 400×800. Writes docs/screenshots/:
//   sidepanel.png            the engine's real result for a sample reply (via the CLI), or the
//                            fixture when the CLI is not usable
//   sidepanel-full.png       the fixture (every feature: critical finding, deadlines, dates), full page
//   sidepanel-dark.png       the fixture in dark mode
//   sidepanel-320.png        the fixture at the narrowest supported width, full page
//   sidepanel-empty.png      no tab state yet
//   sidepanel-fallback.png   the fixture when the rule-set summary cannot be loaded
// Options: --chromium <path> (default /usr/bin/chromium or $CHROMIUM), --headed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CLOSED_NETWORK_ARGS, extensionArgs } from './chromium-args.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const extensionPath = join(root, '.output/chrome-mv3');
const outDir = join(root, 'docs/screenshots');
const args = process.argv.slice(2);
const argValue = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const executablePath = argValue('--chromium') ?? process.env.CHROMIUM ?? '/usr/bin/chromium';
const headed = args.includes('--headed');

const fixture = JSON.parse(readFileSync(join(root, 'components/fixtures/sample-tab-state.json'), 'utf8'));

const SAMPLE_REPLY = `Vedrørende din henvendelse om byggesøknad

Din søknad blir behandlet så snart som mulig. Vi har registrert fødselsnummeret ditt 01019012345 i saken, og det er ikke nødvendig å foreta seg noe ytterligere fra din side i denne omgang med mindre det skulle oppstå behov for ytterligere dokumentasjon i forbindelse med den videre saksbehandlingen av søknaden.

Det er dessverre ikke mulig å få svar før, da vi har mye å gjøre.

Mvh
Saksbehandler
`;

/** The engine's result for SAMPLE_REPLY via the CLI, or null when the CLI is not usable yet. */
function engineResult() {
  const node = join(root, 'node_modules/.bin/node');
  const run = spawnSync(
    existsSync(node) ? node : process.execPath,
    [
      '--experimental-strip-types',
      '--no-warnings',
      'rules/cli/main.ts',
      'check',
      '--json',
      '--received',
      '2025-11-20',
      '--now',
      '2025-11-24T12:00:00+01:00',
      '-',
    ],
    { cwd: root, input: SAMPLE_REPLY, encoding: 'utf8', timeout: 60_000 },
  );
  if (run.status !== 0) {
    console.warn(`CLI check failed (${run.status}); using the fixture.\n${run.stderr}`);
    return null;
  }
  try {
    const parsed = JSON.parse(run.stdout);
    return { dates: [], ...parsed };
  } catch (error) {
    console.warn('CLI output is not JSON; using the fixture.', error);
    return null;
  }
}

const HOSTILE_ADVICE = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '[klikk](javascript:window.__pwned=3)',
  '<a href="javascript:window.__pwned=4">a</a>',
  '**<svg onload="window.__pwned=5">**',
  '[x](https://e.no/" onmouseover="window.__pwned=6)',
  '<iframe src="https://example.org"></iframe>',
  'Vanlig **fet** tekst med [lenke](https://www.bergen.kommune.no/).',
].join('\n\n');

async function main() {
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No build at ${extensionPath}; run \`npx wxt build\` first.`);
  }
  mkdirSync(outDir, { recursive: true });
  const userDataDir = mkdtempSync(join(tmpdir(), 'svarhjelp-shot-'));
  // A private copy of the build: another `wxt build` may rewrite .output while we run.
  const extensionCopy = join(userDataDir, 'extension');
  cpSync(extensionPath, extensionCopy, { recursive: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: false, // --headless=new below: the full browser in headless mode runs extensions
    viewport: { width: 400, height: 800 },
    deviceScaleFactor: 1,
    locale: 'nb-NO',
    args: [...(headed ? [] : ['--headless=new']), ...CLOSED_NETWORK_ARGS, ...extensionArgs(extensionCopy)],
  });
  let failed = false;
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(worker.url()).host;
    console.log(`extension ${extensionId}`);

    const now = new Date().toISOString();
    const real = engineResult();
    const states = {
      101: real ? { ...fixture, tabId: 101, updatedAt: now, result: real } : { ...fixture, tabId: 101, updatedAt: now },
      102: { ...fixture, tabId: 102, updatedAt: now },
      103: {
        ...fixture,
        tabId: 103,
        updatedAt: now,
        result: {
          ...fixture.result,
          findings: fixture.result.findings.map((f) => ({ ...f, advice: HOSTILE_ADVICE })),
        },
      },
    };
    // The worker keeps a tab's findings in memory only (storage.session holds a text-free
    // record); seed them through the store it exposes to code already running in the worker.
    await worker.evaluate(async (seed) => {
      for (const state of Object.values(seed)) await globalThis.svarhjelpTabStates.write(state);
    }, states);

    const newPage = async () => {
      const p = await context.newPage();
      p.on('console', (msg) => {
        if (msg.type() === 'error' || msg.type() === 'warning') console.log(`  [panel ${msg.type()}] ${msg.text()}`);
      });
      p.on('pageerror', (error) => {
        failed = true;
        console.error(`  [panel error] ${error.message}`);
      });
      return p;
    };
    let page = await newPage();
    const open = async (tabId, { colorScheme = 'light' } = {}) => {
      await page.emulateMedia({ colorScheme });
      const url = `chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`;
      // One retry: a navigation right after a previous one is occasionally aborted.
      await page.goto(url).catch(async (error) => {
        console.warn(`  retrying ${url} in a new page: ${error.message.split('\n')[0]}`);
        const viewport = page.viewportSize();
        await page.close().catch(() => {});
        page = await newPage();
        if (viewport) await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        await page.goto(url);
      });
      await page.waitForSelector('[data-testid="value-kompetent"], [data-testid="empty-state"]');
      // Let the rule-set summary arrive (or fail) before the picture.
      await page.waitForSelector('[data-summary="ok"], [data-summary="error"]', { timeout: 10_000 });
      await page.waitForTimeout(300);
    };

    await open(101);
    const summaryError = await page.locator('[data-testid="summary-error"]').count();
    console.log(`rule-set summary: ${summaryError ? 'NOT available (fallback labels shown)' : 'loaded from the background'}`);
    console.log(`engine data: ${real ? 'real CLI result' : 'fixture'}`);
    await page.screenshot({ path: join(outDir, 'sidepanel.png') });

    await open(102);
    await page
      .locator('[data-testid="checklist"] button[aria-expanded]')
      .click()
      .catch(() => {});
    await page.screenshot({ path: join(outDir, 'sidepanel-full.png'), fullPage: true });
    await open(102, { colorScheme: 'dark' });
    await page.screenshot({ path: join(outDir, 'sidepanel-dark.png'), fullPage: true });
    // The fallback path: the background does not answer getRuleSetSummary.
    const fallbackPage = await context.newPage();
    await fallbackPage.addInitScript(() => {
      chrome.runtime.sendMessage = () => {
        throw new Error('simulated: no getRuleSetSummary handler');
      };
    });
    await fallbackPage.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=102`);
    await fallbackPage.waitForSelector('[data-summary="error"]', { timeout: 10_000 });
    await fallbackPage.screenshot({ path: join(outDir, 'sidepanel-fallback.png') });
    await fallbackPage.close();

    await page.setViewportSize({ width: 320, height: 800 });
    await open(102);
    await page.screenshot({ path: join(outDir, 'sidepanel-320.png'), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    console.log(`horizontal overflow at 320 px: ${overflow} px`);
    if (overflow > 0) failed = true;
    await page.setViewportSize({ width: 400, height: 800 });
    await open(999);
    await page.screenshot({ path: join(outDir, 'sidepanel-empty.png') });

    // Accessibility: axe-core on the fixture view, light and dark (evaluate bypasses the page CSP).
    const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
    for (const colorScheme of ['light', 'dark']) {
      await open(102, { colorScheme });
      await page.evaluate(`${axeSource};0`);
      const violations = await page.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const res = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] });
        return [
          `(${res.passes.length} rules passed)`,
          ...res.violations.map(
            (v) =>
              `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s): ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(' | ')}`,
          ),
        ];
      });
      const [passed, ...found] = violations;
      console.log(`axe ${colorScheme} ${passed}: ${found.length ? `\n  ${found.join('\n  ')}` : 'no violations'}`);
    }

    // Sanitiser in a real browser: hostile advice must not create elements or run.
    await open(103);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.waitForTimeout(300);
    const check = await page.evaluate(() => {
      const advice = [...document.querySelectorAll('.advice')];
      return {
        blocks: advice.length,
        pwned: window.__pwned ?? null,
        badElements: advice.flatMap((a) => [...a.querySelectorAll('script, img, svg, iframe, style')]).length,
        badHrefs: advice
          .flatMap((a) => [...a.querySelectorAll('a')])
          .map((a) => a.getAttribute('href'))
          .filter((h) => h !== null && !h.startsWith('https://')),
        eventAttrs: advice.flatMap((a) => [...a.querySelectorAll('*')]).filter((el) => [...el.attributes].some((at) => at.name.startsWith('on'))).length,
        okLink: advice[0]?.querySelector('a[href="https://www.bergen.kommune.no/"]')?.getAttribute('rel') ?? null,
      };
    });
    const safe =
      check.blocks > 0 &&
      check.pwned === null &&
      check.badElements === 0 &&
      check.badHrefs.length === 0 &&
      check.eventAttrs === 0 &&
      check.okLink === 'noopener noreferrer';
    console.log(`sanitiser in Chromium: ${safe ? 'OK' : 'FAILED'} ${JSON.stringify(check)}`);
    if (!safe) failed = true;
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  console.log(`screenshots in ${outDir}`);
  if (failed) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
