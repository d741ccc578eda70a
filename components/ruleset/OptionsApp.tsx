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

  const loadRules = useCallback(
    // The rule browser and the text tester are large renders: in a transition, so React keeps
    // the page responsive while they are built.
    () => api.loadActiveRuleSet().then((rs) => startTransition(() => setRuleSet(rs))),
    [api],
  );

  const reload = useCallback(async () => {
    try {
      await Promise.all([api.getStatus().then(setStatus), loadRules()]);
      setError(undefined);
    } catch (e) {
      setError({ key: 'backgroundUnreachable', detail: (e as Error).message });
    }
  }, [api, loadRules]);

  useEffect(() => {
    // The stored status first (storage.local, milliseconds); the worker's answer replaces it.
    const stored = api.readStoredStatus?.().catch(() => undefined) ?? Promise.resolve(undefined);
    void stored.then((s) => s && setStatus((live) => live ?? s));
    const live = api.getStatus().then(setStatus);
    live.then(
      () => setError(undefined),
      (e: unknown) => setError({ key: 'backgroundUnreachable', detail: (e as Error).message }),
    );
    // The rule set's script (the engine and the bundled standard) takes a few hundred ms to parse:
    // loaded only once a status is drawn, so it never holds the status back.
    let cancelled = false;
    const firstStatus = new Promise<void>((resolve) => {
      void stored.then((s) => s && resolve());
      live.then(resolve, resolve);
    });
    void firstStatus
      .then(afterNextPaint)
      .then(() => (cancelled ? undefined : loadRules()))
      .catch((e: unknown) => setError({ key: 'backgroundUnreachable', detail: (e as Error).message }));
    void api.readPilotSettings().then(setPilot);
    const stop = api.onChange(() => void reload());
    return () => {
      cancelled = true;
      stop();
    };
  }, [api, reload, loadRules]);

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

/** Resolves after the browser has drawn what React rendered so far. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}
