import { useMemo, useState, type ReactNode } from 'react';
import { usePanel } from './context.tsx';
import type { PanelApi } from './panel-api.ts';
import { templateTranslator } from './templates-i18n.ts';
import { createTemplatesStore } from './templates-store.ts';
import { TemplatesTab } from './TemplatesTab.tsx';

type View = 'advice' | 'templates';

/** The panel's two views: the advice on the reply, and the standard answers («Svarmaler»). */
export function PanelTabs({ advice, api, initial = 'advice' }: { advice: ReactNode; api: Pick<PanelApi, 'insertTemplate'>; initial?: View }) {
  const lang = usePanel((s) => s.uiLanguage);
  const tt = useMemo(() => templateTranslator(lang), [lang]);
  const [view, setView] = useState<View>(initial);
  const [templates] = useState(() => createTemplatesStore(api));
  const tab = (id: View, label: string) => (
    <button
      type="button"
      role="tab"
      id={`tab-${id}`}
      aria-selected={view === id}
      aria-controls={`view-${id}`}
      tabIndex={view === id ? 0 : -1}
      className={`panel-tab${view === id ? ' panel-tab-active' : ''}`}
      data-testid={`tab-${id}`}
      onClick={() => setView(id)}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          const next: View = view === 'advice' ? 'templates' : 'advice';
          setView(next);
          (e.currentTarget.parentElement?.querySelector(`#tab-${next}`) as HTMLElement | null)?.focus();
        }
      }}
    >
      {label}
    </button>
  );
  return (
    <>
      <div className="panel-tabs" role="tablist" aria-label={tt('tabsLabel')}>
        {tab('advice', tt('tabAdvice'))}
        {tab('templates', tt('tabTemplates'))}
      </div>
      <div role="tabpanel" id="view-advice" aria-labelledby="tab-advice" hidden={view !== 'advice'}>
        {advice}
      </div>
      <div role="tabpanel" id="view-templates" aria-labelledby="tab-templates" hidden={view !== 'templates'}>
        {view === 'templates' && <TemplatesTab store={templates} />}
      </div>
    </>
  );
}
