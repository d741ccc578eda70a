// Finds the dates a reply names or promises ("innen fredag", "4. desember", "innen 5 arbeidsdager",
// "by Friday") and resolves each to a calendar date. Works on the raw string with regular
// expressions so it needs no tokenizer, and offsets stay exact UTF-16 indices.
//
// Resolution rules (documented for the people who read the reminders these produce):
// - A weekday name means the next such day AFTER today, never today itself: a writer who means
//   today says "i dag"/"today". "neste fredag"/"next Friday" means Friday of next calendar week
//   (Monday–Sunday), because the bare weekday already covers the coming one.
// - A date without a year is its next occurrence on or after today — unless the reply speaks of
//   the past: a date at most two months back that is no promise ("brevet ditt av 12. november"),
//   or one whose nearest verb before it is past tense ("Vi mottok søknaden 2. mars") while its
//   next occurrence is more than two months off, is the previous occurrence.
// - "i uke 50"/"in week 50" is the last working day of that ISO week (this year, or next year
//   once it has passed). "utgangen av måneden", "i løpet av januar", "by the end of January" is
//   the last working day of that month; "midten av januar"/"mid-January" is the 15th.
// - "over nyttår"/"after the New Year" is the first working day from 2 January, "etter jul"/
//   "after Christmas" the first from 27 December.
// - Durations count from today: "innen 14 dager" is today + 14 calendar days, "innen 5
//   arbeidsdager" uses the working-day calendar. A duration that ends on a closed day moves to the
//   next working day, as statutory deadlines do (domstolloven § 149).
// - "i løpet av uka" / "neste uke" mean the last working day (at most Friday) of that week; on a
//   Saturday or Sunday "uka" is the coming week.
// - promise is true when the phrase carries innen/innan/senest/seinast/i løpet av/før or
//   by/within/before/no later than (also a trailing "senest"/"at the latest").
import type { WorkingCalendar } from '../calendar/calendar.ts';
import { addDays, daysBetween } from '../calendar/dates.ts';
import type { RuleLanguage } from '../ids.ts';
import type { ResolvedDate } from '../types.ts';
import { runSteps } from '../steps.ts';
import { ANY_WEEKDAY_RE, BEFORE, MATCHERS, type Matcher, type ScanPlan, wordPattern } from './date-matchers.ts';
import { placesOf, type TextAnalysis, wordStarts } from '../text/analysis.ts';
import { digitRunStarts } from '../text/number-starts.ts';
import type { ResolveContext } from './resolve-date.ts';
import { everyMatch, matchesAtStarts } from '../engine/pattern-first-words.ts';

// ── Context around a match ──────────────────────────────────────────────────────────────────

const PROMISE_WORDS: Record<RuleLanguage, string[]> = {
  nob: ['senest', 'seinast', 'innen', 'innan', 'i løpet av', 'før'],
  nno: ['senest', 'seinast', 'innen', 'innan', 'i løpet av', 'før'],
  eng: ['by', 'within', 'before', 'no later than', 'not later than'],
};
const NEUTRAL_WORDS: Record<RuleLanguage, string[]> = {
  nob: ['på', 'den', 'fra og med', 'til og med', 'frå og med'],
  nno: ['på', 'den', 'fra og med', 'til og med', 'frå og med'],
  eng: ['on', 'the', 'until'],
};

const PROMISE_IN_PHRASE: Record<RuleLanguage, RegExp> = {
  nob: wordPattern('innen|innan|senest|seinast|i\\s+løpet\\s+av|før', 'iu'),
  nno: wordPattern('innen|innan|senest|seinast|i\\s+løpet\\s+av|før', 'iu'),
  eng: wordPattern('by|within|before|no\\s+later\\s+than|not\\s+later\\s+than|at\\s+the\\s+latest', 'iu'),
};

function prefixPattern(words: string[]): RegExp {
  const alternatives = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+'));
  return new RegExp(`${BEFORE}(?:${alternatives.join('|')})\\s+$`, 'iu');
}

const PREFIX: Record<RuleLanguage, RegExp> = {
  nob: prefixPattern([...PROMISE_WORDS.nob, ...NEUTRAL_WORDS.nob]),
  nno: prefixPattern([...PROMISE_WORDS.nno, ...NEUTRAL_WORDS.nno]),
  eng: prefixPattern([...PROMISE_WORDS.eng, ...NEUTRAL_WORDS.eng]),
};
// Sticky: matched at the end of a date phrase without copying the rest of the text.
const SUFFIX: Record<RuleLanguage, RegExp> = {
  nob: /\s*,?\s*(?:senest|seinast)(?![\p{L}\p{N}])/iuy,
  nno: /\s*,?\s*(?:senest|seinast)(?![\p{L}\p{N}])/iuy,
  eng: /\s*,?\s*at\s+the\s+latest(?![\p{L}\p{N}])/iuy,
};

const WEEKDAY_BEFORE_DATE = new RegExp(`${BEFORE}(?:${ANY_WEEKDAY_RE})\\s*,?\\s+(?:den\\s+|the\\s+)?$`, 'iu');

/** Words right before a number that make it a clock time, version, section, case or phone number. */
const NUMBER_LABEL_BEFORE =
  /(?:^|[^\p{L}])(?:kl|klokka|klokken|kloka|ca|versjon|version|ver|v|nr|no|nummer|number|punkt|pkt|kap|kapittel|avsnitt|section|chapter|art|artikkel|tlf|telefon|phone|mob|mobil|saksnr|saksnummer|ref|side|s|page|p)\.?\s*:?\s*$|§\s*$/iu;
const CLOCK_RANGE_BEFORE = /\d{1,2}[.:]\d{2}\s*(?:[-–—]|til|to|og|and)\s*$/iu;
const WEEKDAY_RANGE_AFTER = new RegExp(`^\\s*(?:[-–—]|til|to|through|till|until|thru)\\s*(?:${ANY_WEEKDAY_RE})(?![\\p{L}])`, 'iu');
const WEEKDAY_RANGE_BEFORE = new RegExp(`(?:${ANY_WEEKDAY_RE})\\s*(?:[-–—]|til|to|through|till|thru)\\s*$`, 'iu');
/** "søknad om 3 uker permisjon": here "om" means "about", not "in (time)". */
const ABOUT_BEFORE_OM =
  /(?:^|[^\p{L}])(?:søknad|søknaden|spørsmål|spørsmålet|ønske|ønsket|forespørsel|forespørselen|førespurnad|førespurnaden|krav|kravet|vedtak|vedtaket|informasjon|melding|meldinga|meldingen|beskjed|avtale|avtalen|permisjon|søkt|søker|søkte|søkjer|spør|spurte|spurde|bedt|ber|snakket|snakka)\s+$/iu;
const OPENS_WITH_OM = /^om\s/iu;
const HABIT_BEFORE = /(?:^|[^\p{L}])(?:hver|kvar|alle|every|each)\s+$/iu;

function isNumberNoise(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 8);
  if (/[\d][.,/:]$|[+/]$/.test(before)) return true; // part of a longer dotted number or a path
  if (/^\s*%/.test(after)) return true;
  if (/^\s*(?:kr|nok)(?![\p{L}])|^,-/iu.test(after)) return true;
  return NUMBER_LABEL_BEFORE.test(before) || CLOCK_RANGE_BEFORE.test(before);
}

function isWeekdayNoise(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return WEEKDAY_RANGE_AFTER.test(text.slice(end, end + 24)) || WEEKDAY_RANGE_BEFORE.test(before) || HABIT_BEFORE.test(before);
}

function extendStart(text: string, start: number, language: RuleLanguage, absorbsWeekday: boolean): number {
  let extended = start;
  if (absorbsWeekday) {
    const weekday = WEEKDAY_BEFORE_DATE.exec(text.slice(Math.max(0, extended - 30), extended));
    if (weekday) extended -= weekday[0].length;
  }
  // "senest innen den 4. desember": peel up to three lead words off, right to left.
  for (let step = 0; step < 3; step++) {
    const lead = PREFIX[language].exec(text.slice(Math.max(0, extended - 30), extended));
    if (!lead) break;
    extended -= lead[0].length;
  }
  return extended;
}

/** A date without a year this many days back or less is taken as the recent past. */
export const RECENT_PAST_DAYS = 62;
const PAST_WORDS: Record<RuleLanguage, ReadonlySet<string>> = {
  nob: new Set([
    'fikk',
    'sendte',
    'mottok',
    'mottatt',
    'sendt',
    'kom',
    'var',
    'ble',
    'blei',
    'hadde',
    'søkte',
    'ringte',
    'skrev',
    'skrevet',
    'fått',
    'leverte',
    'levert',
    'betalte',
    'betalt',
    'klaget',
    'klagde',
    'flyttet',
    'meldte',
    'spurte',
    'svarte',
    'registrerte',
    'registrert',
    'startet',
    'begynte',
    'avsluttet',
    'signerte',
    'fattet',
    'gjorde',
    'traff',
    'datert',
    'forrige',
    'fjor',
    'tidligere',
    'siden',
    'skulle',
  ]),
  nno: new Set([
    'fekk',
    'sendte',
    'mottok',
    'motteke',
    'mottatt',
    'sendt',
    'kom',
    'var',
    'vart',
    'blei',
    'hadde',
    'søkte',
    'ringde',
    'skreiv',
    'fått',
    'leverte',
    'levert',
    'betalte',
    'betalt',
    'klaga',
    'flytta',
    'melde',
    'spurde',
    'svara',
    'registrerte',
    'registrert',
    'starta',
    'byrja',
    'avslutta',
    'signerte',
    'gjorde',
    'datert',
    'førre',
    'fjor',
    'tidlegare',
    'sidan',
    'skulle',
  ]),
  eng: new Set([
    'received',
    'sent',
    'got',
    'was',
    'were',
    'had',
    'came',
    'applied',
    'wrote',
    'called',
    'paid',
    'submitted',
    'moved',
    'asked',
    'replied',
    'registered',
    'started',
    'signed',
    'made',
    'dated',
    'last',
    'ago',
    'since',
    'did',
    'didn',
    'supposed',
    'failed',
    'went',
    'tried',
  ]),
};
// Present and future: the nearer one of these wins over an earlier past-tense verb.
const FUTURE_WORDS: Record<RuleLanguage, ReadonlySet<string>> = {
  nob: new Set(['får', 'vil', 'skal', 'kommer', 'blir', 'er', 'må', 'kan', 'bør', 'gjelder', 'sender', 'svarer', 'ringer', 'betaler', 'neste', 'og']),
  nno: new Set(['får', 'vil', 'skal', 'kjem', 'blir', 'vert', 'er', 'må', 'kan', 'bør', 'gjeld', 'sender', 'svarar', 'ringjer', 'betaler', 'neste', 'og']),
  eng: new Set(['will', 'shall', 'is', 'are', 'can', 'must', 'should', 'get', 'receive', 'send', 'next', 'and']),
};
const WINDOW_WORD = /[\p{L}]+/gu;

/** The nearest verb before the date in its sentence is past tense: "Du fikk brev 12. november". */
function speaksOfThePast(text: string, start: number, language: RuleLanguage): boolean {
  let from = Math.max(0, start - 80);
  const window = text.slice(from, start);
  const boundary = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '), window.lastIndexOf('\n'), window.lastIndexOf(', '));
  if (boundary >= 0) from += boundary + 1;
  const words = text.slice(from, start).toLowerCase().match(WINDOW_WORD) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    if (PAST_WORDS[language].has(words[i]!)) return true;
    if (FUTURE_WORDS[language].has(words[i]!)) return false;
  }
  return false;
}

/**
 * Where the patterns of one reply can start (date-matchers.ts, ScanPlan): the analysis's word
 * starts, and the starts of its runs of digits (shared with the number detectors, number-starts.ts).
 */
class ScanStarts {
  private readonly analysis: TextAnalysis;
  private readonly words: ReadonlyMap<string, readonly number[]>;
  constructor(analysis: TextAnalysis) {
    this.analysis = analysis;
    this.words = wordStarts(analysis);
  }

  of(plan: ScanPlan): readonly number[] {
    // Every digit after no digit: where each match of a pattern that opens with digits starts.
    return plan.firstWords ? placesOf(this.words, plan.firstWords) : digitRunStarts(this.analysis);
  }
}

/**
 * The pattern's matches in order. With a plan and the reply's starts, it is tried at those places
 * only: the same matches as a scan (every match starts at one of them, and a start inside an
 * earlier match is skipped, as a scan goes on after each match).
 */
function allMatches(pattern: RegExp, text: string, plan: ScanPlan | undefined, starts: ScanStarts | undefined): RegExpExecArray[] {
  return plan && starts ? matchesAtStarts(plan.sticky, text, starts.of(plan)) : everyMatch(pattern, text);
}

/**
 * A matcher's matches in order: its pattern's, and for a phrase with optional lead words those of
 * the phrase `alone` that are not part of a match with lead words — what one pattern with the
 * lead words optional finds.
 */
function matchesOf(matcher: Matcher, text: string, starts: ScanStarts | undefined): RegExpExecArray[] {
  const withLead = allMatches(matcher.pattern, text, matcher.patternPlan, starts);
  if (!matcher.alone) return withLead;
  const merged: RegExpExecArray[] = [];
  let next = 0;
  for (const match of allMatches(matcher.alone, text, matcher.alonePlan, starts)) {
    while (next < withLead.length && withLead[next]!.index < match.index) merged.push(withLead[next++]!);
    const previous = merged[merged.length - 1];
    if (previous && match.index < previous.index + previous[0].length) continue;
    merged.push(match);
  }
  while (next < withLead.length) merged.push(withLead[next++]!);
  return merged;
}

// ── Entry point ─────────────────────────────────────────────────────────────────────────────

export function findDates(text: string, language: RuleLanguage, today: string, calendar: WorkingCalendar, analysis?: TextAnalysis): ResolvedDate[] {
  return runSteps(findDatesSteps(text, language, today, calendar, analysis));
}

/**
 * findDates() in steps, one per kind of date phrase: the engine may pause between them on a long
 * reply. With the text's analysis, most patterns are tried only where their first word or digit
 * stands instead of at every character.
 */
export function* findDatesSteps(
  text: string,
  language: RuleLanguage,
  today: string,
  calendar: WorkingCalendar,
  analysis?: TextAnalysis,
): Generator<void, ResolvedDate[], void> {
  const context: ResolveContext = { today, calendar };
  const candidates: ResolvedDate[] = [];
  // The word index has the words lower-cased, and «ſ» (long s) lower-cases to itself where the
  // patterns (case-insensitive) read it as an "s": a text with one is scanned whole.
  const starts = analysis && analysis.text === text && !text.includes('\u017f') ? new ScanStarts(analysis) : undefined;
  for (const [index, matcher] of MATCHERS[language].entries()) {
    if (index > 0) yield;
    if (matcher.keywordGuard && !matcher.keywordGuard.test(text)) continue;
    for (const match of matchesOf(matcher, text, starts)) {
      const coreStart = match.index;
      const coreEnd = coreStart + match[0].length;
      if (matcher.numeric && isNumberNoise(text, coreStart, coreEnd)) continue;
      if (matcher.weekday && isWeekdayNoise(text, coreStart, coreEnd)) continue;
      if (OPENS_WITH_OM.test(match[0]) && ABOUT_BEFORE_OM.test(text.slice(Math.max(0, coreStart - 24), coreStart))) continue;
      let leadStart = coreStart;
      let lead: RegExpExecArray | undefined;
      if (matcher.leadBefore) {
        lead = matcher.leadBefore.exec(text.slice(Math.max(0, coreStart - 32), coreStart)) ?? undefined;
        if (lead) leadStart -= lead[0].length;
      }
      const resolution = matcher.resolve(match, context, lead);
      if (!resolution) continue;
      const start = extendStart(text, leadStart, language, matcher.absorbsWeekday === true);
      const suffixPattern = SUFFIX[language];
      suffixPattern.lastIndex = coreEnd;
      const suffix = suffixPattern.exec(text);
      const end = coreEnd + (suffix ? suffix[0].length : 0);
      const phrase = text.slice(start, end);
      const promise = PROMISE_IN_PHRASE[language].test(phrase);
      if (matcher.onlyAsPromise && !promise) continue;
      let date = resolution.date;
      // The past: recent and no promise, or a past-tense verb and the next occurrence far off
      // ("Du fikk frist til 4. desember" still means the coming 4 December).
      if (
        resolution.past &&
        !promise &&
        (daysBetween(resolution.past, today) <= RECENT_PAST_DAYS ||
          (daysBetween(today, resolution.date) > RECENT_PAST_DAYS && speaksOfThePast(text, start, language)))
      )
        date = resolution.past;
      // «… skulle kome på onsdag», "did not come on Wednesday": a weekday alone after a past-tense
      // verb is the one just gone, not the next.
      else if (
        matcher.weekday &&
        !promise &&
        !match.groups?.modifier &&
        date > today &&
        daysBetween(today, date) <= 7 &&
        speaksOfThePast(text, start, language)
      )
        date = addDays(date, -7);
      candidates.push({ start, end, text: phrase, date, promise });
    }
  }
  // Longest phrase wins where phrases overlap ("fredag 4. desember" over "fredag").
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const found: ResolvedDate[] = [];
  for (const candidate of candidates) {
    const previous = found[found.length - 1];
    if (previous && candidate.start < previous.end) continue;
    found.push(candidate);
  }
  return found;
}
