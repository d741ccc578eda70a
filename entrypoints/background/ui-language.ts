// The UI language the user chose in the panel (storage.local `settings.uiLanguage`, chosen in
// components/panel-store.ts, written by storage-writes.ts). Texts the background makes — the deadline card's labels and advice
// in a check result, reminder notifications — follow it. Without a choice, a check's texts follow
// the reply's language (the engine's own fallback) and a notification the browser's language.
import { isUiLanguage, type UiLanguage } from '../../rules/ids.ts';
import type { SenderLike } from './validate.ts';
import { handleCheckText, type HandlerDeps } from './handlers.ts';
import { SETTINGS_KEY } from '../shared/storage-items.ts';

/** The language chosen in the panel, or undefined when the user has made no choice. */
export async function chosenUiLanguage(local: { get(keys: string): Promise<Record<string, unknown>> }): Promise<UiLanguage | undefined> {
  try {
    const settings = (await local.get(SETTINGS_KEY))[SETTINGS_KEY] as { uiLanguage?: unknown } | undefined;
    return isUiLanguage(settings?.uiLanguage) ? settings.uiLanguage : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The checkText message with the chosen UI language in its context, unless the content script
 * named one itself. Anything malformed is passed on untouched for the validator to reject.
 */
export function withUiLanguage<M extends { data: unknown }>(message: M, uiLanguage: UiLanguage | undefined): M {
  if (!uiLanguage || !message.data || typeof message.data !== 'object') return message;
  const data = message.data as { context?: unknown };
  if (data.context !== undefined && (typeof data.context !== 'object' || data.context === null)) return message;
  const context = (data.context ?? {}) as Record<string, unknown>;
  if (context.uiLanguage !== undefined) return message;
  return { ...message, data: { ...data, context: { ...context, uiLanguage } } };
}

/** The background's checkText: the check in the chosen UI language (index.ts). */
export async function handleCheckTextInChosenLanguage(
  message: { data: unknown; sender: SenderLike },
  deps: HandlerDeps,
  local: { get(keys: string): Promise<Record<string, unknown>> },
) {
  return handleCheckText(withUiLanguage(message, await chosenUiLanguage(local)), deps);
}
