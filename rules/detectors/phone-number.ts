// Norwegian phone numbers in free text (Nkom's numbering plan, domain-facts §3.4): 8 digits
// written "91234567", "912 34 567", "91 23 45 67", "9123 4567", optionally after +47 or 0047.
// Mobile numbers (4x, 9x) nearly always belong to a person and get the rule's severity; fixed
// lines (2x–3x, 50–57, 6x–7x) are often offices and are reported as info. Special-service
// numbers (8xx: freephone, shared cost) and M2M ranges (58, 59) are never personal and are
// skipped, as are the numbers in params.allow (the municipality's own switchboard). Numbers that
// are not a third party's are skipped too: the caseworker's own in the signature (after the
// closing, "Med vennlig hilsen … Mobil: 948 12 345") and the citizen's own, when the quoted
// inquiry gives it as theirs (in its signature or as "ring meg på …"), the writer's own in the
// reply's body ("når du meg direkte på …"), and the office's own line the reader is told to call
// or text ("ring oss på …", "send SMS til …").
import { checkOptionalList } from '../engine/detector-params.ts';
import type { Detector, DetectorHit } from './types.ts';
import { signatureStart } from '../text/signature.ts';
import { withFastWordStarts } from '../engine/word-start.ts';
import type { TextAnalysis } from '../text/analysis.ts';
import { numberMatches, stickyTwin } from '../text/number-starts.ts';

// One pass. The boundaries keep parts of longer digit runs, dates (04.12.2026), times (12:30),
// case numbers (2026/12345678) and decimal amounts out; (?:+|00)47 is part of the span.
// The leading lookahead lets most positions fail on one character before the lookbehind runs.
const CANDIDATE =
  /(?=[\d+])(?<![\p{N}\p{L}+/.,–-]|\p{N}[ \u00a0])(?<prefix>(?:\+|00)47[ \u00a0]?)?(?<number>\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2}|\d{3}[ \u00a0]?\d{2}[ \u00a0]?\d{3}|\d{4}[ \u00a0]?\d{4})(?![\p{N}]|[.,/:–-]\p{N}|[ \u00a0]\p{N})/gu;
/** CANDIDATE anchored: tried where a run of digits or a «+» starts (number-starts.ts). */
const CANDIDATE_AT = stickyTwin(CANDIDATE);

/** CANDIDATE's matches in the text, as its scan finds them. */
function candidates(text: string, analysis: TextAnalysis | undefined): RegExpExecArray[] {
  return numberMatches(CANDIDATE, CANDIDATE_AT, text, analysis, '+');
}
/** Amounts: "45000000 kroner", "kr 45 00 00 00", "NOK 12345678", "12345678,-". */
const AMOUNT_BEFORE = withFastWordStarts(/(?<![\p{L}])(?:kr|nok|beløp(?:et)?|sum(?:men)?|eur|usd)\.?:?[ \u00a0]*$/iu);
const AMOUNT_AFTER = /^(?:,-|[ \u00a0]*(?:kr(?:oner)?|nok|eur|usd)(?![\p{L}]))/iu;
/** Reference numbers that happen to be 8 digits: "saksnummer 20261234", "ordrenr. 91234567". */
const REFERENCE_BEFORE = withFastWordStarts(
  /(?<![\p{L}])(?:sak(?:s|snummer|snr|nr)?|ordre(?:nummer|nr)?|ordrenr|faktura(?:nummer|nr)?|referanse(?:nummer)?|ref|kid(?:-?nummer|-?nr)?|org(?:anisasjons)?(?:\.?[ ]?nr|nummer)?|kundenummer|kundenr|gnr|bnr|postboks|arkivkode|arkivnummer|bilag(?:snummer|snr)?|journal(?:nummer|nr|post)?|dokument(?:nummer|nr)|løpenummer|order|invoice|case|reference)\.?[ \u00a0]*(?:nr\.?|nummer|no\.?)?[:.]?[ \u00a0]*$/iu,
);
/**
 * A number labelled by the thing it numbers: "parking fee no. 40021776", «gebyr nr. 40021776», "(no.
 * 40021843, NOK 600)", "the fee number, 40021843". Phones are labelled as phones ("phone no.").
 */
const LABELLED_NUMBER_BEFORE = withFastWordStarts(
  /(?:(?<![\p{L}])(?!(?:tlf|telefon\p{L}*|tele\p{L}*|mobil\p{L}*|mob|phone|mobile|cell|fax|faks|sms|har|has|had|hadde|is|er|var|was)[ \u00a0])\p{L}{3,}[ \u00a0]+(?:nr|no)\.|\((?:nr|no)\.|(?<![\p{L}])(?!(?:telefon|tele|mobil|phone|mobile|cell|contact|kontakt)\p{L}*[ \u00a0])\p{L}{3,}[ \u00a0]+(?:number|nummer)(?:et)?,)[ \u00a0]*$/iu,
);
/** Words that make an 8-digit string a phone number even when it could be a date. */
const PHONE_BEFORE = withFastWordStarts(
  /(?<![\p{L}])(?:tlf|telefon(?:nummer|nr)?|mobil(?:nummer|nr)?|mob|ring|ringe|sms|phone|call|mobile|tel)\.?[:.]?[ \u00a0]*$/iu,
);

/** A writer calls a number their own (the citizen in the inquiry, the caseworker in the reply) ("ring meg på", "mitt nummer er", "my number is"). */
const OWN_NUMBER_BEFORE = withFastWordStarts(
  /(?<![\p{L}])(?:(?:ring|ringe|ringje|kontakt|kontakte|nå|treffe|sms|call|reach|text|contact)\s+meg|(?:du|de|dere|dykk)\s+meg|meg\s+på|me\s+(?:on|at)|mitt\s+(?:\p{L}*nummer|nr\.?)|min\s+(?:mobil|telefon)|my\s+(?:phone\s+|mobile\s+)?(?:number|mobile|phone))(?![\p{L}])[^\n\d]{0,16}$/iu,
);
/**
 * "please call or text me before 08:00 that morning on 489 12 374": the writer's own number after a
 * time of day and a few words, with no one else named between.
 */
const OWN_NUMBER_LATER_IN_SENTENCE = withFastWordStarts(
  /(?<![\p{L}])(?:call|text|phone|ring|reach|contact)(?:\s+or\s+(?:call|text|phone))?\s+me(?![\p{L}])(?:[^\n\dA-ZÆØÅ.!?]|\d{1,2}[:.]\d{2}){0,50}$/u,
);
/**
 * The reader is told to call us on this number ("ring oss på", "call us on", «ring servicetorget
 * på», «me er å treffe på») or to text it ("send SMS til 400 00 000"): the office's own line, not
 * someone's personal data. Calling someone else ("ring dottera di på …") stays reported.
 */
const OFFICE_CONTACT_BEFORE = withFastWordStarts(
  /(?<![\p{L}])(?:(?:ring|ringe|ringje|kontakt|kontakte|kontakta|nå|treff|treffe|call|text|contact|reach|phone)\s+(?:oss|us|servicetorget|sentralbordet|kundesenteret|kundeservice|vakttelefonen|vakta|innbyggerservice|innbyggarservice|our\s+\p{L}+)|(?:vi|me)\s+(?:er\s+å\s+(?:treffe|nå)|kan\s+nåast|kan\s+nås|treffes|treffast)|we\s+can\s+be\s+reached)(?![\p{L}])[^\n\d.!?]{0,30}$|(?<![\p{L}])(?:sms|tekstmelding|text\s+message|text)\s+(?:til|to)\s*$/iu,
);
/**
 * The reader is told to call a member of staff ("please call Lena directly on …", «ring
 * vaktmeisteren vår, Svein, på …»): a work number given for the case. Someone of the reader's own
 * ("ring dottera di på …", "call your son on …") is not staff and stays reported.
 */
const STAFF_CONTACT_BEFORE = withFastWordStarts(
  /(?<![\p{L}])(?:ring|ringe|ringje|call|phone|text|contact|kontakt|kontakte|kontakta)\s+(?:(?:our|my)\s+[\p{L}-]+(?:,?\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?|[\p{L}-]+\s+(?:vår|vårt|våre|min|mi)(?:,\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?),?\s+(?:directly\s+|direkte\s+)?(?:on|at|på)\s*$/u,
);

/** A bare signature line: "Tlf 98 76 54 32", "+47 912 34 567". */
const SIGNATURE_NUMBER_LINE = /^\s*(?:(?:tlf|telefon|mobil|mob|phone|tel|m)\.?:?\s*)?[\d +]{8,16}\s*$/iu;
/** In a quoted inquiry the closing often runs on in the same line: "… Hilsen Kari, tlf 915 55 123". */
const INQUIRY_CLOSING = withFastWordStarts(/(?<![\p{L}])(?:hilsen|helsing|mvh|regards|sincerely|best wishes|cheers)(?![\p{L}])/giu);
const INQUIRY_CANDIDATE = new RegExp(CANDIDATE.source, 'gu');

/** A line after it that ends a sentence: the number is still in the body. */
const SENTENCE_LINE_END = /[.!?][ \t]*(?:\n|$)/;

/** The line that holds offset `at`. */
function lineAt(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at - 1) + 1, end < 0 ? text.length : end);
}

/** Offset of the last `count` non-empty lines. */
function lastLinesStart(text: string, count: number): number {
  let at = text.length;
  let seen = 0;
  while (at > 0 && seen < count) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (text.slice(lineStart, at).trim()) seen++;
    at = lineStart === 0 ? 0 : lineStart - 1;
    if (seen === count) return lineStart;
  }
  return 0;
}

/** The citizen's own numbers in the quoted inquiry: in its signature or last lines, or called theirs. */
function citizensOwnNumbers(inquiry: string | undefined): Set<string> {
  const own = new Set<string>();
  if (!inquiry || !/\d/.test(inquiry)) return own;
  const signatureFrom = signatureStart(inquiry, INQUIRY_CLOSING);
  const lastLines = lastLinesStart(inquiry, 3);
  INQUIRY_CANDIDATE.lastIndex = 0;
  for (let m = INQUIRY_CANDIDATE.exec(inquiry); m !== null; m = INQUIRY_CANDIDATE.exec(inquiry)) {
    const digits = m.groups!['number']!.replace(/\D/g, '');
    if (
      m.index >= signatureFrom ||
      (m.index >= lastLines && SIGNATURE_NUMBER_LINE.test(lineAt(inquiry, m.index))) ||
      OWN_NUMBER_BEFORE.test(inquiry.slice(Math.max(0, m.index - 40), m.index))
    )
      own.add(digits);
  }
  return own;
}

function stringList(params: Record<string, unknown>, key: string): string[] {
  const value = params[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** 20261123 or 23112026 read as a date (1900–2099). */
function looksLikeDate(digits: string): boolean {
  const valid = (day: number, month: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;
  const ymd = /^(19|20)\d{2}(\d{2})(\d{2})$/.exec(digits);
  if (ymd && valid(Number(ymd[3]), Number(ymd[2]))) return true;
  const dmy = /^(\d{2})(\d{2})(19|20)\d{2}$/.exec(digits);
  return !!dmy && valid(Number(dmy[1]), Number(dmy[2]));
}

export type PhoneKind = 'mobile' | 'fixed';

/** The kind of an 8-digit Norwegian number, or undefined when it is no personal phone number. */
export function phoneKind(digits: string): PhoneKind | undefined {
  if (!/^\d{8}$/.test(digits)) return undefined;
  const first = digits[0]!;
  if (first === '4' || first === '9') return 'mobile';
  if (first === '2' || first === '3' || first === '6' || first === '7') return 'fixed';
  if (first === '5' && digits[1]! <= '7') return 'fixed';
  return undefined; // 0x, 1x: not 8-digit numbers; 58/59: M2M; 8xx: special-service numbers
}

export const phoneNumber: Detector = {
  id: 'phone-number',
  description:
    'Norske telefonnummer (8 siffer, også med +47/0047). Mobilnummer gir funn med regelens alvorsgrad, fasttelefon som info; 8xx-nummer og params.allow hoppes over.',
  parseParams(params) {
    checkOptionalList(params, 'phone-number', 'allow', 'phone numbers (8 digits)', (a) => typeof a === 'string' && a.replace(/\D/g, '').length >= 8);
  },
  detect({ text, params, context, analysis }) {
    const hits: DetectorHit[] = [];
    const allow = new Set(stringList(params, 'allow').map((n) => n.replace(/\D/g, '').slice(-8)));
    // Only computed when the reply holds a candidate at all (most replies hold none).
    let signature: number | undefined;
    let own: Set<string> | undefined;
    for (const m of candidates(text, analysis)) {
      const g = m.groups!;
      const digits = g.number!.replace(/\D/g, '');
      const kind = phoneKind(digits);
      if (!kind || allow.has(digits)) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (!g.prefix) {
        const before = text.slice(Math.max(0, start - 24), start);
        if (AMOUNT_BEFORE.test(before) || AMOUNT_AFTER.test(text.slice(end, end + 8)) || REFERENCE_BEFORE.test(before) || LABELLED_NUMBER_BEFORE.test(before))
          continue;
        if (/^\d{8}$/.test(g.number!) && looksLikeDate(digits) && !PHONE_BEFORE.test(before)) continue;
      }
      signature ??= signatureStart(text);
      if (start >= signature) continue;
      // A bare «Tlf. 936 41 208» among the reply's last lines, with no sentence after it, is the
      // writer's signature, even after a closing no list knows («Vel møtt!\nSindre Hauge Midtbø\n…»).
      if (start >= lastLinesStart(text, 4) && SIGNATURE_NUMBER_LINE.test(lineAt(text, start)) && !SENTENCE_LINE_END.test(text.slice(end))) continue;
      if (OFFICE_CONTACT_BEFORE.test(text.slice(Math.max(0, start - 80), start))) continue;
      if (STAFF_CONTACT_BEFORE.test(text.slice(Math.max(0, start - 60), start))) continue;
      // The writer's own line in the body ("ringjer du meg på …", "call me on …"), as in the signature.
      if (OWN_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || OWN_NUMBER_LATER_IN_SENTENCE.test(text.slice(Math.max(0, start - 70), start)))
        continue;
      own ??= citizensOwnNumbers(context.inquiry?.text);
      if (own.has(digits)) continue;
      const hit: DetectorHit = { start, end };
      if (kind === 'fixed') hit.severity = 'info';
      hits.push(hit);
    }
    return hits;
  },
};
