import { useId, useMemo, useState } from 'react';
import type { CheckResult } from '../rules/types.ts';
import { evaluateChecklist } from './checklist.ts';
import { usePanel, useT } from './context.tsx';
import { localized } from './labels.ts';

/** The rule set's checklist: automatic items tick themselves, the rest are ticked by hand. */
export function Checklist({ result }: { result: CheckResult }) {
  const t = useT();
  const lang = usePanel((s) => s.uiLanguage);
  const items = usePanel((s) => s.summary?.checklist);
  const tabId = usePanel((s) => s.tabId);
  const entries = useMemo(() => evaluateChecklist(items, result), [items, result]);
  // Manual ticks are per tab and not stored (no message-related state is persisted by the panel).
  const [ticked, setTicked] = useState<{ tabId: number | null; ids: ReadonlySet<string> }>({ tabId, ids: new Set() });
  const ids = ticked.tabId === tabId ? ticked.ids : new Set<string>();
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  if (entries.length === 0) return null;

  const done = entries.filter((e) => e.status === 'done' || (e.status === 'manual' && ids.has(e.item.id))).length;
  const toggle = (id: string) => {
    const next = new Set(ids);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setTicked({ tabId, ids: next });
  };

  return (
    <section className="value checklist" data-testid="checklist">
      <h2 className="value-heading">
        <button
          type="button"
          className="value-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          <span className="chevron" aria-hidden="true" />
          <span className="value-label">{t('checklistHeading')}</span>
          <span className="count" data-testid="checklist-progress">
            {t('checklistProgress', { done, total: entries.length })}
          </span>
        </button>
      </h2>
      <div id={bodyId} className="value-body" hidden={!open}>
        <ul className="checklist-items">
          {entries.map(({ item, status }) => {
            const label = localized(item.label, lang) ?? item.id;
            if (status === 'manual') {
              return (
                <li key={item.id} className="checklist-item">
                  <label>
                    <input type="checkbox" checked={ids.has(item.id)} onChange={() => toggle(item.id)} />
                    <span>{label}</span>
                  </label>
                  <span className="muted checklist-note">{t('checklistManual')}</span>
                </li>
              );
            }
            return (
              <li key={item.id} className={`checklist-item checklist-${status}`}>
                <span className="checklist-mark" aria-hidden="true" />
                <span>{label}</span>
                <span className="checklist-state">{status === 'done' ? t('checklistDone') : t('checklistOpen')}</span>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
