// Norwegian national identity numbers in free text: fødselsnummer, D-, H- and synthetic (Tenor)
// numbers, under both the old and the 2032 check-digit rule (validated by NAV's fnrvalidator),
// plus FH-numbers. Purview-style: pattern + checksum; a special-category word nearby raises the
// severity. Account numbers share the 11-digit form, so 4.2.5 grouping or account words nearby
// make the digits an account number instead.
import { idnr } from '@navikt/fnrvalidator';
import type { Detector, DetectorHit } from './types.ts';

const CANDIDATE = /(?<![\p{N}.,/:-]|[\p{N}][ ])(\d{6}) ?(\d{5})(?![\p{N}]|[.,/:-]\p{N}|[ ]\p{N})/gu;
const ACCOUNT_CONTEXT = /\b(?:konto(?:nummer|nr\.?)?|kontonr\.?|bankkonto|account)\b/iu;
const CONTEXT_WINDOW = 60;

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

function escalationWords(params: Record<string, unknown>): string[] {
  const words = params['escalateNear'];
  return Array.isArray(words) ? words.filter((w): w is string => typeof w === 'string').map((w) => w.toLowerCase()) : [];
}

export const nationalId: Detector = {
  id: 'national-id',
  description: 'Fødselsnummer, D-, H-, FH- og syntetiske nummer med gyldige kontrollsifre (gammel regel og 2032-regelen).',
  parseParams(params) {
    const words = params['escalateNear'];
    if (words !== undefined && (!Array.isArray(words) || words.some((w) => typeof w !== 'string')))
      throw new Error('national-id: params.escalateNear must be a list of words');
  },
  detect({ text, params, analysis }) {
    const hits: DetectorHit[] = [];
    const escalate = escalationWords(params);
    const sensitive = escalate.length > 0 && analysis.words.some((w) => escalate.some((stem) => w.lower.startsWith(stem)));
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
      const digits = m[1]! + m[2]!;
      const type = nationalIdType(digits);
      if (!type) continue;
      const start = m.index;
      const end = start + m[0].length;
      const around = text.slice(Math.max(0, start - CONTEXT_WINDOW), Math.min(text.length, end + CONTEXT_WINDOW));
      // "1234 56 78903" is written as an account number; "konto" nearby says the same.
      if (/^\d{4} \d{2} \d{5}$/.test(m[0]) || ACCOUNT_CONTEXT.test(around)) continue;
      const hit: DetectorHit = { start, end, vars: { type: TYPE_LABEL[type] } };
      if (sensitive) hit.severity = 'critical';
      hits.push(hit);
    }
    return hits;
  },
};
