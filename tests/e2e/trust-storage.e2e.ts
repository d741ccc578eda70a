// Issue 7, item 2: nothing of the message text is stored. Replies with a name, a fødselsnummer
// and health words are typed (in a case form, a mail reply under a quoted inquiry and a rich
// editor), a checklist item is ticked in the side panel, and then everything the extension can
// store is dumped: storage.local/session/sync, IndexedDB and CacheStorage of the extension's
// origin, and the web storage of its pages. None of the typed text may be there — only rule
// ids, counts, ticks, dates and text-free labels.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { launch, type Harness } from './harness.ts';
import { needlesIn, SECRET_NEEDLES, SECRET_REPLY } from './trust-witness.ts';

declare const chrome: Pick<typeof Browser, 'storage'>;

/** The quoted inquiry of webmail.html: the citizen's own words and address are not to be kept either. */
const INQUIRY_NEEDLES = ['Fjellveien', 'garasje', 'tre uker siden', 'kari.nordmann@example.no'];

/** A run of the typed reply long enough to be text, not a rule id or a label. */
function replyFragmentsIn(stored: string, typed: string, length = 16): string[] {
  const hits = new Set<string>();
  for (let i = 0; i + length <= typed.length; i++) {
    const piece = typed.slice(i, i + length);
    if (piece.trim().length === length && stored.includes(piece)) hits.add(piece);
  }
  return [...hits];
}

interface Dump {
  local: Record<string, unknown>;
  session: Record<string, unknown>;
  sync: Record<string, unknown>;
  indexedDB: Record<string, Record<string, unknown[]>>;
  caches: Record<string, Array<{ url: string; body: string }>>;
}

async function dumpEverything(h: Harness): Promise<Dump> {
  return h.inWorker(async () => {
    const idb: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const stores: Record<string, unknown[]> = {};
      for (const name of Array.from(db.objectStoreNames)) {
        stores[name] = await new Promise<unknown[]>((resolve, reject) => {
          const all = db.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        });
      }
      db.close();
      idb[info.name] = stores;
    }
    const cacheDump: Record<string, Array<{ url: string; body: string }>> = {};
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      cacheDump[key] = [];
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        cacheDump[key].push({ url: request.url, body: response ? await response.text() : '' });
      }
    }
    return {
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
      sync: await chrome.storage.sync.get(null),
      indexedDB: idb,
      caches: cacheDump,
    };
  });
}

describe('nothing of the text is stored', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('keeps findings, counts, ticks and dates but no word of the reply or the inquiry', async () => {
    const typed: string[] = [];
    const write = async (page: Page, selector: string, text: string) => {
      await page.locator(selector).click();
      await page.keyboard.press('Control+Home');
      await page.keyboard.type(text);
      typed.push(text);
    };

    const form = await h.openFixture('case-form.html');
    await write(form, '#svar', `${SECRET_REPLY}\n\nVennlig hilsen\nOla`);
    const formTab = await h.tabIdOf(form);
    await h.waitForTabState(formTab, (s) => s.result.findings.some((f) => f.ruleId === 'personvern.fodselsnummer'));

    const mail = await h.openFixture('webmail.html');
    await write(mail, '#reply', `Hei Kari! ${SECRET_REPLY} Vi svarer innen fredag 27. november.`);
    const mailTab = await h.tabIdOf(mail);
    const mailState = await h.waitForTabState(mailTab, (s) => s.result.findings.some((f) => f.ruleId === 'personvern.fodselsnummer'));

    const rich = await h.openFixture('editors/contenteditable.html');
    await write(rich, '#svar', SECRET_REPLY);
    const richTab = await h.tabIdOf(rich);
    await h.waitForTabState(richTab, (s) => s.result.findings.some((f) => f.ruleId === 'personvern.fodselsnummer'));

    // A tick by hand in the side panel is stored too (per inquiry, in storage.local).
    const panel = await h.openSidePanel(mailTab);
    const toggle = panel.getByTestId('checklist').locator('button.value-toggle');
    await toggle.waitFor({ timeout: 20_000 });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    const manual = panel.getByTestId('checklist-item-next-steps').getByRole('checkbox');
    await manual.check();
    expect(mailState.inquiry, 'the mail reply belongs to an inquiry').toBeDefined();
    const recordKey = `inquiry:${mailState.inquiry!.key}`;
    await expect
      .poll(async () => Object.values(((await dumpEverything(h)).local[recordKey] as { manual?: Record<string, boolean> } | undefined)?.manual ?? {}))
      .toContain(true);
    // The panel's own web storage belongs to the extension's origin too.
    const pageStorage = await panel.evaluate(() => ({
      local: Object.fromEntries(Object.entries(localStorage)),
      session: Object.fromEntries(Object.entries(sessionStorage)),
    }));

    const dump = await dumpEverything(h);
    const everything = JSON.stringify({ ...dump, pageStorage });

    // The witness works: the checks happened and left their (text-free) traces.
    expect(Object.keys(dump.session)).toEqual(expect.arrayContaining([`tab:${formTab}`, `tab:${mailTab}`, `tab:${richTab}`]));
    expect(everything).toContain('personvern.fodselsnummer');

    expect(needlesIn(everything), 'personal data typed into the reply').toEqual([]);
    expect(INQUIRY_NEEDLES.filter((n) => everything.includes(n)), 'words of the quoted inquiry').toEqual([]);
    expect(typed.flatMap((t) => replyFragmentsIn(everything, t)), 'runs of the reply text').toEqual([]);
    // Nothing in sync storage: it would copy data to the user's Google/Microsoft account.
    expect(dump.sync).toEqual({});
    expect(SECRET_NEEDLES.length).toBeGreaterThan(3);
  });
});
