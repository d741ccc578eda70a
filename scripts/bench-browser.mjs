#!/usr/bin/env node
// Browser benchmark: `npm run bench:browser [-- --json] [-- --keys 60]`.
//
// Real Chromium with the built extension (.output/chrome-mv3, as the e2e tests), a ~1,000-word
// reply in a textarea and in a contenteditable, then single keystrokes at the end of the reply
// that each add or remove a finding ("sam" + "t" → «samt» is flagged; Backspace → it is not).
// For each keystroke it measures, in the page, the time from the keydown to the first moment
// the underlines show the new finding count — debounce, messaging, the engine and drawing
// included. Underlines are observed where the user sees them: the overlay's shadow root (a
// MutationObserver: exact) and the CSS.highlights registry (read every animation frame: the
// earliest moment it can be painted). Long tasks (> 50 ms) are collected with a
// PerformanceObserver in the page; in Chromium the content script shares the page's main
// thread, so its long tasks are in the page's timeline.
//
// Prints the figures and the target (p95 ≤ 100 ms, no long tasks while typing); never fails.

import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { launch } from '../tests/e2e/harness.ts';

const TARGET_P95_MS = 100;
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const keysArg = args.indexOf('--keys');
const KEYSTROKES = Math.max(50, Number(keysArg >= 0 ? args[keysArg + 1] : 60) || 60);
const UPDATE_TIMEOUT_MS = 5_000;
/** The content script's pause before checking, read from its source to split the figures. */
const DEBOUNCE_MS = (() => {
  try {
    const src = readFileSync(new URL('../entrypoints/content/coach.ts', import.meta.url), 'utf8');
    return Number(/export const DEBOUNCE_MS = (\d+)/.exec(src)?.[1] ?? NaN);
  } catch {
    return NaN;
  }
})();

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

/** Installed in the page's main world: keydown times, underline counts, long tasks. */
function instrument() {
  const w = /** @type {any} */ (window);
  if (w.__bench) return;
  const state = {
    keydowns: /** @type {number[]} */ ([]),
    longtasks: /** @type {{ start: number, duration: number }[]} */ ([]),
    last: -1,
    /** @type {{ expected: number, since: number, resolve: (v: any) => void } | null} */
    waiting: null,
  };
  const countNow = () => {
    let n = 0;
    const reg = /** @type {any} */ (globalThis).CSS?.highlights;
    if (reg) for (const [name, h] of reg) if (name.startsWith('svarhjelp-')) n += h.size;
    const ids = new Set();
    for (const el of document.querySelectorAll('svarhjelp-overlay')) {
      for (const seg of el.shadowRoot?.querySelectorAll('[data-svarhjelp-underline]') ?? []) {
        ids.add(/** @type {HTMLElement} */ (seg).dataset.findingId ?? seg);
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
  // Highlights: the registry has no events; read it every frame (when it could be painted).
  const tick = () => {
    observe('frame');
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  // Overlay: watch its shadow root as soon as it exists.
  const watched = new WeakSet();
  const mo = new MutationObserver(() => observe('mutation'));
  const attach = () => {
    for (const el of document.querySelectorAll('svarhjelp-overlay')) {
      if (el.shadowRoot && !watched.has(el.shadowRoot)) {
        watched.add(el.shadowRoot);
        mo.observe(el.shadowRoot, { childList: true, subtree: true, attributes: true });
      }
    }
  };
  new MutationObserver(attach).observe(document.documentElement, { childList: true });
  new MutationObserver(attach).observe(document.body, { childList: true });
  attach();
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser.
  }
  w.__bench = {
    count: countNow,
    now: () => performance.now(),
    expect(expected) {
      state.last = countNow();
      return new Promise((resolve) => {
        state.waiting = { expected, since: performance.now(), resolve };
      });
    },
    longtasks: (from, to) => state.longtasks.filter((t) => t.start >= from && t.start <= to),
  };
}

const quantile = (sorted, q) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : NaN);

/** Waits until the underline count has not changed for `quietMs`. */
async function settle(page, quietMs = 1_000, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let since = Date.now();
  while (Date.now() < deadline) {
    const n = await page.evaluate(() => /** @type {any} */ (window).__bench.count());
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (n > 0 && Date.now() - since >= quietMs) return n;
    await new Promise((r) => setTimeout(r, 100));
  }
  return last;
}

async function runField(h, { name, fixture, selector, rich }) {
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

  // Caret to the very end, then "sam": the toggling word.
  await field.evaluate((el, isRich) => {
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
  await page.keyboard.type(' Vi sender kart sam');
  const base = await settle(page, 800);

  const latencies = [];
  const via = { frame: 0, mutation: 0 };
  let missed = 0;
  const k0 = await page.evaluate(() => performance.now());
  for (let i = 0; i < KEYSTROKES; i++) {
    const add = i % 2 === 0;
    const expected = add ? base + 1 : base;
    const pending = page.evaluate(
      ([exp, ms]) =>
        Promise.race([
          /** @type {any} */ (window).__bench.expect(exp),
          new Promise((r) => setTimeout(() => r(null), ms)),
        ]),
      [expected, UPDATE_TIMEOUT_MS],
    );
    // Let the expectation register before the key goes down.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
    await page.keyboard.press(add ? 't' : 'Backspace');
    const result = await pending;
    if (!result) {
      missed++;
      // Resynchronise: whatever the count is now is the new baseline for the next pair.
      await settle(page, 500);
      continue;
    }
    latencies.push(result.latency);
    via[result.via]++;
  }
  const k1 = await page.evaluate(() => performance.now());
  const typingLong = await page.evaluate(([a, b]) => /** @type {any} */ (window).__bench.longtasks(a, b), [k0, k1]);
  await page.close();

  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    field: name,
    words,
    initialUnderlines: initial,
    keystrokes: KEYSTROKES,
    measured: latencies.length,
    missed,
    observedVia: via,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted.at(-1) ?? NaN,
    mean: latencies.reduce((a, b) => a + b, 0) / (latencies.length || 1),
    longTasksWhileTyping: typingLong.length,
    longestTaskWhileTyping: Math.max(0, ...typingLong.map((t) => t.duration)),
    longTasksOnInsert: setupLong.length,
    longestTaskOnInsert: Math.max(0, ...setupLong.map((t) => t.duration)),
  };
}

const h = await launch();
const results = [];
try {
  results.push(await runField(h, { name: 'textarea', fixture: 'editors/plain.html', selector: '#svar', rich: false }));
  results.push(await runField(h, { name: 'contenteditable', fixture: 'editors/contenteditable.html', selector: '#svar', rich: true }));
} finally {
  await h.close();
}

if (asJson) {
  console.log(JSON.stringify({ targetP95Ms: TARGET_P95_MS, targetLongTasks: 0, debounceMs: DEBOUNCE_MS, cores: cpus().length, loadavg: loadavg(), results }, null, 2));
} else {
  const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
  console.log(`Svarhjelp browser benchmark — Chromium + built extension, ${KEYSTROKES} keystrokes per field`);
  // Other work on the machine shows up as latency spikes and long tasks; say how busy it was.
  console.log(`Machine: ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' / ')} (1/5/15 min)`);
  console.log(`Keystroke → updated underlines (debounce included). Target: p95 ≤ ${TARGET_P95_MS} ms, 0 long tasks while typing.`);
  console.log(`The content script waits ${Number.isFinite(DEBOUNCE_MS) ? `${DEBOUNCE_MS} ms` : '(unknown)'} after a keystroke before checking (DEBOUNCE_MS).\n`);
  for (const r of results) {
    // The overlay draws only what is inside the field's visible box; highlights cover the whole text.
    console.log(`${r.field} (${r.words} words, ${r.initialUnderlines} underlines drawn before typing)`);
    console.log(`  measured ${r.measured}/${r.keystrokes}${r.missed ? `, ${r.missed} with no update within ${UPDATE_TIMEOUT_MS} ms` : ''}` +
      ` (seen via overlay mutation ${r.observedVia.mutation}, animation frame ${r.observedVia.frame})`);
    console.log(`  p50 ${ms(r.p50)}   p95 ${ms(r.p95)}   max ${ms(r.max)}   mean ${ms(r.mean)}   ` +
      `→ ${r.p95 <= TARGET_P95_MS ? 'meets' : 'misses'} the p95 target`);
    if (Number.isFinite(DEBOUNCE_MS)) {
      console.log(`  after the debounce (check + messaging + drawing): p50 ${ms(r.p50 - DEBOUNCE_MS)}   p95 ${ms(r.p95 - DEBOUNCE_MS)}`);
    }
    console.log(`  long tasks while typing: ${r.longTasksWhileTyping}${r.longTasksWhileTyping ? ` (longest ${ms(r.longestTaskWhileTyping)})` : ''}` +
      `   while inserting the reply: ${r.longTasksOnInsert}${r.longTasksOnInsert ? ` (longest ${ms(r.longestTaskOnInsert)})` : ''}\n`);
  }
}
process.exit(0);
