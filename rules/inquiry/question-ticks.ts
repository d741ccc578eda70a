// A checklist item per question of the inquiry: `question:1`, `question:2` … in the order the
// citizen asked them. The id names the position only, never the words, so the inquiry's record
// (storage.local) keeps a hand tick as it keeps every checklist tick — without the question.
// A tick by hand wins over the engine's judgement: the engine is told (context.inquiry.questionTicks)
// and reports the question as answered or not accordingly, so its finding comes and goes with it.
import type { CheckContext } from '../types.ts';
import type { AnsweredQuestion } from './answers.ts';

const PREFIX = 'question:';

export function questionItemId(index: number): string {
  return `${PREFIX}${index + 1}`;
}

export function isQuestionItemId(id: string): boolean {
  return /^question:[1-9]\d{0,3}$/.test(id);
}

/** The question ticks among a record's manual ticks. */
export function questionTicksOf(manual: Readonly<Record<string, boolean>> | undefined): Record<string, boolean> {
  const ticks: Record<string, boolean> = {};
  for (const [id, done] of Object.entries(manual ?? {})) if (isQuestionItemId(id) && typeof done === 'boolean') ticks[id] = done;
  return ticks;
}

/** The context of a check with the inquiry's hand ticks of its questions. */
export function withQuestionTicks(context: CheckContext, manual: Readonly<Record<string, boolean>> | undefined): CheckContext {
  const ticks = questionTicksOf(manual);
  if (!context.inquiry || Object.keys(ticks).length === 0) return context;
  return { ...context, inquiry: { ...context.inquiry, questionTicks: ticks } };
}

/** The engine's judgement with the user's hand ticks on top. */
export function applyQuestionTicks(questions: AnsweredQuestion[], ticks: Readonly<Record<string, boolean>> | undefined): AnsweredQuestion[] {
  if (!ticks) return questions;
  return questions.map((question, index) => {
    const done = ticks[questionItemId(index)];
    if (done === undefined) return question;
    const ticked: AnsweredQuestion = { ...question, answered: done, manual: true };
    if (!done) delete ticked.answer;
    return ticked;
  });
}
