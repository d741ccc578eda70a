// A vague promise becomes the inquiry's date in one click, in the demo webmail (a contenteditable
// reply over a quoted inquiry received 16 November 2026): the popover offers «innen <dag> <dato>»,
// applying it writes the date into the reply, and the panel then lists it as a promised date with
// «Påminn meg», exactly like a date the caseworker typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness.ts';
import { clickPopoverButton, popoverState } from './inline.ts';
import { compileRuleSet } from '../../rules/engine/compile.ts';
import { todayOf } from '../../rules/engine/check.ts';
import { formatWeekdayDate } from '../../rules/calendar/names.ts';
import { BUNDLED_RULE_SET } from '../../rules/standard/index.ts';

const REPLY = 'Hei Kari! Takk for henvendelsen. Vi svarer deg snarest.';
const calendar = compileRuleSet(BUNDLED_RULE_SET).calendar;

describe('one-click concrete date for a vague promise', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('offers the answer date in the popover, applies it, and the panel offers a reminder for it', async () => {
    const page = await h.openFixture('webmail.html');
    await h.typeInto(page, '#reply', REPLY);
    const tabId = await h.tabIdOf(page);
    const state = await h.waitForTabState(
      tabId,
      // The checked field is the whole message body (signature included), so wait for the finding itself.
      (s) => s.result.findings.some((f) => f.ruleId === 'frist.vag-tid'),
    );
    // The quote gave the received date; the offered date is that inquiry's answer deadline while it
    // is ahead, else five working days from the day of the check (the browser runs on today's clock).
    expect(state.result.deadline?.receivedDate).toBe('2026-11-16');
    const today = todayOf({ now: state.updatedAt });
    const answerBy = state.result.deadline!.policies.find((p) => p.policyId === 'svar-henvendelse')!.dueDate;
    const expectedDate = answerBy >= today ? answerBy : calendar.addWorkingDays(today, 5);
    const offered = `innen ${formatWeekdayDate(expectedDate, 'nb')}`;
    const finding = state.result.findings.find((f) => f.ruleId === 'frist.vag-tid')!;
    expect(finding.suggestions).toEqual([offered]);
    expect(finding.message).toContain(`«${offered}»`);

    // Alt+J walks the findings; stop at the vague promise.
    await page.locator('#reply').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+KeyJ');
    await expect.poll(async () => (await popoverState(page))?.focused).toBeTruthy();
    for (let i = 0; i < 8 && !(await popoverState(page))?.message.includes('snarest'); i++) await page.keyboard.press('Alt+KeyJ');
    const popover = (await popoverState(page))!;
    expect(popover.message).toContain('«snarest» er et vagt løfte');
    expect(popover.buttons).toContainEqual({ action: 'apply', text: offered });

    await clickPopoverButton(page, 'apply', offered);
    const fixed = REPLY.replace('snarest', offered);
    await expect.poll(() => page.locator('#reply').innerText()).toBe(fixed);

    // The applied text is checked again: a promise on that date, and no vague promise left.
    const after = await h.waitForTabState(tabId, (s) => s.result.dates.some((d) => d.promise && d.date === expectedDate));
    expect(after.result.findings.filter((f) => f.ruleId === 'frist.vag-tid')).toEqual([]);

    const panel = await h.openSidePanel(tabId);
    const row = panel.getByTestId(`date-${expectedDate}`);
    await expect.poll(() => row.getByTestId('remind-me').textContent(), { timeout: 20_000 }).toContain('Påminn meg');
    await panel.close();
    await page.close();
  });
});
