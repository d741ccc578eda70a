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
import { nextWorkingDayOnOrAfter } from '../calendar/calendar.ts';
import type { WorkingCalendar } from '../calendar/calendar.ts';
import { addDays, addMonths, daysBetween, daysInMonth, isValidDate, isoWeekday, makeDate } from '../calendar/dates.ts';
import type { RuleLanguage } from '../ids.ts';
import type { ResolvedDate } from '../types.ts';
import { runSteps } from '../steps.ts';
import { ENGLISH_MONTH_ABBREVIATIONS, ENGLISH_MONTHS, NORWEGIAN_MONTH_ABBREVIATIONS, NORWEGIAN_MONTHS } from '../calendar/names.ts';

interface Resolution {
  date: string;
  /** For a date without a year: its previous occurrence, used when the sentence is about the past. */
  past?: string;
}

interface ResolveContext {
  today: string;
  calendar: WorkingCalendar;
}

interface Matcher {
  pattern: RegExp;
  /** `lead` is the match of `leadBefore`, when there is one. */
  resolve(match: RegExpExecArray, context: ResolveContext, lead?: RegExpExecArray): Resolution | undefined;
  /**
   * Optional words before the match, read backwards from it ("i løpet av" before "neste uke"):
   * kept out of `pattern` so the pattern starts with a required word and scans fast.
   */
  leadBefore?: RegExp;
  /** Numeric dates are rejected next to clock times, versions, section numbers …. */
  numeric?: boolean;
  /** Weekday names are rejected in ranges ("mandag–fredag") and habits ("hver fredag"). */
  weekday?: boolean;
  /** Phrases like "i dag" that only count as a date in a promise ("innen i dag"). */
  onlyAsPromise?: boolean;
  /** A weekday name right before the date belongs to it ("fredag 4. desember"). */
  absorbsWeekday?: boolean;
  /** Lower-case words one of which the text must contain: a cheap guard for rare phrases. */
  keywords?: readonly string[];
}

const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;

/**
 * `firstLetters`: every letter a match can start with. The lookahead changes nothing a pattern
 * matches; for a pattern that starts with an optional group (the weekdays) it lets the engine
 * skip other positions before it runs the Unicode lookbehind at each one (half the time on a
 * 1,000-word reply). Patterns that start with a literal word are scanned fast already and get
 * slower with it.
 */
function wordPattern(source: string, flags = 'giu', firstLetters?: string): RegExp {
  const guard = firstLetters ? `(?=[${firstLetters}])` : '';
  return new RegExp(`${guard}${BEFORE}${source}${AFTER}`, flags);
}


// ── Vocabulary ────────────────────────────────────────────────────────────────────────────────

const NORWEGIAN_WEEKDAYS: Record<string, number> = {
  mandag: 1, måndag: 1, tirsdag: 2, tysdag: 2, onsdag: 3, torsdag: 4, fredag: 5,
  lørdag: 6, laurdag: 6, søndag: 7,
};
const ENGLISH_WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

const NORWEGIAN_NUMBERS: Record<string, number> = {
  en: 1, ett: 1, ei: 1, eitt: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8,
  ni: 9, ti: 10, elleve: 11, tolv: 12, fjorten: 14, femten: 15, tjue: 20, tretti: 30,
};
const ENGLISH_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30,
};

type DurationUnit = 'day' | 'workingDay' | 'week' | 'month';
const NORWEGIAN_UNITS: Array<[string, DurationUnit]> = [
  ['(?:arbeids|virke|yrke)dag(?:er|ar|ene|ane)?', 'workingDay'],
  ['(?:kalender)?dag(?:er|ar|ene|ane)?|døgn(?:et)?', 'day'],
  ['uke(?:r|ne)?|veke(?:r|ne)?', 'week'],
  ['måned(?:er|ene)?|månad(?:er|ar|ene|ane)?|mnd\\.?', 'month'],
];
const ENGLISH_UNITS: Array<[string, DurationUnit]> = [
  ['(?:working|business|work)\\s+days?|workdays?', 'workingDay'],
  ['(?:calendar\\s+)?days?', 'day'],
  ['weeks?', 'week'],
  ['months?', 'month'],
];

function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/\./g, '\\.')).join('|');
}

const NORWEGIAN_WEEKDAY_RE = alternation(Object.keys(NORWEGIAN_WEEKDAYS));
const ENGLISH_WEEKDAY_RE = alternation(Object.keys(ENGLISH_WEEKDAYS));
const ANY_WEEKDAY_RE = `${NORWEGIAN_WEEKDAY_RE}|${ENGLISH_WEEKDAY_RE}`;

// ── Resolution helpers ──────────────────────────────────────────────────────────────────────

function lookup(table: Record<string, number>, key: string | undefined, caseSensitive = false): number | undefined {
  if (key === undefined) return undefined;
  const normalized = caseSensitive ? key.replace(/\.$/, '') : key.toLowerCase().replace(/\.$/, '');
  return table[normalized];
}

/** The next occurrence of day.month on or after today (29.02 waits for a leap year). */
function nextOccurrence(today: string, month: number, day: number): string | undefined {
  const thisYear = Number(today.slice(0, 4));
  for (let year = thisYear; year <= thisYear + 8; year++) {
    if (!isValidDate(year, month, day)) continue;
    const date = makeDate(year, month, day);
    if (date >= today) return date;
  }
  return undefined;
}

/** The latest occurrence of day.month before today, within the last year. */
function previousOccurrence(today: string, month: number, day: number): string | undefined {
  const thisYear = Number(today.slice(0, 4));
  for (let year = thisYear; year >= thisYear - 1; year--) {
    if (!isValidDate(year, month, day)) continue;
    const date = makeDate(year, month, day);
    if (date < today) return date;
  }
  return undefined;
}

function lastWorkingDayOfMonth(year: number, month: number, calendar: WorkingCalendar): string {
  const first = makeDate(year, month, 1);
  for (let day = makeDate(year, month, daysInMonth(year, month)); day >= first; day = addDays(day, -1)) {
    if (calendar.isWorkingDay(day)) return day;
  }
  return makeDate(year, month, daysInMonth(year, month));
}

/** End of this month (offset 0) or a later one. */
function endOfMonthFromToday(context: ResolveContext, offset: number): Resolution {
  const [year, month] = addMonths(context.today.slice(0, 8) + '01', offset).split('-').map(Number) as [number, number];
  return { date: lastWorkingDayOfMonth(year, month, context.calendar) };
}

/** End of a named month: this year's, or next year's once it has passed. */
function endOfNamedMonth(context: ResolveContext, month: number | undefined, yearText: string | undefined): Resolution | undefined {
  if (month === undefined) return undefined;
  const thisYear = Number(context.today.slice(0, 4));
  let year = yearText ? Number(yearText) : thisYear;
  if (year < 1900 || year > 2199) return undefined;
  if (!yearText && makeDate(year, month, daysInMonth(year, month)) < context.today) year++;
  return { date: lastWorkingDayOfMonth(year, month, context.calendar) };
}

/** Monday of ISO week `week` of `year` (week 1 holds 4 January), or undefined when the year has no such week. */
function mondayOfIsoWeek(year: number, week: number): string | undefined {
  if (week < 1 || week > 53) return undefined;
  const monday = addDays(mondayOfWeek(makeDate(year, 1, 4)), 7 * (week - 1));
  // Week 53 exists only when its Thursday is still in the same year.
  if (Number(addDays(monday, 3).slice(0, 4)) !== year) return undefined;
  return monday;
}

/** "i uke 50": the last working day of that week, this year or (once it has passed) next year. */
function resolveWeekNumber(context: ResolveContext, week: number): Resolution | undefined {
  const thisYear = Number(context.today.slice(0, 4));
  for (const year of [thisYear, thisYear + 1]) {
    const monday = mondayOfIsoWeek(year, week);
    if (!monday) continue;
    if (addDays(monday, 6) < context.today) continue;
    return { date: endOfWorkingWeek(monday, monday, context.calendar) };
  }
  return undefined;
}

/** "over nyttår": the first working day from 2 January; "etter jul": from 27 December. */
function afterHoliday(context: ResolveContext, newYear: boolean): Resolution | undefined {
  const first = newYear ? nextOccurrence(context.today, 1, 2) : nextOccurrence(context.today, 12, 27);
  return first ? { date: nextWorkingDayOnOrAfter(context.calendar, first) } : undefined;
}

function explicitOrNext(today: string, month: number | undefined, day: number, yearText: string | undefined): Resolution | undefined {
  if (month === undefined) return undefined;
  if (yearText === undefined) {
    const date = nextOccurrence(today, month, day);
    if (!date) return undefined;
    const past = previousOccurrence(today, month, day);
    return past ? { date, past } : { date };
  }
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (year < 1900 || year > 2199 || !isValidDate(year, month, day)) return undefined;
  return { date: makeDate(year, month, day) };
}

/** The next such weekday strictly after today. */
function upcomingWeekday(today: string, weekday: number): string {
  const ahead = (weekday - isoWeekday(today) + 7) % 7 || 7;
  return addDays(today, ahead);
}

function mondayOfWeek(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** Last working day Monday–Friday of the week starting on monday, not before notBefore; else Friday. */
function endOfWorkingWeek(monday: string, notBefore: string, calendar: WorkingCalendar): string {
  const friday = addDays(monday, 4);
  for (let day = friday; day >= monday && day >= notBefore; day = addDays(day, -1)) {
    if (calendar.isWorkingDay(day)) return day;
  }
  return friday;
}

function firstWorkingDayOfWeek(monday: string, calendar: WorkingCalendar): string {
  for (let offset = 0; offset < 5; offset++) {
    const day = addDays(monday, offset);
    if (calendar.isWorkingDay(day)) return day;
  }
  return monday;
}

/** The week "uka"/"this week" refers to: this one, or the coming one on a weekend. */
function currentWorkingWeekMonday(today: string): string {
  return isoWeekday(today) >= 6 ? addDays(mondayOfWeek(today), 7) : mondayOfWeek(today);
}

function resolveDuration(context: ResolveContext, amount: number, unit: DurationUnit): Resolution | undefined {
  if (!Number.isInteger(amount) || amount < 1 || amount > 400) return undefined;
  const { today, calendar } = context;
  switch (unit) {
    case 'workingDay':
      return { date: calendar.addWorkingDays(today, amount) };
    case 'day':
      return { date: nextWorkingDayOnOrAfter(calendar, addDays(today, amount)) };
    case 'week':
      return { date: nextWorkingDayOnOrAfter(calendar, addDays(today, 7 * amount)) };
    case 'month':
      return { date: nextWorkingDayOnOrAfter(calendar, addMonths(today, amount)) };
  }
}

function unitOf(units: Array<[string, DurationUnit]>, text: string): DurationUnit | undefined {
  for (const [source, unit] of units) {
    if (new RegExp(`^(?:${source})$`, 'iu').test(text)) return unit;
  }
  return undefined;
}

function parseAmount(numbers: Record<string, number>, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return /^\d+$/.test(text) ? Number(text) : numbers[text.toLowerCase()];
}

function afterWeekend(context: ResolveContext): Resolution {
  const { today, calendar } = context;
  // From a weekday this is the next Monday; from Saturday or Sunday, the coming Monday.
  const monday = addDays(today, 8 - isoWeekday(today));
  return { date: nextWorkingDayOnOrAfter(calendar, monday) };
}

// ── Matchers ────────────────────────────────────────────────────────────────────────────────

function numericMatchers(language: RuleLanguage): Matcher[] {
  const matchers: Matcher[] = [
    {
      // 2026-12-04
      pattern: new RegExp(String.raw`${BEFORE}(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{N}]|[-/.,]\d)`, 'gu'),
      numeric: true,
      resolve: (m, c) => explicitOrNext(c.today, Number(m[2]), Number(m[3]), m[1]),
    },
    {
      // 04.12.2026, 4.12.26
      pattern: new RegExp(String.raw`${BEFORE}(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\p{L}\p{N}]|[.,]\d)`, 'gu'),
      numeric: true,
      absorbsWeekday: true,
      resolve: (m, c) => explicitOrNext(c.today, Number(m[2]), Number(m[1]), m[3]),
    },
  ];
  if (language !== 'eng') {
    // 4.12. — Norwegian only; the closing point tells it from a decimal or a clock time.
    matchers.push({
      pattern: new RegExp(String.raw`${BEFORE}(\d{1,2})\.(\d{1,2})\.(?![\p{L}\p{N}]|[.,]?\d)`, 'gu'),
      numeric: true,
      absorbsWeekday: true,
      resolve: (m, c) => explicitOrNext(c.today, Number(m[2]), Number(m[1]), undefined),
    });
  }
  return matchers;
}

function norwegianMatchers(): Matcher[] {
  const months = alternation(Object.keys(NORWEGIAN_MONTHS));
  const abbreviations = alternation(Object.keys(NORWEGIAN_MONTH_ABBREVIATIONS));
  const numbers = alternation(Object.keys(NORWEGIAN_NUMBERS));
  const units = NORWEGIAN_UNITS.map(([source]) => source).join('|');
  const monthOf = (text: string | undefined) =>
    lookup(NORWEGIAN_MONTHS, text) ?? lookup(NORWEGIAN_MONTH_ABBREVIATIONS, text);
  return [
    {
      // 4. desember, 4. des., 4 desember 2026
      pattern: new RegExp(
        String.raw`${BEFORE}(\d{1,2})\.?\s*((?:${months})(?![\p{L}])|(?:${abbreviations})(?![\p{L}])\.?)(?:\s+(\d{4})(?!\d))?(?![\p{L}\p{N}])`,
        'giu',
      ),
      absorbsWeekday: true,
      resolve: (m, c) => explicitOrNext(c.today, monthOf(m[2]), Number(m[1]), m[3]),
    },
    {
      pattern: wordPattern(`(?:(neste|førstkommende|førstkomande|kommende|komande)\\s+)?(${NORWEGIAN_WEEKDAY_RE})`, 'giu', 'fklmnost'),
      weekday: true,
      resolve: (m, c) => resolveWeekday(c.today, lookup(NORWEGIAN_WEEKDAYS, m[2])!, m[1]?.toLowerCase() === 'neste'),
    },
    {
      pattern: wordPattern('i\\s+(?:morgen|morgon)'),
      resolve: (_m, c) => ({ date: addDays(c.today, 1) }),
    },
    {
      pattern: wordPattern('i\\s+(?:overmorgen|overmorgon)'),
      resolve: (_m, c) => ({ date: addDays(c.today, 2) }),
    },
    {
      pattern: wordPattern('i\\s+løpet\\s+av\\s+dagen(?:\\s+i\\s+dag)?|(?:senere|seinare|seinere)\\s+i\\s+dag'),
      resolve: (_m, c) => ({ date: c.today }),
    },
    {
      pattern: wordPattern('i\\s+dag'),
      onlyAsPromise: true,
      resolve: (_m, c) => ({ date: c.today }),
    },
    {
      pattern: wordPattern('(?:over|etter)\\s+(?:helgen|helga|helgi)'),
      resolve: (_m, c) => afterWeekend(c),
    },
    {
      // i løpet av uka, innen utgangen av veka, denne uken
      pattern: wordPattern(
        '(?:(?:i\\s+løpet\\s+av|(?:innen|innan|i|ved|til|før)\\s+(?:utgangen|slutten|enden)\\s+av)\\s+(?:denne\\s+)?|denne\\s+)(?:uka|uken|veka|veke)',
      ),
      resolve: (_m, c) => ({ date: endOfWorkingWeek(currentWorkingWeekMonday(c.today), c.today, c.calendar) }),
    },
    {
      // (i løpet av / i / tidlig i / i slutten av) neste uke|veke
      pattern: wordPattern('neste\\s+(?:uke|veke|uka|veka)'),
      leadBefore: new RegExp(
        `${BEFORE}(?:(i\\s+(?:begynnelsen|starten|byrjinga)\\s+av|tidlig\\s+(?:i\\s+)?|tidleg\\s+(?:i\\s+)?)|(?:i\\s+løpet\\s+av|(?:(?:innen|innan|i|ved|til|før)\\s+)?(?:utgangen|slutten|enden)\\s+av|i)\\s+)$`,
        'iu',
      ),
      resolve: (_m, c, lead) => resolveNextWeek(c, lead?.[1] !== undefined),
    },
    {
      // over nyttår, etter jula: the first working day after the holiday
      pattern: wordPattern('(?:over|etter)\\s+(?:(nyttår|nyttåret)|jul|jula|julen|julehelga|julehelgen|juleferien)'),
      keywords: ['nyttår', 'jul'],
      resolve: (m, c) => afterHoliday(c, m[1] !== undefined),
    },
    {
      // i uke 50, innen uke 2, veke 50
      pattern: wordPattern('(?:i\\s+)?(?:uke|veke|veka|uka)\\s*(\\d{1,2})'),
      keywords: ['uke', 'uka', 'veke', 'veka'],
      resolve: (m, c) => resolveWeekNumber(c, Number(m[1])),
    },
    {
      // innen utgangen av måneden, i slutten av neste månad, i løpet av januar, ved utgangen av februar 2027
      pattern: wordPattern(
        `(?:i\\s+løpet\\s+av|(?:innen|innan|i|ved|til|før)\\s+(?:utgangen|slutten|enden)\\s+av)\\s+(?:(?:(denne|neste)\\s+)?(måneden|månaden|måned|månad)|(${months})(?:\\s+(\\d{4}))?)`,
      ),
      keywords: ['utgangen', 'slutten', 'enden', 'løpet'],
      resolve: (m, c) =>
        m[2] ? endOfMonthFromToday(c, m[1]?.toLowerCase() === 'neste' ? 1 : 0) : endOfNamedMonth(c, monthOf(m[3]), m[4]),
    },
    {
      // (i / innen) midten av januar
      pattern: wordPattern(`(?:i\\s+)?midten\\s+av\\s+(${months})(?:\\s+(\\d{4}))?`),
      keywords: ['midten'],
      resolve: (m, c) => explicitOrNext(c.today, monthOf(m[1]), 15, m[2]),
    },
    {
      // innen 14 dager, om 14 dagar, i løpet av de neste 5 arbeidsdagene, innen 2–3 uker
      pattern: wordPattern(
        `(?:innen|innan|i\\s+løpet\\s+av|om)\\s+(?:(?:de|dei)\\s+(?:neste|nærmeste|næraste|kommende|komande)\\s+)?(?:(\\d{1,3}|${numbers})\\s*(?:[-–]|til)\\s*)?(\\d{1,3}|${numbers})\\s+(${units})`,
      ),
      resolve: (m, c) => {
        const unit = unitOf(NORWEGIAN_UNITS, m[3]!);
        const amount = parseAmount(NORWEGIAN_NUMBERS, m[2]);
        return unit && amount !== undefined ? resolveDuration(c, amount, unit) : undefined;
      },
    },
  ];
}

function englishMatchers(): Matcher[] {
  const months = alternation(Object.keys(ENGLISH_MONTHS));
  const abbreviations = alternation(Object.keys(ENGLISH_MONTH_ABBREVIATIONS));
  const monthName = `(?:${months})(?![\\p{L}])|(?:${abbreviations})(?![\\p{L}])\\.?`;
  const numbers = alternation(Object.keys(ENGLISH_NUMBERS));
  const units = ENGLISH_UNITS.map(([source]) => source).join('|');
  const monthOf = (text: string | undefined) =>
    lookup(ENGLISH_MONTHS, text, true) ?? lookup(ENGLISH_MONTH_ABBREVIATIONS, text, true);
  return [
    {
      // 4 December, 4th of December 2026 — month names are capitalised, so "may" the verb never matches.
      pattern: new RegExp(
        String.raw`${BEFORE}(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${monthName})(?:,?\s+(\d{4})(?!\d))?(?![\p{L}\p{N}])`,
        'gu',
      ),
      absorbsWeekday: true,
      resolve: (m, c) => explicitOrNext(c.today, monthOf(m[2]), Number(m[1]), m[3]),
    },
    {
      // December 4, Dec. 4th, 2026
      pattern: new RegExp(
        String.raw`${BEFORE}(${monthName})\s+(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}])(?:,?\s+(\d{4})(?!\d))?(?![\p{L}\p{N}])`,
        'gu',
      ),
      absorbsWeekday: true,
      resolve: (m, c) => explicitOrNext(c.today, monthOf(m[1]), Number(m[2]), m[3]),
    },
    {
      pattern: wordPattern(`(?:(next|this|coming|this\\s+coming)\\s+)?(${ENGLISH_WEEKDAY_RE})`, 'giu', 'cfmnstw'),
      weekday: true,
      resolve: (m, c) => {
        const weekday = lookup(ENGLISH_WEEKDAYS, m[2])!;
        const modifier = m[1]?.toLowerCase();
        if (modifier === 'this' && isoWeekday(c.today) === weekday) return { date: c.today };
        return resolveWeekday(c.today, weekday, modifier === 'next');
      },
    },
    {
      pattern: wordPattern('(?:the\\s+day\\s+after\\s+)tomorrow'),
      resolve: (_m, c) => ({ date: addDays(c.today, 2) }),
    },
    {
      pattern: wordPattern('tomorrow'),
      resolve: (_m, c) => ({ date: addDays(c.today, 1) }),
    },
    {
      pattern: wordPattern('later\\s+today|(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?day'),
      resolve: (_m, c) => ({ date: c.today }),
    },
    {
      pattern: wordPattern('today'),
      onlyAsPromise: true,
      resolve: (_m, c) => ({ date: c.today }),
    },
    {
      pattern: wordPattern('after\\s+the\\s+weekend'),
      resolve: (_m, c) => afterWeekend(c),
    },
    {
      pattern: wordPattern('(?:(?:the\\s+)?end\\s+of\\s+(?:this|the)|later\\s+this|during\\s+this|this)\\s+week'),
      resolve: (_m, c) => ({ date: endOfWorkingWeek(currentWorkingWeekMonday(c.today), c.today, c.calendar) }),
    },
    {
      pattern: wordPattern('next\\s+week'),
      leadBefore: new RegExp(
        `${BEFORE}(?:((?:the\\s+)?(?:beginning|start)\\s+of|early)\\s+|(?:(?:the\\s+)?end\\s+of|during|later|in)\\s+)$`,
        'iu',
      ),
      resolve: (_m, c, lead) => resolveNextWeek(c, lead?.[1] !== undefined),
    },
    {
      pattern: wordPattern('after\\s+(?:the\\s+)?(?:(new\\s+year)|christmas(?:\\s+holidays?)?)'),
      keywords: ['new year', 'christmas'],
      resolve: (m, c) => afterHoliday(c, m[1] !== undefined),
    },
    {
      // in week 50, by week 2
      pattern: wordPattern('(?:in\\s+)?week\\s+(\\d{1,2})'),
      keywords: ['week'],
      resolve: (m, c) => resolveWeekNumber(c, Number(m[1])),
    },
    {
      // by the end of the month, end of next month, later this month
      pattern: wordPattern('(?:(?:the\\s+)?end\\s+of|later|during)\\s+(?:(the|this|next)\\s+)month'),
      keywords: ['month'],
      resolve: (m, c) => endOfMonthFromToday(c, m[1]?.toLowerCase() === 'next' ? 1 : 0),
    },
    {
      // by the end of January, during February 2027
      pattern: new RegExp(
        String.raw`${BEFORE}(?:(?:the\s+)?end\s+of|during)\s+(${months})(?![\p{L}])(?:\s+(\d{4})(?!\d))?`,
        'gu',
      ),
      keywords: ['end', 'during'],
      resolve: (m, c) => endOfNamedMonth(c, monthOf(m[1]), m[2]),
    },
    {
      // mid-January, the middle of January
      pattern: new RegExp(String.raw`${BEFORE}(?:mid-?\s*|(?:the\s+)?middle\s+of\s+)(${months})(?![\p{L}])(?:\s+(\d{4})(?!\d))?`, 'giu'),
      keywords: ['mid'],
      resolve: (m, c) => {
        const month = ENGLISH_MONTHS[m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1).toLowerCase()];
        return explicitOrNext(c.today, month, 15, m[2]);
      },
    },
    {
      // within 14 days, in two weeks, within the next 5 working days
      pattern: wordPattern(
        `(?:within|in)\\s+(?:the\\s+next\\s+)?(?:(\\d{1,3}|${numbers})\\s*(?:[-–]|to)\\s*)?(\\d{1,3}|${numbers})\\s+(${units})`,
      ),
      resolve: (m, c) => {
        const unit = unitOf(ENGLISH_UNITS, m[3]!);
        const amount = parseAmount(ENGLISH_NUMBERS, m[2]);
        return unit && amount !== undefined ? resolveDuration(c, amount, unit) : undefined;
      },
    },
  ];
}

function resolveWeekday(today: string, weekday: number, nextWeek: boolean): Resolution {
  if (!nextWeek) return { date: upcomingWeekday(today, weekday) };
  return { date: addDays(mondayOfWeek(today), 7 + weekday - 1) };
}

function resolveNextWeek(context: ResolveContext, early: boolean): Resolution {
  const monday = addDays(mondayOfWeek(context.today), 7);
  return {
    date: early ? firstWorkingDayOfWeek(monday, context.calendar) : endOfWorkingWeek(monday, monday, context.calendar),
  };
}

const MATCHERS: Record<RuleLanguage, Matcher[]> = {
  nob: [...numericMatchers('nob'), ...norwegianMatchers()],
  nno: [...numericMatchers('nno'), ...norwegianMatchers()],
  eng: [...numericMatchers('eng'), ...englishMatchers()],
};

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
  return (
    WEEKDAY_RANGE_AFTER.test(text.slice(end, end + 24)) ||
    WEEKDAY_RANGE_BEFORE.test(before) ||
    HABIT_BEFORE.test(before)
  );
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
const RECENT_PAST_DAYS = 62;
const PAST_WORDS: Record<RuleLanguage, ReadonlySet<string>> = {
  nob: new Set([
    'fikk', 'sendte', 'mottok', 'mottatt', 'sendt', 'kom', 'var', 'ble', 'blei', 'hadde', 'søkte', 'ringte', 'skrev',
    'skrevet', 'fått', 'leverte', 'levert', 'betalte', 'betalt', 'klaget', 'klagde', 'flyttet', 'meldte', 'spurte',
    'svarte', 'registrerte', 'registrert', 'startet', 'begynte', 'avsluttet', 'signerte', 'fattet', 'gjorde', 'traff',
    'datert', 'forrige', 'fjor', 'tidligere', 'siden',
  ]),
  nno: new Set([
    'fekk', 'sendte', 'mottok', 'motteke', 'mottatt', 'sendt', 'kom', 'var', 'vart', 'blei', 'hadde', 'søkte', 'ringde',
    'skreiv', 'fått', 'leverte', 'levert', 'betalte', 'betalt', 'klaga', 'flytta', 'melde', 'spurde', 'svara',
    'registrerte', 'registrert', 'starta', 'byrja', 'avslutta', 'signerte', 'gjorde', 'datert', 'førre', 'fjor',
    'tidlegare', 'sidan',
  ]),
  eng: new Set([
    'received', 'sent', 'got', 'was', 'were', 'had', 'came', 'applied', 'wrote', 'called', 'paid', 'submitted', 'moved',
    'asked', 'replied', 'registered', 'started', 'signed', 'made', 'dated', 'last', 'ago', 'since',
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

// ── Entry point ─────────────────────────────────────────────────────────────────────────────

export function findDates(
  text: string,
  language: RuleLanguage,
  today: string,
  calendar: WorkingCalendar,
): ResolvedDate[] {
  return runSteps(findDatesSteps(text, language, today, calendar));
}

/** findDates() in steps, one per kind of date phrase: the engine may pause between them on a long reply. */
export function* findDatesSteps(
  text: string,
  language: RuleLanguage,
  today: string,
  calendar: WorkingCalendar,
): Generator<void, ResolvedDate[], void> {
  const context: ResolveContext = { today, calendar };
  const candidates: ResolvedDate[] = [];
  let lower: string | undefined;
  for (const [index, matcher] of MATCHERS[language].entries()) {
    if (index > 0) yield;
    if (matcher.keywords) {
      lower ??= text.toLowerCase();
      if (!matcher.keywords.some((k) => lower!.includes(k))) continue;
    }
    matcher.pattern.lastIndex = 0;
    for (let match = matcher.pattern.exec(text); match; match = matcher.pattern.exec(text)) {
      const coreStart = match.index;
      const coreEnd = coreStart + match[0].length;
      if (matcher.numeric && isNumberNoise(text, coreStart, coreEnd)) continue;
      if (matcher.weekday && isWeekdayNoise(text, coreStart, coreEnd)) continue;
      if (/^om\s/iu.test(match[0]) && ABOUT_BEFORE_OM.test(text.slice(Math.max(0, coreStart - 24), coreStart))) continue;
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
