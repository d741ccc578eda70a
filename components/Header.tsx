import { usePanel, useT } from './context.tsx';
import { RuleSetStatusLine } from './RuleSetStatusLine.tsx';

export function Header() {
  const t = useT();
  const summary = usePanel((s) => s.summary);
  const fromTab = usePanel((s) => s.tabState?.ruleSet);
  const summaryStatus = usePanel((s) => s.summaryStatus);
  const ruleSet = summary ?? fromTab ?? null;
  return (
    <header className="header">
      <h1 className="title">
        <span className="logo" aria-hidden="true" />
        {t('appName')}
      </h1>
      <p className="ruleset">
        {ruleSet ? (
          <>
            <span className="ruleset-name">{ruleSet.name}</span>{' '}
            <span className="ruleset-version" data-testid="ruleset-version">
              {t('ruleSetVersion', { version: ruleSet.version })}
            </span>
          </>
        ) : summaryStatus === 'error' ? (
          <span className="muted" data-testid="ruleset-version">
            {t('ruleSetUnknown')}
          </span>
        ) : null}
      </p>
      <RuleSetStatusLine />
    </header>
  );
}
