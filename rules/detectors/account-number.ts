// Norwegian bank account numbers (kontonummer) in free text: 11 digits whose last digit is the
// mod-11 control digit (weights 5 4 3 2 7 6 5 4 3 2, domain-facts §3.2). A fødselsnummer has the
// same length and may pass the same check, so a number counts as an account only when it is
// written like one: 4.2.5 grouping ("1234 56 78901", "1234.56.78901"), an IBAN ("NO93 8601 1117
// 947") or an account word nearby. That is exactly the condition under which the national-id
// detector steps aside, so the two never report the same digits.
import { isKid, isPayeeAccount, writtenAsAccount } from '../text/number-context.ts';
import { checkOptionalList } from '../engine/detector-params.ts';
import type { TextAnalysis } from '../text/analysis.ts';
import type { Detector, DetectorHit } from './types.ts';
import { numberMatches, stickyTwin } from '../text/number-starts.ts';

// One pass: grouped 4.2.5 (one separator kind), IBAN, or 11 contiguous digits. The boundaries
// keep 12-digit order numbers, case numbers ("2026/12345678901") and amounts ("1.200,50") out.
// The leading lookahead lets most positions fail on one character before the lookbehind runs.
const CANDIDATE =
  /(?=[\dN])(?<![\p{N}\p{L}.,/-]|\p{N}[ ])(?:(?<iban>NO\d{2}[ ]?\d{4}[ ]?\d{4}[ ]?\d{3})|(?<grouped>\d{4}([ .])\d{2}\3\d{5})|(?<plain>\d{11}))(?![\p{N}]|[.,/:-]\p{N}|[ ]\p{N})/gu;
/** CANDIDATE anchored: tried where a run of digits or an «N» (of an IBAN) starts (number-starts.ts). */
const CANDIDATE_AT = stickyTwin(CANDIDATE);
const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** True for 11 digits with a valid mod-11 control digit (NoCommons also rejects a "0000" bank). */
export function isAccountNumber(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || digits.startsWith('0000')) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += WEIGHTS[i]! * (digits.charCodeAt(i) - 48);
  const remainder = sum % 11;
  if (remainder === 1) return false;
  const control = remainder === 0 ? 0 : 11 - remainder;
  return control === digits.charCodeAt(10) - 48;
}

function digitList(params: Record<string, unknown>, key: string): string[] {
  const value = params[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map((v) => v.replace(/\D/g, '')) : [];
}

/** CANDIDATE's matches in the text, as its scan finds them. */
function candidates(text: string, analysis: TextAnalysis | undefined): RegExpExecArray[] {
  return numberMatches(CANDIDATE, CANDIDATE_AT, text, analysis, 'N');
}

export const accountNumber: Detector = {
  id: 'account-number',
  description: 'Kontonummer (11 siffer med gyldig kontrollsiffer) skrevet 4.2.5, som IBAN eller med «konto» i nærheten.',
  parseParams(params) {
    checkOptionalList(params, 'account-number', 'allow', 'account numbers');
  },
  detect({ text, params, analysis }) {
    const hits: DetectorHit[] = [];
    const allow = new Set(digitList(params, 'allow'));
    for (const m of candidates(text, analysis)) {
      const start = m.index;
      const end = start + m[0].length;
      const g = m.groups!;
      const digits = (g.iban ? g.iban.slice(4) : m[0]).replace(/\D/g, '');
      if (!isAccountNumber(digits) || allow.has(digits)) continue;
      if (isKid(text, start) || isPayeeAccount(text, start)) continue;
      // Plain digits are an account only when national-id would step aside for them.
      if (!g.iban && !writtenAsAccount(text, start, end)) continue;
      hits.push({ start, end });
    }
    return hits;
  },
};
