// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../rules/types.ts';
import { replaceValueSpan, sameText } from './apply.ts';
import { extractValue } from './extract.ts';
import { InlineCoach, repairRange } from './inline.ts';

const finding: Finding = {
  id: 'klarsprak.vedrorende:x:0',
  ruleId: 'klarsprak.vedrorende',
  category: 'clarity',
  subgoal: 'kompetent.klart-sprak',
  severity: 'suggestion',
  start: 0,
  end: 10,
  message: 'Skriv «Om»',
  suggestions: ['Om'],
};

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
  it('replaces the span with one of the finding’s suggestions', () => {
    const el = textareaWith('Vedrørende saken din.');
    const coach = coachOn(el);
    expect(coach.apply(finding.id, 'Om')).toBe(true);
    expect(el.value).toBe('Om saken din.');
    expect(coach.shownIds).toEqual([]);
  });

  it('refuses text that is not one of the finding’s suggestions, and unknown findings', () => {
    const el = textareaWith('Vedrørende saken din.');
    const coach = coachOn(el);
    expect(coach.apply(finding.id, 'Noe annet')).toBe(false);
    expect(coach.apply('nope', 'Om')).toBe(false);
    expect(coach.reveal('nope')).toBe(false);
    expect(el.value).toBe('Vedrørende saken din.');
  });

  it('follows typing before the finding, and refuses when the words themselves changed', () => {
    const el = textareaWith('Vedrørende saken din.');
    const coach = coachOn(el);
    const field = { kind: 'value' as const, element: el };
    el.value = 'Hei! Vedrørende saken din.';
    el.setSelectionRange(5, 5);
    coach.onInput(field);
    expect(coach.apply(finding.id, 'Om')).toBe(true);
    expect(el.value).toBe('Hei! Om saken din.');

    const el2 = textareaWith('Vedrørende saken din.');
    const coach2 = coachOn(el2);
    el2.value = 'Vedrørendes saken din.';
    el2.setSelectionRange(11, 11);
    coach2.onInput({ kind: 'value', element: el2 });
    expect(coach2.apply(finding.id, 'Om')).toBe(false);
  });

  it('moves answers onto text typed while the check was running', () => {
    const el = textareaWith('Vedrørende saken din.');
    const ex = extractValue(el);
    el.value = 'Hei! Vedrørende saken din.';
    const coach = new InlineCoach(document, { log: () => {}, openPanel: () => {} });
    coach.show({ field: { kind: 'value', element: el }, fieldKey: 'k', scope: 'q', ex, findings: [finding] });
    expect(coach.apply(finding.id, 'Om')).toBe(true);
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
