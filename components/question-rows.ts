// The citizen's questions as checklist rows: one per question, ticked when the reply answers it
// (the engine's judgement in the check result) unless the user ticked or unticked it by hand
// (the inquiry's record, or the panel's memory on a page without an inquiry). Each row sits under
// the value of its sub-goal, next to the rule set's own items.
import { VALUE_IDS, type SubgoalId, type ValueId } from '../rules/ids.ts';
import type { AnsweredQuestion } from '../rules/inquiry/answers.ts';
import { questionItemId } from '../rules/inquiry/question-ticks.ts';
import type { ChecklistValueGroup } from '../rules/inquiry/record.ts';

export interface QuestionRow {
  /** The checklist item id (`question:1`), under which a hand tick is kept. */
  id: string;
  question: AnsweredQuestion;
  done: boolean;
  /** 'manual' when the user's tick decides. */
  mode: 'auto' | 'manual';
  subgoal: SubgoalId;
}

/** Where a question without a rule of its own is counted: a correct, expert answer. */
const DEFAULT_SUBGOAL: SubgoalId = 'kompetent.fagkompetanse';

export function questionRows(questions: readonly AnsweredQuestion[] | undefined, manual: Readonly<Record<string, boolean>> | undefined): QuestionRow[] {
  return (questions ?? []).map((question, index) => {
    const id = questionItemId(index);
    const byHand = manual?.[id];
    return {
      id,
      question,
      done: byHand ?? question.answered,
      mode: byHand !== undefined || question.manual ? 'manual' : 'auto',
      subgoal: question.subgoal ?? DEFAULT_SUBGOAL,
    };
  });
}

export type GroupWithQuestions = ChecklistValueGroup & { questions: QuestionRow[] };

/** The checklist's value groups with the question rows added, in the standard's order of values. */
export function withQuestionRows(groups: readonly ChecklistValueGroup[], rows: readonly QuestionRow[]): GroupWithQuestions[] {
  const valueOf = (subgoal: SubgoalId) => subgoal.split('.')[0] as ValueId;
  const out: GroupWithQuestions[] = [];
  for (const value of VALUE_IDS) {
    const base = groups.find((g) => g.value === value);
    const questions = rows.filter((r) => valueOf(r.subgoal) === value);
    if (!base && questions.length === 0) continue;
    const done = (base?.done ?? 0) + questions.filter((q) => q.done).length;
    const total = (base?.total ?? 0) + questions.length;
    out.push({ value, rows: base?.rows ?? [], done, total, questions });
  }
  return out;
}
