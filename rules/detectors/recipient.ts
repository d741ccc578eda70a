// Right recipient (palitelig.personvern). Two checks, chosen by the rule's `check` param:
//  - 'greeting': the reply greets someone other than the inquiry's sender ("Hei Per," when the
//    quote is from Kari Nordmann) — the sign of a reply written in the wrong thread or sent to
//    the wrong person. The finding covers the greeted name.
//  - 'personal-data': the reply holds personal data (other rules' personal-data hits) while the
//    page's To field names an address that is not the sender's. The finding covers the first
//    piece of personal data. Addresses in `allowDomains` (the municipality's own) are fine.
// Both stay silent when the page does not tell (no sender name / no To field / no sender address).
// Messages never quote the names or addresses: findings are shown and stored without them.
import { GREETING_WORDS, greetingLineAndName } from '../text/greeting.ts';
import { foldName, senderNameWords } from '../text/sender-name.ts';
import type { Detector, DetectorHit, DetectorInput } from './types.ts';

const GREETING = new RegExp(String.raw`^(?:${GREETING_WORDS})(?![\p{L}\p{N}])[ \t\u00a0]*,?[ \t\u00a0]*`, 'iu');
const TITLE = /^(?:herr|fru|frk|mr|mrs|ms|miss|dr|prof)\.?$/i;
/** Words after a greeting that are not a person's name. */
const NOT_A_NAME = new Set([
  'alle',
  'dere',
  'de',
  'du',
  'deg',
  'igjen',
  'og',
  'team',
  'sir',
  'madam',
  'all',
  'there',
  'everyone',
  'again',
  'kunde',
  'innbygger',
  'innbyggjar',
  'søker',
  'søkjar',
  'postmottak',
  'kommune',
  'bergen',
]);
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

/** First name, middle names and surname of "Kari Nordmann" / "Nordmann, Kari" / "Kari N.", lower case. */
export function senderNameParts(senderName: string): string[] {
  return senderNameWords(senderName)
    .flatMap((word) => word.split('-'))
    .map((p) => foldName(p.replace(/\.$/, '')))
    .filter((p) => /^\p{L}[\p{L}'’]*$/u.test(p));
}

function greetingHit({ text, analysis, context }: DetectorInput): DetectorHit[] {
  const opening = greetingLineAndName(text, analysis, context.inquiry?.senderName, senderNameParts);
  if (!opening) return [];
  const { parts, line, lineText } = opening;
  const greeting = GREETING.exec(lineText);
  if (!greeting) return [];
  // The words after the greeting, skipping a title ("Kjære fru Hansen").
  const word = /[\p{L}'’.-]+/gu;
  word.lastIndex = greeting[0].length;
  let m = word.exec(lineText);
  if (m && TITLE.test(m[0])) m = word.exec(lineText);
  if (!m || m.index > greeting[0].length + 6) return [];
  const name = m[0].replace(/[.-]+$/, '');
  if (!NAME_WORD.test(name) || NOT_A_NAME.has(name.toLocaleLowerCase('nb'))) return [];
  const lower = foldName(name);
  // "Hei Kari", "Hei Nordmann", "Hei K." are the sender; so is an initial or a short form ("Kari-Anne" → "Kari").
  if (parts.some((p) => p === lower || (lower.length >= 3 && p.startsWith(lower)) || (p.length >= 3 && lower.startsWith(p)))) return [];
  return [{ start: line.start + m.index, end: line.start + m.index + name.length }];
}

function personalDataHit({ context, earlierHits, params }: DetectorInput): DetectorHit[] {
  const sender = context.inquiry?.senderEmail?.trim().toLowerCase();
  const recipients = (context.recipients ?? []).map((r) => r.trim().toLowerCase()).filter(Boolean);
  if (!sender || recipients.length === 0) return [];
  const allow = ((params.allowDomains as string[] | undefined) ?? []).map((d) => d.toLowerCase());
  const strangers = recipients.filter((r) => r !== sender && !allow.some((d) => r.endsWith(`@${d}`) || r.endsWith(`.${d}`)));
  if (strangers.length === 0) return [];
  const data = (earlierHits ?? []).filter((h) => h.category === 'personal-data').sort((a, b) => a.start - b.start)[0];
  return data ? [{ start: data.start, end: data.end }] : [];
}

export const recipient: Detector = {
  id: 'recipient',
  description: 'Svaret hilser en annen enn avsenderen, eller har personopplysninger og går til en annen adresse enn avsenderens.',
  runsLast: true,
  parseParams(params) {
    if (params.check !== 'greeting' && params.check !== 'personal-data') throw new Error('recipient: params.check must be "greeting" or "personal-data"');
    const allow = params.allowDomains;
    if (allow !== undefined && (!Array.isArray(allow) || !allow.every((d) => typeof d === 'string' && /^[a-z0-9.-]+$/i.test(d)))) {
      throw new Error('recipient: params.allowDomains must be a list of domain names');
    }
  },
  detect(input) {
    return input.params.check === 'greeting' ? greetingHit(input) : personalDataHit(input);
  },
};
