// React access to the panel store and the translator for the current UI language.
import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import { translator, type Translate } from './i18n.ts';
import type { PanelState, PanelStore } from './panel-store.ts';

export const PanelContext = createContext<PanelStore | null>(null);

export function usePanelStore(): PanelStore {
  const store = useContext(PanelContext);
  if (!store) throw new Error('PanelContext is missing');
  return store;
}

export function usePanel<T>(selector: (state: PanelState) => T): T {
  return useStore(usePanelStore(), selector);
}

export function useT(): Translate {
  const lang = usePanel((s) => s.uiLanguage);
  return useMemo(() => translator(lang), [lang]);
}
