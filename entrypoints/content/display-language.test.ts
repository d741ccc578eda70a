import { describe, expect, it, vi } from 'vitest';
import { chosenLanguage, onDisplayChange, refreshLabels, standardLabels, watchDisplayLanguage, type DisplaySources } from './display-language.ts';
import { BUNDLED_RULE_SET } from '../../rules/standard/index.ts';

type Listener = Parameters<DisplaySources['onStorageChanged']['addListener']>[0];

function sources(fetchLabels = vi.fn(async () => BUNDLED_RULE_SET.labels)) {
  const listeners = new Set<Listener>();
  const from: DisplaySources = {
    onStorageChanged: { addListener: (fn) => listeners.add(fn), removeListener: (fn) => listeners.delete(fn) },
    fetchLabels,
  };
  const emit: Listener = (changes, area) => listeners.forEach((fn) => fn(changes, area));
  return { from, emit, listeners, fetchLabels };
}

describe('the popover’s display language', () => {
  it('takes the language chosen in the panel the moment it changes, and tells the open popover', () => {
    const { from, emit, listeners } = sources();
    const stop = watchDisplayLanguage(from);
    const changed = vi.fn();
    const off = onDisplayChange(changed);
    emit({ settings: { newValue: { uiLanguage: 'en' } } }, 'local');
    expect(chosenLanguage()).toBe('en');
    expect(changed).toHaveBeenCalledTimes(1);
    // Other keys, other areas and the same language again change nothing.
    emit({ other: { newValue: 1 } }, 'local');
    emit({ settings: { newValue: { uiLanguage: 'nn' } } }, 'session');
    emit({ settings: { newValue: { uiLanguage: 'en', retentionDays: 30 } } }, 'local');
    expect(changed).toHaveBeenCalledTimes(1);
    // A choice taken back: the popover falls back to the check's language.
    emit({ settings: { newValue: {} } }, 'local');
    expect(chosenLanguage()).toBeUndefined();
    off();
    stop();
    expect(listeners.size).toBe(0);
  });

  it('asks the background for the rule set’s names and re-renders only when they differ', async () => {
    const { from, fetchLabels } = sources();
    const stop = watchDisplayLanguage(from);
    const changed = vi.fn();
    const off = onDisplayChange(changed);
    refreshLabels();
    await vi.waitFor(() => expect(standardLabels()).toEqual(BUNDLED_RULE_SET.labels));
    expect(changed).toHaveBeenCalledTimes(1);
    refreshLabels();
    await vi.waitFor(() => expect(fetchLabels).toHaveBeenCalledTimes(2));
    await Promise.resolve();
    expect(changed).toHaveBeenCalledTimes(1);
    off();
    stop();
  });
});
