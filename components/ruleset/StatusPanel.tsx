import type { RuleSetStatus } from '../../entrypoints/shared/protocol.ts';
import { problemText, shownProblem } from '../../rules/ruleset/problems.ts';
import { formatTime, RESULT_LABEL } from './labels.ts';
import { useOptionsLanguage, useOptionsT } from './options-language.tsx';

interface Props {
  status: RuleSetStatus | undefined;
  busy: boolean;
  onRefresh(): void;
}

/** Which rule set is active, where it came from, and how the last update went. */
export function StatusPanel({ status, busy, onRefresh }: Props) {
  const t = useOptionsT();
  const lang = useOptionsLanguage();
  if (!status)
    return (
      <section aria-labelledby="status-h">
        <h2 id="status-h">{t('statusHeading')}</h2>
        <p>{t('statusLoading')}</p>
      </section>
    );
  const { active, config } = status;
  return (
    <section aria-labelledby="status-h" data-testid="ruleset-status">
      <h2 id="status-h">{t('statusActiveHeading')}</h2>
      <dl className="facts">
        <dt>{t('factName')}</dt>
        <dd data-testid="active-name">{active.name}</dd>
        <dt>{t('factVersion')}</dt>
        <dd data-testid="active-version">{active.version}</dd>
        <dt>{t('factPublisher')}</dt>
        <dd>{active.publisher}</dd>
        <dt>{t('factPublished')}</dt>
        <dd>{formatTime(active.publishedAt, lang)}</dd>
        <dt>{t('factSource')}</dt>
        <dd data-testid="active-source">{active.source === 'remote' ? t('sourceRemote', { url: active.url ?? t('unknownUrl') }) : t('sourceBundled')}</dd>
        <dt>{t('factLastCheck')}</dt>
        <dd data-testid="last-check">
          {formatTime(status.lastCheck, lang)}
          {status.lastResult ? ` – ${t(RESULT_LABEL[status.lastResult])}` : ''}
        </dd>
        <dt>{t('factSetup')}</dt>
        <dd>
          {config.source === 'policy' ? t('setupPolicy') : config.source === 'pilot' ? t('setupPilot') : t('setupNone')}
          {config.unit ? t('setupUnit', { unit: config.unit }) : ''}
          {config.ruleSetUrl ? t('setupRefresh', { minutes: config.refreshMinutes }) : ''}
        </dd>
      </dl>
      {status.lastError ? (
        <div className="notice error" role="alert" data-testid="last-error">
          <p>{shownProblem(status.lastError, lang)}</p>
          <p>{t('previousStillActive')}</p>
        </div>
      ) : null}
      {config.problems.length > 0 ? (
        <div className="notice warning" data-testid="config-problems">
          <p>{t('configProblems')}</p>
          <ul>
            {config.problems.map((p, i) => (
              <li key={i}>{problemText(p, lang)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <button type="button" onClick={onRefresh} disabled={busy || !config.ruleSetUrl} data-testid="refresh-now">
        {busy ? t('refreshing') : t('refreshNow')}
      </button>
    </section>
  );
}
