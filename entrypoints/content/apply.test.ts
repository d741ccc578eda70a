// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../rules/types.ts';
import { applySuggestion, revealFinding, type CheckedSnapshot } from './apply.ts';

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

function textarea(value: string): CheckedSnapshot {
  document.body.innerHTML = '<textarea id="svar"></textarea>';
  const el = document.getElementById('svar') as HTMLTextAreaElement;
  el.value = value;
  return { field: { kind: 'value', element: el }, fieldKey: 'textarea#svar', text: value, findings: [finding] };
}

describe('applySuggestion', () => {
  it('replaces the span with the suggestion and tells the page it changed', () => {
    const snap = textarea('Vedrørende saken din.');
    const el = snap.field.element as HTMLTextAreaElement;
    let inputs = 0;
    el.addEventListener('input', () => inputs++);
    expect(applySuggestion(snap, finding.id, 'Om')).toBe(true);
    expect(el.value).toBe('Om saken din.');
    expect(inputs).toBe(1);
  });

  it('refuses text that is not one of the finding’s suggestions', () => {
    const snap = textarea('Vedrørende saken din.');
    expect(applySuggestion(snap, finding.id, 'Noe annet')).toBe(false);
    expect((snap.field.element as HTMLTextAreaElement).value).toBe('Vedrørende saken din.');
  });

  it('refuses when the text has changed under the finding', () => {
    const snap = textarea('Vedrørende saken din.');
    (snap.field.element as HTMLTextAreaElement).value = 'Hei! Vedrørende saken din.';
    expect(applySuggestion(snap, finding.id, 'Om')).toBe(false);
  });

  it('refuses unknown findings', () => {
    expect(applySuggestion(textarea('Vedrørende'), 'nope', 'Om')).toBe(false);
    expect(revealFinding(textarea('Vedrørende'), 'nope')).toBe(false);
  });
});

describe('revealFinding', () => {
  it('selects the finding’s span', () => {
    const snap = textarea('Vedrørende saken din.');
    const el = snap.field.element as HTMLTextAreaElement;
    el.scrollIntoView = () => {};
    expect(revealFinding(snap, finding.id)).toBe(true);
    expect([el.selectionStart, el.selectionEnd]).toEqual([0, 10]);
  });
});
