// Validation of what reaches the background. Only this extension's own contexts may talk to it,
// and a message's data is rebuilt from known fields only — nothing else is passed to the engine.

import { INQUIRY_KINDS, RULE_LANGUAGES, UI_LANGUAGES } from '../../rules/ids.ts';
import type { CheckContext, InquiryContext } from '../../rules/types.ts';
import { MAX_TEXT_CHARS, type CheckRequest } from '../shared/protocol.ts';

/** The sender fields we rely on (a subset of runtime.MessageSender). */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** A content script of this extension, running in a tab (not an extension page, not another extension). */
export function isOwnContentScript(sender: SenderLike, runtimeId: string, extensionOrigin: string): boolean {
  if (sender.id !== runtimeId) return false;
  if (typeof sender.tab?.id !== 'number' || sender.tab.id < 0) return false;
  // Extension pages opened in a tab have a tab too; they are not content scripts.
  if (sender.url?.startsWith(extensionOrigin) || sender.origin === extensionOrigin.replace(/\/$/, '')) {
    return false;
  }
  return true;
}

/** Any context of this extension (side panel, options, content scripts). */
export function isOwnExtension(sender: SenderLike, runtimeId: string): boolean {
  return sender.id === runtimeId;
}

/** A page of this extension (side panel, options), not a content script in a web page. */
export function isOwnExtensionPage(sender: SenderLike, runtimeId: string, extensionOrigin: string): boolean {
  if (sender.id !== runtimeId) return false;
  return !!sender.url?.startsWith(extensionOrigin) || sender.origin === extensionOrigin.replace(/\/$/, '');
}

class Invalid extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function optString(v: unknown, max: number, what: string): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v.length > max) throw new Invalid(what);
  return v;
}

function optOneOf<T extends string>(v: unknown, allowed: readonly T[], what: string): T | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) throw new Invalid(what);
  return v as T;
}

/** The object without its undefined fields: an absent field stays absent in what the engine gets. */
function withoutUndefined<T extends object>(fields: { [K in keyof Required<T>]?: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}

function parseInquiry(v: unknown): InquiryContext | undefined {
  if (v === undefined) return undefined;
  if (!isObject(v)) throw new Invalid('context.inquiry');
  return withoutUndefined<InquiryContext>({
    text: optString(v.text, MAX_TEXT_CHARS, 'inquiry.text'),
    senderName: optString(v.senderName, 300, 'inquiry.senderName'),
    senderEmail: optString(v.senderEmail, 320, 'inquiry.senderEmail'),
    receivedAt: optString(v.receivedAt, 40, 'inquiry.receivedAt'),
    kind: optOneOf(v.kind, INQUIRY_KINDS, 'inquiry.kind'),
    language: optString(v.language, 16, 'inquiry.language'),
  });
}

function parseContext(v: unknown): CheckContext {
  if (!isObject(v)) throw new Invalid('context');
  const language = optOneOf(v.language, RULE_LANGUAGES, 'context.language');
  const fallbackLanguage = optOneOf(v.fallbackLanguage, RULE_LANGUAGES, 'context.fallbackLanguage');
  const uiLanguage = optOneOf(v.uiLanguage, UI_LANGUAGES, 'context.uiLanguage');
  const now = optString(v.now, 40, 'context.now');
  if (now !== undefined && Number.isNaN(Date.parse(now))) throw new Invalid('context.now');
  const inquiry = parseInquiry(v.inquiry);
  let recipients: string[] | undefined;
  if (v.recipients !== undefined) {
    if (!Array.isArray(v.recipients) || v.recipients.length > 100) throw new Invalid('context.recipients');
    recipients = v.recipients.map((r) => optString(r, 320, 'context.recipients') ?? '');
  }
  return withoutUndefined<CheckContext>({ language, fallbackLanguage, uiLanguage, now, inquiry, recipients });
}

/** The inquiry reference of a check (rules/inquiry/identity.ts shapes); undefined when absent. */
function parseInquiryRef(v: unknown): CheckRequest['inquiry'] {
  if (v === undefined) return undefined;
  if (!isObject(v)) throw new Invalid('inquiry');
  if (typeof v.key !== 'string' || !/^inq-[0-9a-f]{16}$/.test(v.key)) throw new Invalid('inquiry.key');
  if (typeof v.label !== 'string' || !/^(?:mail|case|quote|page):/.test(v.label) || v.label.length > 210) throw new Invalid('inquiry.label');
  const url = optString(v.url, 2000, 'inquiry.url');
  const ref: NonNullable<CheckRequest['inquiry']> = { key: v.key, label: v.label };
  if (url !== undefined && /^https?:\/\//.test(url)) ref.url = url;
  if (v.movedFrom !== undefined) {
    const from = v.movedFrom;
    if (!isObject(from) || typeof from.key !== 'string' || !/^inq-[0-9a-f]{16}$/.test(from.key)) throw new Invalid('inquiry.movedFrom');
    if (typeof from.since !== 'string' || from.since.length > 40 || Number.isNaN(Date.parse(from.since))) throw new Invalid('inquiry.movedFrom.since');
    if (from.key !== v.key) ref.movedFrom = { key: from.key, since: new Date(from.since).toISOString() };
  }
  return ref;
}

/** A clean CheckRequest built from known fields, or null when the data has the wrong shape. */
export function parseCheckRequest(data: unknown): CheckRequest | null {
  try {
    if (!isObject(data)) return null;
    const { text, fieldKey, seq } = data;
    if (typeof text !== 'string' || text.length > MAX_TEXT_CHARS) return null;
    if (typeof fieldKey !== 'string' || fieldKey.length === 0 || fieldKey.length > 300) return null;
    if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return null;
    const request: CheckRequest = { text, fieldKey, seq, context: parseContext(data.context ?? {}) };
    if (data.truncated === true) request.truncated = true;
    const inquiry = parseInquiryRef(data.inquiry);
    if (inquiry) request.inquiry = inquiry;
    return request;
  } catch (error) {
    if (error instanceof Invalid) return null;
    throw error;
  }
}
