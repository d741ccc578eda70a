// The citizen's own, newest message in a quoted inquiry (older messages nested under a deeper
// ">" level or an older header are left out), and its sentences. questions.ts finds the
// questions in them. Pure text, offsets into the inquiry text as given.
import { SEPARATOR_TITLES } from '../text/quote.ts';

// ── Where the citizen's own message is ──────────────────────────────────────────────────────

export const HEADER_FIELD =
  /^[ \t]*\*{0,2}(?:Fra|Frå|From|Sendt|Sent|Til|To|Kopi|Kopi til|Cc|Bcc|Emne|Subject|Dato|Date|Vedlegg|Attachments?|Viktighet|Importance|Svar til|Reply-To)\*{0,2}[ \t]*:/i;
const SUBJECT_FIELD = /^[ \t]*\*{0,2}(?:Emne|Subject)\*{0,2}[ \t]*:[ \t]*/i;
const FROM_FIELD = /^[ \t]*\*{0,2}(?:Fra|Frå|From)\*{0,2}[ \t]*:/i;
export const SEPARATOR = new RegExp(`^[ \\t]*(?:-{2,}[ \\t]*(?:${SEPARATOR_TITLES})|_{8,}[ \\t]*$)`, 'i');
const ATTRIBUTION = [
  /^[ \t]*On\b.{3,300}?\bwrote:[ \t]*$/i,
  /^[ \t]*(?:Den|På)\b.{1,300}?\bskre(?:v|iv)\b.{0,200}:[ \t]*$/i,
  /^.{0,120}\bkl\.?[ \t]*\d{1,2}[:.]\d{2}.{0,40}\bskre(?:v|iv)\b.{0,200}:[ \t]*$/i,
];
/** A wrapped attribution ("On …, Kari <kari@…>\nwrote:"): the second line alone. */
const WROTE_ALONE = /^[ \t]*(?:wrote|skreiv|skrev):[ \t]*$/i;

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const raw = text.slice(start, end);
    const trimmedEnd = raw.endsWith('\r') ? end - 1 : end;
    lines.push({ start, end: trimmedEnd, text: text.slice(start, trimmedEnd) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

export function isAttribution(line: string): boolean {
  return ATTRIBUTION.some((re) => re.test(line)) || WROTE_ALONE.test(line);
}

/** A line that opens an older message: a separator, an attribution, or a From line of a header block. */
function opensOlderMessage(lines: readonly Line[], i: number): boolean {
  const line = lines[i]!.text;
  if (SEPARATOR.test(line) || isAttribution(line)) return true;
  if (!FROM_FIELD.test(line)) return false;
  for (let j = i + 1; j < Math.min(lines.length, i + 5); j++) if (HEADER_FIELD.test(lines[j]!.text)) return true;
  return /\b(?:Sendt|Sent|Date|Dato)[ \t]*:/i.test(line);
}

interface MessageParts {
  subject?: Line;
  /** The body of the newest message: [start, end) in the inquiry text. */
  body: { start: number; end: number };
  /**
   * The body's later parts, after an older message the writer quoted inline with ">" and then
   * wrote on below («> Can someone come this week?» followed by the new questions).
   */
  more?: Array<{ start: number; end: number }>;
}

export function newestMessage(text: string): MessageParts {
  const lines = linesOf(text);
  let i = 0;
  let subject: Line | undefined;
  // The header of the quoted message: separators, attributions, header fields, blank lines.
  while (i < lines.length) {
    const line = lines[i]!.text;
    if (line.trim() === '' || SEPARATOR.test(line) || isAttribution(line)) {
      i++;
      continue;
    }
    if (HEADER_FIELD.test(line)) {
      const s = SUBJECT_FIELD.exec(line);
      if (s) subject = { start: lines[i]!.start + s[0].length, end: lines[i]!.end, text: line.slice(s[0].length) };
      i++;
      continue;
    }
    break;
  }
  const parts: Array<{ start: number; end: number }> = [];
  let partStart = i < lines.length ? lines[i]!.start : text.length;
  let end = text.length;
  for (let j = i; j < lines.length; j++) {
    // An older header: what follows is an older message, not this one.
    if (opensOlderMessage(lines, j)) {
      end = lines[j]!.start;
      break;
    }
    // A deeper quote level is an older message too; the writer may go on below it.
    if (/^[ \t]*>/.test(lines[j]!.text)) {
      parts.push({ start: partStart, end: lines[j]!.start });
      let k = j;
      while (k < lines.length && (/^[ \t]*>/.test(lines[k]!.text) || lines[k]!.text.trim() === '')) k++;
      const after = lines[k]?.text;
      if (after === undefined || SEPARATOR.test(after) || isAttribution(after) || HEADER_FIELD.test(after) || opensOlderMessage(lines, k)) {
        partStart = end = lines[j]!.start;
        break;
      }
      partStart = lines[k]!.start;
      j = k - 1;
    }
  }
  parts.push({ start: partStart, end: Math.max(partStart, end) });
  const [body, ...more] = parts.filter((p, index) => index === 0 || p.end > p.start);
  return { ...(subject ? { subject } : {}), body: body!, ...(more.length ? { more } : {}) };
}

// ── Sentences ───────────────────────────────────────────────────────────────────────────────

/** «10. des.», «jan.»: month abbreviations, Norwegian and English. */
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'des', 'dec', 'oct'];

const ABBREVIATIONS = new Set([
  'f.eks',
  'bl.a',
  'jf',
  'jfr',
  'kl',
  'nr',
  'ca',
  'dvs',
  'osv',
  'evt',
  'ev',
  'mht',
  'pga',
  'iht',
  'm.m',
  'o.l',
  'e.l',
  'ang',
  'vedr',
  'tlf',
  'mob',
  'adr',
  'ref',
  'mnd',
  'pr',
  'inkl',
  'ekskl',
  'etc',
  'e.g',
  'i.e',
  'vs',
  'no',
  'st',
  'dr',
  'mr',
  'mrs',
  'ms',
  'fvl',
  'ca',
  't.o.m',
  'f.o.m',
  'm.fl',
  ...MONTH_ABBREVIATIONS,
  'approx',
  'a.m',
  'p.m',
]);

const ENDS_BEFORE_CAPITAL = new Set(['no', ...MONTH_ABBREVIATIONS, 'osv', 'etc', 'mnd']);

/**
 * Where a question opens in lower-case chat style, told by the question finder (it owns the
 * question words): `any` — a question word or a finite verb with its subject; `verbFirst` — only
 * the latter, which also starts a new line rather than continuing a wrapped one.
 */
export interface QuestionOpeners {
  any(rest: string): boolean;
  verbFirst(rest: string): boolean;
}
const NO_OPENERS: QuestionOpeners = { any: () => false, verbFirst: () => false };

/** A closing line in chat style: «mvh sindre», «hilsen Mona», "thanks". */
const CLOSING_LINE =
  /^[ \t]*(?:mvh|m\.v\.h\.?|hilsen|helsing|med\s+vennlig\s+hilsen|med\s+venleg\s+helsing|vennlig\s+hilsen|venleg\s+helsing|regards|kind\s+regards|best\s+regards|cheers)(?![\p{L}])/iu;

export interface Span {
  start: number;
  end: number;
}

export function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && /[\s\-–•*·]/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : undefined;
}

/**
 * Sentences of a body: ends at . ! ? … (not after an abbreviation, not before a lower-case word
 * for a point), at a blank line, and at a line break unless the next line continues the
 * sentence (a wrapped line starts with a lower-case letter and the line before has no end mark).
 */
/** Whether a parenthesis is open at the end of the text. */
function opensParenthesis(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

export function sentencesOf(text: string, from: number, to: number, opens: QuestionOpeners = NO_OPENERS): Span[] {
  const out: Span[] = [];
  let start = from;
  const push = (end: number) => {
    const span = trimSpan(text, start, end);
    if (span) out.push(span);
    start = end;
  };
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '\n') {
      const before = text.slice(start, i).trimEnd();
      const rest = text.slice(i + 1, Math.min(to, i + 200));
      const next = /^[ \t]*(\S)/.exec(rest);
      const blank = /^[ \t]*\r?\n/.test(rest) || !next;
      // A line much shorter or longer than a mail client's wrap (chat style, one ask per line)
      // ends where the next opens a question with a question word too, and a closing («mvh») is
      // never part of the sentence before it.
      const lineLength = i - Math.max(from, text.lastIndexOf('\n', i - 1) + 1);
      const unwrapped = lineLength < 55 || lineLength > 90;
      const opensNext = opens.verbFirst(rest.trimStart()) || (unwrapped && opens.any(rest.trimStart())) || CLOSING_LINE.test(rest);
      const continues = !blank && next && /\p{Ll}/u.test(next[1]!) && !/[.!?…:]$/.test(before) && !/^[ \t]*[-•*·]/.test(rest) && !opensNext;
      if (!continues) push(i);
      continue;
    }
    if (c === '?' || c === '!' || c === '…') {
      let j = i + 1;
      while (j < to && /[?!…"»)]/.test(text[j]!)) j++;
      // "(fastlege, I have learned the word!) automatically once …": a mark inside a parenthesis
      // ends nothing when the sentence goes on in lower case after it.
      if (text.slice(i, j).includes(')') && opensParenthesis(text.slice(start, i)) && /^[ \t]+\p{Ll}/u.test(text.slice(j, j + 3))) continue;
      if (j >= to || /\s/.test(text[j]!)) {
        push(j);
        i = j - 1;
      }
      continue;
    }
    if (c === '.') {
      let j = i + 1;
      while (j < to && /[."»)]/.test(text[j]!)) j++;
      if (j < to && !/\s/.test(text[j]!)) continue;
      // "1. The agreements …": a list number at the start of a line ends nothing.
      if (/^[ \t]*\d{1,2}$/.test(text.slice(text.lastIndexOf('\n', i - 1) + 1, i))) continue;
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, i - 12), i))?.[1]?.toLowerCase();
      // «… samsvarserklæringa no. Kan vi …», «bortreist 10. des. Kan vi …»: nynorsk "now" and a month
      // before a capital end the sentence; as abbreviations they stand before a number («no. 5», «des. 2026»).
      if (word && ABBREVIATIONS.has(word) && !(ENDS_BEFORE_CAPITAL.has(word) && /^\s*\p{Lu}/u.test(text.slice(j, j + 3)))) continue;
      // "11. desember", "kl. 12": a point before a lower-case word or a number ends nothing.
      const next = /^\s*(\S)/.exec(text.slice(j, Math.min(to, j + 40)));
      if (next && /[\p{Ll}\p{N}]/u.test(next[1]!) && /\d$/.test(text.slice(start, i))) continue;
      // A lower-case word after a point continues a sentence ("ca. tre"), unless a question
      // opens there, as in chat style without capitals ("… fått noe. når kommer utbetalingen").
      if (next && /\p{Ll}/u.test(next[1]!) && !opens.any(text.slice(j, Math.min(to, j + 60)).trimStart())) continue;
      push(j);
      i = j - 1;
    }
  }
  push(to);
  return out;
}
