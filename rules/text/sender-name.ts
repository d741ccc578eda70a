// The inquiry's sender name as mail clients and case systems write it ("Kari Nordmann",
// "Nordmann, Kari", "\"Kari Nordmann\" <kari@example.no>", "Postmottak Bergen kommune"): one
// reading for every detector that greets or compares the sender by name.
import { withFastWordStarts } from '../engine/word-start.ts';

/** Senders that are organisations or shared mailboxes rather than people: no first name to use. */
const ORGANISATION = withFastWordStarts(
  /(?<![\p{L}])(?:as|asa|ans|da|sa|ba|ltd|inc|gmbh|kommune|fylkeskommune|borettslag|sameie|forening|foreningen|lag|senter|etaten|etat|stiftelse|stiftelsen|postmottak|firmapost|kundeservice|servicetorget|no-?reply)(?![\p{L}])/iu,
);

/**
 * The words of a person's name, first name first, as written: "Nordmann, Kari" → ["Kari",
 * "Nordmann"]. Empty for an address, a name with digits, or an organisation.
 */
export function senderNameWords(senderName: string): string[] {
  const cleaned = senderName.replace(/<[^>]*>|"|\([^)]*\)/g, ' ').trim();
  if (!cleaned || /[@\d]/.test(cleaned) || ORGANISATION.test(cleaned)) return [];
  const comma = cleaned.indexOf(',');
  const ordered = comma > 0 ? `${cleaned.slice(comma + 1)} ${cleaned.slice(0, comma)}` : cleaned;
  return ordered.split(/\s+/u).filter(Boolean);
}

/** A name word compared without case or accents: "Novak" in a reply is the sender Novák. */
export const foldName = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nb');
