import { usePanel, usePanelStore, useT } from './context.tsx';

/**
 * One polite live region for the outcome of actions (a failed apply/reveal or a success), and
 * the rule-set error line. The live region is always rendered so announcements are not lost.
 */
export function Notices() {
  const t = useT();
  const store = usePanelStore();
  const notice = usePanel((s) => s.notice);
  const summaryStatus = usePanel((s) => s.summaryStatus);

  return (
    <>
      {summaryStatus === 'error' && (
        <div className="notice notice-error" data-testid="summary-error">
          <p>{t('summaryError')}</p>
          <button type="button" className="btn btn-quiet" onClick={() => void store.getState().loadSummary()}>
            {t('retry')}
          </button>
        </div>
      )}
      <div role="status" aria-live="polite" aria-atomic="true" className="live">
        {notice && (
          <div key={notice.id} className={`notice notice-${notice.kind}`} data-testid="action-notice">
            <p>{t(notice.key)}</p>
            <button type="button" className="btn btn-quiet" onClick={() => store.getState().dismissNotice()}>
              {t('dismiss')}
            </button>
          </div>
        )}
      </div>
    </>
  );
}
