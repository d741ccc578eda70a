// The date phrases a reply may hold, per language: each matcher is a pattern and how to resolve
// what it matched (resolve-date.ts). find-dates.ts runs them and weighs the words around them.
import { addDays, isoWeekday } from '../calendar/dates.ts';
import type { RuleLanguage } from '../ids.ts';
import { ENGLISH_MONTH_ABBREVIATIONS, ENGLISH_MONTHS, NORWEGIAN_MONTH_ABBREVIATIONS, NORWEGIAN_MONTHS } from '../calendar/names.ts';
import {
  afterHoliday,
  afterWeekend,
  currentWorkingWeekMonday,
  type DurationUnit,
  endOfMonthFromToday,
  endOfNamedMonth,
  endOfWorkingWeek,
  explicitOrNext,
  lookup,
  parseAmount,
  type Resolution,
  type ResolveContext,
  resolveDuration,
  resolveNextWeek,
  resolveWeekday,
  resolveWeekNumber,
  unitOf,
} from './resolve-date.ts';
import { NOT_AFTER_LETTER_OR_DIGIT } from '../engine/word-start.ts';
import { patternFirstWords } from '../engine/pattern-first-words.ts';

/**
 * Where a pattern's matches can start, so that find-dates.ts tries it there only instead of
 * scanning the whole reply: at the words of `firstWords` (one of which every match opens with),
 * or, with `digitFirst`, at the start of a run of digits. `sticky` is the pattern tried at one
 * position. A pattern whose start cannot be told has no plan and is scanned as before.
 */
export interface ScanPlan {
  sticky: RegExp;
  firstWords?: readonly string[];
  digitFirst?: true;
}

export interface Matcher {
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
  /** `keywords` as a pattern (keywordGuard), set for every matcher that has keywords. */
  keywordGuard?: RegExp;
  /**
   * For a phrase with optional lead words («neste fredag», "this Friday"): `pattern` requires
   * them, and this pattern is the phrase without them. Each opens with a word and scans fast,
   * where one pattern that may open with either is tried at nearly every position. A match of
   * `alone` inside a match of `pattern` is part of it (matchesOf in find-dates.ts).
   */
  alone?: RegExp;
  /** Where `pattern` and `alone` can match (scanPlanOf), set for every matcher whose start can be told. */
  patternPlan?: ScanPlan;
  alonePlan?: ScanPlan;
}

/**
 * Whether the text, lower-cased, contains one of the keywords — as a case-insensitive pattern, so
 * no lower-cased copy of a whole reply is made (on a two-byte reply that copy and the searches in
 * it cost more than the scans they spare). With the "u" flag a letter matches exactly the
 * characters that lower-case to it, but for «ſ» (long s), which it also takes for an "s"; without
 * the flag an "s" matches exactly, while "k" and "å" would miss the Kelvin and Ångström signs. So:
 * keywords with an "s" are matched without the "u" flag, and may not hold those two letters.
 */
function keywordGuard(keywords: readonly string[]): RegExp {
  const withS = keywords.some((k) => k.includes('s'));
  if (withS && keywords.some((k) => /[kå]/.test(k))) throw new Error(`keywords with both "s" and "k" or "å" need two guards: ${keywords.join(', ')}`);
  return new RegExp(keywords.join('|'), withS ? 'i' : 'iu');
}

function withKeywordGuards(matchers: Matcher[]): Matcher[] {
  return matchers.map((matcher) => (matcher.keywords ? { ...matcher, keywordGuard: keywordGuard(matcher.keywords) } : matcher));
}

/** A first group of one or more digits, not itself optional: «(\d{4})-», «(\d{1,2})\.». */
const DIGITS_FIRST = /^\(\\d\{[1-9]\d*(?:,\d*)?\}\)(?![?*+{])/;
/** A named group's opening; a lookbehind («(?<!», «(?<=») is not one. */
const NAMED_GROUP = /\(\?<(?=[A-Za-z])\w+>/g;

/**
 * Where a pattern that opens with the word start BEFORE can match: its first words as
 * patternFirstWords reads them (a named group read as a plain one: the same words), or digits.
 */
function scanPlanOf(pattern: RegExp): ScanPlan | undefined {
  if (!pattern.source.startsWith(BEFORE) || !pattern.flags.includes('g')) return undefined;
  const rest = pattern.source.slice(BEFORE.length);
  const sticky = new RegExp(pattern.source, pattern.flags.replace('g', 'y'));
  const firstWords = patternFirstWords(String.raw`(?<![\p{L}\p{N}])` + rest.replace(NAMED_GROUP, '(?:'));
  if (firstWords) return { sticky, firstWords };
  return DIGITS_FIRST.test(rest) ? { sticky, digitFirst: true } : undefined;
}

function withScanPlans(matchers: Matcher[]): Matcher[] {
  return matchers.map((matcher) => {
    const patternPlan = scanPlanOf(matcher.pattern);
    const alonePlan = matcher.alone && scanPlanOf(matcher.alone);
    return { ...matcher, ...(patternPlan ? { patternPlan } : {}), ...(alonePlan ? { alonePlan } : {}) };
  });
}

// «(?<![\p{L}\p{N}])» in the form V8 tests fast on a two-byte reply (word-start.ts).
export const BEFORE = NOT_AFTER_LETTER_OR_DIGIT;
const AFTER = String.raw`(?![\p{L}\p{N}])`;

export function wordPattern(source: string, flags = 'giu'): RegExp {
  return new RegExp(`${BEFORE}${source}${AFTER}`, flags);
}

/**
 * A weekday, maybe with a lead word: `modifier` and `weekday` are named groups, the pattern
 * with the lead word and the one without it apart (Matcher.alone).
 */
function weekdayPatterns(modifiers: string, weekdays: string): Pick<Matcher, 'pattern' | 'alone'> {
  return {
    pattern: wordPattern(`(?<modifier>${modifiers})\\s+(?<weekday>${weekdays})`),
    alone: wordPattern(`(?<weekday>${weekdays})`),
  };
}

// ── Vocabulary ────────────────────────────────────────────────────────────────────────────────

const NORWEGIAN_WEEKDAYS: Record<string, number> = {
  mandag: 1,
  måndag: 1,
  tirsdag: 2,
  tysdag: 2,
  onsdag: 3,
  torsdag: 4,
  fredag: 5,
  lørdag: 6,
  laurdag: 6,
  søndag: 7,
};
const ENGLISH_WEEKDAYS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

const NORWEGIAN_NUMBERS: Record<string, number> = {
  en: 1,
  ett: 1,
  ei: 1,
  eitt: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  sju: 7,
  syv: 7,
  åtte: 8,
  ni: 9,
  ti: 10,
  elleve: 11,
  tolv: 12,
  fjorten: 14,
  femten: 15,
  tjue: 20,
  tretti: 30,
};
const ENGLISH_NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};

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
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/\./g, '\\.'))
    .join('|');
}

const NORWEGIAN_WEEKDAY_RE = alternation(Object.keys(NORWEGIAN_WEEKDAYS));
const ENGLISH_WEEKDAY_RE = alternation(Object.keys(ENGLISH_WEEKDAYS));
export const ANY_WEEKDAY_RE = `${NORWEGIAN_WEEKDAY_RE}|${ENGLISH_WEEKDAY_RE}`;

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

type RelativeDay = 'tomorrow' | 'dayAfterTomorrow' | 'laterToday' | 'today' | 'afterWeekend';

/**
 * The days named from today, the same five in every language; each given as a word-pattern
 * source, and with keywords where the pattern opens with a common word («i») and scans slowly.
 */
function relativeDayMatchers(words: Record<RelativeDay, string>, keywords: Partial<Record<RelativeDay, readonly string[]>>): Matcher[] {
  const matchers: Array<[RelativeDay, Omit<Matcher, 'pattern'>]> = [
    ['dayAfterTomorrow', { resolve: (_m, c) => ({ date: addDays(c.today, 2) }) }],
    ['tomorrow', { resolve: (_m, c) => ({ date: addDays(c.today, 1) }) }],
    ['laterToday', { resolve: (_m, c) => ({ date: c.today }) }],
    // "i dag" / "today" alone is a date only in a promise ("innen i dag").
    ['today', { onlyAsPromise: true, resolve: (_m, c) => ({ date: c.today }) }],
    ['afterWeekend', { resolve: (_m, c) => afterWeekend(c) }],
  ];
  return matchers.map(([day, matcher]) => {
    const dayKeywords = keywords[day];
    return { pattern: wordPattern(words[day]), ...matcher, ...(dayKeywords ? { keywords: dayKeywords } : {}) };
  });
}

function norwegianMatchers(): Matcher[] {
  const months = alternation(Object.keys(NORWEGIAN_MONTHS));
  const abbreviations = alternation(Object.keys(NORWEGIAN_MONTH_ABBREVIATIONS));
  const numbers = alternation(Object.keys(NORWEGIAN_NUMBERS));
  const units = NORWEGIAN_UNITS.map(([source]) => source).join('|');
  const monthOf = (text: string | undefined) => lookup(NORWEGIAN_MONTHS, text) ?? lookup(NORWEGIAN_MONTH_ABBREVIATIONS, text);
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
      ...weekdayPatterns('neste|førstkommende|førstkomande|kommende|komande', NORWEGIAN_WEEKDAY_RE),
      weekday: true,
      resolve: (m, c) => resolveWeekday(c.today, lookup(NORWEGIAN_WEEKDAYS, m.groups!.weekday)!, m.groups!.modifier?.toLowerCase() === 'neste'),
    },
    ...relativeDayMatchers(
      {
        tomorrow: 'i\\s+(?:morgen|morgon)',
        dayAfterTomorrow: 'i\\s+(?:overmorgen|overmorgon)',
        laterToday: 'i\\s+løpet\\s+av\\s+dagen(?:\\s+i\\s+dag)?|(?:senere|seinare|seinere)\\s+i\\s+dag',
        today: 'i\\s+dag',
        afterWeekend: '(?:over|etter)\\s+(?:helgen|helga|helgi)',
      },
      { tomorrow: ['morg'], dayAfterTomorrow: ['overmorg'], afterWeekend: ['helg'] },
    ),
    {
      // i løpet av uka, innen utgangen av veka, denne uken
      pattern: wordPattern(
        '(?:(?:i\\s+løpet\\s+av|(?:innen|innan|i|ved|til|før)\\s+(?:utgangen|slutten|enden)\\s+av)\\s+(?:denne\\s+)?|denne\\s+)(?:uka|uken|veka|veke)',
      ),
      keywords: ['uka', 'uken', 'veka', 'veke'],
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
      resolve: (m, c) => (m[2] ? endOfMonthFromToday(c, m[1]?.toLowerCase() === 'neste' ? 1 : 0) : endOfNamedMonth(c, monthOf(m[3]), m[4])),
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
  const monthOf = (text: string | undefined) => lookup(ENGLISH_MONTHS, text, true) ?? lookup(ENGLISH_MONTH_ABBREVIATIONS, text, true);
  return [
    {
      // 4 December, 4th of December 2026 — month names are capitalised, so "may" the verb never matches.
      pattern: new RegExp(String.raw`${BEFORE}(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${monthName})(?:,?\s+(\d{4})(?!\d))?(?![\p{L}\p{N}])`, 'gu'),
      absorbsWeekday: true,
      resolve: (m, c) => explicitOrNext(c.today, monthOf(m[2]), Number(m[1]), m[3]),
    },
    {
      // December 4, Dec. 4th, 2026
      pattern: new RegExp(String.raw`${BEFORE}(${monthName})\s+(\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\p{N}])(?:,?\s+(\d{4})(?!\d))?(?![\p{L}\p{N}])`, 'gu'),
      absorbsWeekday: true,
      resolve: (m, c) => explicitOrNext(c.today, monthOf(m[1]), Number(m[2]), m[3]),
    },
    {
      ...weekdayPatterns('next|this|coming|this\\s+coming', ENGLISH_WEEKDAY_RE),
      weekday: true,
      resolve: (m, c) => {
        const weekday = lookup(ENGLISH_WEEKDAYS, m.groups!.weekday)!;
        const modifier = m.groups!.modifier?.toLowerCase();
        if (modifier === 'this' && isoWeekday(c.today) === weekday) return { date: c.today };
        return resolveWeekday(c.today, weekday, modifier === 'next');
      },
    },
    ...relativeDayMatchers(
      {
        tomorrow: 'tomorrow',
        dayAfterTomorrow: '(?:the\\s+day\\s+after\\s+)tomorrow',
        laterToday: 'later\\s+today|(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?day',
        today: 'today',
        afterWeekend: 'after\\s+the\\s+weekend',
      },
      { today: ['today'] },
    ),
    {
      pattern: wordPattern('(?:(?:the\\s+)?end\\s+of\\s+(?:this|the)|later\\s+this|during\\s+this|this)\\s+week'),
      resolve: (_m, c) => ({ date: endOfWorkingWeek(currentWorkingWeekMonday(c.today), c.today, c.calendar) }),
    },
    {
      pattern: wordPattern('next\\s+week'),
      leadBefore: new RegExp(`${BEFORE}(?:((?:the\\s+)?(?:beginning|start)\\s+of|early)\\s+|(?:(?:the\\s+)?end\\s+of|during|later|in)\\s+)$`, 'iu'),
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
      pattern: new RegExp(String.raw`${BEFORE}(?:(?:the\s+)?end\s+of|during)\s+(${months})(?![\p{L}])(?:\s+(\d{4})(?!\d))?`, 'gu'),
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
      pattern: wordPattern(`(?:within|in)\\s+(?:the\\s+next\\s+)?(?:(\\d{1,3}|${numbers})\\s*(?:[-–]|to)\\s*)?(\\d{1,3}|${numbers})\\s+(${units})`),
      resolve: (m, c) => {
        const unit = unitOf(ENGLISH_UNITS, m[3]!);
        const amount = parseAmount(ENGLISH_NUMBERS, m[2]);
        return unit && amount !== undefined ? resolveDuration(c, amount, unit) : undefined;
      },
    },
  ];
}

export const MATCHERS: Record<RuleLanguage, Matcher[]> = {
  nob: withScanPlans(withKeywordGuards([...numericMatchers('nob'), ...norwegianMatchers()])),
  nno: withScanPlans(withKeywordGuards([...numericMatchers('nno'), ...norwegianMatchers()])),
  eng: withScanPlans(withKeywordGuards([...numericMatchers('eng'), ...englishMatchers()])),
};
