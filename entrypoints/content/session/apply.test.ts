// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../rules/types.ts';
import { VEDRORENDE } from '../finding.fixture.ts';
import { replaceInEditable, replaceValueSpan, sameText } from '../editors/input-path.ts';
import { extractEditable, extractValue } from '../extract.ts';
import { InlineCoach } from './inline-coach.ts';
import { repairRange } from '../surfaces/editable-surface.ts';
import { exposeInspection, type ContentInspection } from '../inspect.ts';
import { HIGHLIGHT_NAMES } from '../style.ts';

const finding: Finding = VEDRORENDE;

function textareaWith(value: string): HTMLTextAreaElement {
  document.body.innerHTML = '<textarea id="svar"></textarea>';
  const el = document.getElementById('svar') as HTMLTextAreaElement;
  el.value = value;
  return el;
}

function coachOn(el: HTMLTextAreaElement, findings: Finding[] = [finding]): InlineCoach {
  const coach = new InlineCoach(document, { log: () => {}, openPanel: () => {} });
  const field = { kind: 'value' as const, element: el };
  coach.show({ field, fieldKey: 'textarea#svar', scope: 'q1', ex: extractValue(el), findings });
  return coach;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('replaceValueSpan', () => {
  it('falls back to the native setter + input event when execCommand refuses', () => {
    const el = textareaWith('Vedrørende saken din.');
    let inputs = 0;
    el.addEventListener('input', () => inputs++);
    expect(replaceValueSpan(el, 0, 10, 'Om')).toBe(true);
    expect(el.value).toBe('Om saken din.');
    expect(inputs).toBe(1);
    // The caret ends after the replacement.
    expect([el.selectionStart, el.selectionEnd]).toEqual([2, 2]);
  });
});

describe('InlineCoach.apply', () => {
  it('replaces the span with one of the finding’s suggestions', async () => {
    const el = textareaWith('Vedrørende saken din.');
    const coach = coachOn(el);
    expect(await coach.apply(finding.id, 'Om')).toBe('applied');
    expect(el.value).toBe('Om saken din.');
    expect(coach.shownIds).toEqual([]);
  });

  it('refuses text that is not one of the finding’s suggestions, and unknown findings', async () => {
    const el = textareaWith('Vedrørende saken din.');
    const coach = coachOn(el);
    expect(await coach.apply(finding.id, 'Noe annet')).toBe('refused');
    expect(await coach.apply('nope', 'Om')).toBe('changed');
    expect(coach.reveal('nope')).toBe(false);
    expect(el.value).toBe('Vedrørende saken din.');
  });

  it('follows typing before the finding, and refuses when the words themselves changed', async () => {
    const el = textareaWith('Vedrørende saken din.');
    const coach = coachOn(el);
    const field = { kind: 'value' as const, element: el };
    el.value = 'Hei! Vedrørende saken din.';
    el.setSelectionRange(5, 5);
    coach.onInput(field);
    expect(await coach.apply(finding.id, 'Om')).toBe('applied');
    expect(el.value).toBe('Hei! Om saken din.');

    const el2 = textareaWith('Vedrørende saken din.');
    const coach2 = coachOn(el2);
    el2.value = 'Vedrørendes saken din.';
    el2.setSelectionRange(11, 11);
    coach2.onInput({ kind: 'value', element: el2 });
    expect(await coach2.apply(finding.id, 'Om')).toBe('changed');
    expect(el2.value).toBe('Vedrørendes saken din.');
  });

  it('moves answers onto text typed while the check was running', async () => {
    const el = textareaWith('Vedrørende saken din.');
    const ex = extractValue(el);
    el.value = 'Hei! Vedrørende saken din.';
    const coach = new InlineCoach(document, { log: () => {}, openPanel: () => {} });
    coach.show({ field: { kind: 'value', element: el }, fieldKey: 'k', scope: 'q', ex, findings: [finding] });
    expect(await coach.apply(finding.id, 'Om')).toBe('applied');
    expect(el.value).toBe('Hei! Om saken din.');
  });

  it('does not show findings dismissed for this inquiry', () => {
    const el = textareaWith('Vedrørende saken din.');
    const coach = coachOn(el);
    coach.ignored.ignore('q1', finding.id);
    coach.show({ field: { kind: 'value', element: el }, fieldKey: 'textarea#svar', scope: 'q1', ex: extractValue(el), findings: [finding] });
    expect(coach.shownIds).toEqual([]);
    coach.show({ field: { kind: 'value', element: el }, fieldKey: 'textarea#svar', scope: 'q2', ex: extractValue(el), findings: [finding] });
    expect(coach.shownIds).toEqual([finding.id]);
  });
});

describe('InlineCoach.reveal', () => {
  it('selects the finding’s span', () => {
    const el = textareaWith('Vedrørende saken din.');
    el.scrollIntoView = () => {};
    const coach = coachOn(el);
    expect(coach.reveal(finding.id)).toBe(true);
    expect([el.selectionStart, el.selectionEnd]).toEqual([0, 10]);
  });
});

describe('contenteditable ranges', () => {
  it('repairs a range that swallowed text typed right before its word', () => {
    document.body.innerHTML = '<div contenteditable="true" id="ed">Hei. Ja, Vedrørende saken.</div>';
    const text = document.getElementById('ed')!.firstChild as Text;
    // What a live range over "Vedrørende" becomes when "Ja, " is typed at its start (DOM range rules).
    const range = document.createRange();
    range.setStart(text, 5);
    range.setEnd(text, 19);
    const item = { range, text: 'Vedrørende' };
    expect(repairRange(item, false)).toBe(true);
    expect(range.toString()).toBe('Vedrørende');
    range.setStart(text, 9);
    range.setEnd(text, 13);
    expect(repairRange(item, false)).toBe(false);
  });

  it('compares texts with whitespace collapsed like the extraction', () => {
    expect(sameText('frist  \n innen', 'frist innen')).toBe(true);
  });
});

/**
 * happy-dom has neither StaticRange nor InputEvent target ranges; Chromium and Firefox have both
 * (the browser tests run the real ones). Stand-ins with the browsers' shape, for these tests only.
 */
beforeAll(() => {
  const w = window as unknown as Record<string, unknown>;
  if (!w.StaticRange) {
    w.StaticRange = class {
      readonly startContainer: Node;
      readonly startOffset: number;
      readonly endContainer: Node;
      readonly endOffset: number;
      readonly collapsed: boolean;
      constructor(init: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }) {
        this.startContainer = init.startContainer;
        this.startOffset = init.startOffset;
        this.endContainer = init.endContainer;
        this.endOffset = init.endOffset;
        this.collapsed = init.startContainer === init.endContainer && init.startOffset === init.endOffset;
      }
    };
  }
  const Base = window.InputEvent;
  if (!('getTargetRanges' in Base.prototype)) {
    w.InputEvent = class extends Base {
      readonly #ranges: StaticRange[];
      constructor(type: string, init: InputEventInit = {}) {
        super(type, init);
        this.#ranges = init.targetRanges ?? [];
      }
      override getTargetRanges(): StaticRange[] {
        return this.#ranges;
      }
    };
  }
});

/**
 * A stand-in for an editor that keeps its own model (CKEditor 5, Lexical, Slate, Quill): it
 * takes insertReplacementText from beforeinput — the text from dataTransfer, the span from the
 * target range — changes its model, renders the DOM from it and prevents the default.
 */
function modelEditor(html: string, className = ''): { el: HTMLElement; model: () => string; events: string[] } {
  document.body.innerHTML = `<div contenteditable="true" id="ed" class="${className}">${html}</div>`;
  const el = document.getElementById('ed')!;
  let model = el.textContent ?? '';
  const events: string[] = [];
  el.addEventListener('beforeinput', (e) => {
    const ev = e as InputEvent;
    events.push(`beforeinput:${ev.inputType}`);
    if (ev.inputType !== 'insertReplacementText') return;
    const [target] = ev.getTargetRanges();
    const text = ev.dataTransfer?.getData('text/plain') ?? ev.data ?? '';
    if (!target || target.collapsed) return;
    model = model.slice(0, target.startOffset) + text + model.slice(target.endOffset);
    ev.preventDefault();
    el.textContent = model;
  });
  el.addEventListener('input', (e) => events.push(`input:${(e as InputEvent).inputType}`));
  return { el, model: () => model, events };
}

function rangeOver(el: HTMLElement, word: string): Range {
  const node = el.firstChild as Text;
  const at = node.data.indexOf(word);
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + word.length);
  return range;
}

describe('replaceInEditable', () => {
  it('lets an editor with a model take the replacement from beforeinput, once', async () => {
    const { el, model, events } = modelEditor('Vedrørende saken din.');
    expect(await replaceInEditable(el, rangeOver(el, 'Vedrørende'), 'Vedrørende', 'Om')).toBe('applied');
    expect(model()).toBe('Om saken din.');
    expect(el.textContent).toBe('Om saken din.');
    // Taken by the editor: no DOM-level insertText after it (that would insert twice).
    expect(events).toEqual(['beforeinput:insertReplacementText']);
  });

  it('changes nothing when the words under the span are not the flagged ones', async () => {
    const { el, model, events } = modelEditor('Vedrørendes saken din.');
    expect(await replaceInEditable(el, rangeOver(el, 'Vedrørendes'), 'Vedrørende', 'Om')).toBe('changed');
    expect(model()).toBe('Vedrørendes saken din.');
    expect(events).toEqual([]);
  });

  it('refuses, and changes nothing, when a family that must not be edited in the DOM lets the event pass', async () => {
    // Marked as CKEditor 5, but nothing handles beforeinput: a DOM edit would be reverted.
    document.body.innerHTML = '<div contenteditable="true" id="ed" class="ck-editor__editable">Vedrørende saken din.</div>';
    const el = document.getElementById('ed')!;
    let inserted = false;
    const exec = document.execCommand;
    document.execCommand = () => (inserted = true);
    try {
      expect(await replaceInEditable(el, rangeOver(el, 'Vedrørende'), 'Vedrørende', 'Om')).toBe('refused');
    } finally {
      document.execCommand = exec;
    }
    expect(inserted, 'no execCommand fallback for CKEditor 5').toBe(false);
    expect(el.textContent).toBe('Vedrørende saken din.');
  });

  it('falls back to a trusted insertText where the editor reads DOM edits, then fires the spell-check input', async () => {
    document.body.innerHTML = '<div contenteditable="true" id="ed" class="ProseMirror">Vedrørende saken din.</div>';
    const el = document.getElementById('ed')!;
    const inputs: string[] = [];
    el.addEventListener('input', (e) => inputs.push(`${(e as InputEvent).inputType}:${(e as InputEvent).data}`));
    const exec = document.execCommand;
    // happy-dom has no editing commands: stand in for the browser's insertText over the selection.
    document.execCommand = (command: string, _ui?: boolean, value?: string) => {
      if (command !== 'insertText') return false;
      const range = document.getSelection()!.getRangeAt(0);
      range.deleteContents();
      range.insertNode(document.createTextNode(value ?? ''));
      return true;
    };
    try {
      expect(await replaceInEditable(el, rangeOver(el, 'Vedrørende'), 'Vedrørende', 'Om')).toBe('applied');
    } finally {
      document.execCommand = exec;
    }
    expect(el.textContent).toBe('Om saken din.');
    expect(inputs).toEqual(['insertReplacementText:Om']);
  });
});

describe('the popover after a failed apply', () => {
  it('says in Norwegian that nothing was replaced, and offers no fix to retry', async () => {
    document.body.innerHTML = '<div contenteditable="true" id="ed" class="ck-editor__editable">Vedrørende saken din.</div>';
    const el = document.getElementById('ed')!;
    const coach = new InlineCoach(document, { log: () => {}, openPanel: () => {} });
    const field = { kind: 'contenteditable' as const, element: el };
    coach.show({ field, fieldKey: 'ce#ed', scope: 'q', ex: extractEditable(el), findings: [finding] });
    expect(await coach.apply(finding.id, 'Om', 'popover')).toBe('refused');
    expect(el.textContent).toBe('Vedrørende saken din.');
    // The popover's root is closed; the content script's own inspection object reaches it.
    exposeInspection(HIGHLIGHT_NAMES);
    const root = (globalThis as { svarhjelpInspect?: ContentInspection }).svarhjelpInspect!.popoverRoots()[0]!;
    const card = root.querySelector('[role="dialog"]')!;
    expect(card.querySelector('[role="alert"]')?.textContent).toMatch(/tok ikke imot endringen.*ingenting ble byttet ut/);
    expect(card.querySelectorAll('[data-action="apply"]')).toHaveLength(0);
    expect(coach.shownIds, 'the finding stays underlined').toEqual([finding.id]);
  });
});
