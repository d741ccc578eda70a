// Personal data by substance, measured: valid id numbers in ordinary sentences behind many kinds
// of label must be reported (recall ≥ 0.98), and numbers that only look like them — order
// numbers, KID, account numbers with a valid check digit, phone numbers — must not be (≤ 1 %
// false alarms). Generated from fixed seeds with the whole bundled rule set, so it measures what
// a user sees: any personal-data finding on the number.
import { describe, expect, it } from 'vitest';
import { compileRuleSet } from '../engine/compile.ts';
import { check } from '../engine/check.ts';
import { BUNDLED_RULE_SET } from '../standard/index.ts';
import { isAccountNumber } from './account-number.ts';
import { nationalIdType } from './national-id.ts';
import type { RuleLanguage } from '../ids.ts';
import { mulberry32 } from '../random.ts';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** k1 under the old rule, or one of the extra values the 2032 rule allows (rest 1–3). */
function control(digits: number[], weights: number[], extra = 0): number | undefined {
  const sum = weights.reduce((s, w, i) => s + w * digits[i]!, 0);
  const k = (11 + extra - (sum % 11)) % 11;
  return k === 10 ? undefined : k;
}

type Kind = 'fnr' | 'dnr' | 'hnr' | 'tnr' | 'fnr-2032';

function makeId(rand: () => number, kind: Kind): string {
  for (;;) {
    const year = 1930 + Math.floor(rand() * 95);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * new Date(Date.UTC(year, month, 0)).getUTCDate());
    const individual = year < 2000 ? Math.floor(rand() * 500) : 500 + Math.floor(rand() * 500);
    const d = day + (kind === 'dnr' ? 40 : 0);
    const m = month + (kind === 'hnr' ? 40 : kind === 'tnr' ? 80 : 0);
    const nine = [...`${pad(d, 2)}${pad(m, 2)}${pad(year % 100, 2)}${pad(individual, 3)}`].map(Number);
    const k1 = control(nine, [3, 7, 6, 1, 8, 9, 4, 5, 2], kind === 'fnr-2032' ? 1 + Math.floor(rand() * 3) : 0);
    if (k1 === undefined) continue;
    const k2 = control([...nine, k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (k2 === undefined) continue;
    const id = [...nine, k1, k2].join('');
    if (nationalIdType(id)) return id;
  }
}

function written(rand: () => number, id: string): string {
  const form = rand();
  return form < 0.6 ? id : form < 0.8 ? `${id.slice(0, 6)} ${id.slice(6)}` : `${id.slice(0, 6)}-${id.slice(6)}`;
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

// "{n}" is the number. Labels of every kind: id words, none, and reference-style labels that
// used to hide it.
const ID_SENTENCES: ReadonlyArray<[RuleLanguage, string]> = [
  ['nob', 'Fødselsnummeret ditt er {n}, og søknaden er registrert.'],
  ['nob', 'Vi har registrert søknaden på {n}.'],
  ['nob', 'Referanse: {n}'],
  ['nob', 'Referanse {n} gjelder søknaden om barnehageplass.'],
  ['nob', 'Vår referanse er {n}, oppgi den når du ringer.'],
  ['nob', 'Ref.: {n}'],
  ['nob', 'Saksnummer {n} er ferdig behandlet.'],
  ['nob', 'Kundenummer: {n}. Ta vare på det.'],
  ['nob', 'Ordrenummer {n} er sendt til leverandøren.'],
  ['nob', 'Fakturanummer {n} gjelder kommunale avgifter.'],
  ['nob', 'Søker: Kari Nordmann, {n}, Storgaten 1.'],
  ['nob', 'Personnummer {n} står på vedtaket.'],
  ['nob', 'Medlemsnummer {n} er registrert hos oss.'],
  ['nob', 'Identitet: {n}'],
  ['nno', 'Referansen din er {n}, og saka er registrert.'],
  ['nno', 'Vi har registrert søknaden på {n}.'],
  ['nno', 'Saka har referanse {n} hjå oss.'],
  ['nno', 'D-nummeret ditt er {n}.'],
  ['nno', 'Oppgi {n} når du ringjer oss.'],
  ['eng', 'Your national identity number {n} is on the form.'],
  ['eng', 'Reference: {n}'],
  ['eng', 'Reference no. {n} is on the letter.'],
  ['eng', 'Case number {n} has been updated.'],
  ['eng', 'We registered your application under {n}.'],
];

// Look-alikes in the sentences where they are ordinary. Order numbers, KIDs and the payee's
// account are no one's personal data: any personal-data finding on them is a false alarm. A
// mobile number may be a person's own, which the phone-number rule says by design: there only an
// id-number finding is a false alarm. An order number that happens to be a valid id is an id
// (the other set); a KID or payee account that is one stays a look-alike, because its own mod-11
// check digit makes that common (one account in six).
interface LookAlikeSample {
  language: RuleLanguage;
  text: string;
  number: string;
  mayBePersonal?: boolean;
  paymentData?: boolean;
}
type LookAlike = (rand: () => number) => LookAlikeSample | undefined;

function digits(rand: () => number, length: number): string {
  let s = String(1 + Math.floor(rand() * 9));
  while (s.length < length) s += String(Math.floor(rand() * 10));
  return s;
}

function luhnControl(body: string): number {
  let sum = 0;
  for (let i = body.length - 1, double = true; i >= 0; i--, double = !double) {
    let v = Number(body[i]) * (double ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}

// Register numbers of real Norwegian banks: they decide how often an account looks like a date.
const BANKS = [
  '1503',
  '1506',
  '1254',
  '1207',
  '3201',
  '3207',
  '3624',
  '6011',
  '6345',
  '9710',
  '8601',
  '1813',
  '2801',
  '4212',
  '5082',
  '7874',
  '9235',
  '1594',
  '0530',
  '1822',
];

/** 11 digits with a valid mod-11 check digit: an account number, or a mod-11 KID. */
function mod11Number(rand: () => number, prefix = ''): string {
  for (;;) {
    let body = prefix || digits(rand, 1);
    while (body.length < 10) body += String(Math.floor(rand() * 10));
    for (let c = 0; c <= 9; c++) if (isAccountNumber(body + c)) return body + c;
  }
}

const accountNumber = (rand: () => number) => mod11Number(rand, pick(rand, BANKS));

const LOOK_ALIKES: readonly LookAlike[] = [
  (rand) => {
    const n = digits(rand, 6 + Math.floor(rand() * 7));
    return { language: 'nob', text: `Ordrenummer ${n} er sendt til leverandøren.`, number: n };
  },
  (rand) => {
    const n = digits(rand, 11);
    return { language: 'eng', text: `Your order number is ${n}.`, number: n };
  },
  (rand) => {
    const body = digits(rand, 8 + Math.floor(rand() * 12));
    const n = body + luhnControl(body);
    return { language: 'nob', text: `Bruk KID ${n} når du betaler fakturaen.`, number: n, paymentData: true };
  },
  (rand) => {
    const n = mod11Number(rand);
    return { language: 'nno', text: `Bruk KID-nummer ${n} når du betaler.`, number: n, paymentData: true };
  },
  (rand) => {
    const a = accountNumber(rand);
    const n = `${a.slice(0, 4)}.${a.slice(4, 6)}.${a.slice(6)}`;
    return { language: 'nob', text: `Betal til kontonummer ${n} innen forfall.`, number: n, paymentData: true };
  },
  (rand) => {
    const a = accountNumber(rand);
    const n = `${a.slice(0, 4)} ${a.slice(4, 6)} ${a.slice(6)}`;
    return { language: 'nno', text: `Betal til kommunen sitt kontonummer ${n} innan fristen.`, number: n, paymentData: true };
  },
  (rand) => {
    const n = accountNumber(rand);
    return { language: 'eng', text: `Please pay to account ${n} by the due date.`, number: n, paymentData: true };
  },
  (rand) => {
    const n = accountNumber(rand);
    return { language: 'nob', text: `Beløpet betales til kommunens kontonummer ${n}.`, number: n, paymentData: true };
  },
  (rand) => {
    const n = `${pick(rand, ['4', '9'])}${digits(rand, 7)}`;
    const spaced = `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`;
    return { language: 'nob', text: `Du kan ringe oss på ${spaced} mellom kl. 8 og 15.`, number: spaced, mayBePersonal: true };
  },
  (rand) => {
    const n = `+47 ${pick(rand, ['4', '9', '5'])}${digits(rand, 7)}`;
    return { language: 'eng', text: `Call us on ${n} on weekdays.`, number: n, mayBePersonal: true };
  },
];

const compiled = compileRuleSet(BUNDLED_RULE_SET);
const NOW = '2026-11-23T10:00:00+01:00';

const ID_RULE = 'personvern.fodselsnummer';

function reported(language: RuleLanguage, text: string, number: string, onlyIdRule = false): boolean {
  const start = text.indexOf(number);
  const end = start + number.length;
  return check(text, { now: NOW, language }, compiled).findings.some(
    (f) => f.category === 'personal-data' && (!onlyIdRule || f.ruleId === ID_RULE) && f.start < end && f.end > start,
  );
}

describe('personal data by substance', () => {
  it('reports ≥ 98 % of 300 valid id numbers in ordinary sentences, whatever label stands before them', () => {
    const rand = mulberry32(20261204);
    const kinds: Kind[] = ['fnr', 'fnr', 'dnr', 'hnr', 'tnr', 'fnr-2032'];
    const missed: string[] = [];
    const total = 300;
    for (let i = 0; i < total; i++) {
      const [language, template] = ID_SENTENCES[i % ID_SENTENCES.length]!;
      const number = written(rand, makeId(rand, kinds[i % kinds.length]!));
      const text = template.replace('{n}', number);
      if (!reported(language, text, number)) missed.push(text);
    }
    const recall = (total - missed.length) / total;
    expect(missed).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.98);
  });

  it('raises at most 1 % false alarms on 500 look-alikes (order numbers, KID, account numbers, phone numbers)', () => {
    const rand = mulberry32(4122026);
    const alarms: string[] = [];
    let total = 0;
    let paymentIds = 0;
    while (total < 500) {
      const sample = LOOK_ALIKES[total % LOOK_ALIKES.length]!(rand);
      if (!sample) continue;
      // A look-alike that is a valid id number is an id number: it belongs to the other set.
      if (!sample.paymentData && nationalIdType(sample.number.replace(/\D/g, '').slice(-11))) continue;
      total++;
      if (sample.paymentData && nationalIdType(sample.number.replace(/\D/g, ''))) paymentIds++;
      if (reported(sample.language, sample.text, sample.number, sample.mayBePersonal)) alarms.push(sample.text);
    }
    expect(alarms).toEqual([]);
    // The set holds payment numbers that also pass as ids, or the exemption would go untested.
    expect(paymentIds).toBeGreaterThan(5);
    expect(alarms.length / total).toBeLessThanOrEqual(0.01);
  });
});
