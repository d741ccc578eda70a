// The citizen asked when ("Når får jeg svar?", "Kor tid …?", "When …?") and the reply gives
// neither a date nor a duration: the reply leaves out the one thing asked (apen.transparent).
import { daysBetween } from '../calendar/dates.ts';
import type { ResolvedDate } from '../types.ts';
import type { Detector } from './types.ts';
import { durationPattern, PAST_SPAN } from '../time/duration-pattern.ts';
import { unansweredHits } from './unanswered-question.ts';
import { withFastWordStarts } from '../engine/word-start.ts';

const ID = 'unanswered-when';

const WHEN_WORDS = String.raw`når|naar|kor\s+tid|kva\s+tid|hvor\s+lenge|kor\s+lenge|hvor\s+lang\s+tid|kor\s+lang\s+tid|hvilken\s+dato|kva\s+dato|when|how\s+long|what\s+date`;
const WHEN_IN_QUESTION = new RegExp(`(?<![\\p{L}])(?:${WHEN_WORDS})(?![\\p{L}])`, 'iu');
/** "Når det gjelder …" / "when it comes to" mean "regarding" and ask nothing. */
const NOT_A_TIME_QUESTION = withFastWordStarts(/(?<![\p{L}])(?:når\s+det\s+(?:gjelder|gjeld)|when\s+it\s+comes\s+to)(?![\p{L}])/giu);
/** Indirect questions that end with a full stop: "Jeg lurer på når …", "Please tell me when …". */
const INDIRECT_WHEN = new RegExp(
  `(?<![\\p{L}])(?:lurer|lure|lurte|lurar|vite|veta|wonder|wondering|know|informere|opplyse|si|seie|tell)\\s+(?:meg\\s+|me\\s+|oss\\s+|us\\s+)?(?:på\\s+|om\\s+)?(?:${WHEN_WORDS})(?![\\p{L}])`,
  'iu',
);

const NUMBER_WORDS =
  'en|ett|ei|eitt|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|fjorten|femten|tjue|tretti|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|a\\s+couple\\s+of|et\\s+par|eit\\s+par';
const UNITS =
  '(?:arbeids|virke|yrke|kalender)?(?:dag(?:er|ar|ene|ane|ers|ars)?|døgn)|uke(?:r|ne|rs)?|veke(?:r|ne|rs)?|måned(?:er|ene|ers)?|månad(?:er|ar|ene|ane|ers|ars)?|mnd|timer?|timar|minutt(?:er|ar)?|(?:working\\s+|business\\s+|calendar\\s+)?days?|weeks?|months?|hours?|minutes?';
/** A stated duration answers "when" as well as a date does: "innen 3 uker", "about 2–3 weeks". */
const DURATION = durationPattern(NUMBER_WORDS, UNITS);

/** "Du får svar i dag" answers "when" too, though findDates only counts "i dag" as a promise. */
const SAME_DAY = withFastWordStarts(/(?<![\p{L}])(?:i\s+dag|i\s+kveld|i\s+ettermiddag|today|tonight|this\s+afternoon)(?![\p{L}])/iu);

/** A question led by another question word: "Hvorfor …", "Kva …", "How …" ("how long" is a when). */
const OTHER_QUESTION_START =
  /^[\s"«(]*(?:hvorfor|hvordan|hva|hvem|hvilke[nt]?|kvifor|korleis|kva(?!\s+tid|\s+dato)|kven|kva\s+for|why|what(?!\s+date)|who|which|how(?!\s+long))(?![\p{L}])/iu;
/** "og når", "and when", ", når": a second question, not a subordinate clause. */
const COORDINATED_BEFORE = withFastWordStarts(/(?:(?<![\p{L}])(?:og|and|eller|or)|,)\s*$/iu);

/**
 * "Hvorfor har naboen beboerkort når han ikke bor her?" asks why: the "når" opens a clause inside
 * a question led by another question word, and asks nothing about time.
 */
function subordinateWhen(question: string, whenAt: number): boolean {
  return OTHER_QUESTION_START.test(question) && !COORDINATED_BEFORE.test(question.slice(0, whenAt));
}

export function asksWhen(inquiry: string): boolean {
  const withoutRegarding = inquiry.replace(NOT_A_TIME_QUESTION, (match) => ' '.repeat(match.length));
  if (INDIRECT_WHEN.test(withoutRegarding)) return true;
  // Only real questions: "Når jeg søkte i fjor, fikk jeg avslag." is no question.
  for (const question of withoutRegarding.match(/[^.!?\n]*\?/g) ?? []) {
    const when = WHEN_IN_QUESTION.exec(question);
    if (when && !subordinateWhen(question, when.index)) return true;
  }
  return false;
}

/** «pr. uke», "a day", «i veka»: what makes an amount of time an amount per period. */
const PER = String.raw`(?:pr\.?|per|a|each|every|hver|kvar|i)`;
const PERIOD = String.raw`(?:uke|uka|uken|veke|veka|week|dag|dagen|day|døgnet|måned|måneden|månad|månaden|month|år|året|year)`;
const AMOUNT = String.raw`(?:\d+(?:[.,]\d+)?|${NUMBER_WORDS})`;
/**
 * An amount per period: «1,5 timer (praktisk bistand) pr. uke», "two hours a day", «tre dagar i veka»:
 * how much of something, not how long until it happens.
 */
const RATE = new RegExp(
  // A few words may stand between («1,5 timer praktisk bistand pr. uke»), but not before «a» or «i».
  `(?<![\\p{L}\\p{N}])${AMOUNT}(?:\\s*(?:[-–]|til|to)\\s*${AMOUNT})?\\s*(?:${UNITS})(?:\\s+${PER}|(?:\\s+[\\p{L}-]+){1,3}?\\s+(?:pr\\.?|per|each|every|hver|kvar))\\s+${PERIOD}(?![\\p{L}])`,
  'giu',
);
/** Every RATE match holds one of these. */
const RATE_HINT = new RegExp(`(?<![\\p{L}])${PER}\\s+${PERIOD}(?![\\p{L}])`, 'iu');

/** A duration ahead («innen tre uker», "within two weeks"); a span looked back on («for de siste tre månedene») or an amount per period («3 timer per uke») is none. */
export function statesDuration(text: string): boolean {
  if (!DURATION.test(text)) return false;
  let ahead = text;
  if (RATE_HINT.test(ahead)) {
    RATE.lastIndex = 0;
    ahead = ahead.replace(RATE, (m) => ' '.repeat(m.length));
    if (!DURATION.test(ahead)) return false;
  }
  PAST_SPAN.lastIndex = 0;
  return !PAST_SPAN.test(ahead) || DURATION.test(ahead.replace(PAST_SPAN, ''));
}

/**
 * Dates that look back ("Vi viser til e-post av 12.11.") do not say when anything will happen.
 * findDates moves a year-less date forward, so a past reference shows up almost a year ahead.
 */
function looksAhead(found: ResolvedDate, today: string): boolean {
  if (found.date < today) return false;
  if (found.promise) return true;
  const hasYear = /\d{4}|\.\d{2}(?!\d)\s*$/.test(found.text);
  return hasYear || daysBetween(today, found.date) <= 183;
}

export function replyGivesTime(text: string, today: string, dates: readonly ResolvedDate[]): boolean {
  if (statesDuration(text) || SAME_DAY.test(text)) return true;
  return dates.some((found) => looksAhead(found, today));
}

/**
 * The when-questions of the inquiry the reply leaves without a date or duration: the general
 * unanswered-question detector, for when-questions only (rules/inquiry/answers.ts decides).
 */
export const unansweredWhen: Detector = {
  id: ID,
  description: 'The inquiry asks when (når/kor tid/when) and the reply names no date or duration.',
  // Reads the other deadline rules' hits, the vague-promise detector's too (it runs last itself):
  // a vague promise in the reply is where "when" goes unsaid.
  runsLast: true,
  runsAfterLast: true,
  detect(input) {
    // A vague time or promise another rule found («vi tar kontakt når vi har sett på saken») is
    // the place to give the date: the finding points there rather than at the first sentence.
    // Vague time phrases (word lists, no detector) and vague promises — not a wrong weekday or a missing appeal deadline.
    const vague = (input.earlierHits ?? []).find(
      (h) => h.category === 'deadline' && h.severity !== 'info' && (h.detector === undefined || h.detector === 'vague-promise'),
    );
    // Its message names no question: one finding per open when-question, the words left out.
    return unansweredHits(input, ['when']).map(({ start, end }) => (vague ? { start: vague.start, end: vague.end } : { start, end }));
  },
};
