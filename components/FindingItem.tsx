import { useEffect, useRef } from 'react';
import type { Finding } from '../rules/types.ts';
import { Advice } from './Advice.tsx';
import { usePanel, usePanelStore, useT } from './context.tsx';
import { SeverityBadge } from './SeverityBadge.tsx';
import { findingAdvice, findingMessage } from './finding-text.ts';

export function FindingItem({ finding }: { finding: Finding }) {
  const t = useT();
  const store = usePanelStore();
  const lang = usePanel((s) => s.uiLanguage);
  const busy = usePanel((s) => s.busyFindingId === finding.id);
  // "Mer i sidepanelet" in the popover: this card is the one the user asked about.
  const wanted = usePanel((s) => s.focusFindingId === finding.id);
  const card = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const el = card.current;
    if (!wanted || !el) return;
    el.scrollIntoView?.({ block: 'center' });
    el.focus({ preventScroll: true });
    store.getState().focusDone();
  }, [wanted, store]);
  const suggestions = finding.suggestions.filter((s) => typeof s === 'string');
  const advice = findingAdvice(finding, lang);

  return (
    <li ref={card} tabIndex={-1} className={`finding finding-${finding.severity}`} data-testid={`finding-${finding.ruleId}`} aria-busy={busy || undefined}>
      <p className="finding-message">
        <SeverityBadge severity={finding.severity} /> {findingMessage(finding, lang)}
      </p>
      {suggestions.length > 0 && (
        // biome-ignore lint/a11y/useSemanticElements: a labelled group of buttons, not a form; a fieldset would bring form semantics and styling
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
        {advice ? (
          <details className="finding-advice">
            <summary>{t('readMore')}</summary>
            <Advice source={advice} />
          </details>
        ) : (
          <span />
        )}
        <button type="button" className="btn btn-quiet btn-small" disabled={busy} onClick={() => void store.getState().revealFinding(finding)}>
          {t('reveal')}
        </button>
      </div>
    </li>
  );
}
