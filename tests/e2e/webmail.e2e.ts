// Webmail compose (Outlook on the web–like): a contenteditable body with the reply above a
// quoted inquiry. The quote is context, never checked as the reply.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness.ts';
import { expectPanelFinding, REPLY_WITH_FINDINGS } from './expectations.ts';
import { highlighted } from './inline.ts';

describe('webmail (contenteditable with a quoted inquiry)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('checks the reply only, underlines it, and shows findings under the right values', async () => {
    const page = await h.openFixture('webmail.html');
    await h.typeInto(page, '#reply', REPLY_WITH_FINDINGS);
    const tabId = await h.tabIdOf(page);

    const state = await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === 'personvern.fodselsnummer'));
    expect(state.fieldKey).toBe('ce#body');
    // "Vedrørende" appears in the reply and in the quoted inquiry; only the reply's counts.
    const vedrorende = state.result.findings.filter((f) => f.ruleId === 'klarsprak.vedrorende');
    expect(vedrorende).toHaveLength(1);
    expect(vedrorende[0]!.start).toBe(REPLY_WITH_FINDINGS.indexOf('Vedrørende'));
    const quoteAt = await page.evaluate(() => document.getElementById('body')!.innerText.indexOf('Fra:'));
    for (const f of state.result.findings) expect(f.end).toBeLessThanOrEqual(quoteAt);

    // The underline sits on the reply's words, drawn with the Highlight API (no DOM change).
    const underlined = (await Promise.all(['clarity', 'personal-data', 'tone', 'deadline'].map((c) => highlighted(page, c)))).flat();
    expect(underlined).toEqual(expect.arrayContaining(['Vedrørende', '13097248022']));
    expect(await page.locator('#body mark, #body [data-svarhjelp]').count()).toBe(0);

    const panel = await h.openSidePanel(tabId);
    await expectPanelFinding(panel, 'kompetent', 'kompetent.klart-sprak', 'klarsprak.vedrorende');
    await expectPanelFinding(panel, 'palitelig', 'palitelig.personvern', 'personvern.fodselsnummer');
    await expect.poll(() => panel.getByTestId('finding-klarsprak.vedrorende').count()).toBe(1);
  });

  it('applies a suggestion inside the contenteditable reply, leaving the quote alone', async () => {
    const page = await h.openFixture('webmail.html');
    await h.typeInto(page, '#reply', 'Vedrørende garasjen: vi svarer innen fredag.');
    const tabId = await h.tabIdOf(page);
    await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === 'klarsprak.vedrorende'));

    const panel = await h.openSidePanel(tabId);
    await panel.getByTestId('finding-klarsprak.vedrorende').getByRole('button', { name: /Om/ }).first().click();
    await expect.poll(() => page.locator('#reply').innerText()).toContain('Om garasjen: vi svarer innen fredag.');
    expect(await page.locator('#quoted').innerText()).toContain('Vedrørende byggesøknaden min');
  });
});
