// What the page says about the inquiry a reply answers: which inquiry it is (a hashed key and a
// text-free label, rules/inquiry/identity.ts), who sent it and when (the quote header, or
// "Mottatt"/"Innbygger" fields on case pages), what kind it is, and whom the reply is addressed
// to ("Til"/"To" fields). Runs in the frame being edited; reads the top document when it is
// same-origin (editor iframes), never changes the page.
import { inquiryIdentity, reopenUrl } from '../../rules/inquiry/identity.ts';
import { classifyInquiry } from '../../rules/inquiry/kind.ts';
import { parseAddress, parseHeaderDate } from '../../rules/inquiry/quote-header.ts';
import type { InquiryContext } from '../../rules/types.ts';
import type { InquiryRef } from '../shared/protocol.ts';
import type { QuoteSplit } from './quote.ts';
import { RECIPIENT_CHIPS } from './editors/index.ts';

export interface PageInquiry {
  inquiry?: InquiryContext;
  ref: InquiryRef;
  /** Addresses in the page's To field, lower case; undefined when the page shows none. */
  recipients?: string[];
}

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const RECIPIENT_LABEL = /^\s*(?:til|to)\s*:?\s*$/i;
const RECEIVED_LABEL = /^\s*(?:mottatt|motteke|motteken|innkommet|received|dato mottatt)\s*:?\s*$/i;
// Not "Fra"/"From": in a compose window that field holds the officer's own mailbox.
const SENDER_LABEL = /^\s*(?:innbygger|innbyggjar|avsender|avsendar|sender|søker|søkjar|applicant|citizen)\s*:?\s*$/i;
const INQUIRY_HEADING = /^\s*(?:henvendelse|henvendinga|førespurnad|inquiry|melding fra innbygger|melding frå innbyggjar)\s*$/i;
const CASE_LABEL = /^\s*(?:saksnummer|saksnr\.?|sak|arkivsak|case(?: number)?|vår ref(?:eranse)?\.?)\s*:?\s*$/i;

/** The top document and its URL when reachable (same-origin editor frames), else this frame's. */
function topOf(doc: Document): { doc: Document; url: string } {
  try {
    const top = doc.defaultView?.top;
    if (top && top.document) return { doc: top.document, url: top.location.href };
  } catch {
    // Cross-origin top: stay in this frame.
  }
  return { doc, url: doc.location?.href ?? '' };
}

const textOf = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The value shown next to a label: <dt>/<dd>, <th>/<td>, <label for> → control, or the next element. */
function labelledValues(doc: Document, label: RegExp, limit = 5): string[] {
  const out: string[] = [];
  const candidates = doc.querySelectorAll('dt, th, label, .label, [class*="label"]');
  for (let i = 0; i < candidates.length && i < 400 && out.length < limit; i++) {
    const el = candidates[i]!;
    if (!label.test(textOf(el))) continue;
    if (el.tagName === 'LABEL') {
      const id = el.getAttribute('for');
      const control = (id ? doc.getElementById(id) : el.querySelector('input, textarea, select')) as HTMLInputElement | null;
      if (control) out.push(controlText(control));
      continue;
    }
    const next = el.nextElementSibling;
    if (next) out.push(next instanceof HTMLInputElement ? next.value : textOf(next));
  }
  return out.filter(Boolean);
}

/**
 * A To field's text: the input's value plus addresses the widget shows as chips (each editor
 * family's `recipientChips`, editors/) or names in its aria-label.
 */
function controlText(el: Element): string {
  const parts: string[] = [];
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) parts.push(el.value);
  else parts.push(el.textContent ?? '');
  for (const attr of [...RECIPIENT_CHIPS.attributes, 'aria-label']) {
    const v = el.getAttribute(attr);
    if (v) parts.push(v);
  }
  el.querySelectorAll?.(RECIPIENT_CHIPS.selector).forEach((chip) => {
    for (const attr of RECIPIENT_CHIPS.attributes) {
      const v = chip.getAttribute(attr);
      if (v) parts.push(v);
    }
  });
  return parts.join(' ');
}

/** Addresses in the page's To field(s): label[for], aria-label "Til"/"To", name="to". */
export function findRecipients(doc: Document): string[] | undefined {
  const texts: string[] = [...labelledValues(doc, RECIPIENT_LABEL, 3)];
  doc.querySelectorAll('[aria-label], [name="to"], [name="til"]').forEach((el) => {
    const aria = el.getAttribute('aria-label') ?? '';
    const name = el.getAttribute('name') ?? '';
    if (/^(?:to|til)$/i.test(name) || /^(?:til|to)\b(?!\s*\p{L}{3,})/iu.test(aria)) texts.push(controlText(el));
  });
  if (texts.length === 0) return undefined;
  const found = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(EMAIL)) found.add(m[0].toLowerCase());
  return found.size ? [...found].slice(0, 50) : undefined;
}

export function describePage(doc: Document, split: Pick<QuoteSplit, 'inquiry'>, fieldKey: string, caseSelector?: string): PageInquiry {
  const top = topOf(doc);
  // The quote's header (sender, when it arrived) is parsed by splitQuote (rules/text/quote.ts).
  const inquiry: InquiryContext = { ...(split.inquiry ?? {}) };
  // Case pages show the inquiry's facts as labelled fields instead of a quote header.
  if (!inquiry.receivedAt) {
    const received = labelledValues(top.doc, RECEIVED_LABEL, 1)[0];
    const when = received ? parseHeaderDate(received) : undefined;
    if (when) inquiry.receivedAt = when;
  }
  if (!inquiry.senderName && !inquiry.senderEmail) {
    const sender = labelledValues(top.doc, SENDER_LABEL, 1)[0];
    if (sender) {
      const address = parseAddress(sender);
      if (address.name) inquiry.senderName = address.name;
      if (address.email) inquiry.senderEmail = address.email;
    }
  }
  // The kind from the quoted inquiry, or on case pages from the section headed "Henvendelse".
  let inquiryText = inquiry.text;
  if (!inquiryText) {
    top.doc.querySelectorAll('h2, h3, h4').forEach((h) => {
      if (!inquiryText && INQUIRY_HEADING.test(textOf(h))) inquiryText = textOf(h.parentElement).slice(textOf(h).length, 20_000);
    });
  }
  if (inquiryText) inquiry.kind = classifyInquiry(inquiryText);

  const caseTexts: string[] = [];
  if (caseSelector) {
    try {
      top.doc.querySelectorAll(caseSelector).forEach((el) => caseTexts.push(`sak ${controlText(el)}`));
    } catch {
      // An invalid selector in the settings is ignored.
    }
  }
  for (const v of labelledValues(top.doc, CASE_LABEL, 2)) caseTexts.push(`sak ${v}`);
  top.doc.querySelectorAll('h1, h2').forEach((h, i) => {
    if (i < 10) caseTexts.push(textOf(h));
  });
  caseTexts.push(top.doc.title ?? '');
  const identity = inquiryIdentity({
    url: top.url,
    caseTexts,
    quote: inquiry,
    fieldKey,
  });
  const ref: InquiryRef = { key: identity.key, label: identity.label };
  const url = reopenUrl(top.url);
  if (url) ref.url = url;
  const page: PageInquiry = { ref };
  if (Object.keys(inquiry).length) page.inquiry = inquiry;
  const recipients = findRecipients(top.doc);
  if (recipients) page.recipients = recipients;
  return page;
}
