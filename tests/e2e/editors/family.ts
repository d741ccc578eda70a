// The steps every per-editor browser test shares: open a fixture from tests/e2e/fixtures/editors,
// type a reply like a user, wait for the findings, check each underline against its word,
// apply a suggestion and undo it. Each family's file supplies where its editor is and how to
// read its model; the assertions live in ../underlines.ts.

import { expect } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import type { TabState } from '../../../entrypoints/shared/protocol.ts';
import type { Harness } from '../harness.ts';
import {
  expectHelpersRejectWrongBoxes,
  expectNoUnderlineIn,
  expectUnderlineOver,
  openPopoverFor,
  applyFromPopover,
  waitForUnderlines,
  wordBox,
  type Surface,
  type UnderlineBox,
} from '../underlines.ts';

export interface Expected {
  word: string;
  ruleId: string;
  category: string;
  occurrence?: number;
}

/** Opens an editor fixture and waits until its editor library has started. */
export async function openEditorFixture(h: Harness, name: string): Promise<Page> {
  const page = await h.openFixture(`editors/${name}`);
  await page.waitForFunction(
    () => {
      const f = (window as unknown as { __fixture?: { ready?: boolean } }).__fixture;
      return f !== undefined && f.ready !== false;
    },
    null,
    { timeout: 15_000 },
  );
  return page;
}

/** The iframe's Frame object (TinyMCE). */
export async function frameOf(page: Page, selector: string): Promise<Frame> {
  const handle = await page.locator(selector).elementHandle({ timeout: 15_000 });
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`${selector} has no content frame`);
  return frame;
}

/** Waits for a check of the tab that reports exactly the expected rules (and no others). */
export async function waitForFindings(h: Harness, page: Page, expected: readonly Expected[]): Promise<TabState> {
  const tabId = await h.tabIdOf(page);
  const want = expected.map((e) => e.ruleId).sort();
  const state = await h.waitForTabState(tabId, (s) => {
    const got = s.result.findings.map((f) => f.ruleId).sort();
    return want.every((r) => got.includes(r));
  });
  // A rule-set change that adds findings to the test reply should be a visible, deliberate
  // update of the expectations, not a silent change in the underline count.
  expect(state.result.findings.map((f) => f.ruleId).sort(), 'findings of the test reply').toEqual(want);
  return state;
}

/**
 * Waits for one underline per finding and checks each lies over its word with the right
 * category; an unflagged word has none; the helpers reject a misplaced box. `count` is the
 * number of findings when some have no fixed word (a whole-text finding).
 */
export async function expectUnderlinesOnWords(
  surface: Surface,
  field: Locator,
  expected: readonly Expected[],
  unflagged: string,
  count = expected.length,
): Promise<UnderlineBox[]> {
  const boxes = await waitForUnderlines(surface, count);
  for (const e of expected) {
    const box = await wordBox(surface, field, e.word, e.occurrence ?? 0);
    expectUnderlineOver(box, boxes, e.category, `«${e.word}»`);
  }
  expectNoUnderlineIn(await wordBox(surface, field, unflagged), boxes, `unflagged word «${unflagged}»`);
  expectHelpersRejectWrongBoxes(await wordBox(surface, field, expected[0]!.word, expected[0]!.occurrence ?? 0), boxes);
  return boxes;
}

/** From the start of the editor, Alt+J to the finding that suggests `suggestion`; apply it. */
export async function applyWithPopover(page: Page, field: Locator, suggestion: string): Promise<void> {
  // The pointer rests where the test clicked; move it off the text so no hover popover competes.
  await page.mouse.move(1, 1);
  await field.focus();
  await page.keyboard.press('Control+Home');
  const popover = await openPopoverFor(page, suggestion);
  await applyFromPopover(popover, suggestion);
}

/** The side panel's suggestion button for a rule (the second apply path). */
export async function applyFromSidePanel(h: Harness, page: Page, ruleId: string, suggestion: string): Promise<void> {
  const tabId = await h.tabIdOf(page);
  const panel = await h.openSidePanel(tabId);
  await panel
    .getByTestId(`finding-${ruleId}`)
    // Its accessible name quotes the suggestion: «Bytt ut med «Om»».
    .getByRole('button', { name: `«${suggestion}»` })
    .first()
    .click();
  await page.bringToFront();
  await panel.close();
}

/** The quoted inquiry's flaggable words (as in the fixtures' quotes): none may be underlined. */
export const QUOTED_WORDS = ['vedrørende', 'samt', 'snarest'] as const;
/** When the quoted inquiry arrived, as its header says (16 November 2026, 08:12 or 09:12). */
export const QUOTE_RECEIVED = '2026-11-16';

/**
 * The quoted inquiry was read as context: the check's deadline card counts from the quote
 * header's date, and the side panel shows that date as the inquiry's received date.
 */
export async function expectQuoteAsContext(h: Harness, page: Page, state: TabState): Promise<void> {
  expect(state.result.deadline?.receivedDate, 'the deadline counts from the quote header’s date').toBe(QUOTE_RECEIVED);
  const panel = await h.openSidePanel(state.tabId);
  try {
    await expect.poll(() => panel.getByTestId('inquiry-received').inputValue(), { timeout: 20_000, message: 'the panel’s received date' }).toBe(QUOTE_RECEIVED);
    expect(await panel.getByTestId('deadline-received').textContent()).toMatch(/16\.\s*november/);
  } finally {
    await panel.close();
    await page.bringToFront();
  }
}

/** Reads the fixture's model function (window.__fixture[name]()) in the page. */
export async function fixtureValue(page: Page, name: string): Promise<string> {
  return page.evaluate((n) => {
    const f = (window as unknown as { __fixture: Record<string, () => unknown> }).__fixture;
    return String(f[n]!());
  }, name);
}
