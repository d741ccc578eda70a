// Explicit registry of built-in detectors, sorted by id. A meta-test fails when a detector file
// is not registered here.
import type { Detector } from './types.ts';
import { accountNumber } from './account-number.ts';
import { appealDateShort } from './appeal-date-short.ts';
import { appealDeadline } from './appeal-deadline.ts';
import { attributeAssumption } from './attribute-assumption.ts';
import { caps } from './caps.ts';
import { datePromise } from './date-promise.ts';
import { emailAddress } from './email-address.ts';
import { greetingName } from './greeting-name.ts';
import { legalReference } from './legal-reference.ts';
import { nationalId } from './national-id.ts';
import { nominalisation } from './nominalisation.ts';
import { passiveVoice } from './passive-voice.ts';
import { phoneNumber } from './phone-number.ts';
import { readerAddress } from './reader-address.ts';
import { recipient } from './recipient.ts';
import { refusalNextStep } from './refusal-next-step.ts';
import { slotSequence } from './slot-sequence.ts';
import { replyOpening } from './reply-opening.ts';
import { specialCategory } from './special-category.ts';
import { thirdPerson } from './third-person.ts';
import { toneModel } from './tone-model.ts';
import { unansweredQuestion } from './unanswered-question.ts';
import { unansweredWhen } from './unanswered-when.ts';
import { unexplainedAbbreviation } from './unexplained-abbreviation.ts';
import { unknownAcronym } from './unknown-acronym.ts';
import { untranslatedTerm } from './untranslated-term.ts';
import { vaguePromise } from './vague-promise.ts';
import { weekdayMismatch } from './weekday-mismatch.ts';

export const DETECTORS: readonly Detector[] = [
  accountNumber,
  appealDateShort,
  appealDeadline,
  attributeAssumption,
  caps,
  datePromise,
  emailAddress,
  greetingName,
  legalReference,
  nationalId,
  nominalisation,
  passiveVoice,
  phoneNumber,
  readerAddress,
  recipient,
  refusalNextStep,
  replyOpening,
  slotSequence,
  specialCategory,
  thirdPerson,
  toneModel,
  unansweredQuestion,
  unansweredWhen,
  unexplainedAbbreviation,
  unknownAcronym,
  untranslatedTerm,
  vaguePromise,
  weekdayMismatch,
];

export const DETECTORS_BY_ID: ReadonlyMap<string, Detector> = new Map(DETECTORS.map((d) => [d.id, d]));
