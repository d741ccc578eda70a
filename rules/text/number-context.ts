// What the words around an 11-digit number say it is. A fødselsnummer and a bank account number
// share the form (the account's mod-11 check is the fødselsnummer's second check digit), so the
// national-id and account-number detectors read the same context here and never both report the
// same digits.
import { withFastWordStarts } from '../engine/word-start.ts';

const ACCOUNT_CONTEXT = withFastWordStarts(/(?<![\p{L}])(?:(?:bank)?konto(?:en|nummer(?:et)?|nr)?|kontoar|account(?:s|[ -]?number)?|iban)(?![\p{L}])/iu);
const ACCOUNT_GROUPING = /^\d{4}([ .])\d{2}\1\d{5}$/;
const CONTEXT_WINDOW = 60;

/**
 * The digits at [start, end) are written as a bank account: 4.2.5 grouping or an account word
 * within CONTEXT_WINDOW characters.
 */
export function writtenAsAccount(text: string, start: number, end: number): boolean {
  if (writtenInAccountGroups(text.slice(start, end))) return true;
  return ACCOUNT_CONTEXT.test(text.slice(Math.max(0, start - CONTEXT_WINDOW), Math.min(text.length, end + CONTEXT_WINDOW)));
}

/** "1234 56 78903", "1234.56.78903": the bank's own way of writing an account. */
export function writtenInAccountGroups(digits: string): boolean {
  return ACCOUNT_GROUPING.test(digits);
}

/**
 * The municipality's own account for a payment ("Betal til konto …", "kommunens kontonummer er …",
 * "pay to account …") is no one's personal data: an invoice reply must be able to say it.
 */
const PAYEE_BEFORE = withFastWordStarts(
  /(?<![\p{L}])(?:(?:betal|betale|betales|betalast|innbetal\p{L}*|overfør|overføre|pay|transfer)(?:[ \t]+\p{L}+){0,3}[ \t]+(?:til|to|into)[ \t]+(?:\p{L}+[ \t]+){0,2}(?:konto|kontonummer|kontonr\.?|account|bankkonto)|(?:kommunens|kommunen\s+sitt|bergen\s+kommunes|vårt|vår|våre|our|the\s+municipality's)[ \t]+(?:\p{L}+[ \t]+)?(?:kontonummer|konto|bankkonto|kontonr\.?|account(?:\s+number)?))(?![\p{L}])[^\n\d]{0,24}$/iu,
);
/** KID (payment reference) numbers also run to 11 digits and often stand next to "konto". */
const KID_BEFORE = /\bKID(?:-?nummer|-?nr\.?)?[:.]?\s*$/iu;

/** The number at `start` is the payee's account in a payment instruction. */
export function isPayeeAccount(text: string, start: number): boolean {
  return PAYEE_BEFORE.test(text.slice(Math.max(0, start - 80), start));
}

/** The number at `start` is a KID payment reference. */
export function isKid(text: string, start: number): boolean {
  return KID_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}
