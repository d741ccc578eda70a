// Splits the reply from the quoted inquiry below it. The reply is what comes before the first
// quote marker; it keeps offsets 0..n of the text, so findings map back to the DOM (content
// script) or the file (CLI) unchanged. The quote is never checked as the reply (DESIGN.md §2) —
// it becomes context. Pure text: the content script passes the quote elements it found in the
// DOM as offsets (domQuoteStarts).

import { parseQuoteHeader } from '../inquiry/quote-header.ts';
import { MONTHS_ANY_LANGUAGE } from '../calendar/names.ts';
import type { InquiryContext } from '../types.ts';

export interface QuoteSplit {
  /** The reply: extracted text [0, replyEnd), trailing whitespace removed. */
  reply: string;
  /** Where the quoted part starts in the extracted text (text.length when there is none). */
  quoteStart: number;
  /** The quoted part without ">" prefixes, or undefined when there is none. */
  quote?: string;
  inquiry?: InquiryContext;
}

/** The titles of a mail client's separator line («-----Opprinneleg melding-----»), as a pattern alternation. */
export const SEPARATOR_TITLES =
  'original message|opprinnelig melding|opprinneleg melding|opphavleg melding|videresendt melding|vidaresendt melding|forwarded message';

/** Line patterns that open a quoted message in common mail clients (Norwegian and English). */
const HEADER_LINE_PATTERNS: RegExp[] = [
  // Outlook / Exchange separators.
  new RegExp(`^[ \\t]*-{2,}[ \\t]*(?:${SEPARATOR_TITLES})[ \\t]*-{2,}`, 'im'),
  // A web form's submission under a framed title: «-- Innsendt skjema: Klage på parkeringsgebyr --», «== Søknadsskjema: Kulturmidler ==»,
  // «*** Web form – Ask a librarian ***», «--- Førespurnad sendt frå Mi side ---».
  /^[ \t]*(?:-{2,}|={2,}|\*{3,}|#{3,})[ \t]*[^\n]{0,80}(?:skjema|form|førespurnad|forespørsel|henvendelse|henvending|inquiry|enquiry|submission|(?:sendt|sent|mottatt|received)\s+(?:fra|frå|from|via)\s+\p{L}+)\b[^\n]{0,80}?[ \t]*(?:-{2,}|={2,}|\*{3,}|#{3,})[ \t]*$/imu,
  // Gmail (en): "On Mon, 16 Nov 2026 at 09:12, Kari <kari@example.no> wrote:" (may wrap before "wrote:").
  /^[ \t]*On\b[^\n]{3,300}?(?:\n[^\n]{0,200}?)?\bwrote:[ \t]*$/im,
  // Thunderbird/Apple (nb/nn): "Den 16.11.2026 09:12, skrev Kari Nordmann:".
  /^[ \t]*(?:Den|På)\b[^\n]{1,300}?\bskre(?:v|iv)\b[^\n]{0,200}:[ \t]*$/im,
  // Gmail (nb/nn): "man. 16. nov. 2026 kl. 09:12 skrev Kari Nordmann <kari@example.no>:".
  /^[^\n]{0,120}\bkl\.?[ \t]*\d{1,2}[:.]\d{2}[^\n]{0,40}\bskre(?:v|iv)\b[^\n]{0,200}:[ \t]*$/im,
];

/** "Fra:"/"From:" followed within a few lines by "Sendt:"/"Sent:"/"Dato:"/"Date:" — a mail header block. */
const FROM_LINE = /^[ \t]*(?:\*{0,2})(?:Fra|Frå|From)(?:\*{0,2})[ \t]*:[^\n]*$/gim;
const SENT_LINE = /^[ \t]*(?:\*{0,2})(?:Sendt|Sent|Dato|Date)(?:\*{0,2})[ \t]*:/im;

/**
 * A web form's submission pasted or forwarded into the case system: an intro line
 * («Henvendelse mottatt via kontaktskjema:», «Message received via the contact form:») or a block
 * of «Navn:»/«Name:» followed within a few lines by «Melding:»/«Message:».
 */
const FORM_INTRO =
  /^[ \t]*(?:henvendelse|henvending|melding|førespurnad|forespørsel|spørsmål|message|inquiry|enquiry|submission|request)\b[^\n]{0,60}\b(?:kontaktskjema\w*|nettskjema\w*|webskjema\w*|skjema(?:et)?|contact\s+form|web\s*form|online\s+form)\b[^\n]{0,40}$/im;
/** The labels of a form's sender field; «Avsender»/«Sender» start a block but name no person alone. */
const FORM_PERSON_LABEL = String.raw`(?:Navn|Namn|Name|Innsender|Kontaktperson|Contact\s+person)`;
const FORM_NAME_LINE = new RegExp(String.raw`^[ \t]*(?:${FORM_PERSON_LABEL}|Avsender|Sender)[ \t]*:[^\n]*$`, 'gim');
// The message field may carry a few more words: «Beskrivelse av behov:», «Melding til kommunen:».
const FORM_MESSAGE_LINE =
  /^[ \t]*(?:Melding|Message|Henvendelse|Henvending|Spørsmål|Question|Questions|Beskrivelse|Description|Your\s+message|Begrunnelse|Grunngjeving|Grunngiving|Reason|Kommentar|Comments?)(?:[ \t]+[\p{L}-]+){0,3}[ \t]*:/imu;
/** A form's title or submission line just above its name field: «=== Skjema: … ===», «Innsendt: 18.11.2026». */
const FORM_HEAD_LINE = /^[ \t]*(?:[=*#_-]{3,}[^\n]*|(?:Innsendt|Sendt inn|Mottatt|Submitted|Received|Skjema|Form)[ \t]*:[^\n]*)$/iu;
/** Another field of the form right above its name field: «Organisasjon: Fyllingsdalen Kammerkor». */
const FORM_FIELD_LINE = /^[ \t]*\p{Lu}[\p{L}-]{1,24}(?:[ \t]+[\p{L}-]+){0,2}[ \t]*:[ \t]*\S[^\n]{0,80}$/u;

/** The sender's name in a web form's submission («Navn: Kari Nordmann (journalist)» → the name). */
const FORM_NAME_FIELD = new RegExp(String.raw`^[ \t]*${FORM_PERSON_LABEL}[ \t]*:[ \t]*([^\n(]+)`, 'im');

/** A line starting with ">" (plain-text quoting). */
const GT_LINE = /^[ \t]*>/m;

/** "Fra: Kari Sendt: mandag …" squeezed onto one line (pasted headers). */
const PASTED_HEADER = /\b(?:Sendt|Sent)[ \t]*:/i;

/**
 * Where a block starts whose first line matches `first` (a global regex) and one of the next
 * `lines` lines matches `next` (or the first line itself matches `alone`); `before` when none
 * starts earlier.
 */
function blockStart(text: string, first: RegExp, next: RegExp, lines: number, before: number, alone?: RegExp): number {
  first.lastIndex = 0;
  for (let m = first.exec(text); m && m.index < before; m = first.exec(text)) {
    const end = m.index + m[0].length;
    const following = text
      .slice(end, end + 100 * lines)
      .split('\n')
      .slice(1, lines + 1)
      .join('\n');
    if (next.test(following) || alone?.test(m[0])) return m.index;
  }
  return before;
}

/** Moves a form block's start up over the title, submission and other field lines right above its name field. */
function withFormHead(text: string, start: number): number {
  if (start >= text.length) return start;
  let at = start;
  for (;;) {
    const lineEnd = at - 1;
    if (lineEnd <= 0) return at;
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    if (!FORM_HEAD_LINE.test(line) && !FORM_FIELD_LINE.test(line)) return at;
    at = lineStart;
  }
}

export function findQuoteStart(text: string, domQuoteStarts: readonly number[] = []): number {
  let cut = text.length;
  for (const start of domQuoteStarts) {
    if (start >= 0 && start < cut) cut = start;
  }
  for (const re of HEADER_LINE_PATTERNS) {
    const m = re.exec(text);
    if (m && m.index < cut) cut = m.index;
  }
  // Only a header block counts: "Fra:" alone could be part of the reply ("Fra: 1. januar …"), and
  // so could a name: a form's name field counts only with its message field below it.
  cut = Math.min(cut, blockStart(text, FROM_LINE, SENT_LINE, 4, cut, PASTED_HEADER));
  const intro = FORM_INTRO.exec(text);
  if (intro && intro.index < cut) cut = intro.index;
  cut = Math.min(cut, withFormHead(text, blockStart(text, FORM_NAME_LINE, FORM_MESSAGE_LINE, 7, cut)));
  const gt = GT_LINE.exec(text);
  if (gt && gt.index < cut) cut = gt.index;
  return cut;
}

export function splitQuote(text: string, domQuoteStarts: readonly number[] = []): QuoteSplit {
  const quoteStart = findQuoteStart(text, domQuoteStarts);
  const reply = text.slice(0, quoteStart).replace(/\s+$/u, '');
  if (quoteStart >= text.length) return { reply, quoteStart: text.length };
  const quote = unquote(text.slice(quoteStart)).trim();
  if (quote === '') return { reply, quoteStart };
  return { reply, quoteStart, quote, inquiry: inquiryFrom(quote) };
}

/**
 * Removes one level of plain-text quoting ("> ") so the inquiry reads as written. A deeper level
 * ("> > …") stays marked: it is an older message the citizen quoted, not what they ask now.
 */
function unquote(quote: string): string {
  return unquoteMapped(quote).text;
}

const HEADER_LINES_GLOBAL = HEADER_LINE_PATTERNS.map(
  (pattern) => new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`),
);
const HEADER_FIELD_LINE = /^[ \t]*\*{0,2}\p{L}[\p{L} -]{0,24}\*{0,2}[ \t]*:.*$/gmu;
/**
 * Whether the citizen's own text is the ">" text: above the first ">" line stand only an
 * attribution ("On … wrote:", wrapped or not), header fields and separators. An Outlook quote
 * has the citizen's text without ">", and a ">" block inside it is an older message they quoted.
 */
function quotedThroughout(lines: readonly string[]): boolean {
  const first = lines.findIndex((l) => /^[ \t]*>/.test(l));
  if (first < 0) return false;
  let above = lines.slice(0, first).join('\n');
  for (const pattern of HEADER_LINES_GLOBAL) above = above.replace(pattern, '');
  return above.replace(HEADER_FIELD_LINE, '').trim() === '';
}

/** unquote() with, for every unit of the result, its offset in the quoted text (and one past the end). */
function unquoteMapped(quote: string): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  let at = 0;
  const lines = quote.split('\n');
  const stripLevel = quotedThroughout(lines);
  for (const [index, line] of lines.entries()) {
    if (index > 0) {
      text += '\n';
      offsets.push(at - 1);
    }
    const prefix = stripLevel ? (/^[ \t]*>[ \t]?/.exec(line)?.[0].length ?? 0) : 0;
    for (let i = prefix; i < line.length; i++) offsets.push(at + i);
    text += line.slice(prefix);
    at += line.length + 1;
  }
  offsets.push(quote.length);
  return { text, offsets };
}

/**
 * Where each unit of `split.quote` stands in the text it was split from: the CLI reports the
 * inquiry's questions with offsets into its input.
 */
export function quoteOffsetsIn(text: string, split: QuoteSplit): number[] | undefined {
  if (split.quote === undefined) return undefined;
  const { text: unquoted, offsets } = unquoteMapped(text.slice(split.quoteStart));
  const lead = unquoted.length - unquoted.trimStart().length;
  return offsets.slice(lead, lead + split.quote.length + 1).map((o) => o + split.quoteStart);
}

/** What the quote's header says about the inquiry: sender and when it arrived. */
export function inquiryFrom(quote: string): InquiryContext {
  const inquiry: InquiryContext = { text: quote };
  const head = quote.slice(0, 1000);
  const from = /^[ \t]*\*{0,2}(?:Fra|Frå|From)\*{0,2}[ \t]*:[ \t]*([^\n]+)$/im.exec(head);
  const formName = from ? null : FORM_NAME_FIELD.exec(head);
  if (from) {
    const value = from[1]!.replace(/\s+(?:Sendt|Sent)[ \t]*:.*$/i, '').trim();
    const email = /<?([^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>?/.exec(value);
    if (email) inquiry.senderEmail = email[1]!;
    const name = value
      .replace(/<[^>]*>|\[mailto:[^\]]*\]/g, '')
      .replace(/"/g, '')
      .trim();
    if (name && !name.includes('@')) inquiry.senderName = name;
  } else if (formName) {
    // A web form's submission: the sender's name and address are fields of their own.
    const name = formName[1]!.trim();
    if (name && !name.includes('@')) inquiry.senderName = name;
    const email = /^[ \t]*(?:E-?post|E-?mail)[ \t]*:[ \t]*<?([^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>?/im.exec(head);
    if (email) inquiry.senderEmail = email[1]!;
  } else {
    const wrote = /(?:skre(?:v|iv)|wrote:?)\s*([^<:\n]+?)\s*(?:<([^>]+)>)?\s*:?\s*$/im.exec(head.split('\n')[0] ?? '');
    if (wrote?.[2]) inquiry.senderEmail = wrote[2];
  }
  const sent = /^[ \t]*\*{0,2}(?:Sendt|Sent|Dato|Date)\*{0,2}[ \t]*:[ \t]*([^\n]+)$/im.exec(head);
  const when = parseMailDate(sent ? sent[1]! : (head.split('\n')[0] ?? ''));
  if (when) inquiry.receivedAt = when;
  // The shared header parser knows more client forms (and rejects impossible dates); it wins
  // where it found something.
  const header = parseQuoteHeader(quote);
  if (header.senderName) inquiry.senderName = header.senderName;
  if (header.senderEmail) inquiry.senderEmail = header.senderEmail;
  if (header.receivedAt) inquiry.receivedAt = header.receivedAt;
  return inquiry;
}

/**
 * Parses the dates mail clients write in quote headers: "mandag 16. november 2026 09:12",
 * "16.11.2026 09:12", "Monday, November 16, 2026 9:12 AM", "man. 16. nov. 2026 kl. 09:12".
 * Returns a local ISO date-time (YYYY-MM-DDTHH:MM:00) or date, or undefined.
 */
export function parseMailDate(s: string): string | undefined {
  let y: number | undefined;
  let mo: number | undefined;
  let d: number | undefined;
  const named = /(\d{1,2})\.?\s+([a-zæøå]+)\.?,?\s+(\d{4})/i.exec(s);
  const namedEn = /([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})/i.exec(s);
  const numeric = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(s);
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  let used: RegExpExecArray | null = null;
  if (named && MONTHS_ANY_LANGUAGE[named[2]!.toLowerCase()]) {
    [d, mo, y, used] = [Number(named[1]), MONTHS_ANY_LANGUAGE[named[2]!.toLowerCase()], Number(named[3]), named];
  } else if (namedEn && MONTHS_ANY_LANGUAGE[namedEn[1]!.toLowerCase()]) {
    [mo, d, y, used] = [MONTHS_ANY_LANGUAGE[namedEn[1]!.toLowerCase()], Number(namedEn[2]), Number(namedEn[3]), namedEn];
  } else if (numeric) {
    [d, mo, y, used] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3]), numeric];
  } else if (iso) {
    [y, mo, d, used] = [Number(iso[1]), Number(iso[2]), Number(iso[3]), iso];
  }
  // No 30 February: the deadline calendar refuses dates that do not exist.
  if (!used || !y || !mo || !d || mo > 12 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return undefined;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  // The time follows the date ("09:12", "kl. 09.12", "9:12 AM").
  const rest = s.slice(used.index + used[0].length);
  const time = /\b(\d{1,2})[:.](\d{2})(?:\s*([AaPp])\.?[Mm]\.?)?(?!\d)/.exec(rest);
  if (!time) return date;
  let h = Number(time[1]);
  const min = Number(time[2]);
  const ampm = time[3]?.toLowerCase();
  if (ampm === 'p' && h < 12) h += 12;
  if (ampm === 'a' && h === 12) h = 0;
  if (h > 23 || min > 59) return date;
  return `${date}T${pad(h)}:${pad(min)}:00`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
