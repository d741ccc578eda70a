import { useEffect, useMemo, type ReactNode } from 'react';
import type { PanelStore } from './panel-store.ts';
import { PanelContext, usePanel, useT } from './context.tsx';
import { Checklist } from './Checklist.tsx';
import { DeadlineInfo } from './DeadlineInfo.tsx';
import { Footer } from './Footer.tsx';
import { groupFindings } from './group-findings.ts';
import { Header } from './Header.tsx';
import { InquiryCard } from './InquiryCard.tsx';
import { Reminders } from './Reminders.tsx';
import { Notices } from './Notices.tsx';
import { SummaryLine } from './SummaryLine.tsx';
import { FindingList, ValueSection } from './ValueSection.tsx';
import { formatNumber } from './format.ts';
import type { PanelApi } from './panel-api.ts';
import { PanelTabs } from './PanelTabs.tsx';

function ResultView() {
  const t = useT();
  const lang = usePanel((s) => s.uiLanguage);
  const ready = usePanel((s) => s.ready);
  const noTab = usePanel((s) => s.noTab);
  const tabState = usePanel((s) => s.tabState);
  const grouped = useMemo(() => groupFindings(tabState?.result.findings ?? []), [tabState]);

  if (!ready) return <p className="muted loading">{t('loading')}</p>;
  if (noTab) {
    return (
      <p className="empty" data-testid="empty-state">
        {t('noTab')}
      </p>
    );
  }
  if (!tabState) {
    return (
      <div className="empty" data-testid="empty-state">
        <span className="empty-icon" aria-hidden="true" />
        <p>{t('emptyNoState')}</p>
      </div>
    );
  }

  const { result } = tabState;
  return (
    <>
      <InquiryCard />
      <SummaryLine result={result} />
      {result.truncatedAt !== undefined && <p className="note">{t('truncated', { n: formatNumber(result.truncatedAt, lang) })}</p>}
      {result.failedRules && result.failedRules.length > 0 && <p className="note">{t('failedRules', { rules: result.failedRules.join(', ') })}</p>}
      {grouped.total === 0 && (
        <div className="empty empty-ok" data-testid="empty-state">
          <span className="empty-icon empty-icon-ok" aria-hidden="true" />
          <p>{t('emptyNoFindings')}</p>
        </div>
      )}
      <div className="values">
        {grouped.values.map((group) => (
          <ValueSection key={group.value} group={group} />
        ))}
      </div>
      {grouped.other.length > 0 && (
        <section className="value other" data-testid="value-other">
          <h2 className="section-heading">{t('otherFindings')}</h2>
          <FindingList findings={grouped.other} />
        </section>
      )}
      <DeadlineInfo result={result} />
      <Checklist result={result} />
    </>
  );
}

function LangAttribute() {
  const lang = usePanel((s) => s.uiLanguage);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return null;
}

/** The panel's root carries the rule-set summary status for browser tests (data-summary). */
function Panel({ children }: { children: ReactNode }) {
  const summaryStatus = usePanel((s) => s.summaryStatus);
  return (
    <div className="panel" data-summary={summaryStatus}>
      {children}
    </div>
  );
}

export function App({ store, api = {}, initialView }: { store: PanelStore; api?: Pick<PanelApi, 'insertTemplate'>; initialView?: 'advice' | 'templates' }) {
  return (
    <PanelContext.Provider value={store}>
      <LangAttribute />
      <Panel>
        <Header />
        <main className="main">
          <Notices />
          <PanelTabs
            api={api}
            {...(initialView ? { initial: initialView } : {})}
            advice={
              <>
                <ResultView />
                <Reminders />
              </>
            }
          />
        </main>
        <Footer />
      </Panel>
    </PanelContext.Provider>
  );
}
