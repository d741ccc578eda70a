// Language at display time: with the popover open in the demo webmail and the side panel showing
// the same reply's findings and deadline, choosing another UI language in the panel re-renders
// every open card in that language at once — the popover (its message, the value and sub-goal
// names from the rule set, its buttons) and the panel's finding and deadline cards — without a
// keystroke and without a new check of the reply.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from './harness.ts';
import { popoverState } from './inline.ts';
import { inContentWorld, type ContentInspection } from './content-world.ts';
import type { UiLanguage } from '../../rules/ids.ts';
import type { Finding } from '../../rules/types.ts';
import { BUNDLED_RULE_SET } from '../../rules/standard/index.ts';
import type { Browser } from 'wxt/browser';

declare const chrome: Pick<typeof Browser, 'storage'>;

const RULE = 'klarsprak.vedrorende';
// One line: Enter in this contenteditable would split the element and copy its id.
const REPLY = 'Hei Kari! Takk for henvendelsen. Vedrørende saken: vi ser på den og svarer deg så snart vi kan.';
const BUTTONS: Record<UiLanguage, string[]> = {
  nb: ['Ignorer', 'Mer i sidepanelet'],
  nn: ['Ignorer', 'Meir i sidepanelet'],
  en: ['Ignore', 'More in the side panel'],
};
const DIALOG: Record<UiLanguage, RegExp> = { nb: /^Råd fra Svarhjelp/, nn: /^Råd frå Svarhjelp/, en: /^Advice from Svarhjelp/ };

/** The value and sub-goal names the open popover shows. */
function popoverNames(page: Page) {
  return inContentWorld(page, () => {
    const root = (globalThis as { svarhjelpInspect?: ContentInspection }).svarhjelpInspect!.popoverRoots()[0];
    return root ? { value: root.querySelector('.value')?.textContent ?? '', subgoal: root.querySelector('.subgoal')?.textContent ?? '' } : null;
  });
}

describe('switching the UI language', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.inWorker(() => chrome.storage.local.remove('settings')).catch(() => undefined);
    await h?.close();
  });

  it('re-renders the open popover and the panel cards at once, without typing', async () => {
    const page = await h.openFixture('webmail.html');
    await h.typeInto(page, '#reply', REPLY);
    const tabId = await h.tabIdOf(page);
    const state = await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === RULE) && !!s.result.deadline?.policies.length);
    const finding = state.result.findings.find((f) => f.ruleId === RULE)!;
    const messages = finding.messages as Record<UiLanguage, string>;
    const policy = state.result.deadline!.policies[0]!;
    const policyLabels = policy.labels as Record<UiLanguage, string>;
    const names = (lang: UiLanguage) => ({
      value: BUNDLED_RULE_SET.labels.values.kompetent[lang]!,
      subgoal: BUNDLED_RULE_SET.labels.subgoals[finding.subgoal as Finding['subgoal']][lang]!,
    });
    // Three different texts, so a card left in the old language cannot pass.
    expect(new Set(Object.values(messages)).size).toBe(3);
    expect(policyLabels.en).not.toBe(policyLabels.nb);

    const panel = await h.openSidePanel(tabId);
    const card = panel.getByTestId(`finding-${RULE}`).first();
    await card.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await card.locator('.finding-message').textContent()).toContain(messages.nb);
    expect(await panel.getByTestId(`policy-${policy.policyId}`).locator('.policy-label').textContent()).toBe(policyLabels.nb);

    // The popover of the same finding, opened from the keyboard.
    await page.bringToFront();
    await page.locator('#reply').click();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 8 && (await popoverState(page))?.message !== messages.nb; i++) await page.keyboard.press('Alt+KeyJ');
    expect((await popoverState(page))?.message).toBe(messages.nb);
    await expect.poll(() => popoverNames(page), { timeout: 10_000 }).toEqual(names('nb'));
    const checkedAt = (await h.tabState(tabId))!.updatedAt;

    for (const lang of ['en', 'nn'] as const) {
      // The panel's own selector, as a user switches; the page keeps its popover open meanwhile.
      await panel.getByTestId('ui-language').selectOption(lang);
      await expect.poll(async () => (await popoverState(page))?.message, { timeout: 10_000 }).toBe(messages[lang]);
      const popover = (await popoverState(page))!;
      expect(popover.label).toMatch(DIALOG[lang]);
      expect(popover.buttons.map((b) => b.text)).toEqual(expect.arrayContaining(BUTTONS[lang]));
      await expect.poll(() => popoverNames(page), { timeout: 10_000 }).toEqual(names(lang));
      await expect.poll(() => card.locator('.finding-message').textContent(), { timeout: 10_000 }).toContain(messages[lang]);
      expect(await panel.getByTestId(`policy-${policy.policyId}`).locator('.policy-label').textContent()).toBe(policyLabels[lang]);
    }
    // Nothing was typed and nothing was checked again: the texts were all there.
    expect((await h.tabState(tabId))!.updatedAt).toBe(checkedAt);
    await panel.close();
    await page.close();
  });
});
