import { describe, expect, it } from 'vitest';
import type { AnsweredQuestion } from '../rules/inquiry/answers.ts';
import type { ChecklistValueGroup } from '../rules/inquiry/record.ts';
import { questionRows, withQuestionRows } from './question-rows.ts';

const q = (text: string, answered: boolean, subgoal?: AnsweredQuestion['subgoal']): AnsweredQuestion => ({
  start: 0,
  end: text.length,
  text,
  topic: 'what',
  answered,
  ...(subgoal ? { subgoal } : {}),
});

describe('questionRows', () => {
  it('ticks answered questions, lets a hand tick win, and numbers items by position', () => {
    const rows = questionRows([q('Når?', true, 'apen.transparent'), q('Hva koster det?', false), q('Kan jeg?', true)], {
      'question:3': false,
      'correct-answer': true,
    });
    expect(rows.map((r) => [r.id, r.done, r.mode, r.subgoal])).toEqual([
      ['question:1', true, 'auto', 'apen.transparent'],
      ['question:2', false, 'auto', 'kompetent.fagkompetanse'],
      ['question:3', false, 'manual', 'kompetent.fagkompetanse'],
    ]);
  });

  it('adds the rows to their value with the scores, also where the rule set has no item', () => {
    const groups: ChecklistValueGroup[] = [{ value: 'kompetent', rows: [], done: 1, total: 2 }];
    const merged = withQuestionRows(groups, questionRows([q('Når?', false, 'apen.transparent'), q('Hvorfor?', true)], {}));
    expect(merged.map((g) => [g.value, g.done, g.total, g.questions.length])).toEqual([
      ['kompetent', 2, 3, 1],
      ['apen', 0, 1, 1],
    ]);
  });
});
