// The reply greets the citizen without the name the inquiry gives ("Hei!" to Kari Nordmann):
// a personal greeting is the first sign of a professional, caring answer. Runs only when the
// inquiry's sender name is known and the first line is a greeting; a missing greeting
// altogether is tone.greeting's job. A nameless «Hei,» that opens the letter is only a note. The finding covers the greeting phrase, any name written
// after it and its punctuation, and suggests the same greeting with the first name.
import type { RuleLanguage } from '../ids.ts';
import { GREETING_WORDS, greetingLineAndName } from '../text/greeting.ts';
import { senderNameWords } from '../text/sender-name.ts';
import type { Detector, DetectorHit } from './types.ts';

// Greeting at the start of the line (case-insensitive) …
const GREETING = new RegExp(String.raw`^(?:${GREETING_WORDS})(?![\p{L}\p{N}])`, 'iu');
// … then, case-sensitively (under the i flag \p{Lu} would match any letter), up to a few
// capitalised words (a wrong name, "Sir or Madam") and the punctuation.
// Generic forms of address ("Kjære innbygger", "Dear applicant") are replaced by the name too.
const AFTER_GREETING =
  /(?:[ \u00a0]+(?:innbygger|innbyggjar|søker|søkjar|kunde|mottaker|mottakar|sir or madam|customer|applicant|resident|citizen)(?![\p{L}]))?(?:,?[ \u00a0]+(?:(?:or|eller|and|og)[ \u00a0]+)?\p{Lu}[\p{L}'’-]*\.?){0,4}(?:[ \u00a0]*[,!.:])?/uy;
/** The name's whole words to greet with: "Nordmann, Kari" → ["Kari", "Nordmann"]; an initial ("N.") is no name. */
export function nameParts(senderName: string): string[] {
  return senderNameWords(senderName).filter((p) => /^\p{L}[\p{L}'’-]+$/u.test(p));
}

function suggest(greeting: string, firstName: string, punct: string, lineGoesOn: boolean, language: RuleLanguage): string {
  const lower = greeting.toLowerCase();
  // "Kjære Kari," / "Dear Kari," / "Hi Kari," take no comma after the greeting word; Norwegian
  // "Hei, Kari!" does.
  const comma = language !== 'eng' && lower !== 'kjære' ? ',' : '';
  // Add punctuation only when the greeting stands alone: "Hei og takk …" → "Hei, Kari og takk …".
  const end = punct || (lineGoesOn ? '' : lower === 'kjære' || lower === 'dear' ? ',' : '!');
  return `${greeting}${comma} ${firstName}${end}`;
}

export const greetingName: Detector = {
  id: 'greeting-name',
  description: 'Hilsenen i første linje mangler fornavnet til innbyggeren når henvendelsen oppgir navnet.',
  detect({ text, analysis, context, language }) {
    const opening = greetingLineAndName(text, analysis, context.inquiry?.senderName, nameParts);
    if (!opening) return [];
    const { parts, line, lineText } = opening;
    const m = GREETING.exec(lineText);
    if (!m) return [];
    AFTER_GREETING.lastIndex = m[0].length;
    const after = AFTER_GREETING.exec(lineText)?.[0] ?? '';
    const lowerLine = lineText.toLocaleLowerCase('nb');
    // Any part of the name anywhere on the greeting line will do: "Hei Kari", "Dear Ms Nordmann".
    for (const part of parts) {
      const p = part.toLocaleLowerCase('nb');
      const at = lowerLine.indexOf(p);
      if (at >= 0 && !/\p{L}/u.test(lowerLine[at - 1] ?? '') && !/\p{L}/u.test(lowerLine[at + p.length] ?? '')) return [];
    }
    const punct = /[,!.:]$/.test(after) ? after.slice(-1) : '';
    const end = line.start + m[0].length + after.length;
    const hit: DetectorHit = {
      start: line.start,
      end,
      suggestions: [suggest(m[0], parts[0]!, punct, end < line.end, language)],
      vars: { name: parts[0]! },
    };
    // «Hei,» / "Hi," with no name is the ordinary neutral way to open a letter, and readers
    // accept it: only a note. A wrong name, a generic "Dear Sir" or a bare «Hei.» / «Hei!» line
    // standing alone stays a suggestion.
    if (/^[\s\u00a0]*,?$/u.test(after)) hit.severity = 'info';
    return [hit];
  },
};
