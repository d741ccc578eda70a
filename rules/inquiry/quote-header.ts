// Reads who sent the quoted inquiry and when, from the header line or block that mail clients
// put above a quoted message, in their Norwegian (bokmål/nynorsk) and English forms:
//   Apple Mail   "On 16 Nov 2026, at 08:12, Kari Nordmann <kari@example.no> wrote:"
//                "Den 16.11.2026 kl. 08:12 skrev Kari Nordmann <kari@example.no>:"
//   Gmail        "On Mon, 16 Nov 2026 at 08:12, Kari Nordmann <kari@example.no> wrote:"
//                "man. 16. nov. 2026 kl. 08:12 skrev Kari Nordmann <kari@example.no>:"
//   Thunderbird  "Den 16.11.2026 09:12, skrev Kari Nordmann:" / "On 16/11/2026 09:12, Kari wrote:"
//   Outlook      "Fra: Kari Nordmann <kari@…>\nSendt: mandag 16. november 2026 09:12\nTil: …"
//                "From: Kari [mailto:kari@…]\nSent: Monday, November 16, 2026 9:12 AM\nTo: …"
//                under "-----Original Message-----" / "-----Opprinnelig melding-----" or not.
// Times are the office's local wall-clock time as written (the clients write local time).
// Pure: no DOM, no clock.
import { MONTHS_ANY_LANGUAGE } from '../calendar/names.ts';

export interface QuoteHeader {
  senderName?: string;
  senderEmail?: string;
  /** Local "YYYY-MM-DDTHH:MM:00", or "YYYY-MM-DD" when the header gives no time. */
  receivedAt?: string;
  /** Which form was recognised (for tests and diagnostics). */
  form?: 'wrote' | 'block';
}

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function ymd(y: number, m: number, d: number): string | undefined {
  if (y < 1990 || y > 2200 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const MONTH_WORD = '([A-Za-zÆØÅæøå]{3,9})';
// "16 Nov 2026", "16. nov. 2026", "16. november 2026"
const DAY_MONTH_YEAR = new RegExp(`(?<![\\d.])(\\d{1,2})\\.?\\s+${MONTH_WORD}\\.?,?\\s+(\\d{4})`, 'u');
// "November 16, 2026", "Nov 16 2026"
const MONTH_DAY_YEAR = new RegExp(`${MONTH_WORD}\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'u');
const NUMERIC_DOTS = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.]\d)/;
const NUMERIC_SLASH = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const TIME = /(?<![\d:.])(\d{1,2})[:.](\d{2})(?![\d])(?::\d{2})?(?:\s*([AaPp])\.?\s?[Mm]\.?)?/;

/**
 * Parses the date (and time) in a header line: "mandag 16. november 2026 09:12",
 * "Monday, November 16, 2026 9:12 AM", "16.11.2026 kl. 08.12", "2026-11-16 08:12".
 */
export function parseHeaderDate(s: string): string | undefined {
  let date: string | undefined;
  let rest = '';
  const ampm = /\d\s*[AaPp]\.?\s?[Mm]\b/.test(s);
  const candidates: Array<[RegExpExecArray | null, (m: RegExpExecArray) => string | undefined]> = [
    [DAY_MONTH_YEAR.exec(s), (m) => (MONTHS_ANY_LANGUAGE[m[2]!.toLowerCase()] ? ymd(+m[3]!, MONTHS_ANY_LANGUAGE[m[2]!.toLowerCase()]!, +m[1]!) : undefined)],
    [MONTH_DAY_YEAR.exec(s), (m) => (MONTHS_ANY_LANGUAGE[m[1]!.toLowerCase()] ? ymd(+m[3]!, MONTHS_ANY_LANGUAGE[m[1]!.toLowerCase()]!, +m[2]!) : undefined)],
    [ISO.exec(s), (m) => ymd(+m[1]!, +m[2]!, +m[3]!)],
    [NUMERIC_DOTS.exec(s), (m) => ymd(m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!, +m[2]!, +m[1]!)],
    [
      NUMERIC_SLASH.exec(s),
      (m) => {
        const a = +m[1]!;
        const b = +m[2]!;
        // Day first (Norwegian and British clients) unless that is impossible, or the header
        // uses a 12-hour clock, which only US-formatted clients write.
        const monthFirst = a <= 12 && (b > 12 || ampm);
        return monthFirst ? ymd(+m[3]!, a, b) : ymd(+m[3]!, b, a);
      },
    ],
  ];
  for (const [m, toDate] of candidates) {
    if (!m) continue;
    date = toDate(m);
    if (date) {
      rest = s.slice(m.index + m[0].length);
      break;
    }
  }
  if (!date) return undefined;
  const time = TIME.exec(rest);
  if (!time) return date;
  let h = +time[1]!;
  const min = +time[2]!;
  const half = time[3]?.toLowerCase();
  if (half === 'p' && h < 12) h += 12;
  if (half === 'a' && h === 12) h = 0;
  if (h > 23 || min > 59) return date;
  return `${date}T${pad(h)}:${pad(min)}:00`;
}

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;

/** Name and address from "Kari Nordmann <kari@example.no>", "\"Nordmann, Kari\" [mailto:…]", "kari@example.no". */
export function parseAddress(value: string): { name?: string; email?: string } {
  const out: { name?: string; email?: string } = {};
  const email = EMAIL.exec(value)?.[0];
  if (email) out.email = email.toLowerCase();
  const name = value
    .replace(/\[mailto:[^\]]*\]|<[^>]*>?|\([^)]*@[^)]*\)/g, ' ')
    .replace(EMAIL, ' ')
    .replace(/["“”']/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:]+|[\s,;:]+$/g, '')
    .trim();
  if (name && /\p{L}/u.test(name) && name.length <= 120) out.name = name;
  return out;
}

// Header block lines, bokmål/nynorsk/English, optionally bold in markdown-ish pastes (**Fra:**).
const BLOCK_FIELD = /^[ \t]*\*{0,2}(Fra|Frå|From|Sendt|Sent|Dato|Date|Til|To|Kopi|Cc|Emne|Subject)\*{0,2}[ \t]*:\*{0,2}[ \t]*(.*)$/gim;
const VERB = /\b(?:wrote|skrev|skreiv|skriv)\b\s*(?:følgende|fylgjande|følgjande|the following)?\s*:?/i;

/** The header of the quoted inquiry, from the first lines of the quote. */
export function parseQuoteHeader(quote: string): QuoteHeader {
  const head = quote
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .slice(0, 1500);
  const block = parseBlock(head);
  if (block) return block;
  return parseWrote(head) ?? {};
}

function parseBlock(head: string): QuoteHeader | undefined {
  const fields = new Map<string, string>();
  // "Fra: Kari Sendt: mandag …" squeezed onto one line (pasted headers): split before each label.
  const unsqueezed = head.replace(/[ \t]+(?=\*{0,2}(?:Sendt|Sent|Til|To|Emne|Subject|Dato|Date)\*{0,2}[ \t]*:)/g, '\n');
  BLOCK_FIELD.lastIndex = 0;
  for (let m = BLOCK_FIELD.exec(unsqueezed); m; m = BLOCK_FIELD.exec(unsqueezed)) {
    const label = m[1]!.toLowerCase();
    const key = label === 'frå' || label === 'from' ? 'fra' : label === 'sent' || label === 'dato' || label === 'date' ? 'sendt' : label;
    if (!fields.has(key)) fields.set(key, m[2]!.trim());
  }
  const from = fields.get('fra');
  const sent = fields.get('sendt');
  if (from === undefined || sent === undefined) return undefined;
  const header: QuoteHeader = { form: 'block' };
  const address = parseAddress(from);
  if (address.name) header.senderName = address.name;
  if (address.email) header.senderEmail = address.email;
  const when = parseHeaderDate(sent);
  if (when) header.receivedAt = when;
  return header;
}

function parseWrote(head: string): QuoteHeader | undefined {
  const lines = head.split('\n').filter((l) => l.trim() !== '');
  // Gmail wraps long header lines ("… Kari Nordmann <\nkari@example.no> wrote:"): try the first
  // line, then the first two joined.
  for (const candidate of [lines[0] ?? '', `${lines[0] ?? ''} ${lines[1] ?? ''}`]) {
    const verb = VERB.exec(candidate);
    if (!verb) continue;
    const before = candidate.slice(0, verb.index);
    const after = candidate.slice(verb.index + verb[0].length).replace(/:\s*$/, '');
    const when = parseHeaderDate(before);
    if (!when) continue;
    const header: QuoteHeader = { form: 'wrote', receivedAt: when };
    // Norwegian clients put the sender after the verb ("skrev Kari Nordmann <…>:"); English ones
    // before it ("…, Kari Nordmann <…> wrote:"), after the date and time.
    let who = after.trim();
    if (!/\p{L}/u.test(who)) who = senderBeforeVerb(before);
    const address = parseAddress(who);
    if (address.name) header.senderName = address.name;
    if (address.email) header.senderEmail = address.email;
    return header;
  }
  return undefined;
}

function senderBeforeVerb(before: string): string {
  // Cut everything up to the last time (or, with no time, the year).
  const time = /\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?/g;
  let cut = -1;
  for (let m = time.exec(before); m; m = time.exec(before)) cut = m.index + m[0].length;
  if (cut < 0) {
    const year = /\b\d{4}\b/g;
    for (let m = year.exec(before); m; m = year.exec(before)) cut = m.index + m[0].length;
  }
  return cut < 0 ? '' : before.slice(cut).replace(/^[\s,]+/, '');
}
