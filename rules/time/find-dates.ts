// Finds the dates a reply names or promises ("innen fredag", "4. desember", "innen 5 arbeidsdager",
// "by Friday") and resolves each to a calendar date. Works on the raw string with regular
// expressions so it needs no tokenizer, and offsets stay exact UTF-16 indices.
//
// Resolution rules (documented for the people who read the reminders these produce):
// - A weekday name means the next such day AFTER today, never today itself: a writer who means
//   today says "i dag"/"today". "neste fredag"/"next Friday" means Friday of next calendar week
//   (Monday–Sunday), because the bare weekday already covers the coming one.
// - A date without a year is its next occurrence on or after today.
// - Durations count from today: "innen 14 dager" is today + 14 calendar days, "innen 5
//   arbeidsdager" uses the working-day calendar. A duration that ends on a closed day moves to the
//   next working day, as statutory deadlines do (domstolloven § 149).
// - "i løpet av uka" / "neste uke" mean the last working day (at most Friday) of that week; on a
//   Saturday or Sunday "uka" is the coming week.
// - promise is true when the phrase carries innen/innan/senest/seinast/i løpet av/før or
//   by/within/before/no later than (also a trailing "senest"/"at the latest").
import { nextWorkingDayOnOrAfter } from '../calendar/calendar.ts';
import type { WorkingCalendar } from '../calendar/calendar.ts';
import { addDays, addMonths, isValidDate, isoWeekday, makeDate } from '../calendar/dates.ts';
import type { RuleLanguage } from '../ids.ts';
import type { ResolvedDate } from '../types.ts';

interface Resolution {
  date: string;
}

interface ResolveContext {
  today: string;
  calendar: WorkingCalendar;
}

interface Matcher {
  pattern: RegExp;
  resolve(match: RegExpExecArray, context: ResolveContext): Resolution | undefined;
  /** Numeric dates are rejected next to clock times, versions, section numbers …. */
  numeric?: boolean;
  /** Weekday names are rejected in ranges ("mandag–fredag") and habits ("hver fredag"). */
  weekday?: boolean;
  /** Phrases like "i dag" that only count as a date in a promise ("innen i dag"). */
  onlyAsPromise?: boolean;
  /** A weekday name right before the date belongs to it ("fredag 4. desember"). */
  absorbsWeekday?: boolean;
}

const BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const AFTER = String.raw`(?![\p{L}\p{N}])`;

function wordPattern(source: string, flags = 'giu'): RegExp {
  return new RegExp(`${BEFORE}${source}${AFTER}`, flags);
}

// ── Vocabulary ────────────────────────────────────────────────────────────────────────────────

const NORWEGIAN_WEEKDAYS: Record<string, number> = {
  mandag: 1, måndag: 1, tirsdag: 2, tysdag: 2, onsdag: 3, torsdag: 4, fredag: 5,
  lørdag: 6, laurdag: 6, søndag: 7,
};
const ENGLISH_WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

const NORWEGIAN_MONTHS: Record<string, number> = {
  januar: 1, februar: 2, mars: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8,
  september: 9, oktober: 10, november: 11, desember: 12,
};
const NORWEGIAN_MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, des: 12,
};
const ENGLISH_MONTHS: Record<string, number> = {
  January: 1, February: 2, March: 3, April: 4, May: 5, June: 6, July: 7, August: 8,
  September: 9, October: 10, November: 11, December: 12,
};
const ENGLISH_MONTH_ABBREVIATIONS: Record<string, number> = {
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
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

function explicitOrNext(today: string, month: number | undefined, day: number, yearText: string | undefined): Resolution | undefined {
  if (month === undefined) return undefined;
  if (yearText === undefined) {
    const date = nextOccurrence(today, month, day);
    return date ? { date } : undefined;
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
      pattern: wordPattern(`(?:(neste|førstkommende|førstkomande|kommende|komande)\\s+)?(${NORWEGIAN_WEEKDAY_RE})`),
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
        '(?:(?:i\\s+løpet\\s+av|(?:innen|innan|i)\\s+(?:utgangen|slutten|enden)\\s+av)\\s+(?:denne\\s+)?|denne\\s+)(?:uka|uken|veka|veke)',
      ),
      resolve: (_m, c) => ({ date: endOfWorkingWeek(currentWorkingWeekMonday(c.today), c.today, c.calendar) }),
    },
    {
      // (i løpet av / i / tidlig i / i slutten av) neste uke|veke
      pattern: wordPattern(
        '(?:(i\\s+(?:begynnelsen|starten|byrjinga|byrjinga)\\s+av|tidlig\\s+(?:i\\s+)?|tidleg\\s+(?:i\\s+)?)|(?:i\\s+løpet\\s+av|(?:innen|innan|i)\\s+(?:utgangen|slutten|enden)\\s+av|i)\\s+)?neste\\s+(?:uke|veke|uka|veka)',
      ),
      resolve: (m, c) => resolveNextWeek(c, m[1] !== undefined),
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
      pattern: wordPattern(`(?:(next|this|coming|this\\s+coming)\\s+)?(${ENGLISH_WEEKDAY_RE})`),
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
      pattern: wordPattern(
        '(?:((?:the\\s+)?(?:beginning|start)\\s+of|early)\\s+|(?:(?:the\\s+)?end\\s+of|during|later|in)\\s+)?next\\s+week',
      ),
      resolve: (m, c) => resolveNextWeek(c, m[1] !== undefined),
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

// ── Entry point ─────────────────────────────────────────────────────────────────────────────

export function findDates(
  text: string,
  language: RuleLanguage,
  today: string,
  calendar: WorkingCalendar,
): ResolvedDate[] {
  const steps = findDatesSteps(text, language, today, calendar);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
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
  for (const [index, matcher] of MATCHERS[language].entries()) {
    if (index > 0) yield;
    matcher.pattern.lastIndex = 0;
    for (let match = matcher.pattern.exec(text); match; match = matcher.pattern.exec(text)) {
      const coreStart = match.index;
      const coreEnd = coreStart + match[0].length;
      if (matcher.numeric && isNumberNoise(text, coreStart, coreEnd)) continue;
      if (matcher.weekday && isWeekdayNoise(text, coreStart, coreEnd)) continue;
      if (/^om\s/iu.test(match[0]) && ABOUT_BEFORE_OM.test(text.slice(Math.max(0, coreStart - 24), coreStart))) continue;
      const resolution = matcher.resolve(match, context);
      if (!resolution) continue;
      const start = extendStart(text, coreStart, language, matcher.absorbsWeekday === true);
      const suffixPattern = SUFFIX[language];
      suffixPattern.lastIndex = coreEnd;
      const suffix = suffixPattern.exec(text);
      const end = coreEnd + (suffix ? suffix[0].length : 0);
      const phrase = text.slice(start, end);
      const promise = PROMISE_IN_PHRASE[language].test(phrase);
      if (matcher.onlyAsPromise && !promise) continue;
      candidates.push({ start, end, text: phrase, date: resolution.date, promise });
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
