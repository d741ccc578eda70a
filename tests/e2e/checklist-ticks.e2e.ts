// A caseworker's checklist ticks are a record: they must survive closing the compose window right
// after the tick, a stopped service worker, two windows of the same inquiry, and a reply window
// whose quoted inquiry arrives after the first check. The webmail here is one Svarhjelp has no
// adapter for (tests/e2e/fixtures/webmail-compose.html): a TinyMCE iframe filled by the client,
// quote headers in English ("On … wrote:") and Norwegian («Den … skrev»), reply, reply-all and
// forward. The inquiry is recognised from the quoted message alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { launch, type Harness } from './harness.ts';

declare const chrome: Pick<typeof Browser, 'storage'>;

const ITEMS = ['correct-answer', 'next-steps', 'equal-treatment'] as const;

interface Compose {
  page: Page;
  /** Known after the first typing: a stopped worker wakes for the page's check, not for the test. */
  tabId: number;
}

async function openCompose(h: Harness, query: string): Promise<Compose> {
  const page = await h.openFixture(`webmail-compose.html?${query}`);
  await page.waitForFunction(() => (window as unknown as { __fixture?: { ready?: boolean } }).__fixture?.ready === true, null, { timeout: 15_000 });
  return { page, tabId: -1 };
}

/** Types into the reply paragraph above the quote, as a user does in the compose window. */
async function typeReply(h: Harness, c: Compose, text: string): Promise<void> {
  const frame = c.page.frameLocator('iframe');
  await frame.locator('body > p').first().click();
  await c.page.keyboard.press('Control+Home');
  await c.page.keyboard.type(text);
  if (c.tabId < 0) c.tabId = await h.tabIdOf(c.page);
}

async function openChecklist(panel: Page): Promise<void> {
  const toggle = panel.getByTestId('checklist').locator('button[aria-expanded]').first();
  await toggle.waitFor({ state: 'visible', timeout: 20_000 });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

const checkbox = (panel: Page, item: string) => panel.getByTestId(`checklist-item-${item}`).getByRole('checkbox');

/** The panel for the compose tab, once it shows the quoted inquiry (not the form on the host). */
async function panelForQuote(h: Harness, c: Compose): Promise<Page> {
  const panel = await h.openSidePanel(c.tabId);
  await expect.poll(() => panel.getByTestId('inquiry-label').textContent(), { timeout: 20_000 }).toMatch(/16\. november 2026/);
  await openChecklist(panel);
  return panel;
}

/** Every stored inquiry record, as the worker reads storage.local. */
async function records(h: Harness): Promise<Array<{ key: string; label: string; manual: Record<string, boolean> }>> {
  const all = (await h.inWorker(() => chrome.storage.local.get(null))) as Record<string, unknown>;
  return Object.entries(all)
    .filter(([k]) => k.startsWith('inquiry:'))
    .map(([, v]) => v as { key: string; label: string; manual: Record<string, boolean> });
}

describe('checklist ticks are never lost for the same inquiry', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('open → tick → close at once → reopen, 20 times, both quote headers, with and without a worker stop: every tick survives', async () => {
    const expected: Record<string, boolean> = {};
    for (let round = 0; round < 20; round++) {
      const header = round % 2 === 0 ? 'en' : 'nb';
      // Each header form is its own inquiry key only if the sender's identity differs; both name
      // Kari Nordmann at 08:12 on 16 November, so both are the same inquiry.
      const c = await openCompose(h, `header=${header}&mode=${['reply', 'replyall', 'forward'][round % 3]}`);
      await typeReply(h, c, `Hei Kari! Takk for e-posten. Runde ${round}.`);
      const panel = await panelForQuote(h, c);
      // What earlier rounds ticked is shown in this new window.
      for (const [item, done] of Object.entries(expected)) {
        await expect.poll(() => checkbox(panel, item).isChecked(), { timeout: 10_000, message: `round ${round}: ${item}` }).toBe(done);
      }
      // Tick or untick one item, then close the compose window and the panel at once.
      const item = ITEMS[round % ITEMS.length]!;
      const done = !(expected[item] ?? false);
      await checkbox(panel, item).setChecked(done);
      expected[item] = done;
      await Promise.all([c.page.close(), panel.close()]);
      if (round % 4 === 3) await h.stopServiceWorker();
    }
    // A last window shows them (its typing wakes the worker stopped after the last round).
    const c = await openCompose(h, 'header=en&mode=reply');
    await typeReply(h, c, 'Hei Kari!');
    const panel = await panelForQuote(h, c);
    for (const [item, done] of Object.entries(expected)) await expect.poll(() => checkbox(panel, item).isChecked()).toBe(done);
    // The record of the inquiry holds exactly those ticks, and there is one such record.
    const quoteRecords = (await records(h)).filter((r) => r.label === 'quote:2026-11-16');
    expect(quoteRecords).toHaveLength(1);
    expect(quoteRecords[0]!.manual).toEqual(expected);
    await Promise.all([c.page.close(), panel.close()]);
  }, 240_000);

  it('two windows of the same inquiry tick different items; both ticks are kept', async () => {
    const a = await openCompose(h, 'header=en&mode=reply');
    const b = await openCompose(h, 'header=nb&mode=replyall');
    await typeReply(h, a, 'Hei Kari! Vi ser på saken.');
    await typeReply(h, b, 'Hei Kari! Takk for e-posten.');
    const panelA = await panelForQuote(h, a);
    const panelB = await panelForQuote(h, b);
    const before: Record<string, boolean> = {};
    for (const i of ITEMS) before[i] = await checkbox(panelA, i).isChecked();
    // Each window ticks the opposite of what is stored for its own item, at the same moment.
    await Promise.all([
      checkbox(panelA, 'equal-treatment').setChecked(!before['equal-treatment']),
      checkbox(panelB, 'next-steps').setChecked(!before['next-steps']),
    ]);
    const want: Record<string, boolean> = { ...before, 'equal-treatment': !before['equal-treatment'], 'next-steps': !before['next-steps'] };
    await expect.poll(async () => (await records(h)).find((r) => r.label === 'quote:2026-11-16')?.manual, { timeout: 10_000 }).toMatchObject(want);
    // Each panel shows the other window's tick too.
    for (const panel of [panelA, panelB]) {
      for (const i of ITEMS) await expect.poll(() => checkbox(panel, i).isChecked(), { timeout: 10_000 }).toBe(want[i]);
    }
    await Promise.all([a.page.close(), b.page.close(), panelA.close(), panelB.close()]);
  });

  it('a window that is checked before its quote arrives moves to the inquiry and keeps what was ticked meanwhile', async () => {
    const c = await openCompose(h, 'header=nb&mode=reply&load=late');
    await typeReply(h, c, 'Hei Kari! Vi har fått søknaden din.');
    const panel = await h.openSidePanel(c.tabId);
    // First: the form on the host, as nothing names the inquiry yet.
    await expect.poll(() => panel.getByTestId('inquiry-label').textContent(), { timeout: 20_000 }).toMatch(/^Skjema på /);
    await openChecklist(panel);
    const stored = (await records(h)).find((r) => r.label === 'quote:2026-11-16')?.manual ?? {};
    const done = !(stored['correct-answer'] ?? false);
    // Whatever the form's own record shows, the user's last word here is `done`.
    await checkbox(panel, 'correct-answer').setChecked(!done);
    await checkbox(panel, 'correct-answer').setChecked(done);
    // The client's fetch completes: the quote is in the editor; the user goes on typing.
    await c.page.evaluate(() => (window as unknown as { __fixture: { loadQuote(): void } }).__fixture.loadQuote());
    await typeReply(h, c, 'Takk! ');
    await expect.poll(() => panel.getByTestId('inquiry-label').textContent(), { timeout: 20_000 }).toMatch(/16\. november 2026/);
    await expect.poll(async () => (await records(h)).find((r) => r.label === 'quote:2026-11-16')?.manual['correct-answer'], { timeout: 10_000 }).toBe(done);
    await openChecklist(panel);
    await expect.poll(() => checkbox(panel, 'correct-answer').isChecked(), { timeout: 10_000 }).toBe(done);
    await Promise.all([c.page.close(), panel.close()]);
  });
});
