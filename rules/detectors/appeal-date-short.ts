// An appeal deadline given as a date less than three weeks after the day the reply is written:
// «Klagen må være oss i hende innen 14. desember» on 7 December, "The complaint must reach us by
// 14 December". Forvaltningsloven § 29 counts three weeks from the day the decision reaches the
// reader, which is never before the reply is written, so such a date is too early whatever day the
// letter arrives. A sentence that also states a duration («innen tre uker etter at du fikk
// gebyret, altså senest 8. desember») counts from an earlier event the reply names, and is left
// alone; a duration that is itself short is the existence rule frist.klagefrist-kort.
import { daysBetween } from '../calendar/dates.ts';
import type { Detector, DetectorHit } from './types.ts';
import { statesDuration } from './unanswered-when.ts';

const LEGAL_APPEAL_DAYS = 21;

/** The reader's own appeal and when it must be in: not the office sending it on or answering it. */
const CITIZENS_APPEAL = new RegExp(
  [
    String.raw`(?<![\p{L}])(?:klagen|klaga|klage|klager|klagefristen|klagefrist)\s+(?:må|skal|er)(?![\p{L}])`,
    String.raw`(?<![\p{L}])fristen\s+for\s+(?:å\s+)?klage(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:kan|må)\s+(?:du|de|dere|dykk)\s+(?:\p{L}+\s+)?klage(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:du|de|dere|dykk)\s+(?:kan|må)\s+(?:\p{L}+\s+)?klage(?![\p{L}])`,
    String.raw`(?<![\p{L}])send(?:er|e)?\s+(?:du\s+|inn\s+)?klagen(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:the|your|any)\s+(?:appeal|complaint)\s+(?:must|should)(?![\p{L}])`,
    String.raw`(?<![\p{L}])you\s+(?:can|may|must)\s+(?:\p{L}+\s+)?(?:appeal|complain)(?![\p{L}])`,
    String.raw`(?<![\p{L}])send\s+(?:your|an|the)\s+(?:appeal|complaint)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:appeal|complaint)\s+(?:deadline|period)\s+is(?![\p{L}])`,
    String.raw`(?<![\p{L}])deadline\s+for\s+(?:an\s+|your\s+)?(?:appeals?|complaints?)\s+is(?![\p{L}])`,
  ].join('|'),
  'iu',
);
const APPEAL_HINT = /klag|appeal|complain/iu;

export const appealDateShort: Detector = {
  id: 'appeal-date-short',
  description:
    'Klagefrist som dato mindre enn tre uker etter at svaret skrives («Klagen må være oss i hende innen 14. desember» skrevet 7. desember), uten en varighet i samme setning.',
  detect({ text, analysis, dates, today }) {
    const hits: DetectorHit[] = [];
    // Most replies name no appeal: their sentences are not looked at.
    if (dates.length === 0 || !APPEAL_HINT.test(text)) return hits;
    for (const sentence of analysis.sentences) {
      const inSentence = dates.filter((d) => d.start >= sentence.start && d.start < sentence.end);
      if (inSentence.length === 0) continue;
      const body = text.slice(sentence.start, sentence.end);
      if (!APPEAL_HINT.test(body) || !CITIZENS_APPEAL.test(body) || statesDuration(body)) continue;
      for (const d of inSentence) {
        const days = daysBetween(today, d.date);
        if (days >= 0 && days < LEGAL_APPEAL_DAYS) hits.push({ start: d.start, end: d.end });
      }
    }
    return hits;
  },
};
