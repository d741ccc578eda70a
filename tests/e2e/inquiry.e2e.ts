// End to end on the demo webmail: the panel is about one inquiry (identified from the
// page, text-free), its checklist ticks itself and keeps manual ticks across a page reload and a
// stopped service worker, a promised date becomes a reminder whose notification leads back to
// the inquiry's tab, the right-recipient check reads the To field, and the panel is axe-clean.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness.ts';
import { highlighted, popoverState } from './inline.ts';

// Functions passed to inWorker() run in the extension's service worker.
declare const chrome: any;

const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));
const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** A date a week from now (Oslo), as the reply writes it ("30. november") and as YYYY-MM-DD. */
function promisedDate(): { words: string; iso: string } {
  const d = new Date(Date.now() + 7 * 86_400_000);
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  const [, m, day] = iso.split('-').map(Number) as [number, number, number];
  return { words: `${day}. ${MONTHS[m - 1]}`, iso };
}

const localDump = (h: Harness) => h.inWorker(() => chrome.storage.local.get(null)) as Promise<Record<string, any>>;

async function waitFor<T>(what: string, read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (accept(last)) return last;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${what} never happened; last: ${JSON.stringify(last)?.slice(0, 1500)}`);
}

async function inquiryRecord(h: Harness): Promise<any> {
  const all = await localDump(h);
  return Object.entries(all).find(([k]) => k.startsWith('inquiry:'))?.[1];
}

async function openChecklist(panel: Page) {
  const toggle = panel.getByTestId('checklist').locator('button[aria-expanded]').first();
  await toggle.waitFor({ state: 'visible', timeout: 20_000 });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

describe('side panel per inquiry (webmail)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('ticks the checklist, keeps it across reload and worker restart, and reminds on a promised date', async () => {
    const promise = promisedDate();
    const reply = `Hei Kari!\n\nTakk for henvendelsen. Les mer på https://www.bergen.kommune.no/byggesak. Vi sender deg svar innen ${promise.words}.`;
    const page = await h.openFixture('webmail.html');
    await h.typeInto(page, '#reply', reply);
    const tabId = await h.tabIdOf(page);

    // The check names the inquiry: the case number in the page title, hashed; label without text.
    const state = await h.waitForTabState(tabId, (s) => !!s.inquiry && s.result.dates.some((d) => d.promise));
    expect(state.inquiry!.label).toBe('case:2026/12345');
    expect(state.inquiry!.key).toMatch(/^inq-[0-9a-f]{16}$/);
    // The quote header gave the received date: the deadline card has the answer policy.
    expect(state.result.deadline?.receivedDate).toBe('2026-11-16');

    const record = await waitFor(
      'the inquiry record',
      () => inquiryRecord(h),
      (r) => r?.auto?.['self-service-link'] === true,
    );
    expect(record.auto).toMatchObject({ greeting: true, 'date-given': true, 'self-service-link': true, 'no-personal-data': true });
    expect(record.promises).toEqual([promise.iso]);
    expect(record.detected).toMatchObject({ receivedAt: '2026-11-16T09:12:00', kind: 'question' });
    // A daily alarm prunes records older than the retention period.
    expect((await h.inWorker(() => chrome.alarms.get('svarhjelp-inquiry-prune')))?.periodInMinutes).toBe(1440);
    // Nothing of the reply or the inquiry is persisted.
    const stored = JSON.stringify(await localDump(h));
    for (const fragment of ['Hei Kari', 'Takk for henvendelsen', 'garasje', 'Fjellveien', 'Nordmann', 'kari.nordmann@']) expect(stored).not.toContain(fragment);

    // The panel shows the inquiry; a manual tick is saved for it.
    let panel = await h.openSidePanel(tabId);
    await expect.poll(() => panel.getByTestId('inquiry-label').textContent(), { timeout: 20_000 }).toBe('Sak 2026/12345');
    await openChecklist(panel);
    await expect.poll(() => panel.getByTestId('checklist-item-self-service-link').getAttribute('data-done')).toBe('true');
    await panel.getByTestId('checklist-item-next-steps').getByRole('checkbox').check();
    await waitFor(
      'the manual tick',
      () => inquiryRecord(h),
      (r) => r?.manual?.['next-steps'] === true,
    );

    // Reload the page: a new check of the same inquiry keeps the manual tick.
    await page.reload();
    await h.typeInto(page, '#reply', 'Hei Kari! Takk for e-posten.');
    await waitFor(
      'a check after reload',
      () => inquiryRecord(h),
      (r) => r?.auto?.['self-service-link'] === false && r?.manual?.['next-steps'] === true,
    );
    await panel.close();
    panel = await h.openSidePanel(tabId);
    await openChecklist(panel);
    await expect.poll(() => panel.getByTestId('checklist-item-next-steps').getByRole('checkbox').isChecked(), { timeout: 20_000 }).toBe(true);

    // Stop the service worker: the record lives in storage.local, and a fresh worker goes on.
    await h.stopServiceWorker();
    await page.bringToFront();
    await page.locator('#reply').click();
    await page.keyboard.press('End');
    await page.keyboard.type(` Les mer på https://www.bergen.kommune.no. Vi svarer innen ${promise.words}.`);
    const afterRestart = await waitFor(
      'a check in a new worker',
      () => inquiryRecord(h),
      (r) => r?.auto?.['self-service-link'] === true,
    );
    expect(afterRestart.manual).toEqual({ 'next-steps': true });
    await h.waitForTabState(tabId, (s) => s.result.dates.some((d) => d.promise));

    // "Påminn meg" on the promised date: an alarm at 09:00 Oslo time that day.
    await panel.bringToFront();
    await panel.getByTestId('remind-me').first().click();
    const reminders = await waitFor(
      'the reminder',
      () => localDump(h).then((all) => all.reminders ?? {}),
      (r) => Object.keys(r).length === 1,
    );
    const reminder = Object.values(reminders)[0] as { id: string; when: number; date: string; inquiryKey: string };
    expect(reminder.date).toBe(promise.iso);
    expect(reminder.inquiryKey).toBe(state.inquiry!.key);
    const alarm = await h.inWorker((name: string) => chrome.alarms.get(name), `svarhjelp-reminder:${reminder.id}`);
    expect(alarm?.scheduledTime).toBe(reminder.when);
    expect(new Date(reminder.when).toISOString().slice(11, 16)).toMatch(/^0[78]:00$/);
    await expect.poll(() => panel.getByTestId('reminders').textContent(), { timeout: 10_000 }).toContain('Sak 2026/12345');

    // Fire it now (unpacked extensions may schedule alarms seconds ahead): the notification appears.
    await h.inWorker((name: string) => chrome.alarms.create(name, { when: Date.now() + 300 }), `svarhjelp-reminder:${reminder.id}`);
    const notificationId = `svarhjelp-reminder:${reminder.id}`;
    await waitFor(
      'the notification',
      () => h.inWorker(() => chrome.notifications.getAll()) as Promise<Record<string, boolean>>,
      (all) => notificationId in all,
    );

    // Clicking it brings the inquiry's tab to the front.
    const blank = await h.context.newPage();
    await blank.goto('about:blank');
    const focused = await h.inWorker((id: string) => (globalThis as any).svarhjelpReminders.onNotificationClicked(id), notificationId);
    expect(focused).toBe(tabId);
    const active = await h.inWorker(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
    expect(active[0]?.id).toBe(tabId);
    await blank.close();

    // With the tab gone, the click reopens the inquiry's address.
    const fixtureUrl = page.url();
    await page.close();
    const opened = h.context.waitForEvent('page');
    const reopened = await h.inWorker((id: string) => (globalThis as any).svarhjelpReminders.onNotificationClicked(id), notificationId);
    expect(typeof reopened).toBe('number');
    const newPage = await opened;
    await newPage.waitForLoadState();
    expect(newPage.url()).toBe(fixtureUrl);

    // Cancel from the panel's list.
    await panel.bringToFront();
    await panel.getByTestId('reminders').getByRole('button').first().click();
    await waitFor(
      'the cancelled reminder',
      () => localDump(h).then((all) => all.reminders ?? {}),
      (r) => Object.keys(r).length === 0,
    );
    expect(await h.inWorker((name: string) => chrome.alarms.get(name), `svarhjelp-reminder:${reminder.id}`)).toBeFalsy();
    await panel.close();
  });

  it('warns about the recipient and the greeting, and the panel with findings, checklist and deadlines is axe-clean', async () => {
    const page = await h.openFixture('webmail.html');
    // Another address in To (set without events: typing there would make it the checked field).
    await page.evaluate(() => {
      (document.getElementById('til') as HTMLInputElement).value = 'per.hansen@example.no';
    });
    await h.typeInto(page, '#reply', 'Hei Per! Vedrørende byggesøknaden: vi har registrert den på fødselsnummer 13097248022. Vi svarer innen fredag.');
    const tabId = await h.tabIdOf(page);
    // Wait for the check of the whole typed reply: the address warning already comes from its
    // first words, the fødselsnummer only from its last sentence.
    const state = await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === 'personvern.fodselsnummer'));
    const ids = state.result.findings.map((f) => f.ruleId);
    expect(ids).toContain('personvern.mottaker-adresse');
    expect(ids).toContain('personvern.mottaker-navn');

    const panel = await h.openSidePanel(tabId);
    await panel.getByTestId('finding-personvern.mottaker-adresse').first().waitFor({ state: 'visible', timeout: 20_000 });
    await openChecklist(panel);
    await panel.getByTestId('deadline').waitFor({ state: 'visible' });
    await panel.getByTestId('inquiry').waitFor({ state: 'visible' });

    // Keyboard: the value toggles are buttons reachable with Tab and operable with Enter.
    const toggle = panel.getByTestId('value-kompetent').locator('button[aria-expanded]');
    await toggle.focus();
    const before = await toggle.getAttribute('aria-expanded');
    await panel.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).not.toBe(before);
    await panel.keyboard.press('Enter');

    const axeSource = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    for (const colorScheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme });
      // evaluate() runs outside the page's CSP, so the extension page need not allow the script.
      await panel.evaluate(`${axeSource};0`);
      const violations = await panel.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run(ctx: Document, options: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> };
          }
        ).axe;
        const res = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
        return res.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
      });
      expect(violations, colorScheme).toEqual([]);
    }
  });

  it("the deadline card follows the language chosen in the panel, not the reply's", async () => {
    const page = await h.openFixture('webmail.html');
    // One line: Enter in this contenteditable would split the element and copy its id.
    await h.typeInto(page, '#reply', 'Hei Kari! Takk for henvendelsen. Vi ser på saken og svarer deg så snart vi kan.');
    const tabId = await h.tabIdOf(page);
    // Without a choice the card speaks the reply's language (bokmål here).
    await h.waitForTabState(tabId, (s) => s.result.deadline?.policies[0]?.label === 'Svar på henvendelse');
    const panel = await h.openSidePanel(tabId);
    await panel.getByTestId('ui-language').selectOption('en');
    await expect.poll(() => localDump(h).then((all) => all.settings?.uiLanguage), { timeout: 10_000 }).toBe('en');
    // The next check after the choice: the deadline texts in English.
    await page.bringToFront();
    await h.typeInto(page, '#reply', ' Vedrørende saken: ha en fin dag.');
    await h.waitForTabState(tabId, (s) => s.result.deadline?.policies[0]?.label === 'Answer to an inquiry');
    await panel.bringToFront();
    await expect.poll(() => panel.getByTestId('policy-svar-henvendelse').textContent(), { timeout: 10_000 }).toContain('Answer to an inquiry');
    // The popover speaks the chosen language too, so it never mixes English advice with Norwegian buttons.
    await page.bringToFront();
    await expect.poll(() => highlighted(page, 'clarity'), { timeout: 10_000 }).toContain('Vedrørende');
    await page.locator('#reply').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+KeyJ');
    await expect
      .poll(async () => (await popoverState(page))?.buttons.map((b) => b.text), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['Ignore', 'More in the side panel']));
    expect((await popoverState(page))!.label).toMatch(/^Advice from Svarhjelp/);
    await page.keyboard.press('Escape');
    await h.inWorker(() => chrome.storage.local.remove('settings'));
    await panel.close();
    await page.close();
  });
});
