import { useId, useMemo, useState } from 'react';
import { autoTick, checklistByValue } from '../rules/inquiry/record.ts';
import type { CheckResult } from '../rules/types.ts';
import { usePanel, usePanelStore, useT } from './context.tsx';
import { localized, valueLabel } from './labels.ts';
import { QuestionItem } from './QuestionItem.tsx';
import { questionRows, withQuestionRows } from './question-rows.ts';

/**
 * The rule set's checklist and the citizen's own questions (QuestionItem), grouped by the standard's values with a score per value. Automatic
 * items tick themselves from the check; the rest are ticked by hand. With an inquiry, the ticks
 * are kept for it (storage.local, no text) across reloads and restarts; without one (a page
 * Svarhjelp cannot identify) manual ticks live only as long as the panel.
 */
export function Checklist({ result }: { result: CheckResult }) {
  const t = useT();
  const lang = usePanel((s) => s.uiLanguage);
  const summary = usePanel((s) => s.summary);
  const items = summary?.checklist;
  const tabId = usePanel((s) => s.tabId);
  const record = usePanel((s) => s.inquiry);
  const retentionDays = usePanel((s) => s.retentionDays);
  const store = usePanelStore();
  // Ticks of a page without an inquiry: per tab, not stored.
  const [local, setLocal] = useState<{ tabId: number | null; manual: Record<string, boolean> }>({ tabId, manual: {} });
  const localManual = local.tabId === tabId ? local.manual : {};
  const manual = record?.manual ?? localManual;
  const questions = useMemo(() => questionRows(result.questions, manual), [result.questions, manual]);
  const groups = useMemo(
    () =>
      withQuestionRows(
        checklistByValue(
          items,
          record ?? { auto: {}, manual: localManual, detected: {}, correction: {} },
          // Before the first check of this inquiry (or without one): tick from the result; the
          // panel has no text, so pattern items stay manual.
          (item) => (item.auto?.kind === 'matches' ? undefined : autoTick(item, result, '')),
        ),
        questions,
      ),
    [items, record, localManual, result, questions],
  );
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const total = groups.reduce((n, g) => n + g.total, 0);
  if (total === 0) return null;
  const done = groups.reduce((n, g) => n + g.done, 0);

  const toggle = (itemId: string, next: boolean) => {
    if (record) void store.getState().setManualTick(itemId, next);
    else setLocal({ tabId, manual: { ...localManual, [itemId]: next } });
  };

  return (
    <section className="value checklist" data-testid="checklist">
      <h2 className="value-heading">
        <button type="button" className="value-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          <span className="chevron" aria-hidden="true" />
          <span className="value-label">{t('checklistHeading')}</span>
          <span className="count" data-testid="checklist-progress">
            {t('checklistProgress', { done, total })}
          </span>
        </button>
      </h2>
      <div id={bodyId} className="value-body" hidden={!open}>
        {groups.map((group) => {
          const headingId = `${bodyId}-${group.value}`;
          return (
            <section key={group.value} className="checklist-value" aria-labelledby={headingId} data-testid={`checklist-value-${group.value}`}>
              <h3 id={headingId} className="subgoal-title">
                <span>{valueLabel(group.value, summary, lang)}</span>
                <span
                  className={`count checklist-score${group.done === group.total ? ' checklist-score-full' : ''}`}
                  data-testid={`checklist-score-${group.value}`}
                >
                  {t('checklistValueScore', { done: group.done, total: group.total })}
                </span>
              </h3>
              <ul className="checklist-items">
                {group.rows.map(({ item, mode, done: ticked }) => {
                  const label = localized(item.label, lang) ?? item.id;
                  if (mode === 'manual') {
                    return (
                      <li key={item.id} className="checklist-item" data-testid={`checklist-item-${item.id}`} data-done={ticked}>
                        <label>
                          <input type="checkbox" checked={ticked} onChange={(event) => toggle(item.id, event.currentTarget.checked)} />
                          <span>{label}</span>
                        </label>
                        <span className="muted checklist-note">{t('checklistManual')}</span>
                      </li>
                    );
                  }
                  return (
                    <li
                      key={item.id}
                      className={`checklist-item checklist-${ticked ? 'done' : 'open'}`}
                      data-testid={`checklist-item-${item.id}`}
                      data-done={ticked}
                    >
                      <span className="checklist-mark" aria-hidden="true" />
                      <span>{label}</span>
                      <span className="checklist-state">{ticked ? t('checklistDone') : t('checklistOpen')}</span>
                    </li>
                  );
                })}
                {group.questions.map((row) => (
                  <QuestionItem key={row.id} row={row} onToggle={toggle} />
                ))}
              </ul>
            </section>
          );
        })}
        {record && <p className="muted checklist-saved">{t('checklistSaved', { days: retentionDays })}</p>}
      </div>
    </section>
  );
}
