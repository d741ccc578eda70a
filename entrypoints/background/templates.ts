// The inline template search (Alt+M in the editor) asks here for the active set's standard
// answers, filled for the sender's tab as the side panel fills them (rules/templates/facts.ts):
// the content script knows the reply but not the deadline computed here or the staff profile.
import type { UiLanguage } from '../../rules/ids.ts';
import { templateFactsFrom } from '../../rules/templates/facts.ts';
import { fillTemplate } from '../../rules/templates/placeholders.ts';
import { parseStaffProfile } from '../../components/staff-profile.ts';
import type { FilledTemplates } from '../shared/protocol.ts';
import { RejectedMessage, type HandlerDeps } from './handlers.ts';
import { isOwnContentScript, type SenderLike } from './validate.ts';
import { STAFF_PROFILE_KEY } from '../shared/storage-items.ts';

const UI_OF: Record<string, UiLanguage> = { nob: 'nb', nno: 'nn', eng: 'en' };

export async function handleGetFilledTemplates(
  message: { sender: SenderLike },
  deps: HandlerDeps,
  local: { get(key: string): Promise<Record<string, unknown>> },
): Promise<FilledTemplates> {
  if (!isOwnContentScript(message.sender, deps.runtimeId, deps.extensionOrigin)) throw new RejectedMessage('not from a content script of this extension');
  const summary = deps.host.summary();
  const state = deps.store.read(message.sender.tab!.id!);
  const record = state?.inquiry && deps.inquiries ? await deps.inquiries.read(state.inquiry.key).catch(() => undefined) : undefined;
  const staff = parseStaffProfile((await local.get(STAFF_PROFILE_KEY))[STAFF_PROFILE_KEY]);
  const facts = templateFactsFrom({
    ...(state?.result.deadline ? { deadline: state.result.deadline } : {}),
    ...(state?.inquiry ? { inquiryLabel: state.inquiry.label } : {}),
    ...(state?.citizenName ? { citizenName: state.citizenName } : {}),
    record: record ?? null,
    ...(summary.calendar ? { calendar: summary.calendar } : {}),
    staff,
  });
  const language = UI_OF[state?.result.language ?? ''] ?? 'nb';
  const kind = record ? (record.correction.kind ?? record.detected.kind) : undefined;
  return {
    language,
    ...(kind ? { kind } : {}),
    templates: (summary.templates ?? []).map((t) => ({
      id: t.id,
      title: t.title[language] ?? t.title.nb,
      text: fillTemplate(t.text[language] ?? t.text.nb, facts, language).text,
      kinds: t.kinds,
      keywords: [...(t.keywords ?? []), t.title.nb, t.title.nn, t.title.en].filter((k): k is string => !!k),
    })),
  };
}
