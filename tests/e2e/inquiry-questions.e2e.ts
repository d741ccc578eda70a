// The citizen's questions on the checklist, in a webmail Svarhjelp has no adapter for
// (tests/e2e/fixtures/webmail-compose.html: a TinyMCE iframe with the inquiry quoted under
// «Den … skrev …:»). The inquiry asks three questions; the reply answers two, then the third.
// A question ticked by hand stays as the user left it when the reply is opened again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser } from 'wxt/browser';
import { launch, type Harness } from './harness.ts';
import { expectPanelFinding } from './expectations.ts';

declare const chrome: Pick<typeof Browser, 'storage'>;
declare const tinymce: {
  activeEditor: { getBody(): HTMLElement; selection: { select(node: Node, content?: boolean): void; collapse(toStart?: boolean): void }; focus(): void };
};

const ANSWER_TWO = 'Hei Kari! Tillatelsen koster 450 kroner i året. Du får svar på søknaden innen tre uker.';
const ANSWER_THIRD = ' Ja, du kan parkere i sone B mens du venter.';

async function openCompose(h: Harness): Promise<{ page: Page; tabId: number }> {
  const page = await h.openFixture('webmail-compose.html?header=nb&mode=reply&inquiry=questions');
  await page.waitForFunction(() => (window as unknown as { __fixture?: { ready?: boolean } }).__fixture?.ready === true, null, { timeout: 15_000 });
  await page.frameLocator('iframe').locator('body > p').first().click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type(ANSWER_TWO);
  return { page, tabId: await h.tabIdOf(page) };
}

/** Types at the end of the reply's paragraph, above the quote. */
async function typeAtEndOfReply(page: Page, text: string): Promise<void> {
  await page.evaluate(() => {
    const editor = tinymce.activeEditor;
    editor.focus();
    editor.selection.select(editor.getBody().firstElementChild!, true);
    editor.selection.collapse(false);
  });
  await page.keyboard.type(text);
}

async function panelFor(h: Harness, tabId: number): Promise<Page> {
  const panel = await h.openSidePanel(tabId);
  await expect.poll(() => panel.getByTestId('inquiry-label').textContent(), { timeout: 20_000 }).toMatch(/30\. november 2026/);
  const toggle = panel.getByTestId('checklist').locator('button[aria-expanded]').first();
  await toggle.waitFor({ state: 'visible', timeout: 20_000 });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return panel;
}

const question = (panel: Page, n: number) => panel.getByTestId(`checklist-question-${n}`);
const done = (panel: Page, n: number) => question(panel, n).getAttribute('data-done');

async function manualTicks(h: Harness): Promise<Record<string, boolean> | undefined> {
  const all = (await h.inWorker(() => chrome.storage.local.get(null))) as Record<string, { label?: string; manual?: Record<string, boolean> }>;
  return Object.entries(all).find(([k, v]) => k.startsWith('inquiry:') && v.label === 'quote:2026-11-30')?.[1].manual;
}

describe("the inquiry's questions on the checklist", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('three questions, two answered: one open item and its finding; the third answered ticks it; hand ticks survive reopening', async () => {
    const first = await openCompose(h);
    const panel = await panelFor(h, first.tabId);

    // Quoted as the citizen wrote them, in the order asked.
    await expect.poll(() => question(panel, 3).textContent(), { timeout: 20_000 }).toContain('«Kan jeg parkere i sone B mens jeg venter?»');
    await expect.poll(() => question(panel, 1).textContent()).toContain('«Når får jeg svar på søknaden?»');
    await expect.poll(() => question(panel, 2).textContent()).toContain('«Hva koster tillatelsen?»');
    expect(await panel.locator('[data-testid^="checklist-question-"]').count()).toBe(3);
    await expect.poll(() => done(panel, 1)).toBe('true');
    await expect.poll(() => done(panel, 2)).toBe('true');
    await expect.poll(() => done(panel, 3)).toBe('false');
    expect(await panel.locator('[data-testid^="checklist-question-"][data-done="false"]').count()).toBe(1);
    // The open question is a finding under its sub-goal, with the question in its message.
    await expectPanelFinding(panel, 'kompetent', 'kompetent.fagkompetanse', 'sporsmal.ubesvart');
    expect(await panel.getByTestId('finding-sporsmal.ubesvart').textContent()).toContain('Kan jeg parkere i sone B mens jeg venter?');

    // «Vis svaret» selects the answering sentence in the editor.
    await question(panel, 2).getByRole('button', { name: 'Vis svaret' }).click();
    await expect
      .poll(() =>
        first.page
          .frameLocator('iframe')
          .locator('body')
          .evaluate((body) => body.ownerDocument.getSelection()?.toString()),
      )
      .toBe('Tillatelsen koster 450 kroner i året.');

    // The third answer ticks the third question, and its finding goes.
    await typeAtEndOfReply(first.page, ANSWER_THIRD);
    await expect.poll(() => done(panel, 3), { timeout: 20_000 }).toBe('true');
    await expect.poll(() => panel.getByTestId('finding-sporsmal.ubesvart').count(), { timeout: 20_000 }).toBe(0);

    // By hand: the user does not count the first answer as good enough.
    await question(panel, 1).getByRole('checkbox').setChecked(false);
    await expect.poll(() => manualTicks(h), { timeout: 10_000 }).toEqual({ 'question:1': false });
    await expect.poll(() => done(panel, 1)).toBe('false');
    await expect.poll(() => question(panel, 1).getAttribute('data-mode')).toBe('manual');
    // … which makes it an open question for the engine too: a finding under its sub-goal.
    await expectPanelFinding(panel, 'apen', 'apen.transparent', 'frist.svarer-ikke-nar');
    await Promise.all([first.page.close(), panel.close()]);

    // Reopen the reply: the same inquiry, the hand tick kept, the others ticked by the engine.
    const again = await openCompose(h);
    await typeAtEndOfReply(again.page, ANSWER_THIRD);
    const reopened = await panelFor(h, again.tabId);
    await expect.poll(() => done(reopened, 3), { timeout: 20_000 }).toBe('true');
    await expect.poll(() => done(reopened, 2)).toBe('true');
    await expect.poll(() => done(reopened, 1)).toBe('false');
    expect(await question(reopened, 1).getByRole('checkbox').isChecked()).toBe(false);
    expect(await question(reopened, 1).getAttribute('data-mode')).toBe('manual');
    await Promise.all([again.page.close(), reopened.close()]);
  }, 180_000);
});
