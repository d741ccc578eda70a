// Where the active rule set comes from and whether the last update worked, read straight from
// the updater's status in storage.local so the panel follows every change without asking.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { RULE_SET_STATUS_KEY, type RuleSetStatus } from '../entrypoints/shared/protocol.ts';
import { useT } from './context.tsx';

function useRuleSetStatus(): RuleSetStatus | undefined {
  const [status, setStatus] = useState<RuleSetStatus>();
  useEffect(() => {
    let alive = true;
    browser.storage.local.get(RULE_SET_STATUS_KEY).then(
      (items) => alive && setStatus(items[RULE_SET_STATUS_KEY] as RuleSetStatus | undefined),
      () => undefined,
    );
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && RULE_SET_STATUS_KEY in changes) setStatus(changes[RULE_SET_STATUS_KEY]!.newValue as RuleSetStatus | undefined);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return status;
}

const shortDate = (iso: string | undefined) => (iso ? new Date(iso).toLocaleDateString('nb-NO', { day: 'numeric', month: 'short', year: 'numeric' }) : '');
const shortTime = (iso: string) => new Date(iso).toLocaleString('nb-NO', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

export function RuleSetStatusLine() {
  const t = useT();
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
          {t('ruleSetError', { error: status.lastError })}
        </p>
      ) : null}
    </div>
  );
}
