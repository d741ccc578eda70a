// Shared expectations of the browser tests.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** A reply with a kansellistil word (kompetent) and a valid fødselsnummer (pålitelig). */
export const REPLY_WITH_FINDINGS = 'Hei Kari! Vedrørende byggesøknaden din: vi har registrert den på fødselsnummer 13097248022.';

/** The side panel lists the finding under its value and sub-goal headings. */
export async function expectPanelFinding(panel: Page, valueId: string, subgoalId: string, ruleId: string): Promise<void> {
  const finding = panel.getByTestId(`value-${valueId}`).getByTestId(`subgoal-${subgoalId}`).getByTestId(`finding-${ruleId}`);
  await finding.first().waitFor({ state: 'visible', timeout: 20_000 });
  expect(await finding.count()).toBeGreaterThan(0);
}
