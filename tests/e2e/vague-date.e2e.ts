// A vague promise becomes the inquiry's date in one click, in the demo webmail (a contenteditable
// reply over a quoted inquiry received 16 November 2026): the popover offers «innen <dag> <dato>»,
// applying it writes the date into the reply, and the panel then lists it as a promised date with
// «Påminn meg», exactly like a date the caseworker typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness.ts';
import { clickPopoverButton, popoverState } from './inline.ts';
import { applyWithPopover, fixtureValue, openEditorFixture } from './editors/family.ts';
import { normalise, waitForUnderlineOver } from './underlines.ts';
import type { TabState } from '../../entrypoints/shared/protocol.ts';
import { compileRuleSet } from '../../rules/engine/compile.ts';
import { todayOf } from '../../rules/engine/check.ts';
import { formatWeekdayDate } from '../../rules/calendar/names.ts';
import { BUNDLED_RULE_SET } from '../../rules/standard/index.ts';

const REPLY = 'Hei Kari! Takk for henvendelsen. Vi svarer deg snarest.';
const calendar = compileRuleSet(BUNDLED_RULE_SET).calendar;

/**
 * The date the fix should name for a checked state: the inquiry's answer deadline while it is
 * ahead, else five working days from the day of the check (the browser runs on today's clock).
 */
function expectedDateOf(state: TabState): string {
  const today = todayOf({ now: state.updatedAt });
  const ahead = (state.result.deadline?.policies ?? [])
    .filter((p) => p.purpose !== 'interim-reply' && p.dueDate >= today)
    .map((p) => p.dueDate)
    .sort();
  return ahead[0] ?? calendar.addWorkingDays(today, 5);
}

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
    // The quote gave the received date, so the inquiry's own deadline is known.
    expect(state.result.deadline?.receivedDate).toBe('2026-11-16');
    const expectedDate = expectedDateOf(state);
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
  it.each([
    ['nynorsk', 'Hei Kari! Takk for meldinga. Vi svarar deg så snart som mogleg.', 'så snart som mogleg', 'nn', 'innan'],
    ['English', 'Hello Kari, thank you for your message. We will reply in due course.', 'in due course', 'en', 'by'],
  ] as const)('in a textarea, a %s reply gets the date in its own language', async (_name, reply, vague, language, word) => {
    const page = await h.openFixture('tracking.html');
    await h.typeInto(page, '#plain', reply);
    const tabId = await h.tabIdOf(page);
    const state = await h.waitForTabState(
      tabId,
      (s) => s.result.metrics.characters === reply.length && s.result.findings.some((f) => f.ruleId === 'frist.vag-tid'),
    );
    const expectedDate = expectedDateOf(state);
    const offered = `${word} ${formatWeekdayDate(expectedDate, language)}`;
    expect(state.result.findings.find((f) => f.ruleId === 'frist.vag-tid')!.suggestions).toEqual([offered]);
    await page.mouse.move(1, 1);
    await page.locator('#plain').focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+KeyJ');
    await expect.poll(async () => (await popoverState(page))?.focused).toBeTruthy();
    for (let i = 0; i < 8 && !(await popoverState(page))?.buttons.some((b) => b.text === offered); i++) await page.keyboard.press('Alt+KeyJ');
    await clickPopoverButton(page, 'apply', offered);
    await expect.poll(() => page.locator('#plain').inputValue()).toBe(reply.replace(vague, offered));
    await h.waitForTabState(tabId, (s) => s.result.dates.some((d) => d.promise && d.date === expectedDate));
    await page.close();
  });

  it('in ProseMirror the date goes into the editor’s own model', async () => {
    const reply = 'Hei Kari! Takk for meldingen. Vi svarer deg snarest.';
    const page = await openEditorFixture(h, 'prosemirror.html');
    const editor = page.locator('#svar');
    await editor.locator(':scope > p').first().click();
    await page.keyboard.type(reply);
    const tabId = await h.tabIdOf(page);
    const state = await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === 'frist.vag-tid'));
    const expectedDate = expectedDateOf(state);
    const offered = `innen ${formatWeekdayDate(expectedDate, 'nb')}`;
    // Alt+J walks the findings the page shows: wait until the content script has drawn this one
    // (the background's state comes first).
    await waitForUnderlineOver(page, editor, 'snarest', 'deadline', 15_000);
    await applyWithPopover(page, editor, offered);
    await expect
      .poll(async () => normalise(await fixtureValue(page, 'text')))
      .toMatch(new RegExp(`^${reply.replace('snarest', offered).replace(/[.!]/g, '\\$&')}\\n`));
    await h.waitForTabState(tabId, (s) => s.result.dates.some((d) => d.promise && d.date === expectedDate));
    await page.close();
  });
});
