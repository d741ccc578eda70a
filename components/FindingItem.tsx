import type { Finding } from '../rules/types.ts';
import { Advice } from './Advice.tsx';
import { usePanel, usePanelStore, useT } from './context.tsx';
import { SeverityBadge } from './SeverityBadge.tsx';

export function FindingItem({ finding }: { finding: Finding }) {
  const t = useT();
  const store = usePanelStore();
  const busy = usePanel((s) => s.busyFindingId === finding.id);
  const suggestions = finding.suggestions.filter((s) => typeof s === 'string');

  return (
    <li className={`finding finding-${finding.severity}`} data-testid={`finding-${finding.ruleId}`} aria-busy={busy || undefined}>
      <p className="finding-message">
        <SeverityBadge severity={finding.severity} /> {finding.message}
      </p>
      {suggestions.length > 0 && (
        <div className="finding-suggestions" role="group" aria-label={t('replaceWith')}>
          <span className="finding-suggestions-label" aria-hidden="true">
            {t('replaceWith')}
          </span>
          {suggestions.map((suggestion, index) => (
            <button
              key={`${index}:${suggestion}`}
              type="button"
              className="btn btn-suggestion"
              disabled={busy}
              aria-label={suggestion === '' ? t('removeText') : t('replaceWithAria', { suggestion })}
              onClick={() => void store.getState().applySuggestion(finding, suggestion)}
            >
              {suggestion === '' ? t('removeText') : suggestion}
            </button>
          ))}
        </div>
      )}
      <div className="finding-foot">
        {finding.advice ? (
          <details className="finding-advice">
            <summary>{t('readMore')}</summary>
            <Advice source={finding.advice} />
          </details>
        ) : (
          <span />
        )}
        <button
          type="button"
          className="btn btn-quiet btn-small"
          disabled={busy}
          onClick={() => void store.getState().revealFinding(finding)}
        >
          {t('reveal')}
        </button>
      </div>
    </li>
  );
}
