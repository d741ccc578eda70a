// Which inquiry a reply belongs to, so its checklist, corrections and reminders follow it across
// page reloads, tabs and browser restarts. In order of reliability:
//   1. the message/thread id in the webmail URL (Outlook on the web, Gmail);
//   2. a case number ("2026/12345") in a configured element, a heading or the page title;
//   3. the quoted inquiry's header (sender name, else address, + received time);
//   4. the page address (origin + path) and the field.
// The key is a hash of the source, so storage never holds mail ids, addresses or case numbers
// through the key. The label is shown in the panel and kept with the record; it never contains
// message text or the citizen's name, only what an officer can see without opening the mail:
// the case number (a public journal reference), the mail host, the received date, or the host
// of the form. Pure: no DOM, no clock.
import { stableHash } from './hash.ts';

export type InquirySource = 'mail' | 'case' | 'quote' | 'page';

export interface InquiryIdentityInput {
  /** URL of the top-level page (with query and fragment: the ids live there). */
  url: string;
  /** Texts that may name a case number, most specific first: a configured element, fields, headings, the title. */
  caseTexts?: readonly string[];
  /** From the quoted inquiry's header, when there is one. */
  quote?: { senderEmail?: string; senderName?: string; receivedAt?: string };
  /** The field within the page (CheckRequest.fieldKey). */
  fieldKey: string;
}

export interface InquiryIdentity {
  /** "inq-" + 16 hex digits. */
  key: string;
  /**
   * Structured, language-neutral label the panel renders in the UI language:
   * "case:2026/12345", "mail:<host>", "quote:<YYYY-MM-DD>", "page:<host>".
   */
  label: string;
  source: InquirySource;
}

/** "2026/12345" or "26/12345", optionally with a document number ("2026/12345-3", which is dropped). */
const CASE_NUMBER = /(?<![\d/])((?:19|20)\d{2}|\d{2})\/(\d{1,7})(?:-\d{1,4})?(?![\d/])/;
/** Only texts that say they name a case, unless the text is short enough to be just the number. */
const CASE_WORD = /\b(?:sak|saka|saken|saksnr|saksnummer|saks-?nr|sak nr|case|arkivsak|vår ref|vår referanse|var ref|our ref|ref)\b/i;

export function findCaseNumber(texts: readonly string[] | undefined): string | undefined {
  for (const raw of texts ?? []) {
    const text = raw.replace(/\s+/g, ' ').trim().slice(0, 400);
    const m = CASE_NUMBER.exec(text);
    if (!m) continue;
    const year = m[1]!.length === 2 ? `20${m[1]}` : m[1]!;
    // A date like 12/11/2026 is not a case number; the year must come first.
    if (Number(year) < 1990 || Number(year) > 2100) continue;
    // "1/2" in a sentence is a fraction; accept it when the text says it is a case or is only the number.
    if (!CASE_WORD.test(text) && text.length > m[0].length + 2 && m[1]!.length !== 4) continue;
    return `${year}/${m[2]}`;
  }
  return undefined;
}

/** The mail's id in an Outlook-on-the-web or Gmail URL, or undefined. */
export function mailIdFromUrl(url: string): { host: string; id: string } | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const host = u.hostname.toLowerCase();
  // Outlook: ItemID=<id> (OWA classic and deep links).
  for (const [name, value] of u.searchParams) {
    if (/^(?:itemid|item_id)$/i.test(name) && value) return { host, id: normaliseId(value) };
  }
  // Outlook: /mail/<folder>/id/<id>, /mail/0/inbox/id/<id>, /mail/deeplink/compose/<id>,
  // /mail/compose/<id>, /mail/deeplink/read/<id>, /owa/…/id/<id>.
  const path = u.pathname;
  const outlook = /\/(?:mail|owa)\/(?:[^?#]*\/)?(?:id|compose|read|readconv)\/([^/?#]{8,})/i.exec(path);
  if (outlook) return { host, id: normaliseId(outlook[1]!) };
  // Gmail: #inbox/<id>, #sent/<id>, #label/Name/<id>, #search/query/<id>, #all/<id> under /mail/u/N/.
  if (/\/mail\b/i.test(path) && u.hash.length > 1) {
    const hash = u.hash.slice(1).split('?')[0]!;
    const parts = hash.split('/');
    const last = parts[parts.length - 1] ?? '';
    if (parts.length >= 2 && /^[A-Za-z0-9_-]{16,}$/.test(last)) return { host, id: last };
  }
  return undefined;
}

function normaliseId(id: string): string {
  // Outlook writes the same id %2F-encoded in one place and raw in another.
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || new URL(url).protocol.replace(':', '');
  } catch {
    return '';
  }
}

function pagePath(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin === 'null' ? u.protocol : u.origin}${u.pathname}`;
  } catch {
    return url.replace(/[?#].*$/s, '');
  }
}

/**
 * Who sent the quoted inquiry, as every quote form of the same message writes it. The name comes
 * first: "On …, Kari Nordmann wrote:" has no address while «Den … skrev Kari Nordmann <kari@…>:»
 * and a forwarded block have both, so reply, reply-all and forward from clients that differ only in
 * that still find one inquiry. "Nordmann, Kari" (Outlook's directory form) and "Kari Nordmann" are
 * the same name. The address is used when no name is given.
 */
export function senderIdentity(quote: { senderName?: string; senderEmail?: string } | undefined): string | undefined {
  const name = quote?.senderName
    ?.normalize('NFC')
    .toLowerCase()
    .replace(/["“”'()]/g, ' ')
    .split(/[\s,]+/)
    .filter((part) => part !== '')
    .sort()
    .join(' ');
  if (name) return `name:${name}`;
  const email = quote?.senderEmail?.trim().toLowerCase();
  return email ? `email:${email}` : undefined;
}

const key = (source: InquirySource, material: string) => `inq-${stableHash(`${source}\u0000${material}`)}`;

export function inquiryIdentity(input: InquiryIdentityInput): InquiryIdentity {
  const mail = mailIdFromUrl(input.url);
  if (mail) return { key: key('mail', `${mail.host}\u0000${mail.id}`), label: `mail:${mail.host}`, source: 'mail' };
  const caseNumber = findCaseNumber(input.caseTexts);
  if (caseNumber) return { key: key('case', caseNumber), label: `case:${caseNumber}`, source: 'case' };
  const received = input.quote?.receivedAt;
  const who = senderIdentity(input.quote);
  if (received && who) {
    return { key: key('quote', `${who}\u0000${received}`), label: `quote:${received.slice(0, 10)}`, source: 'quote' };
  }
  return { key: key('page', `${pagePath(input.url)}\u0000${input.fieldKey}`), label: `page:${hostOf(input.url)}`, source: 'page' };
}

/** Parses a label back into its parts (the panel renders it in the UI language). */
export function parseInquiryLabel(label: string): { source: InquirySource; value: string } | undefined {
  const m = /^(mail|case|quote|page):(.{0,200})$/s.exec(label);
  return m ? { source: m[1] as InquirySource, value: m[2]! } : undefined;
}

/** Gmail views that name no search words or labels; `#<folder>/<thread id>` opens the thread. */
const GMAIL_FOLDERS = new Set(['inbox', 'starred', 'snoozed', 'imp', 'sent', 'scheduled', 'drafts', 'all', 'spam', 'trash', 'chats']);
/** A fragment that is an app route made of plain path segments ("#/sak/2026/12345"), nothing like a query. */
const ROUTE_FRAGMENT = /^#!?\/?[A-Za-z0-9_.~-]+(?:\/[A-Za-z0-9_.~-]+)*\/?$/;
const QUERY_SEGMENT = /(?:^|\/)(?:search|sok|s%C3%B8k|query|q|filter|advanced-search)(?:\/|$)/i;

/**
 * The fragment worth keeping: Gmail's folder and thread id only (a search or label view becomes
 * `#all/<id>`, which Gmail opens, so no search words or label names are stored); an app route of
 * plain segments; otherwise nothing. The record lives for the retention period, so a fragment
 * with search words, addresses or parameters («#search/kari.nordmann%40gmail.com+fødselsnummer/…»)
 * must not be kept.
 */
function reopenFragment(u: URL): string {
  if (u.hash.length <= 1) return '';
  if (/\/mail\b/i.test(u.pathname)) {
    const parts = u.hash.slice(1).split('?')[0]!.split('/');
    const id = parts[parts.length - 1] ?? '';
    if (parts.length < 2 || !/^[A-Za-z0-9_-]{16,}$/.test(id)) return '';
    const folder = parts[0]!.toLowerCase();
    return `#${parts.length === 2 && GMAIL_FOLDERS.has(folder) ? folder : 'all'}/${id}`;
  }
  if (u.hash.length > 200 || !ROUTE_FRAGMENT.test(u.hash) || QUERY_SEGMENT.test(u.hash)) return '';
  return u.hash;
}

/**
 * The address that brings the user back to the inquiry: origin + path, Outlook's ItemID (no other
 * query parameter: they can hold search words or tokens), and a fragment only where it finds the
 * inquiry without saying more (reopenFragment). Outlook's ids are in the path or ItemID, so its
 * fragment is dropped.
 */
export function reopenUrl(url: string): string {
  try {
    const u = new URL(url);
    if (!/^https?:$/.test(u.protocol)) return '';
    let query = '';
    for (const [name, value] of u.searchParams) {
      if (/^(?:itemid|item_id)$/i.test(name)) query = `?${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
    }
    const outlook = query !== '' || /\/(?:mail|owa)\/(?:[^?#]*\/)?(?:id|compose|read|readconv)\//i.test(u.pathname);
    return `${u.origin}${u.pathname}${query}${outlook ? '' : reopenFragment(u)}`;
  } catch {
    return '';
  }
}
