// The right to appeal named without its deadline: «Vedtaket kan påklages.», «Klage kan du sende
// hvis du vil», «Eventuell klage kan fremjast på vanleg måte», "Appeal if you want", "within the
// appeal period". Forvaltningsloven § 27 asks a decision to say the appeal deadline; a reader who
// is told they may appeal but not by when may lose the right. The mention is reported unless a
// sentence of the reply that speaks of appeals (or the mention's own or next sentence) gives a
// duration or a date: «Du kan klage innen tre uker», "The deadline for appeals is 3 weeks".
// Where a decision names the appeal right without a deadline, this is the finding to show (the
// refusal rule that asks a decision for any date steps aside for it: frist.avslag-uten-frist).
import type { Detector, DetectorHit } from './types.ts';
import { statesDuration } from './unanswered-when.ts';
import { NOT_AFTER_LETTER_OR_DIGIT } from '../engine/word-start.ts';
import { patternFirstChars } from '../engine/first-chars.ts';

// «(?<![\p{L}\p{N}])» in the form V8 tests fast on a two-byte reply (word-start.ts).
const B = NOT_AFTER_LETTER_OR_DIGIT;
const E = String.raw`(?![\p{L}\p{N}])`;

/** «Du kan selvsagt klage», «kan du òg klage»: a word between the right and the appeal. */
const ASIDE = String.raw`(?:også|òg|og|selvsagt|sjølvsagt|sjølsagt|naturligvis|alltid|gjerne|fortsatt|framleis|likevel|uansett|skriftlig|skriftleg)`;

/** Where a reply offers the right to appeal; "du kan ikke klage" offers none, so it never matches. */
const MENTION = new RegExp(
  [
    String.raw`(?:(?:du|dere|de|dykk)\s+(?:kan|har\s+rett\s+til\s+å|har\s+høve\s+til\s+å|har\s+anledning\s+til\s+å)|kan\s+(?:du|dere|de|dykk))\s+(?:${ASIDE}\s+)?klage${E}`,
    String.raw`(?:du|dere|de|dykk)\s+(?:vil|ønsker\s+å|ønskjer\s+å)\s+klage${E}`,
    String.raw`(?:kan|må|skal)\s+påklag(?:es|ast)${E}`,
    String.raw`klage(?:n|a)?\s+(?:kan|må|skal)\s+(?:du\s+|dere\s+|dykk\s+)?(?:sendes|sende|sendast|fremmes|fremjast|fremsettes|setjast\s+fram|settes\s+fram|rettes|rettast|stiles|leverast|leveres)${E}`,
    String.raw`eventuell(?:e)?\s+klage(?:r)?${E}`,
    String.raw`(?:innen|innan)\s+klagefristen${E}`,
    String.raw`klagerett(?:en)?${E}`,
    String.raw`klageadgang(?:en)?${E}`,
    String.raw`you\s+(?:can|may|have\s+the\s+right\s+to|are\s+entitled\s+to)\s+(?:also\s+|of\s+course\s+|still\s+|always\s+|naturally\s+)?(?:appeal|complain\s+(?:about|against)\s+(?:the|this)\s+decision)${E}`,
    String.raw`(?:right|entitled)\s+to\s+appeal${E}`,
    String.raw`appeal\s+if\s+you${E}`,
    String.raw`any\s+appeals?${E}`,
    String.raw`(?:may|can)\s+be\s+appealed${E}`,
    String.raw`within\s+the\s+(?:appeal|complaint)\s+(?:deadline|period)${E}`,
  ].join('|'),
  'iuy',
);
/**
 * Per Latin-1 character, whether a mention can start with it (its first letters, read from the
 * pattern by first-chars.ts, in any case): the pattern is tried only at words that start with one
 * of them, not at every word of a reply that has no mention. A word that starts beyond Latin-1 is
 * always tried.
 */
const MAY_OPEN_MENTION: readonly boolean[] = (() => {
  const first = patternFirstChars(MENTION.source);
  const opens = first === undefined ? undefined : new RegExp(`[${first}]`, 'iu');
  return Array.from({ length: 0x100 }, (_, code) => !opens || opens.test(String.fromCharCode(code)));
})();

/** «innen klagefristen», "within the appeal period": a deadline by its name, which says no date. */
const NAMES_THE_DEADLINE = /klagefristen|(?:appeal|complaint)\s+(?:deadline|period)/iu;

/** «Om du vil klage, …»: the reader's wish, where «om» is "if", not "whether". */
const WANTS_TO = /\s(?:vil|ønsker|ønskjer)\s/iu;
const POINTS_TO = /(?:hvordan|korleis|how|whether|om)\s+$/iu;
/** The words of a sentence about appeals. */
const ABOUT_APPEAL = new RegExp(`${B}(?:klag\\p{L}*|påklag\\p{L}*|appeal\\p{L}*|complain\\p{L}*|frist\\p{L}*|deadline\\p{L}*)`, 'iu');
/** «Fristen for utbedring er 15. januar», "The deadline for rectification is …": a deadline, but for something else. */
const DEADLINE_FOR = new RegExp(`${B}(?:frist(?:en|a)?|deadline)\\s+(?:for|til)\\s+\\p{L}`, 'iu');
const APPEAL_WORD = /(?<![\p{L}])(?:klag|påklag|appeal|complain)/iu;
/** A sentence about appeals (not only about another deadline): its duration or date is the appeal deadline. */
function aboutAppeal(sentence: string): boolean {
  if (APPEAL_WORD.test(sentence)) return true;
  return ABOUT_APPEAL.test(sentence) && !DEADLINE_FOR.test(sentence);
}

export const appealDeadline: Detector = {
  id: 'appeal-deadline',
  description:
    'Klageretten nevnt uten klagefrist («Vedtaket kan påklages.», «Appeal if you want»): ingen varighet eller dato i setningen, den neste eller en annen setning om klage.',
  detect({ text, analysis, dates }) {
    const { sentences } = analysis;
    let mention: DetectorHit | undefined;
    let mentionSentence = -1;
    let s = 0;
    let skipUntil = -1;
    for (const word of analysis.words) {
      if (word.kind !== 'word' || word.start < skipUntil) continue;
      const first = text.charCodeAt(word.start);
      if (first < 0x100 && !MAY_OPEN_MENTION[first]) continue;
      MENTION.lastIndex = word.start;
      const m = MENTION.exec(text);
      if (!m) continue;
      // «I vedtaket står det hvordan du kan klage»: the deadline is in the decision it points to.
      if (!WANTS_TO.test(m[0]) && POINTS_TO.test(text.slice(Math.max(0, m.index - 12), m.index))) {
        skipUntil = m.index + m[0].length;
        continue;
      }
      while (s + 1 < sentences.length && sentences[s + 1]!.start <= m.index) s++;
      skipUntil = m.index + m[0].length;
      // «Du kan klage på vedtaket. Klagen må være sendt innen klagefristen.»: the deadline named
      // but never given is the words to mark, wherever it stands; otherwise the first mention.
      const namesTheDeadline = NAMES_THE_DEADLINE.test(m[0]);
      if (!mention || namesTheDeadline) {
        mention = { start: m.index, end: m.index + m[0].length };
        mentionSentence = s;
      }
      if (namesTheDeadline) break;
    }
    if (!mention) return [];
    const givesTime = (i: number) => {
      const sentence = sentences[i];
      if (!sentence) return false;
      const body = text.slice(sentence.start, sentence.end);
      return statesDuration(body) || dates.some((d) => d.start >= sentence.start && d.start < sentence.end);
    };
    if (givesTime(mentionSentence) || givesTime(mentionSentence + 1)) return [];
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i]!;
      if (aboutAppeal(text.slice(sentence.start, sentence.end)) && givesTime(i)) return [];
    }
    return [mention];
  },
};
