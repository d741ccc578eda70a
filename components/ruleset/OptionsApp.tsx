import { lazy, startTransition, Suspense, useCallback, useEffect, useState } from 'react';
import { StaffProfileForm } from '../StaffProfileForm.tsx';
import type { PilotSettings } from '../../entrypoints/background/policy.ts';
import type { RuleSetStatus } from '../../entrypoints/shared/protocol.ts';
import type { RuleSet } from '../../rules/ruleset/types.ts';
import type { OptionsApi } from './options-api.ts';
import { PilotForm } from './PilotForm.tsx';
import { SiteAccess, type SiteAccessApi } from './SiteAccess.tsx';
import { StatusPanel } from './StatusPanel.tsx';
import { OptionsLanguageProvider, useChosenUiLanguage, useOptionsT } from './options-language.tsx';
import { uiLanguageFromBrowser } from '../../rules/ids.ts';

// Both bring the engine: loaded after the status and the settings are on screen.
const RuleBrowser = lazy(() => import('./RuleBrowser.tsx').then((m) => ({ default: m.RuleBrowser })));
const TextTester = lazy(() => import('./TextTester.tsx').then((m) => ({ default: m.TextTester })));

/** The options page: site access, rule-set status, pilot settings, the rules, and a text tester. */
export function OptionsApp({ api, siteAccess }: { api: OptionsApi; siteAccess?: SiteAccessApi }) {
  // Before the stored choice is read (and without one): the browser's language, as the panel does.
  const lang = useChosenUiLanguage(api, api.readUiLanguage ? uiLanguageFromBrowser(globalThis.navigator?.language) : 'nb');
  return (
    <OptionsLanguageProvider value={lang}>
      <OptionsPage api={api} {...(siteAccess ? { siteAccess } : {})} />
    </OptionsLanguageProvider>
  );
}

function OptionsPage({ api, siteAccess }: { api: OptionsApi; siteAccess?: SiteAccessApi }) {
  const t = useOptionsT();
  const [status, setStatus] = useState<RuleSetStatus>();
  const [ruleSet, setRuleSet] = useState<RuleSet>();
  const [pilot, setPilot] = useState<PilotSettings>({});
  const [busy, setBusy] = useState(false);
  // Kept as the text's key and the browser's detail, so a change of language rewords it too.
  const [error, setError] = useState<{ key: 'backgroundUnreachable' | 'refreshFailed'; detail: string }>();

  const reload = useCallback(async () => {
    try {
      // Each shows as soon as it is there: the status does not wait for the rule set, nor it for the worker.
      // The rule browser and the text tester are large renders: in a transition, so React draws
      // the status first and keeps the page responsive while they are built.
      await Promise.all([api.getStatus().then(setStatus), api.loadActiveRuleSet().then((rs) => startTransition(() => setRuleSet(rs)))]);
      setError(undefined);
    } catch (e) {
      setError({ key: 'backgroundUnreachable', detail: (e as Error).message });
    }
  }, [api]);

  useEffect(() => {
    // The stored status first (storage.local, milliseconds); the worker's answer replaces it.
    void api
      .readStoredStatus?.()
      .then((stored) => stored && setStatus((live) => live ?? stored))
      .catch(() => {});
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
      setError({ key: 'refreshFailed', detail: (e as Error).message });
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
      <h1>{t('title')}</h1>
      {error ? (
        <p className="notice error" role="alert">
          {t(error.key, { error: error.detail })}
        </p>
      ) : null}
      {siteAccess ? <SiteAccess api={siteAccess} /> : null}
      <StatusPanel status={status} busy={busy} onRefresh={() => void refresh()} />
      <PilotForm initial={pilot} status={status} onSave={save} />
      <StaffProfileForm />
      <Suspense fallback={null}>
        {ruleSet ? <TextTester active={ruleSet} /> : null}
        {ruleSet ? <RuleBrowser ruleSet={ruleSet} /> : null}
      </Suspense>
    </main>
  );
}
