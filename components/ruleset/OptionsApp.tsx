import { StaffProfileForm } from '../StaffProfileForm.tsx';
import { useCallback, useEffect, useState } from 'react';
import type { PilotSettings } from '../../entrypoints/background/policy.ts';
import type { RuleSetStatus } from '../../entrypoints/shared/protocol.ts';
import type { RuleSet } from '../../rules/ruleset/types.ts';
import type { OptionsApi } from './options-api.ts';
import { PilotForm } from './PilotForm.tsx';
import { RuleBrowser } from './RuleBrowser.tsx';
import { StatusPanel } from './StatusPanel.tsx';
import { TextTester } from './TextTester.tsx';

/** The options page: rule-set status, pilot settings, the rules, and a text tester. */
export function OptionsApp({ api }: { api: OptionsApi }) {
  const [status, setStatus] = useState<RuleSetStatus>();
  const [ruleSet, setRuleSet] = useState<RuleSet>();
  const [pilot, setPilot] = useState<PilotSettings>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const reload = useCallback(async () => {
    try {
      const [s, rs] = await Promise.all([api.getStatus(), api.loadActiveRuleSet()]);
      setStatus(s);
      setRuleSet(rs);
      setError(undefined);
    } catch (e) {
      setError(`Fikk ikke kontakt med Svarhjelp i bakgrunnen: ${(e as Error).message}`);
    }
  }, [api]);

  useEffect(() => {
    void reload();
    void api.readPilotSettings().then(setPilot);
    return api.onChange(() => void reload());
  }, [api, reload]);

  const refresh = async () => {
    setBusy(true);
    try {
      setStatus(await api.refresh());
      setRuleSet(await api.loadActiveRuleSet());
    } catch (e) {
      setError(`Oppdateringen kunne ikke startes: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  const save = async (settings: PilotSettings) => {
    await api.savePilotSettings(settings);
    setPilot(settings);
    await refresh();
  };

  return (
    <main>
      <h1>Svarhjelp – innstillinger</h1>
      {error ? <p className="notice error" role="alert">{error}</p> : null}
      <StatusPanel status={status} busy={busy} onRefresh={() => void refresh()} />
      <PilotForm initial={pilot} status={status} onSave={save} />
      <StaffProfileForm />
      {ruleSet ? <TextTester active={ruleSet} /> : null}
      {ruleSet ? <RuleBrowser ruleSet={ruleSet} /> : null}
    </main>
  );
}
