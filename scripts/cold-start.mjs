// Cold-start figures for `npm run bench:browser`: what staff wait for after the browser starts.
//  - first check: a browser started on a profile (new, then the same one restarted twice), a
//    reply typed into a textarea at once; the time from the last keystroke to the first underline;
//  - options page: opened as the first thing after a browser start; the time until it shows the
//    rule-set status instead of «Henter status …»;
//  - stopped worker: the worker stopped through the DevTools protocol (as MV3 does after 30 s
//    idle), then one keystroke; the time to the updated underlines. Next to it the floor: an
//    EMPTY extension's worker, stopped the same way, answering one message from its content
//    script (what Chromium alone takes to start a stopped worker and deliver a message).
// Underlines live in closed shadow roots, so they are read in the content script's world
// (content-world.mjs), on every animation frame.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CLOSED_NETWORK_ARGS, extensionArgs } from './chromium-args.mjs';
import { contentWorld } from './content-world.mjs';

/** Underline segments drawn now, read in the content world; null before the script runs. */
const SEGMENTS_WHEN = (min) => `new Promise((resolve) => {
  const count = () => { let n = 0; for (const root of globalThis.svarhjelpInspect?.overlayRoots() ?? []) for (const el of root.querySelectorAll('*')) if (globalThis.svarhjelpInspect.segment(el)) n++; return n; };
  const tick = () => (count() >= ${min} ? resolve(performance.now()) : requestAnimationFrame(tick));
  tick();
})`;

/** Resolves with the page time the content world first shows at least `min` segments. */
async function underlinesAt(world, min, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const at = await world(SEGMENTS_WHEN(min));
    if (typeof at === 'number') return at;
    await new Promise((r) => setTimeout(r, 10)); // the content script has not started yet
  }
  return NaN;
}

async function start(extensionDir, userDataDir) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    locale: 'nb-NO',
    args: [...CLOSED_NETWORK_ARGS, ...extensionArgs(extensionDir)],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}

/** Stops the extension's worker through the DevTools protocol and waits until it is gone. */
async function stopWorker(context, extensionId) {
  const cdp = await context.browser().newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (target) await cdp.send('Target.closeTarget', { targetId: target.targetId });
  for (let i = 0; i < 200; i++) {
    const { targetInfos: now } = await cdp.send('Target.getTargets');
    if (!target || !now.some((t) => t.targetId === target.targetId)) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  await cdp.detach();
}

/**
 * The restarted worker's own marks (entrypoints/background/index.ts), in ms since it started:
 * script loaded (`svarhjelp:worker-main`), check received, rule set compiled, check answered.
 */
async function workerMarksOf(context, extensionId) {
  const cdp = await context.browser().newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
    if (!target) return undefined;
    // Playwright's CDP session has no child sessions: the worker is reached through sendMessageToTarget.
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const expression = `JSON.stringify(Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('svarhjelp:')).map((m) => [m.name.slice(10), Math.round(m.startTime)])))`;
    const answer = new Promise((resolve) =>
      cdp.on('Target.receivedMessageFromTarget', (e) => {
        const message = JSON.parse(e.message);
        if (message.id === 1) resolve(message.result?.result?.value);
      }),
    );
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }),
    });
    const value = await Promise.race([answer, new Promise((r) => setTimeout(() => r(undefined), 5_000))]);
    return typeof value === 'string' ? JSON.parse(value) : undefined;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** entrypoints/shared/storage-items.ts RULE_SET_STATUS_KEY (a plain script cannot import the TypeScript module). */
const STATUS_KEY = 'ruleset:status';

const REPLY = 'Hei! Vedrørende søknaden din: vi sender svar samt vedtak snart. ';

/** One browser start: the first check (and, when asked, a check after the worker was stopped). */
async function firstCheck(extensionDir, userDataDir, serverUrl, withStoppedWorker) {
  const { context, extensionId } = await start(extensionDir, userDataDir);
  try {
    const page = await context.newPage();
    await page.goto(new URL('editors/plain.html', serverUrl).href);
    const world = await contentWorld(page);
    await page.locator('#svar').click();
    await page.keyboard.insertText(REPLY);
    const typed = await page.evaluate(() => performance.now());
    const first = (await underlinesAt(world, 1)) - typed;
    let afterStop = NaN;
    let workerMarks;
    let firstWorkerMarks;
    if (withStoppedWorker) {
      // The new profile's first worker, read before it is stopped: where its first check waited.
      firstWorkerMarks = await workerMarksOf(context, extensionId);
      const before = await world(
        `(() => { let n = 0; for (const root of globalThis.svarhjelpInspect.overlayRoots()) for (const el of root.querySelectorAll('*')) if (globalThis.svarhjelpInspect.segment(el)) n++; return n; })()`,
      );
      await stopWorker(context, extensionId);
      // «Vi» → a new sentence that opens with a finding: one more underline.
      await page.keyboard.insertText('Vedrørende ');
      const key = await page.evaluate(() => performance.now());
      afterStop = (await underlinesAt(world, before + 1)) - key;
      workerMarks = await workerMarksOf(context, extensionId);
    }
    return { first, afterStop, workerMarks, firstWorkerMarks };
  } finally {
    await context.close();
  }
}

/**
 * The options page as the first thing opened after a browser start: time until it shows the
 * status, from the test's goto (`shown`) and from the page's own navigation start (`inPage`:
 * without the browser's start of the extension's renderer process). `page` names another page
 * of the extension to open instead, timed until its `#ready` element is there (the blank page
 * the options page is compared with).
 */
async function optionsFirst(extensionDir, userDataDir, { waitForStoredStatus = false, page: pagePath } = {}) {
  const { context, extensionId } = await start(extensionDir, userDataDir);
  try {
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(`chrome-extension://${extensionId}/${pagePath ?? 'options.html'}`);
    const inPage = await page.waitForFunction(
      (blank) => {
        if (blank) return document.getElementById('ready') ? performance.now() : false;
        const h = document.getElementById('status-h');
        return !!h && !h.parentElement?.textContent?.includes('Henter status') && performance.now();
      },
      !!pagePath,
      { timeout: 30_000, polling: 'raf' },
    );
    const shown = Date.now() - t0;
    const inPageMs = await inPage.jsonValue();
    // A browser that ran a while has stored a status (the refresh at install or start).
    if (waitForStoredStatus) {
      await page
        .waitForFunction(async (key) => !!Object.keys(await globalThis.chrome.storage.local.get(key)).length, STATUS_KEY, { timeout: 60_000, polling: 100 })
        .catch(() => {});
    }
    return { shown, inPage: inPageMs };
  } finally {
    await context.close();
  }
}

/** An extension whose worker only answers one message, and an empty content script on every page. */
function emptyWorkerExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'svarhjelp-empty-worker-'));
  const manifest = {
    manifest_version: 3,
    name: 'Empty worker',
    version: '1.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'worker.js'), 'chrome.runtime.onMessage.addListener((message, sender, answer) => { answer({ pong: message }); });\n');
  writeFileSync(join(dir, 'content.js'), 'globalThis.emptyWorkerContentScript = true;\n');
  return dir;
}

/** A message from the content script to the worker and back, in ms (content world). */
const ROUND_TRIP = `(async () => { const t = performance.now(); await chrome.runtime.sendMessage('ping'); return performance.now() - t; })()`;

/**
 * The floor of the stopped-worker figure: the empty extension's worker stopped through the
 * DevTools protocol like ours, then one message from its content script → answer received.
 */
async function emptyWorkerAfterStop(extensionDir, userDataDir, serverUrl) {
  const { context, extensionId } = await start(extensionDir, userDataDir);
  try {
    const page = await context.newPage();
    await page.goto(new URL('editors/plain.html', serverUrl).href);
    const world = await contentWorld(page);
    let warm = null;
    for (let i = 0; i < 300 && typeof warm !== 'number'; i++) {
      warm = await world(ROUND_TRIP);
      if (typeof warm !== 'number') await new Promise((r) => setTimeout(r, 10)); // content script not there yet
    }
    await stopWorker(context, extensionId);
    const stopped = await world(ROUND_TRIP);
    return { running: warm, stopped };
  } finally {
    await context.close();
  }
}

/** A copy of the built extension with one page more: blank.html, no script, no style. */
function withBlankPage(extensionDir) {
  const dir = mkdtempSync(join(tmpdir(), 'svarhjelp-blank-ext-'));
  cpSync(extensionDir, dir, { recursive: true });
  writeFileSync(
    join(dir, 'blank.html'),
    '<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>blank</title></head><body><p id="ready">blank</p></body></html>\n',
  );
  return dir;
}

const median = (values) => {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  return v.length ? v[Math.floor((v.length - 1) / 2)] : NaN;
};

/**
 * `runs` rounds, each on a new profile started three times (new, restarted, restarted again);
 * the options page on its own new profile started twice (the first start writes its status).
 */
export async function coldStart({ extensionDir, serverUrl, runs = 3, progress = () => {} }) {
  const first = { fresh: [], restarted: [] };
  const afterStop = [];
  const workerMarks = [];
  const firstWorkerMarks = [];
  const emptyWorker = { running: [], stopped: [] };
  const emptyExtension = emptyWorkerExtension();
  const options = [];
  const blank = [];
  const blankExtension = withBlankPage(extensionDir);
  for (let run = 0; run < runs; run++) {
    const profile = mkdtempSync(join(tmpdir(), 'svarhjelp-cold-'));
    try {
      for (let startNo = 0; startNo < 3; startNo++) {
        progress(`cold start ${run + 1}/${runs}, browser start ${startNo + 1}/3`);
        const r = await firstCheck(extensionDir, profile, serverUrl, startNo === 0);
        (startNo === 0 ? first.fresh : first.restarted).push(r.first);
        if (startNo === 0) {
          afterStop.push(r.afterStop);
          if (r.workerMarks) workerMarks.push(r.workerMarks);
          if (r.firstWorkerMarks) firstWorkerMarks.push(r.firstWorkerMarks);
        }
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const optionsProfile = mkdtempSync(join(tmpdir(), 'svarhjelp-cold-options-'));
    try {
      progress(`options page after browser start ${run + 1}/${runs}`);
      await optionsFirst(extensionDir, optionsProfile, { waitForStoredStatus: true }); // a new profile: the worker stores a status
      options.push(await optionsFirst(extensionDir, optionsProfile));
    } finally {
      rmSync(optionsProfile, { recursive: true, force: true });
    }
    // The same moment for a blank page of the same extension: what the browser itself takes to
    // open the first extension page after its start, with nothing of ours in the page.
    const blankProfile = mkdtempSync(join(tmpdir(), 'svarhjelp-cold-blank-'));
    try {
      progress(`blank extension page after browser start ${run + 1}/${runs}`);
      await optionsFirst(blankExtension, blankProfile, { page: 'blank.html' });
      blank.push(await optionsFirst(blankExtension, blankProfile, { page: 'blank.html' }));
    } finally {
      rmSync(blankProfile, { recursive: true, force: true });
    }
    const emptyProfile = mkdtempSync(join(tmpdir(), 'svarhjelp-cold-empty-'));
    try {
      progress(`empty worker stopped ${run + 1}/${runs}`);
      const e = await emptyWorkerAfterStop(emptyExtension, emptyProfile, serverUrl);
      emptyWorker.running.push(e.running);
      emptyWorker.stopped.push(e.stopped);
    } finally {
      rmSync(emptyProfile, { recursive: true, force: true });
    }
  }
  rmSync(blankExtension, { recursive: true, force: true });
  rmSync(emptyExtension, { recursive: true, force: true });
  const marksMedian = (all) =>
    Object.fromEntries(
      ['worker-main', 'warm-up-start', 'warm-up-done', 'check-received', 'ruleset-ready', 'check-answered'].map((name) => [
        name,
        median(all.map((m) => m[name])),
      ]),
    );
  return {
    runs,
    firstCheckFresh: { all: first.fresh, median: median(first.fresh) },
    firstCheckRestarted: { all: first.restarted, median: median(first.restarted) },
    afterWorkerStop: { all: afterStop, median: median(afterStop) },
    // Median of each mark over the rounds (ms since the restarted worker started).
    restartedWorkerMarks: marksMedian(workerMarks),
    // The same for the new profile's first worker (started with the browser, install events and all).
    firstWorkerMarks: marksMedian(firstWorkerMarks),
    emptyWorkerStopped: { all: emptyWorker.stopped, median: median(emptyWorker.stopped) },
    emptyWorkerRunning: { all: emptyWorker.running, median: median(emptyWorker.running) },
    optionsStatus: { all: options.map((o) => o.shown), median: median(options.map((o) => o.shown)) },
    optionsStatusInPage: { all: options.map((o) => o.inPage), median: median(options.map((o) => o.inPage)) },
    blankPage: { all: blank.map((o) => o.shown), median: median(blank.map((o) => o.shown)) },
    blankPageInPage: { all: blank.map((o) => o.inPage), median: median(blank.map((o) => o.inPage)) },
  };
}
