// Notes (findings of severity "info": «man», a short plain passive, a date promise) are drawn in
// their category's pattern but thin and pale, so the full underlines are the ones that ask for a
// change. Read where the user sees them: the ::highlight() style of the highlight a note's range
// is registered under (contenteditable), and the computed style of its overlay segment (textarea).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness.ts';
import { inContentWorld, type ContentInspection } from './content-world.ts';
import { segments } from './inline.ts';

/** «Vedrørende» is a clarity problem, «man» a clarity note. */
const REPLY = 'Hei Kari!\n\nVedrørende søknaden din: man kan søke på nytt i januar.\n\nHilsen Ola i Bergen kommune';
const PROBLEM = 'klarsprak.vedrorende';
const NOTE = 'klarsprak.man';

interface DrawnStyle {
  text: string;
  thickness: string;
  color: string;
}

describe('notes are drawn quieter than problems', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function typeAndWait(fixture: string, selector: string) {
    const page = await h.openFixture(fixture);
    await page.locator(selector).click();
    await page.keyboard.type(REPLY);
    const tabId = await h.tabIdOf(page);
    const state = await h.waitForTabState(tabId, (s) => [PROBLEM, NOTE].every((id) => s.result.findings.some((f) => f.ruleId === id)));
    expect(state.result.findings.find((f) => f.ruleId === NOTE)!.severity).toBe('info');
    expect(state.result.findings.find((f) => f.ruleId === PROBLEM)!.severity).not.toBe('info');
    return page;
  }

  it('in a contenteditable: a note under its own highlight, thinner and paler than a problem of its category', async () => {
    const page = await typeAndWait('editors/contenteditable.html', '#svar');
    const drawn = async () =>
      (await inContentWorld(page, () => {
        const inspect = (globalThis as { svarhjelpInspect?: ContentInspection }).svarhjelpInspect!;
        const rules = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules]);
        const out: DrawnStyle[] = [];
        for (const name of inspect.highlightNames.clarity ?? []) {
          const rule = rules.find((r) => r.cssText.startsWith(`::highlight(${name})`)) as CSSStyleRule | undefined;
          for (const range of CSS.highlights.get(name) ?? [])
            out.push({ text: range.toString(), thickness: rule?.style.textDecorationThickness ?? '', color: rule?.style.textDecorationColor ?? '' });
        }
        return out;
      })) ?? [];
    await expect.poll(async () => (await drawn()).map((d) => d.text).sort()).toEqual(['Vedrørende', 'man']);
    const styles = await drawn();
    const problem = styles.find((d) => d.text === 'Vedrørende')!;
    const note = styles.find((d) => d.text === 'man')!;
    expect(problem.thickness).toBe('1.5px');
    expect(note.thickness).toBe('1px');
    // The note keeps the category's hue at part of its strength.
    expect(problem.color.toLowerCase()).toMatch(/^(#0072b2|rgb\(0, 114, 178\))$/);
    expect(note.color).toMatch(/^rgba\(0, 114, 178, 0\.\d+\)$/);
  });

  it('in a textarea: the note’s overlay segment is drawn at part of the strength of the problem’s', async () => {
    const page = await typeAndWait('case-form.html', '#svar');
    const opacities = async () =>
      (await inContentWorld(page, () => {
        const inspect = (globalThis as { svarhjelpInspect?: ContentInspection }).svarhjelpInspect!;
        const root = inspect.overlayRoots()[0];
        return Array.from(root?.querySelectorAll('[data-svarhjelp-underline]') ?? []).map((el) => ({
          findingId: inspect.segment(el)?.findingId ?? '',
          opacity: Number(getComputedStyle(el, '::after').opacity),
        }));
      })) ?? [];
    await expect.poll(async () => (await segments(page)).filter((s) => s.findingId.startsWith(NOTE) || s.findingId.startsWith(PROBLEM)).length).toBe(2);
    const drawn = await opacities();
    const problem = drawn.find((d) => d.findingId.startsWith(PROBLEM))!;
    const note = drawn.find((d) => d.findingId.startsWith(NOTE))!;
    expect(problem.opacity).toBe(1);
    expect(note.opacity).toBeGreaterThan(0);
    expect(note.opacity).toBeLessThan(0.6);
  });
});
