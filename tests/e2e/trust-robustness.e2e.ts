// Nothing breaks under huge texts, restarts and long sessions, and a
// page nobody types in gets no work at all. Measured through CDP in the page: the extension's
// event listeners (DOMDebugger), its Mutation- and ResizeObservers (Runtime.queryObjects in the
// content script's isolated world) and the heap after GC. That a huge check is split is shown
// by order, not time: the worker takes other messages while it checks. (How long the slices
// and the page's long tasks are is measured by `npm run bench:browser`.)
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { launch, type Harness } from './harness.ts';
import { expectUnderlineOver, findPopover, underlineBoxes, underlinedFindings, waitForUnderlines, wordBox } from './underlines.ts';
import { inContentWorld, type ContentInspection } from './content-world.ts';

declare const chrome: Pick<typeof Browser, 'runtime'>;

interface Probe {
  cdp: CDPSession;
  /** Types of the listeners on document, window and the given element (page scripts included). */
  listeners(selector?: string): Promise<string[]>;
  /** Live observers of a kind (MutationObserver unless told) created by the content script (after a GC). */
  observers(kind?: 'MutationObserver' | 'ResizeObserver' | 'IntersectionObserver'): Promise<number>;
  /** Used JS heap of the page's isolate (page and content script) after a GC. */
  heap(): Promise<number>;
}

async function probe(page: Page): Promise<Probe> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; name: string; origin: string; auxData?: { isDefault?: boolean; frameId?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as (typeof contexts)[number]));
  await cdp.send('Runtime.enable');
  const world = async () => {
    // The content script's isolated world in the top frame: not the default world, named after the extension.
    const main = contexts.find((c) => c.auxData?.isDefault);
    const ours = contexts.filter(
      (c) => !c.auxData?.isDefault && c.auxData?.frameId === main?.auxData?.frameId && /Svarhjelp|chrome-extension:/.test(`${c.name} ${c.origin}`),
    );
    if (!ours.length) throw new Error(`no content-script world among ${JSON.stringify(contexts.map((c) => [c.name, c.origin]))}`);
    return ours.at(-1)!.id;
  };
  const gc = () => cdp.send('HeapProfiler.collectGarbage');
  return {
    cdp,
    async listeners(selector) {
      const types: string[] = [];
      // Asked from the content script's world: DevTools lists a world's own listeners.
      const contextId = await world();
      for (const expression of ['document', 'window', ...(selector ? [`document.querySelector(${JSON.stringify(selector)})`] : [])]) {
        const { result } = await cdp.send('Runtime.evaluate', { expression, contextId });
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
        types.push(...listeners.map((l) => `${expression.startsWith('document.') ? 'field' : expression}:${l.type}`));
      }
      return types.sort();
    },
    async observers(kind = 'MutationObserver') {
      await gc();
      const contextId = await world();
      const { result: proto } = await cdp.send('Runtime.evaluate', { expression: `${kind}.prototype`, contextId });
      const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId! });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: objects.objectId!,
        functionDeclaration: 'function () { return this.length; }',
        returnByValue: true,
      });
      return result.value as number;
    },
    async heap() {
      await gc();
      await gc();
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    },
  };
}

/** Starts counting the messages the background receives (a listener of our own in the worker). */
async function countMessages(h: Harness): Promise<() => Promise<string[]>> {
  await h.inWorker(() => {
    const g = globalThis as { __seenTypes?: string[] };
    g.__seenTypes = [];
    chrome.runtime.onMessage.addListener((m: { type?: string }) => void g.__seenTypes!.push(String(m?.type)));
  });
  return () => h.inWorker(() => (globalThis as { __seenTypes?: string[] }).__seenTypes ?? []);
}

describe('robustness', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('stays idle on a page nobody types in: only the focus listeners, no observer beyond the document watcher, no highlight, no message', async () => {
    const seen = await countMessages(h);
    const page = await h.openFixture('case-form.html'); // no page scripts: every listener is ours
    const p = await probe(page);
    // The content script has run (its listeners are there) …
    // (The wxt:content-script-started listener is WXT's: a newer instance of the script tells
    // an orphaned one to shut down.)
    const ours = async () => (await p.listeners('#svar')).filter((t) => !t.includes(':wxt:content-script-started'));
    await expect.poll(ours, { timeout: 15_000 }).toEqual(['document:focusin', 'document:input']);
    // … and does nothing else: one observer of the document's top level (an editor frame that
    // rewrites its document with document.open() drops listeners; session/coach.ts re-adds them).
    expect(await p.observers()).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('svarhjelp-overlay, svarhjelp-popover, [data-svarhjelp-underline]').length)).toBe(0);
    expect(await seen()).toEqual([]);

    // Control: the first keystroke starts the work, so the witnesses above can see it.
    await h.typeInto(page, '#svar', 'Vedrørende saken.');
    await expect.poll(seen, { timeout: 20_000 }).toContain('checkText');
    await p.cdp.detach();
    await page.close();
  });

  it('checks a 1 MB reply in slices: the worker answers the panel and the page takes keystrokes while it checks, and the panel says only part was checked', async () => {
    const page = await h.openFixture('case-form.html');
    const tabId = await h.tabIdOf(page);
    // An extension page to ask the worker something cheap while it checks (opened before: its
    // own start-up messages are answered before the huge check begins).
    const pinger = await h.openSidePanel(tabId);
    await page.bringToFront();
    // The worker notes each rule-set summary request it receives and whether a check was running
    // at that moment (engine-host.ts keeps a user-timing mark for the duration of a check). With a
    // synchronous engine no message is ever received while a check runs.
    await h.inWorker(() => {
      const g = globalThis as { __pings?: boolean[] };
      g.__pings = [];
      chrome.runtime.onMessage.addListener((m: { type?: string }) => {
        if (m?.type !== 'getRuleSetSummary') return;
        g.__pings!.push(performance.getEntriesByType('mark').some((e) => e.name.startsWith('svarhjelp:checking:')));
      });
    });
    await pinger.evaluate(() => {
      const w = window as unknown as { __answers: number; __stop: boolean };
      w.__answers = 0;
      w.__stop = false;
      void (async () => {
        while (!w.__stop) {
          const answer = (await chrome.runtime.sendMessage({ id: 1, type: 'getRuleSetSummary', data: undefined, timestamp: Date.now() })) as
            | { res?: { id?: string } }
            | undefined;
          if (answer?.res?.id) w.__answers++;
          await new Promise((r) => setTimeout(r, 5));
        }
      })();
    });

    // The keystrokes and the moment the first underline appears are recorded where the underline
    // can be seen (the content script's world: its overlay is in a closed shadow root).
    const sentence = 'Vedrørende søknaden din om byggetillatelse har vi nå gått gjennom saken. ';
    await inContentWorld(page, () => {
      const w = globalThis as unknown as { __order: string[]; svarhjelpInspect: ContentInspection };
      w.__order = [];
      const field = document.querySelector<HTMLTextAreaElement>('#svar')!;
      field.addEventListener('input', () => w.__order.push('keystroke'));
      const underlined = () => w.svarhjelpInspect.overlayRoots().some((root) => !!root.querySelector('[data-svarhjelp-underline]'));
      const tick = () => (underlined() ? w.__order.push('underlines') : requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    });
    // A pasted-in 1 MB reply (no input event: focusing the field starts its check).
    await page.evaluate((s) => {
      document.querySelector<HTMLTextAreaElement>('#svar')!.value = s.repeat(Math.ceil(1_000_000 / s.length));
    }, sentence);
    // Focus starts the check of the huge text; the keystrokes come while it runs.
    await page.locator('#svar').focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Hei! Takk. ');

    // The latest text was checked: its first «Vedrørende» is after the typed 11 characters.
    const state = await h.waitForTabState(
      tabId,
      (s) => s.result.truncatedAt !== undefined && s.result.findings.find((f) => f.ruleId === 'klarsprak.vedrorende')?.start === 11,
      60_000,
    );
    expect(state.result.truncatedAt).toBeLessThanOrEqual(100_000);
    await waitForUnderlines(page, 1, 20_000).catch(() => undefined);
    const order = (await inContentWorld(page, () => (globalThis as unknown as { __order: string[] }).__order)) ?? [];
    expect(order).toContain('underlines');
    // The page handled the keystrokes before any underline of the huge text was drawn.
    expect(order.indexOf('keystroke')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('keystroke')).toBeLessThan(order.indexOf('underlines'));

    await pinger.evaluate(() => ((window as unknown as { __stop: boolean }).__stop = true));
    const pings = await h.inWorker(() => (globalThis as { __pings?: boolean[] }).__pings ?? []);
    // The worker took cheap requests while the huge check ran, and they were answered.
    expect(pings.filter(Boolean).length, `requests received during a check, of ${pings.length}`).toBeGreaterThan(0);
    expect(await pinger.evaluate(() => (window as unknown as { __answers: number }).__answers)).toBeGreaterThan(0);
    await pinger.close();

    const panel = await h.openSidePanel(tabId);
    await expect
      .poll(() => panel.locator('p.note').allTextContents(), { timeout: 20_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/bare de første 100\s000 tegnene ble sjekket/)]));
    await panel.close();
    await page.close();
  });

  it('follows an editor that is re-rendered (the field replaced by a new node): the old underlines and popover go with it', async () => {
    const page = await h.openFixture('case-form.html');
    await h.typeInto(page, '#svar', 'Hei Kari! Vedrørende saken.');
    const tabId = await h.tabIdOf(page);
    await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === 'klarsprak.vedrorende'));
    await waitForUnderlines(page, 1);
    // Open the finding's popover (Alt+J from the field).
    await page.locator('#svar').focus();
    await page.keyboard.press('Alt+KeyJ');
    expect(await findPopover(page)).not.toBeNull();
    // A framework re-render / single-page navigation: the old field is gone, a new one takes its place.
    await page.evaluate(() => {
      const old = document.querySelector<HTMLTextAreaElement>('#svar')!;
      const next = old.cloneNode(false) as HTMLTextAreaElement;
      next.value = '';
      old.replaceWith(next);
      history.pushState({}, '', '?sak=2');
    });
    // Nothing of the old field's findings stays on the page: no underline, no popover.
    await expect.poll(async () => underlinedFindings(await underlineBoxes(page)), { timeout: 10_000 }).toBe(0);
    expect(await findPopover(page, 1_000)).toBeNull();

    await h.typeInto(page, '#svar', 'Takk for brevet. Vedrørende saken din.');
    await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === 'klarsprak.vedrorende' && f.start === 17));
    // The new field's finding is underlined over its word, once.
    const boxes = await waitForUnderlines(page, 1);
    expectUnderlineOver(await wordBox(page, page.locator('#svar'), 'Vedrørende'), boxes, 'clarity', 'Vedrørende');
    await page.close();
  });

  it('keeps heap, listeners and observers flat over 1 000 edits', async () => {
    const page = await h.openFixture('case-form.html');
    const p = await probe(page);
    await h.typeInto(page, '#svar', 'Vedrørende saken din. ');
    const tabId = await h.tabIdOf(page);
    await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === 'klarsprak.vedrorende'));
    const snapshot = async () => ({
      heap: await p.heap(),
      listeners: await p.listeners('#svar'),
      observers: await p.observers(),
      resizeObservers: await p.observers('ResizeObserver'),
    });
    const before = await snapshot();
    expect(before.resizeObservers, 'the overlay follows the field with a ResizeObserver').toBeGreaterThan(0);

    // 1 000 edits: typing and deleting; after each batch a new check's result (each batch leaves
    // « samt vedleg» more, so the word count changes) and its underlines are drawn.
    // The reply is checked without trailing whitespace; each batch leaves 12 characters after the space.
    const start = 'Vedrørende saken din. '.length;
    await h.waitForTabState(tabId, (s) => s.result.metrics.characters === start - 1);
    for (let round = 0; round < 10; round++) {
      await page.keyboard.type(' samt vedlegg.'.repeat(4)); // 56 edits
      for (let i = 0; i < 44; i++) await page.keyboard.press('Backspace'); // 44 edits
      // The check of the text as the batch left it (12 characters more), not one from within it.
      const last = await h.waitForTabState(tabId, (s) => s.result.metrics.characters === start + 12 * (round + 1));
      // The «samt» of every batch is flagged and underlined.
      const samt = last.result.findings.filter((f) => f.ruleId === 'klarsprak.samt').map((f) => f.id);
      expect(samt).toHaveLength(round + 1);
      await expect
        .poll(
          async () => {
            const boxes = await underlineBoxes(page);
            return samt.filter((id) => boxes.some((b) => b.findingId === id)).length;
          },
          { timeout: 10_000 },
        )
        .toBe(samt.length);
    }
    const after = await snapshot();
    expect(after.listeners).toEqual(before.listeners);
    expect(after.observers).toBeLessThanOrEqual(before.observers);
    expect(after.resizeObservers).toBeLessThanOrEqual(before.resizeObservers);
    // Generous: a leak of the text or the findings per edit would add far more than this.
    expect(after.heap - before.heap, `heap grew from ${before.heap} to ${after.heap} bytes`).toBeLessThan(8 * 1024 * 1024);
    await p.cdp.detach();
    await page.close();
  });
});
