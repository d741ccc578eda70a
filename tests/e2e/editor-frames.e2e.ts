// Editors in an about:blank iframe (TinyMCE-style) and in an open shadow root: the content
// script must find both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness.ts';
import { highlighted } from './inline.ts';

describe('editors in frames and shadow roots', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each([
    ['written with document.write into about:blank', '#rte'],
    ['given as srcdoc', '#rte-srcdoc'],
  ])('checks a contenteditable body in an iframe %s', async (_how, iframe) => {
    const page = await h.openFixture('editor-frames.html');
    await page.frameLocator(iframe).locator('body').click();
    await page.keyboard.type('Vedrørende søknaden din har vi ingen nye opplysninger.');
    const tabId = await h.tabIdOf(page);
    const state = await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === 'klarsprak.vedrorende'));
    expect(state.fieldKey).toBe('ce#tinymce');
    expect(state.frameId).not.toBe(0);
    // The underline is registered in the editor's own document.
    const frame = await (await page.locator(iframe).elementHandle())!.contentFrame();
    await expect.poll(() => highlighted(frame!, 'clarity')).toContain('Vedrørende');
  });

  it('checks a contenteditable inside an open shadow root', async () => {
    const page = await h.openFixture('editor-frames.html');
    await page.locator('svar-editor #innhold').click();
    await page.keyboard.type('Vedrørende saken.');
    const tabId = await h.tabIdOf(page);
    const state = await h.waitForTabState(tabId, (s) => s.result.findings.some((f) => f.ruleId === 'klarsprak.vedrorende'));
    expect(state.fieldKey).toBe('shadow/ce#innhold');
  });
});
