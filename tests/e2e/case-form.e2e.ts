// Case-system form: a plain <textarea>. Findings must reach the side panel (underlines in
// textareas come with inline coaching).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness.ts';
import { expectPanelFinding, REPLY_WITH_FINDINGS } from './expectations.ts';

describe('case form (textarea)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows kansellistil under «kompetent» and the fødselsnummer under «pålitelig»', async () => {
    const page = await h.openFixture('case-form.html');
    await h.typeInto(page, '#svar', REPLY_WITH_FINDINGS);
    const tabId = await h.tabIdOf(page);

    // The check of the whole reply: the fødselsnummer is its last word.
    const state = await h.waitForTabState(tabId, (s) => s.result.metrics.characters === REPLY_WITH_FINDINGS.length);
    expect(state.fieldKey).toBe('textarea#svar');
    expect(state.frameId).toBe(0);
    expect(state.url).toBe(new URL('case-form.html', h.server.url).href);
    const bySubgoal = Object.fromEntries(state.result.findings.map((f) => [f.ruleId, f.subgoal]));
    expect(bySubgoal).toMatchObject({
      'klarsprak.vedrorende': 'kompetent.klart-sprak',
      'personvern.fodselsnummer': 'palitelig.personvern',
    });
    // The stored state holds findings, never the reply itself.
    expect(JSON.stringify(await h.storageDump())).not.toContain('13097248022');

    const panel = await h.openSidePanel(tabId);
    await expectPanelFinding(panel, 'kompetent', 'kompetent.klart-sprak', 'klarsprak.vedrorende');
    await expectPanelFinding(panel, 'palitelig', 'palitelig.personvern', 'personvern.fodselsnummer');
  });

  it('replaces «Vedrørende» in the textarea when the suggestion is chosen in the panel', async () => {
    const page = await h.openFixture('case-form.html');
    await h.typeInto(page, '#svar', 'Vedrørende søknaden din: vi svarer snart.');
    const tabId = await h.tabIdOf(page);
    await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === 'klarsprak.vedrorende'));

    const panel = await h.openSidePanel(tabId);
    await panel.getByTestId('finding-klarsprak.vedrorende').getByRole('button', { name: /Om/ }).first().click();
    await expect.poll(() => page.locator('#svar').inputValue()).toBe('Om søknaden din: vi svarer snart.');
    // The edit went through the editor's input path, so the check runs again and the finding goes.
    await h.waitForTabState(tabId, (s) => !s.result.findings.some((f) => f.ruleId === 'klarsprak.vedrorende'));
  });

  it('forgets a tab when it is closed', async () => {
    const page = await h.openFixture('case-form.html');
    await h.typeInto(page, '#svar', 'Vedrørende saken din.');
    const tabId = await h.tabIdOf(page);
    await h.waitForTabState(tabId, (s) => s.result.findings.length > 0);
    await page.close();
    await expect.poll(async () => Object.keys(await h.storageDump())).not.toContain(`tab:${tabId}`);
  });
});
