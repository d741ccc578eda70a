// Message handlers of the background, independent of the messaging library so they can be
// unit-tested: validate the sender and the data, run the engine, record the tab's state.

import type { CheckResponse, RuleSetSummary, TabState } from '../shared/protocol.ts';
import { emptyResult, type EngineHost, type Logger } from './engine-host.ts';
import type { InquiryService } from './inquiries.ts';
import type { TabStateStore } from './tab-state.ts';
import { toTabState } from './tab-state.ts';
import { isOwnContentScript, isOwnExtension, isOwnExtensionPage, parseCheckRequest, type SenderLike } from './validate.ts';
import { isIgnoreToken, withoutIgnored } from '../../rules/inquiry/ignored.ts';
import { applyCorrection } from '../../rules/inquiry/record.ts';
import { withQuestionTicks } from '../../rules/inquiry/question-ticks.ts';

export interface HandlerDeps {
  host: EngineHost;
  store: TabStateStore;
  runtimeId: string;
  /** chrome-extension://<id>/ (moz-extension://… in Firefox). */
  extensionOrigin: string;
  log?: Logger;
  /** Per-inquiry checklist and corrections (inquiries.ts); absent in tests of the bare handler. */
  inquiries?: InquiryService;
  /**
   * Asks the content script in the tab's frame to check the field again (messaging 'recheck');
   * resolves once it has (its checkText has then been answered and stored). Absent in tests.
   */
  recheck?(target: { tabId: number; frameId: number; fieldKey: string }): Promise<boolean>;
}

export class RejectedMessage extends Error {
  constructor(reason: string) {
    super(`Svarhjelp: message rejected (${reason})`);
    this.name = 'RejectedMessage';
  }
}

export async function handleCheckText(message: { data: unknown; sender: SenderLike }, deps: HandlerDeps): Promise<CheckResponse> {
  const { sender } = message;
  if (!isOwnContentScript(sender, deps.runtimeId, deps.extensionOrigin)) {
    throw new RejectedMessage('not from a content script of this extension');
  }
  const request = parseCheckRequest(message.data);
  if (!request) throw new RejectedMessage('invalid checkText data');
  const log = deps.log ?? console.error;
  const inquiry = deps.inquiries ? request.inquiry : undefined;
  // The inquiry's record, read once: the user's corrections (received date, kind) apply to every
  // later check, and what the user dismissed is no finding for the panel or the checklist.
  const record = inquiry ? await deps.inquiries!.read(inquiry.key).catch(() => undefined) : undefined;
  // Questions ticked by hand count as answered (or not) for the engine too.
  const context = withQuestionTicks(applyCorrection(request.context, record?.correction), record?.manual);
  const tabId = sender.tab!.id!;
  const frameId = sender.frameId ?? 0;
  // A newer request from the same field stops this one at its next pause: nothing is stored and
  // the content script, which already waits for the newer answer, drops this one.
  const checked = await deps.host.checkAsync(request.text, context, `${tabId}:${frameId}:${request.fieldKey}`);
  if (!checked) return { seq: request.seq, result: emptyResult(request.text), ruleSet: deps.host.ruleSetInfo(), superseded: true };
  // The content script cut a longer reply; say so, as the engine does for what it cuts itself.
  const result = request.truncated && checked.truncatedAt === undefined ? { ...checked, truncatedAt: request.text.length } : checked;
  const ruleSet = deps.host.ruleSetInfo();
  const ignored = record?.ignored ?? [];
  const shown = ignored.length ? { ...result, findings: withoutIgnored(result.findings, ignored) } : result;
  if (inquiry) {
    try {
      await deps.inquiries!.afterCheck({ ref: inquiry, pageContext: request.context, context, text: request.text, result: shown, tabId });
    } catch (error) {
      log('could not store the inquiry record', error);
    }
  }
  try {
    const state = toTabState({
      tabId,
      frameId,
      fieldKey: request.fieldKey,
      // The tab's URL names the page the user sees; an editor frame's own URL is often about:blank.
      url: sender.tab?.url ?? sender.url,
      result: shown,
      ruleSet,
    });
    if (inquiry) state.inquiry = { key: inquiry.key, label: inquiry.label };
    if (context.inquiry?.senderName) state.citizenName = context.inquiry.senderName;
    await deps.store.write(state);
  } catch (error) {
    // The panel misses one update; the answer to the editor still goes out.
    (deps.log ?? console.error)('could not store tab state', error);
  }
  // The popover speaks the language the findings' messages were written in.
  return { seq: request.seq, result, ruleSet, ...(context.uiLanguage ? { uiLanguage: context.uiLanguage } : {}), ...(ignored.length ? { ignored } : {}) };
}

/** «Ignorer» from a content script: kept with the inquiry's record. */
export async function handleIgnoreFinding(message: { data: unknown; sender: SenderLike }, deps: HandlerDeps): Promise<boolean> {
  if (!isOwnContentScript(message.sender, deps.runtimeId, deps.extensionOrigin)) throw new RejectedMessage('not from a content script of this extension');
  const data = message.data as { inquiryKey?: unknown; token?: unknown } | undefined;
  if (typeof data?.inquiryKey !== 'string' || !/^inq-[0-9a-f]{16}$/.test(data.inquiryKey) || !isIgnoreToken(data.token))
    throw new RejectedMessage('invalid ignoreFinding data');
  return deps.inquiries ? deps.inquiries.ignore(data.inquiryKey, data.token) : false;
}

export function handleGetRuleSetSummary(sender: SenderLike, deps: HandlerDeps): RuleSetSummary {
  if (!isOwnExtension(sender, deps.runtimeId)) {
    throw new RejectedMessage('not from this extension');
  }
  return deps.host.summary();
}

/** The popover's value and sub-goal names: the same wording as the panel's, from the active set. */
export function handleGetRuleSetLabels(sender: SenderLike, deps: HandlerDeps): RuleSetSummary['labels'] {
  if (!isOwnExtension(sender, deps.runtimeId)) {
    throw new RejectedMessage('not from this extension');
  }
  return deps.host.summary().labels;
}

/**
 * The panel's getTabState: the tab's last result from memory. After a worker restart the memory is
 * empty, while the tab's text-free record still names the field: the content script there checks
 * it again, and its answer is what the panel gets. Null when nothing was checked in the tab or the
 * field is gone (the page moved on).
 */
export async function handleGetTabState(message: { data: unknown; sender: SenderLike }, deps: HandlerDeps): Promise<TabState | null> {
  if (!isOwnExtensionPage(message.sender, deps.runtimeId, deps.extensionOrigin)) {
    throw new RejectedMessage('not from a page of this extension');
  }
  const tabId = (message.data as { tabId?: unknown } | null)?.tabId;
  if (typeof tabId !== 'number' || !Number.isSafeInteger(tabId) || tabId < 0) throw new RejectedMessage('invalid getTabState data');
  const known = deps.store.read(tabId);
  if (known || !deps.recheck) return known ?? null;
  const record = await deps.store.record(tabId);
  if (!record) return null;
  try {
    await deps.recheck({ tabId, frameId: record.frameId, fieldKey: record.fieldKey });
  } catch (error) {
    // No content script there any more (tab navigated, frame gone): nothing to show.
    (deps.log ?? console.error)('could not ask the tab to check again', error);
  }
  return deps.store.read(tabId) ?? null;
}
