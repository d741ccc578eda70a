#!/usr/bin/env node
// Browser benchmark: `npm run bench:browser [-- --json] [-- --keys 60] [-- --huge] [-- --cold] [-- --warm] [-- --runs 3]`.
//
// Real Chromium with the built extension (.output/chrome-mv3, as the e2e tests), a ~1,000-word
// reply in a textarea and in a contenteditable, then single keystrokes at the end of the reply
// that each add or remove a finding, of two kinds, as the content script schedules them
// differently (scheduler.ts): word-ending keystrokes (a space splits «samtidig» into «samt idig»
// → «samt» is flagged; Backspace joins it again), checked CHECK_SOON_MS after the key, and
// keystrokes within a word ("sam" + "t" → «samt»; Backspace), checked after a CHECK_PAUSE_MS
// pause. For each keystroke it measures, in the page, the time from the keydown to the first
// moment the underlines show the new finding count — the wait, messaging, the engine and drawing
// included. Underlines are observed where the user sees them: the overlay's shadow root (a
// MutationObserver: exact) and the CSS.highlights registry (read every animation frame: the
// earliest moment it can be painted) — both from the content script's isolated world, as they
// are closed to the page (instrumentUnderlines). Long tasks (> 50 ms) are collected with a
// PerformanceObserver in the page; in Chromium the content script shares the page's main
// thread, so its long tasks are in the page's timeline.
//
// Then a 1 MB reply: how long the worker's check slices run (the engine host's
// `svarhjelp:check-slice` measures), how quickly the worker answers another message meanwhile,
// and the page's long tasks while the reply is checked and typed in — traced, with the content
// script's share of each (long-tasks.mjs), and the same typing in a Chromium without the
// extension for comparison (Chromium's own layout of 1 MB makes each keystroke a long task).
//
// Prints the figures and the target (p95 ≤ 100 ms, no long tasks while typing); never fails.

import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { chromePath, EXTENSION_DIR, launch } from '../tests/e2e/harness.ts';
import { evaluateInContentWorld } from '../tests/e2e/content-world.ts';
import { CLOSED_NETWORK_ARGS } from './chromium-args.mjs';
import { summarizeLongTasks, traceLongTasks } from './long-tasks.mjs';
import { coldStart } from './cold-start.mjs';

const TARGET_P95_MS = 100;
const args = process.argv.slice(2);
const asJson = args.includes('--json');
/** `--huge`: only the 1 MB scenario. */
const hugeOnly = args.includes('--huge');
/** `--cold`: only the browser-start and stopped-worker figures. */
const coldOnly = args.includes('--cold');
/** `--warm`: only the keystroke figures (1,000-word reply, warm worker). */
const warmOnly = args.includes('--warm');
const runsArg = args.indexOf('--runs');
/** Rounds of the cold-start figures (each: a new profile started three times, the options page twice). */
const COLD_RUNS = Math.max(1, Number(runsArg >= 0 ? args[runsArg + 1] : 3) || 3);
/** Runs of the 1 MB scenario (with and without the extension alternately). */
const HUGE_RUNS = Math.max(1, Number(runsArg >= 0 ? args[runsArg + 1] : 1) || 1);
const keysArg = args.indexOf('--keys');
const KEYSTROKES = Math.max(50, Number(keysArg >= 0 ? args[keysArg + 1] : 60) || 60);
const UPDATE_TIMEOUT_MS = 5_000;
/** The content script's waits before checking, read from its source to split the figures. */
const coachConstant = (name) => {
  try {
    const src = readFileSync(new URL('../entrypoints/content/session/coach.ts', import.meta.url), 'utf8');
    return Number(new RegExp(`export const ${name} = (\\d+)`).exec(src)?.[1] ?? NaN);
  } catch {
    return NaN;
  }
};
const SOON_MS = coachConstant('CHECK_SOON_MS');
const PAUSE_MS = coachConstant('CHECK_PAUSE_MS');

/** A deterministic ~1,000-word reply in 10 paragraphs, with a few findings in it. */
function longReply() {
  const sentences = [
    'Vi har mottatt søknaden din om ferdigattest for garasjen i Fjellveien 12.',
    'Saksbehandleren har gått gjennom tegningene og situasjonsplanen du sendte inn.',
    'Vedrørende nabovarselet trenger vi en kvittering for at naboene har fått det.',
    'Du kan sende kvitteringen samt eventuelle merknader fra naboene i Min side.',
    'Når vi har fått dokumentasjonen, behandler vi saken innen tre uker.',
    'Har du spørsmål underveis, kan du ringe servicetorget på telefon 55 56 63 00.',
    'Vi gjør oppmerksom på at ufullstendige søknader tar lengre tid å behandle.',
    'Du finner veiledning om ferdigattest og midlertidig brukstillatelse på nettsidene våre.',
    'Gebyret for behandlingen blir fakturert når vedtaket er fattet.',
    'Vi ønsker deg lykke til med prosjektet og ser frem til å høre fra deg.',
    'Dersom tiltaket avviker fra tillatelsen, må du søke om endring før arbeidet fortsetter.',
    'Kontrollerklæringene fra de ansvarlige foretakene må også ligge ved.',
  ];
  const paragraphs = [];
  let words = 0;
  let i = 0;
  while (words < 1000) {
    const para = [];
    for (let k = 0; k < 9 && words < 1000; k++) {
      const s = sentences[i++ % sentences.length];
      para.push(s);
      words += s.split(/\s+/).length;
    }
    paragraphs.push(para.join(' '));
  }
  return { paragraphs, words };
}

/** Installed in the page's main world: long tasks (the page's own timeline). */
function instrument() {
  const w = /** @type {any} */ (window);
  if (w.__bench) return;
  /** @type {{ start: number, duration: number }[]} */
  const longtasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser.
  }
  w.__bench = { longtasks: (from, to) => longtasks.filter((t) => t.start >= from && t.start <= to) };
}

/**
 * Installed in the content script's isolated world (it shares the page's DOM, event loop and
 * clock): keydown times and the underlines drawn. What the script draws is out of the page's
 * reach — closed shadow roots, highlight names chosen per load — so it is counted through
 * `svarhjelpInspect` (entrypoints/content/inspect.ts): the overlay's segments by finding, read
 * when its shadow root changes (a MutationObserver: exact), plus the ranges of the CSS.highlights
 * registered under the script's names, read every animation frame (the earliest moment they can
 * be painted).
 */
function instrumentUnderlines() {
  const g = /** @type {any} */ (globalThis);
  if (g.__benchUnderlines) return true;
  const inspect = g.svarhjelpInspect;
  if (!inspect) return false;
  const state = {
    keydowns: /** @type {number[]} */ ([]),
    last: -1,
    /** @type {{ expected: number, since: number, resolve: (v: any) => void } | null} */
    waiting: null,
    /** @type {Promise<any> | null} */
    pending: null,
  };
  const countNow = () => {
    let n = 0;
    for (const name of Object.values(inspect.highlightNames).flat()) n += CSS.highlights.get(/** @type {string} */ (name))?.size ?? 0;
    const ids = new Set();
    for (const root of inspect.overlayRoots()) {
      for (const el of root.querySelectorAll('*')) {
        const segment = inspect.segment(el);
        if (segment) ids.add(segment.findingId);
      }
    }
    return n + ids.size;
  };
  const observe = (via) => {
    const n = countNow();
    if (n === state.last) return;
    state.last = n;
    const wait = state.waiting;
    if (wait && n === wait.expected) {
      const t = performance.now();
      const key = state.keydowns.at(-1) ?? wait.since;
      if (key >= wait.since) {
        state.waiting = null;
        wait.resolve({ latency: t - key, via });
      }
    }
  };
  addEventListener('keydown', () => state.keydowns.push(performance.now()), true);
  const watched = new WeakSet();
  const mo = new MutationObserver(() => observe('mutation'));
  const attach = () => {
    for (const root of inspect.overlayRoots()) {
      if (watched.has(root)) continue;
      watched.add(root);
      mo.observe(root, { childList: true, subtree: true, attributes: true });
    }
  };
  // Highlights have no events: read every frame; an overlay created since is watched from then on.
  const tick = () => {
    attach();
    observe('frame');
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  g.__benchUnderlines = {
    count: countNow,
    /** Starts waiting for `expected` underlines (before the keystroke); `result` gives the outcome. */
    arm(expected, timeoutMs) {
      state.last = countNow();
      state.pending = Promise.race([
        new Promise((resolve) => {
          state.waiting = { expected, since: performance.now(), resolve };
        }),
        new Promise((resolve) => setTimeout(() => resolve(null), timeoutMs)),
      ]);
      return true;
    },
    result: () => state.pending,
    /** Resolves with the time the first underline shows. */
    expectAny() {
      return new Promise((resolve) => {
        const tick = () => (countNow() > 0 ? resolve(performance.now()) : requestAnimationFrame(tick));
        tick();
      });
    },
  };
  return true;
}

/** Evaluates `expression` where the underline counter lives, installing it once the content script is there. */
async function underlines(page, expression, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ready = await evaluateInContentWorld(page, `(${instrumentUnderlines.toString()})()`);
    if (ready) return evaluateInContentWorld(page, expression);
    await new Promise((r) => setTimeout(r, 20)); // the content script has not started yet
  }
  throw new Error('the content script did not start');
}

/** Progress on stderr (the figures go to stdout). */
const progress = (line) => process.stderr.write(`[bench:browser] ${line}\n`);

const quantile = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : NaN);

/** Waits until the underline count has not changed for `quietMs`. */
async function settle(page, quietMs = 1_000, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let since = Date.now();
  while (Date.now() < deadline) {
    const n = await underlines(page, 'globalThis.__benchUnderlines.count()');
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (n > 0 && Date.now() - since >= quietMs) return n;
    await new Promise((r) => setTimeout(r, 100));
  }
  return last;
}

async function runField(h, { name, fixture, selector, rich }) {
  progress(name);
  const page = await h.openFixture(fixture);
  await page.evaluate(instrument);
  const field = page.locator(selector);
  await field.click();
  const { paragraphs, words } = longReply();
  const t0 = await page.evaluate(() => performance.now());
  // Paste-like insertion (one input event per paragraph): typing 6,000 characters one by one
  // would only measure the debounce.
  for (let p = 0; p < paragraphs.length; p++) {
    if (p > 0) await page.keyboard.press('Enter');
    await page.keyboard.insertText(paragraphs[p]);
  }
  const initial = await settle(page);
  const t1 = await page.evaluate(() => performance.now());
  const setupLong = await page.evaluate(([a, b]) => /** @type {any} */ (window).__bench.longtasks(a, b), [t0, t1]);

  const caretToEnd = () =>
    field.evaluate((el, isRich) => {
      el.focus();
      if (!isRich) {
        const f = /** @type {HTMLTextAreaElement} */ (el);
        f.setSelectionRange(f.value.length, f.value.length);
      } else {
        const sel = el.ownerDocument.getSelection();
        const r = el.ownerDocument.createRange();
        r.selectNodeContents(el);
        r.collapse(false);
        sel?.removeAllRanges();
        sel?.addRange(r);
      }
    }, rich);

  // Word-ending keystrokes: the caret between «samt» and «idig»; a space splits, Backspace joins.
  await caretToEnd();
  await page.keyboard.type(' Vi sender kart samtidig');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  const wordEnding = await toggles(page, ' ', 'Backspace');
  // Keystrokes within a word: "sam" + "t" → «samt»; Backspace.
  await caretToEnd();
  await page.keyboard.type(' og sam');
  const withinWord = await toggles(page, 't', 'Backspace');
  await page.close();
  return {
    field: name,
    words,
    initialUnderlines: initial,
    longTasksOnInsert: setupLong.length,
    longestTaskOnInsert: Math.max(0, ...setupLong.map((t) => t.duration)),
    wordEnding,
    withinWord,
  };
}

/** KEYSTROKES keystrokes alternating `addKey` (one finding more) and `removeKey` (one less). */
async function toggles(page, addKey, removeKey) {
  const base = await settle(page, 800);
  progress(`  keystrokes ${JSON.stringify(addKey)} / ${removeKey} from ${base} underlines`);
  const latencies = [];
  /** Separately: a finding that appears needs the check; one that goes can go with the edit itself. */
  const appear = [];
  const disappear = [];
  const via = { frame: 0, mutation: 0 };
  let missed = 0;
  const k0 = await page.evaluate(() => performance.now());
  for (let i = 0; i < KEYSTROKES; i++) {
    const add = i % 2 === 0;
    const expected = add ? base + 1 : base;
    // The expectation is armed before the key goes down.
    await underlines(page, `globalThis.__benchUnderlines.arm(${expected}, ${UPDATE_TIMEOUT_MS})`);
    await page.keyboard.press(add ? addKey : removeKey);
    const result = await underlines(page, 'globalThis.__benchUnderlines.result()');
    if (!result) {
      missed++;
      // Resynchronise: whatever the count is now is the new baseline for the next pair.
      await settle(page, 500);
      continue;
    }
    latencies.push(result.latency);
    (add ? appear : disappear).push(result.latency);
    via[result.via]++;
  }
  const k1 = await page.evaluate(() => performance.now());
  const typingLong = await page.evaluate(([a, b]) => /** @type {any} */ (window).__bench.longtasks(a, b), [k0, k1]);
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    keys: `${JSON.stringify(addKey)} / ${removeKey}`,
    keystrokes: KEYSTROKES,
    measured: latencies.length,
    missed,
    observedVia: via,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted.at(-1) ?? NaN,
    mean: latencies.reduce((a, b) => a + b, 0) / (latencies.length || 1),
    appearP50: quantile(
      [...appear].sort((a, b) => a - b),
      0.5,
    ),
    appearP95: quantile(
      [...appear].sort((a, b) => a - b),
      0.95,
    ),
    disappearP50: quantile(
      [...disappear].sort((a, b) => a - b),
      0.5,
    ),
    disappearP95: quantile(
      [...disappear].sort((a, b) => a - b),
      0.95,
    ),
    longTasksWhileTyping: typingLong.length,
    longestTaskWhileTyping: Math.max(0, ...typingLong.map((t) => t.duration)),
  };
}

/**
 * A 1 MB reply pasted into a textarea (the content script sends its first 100,000 characters):
 * the worker's check slices, how fast the worker answers a cheap message meanwhile (from an
 * extension page), the time to the first underlines, and the page's long tasks while it is
 * checked and typed in.
 */
const HUGE_SENTENCE = 'Vedrørende søknaden din om byggetillatelse har vi nå gått gjennom saken. ';
/** How often the sentence is repeated for about 1 MB. */
const HUGE_REPEATS = Math.ceil(1_000_000 / HUGE_SENTENCE.length);
const HUGE_TYPED = 'Hei! Takk for søknaden. ';

/** The two kinds of field the 1 MB reply goes into: the case form's textarea, and a contenteditable in paragraphs. */
const HUGE_FIELDS = {
  textarea: { fixture: 'case-form.html' },
  contenteditable: { fixture: 'editors/contenteditable.html' },
};

/**
 * The 1 MB scenario, the same with and without the extension: the reply is put into the field
 * (as a paste or a restored draft), the field focused, the caret moved to the top and a greeting
 * typed there. `whileChecked` (started before the focus) waits for what the extension does after it.
 */
async function hugeScenario(page, kind, whileChecked) {
  const t0 = await page.evaluate(
    ([sentence, count, kind]) => {
      const text = sentence.repeat(count);
      const field = /** @type {HTMLElement} */ (document.querySelector('#svar'));
      if (kind === 'textarea') /** @type {HTMLTextAreaElement} */ (field).value = text;
      else {
        // The same text in paragraphs of ten sentences, as an editor holds it.
        const paragraphs = [];
        for (let at = 0; at < text.length; at += sentence.length * 10) {
          const p = document.createElement('p');
          p.textContent = text.slice(at, at + sentence.length * 10);
          paragraphs.push(p);
        }
        field.replaceChildren(...paragraphs);
      }
      return performance.now();
    },
    [HUGE_SENTENCE, HUGE_REPEATS, kind],
  );
  const checked = whileChecked();
  await page.locator('#svar').focus();
  await page.keyboard.press('Control+Home');
  const firstAt = await checked;
  await page.keyboard.type(HUGE_TYPED);
  return { t0, firstAt };
}

async function runHuge(h, kind) {
  progress(`1 MB reply in a ${kind}`);
  const page = await h.openFixture(HUGE_FIELDS[kind].fixture);
  await page.evaluate(instrument);
  const pinger = await h.openSidePanel(await h.tabIdOf(page));
  await page.bringToFront();
  await h.inWorker(() => {
    const g = /** @type {any} */ (globalThis);
    g.__slices = [];
    g.__sliceObserver ??= new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'svarhjelp:check-slice') g.__slices.push(e.duration);
    });
    g.__sliceObserver.observe({ type: 'measure' });
  });
  await pinger.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__rtt = [];
    w.__stop = false;
    void (async () => {
      while (!w.__stop) {
        const t = performance.now();
        await w.chrome.runtime.sendMessage({ id: 1, type: 'getRuleSetSummary', data: undefined, timestamp: Date.now() });
        w.__rtt.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
  });
  const stopTrace = await traceLongTasks(page, `chrome-extension://${h.extensionId}/content-scripts/`);
  // Focus checks what is there (focus scrolls to the caret at the end: back to the top, where
  // the checked part is); the first underlines show when the first check is drawn.
  const { t0, firstAt } = await hugeScenario(page, kind, () =>
    underlines(page, 'Promise.race([globalThis.__benchUnderlines.expectAny(), new Promise((r) => setTimeout(() => r(NaN), 60_000))])'),
  );
  await settle(page, 1_500, 60_000);
  const t1 = await page.evaluate(() => performance.now());
  const long = await page.evaluate(([a, b]) => /** @type {any} */ (window).__bench.longtasks(a, b), [t0, t1]);
  const traced = summarizeLongTasks(await stopTrace());
  await pinger.evaluate(() => /** @type {any} */ ((window.__stop = true)));
  const rtt = await pinger.evaluate(() => /** @type {any} */ (window).__rtt);
  const slices = await h.inWorker(() => /** @type {any} */ (globalThis).__slices);
  await pinger.close();
  await page.close();
  const sortedSlices = [...slices].sort((a, b) => a - b);
  const sortedRtt = [...rtt].sort((a, b) => a - b);
  return {
    field: kind,
    characters: HUGE_SENTENCE.length * HUGE_REPEATS,
    firstUnderlinesMs: firstAt - t0,
    slices: slices.length,
    sliceP50: quantile(sortedSlices, 0.5),
    sliceP95: quantile(sortedSlices, 0.95),
    sliceMax: sortedSlices.at(-1) ?? NaN,
    slicesOver50: slices.filter((d) => d > 50).length,
    pings: rtt.length,
    pingP50: quantile(sortedRtt, 0.5),
    pingMax: sortedRtt.at(-1) ?? NaN,
    pageLongTasks: long.length,
    pageLongestTask: Math.max(0, ...long.map((t) => t.duration)),
    traced,
  };
}

/**
 * The same 1 MB scenario in a Chromium without the extension, for each kind of field: the page's
 * own long tasks. One browser for all; the demo pages come from the harness's server.
 */
async function runHugeWithoutExtension(kinds, serverUrl) {
  const browser = await chromium.launch({ executablePath: chromePath(), headless: true, args: CLOSED_NETWORK_ARGS });
  try {
    const out = {};
    for (const kind of kinds) {
      progress(`1 MB reply in a ${kind} without the extension`);
      const page = await browser.newPage({ locale: 'nb-NO' });
      await page.goto(new URL(HUGE_FIELDS[kind].fixture, serverUrl).href);
      const stopTrace = await traceLongTasks(page, undefined);
      // Nothing to wait for after the focus but the layout of the pasted text.
      await hugeScenario(page, kind, () => page.waitForTimeout(1_000));
      await page.waitForTimeout(1_500);
      out[kind] = summarizeLongTasks(await stopTrace());
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

const h = await launch();
const results = [];
const huge = [];
let cold;
try {
  if (!hugeOnly && !warmOnly) cold = await coldStart({ extensionDir: EXTENSION_DIR, serverUrl: h.server.url, runs: COLD_RUNS, progress });
  if (!hugeOnly && !coldOnly) {
    results.push(await runField(h, { name: 'textarea', fixture: 'editors/plain.html', selector: '#svar', rich: false }));
    results.push(await runField(h, { name: 'contenteditable', fixture: 'editors/contenteditable.html', selector: '#svar', rich: true }));
  }
  if (!coldOnly && !warmOnly) {
    // With and without the extension in turn, `--runs` times: a busy machine then weighs on both
    // alike, and the medians are compared.
    const runs = [];
    for (let run = 0; run < HUGE_RUNS; run++) {
      const withIt = [];
      for (const kind of Object.keys(HUGE_FIELDS)) withIt.push(await runHuge(h, kind));
      const baseline = await runHugeWithoutExtension(Object.keys(HUGE_FIELDS), h.server.url);
      for (const r of withIt) r.withoutExtension = baseline[r.field];
      runs.push(withIt);
    }
    for (const [i, r] of runs[0].entries()) huge.push({ ...r, runs: runs.map((withIt) => withIt[i]) });
  }
} finally {
  await h.close();
}

if (asJson) {
  console.log(
    JSON.stringify(
      {
        targetP95Ms: TARGET_P95_MS,
        targetLongTasks: 0,
        checkSoonMs: SOON_MS,
        checkPauseMs: PAUSE_MS,
        cores: cpus().length,
        loadavg: loadavg(),
        cold,
        results,
        huge,
      },
      null,
      2,
    ),
  );
} else {
  const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
  console.log(`Svarhjelp browser benchmark — Chromium + built extension, ${KEYSTROKES} keystrokes per field and kind`);
  // Other work on the machine shows up as latency spikes and long tasks; say how busy it was.
  console.log(
    `Machine: ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' / ')} (1/5/15 min)`,
  );
  console.log(`Keystroke → updated underlines (the wait before the check included). Target: p95 ≤ ${TARGET_P95_MS} ms, 0 long tasks while typing.`);
  console.log(
    `The content script checks ${ms(SOON_MS)} after a word-ending keystroke (CHECK_SOON_MS), after a ${ms(PAUSE_MS)} pause within a word (CHECK_PAUSE_MS).\n`,
  );
  if (cold) {
    const list = (f) => `median ${ms(f.median)} (${f.all.map((v) => Math.round(v)).join(' / ')})`;
    console.log(`After a browser start (${cold.runs} rounds; each a new profile started three times):`);
    console.log(
      `  first check, last keystroke → first underline: new profile ${list(cold.firstCheckFresh)}; same profile restarted ${list(cold.firstCheckRestarted)}. Target ≤ 300 ms.`,
    );
    console.log(
      `  options page as the first thing opened (restarted profile) → rule-set status shown: ${list(cold.optionsStatus)}; from the page's own start ${list(cold.optionsStatusInPage)}. Target ≤ 500 ms.`,
    );
    console.log(
      `  a blank page of the same extension opened the same way → shown: ${list(cold.blankPage)}; from its own start ${list(cold.blankPageInPage)} (the browser's part).`,
    );
    console.log(`  worker stopped (as after 30 s idle), keystroke → updated underline: ${list(cold.afterWorkerStop)}. Target ≤ 150 ms.`);
    console.log(
      `  an EMPTY worker stopped the same way, one message from its content script → answer: ${list(cold.emptyWorkerStopped)}; while running ${list(cold.emptyWorkerRunning)} (Chromium's part).`,
    );
    const f = cold.firstWorkerMarks;
    console.log(
      `    in the new profile's first worker (ms since it started, medians): script loaded ${ms(f['worker-main'])}, warm-up ${ms(f['warm-up-start'])}–${ms(f['warm-up-done'])}, check received ${ms(f['check-received'])}, rule set compiled ${ms(f['ruleset-ready'])}, check answered ${ms(f['check-answered'])}`,
    );
    const m = cold.restartedWorkerMarks;
    console.log(
      `    in the restarted worker (ms since it started, medians): script loaded ${ms(m['worker-main'])}, check received ${ms(m['check-received'])}, rule set compiled ${ms(m['ruleset-ready'])}, check answered ${ms(m['check-answered'])}\n`,
    );
  }
  for (const r of results) {
    // The overlay draws only what is inside the field's visible box; highlights cover the whole text.
    console.log(
      `${r.field} (${r.words} words, ${r.initialUnderlines} underlines drawn before typing; long tasks while inserting the reply: ${r.longTasksOnInsert}${r.longTasksOnInsert ? `, longest ${ms(r.longestTaskOnInsert)}` : ''})`,
    );
    for (const [label, k, wait] of [
      ['word-ending', r.wordEnding, SOON_MS],
      ['within a word', r.withinWord, PAUSE_MS],
    ]) {
      console.log(
        `  ${label} keystrokes (${k.keys}): measured ${k.measured}/${k.keystrokes}${k.missed ? `, ${k.missed} with no update within ${UPDATE_TIMEOUT_MS} ms` : ''}` +
          ` (seen via overlay mutation ${k.observedVia.mutation}, animation frame ${k.observedVia.frame})`,
      );
      console.log(
        `    p50 ${ms(k.p50)}   p95 ${ms(k.p95)}   max ${ms(k.max)}   mean ${ms(k.mean)}   → ${k.p95 <= TARGET_P95_MS ? 'meets' : 'misses'} the p95 target` +
          (Number.isFinite(wait) ? `   (after the ${wait} ms wait: p50 ${ms(k.p50 - wait)}, p95 ${ms(k.p95 - wait)})` : ''),
      );
      console.log(
        `    underline appears: p50 ${ms(k.appearP50)}, p95 ${ms(k.appearP95)}; underline goes: p50 ${ms(k.disappearP50)}, p95 ${ms(k.disappearP95)}`,
      );
      console.log(`    long tasks while typing: ${k.longTasksWhileTyping}${k.longTasksWhileTyping ? ` (longest ${ms(k.longestTaskWhileTyping)})` : ''}`);
    }
    console.log('');
  }
  for (const r of huge) {
    const tr = r.traced;
    const base = r.withoutExtension;
    console.log(
      `1 MB reply in a ${r.field} (${r.characters.toLocaleString('en')} characters; the first 100,000 are checked); "${HUGE_TYPED.trim()}" typed at its top`,
    );
    console.log(`  worker: ${r.slices} check slices, p50 ${ms(r.sliceP50)}, p95 ${ms(r.sliceP95)}, longest ${ms(r.sliceMax)}; ${r.slicesOver50} over 50 ms`);
    console.log(`  worker answered ${r.pings} other messages meanwhile: round trip p50 ${ms(r.pingP50)}, longest ${ms(r.pingMax)}`);
    console.log(`  page: first underlines ${ms(r.firstUnderlinesMs)} after the paste`);
    const median = (values) =>
      quantile(
        [...values].sort((a, b) => a - b),
        0.5,
      );
    const withRuns = r.runs.map((x) => x.traced);
    const withoutRuns = r.runs.map((x) => x.withoutExtension);
    console.log(
      `  long tasks over the whole scenario, median of ${r.runs.length} run(s), alternated: without the extension ${median(withoutRuns.map((t) => t.count))} (total ${ms(median(withoutRuns.map((t) => t.totalMs)))}); with Svarhjelp ${median(withRuns.map((t) => t.count))} (total ${ms(median(withRuns.map((t) => t.totalMs)))})`,
    );
    if (r.runs.length > 1)
      console.log(
        `    per run (without / with): ${r.runs.map((x) => `${x.withoutExtension.count}/${x.traced.count} (${ms(x.withoutExtension.totalMs)}/${ms(x.traced.totalMs)})`).join(', ')}`,
      );
    console.log(
      `  page without the extension: ${base.count} long tasks (longest ${ms(base.longest)}, total ${ms(base.totalMs)}) — Chromium's own editing and layout`,
    );
    console.log(
      `  page with Svarhjelp: ${tr.count} long tasks (longest ${ms(tr.longest)}, total ${ms(tr.totalMs)}; ${r.pageLongTasks} seen by the page's PerformanceObserver)`,
    );
    console.log(
      `    made long by Svarhjelp (over 50 ms only with its script time): ${tr.madeLongByScript}${tr.madeLongByScript ? ` (${tr.madeLongDetails.join('; ')})` : ''}`,
    );
    console.log(`    its script inside the long tasks Chromium makes anyway: p50 ${ms(tr.scriptInLongTasksP50)}, longest ${ms(tr.scriptInLongTasksMax)}`);
    if (tr.count)
      console.log(
        `    by kind: ${Object.entries(tr.kinds)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ')}`,
      );
    const activities = (t) =>
      Object.entries(t.activities ?? {})
        .slice(0, process.env.SVARHJELP_TRACE_ALL ? 25 : 5)
        .map(([name, total]) => `${name} ${total} ms`)
        .join(', ') || '—';
    console.log(`    Chromium's work inside the long tasks, with Svarhjelp: ${activities(tr)}; without: ${activities(base)}`);
    console.log('');
  }
}
process.exit(0);
