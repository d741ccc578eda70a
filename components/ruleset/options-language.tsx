// The options page speaks the UI language chosen in the side panel (storage.local
// `settings.uiLanguage`) and follows it when it changes; without a choice, the browser's.
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import { isUiLanguage, type UiLanguage } from '../../rules/ids.ts';
import { OPTIONS_STRINGS, translatorFor, type OptionsStrings, type TemplateVars } from '../ui-strings/index.ts';

const OptionsLanguage = createContext<UiLanguage>('nb');
export const OptionsLanguageProvider = OptionsLanguage.Provider;

export type OptionsTranslate = (key: keyof OptionsStrings, vars?: TemplateVars) => string;

export function useOptionsLanguage(): UiLanguage {
  return useContext(OptionsLanguage);
}

export function useOptionsT(): OptionsTranslate {
  const lang = useOptionsLanguage();
  return useMemo(() => translatorFor(OPTIONS_STRINGS, lang), [lang]);
}

/** Where the chosen language is kept and how a change is heard (options-api.ts; absent in tests). */
export interface UiLanguageSource {
  readUiLanguage?(): Promise<unknown>;
  onUiLanguageChange?(listener: (value: unknown) => void): () => void;
}

/** The chosen language, read once and then followed; `fallback` until then and without a choice. */
export function useChosenUiLanguage(source: UiLanguageSource, fallback: UiLanguage): UiLanguage {
  const [chosen, setChosen] = useState<UiLanguage | undefined>();
  useEffect(() => {
    const take = (value: unknown) => setChosen(isUiLanguage(value) ? value : undefined);
    void source.readUiLanguage?.().then(take, () => undefined);
    return source.onUiLanguageChange?.(take);
  }, [source]);
  return chosen ?? fallback;
}
