// Editor family: CKEditor 5 (classic), from its npm package (fixtures/editors/ckeditor5.html).
// The suite every family runs is families.e2e.ts; this is what only CKEditor 5 needs proven.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from '../harness.ts';
import { REPLY, REPLY_FINDINGS, applyFromPopover, findPopover, normalise, openPopoverFor, waitForUnderlines } from '../underlines.ts';
import { fixtureValue, openEditorFixture, waitForFindings } from './family.ts';
import type { Browser } from 'wxt/browser';

declare const chrome: Pick<typeof Browser, 'storage'>;

describe('editor family: CKEditor 5 — a fix that can no longer be made', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.inWorker(() => chrome.storage.local.remove('settings')).catch(() => undefined);
    await h?.close();
  });

  it('changes nothing when the words changed in the model meanwhile, and the popover says so', async () => {
    const page = await openEditorFixture(h, 'ckeditor5.html');
    const editor = page.locator('.ck-editor__editable');
    await editor.locator(':scope > p').first().click();
    await page.keyboard.type(REPLY);
    await waitForFindings(h, page, REPLY_FINDINGS);
    await waitForUnderlines(page, REPLY_FINDINGS.length);
    await page.mouse.move(1, 1);
    await editor.focus();
    await page.keyboard.press('Control+Home');
    const popover = await openPopoverFor(page, 'Om');
    // While the popover is open, the word becomes another word in CKEditor's model.
    await page.evaluate(() => (window as unknown as { __fixture: { insertAfter(w: string, t: string): void } }).__fixture.insertAfter('Vedrørende', 's'));
    const changed = normalise(await fixtureValue(page, 'text'));
    expect(changed).toContain('Vedrørendes søknaden');
    await applyFromPopover(popover, 'Om');

    await expect
      .poll(async () => (await (await findPopover(page, 0))?.text('[data-svarhjelp-notice]')) ?? null, {
        message: 'the popover says why nothing changed',
        timeout: 5_000,
      })
      .toMatch(/endret siden rådet ble gitt.*ingenting ble byttet ut/);
    expect(normalise(await fixtureValue(page, 'text')), 'CKEditor’s model is as it was').toBe(changed);
    expect(normalise(await editor.innerText()), 'and the page shows the same text').toMatch(/^Hei Kari!\nVedrørendes søknaden/);

    // The notice follows a language chosen while it is shown, like the rest of the card.
    await h.inWorker(() => chrome.storage.local.set({ settings: { uiLanguage: 'en' } }));
    await expect
      .poll(async () => (await (await findPopover(page, 0))?.text('[data-svarhjelp-notice]')) ?? null, {
        message: 'the notice in English after the switch',
        timeout: 10_000,
      })
      .toMatch(/changed since the advice was given, so nothing was replaced/);
  });
});
