import type { CheckResult } from '../rules/types.ts';
import { usePanel, useT } from './context.tsx';
import { formatNumber, languageName, lixBand, lixBandLabel } from './format.ts';

export function SummaryLine({ result }: { result: CheckResult }) {
  const t = useT();
  const lang = usePanel((s) => s.uiLanguage);
  const { metrics } = result;
  const source = result.languageSource === 'fallback' ? ` ${t('languageAssumed')}` : result.languageSource === 'context' ? ` ${t('languageChosen')}` : '';
  return (
    <dl className="summary" aria-label={t('summaryHeading')}>
      <div className="summary-item">
        <dt>{t('replyLanguage')}</dt>
        <dd data-testid="summary-language">
          {languageName(result.language, lang, t)}
          {source && <span className="muted">{source}</span>}
        </dd>
      </div>
      <div className="summary-item">
        <dt>{t('words')}</dt>
        <dd data-testid="summary-words">{formatNumber(metrics.words, lang)}</dd>
      </div>
      <div className="summary-item">
        <dt>{t('lix')}</dt>
        <dd data-testid="summary-lix">
          {formatNumber(metrics.lix, lang)} <span className={`lix-band lix-band-${lixBand(metrics.lix)}`}>{lixBandLabel(metrics.lix, t)}</span>
        </dd>
      </div>
    </dl>
  );
}
