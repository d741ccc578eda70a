// Norwegian national identity numbers in free text: fødselsnummer, D-, H- and synthetic (Tenor)
// numbers, under both the old and the 2032 check-digit rule (validated by NAV's fnrvalidator),
// plus FH-numbers. Purview-style: pattern + checksum; a special-category word nearby raises the
// severity.
//
// The substance decides, not the label: 11 digits with a valid birth date and both check digits
// are reported whatever reference-style word stands before them ("Referanse", "Saksnummer",
// "Ordrenummer", "Kundenummer" …): staff do paste a person's number behind such labels, and an
// order or case number passes both checks less than once in a hundred. The label changes the
// wording only. Payment data is the exception. A KID and the payee's account in a payment
// instruction carry a mod-11 check digit computed exactly like an id's second one, so one in six
// real account numbers (one in ten mod-11 KIDs) also passes as an id: there the digits are taken
// for what the sentence says they are. Digits with an account word nearby are left to the
// account-number detector, so the same digits are never reported twice.
import { idnr } from '@navikt/fnrvalidator';
import type { UiLanguage } from '../ids.ts';
import { isKid, isPayeeAccount, writtenAsAccount } from '../text/number-context.ts';
import { checkOptionalList } from '../engine/detector-params.ts';
import { escapeRegExp } from '../engine/text-utils.ts';
import { perUiLanguage, type Detector, type DetectorHit } from './types.ts';
import { withFastWordStarts } from '../engine/word-start.ts';
import type { TextAnalysis } from '../text/analysis.ts';
import { numberMatches, stickyTwin } from '../text/number-starts.ts';

// A colon before the number is a label ("Fnr:13097248022"), not part of a time or a ratio. A dot
// before it is allowed only after a label ("fnr.13097248022", "ref.13097248022"), checked in
// detect(): elsewhere it is part of a longer number, an amount or a host name. The birth date may
// be followed by a space or a hyphen ("130972 48022", "130972-48022").
const CANDIDATE = /(?<![\p{N},/-]|[\p{N}][ ]|[\p{N}]\.)(\d{6})[ -]?(\d{5})(?![\p{N}]|[.,/:-]\p{N}|[ ]\p{N})/gu;
const ID_LABEL_WITH_DOT = withFastWordStarts(/(?<![\p{L}])(?:f\.?[ ]?nr|fødselsnr|fødselsnummer|personnr|pnr|d-?nr|d-?nummer|nr)\.$/iu);
// Reference labels ("Ordrenummer 31129956715", "Referanse:"): named in the message, so the writer
// sees why a "reference" is flagged.
const REFERENCE_BEFORE = withFastWordStarts(
  /(?<![\p{L}])(?:sak(?:s|snummer|snr|nr)?|ordre(?:nummer|nr)?|ordrenr|bestilling(?:snummer|snr)?|faktura(?:nummer|nr)?|referanse(?:nummer|nr)?|ref|kid(?:-?nummer|-?nr)?|kundenummer|kundenr|medlemsnummer|medlemsnr|avtalenummer|avtalenr|sporingsnummer|order|invoice|case|reference|customer|konto(?:nummer|nr)?|account(?:[ -]?number)?)\.?[ \u00a0]*(?:nr\.?|nummer|no\.?)?[:.]?[ \u00a0]*$/iu,
);

// The writer calling the digits an id ("fnr. 03117544219", "fødselsnummeret ditt er …", "your
// national identity number …", «født 140339 48215» — a birth date run on into five digits): then eleven digits are reported even when a check digit fails — a
// mistyped or made-up number written as someone's id still tells the reader it is theirs.
const ID_LABEL_BEFORE = withFastWordStarts(
  /(?<![\p{L}])(?:f\.?[ ]?nr|fødselsnr|fødsels?nummer(?:et)?|personnr|personnummer(?:et)?|pnr|d-?nr|d-?nummer(?:et)?|d-?number|(?:national|personal) (?:identity|id|identification)(?: number| no\.?)?|(?:personal|person|social security) number|(?<![\p{L}-])id|birth number|id number|født|fødd|f\.|born|date of birth|dob)\.?,?(?: (?:ditt|din|hans|hennar|hennes|dykkar|deres|your|his|her|til \p{L}+))?(?:[ \u00a0]+(?:er|vert|blir|is|was|are|registrert|registered|oppgitt|stated|given|som|as|står|skal|være|vere|be|read|lest|written|skrevet|skrive)){0,3}[ \u00a0]*(?::|er|is|var|was)?[ \u00a0]*$/iu,
);

const LABEL_WORDING: Record<UiLanguage, (label: string) => string> = {
  nb: (label) => `, selv om det står etter «${label}»`,
  nn: (label) => `, sjølv om det står etter «${label}»`,
  en: (label) => `, even though it follows "${label}"`,
};

/**
 * «Her er fødselsnummeret vi hadde registrert, sjekk om det stemmer: 03117944821»: the sentence
 * calls the number an id further back than a label right before it.
 */
const ID_NAMED = withFastWordStarts(
  /(?<![\p{L}])(?:fødsels?nummer\p{L}*|personnummer\p{L}*|d-nummer\p{L}*|fnr|(?:national|personal) (?:identity |id )?number)(?![\p{L}])/iu,
);
/** «ordrenummeret 31129956716», "invoice no. …": a number of another kind, named right before it. */
const OTHER_NUMBER_BEFORE = withFastWordStarts(/(?<![\p{L}])\p{L}+(?:nummer|nummeret|nr|number|no)\.?:?[ \u00a0]*$/iu);
function namesAnIdEarlier(text: string, start: number): boolean {
  const from = Math.max(0, start - 120);
  const before = text.slice(from, start);
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
  return ID_NAMED.test(before.slice(sentenceStart + 1));
}

/** «Emil (12051845632) møtte ikke …»: eleven digits in brackets right after a person's name stand for the person. */
const NAME_IN_BRACKETS = withFastWordStarts(/(?<![\p{L}])\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s*\(\s*$/u);
/** Words that label a number rather than name a person: «Telefon (…)», "Mobile (…)". */
const NUMBER_WORD = withFastWordStarts(
  /(?<![\p{L}])(?:telefon|tlf|mobil|mobile|phone|tel|org|organisasjonsnummer|orgnr|nummer|number|betaling|payment|beløp|amount|kroner|nok)\.?\s*\(\s*$/iu,
);

function nameInBrackets(before: string): boolean {
  if (!NAME_IN_BRACKETS.test(before) || NUMBER_WORD.test(before)) return false;
  const label = before.replace(/\s*\(\s*$/u, '');
  return !REFERENCE_BEFORE.test(label) && !OTHER_NUMBER_BEFORE.test(label);
}

/** The first six digits read as a birth date (day + 40 for a D-number, month + 40 or + 80 for H- and synthetic numbers). */
function plausibleBirthDate(digits: string): boolean {
  const day = Number(digits.slice(0, 2)) % 40;
  const month = Number(digits.slice(2, 4)) % 40;
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/** The label right before the number, as written ("Referanse", "KID-nr."), or undefined. */
function labelBefore(before: string): string | undefined {
  const label = REFERENCE_BEFORE.exec(before)?.[0]
    .replace(/[\s:\u00a0]+$/u, '')
    .trim();
  return label ? label.slice(0, 24) : undefined;
}

/** FH-numbers (health sector help numbers): first digit 8 or 9, no date, classic mod-11 checks. */
function isFhNumber(digits: string): boolean {
  if (digits[0] !== '8' && digits[0] !== '9') return false;
  const d = [...digits].map(Number);
  const k1w = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const k2w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const control = (weights: number[]) => {
    const r = 11 - (weights.reduce((sum, w, i) => sum + w * d[i]!, 0) % 11);
    return r === 11 ? 0 : r;
  };
  return control(k1w) === d[9] && control(k2w) === d[10];
}

export type NationalIdType = 'fnr' | 'dnr' | 'hnr' | 'tnr' | 'dnr-and-hnr' | 'dnr-and-tnr' | 'fh';

export function nationalIdType(digits: string): NationalIdType | undefined {
  if (!/^\d{11}$/.test(digits)) return undefined;
  const result = idnr(digits);
  if (result.status === 'valid') return result.type as NationalIdType;
  return isFhNumber(digits) ? 'fh' : undefined;
}

const TYPE_LABEL: Record<NationalIdType, string> = {
  fnr: 'fødselsnummer',
  dnr: 'D-nummer',
  hnr: 'H-nummer',
  tnr: 'syntetisk fødselsnummer',
  'dnr-and-hnr': 'D-nummer',
  'dnr-and-tnr': 'syntetisk D-nummer',
  fh: 'FH-nummer',
};

/**
 * Words of five letters or more also match as a prefix ("sykdom" → "sykdommen", "diagnose" →
 * "diagnosen"); shorter ones only as whole words, so "rus" does not escalate "russisk".
 */
const MIN_PREFIX = 5;

interface Escalation {
  whole: Set<string>;
  prefixes: Set<string>;
  longestPrefix: number;
  /** Entries of several words («høyt blodtrykk», "hearing aid"), matched as whole phrases. */
  phrases: RegExp | undefined;
}

const escalationByParams = new WeakMap<Record<string, unknown>, Escalation>();

/** The list as two sets, so a word costs a few hash lookups rather than one test per stem. */
function escalation(params: Record<string, unknown>): Escalation {
  let compiled = escalationByParams.get(params);
  if (compiled) return compiled;
  const words = params['escalateNear'];
  const stems = Array.isArray(words) ? words.filter((w): w is string => typeof w === 'string').map((w) => w.toLowerCase()) : [];
  compiled = { whole: new Set(), prefixes: new Set(), longestPrefix: 0, phrases: undefined };
  const phrases: string[] = [];
  for (const stem of stems) {
    if (/\s/.test(stem)) phrases.push(stem.trim().split(/\s+/).map(escapeRegExp).join('\\s+'));
    else if (stem.length >= MIN_PREFIX) {
      compiled.prefixes.add(stem);
      compiled.longestPrefix = Math.max(compiled.longestPrefix, stem.length);
    } else compiled.whole.add(stem);
  }
  if (phrases.length) compiled.phrases = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  escalationByParams.set(params, compiled);
  return compiled;
}

function escalates(word: string, { whole, prefixes, longestPrefix }: Escalation): boolean {
  if (whole.has(word)) return true;
  for (let length = MIN_PREFIX; length <= Math.min(word.length, longestPrefix); length++) if (prefixes.has(word.slice(0, length))) return true;
  return false;
}

/** CANDIDATE anchored: tried where a run of digits starts (number-starts.ts). */
const CANDIDATE_AT = stickyTwin(CANDIDATE);

/** CANDIDATE's matches in the text, as its scan finds them. */
function candidates(text: string, analysis: TextAnalysis | undefined): RegExpExecArray[] {
  return numberMatches(CANDIDATE, CANDIDATE_AT, text, analysis);
}

export const nationalId: Detector = {
  id: 'national-id',
  description: 'Fødselsnummer, D-, H-, FH- og syntetiske nummer med gyldige kontrollsifre (gammel regel og 2032-regelen).',
  parseParams(params) {
    checkOptionalList(params, 'national-id', 'escalateNear', 'words');
  },
  detect({ text, params, analysis, context, language }) {
    const hits: DetectorHit[] = [];
    // Decided once, and only when a number is found: most replies hold none, and the word list
    // is long (it follows the special-category health, child-welfare and criminal sets).
    let sensitive: boolean | undefined;
    const isSensitive = () => {
      if (sensitive === undefined) {
        const escalate = escalation(params);
        sensitive = analysis.words.some((w) => escalates(w.lower, escalate)) || (escalate.phrases?.test(text) ?? false);
      }
      return sensitive;
    };
    for (const m of candidates(text, analysis)) {
      const digits = m[1]! + m[2]!;
      const start = m.index;
      const end = start + m[0].length;
      const before = text.slice(Math.max(0, start - 40), start);
      const type =
        nationalIdType(digits) ??
        (ID_LABEL_BEFORE.test(before) ||
        (plausibleBirthDate(digits) &&
          !REFERENCE_BEFORE.test(before) &&
          !OTHER_NUMBER_BEFORE.test(before) &&
          (namesAnIdEarlier(text, start) || nameInBrackets(before)))
          ? 'fnr'
          : undefined);
      if (!type) continue;
      if (before.endsWith('.') && !ID_LABEL_WITH_DOT.test(before) && !REFERENCE_BEFORE.test(before)) continue;
      // «kontoen din (fødselsnummer 12048834567)»: the writer's own label right before the digits
      // says what they are, whatever account or payment word stands further back.
      const calledAnId = ID_LABEL_BEFORE.test(before);
      if (!calledAnId && (isKid(text, start) || isPayeeAccount(text, start))) continue;
      // The account-number detector reports these.
      if (!calledAnId && writtenAsAccount(text, start, end)) continue;
      const label = labelBefore(before);
      // The same choice as the engine's for the message this fills.
      const ui: UiLanguage = context.uiLanguage ?? (language === 'nno' ? 'nn' : 'nb');
      const hit: DetectorHit = {
        start,
        end,
        vars: { type: TYPE_LABEL[type], label: label ? LABEL_WORDING[ui](label) : '' },
        localVars: perUiLanguage((language) => ({ label: label ? LABEL_WORDING[language](label) : '' })),
      };
      if (isSensitive()) hit.severity = 'critical';
      hits.push(hit);
    }
    return hits;
  },
};
