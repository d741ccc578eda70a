// Standard answers (svarmaler) from the side panel: the staff member's name and unit set once in
// the options page, a template chosen in the «Svarmaler» tab with its placeholders filled from
// what Svarhjelp knows (the one it cannot fill marked), «Sett inn» at the caret of the field being
// written in — a textarea, a plain contenteditable and two editors with their own model — and one
// Ctrl+Z takes the whole template out again; Alt+M in the editor does the same from the keyboard. The inserted text is checked like typed text: the
// case number the fixture pages do not show is left as a marker, and that marker is a finding.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness.ts';
import { normalise } from './underlines.ts';
import { fixtureValue, openEditorFixture } from './editors/family.ts';

interface Surface {
  name: string;
  fixture: string;
  /** Where to click to write the reply. */
  line: string;
  /** The editing host, focused for Ctrl+Z. */
  host: string;
  /** The editor joins changes close in time into one undo step: __fixture.pause() ends the typing's step. */
  pausesByTime?: boolean;
}

const SURFACES: Surface[] = [
  { name: 'textarea', fixture: 'plain.html', line: '#svar', host: '#svar' },
  { name: 'plain contenteditable', fixture: 'contenteditable.html', line: '#svar', host: '#svar' },
  { name: 'CKEditor 5', fixture: 'ckeditor5.html', line: '.ck-editor__editable > p', host: '.ck-editor__editable' },
  { name: 'ProseMirror', fixture: 'prosemirror.html', line: '.ProseMirror > p', host: '.ProseMirror', pausesByTime: true },
];

const TYPED = 'Svar fra Servicetorget';
const flat = (s: string) => normalise(s).replace(/\s+/g, ' ');

describe('standard answers (svarmaler)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    // Name and unit are set once, in the options page, as a user would.
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByTestId('staff-name').fill('Ola Hansen');
    await options.getByTestId('staff-unit').fill('Servicetorget');
    await options.getByTestId('staff-save').click();
    await options.getByTestId('staff-status').filter({ hasText: 'Lagret' }).waitFor();
    await options.close();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function openAndType(surface: Surface): Promise<{ page: Page; tabId: number; before: string }> {
    const page = await openEditorFixture(h, surface.fixture);
    await page.locator(surface.line).first().click();
    await page.keyboard.type(TYPED);
    await page.keyboard.press('Enter');
    if (surface.pausesByTime) await fixtureValue(page, 'pause');
    const tabId = await h.tabIdOf(page);
    await h.waitForTabState(tabId, () => true);
    return { page, tabId, before: await fixtureValue(page, 'text') };
  }

  async function chooseReceipt(tabId: number): Promise<{ panel: Page; preview: string }> {
    const panel = await h.openSidePanel(tabId);
    await panel.getByTestId('tab-templates').click();
    await panel.getByTestId('template-search').fill('kvittering');
    await panel.locator('[data-template-id="kvittering"]').first().click();
    const preview = panel.getByTestId('template-preview');
    await expect.poll(() => preview.textContent()).toContain('Ola Hansen');
    return { panel, preview: (await preview.textContent()) ?? '' };
  }

  for (const surface of SURFACES) {
    it(`${surface.name}: «Sett inn» puts the filled template at the caret in one undo step, and the unfilled case number is a finding`, async () => {
      const { page, tabId, before } = await openAndType(surface);
      const { panel, preview } = await chooseReceipt(tabId);
      // Filled from the options page and the working-day calendar; the case number is marked as not filled.
      expect(preview).toMatch(/Med vennlig hilsen\s*Ola Hansen\s*Servicetorget/);
      expect(preview).toMatch(/Vi svarer deg innen (mandag|tirsdag|onsdag|torsdag|fredag) \d{1,2}\. \p{L}+\./u);
      expect(preview).toContain('[fyll inn: saksnummer]');
      expect(await panel.locator('mark[data-placeholder="caseNumber"]').getAttribute('data-filled')).toBe('false');
      expect(await panel.locator('mark[data-placeholder="staffName"]').getAttribute('data-filled')).toBe('true');

      await panel.getByTestId('template-insert').click();
      await expect
        .poll(() => panel.getByTestId('template-status').getAttribute('data-status'), { message: 'the panel says the template went in' })
        .toBe('inserted');
      await page.bringToFront();
      await expect
        .poll(async () => flat(await fixtureValue(page, 'text')), { message: `${surface.name}'s own text holds the typed line, then the template` })
        .toContain(`${TYPED} ${flat(preview)}`);

      // Checked like typed text: each marker left for what Svarhjelp could not fill is a finding.
      const unfilled = await panel.locator('mark[data-filled="false"]').count();
      expect(unfilled).toBeGreaterThanOrEqual(1);
      const state = await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === 'mal.plassholder'));
      expect(state.result.findings.filter((f) => f.ruleId === 'mal.plassholder').map((f) => f.message)).toHaveLength(unfilled);

      await panel.close();
      await page.mouse.move(1, 1);
      await page.locator(surface.host).focus();
      await page.keyboard.press('Control+Z');
      await expect.poll(async () => flat(await fixtureValue(page, 'text')), { message: 'one Ctrl+Z takes the whole template out' }).toBe(flat(before));
    });
  }

  it('keyboard: Alt+M in the editor opens the template search inline, Enter inserts the chosen answer filled in, Ctrl+Z takes it out', async () => {
    const surface = SURFACES.find((x) => x.name === 'CKEditor 5')!;
    const { page, before } = await openAndType(surface);
    await page.keyboard.press('Alt+KeyM');
    await page.locator('svarhjelp-templates').waitFor({ state: 'attached' });
    await page.keyboard.type('ros');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => flat(await fixtureValue(page, 'text')), { message: 'the answer to praise, filled in, follows the typed line' })
      .toContain(`${TYPED} Hei Kari Nordmann! Tusen takk for de hyggelige ordene!`);
    expect(flat(await fixtureValue(page, 'text'))).toContain('Med vennlig hilsen Ola Hansen Servicetorget Bergen kommune');
    expect(await page.locator('svarhjelp-templates').count(), 'the search box is gone').toBe(0);
    await page.locator(surface.host).focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(async () => flat(await fixtureValue(page, 'text')), { message: 'one Ctrl+Z takes the answer out' }).toBe(flat(before));
  });

  it('suggests the complaint templates for a complaint, and finds templates by kind', async () => {
    const page = await openEditorFixture(h, 'ckeditor5.html');
    await page.locator('.ck-editor__editable > p').first().click();
    await page.keyboard.type(TYPED);
    const tabId = await h.tabIdOf(page);
    await h.waitForTabState(tabId, (s) => s.inquiry !== undefined);
    const panel = await h.openSidePanel(tabId);
    await panel.getByTestId('inquiry-kind').selectOption('complaint');
    await panel.getByTestId('tab-templates').click();
    const suggested = panel.getByTestId('template-suggested').getByTestId('template-item');
    await expect
      .poll(() => suggested.evaluateAll((els) => els.map((e) => e.getAttribute('data-template-id'))))
      .toEqual(expect.arrayContaining(['klage-mottatt', 'klage-videre-behandling', 'beklagelse-feil']));
    expect(await suggested.evaluateAll((els) => els.map((e) => e.getAttribute('data-template-id')))).not.toContain('svar-ros');
    await panel.getByTestId('template-kind').selectOption('innsyn');
    const found = panel.getByTestId('template-results').getByTestId('template-item');
    await expect
      .poll(() => found.evaluateAll((els) => els.map((e) => e.getAttribute('data-template-id'))))
      .toEqual(['innsyn-innvilget', 'innsyn-avslag', 'innsyn-delvis']);
    await panel.close();
  });
});
