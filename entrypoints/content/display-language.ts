// What the popover speaks and names: the UI language the user chooses in the panel
// (storage.local `settings.uiLanguage`), taken the moment it changes, and the active rule set's
// names of the values and sub-goals (the same wording as the panel's). An open popover re-renders
// when either changes (onDisplayChange), so switching the language needs no keystroke.
import { isUiLanguage, type UiLanguage } from '../../rules/ids.ts';
import type { RuleSet } from '../../rules/ruleset/types.ts';
import { SETTINGS_KEY } from '../shared/storage-items.ts';

export type StandardLabels = RuleSet['labels'];

interface StorageChange {
  newValue?: unknown;
}
export interface DisplaySources {
  /** browser.storage.onChanged */
  onStorageChanged: {
    addListener(fn: (changes: Record<string, StorageChange>, area: string) => void): void;
    removeListener(fn: (changes: Record<string, StorageChange>, area: string) => void): void;
  };
  /** The active set's labels from the background. */
  fetchLabels(): Promise<StandardLabels>;
}

let chosen: UiLanguage | undefined;
let labels: StandardLabels | undefined;
let sources: DisplaySources | undefined;
const listeners = new Set<() => void>();

/** The language chosen in the panel since this page loaded; undefined until the user changes it. */
export function chosenLanguage(): UiLanguage | undefined {
  return chosen;
}

export function standardLabels(): StandardLabels | undefined {
  return labels;
}

/** Calls `fn` when the chosen language or the labels change; returns the unsubscribe. */
export function onDisplayChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

function changed(): void {
  for (const fn of [...listeners]) {
    try {
      fn();
    } catch (error) {
      console.debug('[Svarhjelp] could not show the new language', error);
    }
  }
}

/** Asks the background for the active set's labels again (when a popover opens); cheap, from memory there. */
export function refreshLabels(): void {
  sources
    ?.fetchLabels()
    .then((next) => {
      if (!next || JSON.stringify(next) === JSON.stringify(labels)) return;
      labels = next;
      changed();
    })
    .catch((error: unknown) => console.debug('[Svarhjelp] could not read the rule set labels', error));
}

/** Listens for the language setting; returns the stop. Nothing is read until something changes. */
export function watchDisplayLanguage(from: DisplaySources): () => void {
  sources = from;
  const onChanged = (changes: Record<string, StorageChange>, area: string) => {
    if (area !== 'local' || !changes[SETTINGS_KEY]) return;
    const value = (changes[SETTINGS_KEY].newValue as { uiLanguage?: unknown } | undefined)?.uiLanguage;
    const next = isUiLanguage(value) ? value : undefined;
    if (next === chosen) return;
    chosen = next;
    changed();
  };
  from.onStorageChanged.addListener(onChanged);
  return () => {
    from.onStorageChanged.removeListener(onChanged);
    if (sources === from) sources = undefined;
  };
}
