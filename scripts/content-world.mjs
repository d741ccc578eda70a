// What the screenshot scripts need to see of Svarhjelp in a page. The content script draws in
// closed shadow roots under per-load highlight names, so a page cannot read it; these helpers
// reach it the way the browser tests do (tests/e2e/content-world.ts), in the content script's
// isolated world through the DevTools protocol, where `svarhjelpInspect` lives.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CLOSED_NETWORK_ARGS, extensionArgs } from './chromium-args.mjs';
import { startDemoServer } from './demo-server.mjs';

/**
 * Evaluates an expression in Svarhjelp's content-script world of the page's top frame (DevTools
 * protocol): what the script draws lives in closed shadow roots under per-load highlight names,
 * reachable only there, through `svarhjelpInspect` (entrypoints/content/inspect.ts).
 */
export async function contentWorld(page) {
  const cdp = await page.context().newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  return async (expression) => {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const ctx = contexts.filter((c) => c.auxData?.frameId === frameTree.frame.id && c.origin.startsWith('chrome-extension://')).pop();
    if (!ctx) return null;
    const res = await cdp.send('Runtime.evaluate', { contextId: ctx.id, expression, returnByValue: true, awaitPromise: true }).catch(() => null);
    return res?.result?.value ?? null;
  };
}

/** Polls `read` until it gives a value (the content script draws after its check). */
async function poll(what, read) {
  for (let i = 0; i < 200; i++) {
    const value = await read();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${what}`);
}

/** Waits for an overlay segment (textarea) of a rule and returns its box. */
export function segmentBox(world, ruleId) {
  return poll(`underline for ${ruleId}`, () =>
    world(`(() => {
      const inspect = globalThis.svarhjelpInspect;
      for (const root of inspect?.overlayRoots() ?? []) {
        for (const el of root.querySelectorAll('*')) {
          if (inspect.segment(el)?.findingId.startsWith(${JSON.stringify(ruleId)})) {
            const r = el.getBoundingClientRect();
            return { x: r.left, y: r.top, w: r.width, h: r.height };
          }
        }
      }
      return null;
    })()`),
  );
}

/** Waits for the first highlighted range of a category (contenteditable) and returns its box. */
export function highlightBox(world, category) {
  return poll(`highlight for ${category}`, () =>
    world(`(() => {
      const names = globalThis.svarhjelpInspect?.highlightNames[${JSON.stringify(category)}] ?? [];
      const range = names.flatMap((name) => [...(CSS.highlights.get(name) ?? [])])[0];
      const r = range?.getBoundingClientRect();
      return r ? { x: r.left, y: r.top, w: r.width, h: r.height } : null;
    })()`),
  );
}

export async function waitForPopover(page, world) {
  await poll('popover', () =>
    world(`(globalThis.svarhjelpInspect?.popoverRoots() ?? []).some((root) => {
      const d = root.querySelector('[role="dialog"]');
      return d && d.style.display !== 'none';
    })`),
  );
  // Let its fade-in finish before the picture.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(150);
}

/** The box of the visible popover's button with this action and text. */
export function popoverButtonBox(world, action, text) {
  return poll(`popover button ${action} «${text}»`, () =>
    world(`(() => {
      for (const root of globalThis.svarhjelpInspect?.popoverRoots() ?? []) {
        const b = [...root.querySelectorAll('button')].find((x) => x.getAttribute('data-action') === ${JSON.stringify(action)} && x.textContent.trim() === ${JSON.stringify(text)});
        const r = b?.getBoundingClientRect();
        if (r && r.width > 0) return { x: r.left, y: r.top, w: r.width, h: r.height };
      }
      return null;
    })()`),
  );
}

/** Waits until the highlights hold `count` ranges in all. */
export function waitForHighlightCount(world, count) {
  return poll(`${count} highlighted ranges`, () =>
    world(`(() => {
      const names = Object.values(globalThis.svarhjelpInspect?.highlightNames ?? {}).flat();
      return names.reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0) === ${count};
    })()`),
  );
}

/**
 * A headless Chromium with the built extension and the demo server, for the screenshot scripts
 * (the same set-up as tests/e2e/harness.ts). Options on the command line: --chromium <path>
 * (default $CHROME_PATH or /usr/bin/chromium), --headed.
 */
export async function openScreenshotBrowser(argv = process.argv.slice(2)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const extensionPath = join(root, '.output/chrome-mv3');
  const outDir = join(root, 'docs/screenshots');
  const chromiumPath = argv.includes('--chromium') ? argv[argv.indexOf('--chromium') + 1] : process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    console.error('No built extension in .output/chrome-mv3 — run `npm run build:chrome` first.');
    process.exit(1);
  }
  mkdirSync(outDir, { recursive: true });
  const server = await startDemoServer({ port: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'svarhjelp-shot-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: !argv.includes('--headed'),
    locale: 'nb-NO',
    viewport: { width: 1000, height: 720 },
    deviceScaleFactor: 1,
    args: [...CLOSED_NETWORK_ARGS, ...extensionArgs(extensionPath)],
  });
  const close = async () => {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, server, outDir, close };
}
