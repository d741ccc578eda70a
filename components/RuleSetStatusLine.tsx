// Where the active rule set comes from and whether the last update worked, read straight from
// the updater's status in storage.local so the panel follows every change without asking.
import { useEffect, useState } from 'react';
import type { RuleSetStatus } from '../entrypoints/shared/protocol.ts';
import { usePanel, useT } from './context.tsx';
import { shownProblem } from '../rules/ruleset/problems.ts';
import { ruleSetStatusItem } from '../entrypoints/shared/storage-items.ts';

function useRuleSetStatus(): RuleSetStatus | undefined {
  const [status, setStatus] = useState<RuleSetStatus>();
  useEffect(() => {
    let alive = true;
    ruleSetStatusItem.getValue().then(
      (value) => alive && setStatus(value ?? undefined),
      () => undefined,
    );
    const unwatch = ruleSetStatusItem.watch((value) => setStatus(value ?? undefined));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return status;
}

const shortDate = (iso: string | undefined) => (iso ? new Date(iso).toLocaleDateString('nb-NO', { day: 'numeric', month: 'short', year: 'numeric' }) : '');
const shortTime = (iso: string) => new Date(iso).toLocaleString('nb-NO', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

export function RuleSetStatusLine() {
  const t = useT();
  const lang = usePanel((s) => s.uiLanguage);
  const status = useRuleSetStatus();
  if (!status) return null;
  const { active } = status;
  const origin = active.source === 'remote' ? t('ruleSetRemote', { publisher: active.publisher, date: shortDate(active.publishedAt) }) : t('ruleSetBundled');
  return (
    <div className="ruleset-status" data-testid="ruleset-status">
      <p className="muted">
        {origin}
        {status.lastCheck ? ` · ${t('ruleSetChecked', { time: shortTime(status.lastCheck) })}` : ''}
      </p>
      {status.lastResult === 'failed' && status.lastError ? (
        <p className="notice notice-error" role="status" data-testid="ruleset-error">
          {t('ruleSetError', { error: shownProblem(status.lastError, lang) })}
        </p>
      ) : null}
    </div>
  );
}
