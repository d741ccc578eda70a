import { usePanel, usePanelStore, useT } from './context.tsx';
import type { QuestionRow } from './question-rows.ts';

/**
 * One of the citizen's questions on the checklist, quoted as they wrote it. Ticked when the reply
 * answers it; the user can tick or untick it (kept with the inquiry), and «Vis svaret» selects the
 * answering sentence in the editor.
 */
export function QuestionItem({ row, onToggle }: { row: QuestionRow; onToggle: (itemId: string, done: boolean) => void }) {
  const t = useT();
  const lang = usePanel((s) => s.uiLanguage);
  const store = usePanelStore();
  const [open, close] = lang === 'en' ? ['“', '”'] : ['«', '»'];
  const answer = row.done ? row.question.answer : undefined;
  const state = !row.done ? t('questionOpen') : row.mode === 'manual' ? t('questionTickedByHand') : t('questionAnswered');
  return (
    <li
      className={`checklist-item checklist-question checklist-${row.done ? 'done' : 'open'}`}
      data-testid={`checklist-question-${row.id.slice(row.id.indexOf(':') + 1)}`}
      data-done={row.done}
      data-mode={row.mode}
    >
      <label>
        <input type="checkbox" checked={row.done} onChange={(event) => onToggle(row.id, event.currentTarget.checked)} />
        <span className="question-text">
          {open}
          {row.question.text}
          {close}
        </span>
      </label>
      <span className="checklist-question-foot">
        <span className="checklist-state">{state}</span>
        {answer && (
          <button type="button" className="btn btn-quiet btn-small" onClick={() => void store.getState().revealSpan(answer)}>
            {t('showAnswer')}
          </button>
        )}
      </span>
    </li>
  );
}
