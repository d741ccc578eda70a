// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckRequest, CheckResponse } from '../../shared/protocol.ts';
import { CHECK_PAUSE_MS, CHECK_SOON_MS, startCoach, type CoachContext } from './coach.ts';
import { MAX_TEXT_CHARS } from '../../shared/protocol.ts';
import { READ_TEXT_CHARS } from '../extract.ts';
import { fieldFromEvent, fieldFromNode, fieldKeyOf } from '../fields.ts';

function fakeCtx() {
  const controller = new AbortController();
  const invalidated: Array<() => void> = [];
  const ctx: CoachContext & { invalidate(): void } = {
    get isInvalid() {
      return controller.signal.aborted;
    },
    setTimeout: (fn, ms) => window.setTimeout(fn, ms) as unknown as number,
    addEventListener: (target, type, handler, options) => target.addEventListener(type, handler, { ...options, signal: controller.signal }),
    onInvalidated: (cb) => {
      invalidated.push(cb);
      return () => {};
    },
    invalidate() {
      controller.abort();
      for (const cb of invalidated) cb();
    },
  };
  return ctx;
}

function answer(request: CheckRequest): CheckResponse {
  return {
    seq: request.seq,
    result: {
      language: 'nob',
      languageSource: 'detected',
      metrics: { characters: 0, words: 0, sentences: 0, longWords: 0, lix: 0, longestSentenceWords: 0 },
      findings: [],
      dates: [],
    },
    ruleSet: { id: 'x', name: 'x', version: '1.0.0', publisher: 'x', publishedAt: '2026-01-01T00:00:00Z' },
  };
}

function type(el: HTMLElement): void {
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

describe('fields', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('recognises textareas, text inputs and contenteditable hosts, not other inputs', () => {
    document.body.innerHTML = `
      <textarea id="svar"></textarea>
      <input id="sok" type="search"><input id="pw" type="password"><input id="plain">
      <textarea id="ro" readonly></textarea>
      <div contenteditable="true" id="ed"><p>Hei <b id="bold">der</b></p></div>`;
    const $ = (id: string) => document.getElementById(id)!;
    expect(fieldFromNode($('svar'))?.kind).toBe('value');
    expect(fieldFromNode($('sok'))?.kind).toBe('value');
    expect(fieldFromNode($('plain'))?.kind).toBe('value');
    expect(fieldFromNode($('pw'))).toBeNull();
    expect(fieldFromNode($('ro'))).toBeNull();
    // Typing inside a <b> belongs to the whole editor.
    expect(fieldFromNode($('bold'))?.element).toBe($('ed'));
  });

  it('finds fields inside open shadow roots through the event path', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<textarea></textarea>';
    const ta = shadow.querySelector('textarea')!;
    let seen: ReturnType<typeof fieldFromEvent> = null;
    document.addEventListener('input', (e) => (seen = fieldFromEvent(e)), { once: true });
    type(ta);
    expect(seen!.element).toBe(ta);
    expect(fieldKeyOf(seen!)).toBe('shadow/textarea:0');
  });

  it('names fields by id, then name, then position', () => {
    document.body.innerHTML = '<textarea id="a"></textarea><textarea name="b"></textarea><textarea></textarea>';
    const [a, b, c] = Array.from(document.querySelectorAll('textarea'));
    expect(fieldKeyOf({ kind: 'value', element: a! })).toBe('textarea#a');
    expect(fieldKeyOf({ kind: 'value', element: b! })).toBe('textarea[name=b]');
    expect(fieldKeyOf({ kind: 'value', element: c! })).toBe('textarea:2');
  });
});

describe('startCoach', () => {
  let ctx: ReturnType<typeof fakeCtx>;
  beforeEach(() => {
    document.body.innerHTML = '';
    ctx = fakeCtx();
  });
  afterEach(() => ctx.invalidate());

  it('does nothing until the user writes in a field', async () => {
    document.body.innerHTML = '<textarea id="svar">Vedrørende saken</textarea>';
    const send = vi.fn(async (r: CheckRequest) => answer(r));
    const coach = startCoach(ctx, document, { send });
    await coach.flush();
    expect(send).not.toHaveBeenCalled();
  });

  it('sends the reply without the quoted inquiry, and the inquiry as context', async () => {
    document.body.innerHTML = `<div contenteditable="true" id="ed"><p>Hei Kari, vi ser på saken.</p>
      <div id="divRplyFwdMsg"><b>Fra:</b> Kari Nordmann<br><b>Sendt:</b> mandag 16. november 2026 09:12</div>
      <p>Vedrørende garasjen min.</p></div>`;
    const send = vi.fn(async (r: CheckRequest) => answer(r));
    const coach = startCoach(ctx, document, { send });
    type(document.getElementById('ed')!);
    await coach.flush();
    expect(send).toHaveBeenCalledTimes(1);
    const request = send.mock.calls[0]![0];
    expect(request.text).toBe('Hei Kari, vi ser på saken.');
    expect(request.fieldKey).toBe('ce#ed');
    expect(request.context.inquiry?.text).toContain('Vedrørende garasjen min.');
    expect(request.context.inquiry?.senderName).toBe('Kari Nordmann');
  });

  it('sends the first 100,000 characters of a 1 MB reply, marked as cut, in a textarea and a contenteditable', async () => {
    const sentence = 'Vedrørende søknaden din om byggetillatelse har vi nå gått gjennom saken. ';
    const paragraph = sentence.repeat(10);
    const count = Math.ceil(1_000_000 / paragraph.length);
    document.body.innerHTML = `<textarea id="svar"></textarea><div contenteditable="true" id="ed"></div>`;
    (document.getElementById('svar') as HTMLTextAreaElement).value = paragraph.repeat(count);
    const ed = document.getElementById('ed')!;
    ed.replaceChildren(...Array.from({ length: count }, () => Object.assign(document.createElement('p'), { textContent: paragraph })));
    const send = vi.fn(async (r: CheckRequest) => answer(r));
    const coach = startCoach(ctx, document, { send });
    // What is read for a check covers the checked part.
    expect(READ_TEXT_CHARS).toBeGreaterThan(MAX_TEXT_CHARS);
    for (const id of ['svar', 'ed']) {
      type(document.getElementById(id)!);
      await coach.flush();
      const request = send.mock.calls.at(-1)![0];
      expect(request.text.length).toBe(MAX_TEXT_CHARS);
      expect(request.text.startsWith(paragraph.trimEnd())).toBe(true);
      expect(request.truncated).toBe(true);
    }
  });

  it('does not mark a long reply as cut when its quoted inquiry starts within the checked part', async () => {
    const reply = 'Takk for brevet. '.repeat(3_000);
    const quote = `<blockquote>${'<p>Vedrørende garasjen min.</p>'.repeat(20_000)}</blockquote>`;
    document.body.innerHTML = `<div contenteditable="true" id="ed"><p>${reply}</p>${quote}</div>`;
    const send = vi.fn(async (r: CheckRequest) => answer(r));
    const coach = startCoach(ctx, document, { send });
    type(document.getElementById('ed')!);
    await coach.flush();
    const request = send.mock.calls[0]![0];
    expect(request.text).toBe(reply.trim());
    expect(request.truncated).toBeUndefined();
    expect(request.context.inquiry?.text).toContain('Vedrørende garasjen min.');
  });

  it('checks text already in a field when it gets focus', async () => {
    document.body.innerHTML = '<textarea id="svar">Vedrørende saken</textarea>';
    const send = vi.fn(async (r: CheckRequest) => answer(r));
    const coach = startCoach(ctx, document, { send });
    document.getElementById('svar')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await coach.flush();
    expect(send.mock.calls[0]![0].text).toBe('Vedrørende saken');
  });

  it('does not check a prefilled single-line field just because it got focus', async () => {
    document.body.innerHTML = '<input id="emne" value="Vedrørende byggesak">';
    const send = vi.fn(async (r: CheckRequest) => answer(r));
    const coach = startCoach(ctx, document, { send });
    const input = document.getElementById('emne')!;
    input.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await coach.flush();
    expect(send).not.toHaveBeenCalled();
    type(input);
    await coach.flush();
    expect(send.mock.calls[0]![0].text).toBe('Vedrørende byggesak');
  });

  it('survives a failing background and stops after invalidation', async () => {
    document.body.innerHTML = '<textarea id="svar">x</textarea>';
    const log = vi.fn();
    const send = vi.fn(async () => {
      throw new Error('Extension context invalidated.');
    });
    const coach = startCoach(ctx, document, { send, log });
    type(document.getElementById('svar')!);
    await coach.flush();
    expect(log).toHaveBeenCalled();
    ctx.invalidate();
    type(document.getElementById('svar')!);
    await coach.flush();
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('check timing after a deletion in a contenteditable', () => {
  let ctx: ReturnType<typeof fakeCtx>;
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<div contenteditable="true" id="ed">Vi sender samt idig svar.</div>';
    ctx = fakeCtx();
  });
  afterEach(() => {
    ctx.invalidate();
    vi.useRealTimers();
  });

  /** The user clicks into the editor; the check of the text already there is done and forgotten. */
  async function focusAndSettle(editor: HTMLElement, send: ReturnType<typeof vi.fn>): Promise<void> {
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await vi.advanceTimersByTimeAsync(CHECK_PAUSE_MS * 2);
    send.mockClear();
  }

  /** Backspace as the browser reports it: beforeinput naming the doomed text, then input. */
  function backspace(editor: HTMLElement, from: number, to: number): void {
    const text = editor.firstChild!;
    const before = new InputEvent('beforeinput', { bubbles: true, composed: true, inputType: 'deleteContentBackward' });
    Object.defineProperty(before, 'getTargetRanges', {
      value: () => [{ startContainer: text, startOffset: from, endContainer: text, endOffset: to, collapsed: from === to }],
    });
    editor.dispatchEvent(before);
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContentBackward' }));
  }

  it('checks soon when Backspace removes the space between two words, as in a textarea', async () => {
    const send = vi.fn(async (r: CheckRequest) => answer(r));
    startCoach(ctx, document, { send });
    const editor = document.getElementById('ed')!;
    await focusAndSettle(editor, send);
    const space = editor.textContent!.indexOf(' idig');
    backspace(editor, space, space + 1);
    await vi.advanceTimersByTimeAsync(CHECK_SOON_MS + 1);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('waits for the pause when Backspace removes a letter inside a word', async () => {
    const send = vi.fn(async (r: CheckRequest) => answer(r));
    startCoach(ctx, document, { send });
    const editor = document.getElementById('ed')!;
    await focusAndSettle(editor, send);
    const letter = editor.textContent!.indexOf('idig') + 1;
    backspace(editor, letter, letter + 1);
    await vi.advanceTimersByTimeAsync(CHECK_SOON_MS + 1);
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(CHECK_PAUSE_MS);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
