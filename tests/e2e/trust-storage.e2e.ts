// Nothing of the message text is stored. Replies with a name, a fødselsnummer and health words
// are typed (in a case form, a mail reply under a quoted inquiry, and a canary reply in every
// editor family), a checklist item is ticked in the side panel, and then everything the
// extension can store is dumped: storage.local/session/sync/managed, IndexedDB and CacheStorage
// of the extension's origin, the web storage of its pages, and the pages' own web storage and
// cookies (where a content script could write). None of the typed text may be there — no word,
// no message quoting it, no finding id hashing it — and what is there is what PRIVACY.md lists.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { launch, type Harness } from './harness.ts';
import { frameOf, openEditorFixture } from './editors/family.ts';
import { BUNDLED_RULE_SET } from '../../rules/standard/index.ts';
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
  managed: Record<string, unknown>;
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
      managed: await chrome.storage.managed.get(null).catch(() => ({})),
      indexedDB: idb,
      caches: cacheDump,
    };
  });
}

interface InventoryRow {
  area: 'session' | 'local';
  key: RegExp;
  /** Fields of the value, or of each entry when the value is a map (`perEntry`). */
  fields: string[];
  perEntry: boolean;
}

/** PRIVACY.md section 3's list of every key the extension stores and the fields of its value. */
function documentedInventory(): InventoryRow[] {
  const doc = readFileSync(new URL('../../PRIVACY.md', import.meta.url), 'utf8');
  const block = /<!-- storage-inventory:start -->([\s\S]*?)<!-- storage-inventory:end -->/.exec(doc)?.[1] ?? '';
  const rows: InventoryRow[] = [];
  for (const line of block.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const area = /^`storage\.(session|local)`$/.exec(cells[1] ?? '')?.[1] as InventoryRow['area'] | undefined;
    if (!area) continue;
    const pattern = (cells[2] ?? '')
      .replace(/`/g, '')
      .split(/<[^>]+>/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+');
    const fieldsCell = cells[3] ?? '';
    const perEntry = fieldsCell.includes('→');
    const listed = perEntry ? fieldsCell.slice(fieldsCell.indexOf('→')) : fieldsCell;
    rows.push({ area, key: new RegExp(`^${pattern}$`), fields: [...listed.matchAll(/`([^`]+)`/g)].map((m) => m[1]!), perEntry });
  }
  return rows;
}

/** What is stored but not in PRIVACY.md's list: unknown keys, and fields the list does not name. */
function undocumented(dump: Pick<Dump, 'session' | 'local'>, rows: readonly InventoryRow[]): string[] {
  const out: string[] = [];
  for (const area of ['session', 'local'] as const) {
    for (const [key, value] of Object.entries(dump[area])) {
      const row = rows.find((r) => r.area === area && r.key.test(key));
      if (!row) {
        out.push(`storage.${area} ${key}`);
        continue;
      }
      const objects = row.perEntry ? Object.values(value as Record<string, unknown>) : [value];
      for (const object of objects) {
        for (const field of Object.keys(object as Record<string, unknown>)) if (!row.fields.includes(field)) out.push(`storage.${area} ${key}.${field}`);
      }
    }
  }
  return out;
}

/** A reply of made-up words around what the rules flag: any trace of it in storage is a leak. */
const CANARY = 'Zqvarnholt';
const CANARY_REPLY =
  `Hei Ingrid Kvamsdal! Vedrørende ${CANARY} Blåbærstien: fødselsnummer 13097248022 og diagnose Frostvinge. ` + `Vi svarer snarest, samt sender Trollkvistene.`;
/**
 * Every word of the canary reply a store could keep: not the short ones (too common to tell), and
 * not those the rule set's own texts use («svarer» in a deadline's advice) — those are caught
 * when quoted the way messages quote the reply, «word».
 */
const RULE_SET_TEXT = JSON.stringify(BUNDLED_RULE_SET).toLowerCase();
const TYPED_WORDS = [...new Set(CANARY_REPLY.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4))];
const CANARY_WORDS = TYPED_WORDS.filter((w) => !RULE_SET_TEXT.includes(w.toLowerCase()));

/** Where to type in each editor family's fixture (tests/e2e/fixtures/editors, the case form, webmail). */
const FAMILIES: Array<{ name: string; fixture: string; field: string; frame?: string }> = [
  { name: 'textarea', fixture: 'editors/plain.html', field: '#svar' },
  { name: 'input', fixture: 'editors/plain.html', field: '#emne' },
  { name: 'contenteditable', fixture: 'editors/contenteditable.html', field: '#svar' },
  { name: 'react', fixture: 'editors/react.html', field: '#svar' },
  { name: 'roosterjs', fixture: 'editors/roosterjs.html', field: '#svar' },
  { name: 'shadow DOM', fixture: 'editors/shadow.html', field: 'svar-editor #innhold' },
  { name: 'gmail', fixture: 'editors/gmail.html', field: '.Am.editable > div' },
  { name: 'tinymce', fixture: 'editors/tinymce.html', field: 'body#tinymce', frame: 'iframe.tox-edit-area__iframe' },
  { name: 'case form', fixture: 'case-form.html', field: '#svar' },
  { name: 'webmail', fixture: 'webmail.html', field: '#reply' },
];

describe('nothing of the text is stored', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('keeps text-free records, counts, ticks and dates but no word of the reply or the inquiry', async () => {
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
    const mailRecord = dump.local[recordKey] as { counts?: { findings?: number } };
    expect(mailRecord.counts?.findings).toBeGreaterThan(0);

    // PRIVACY.md lists exactly what is stored: every key and field here is in its list, and the
    // list's record of a tab is what a tab's record holds (the mail tab names its inquiry too).
    const inventory = documentedInventory();
    expect(inventory.length, 'PRIVACY.md has its storage list').toBeGreaterThan(5);
    expect(undocumented(dump, inventory), 'stored but not in PRIVACY.md').toEqual([]);
    const tabRow = inventory.find((r) => r.area === 'session' && r.key.test(`tab:${mailTab}`))!;
    expect(Object.keys(dump.session[`tab:${mailTab}`] as object).sort()).toEqual([...tabRow.fields].sort());
    // The check of the list can fail: a field it does not name is found.
    expect(undocumented({ session: { [`tab:${mailTab}`]: { ...(dump.session[`tab:${mailTab}`] as object), findings: [] } }, local: {} }, inventory)).toEqual([
      `storage.session tab:${mailTab}.findings`,
    ]);

    expect(needlesIn(everything), 'personal data typed into the reply').toEqual([]);
    expect(
      INQUIRY_NEEDLES.filter((n) => everything.includes(n)),
      'words of the quoted inquiry',
    ).toEqual([]);
    expect(
      typed.flatMap((t) => replyFragmentsIn(everything, t)),
      'runs of the reply text',
    ).toEqual([]);
    // Nothing in sync storage: it would copy data to the user's Google/Microsoft account.
    expect(dump.sync).toEqual({});
    expect(SECRET_NEEDLES.length).toBeGreaterThan(3);
  });

  it('keeps no word of a canary reply typed into every editor family, in any storage area', async () => {
    const pages: Page[] = [];
    const tabIds: number[] = [];
    for (const family of FAMILIES) {
      const page = family.fixture.startsWith('editors/')
        ? await openEditorFixture(h, family.fixture.slice('editors/'.length))
        : await h.openFixture(family.fixture);
      pages.push(page);
      const surface = family.frame ? await frameOf(page, family.frame) : page;
      await surface.locator(family.field).first().click();
      await page.keyboard.press('Control+Home');
      await page.keyboard.type(CANARY_REPLY);
      const tabId = await h.tabIdOf(page);
      tabIds.push(tabId);
      // The witness: the worker checked the canary, and its result in memory quotes typed words
      // («snarest» in a message, «Vedrørende» too): exactly what must not reach storage.
      const state = await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === 'frist.vag-tid'), 30_000);
      expect(JSON.stringify(state.result.findings), `${family.name}: the findings quote the reply`).toContain('snarest');
    }

    const dump = await dumpEverything(h);
    const pageStorage = await Promise.all(
      pages.flatMap((page) =>
        page.frames().map((frame) =>
          frame
            .evaluate(async () => ({
              url: location.href,
              local: Object.fromEntries(Object.entries(localStorage)),
              session: Object.fromEntries(Object.entries(sessionStorage)),
              cookie: document.cookie,
              indexedDB: (await indexedDB.databases()).map((d) => d.name),
            }))
            .catch(() => null),
        ),
      ),
    );
    const everything = JSON.stringify({ ...dump, pageStorage });
    // The witness works: every family's check left its text-free record.
    expect(Object.keys(dump.session)).toEqual(expect.arrayContaining(tabIds.map((id) => `tab:${id}`)));

    const lower = everything.toLowerCase();
    const forms = (w: string) => [w, encodeURIComponent(w), Buffer.from(w).toString('base64')].map((f) => f.toLowerCase());
    expect(
      CANARY_WORDS.filter((w) => forms(w).some((f) => lower.includes(f))),
      'words of the canary reply',
    ).toEqual([]);
    expect(lower).not.toContain(CANARY.toLowerCase());
    expect(
      TYPED_WORDS.filter((w) => lower.includes(`«${w.toLowerCase()}»`)),
      'typed words quoted as messages quote them',
    ).toEqual([]);
    expect(CANARY_WORDS).toEqual(expect.arrayContaining([CANARY, 'Kvamsdal', 'Frostvinge', 'Trollkvistene']));
    // The rule set's examples use this fødselsnummer too, but the rule set is not what is stored.
    expect(lower).not.toContain('13097248022');
    // No finding id either: ids hash the flagged words (a short hash of a word is guessable).
    expect(everything).not.toMatch(/klarsprak\.[a-z-]+:[0-9a-z]+:\d+/);
    expect(undocumented(dump, documentedInventory()), 'stored but not in PRIVACY.md').toEqual([]);
    expect(dump.sync).toEqual({});
    for (const page of pages) await page.close();
  });
});
