// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../rules/types.ts';
import { VEDRORENDE } from '../finding.fixture.ts';
import { extractValue } from '../extract.ts';
import type { Box } from '../geometry.ts';
import { Highlighter } from './highlighter.ts';
import { InlineCoach } from '../session/inline-coach.ts';
import { MAX_ITEMS, firstReaching, windowAround } from './window.ts';
import { OVERLAY_TAG } from './overlay.ts';
import { Popover, POPOVER_TAG } from '../popover/popover.ts';
import { exposeInspection, type ContentInspection } from '../inspect.ts';
import { HIGHLIGHT_NAMES, highlightName } from '../style.ts';

const finding: Finding = VEDRORENDE;

afterEach(() => {
  document.body.innerHTML = '';
  document.querySelectorAll(`${OVERLAY_TAG}, ${POPOVER_TAG}`).forEach((e) => e.remove());
  document.adoptedStyleSheets = [];
});

/** Line i of a field 20 px per line, seen through a view from `top` to `bottom`. */
const lines = (i: number): Box => ({ left: 0, right: 100, top: i * 20, bottom: i * 20 + 18 });

/** The drawn window when `visible` is the part of the field in view (as measure() picks it). */
const windowInView = (count: number, boxOf: (i: number) => Box | null, visible: Box, max: number) =>
  windowAround(firstReaching(count, boxOf, visible.top), count, max);

describe('windowInView', () => {
  it('draws everything up to the budget', () => {
    expect(windowInView(5, lines, { left: 0, right: 100, top: 1000, bottom: 1100 }, 10)).toEqual([0, 5]);
  });

  it('picks the items in view, with some before them, not the first ones', () => {
    const count = 1000;
    const [from, to] = windowInView(count, lines, { left: 0, right: 100, top: 10_000, bottom: 10_200 }, 300);
    expect(to - from).toBe(300);
    // Items 500..510 are in view; a quarter of the budget goes before them.
    expect(from).toBe(500 - 75);
    expect(to).toBeGreaterThan(510);
  });

  it('at the end of the text draws the last items', () => {
    expect(windowInView(1000, lines, { left: 0, right: 100, top: 19_900, bottom: 20_000 }, 300)).toEqual([700, 1000]);
  });

  it('counts items without a box as above the view', () => {
    const box = (i: number) => (i < 400 ? null : lines(i));
    expect(windowInView(1000, box, { left: 0, right: 100, top: 0, bottom: 100 }, 300)).toEqual([325, 625]);
  });

  it('keeps the budget the content script uses', () => {
    expect(MAX_ITEMS).toBe(300);
  });
});

describe('InlineCoach after the extension context is gone', () => {
  function textarea(): HTMLTextAreaElement {
    document.body.innerHTML = '<textarea id="svar"></textarea>';
    const el = document.getElementById('svar') as HTMLTextAreaElement;
    el.value = 'Vedrørende saken din.';
    return el;
  }

  it('shows nothing and leaves no host of ours in the page', () => {
    let alive = true;
    const coach = new InlineCoach(document, { log: () => {}, openPanel: () => {}, alive: () => alive });
    const el = textarea();
    const show = () => coach.show({ field: { kind: 'value', element: el }, fieldKey: 'textarea#svar', scope: 'q', ex: extractValue(el), findings: [finding] });
    show();
    expect(coach.shownIds).toEqual([finding.id]);
    el.scrollIntoView = () => {};
    expect(coach.reveal(finding.id)).toBe(true); // measures: our overlay host exists now
    expect(document.querySelector(OVERLAY_TAG)).not.toBeNull();

    alive = false;
    show();
    expect(coach.shownIds).toEqual([]);
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
    expect(document.querySelector(POPOVER_TAG)).toBeNull();
    // And it stays down when the context comes back in a test double: destroyed is final.
    alive = true;
    show();
    expect(coach.shownIds).toEqual([]);
  });
});

describe('Highlighter.destroy', () => {
  it('takes its ::highlight() rules out of the documents it styled', () => {
    const view = window as unknown as { Highlight?: unknown };
    const registry = new Map<string, unknown>();
    const savedCss = Object.getOwnPropertyDescriptor(window, 'CSS');
    const savedHighlight = view.Highlight;
    try {
      // happy-dom has no Highlight API: the registry and Highlight as the browser has them.
      Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
      view.Highlight = class extends Set<Range> {
        priority = 0;
        constructor(...ranges: Range[]) {
          super(ranges);
        }
      };
      document.body.innerHTML = '<div id="ed" contenteditable="true">Vedrørende saken</div>';
      const editor = document.getElementById('ed')!;
      const pageSheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [pageSheet];
      const range = document.createRange();
      range.selectNodeContents(editor);
      const h = new Highlighter();
      h.show(editor, [{ category: 'clarity', range }]);
      expect(document.adoptedStyleSheets).toHaveLength(2);
      // Registered under its per-load name, which names neither the extension nor the category.
      expect([...registry.keys()]).toEqual([highlightName('clarity')]);
      expect(highlightName('clarity')).not.toMatch(/svarhjelp|clarity/);
      expect(highlightName('clarity')).not.toBe(highlightName('personal-data'));

      h.destroy();
      expect(registry.size).toBe(0);
      // The page's own sheet stays.
      expect(document.adoptedStyleSheets).toEqual([pageSheet]);
    } finally {
      if (savedCss) Object.defineProperty(window, 'CSS', savedCss);
      else delete (window as { CSS?: unknown }).CSS;
      view.Highlight = savedHighlight;
    }
  });
});

describe('Popover buttons', () => {
  it('ignore clicks and keys a page script makes (untrusted events)', () => {
    const onAction = vi.fn();
    const onClose = vi.fn();
    exposeInspection(HIGHLIGHT_NAMES);
    const popover = new Popover(document, { onAction, onClose });
    popover.open(finding, { left: 10, top: 10, right: 60, bottom: 30 }, 'nb', false);
    // The root is closed: the page sees the host and nothing in it.
    expect(document.querySelector(POPOVER_TAG)!.shadowRoot).toBeNull();
    const shadow = (globalThis as { svarhjelpInspect?: ContentInspection }).svarhjelpInspect!.popoverRoots()[0]!;
    const buttons = [...shadow.querySelectorAll('button')];
    expect(buttons.map((b) => b.dataset.action)).toEqual(['apply', 'ignore', 'panel']);
    for (const button of buttons) {
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    }
    shadow.querySelector('[role="dialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(onAction).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
    expect(popover.isOpen).toBe(true);
    popover.destroy();
  });
});
