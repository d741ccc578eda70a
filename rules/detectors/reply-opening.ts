// A reply that opens with a reference to the inquiry ("Vi viser til din henvendelse av …",
// "Det vises til …") instead of the answer. Language profiles put the main message first; the
// reader knows what they asked. A greeting line ("Hei, Kari!") before it is skipped.
import type { Detector } from './types.ts';
import { trimLine } from '../text/analysis.ts';
import { GREETING_WORDS } from '../text/greeting.ts';

const GREETING = new RegExp(String.raw`^(?:${GREETING_WORDS})(?![\p{L}])[^\n]{0,60}$`, 'iu');
const OPENING =
  /^(?:(?:vi|me|jeg|eg)\s+(?:viser|syner|vil\s+vise|refererer)\s+til|det\s+(?:vises|visast|synast|refereres|henvises)\s+til|det\s+(?:vert|blir)\s+(?:vist|synt|referert|henvist)\s+til|viser\s+til|syner\s+til|(?:vi\s+)?henviser\s+til|med\s+henvisning\s+til|(?:we\s+)?refer\s+to|with\s+reference\s+to|reference\s+is\s+made\s+to)(?![\p{L}])/iu;

/**
 * The writer's own «Vi viser til …» / "We refer to …" names who speaks and reads as a courtesy;
 * independent reviewers of blind replies marked it in none of 25 replies where it opened the
 * reply, against about half of the impersonal «Det vises til» / "Reference is made to". It stays
 * a note (severity info): the answer could still come first.
 */
const FIRST_PERSON = /^(?:(?:vi|me|jeg|eg|we)\s|(?:viser|syner|refer)(?![\p{L}]))/iu;

export const replyOpening: Detector = {
  id: 'reply-opening',
  description: 'Svaret begynner med «Vi viser til …» i stedet for svaret.',
  detect({ text, analysis }) {
    let seen = 0;
    for (const raw of analysis.lines) {
      const line = trimLine(text, raw);
      if (!line) continue;
      const content = text.slice(line.start, line.end);
      if (seen === 0 && GREETING.test(content) && content.length <= 60) {
        seen++;
        continue;
      }
      const m = OPENING.exec(content);
      if (!m) return [];
      return [{ start: line.start, end: line.start + m[0].length, ...(FIRST_PERSON.test(m[0]) ? { severity: 'info' as const } : {}) }];
    }
    return [];
  },
};
