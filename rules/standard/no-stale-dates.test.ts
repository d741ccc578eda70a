// No advice frozen in time: on each of 100 consecutive days, every bundled message, advice and
// suggestion names no date before that day — in bokmål, nynorsk and English, with and without a
// known received date. Dates are read back from the rendered text (weekday and day-month), so a
// literal «fredag 4. desember» fails from 5 December 2026 on. A day-month without a weekday
// («fristen er 1. mars») is a recurring example, not a day that passes, so only weekday dates count.
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/dates.ts';
import { check } from '../engine/check.ts';
import { compileRuleSet } from '../engine/compile.ts';
import { datePlaceholderVars, mentionsDatePlaceholder } from '../engine/date-placeholders.ts';
import { parseMarkedText } from '../engine/examples.ts';
import { fillPlaceholders, localize } from '../engine/text-utils.ts';
import { UI_LANGUAGES, type RuleLanguage, type UiLanguage } from '../ids.ts';
import type { Rule, RuleExample } from '../ruleset/types.ts';
import { weekdayName } from '../calendar/names.ts';
import { isValidDate, makeDate } from '../calendar/dates.ts';
import { BUNDLED_RULE_SET } from './index.ts';

const compiled = compileRuleSet(BUNDLED_RULE_SET);
const FIRST_DAY = '2026-12-04';
const DAYS = Array.from({ length: 100 }, (_, i) => addDays(FIRST_DAY, i));

const MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['januar', 'january'],
    ['februar', 'february'],
    ['mars', 'march'],
    ['april', 'april'],
    ['mai', 'may'],
    ['juni', 'june'],
    ['juli', 'july'],
    ['august', 'august'],
    ['september', 'september'],
    ['oktober', 'october'],
    ['november', 'november'],
    ['desember', 'december'],
  ].flatMap(([no, en], i) => [
    [no!, i + 1],
    [en!, i + 1],
  ]),
);
const WEEKDAY = '(?:mandag|måndag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const WEEKDAY_DAY_MONTH = new RegExp(`(${WEEKDAY}),?\\s+(\\d{1,2})\\.?\\s+(${Object.keys(MONTHS).join('|')})(?!\\p{L})`, 'giu');

/** Each day-month named in a text, as the date it means on `today`, or a note when it cannot be a real date. */
function datesIn(text: string, today: string): Array<{ text: string; date?: string }> {
  const year = Number(today.slice(0, 4));
  return [...text.matchAll(WEEKDAY_DAY_MONTH)].map((m) => {
    const [, weekday, day, month] = m;
    const candidates = [year, year + 1]
      .filter((y) => isValidDate(y, MONTHS[month!.toLowerCase()]!, Number(day)))
      .map((y) => makeDate(y, MONTHS[month!.toLowerCase()]!, Number(day)));
    // The year is the one where the weekday fits.
    const fitting = candidates.find((d) => UI_LANGUAGES.some((ui: UiLanguage) => weekdayName(d, ui).toLowerCase() === weekday!.toLowerCase()));
    return fitting ? { text: m[0], date: fitting } : { text: m[0] };
  });
}

function expectNoPastDate(texts: Array<string | undefined>, today: string, where: string) {
  for (const text of texts) {
    for (const found of datesIn(text ?? '', today)) {
      expect(found.date, `${where} on ${today}: «${found.text}» is no real date`).toBeDefined();
      expect(found.date! >= today, `${where} on ${today}: «${found.text}» (${found.date}) is in the past`).toBe(true);
    }
  }
}

const usesDates = (rule: Rule) =>
  [...Object.values(rule.message), ...Object.values(rule.advice ?? {})].some((t) => mentionsDatePlaceholder(t ?? '')) ||
  ('suggest' in rule && Object.values(rule.suggest ?? {}).some((list) => (list ?? []).some(mentionsDatePlaceholder)));

function firstBadExamplePerLanguage(rule: Rule): Array<{ text: string; language: RuleLanguage }> {
  const seen = new Map<RuleLanguage, string>();
  for (const example of rule.examples.bad as RuleExample[]) {
    const e = typeof example === 'string' ? { text: example } : example;
    const language = (e.language ?? 'nob') as RuleLanguage;
    if (!seen.has(language)) seen.set(language, parseMarkedText(e.text).text);
  }
  return [...seen].map(([language, text]) => ({ text, language }));
}

describe('no bundled rule text names a date in the past', () => {
  it('the detector of past dates itself catches a literal example date', () => {
    expect(() => expectNoPastDate(['for eksempel «innen fredag 4. desember»'], '2026-12-05', 'test')).toThrow(/in the past/);
    expect(() => expectNoPastDate(['e.g. "by Friday 4 December"'], '2026-12-05', 'test')).toThrow(/in the past/);
    expectNoPastDate(['for eksempel «innen fredag 4. desember»'], '2026-12-04', 'test');
  });

  it('every message and advice, rendered as the engine fills it, on 100 consecutive days from 4 December 2026', () => {
    for (const today of DAYS) {
      for (const ui of UI_LANGUAGES) {
        for (const rule of BUNDLED_RULE_SET.rules) {
          const vars = { ...datePlaceholderVars({ today, calendar: compiled.calendar }, rule.promiseWorkingDays, ui), x: 'x', suggestion: '' };
          const texts = [localize(rule.message, ui), rule.advice ? localize(rule.advice, ui) : undefined].map((t) => t && fillPlaceholders(t, vars));
          expectNoPastDate(texts, today, rule.id);
        }
      }
    }
  });

  it('every finding of a rule that names a date, from the real engine, on the same 100 days, with and without a received date', () => {
    const rules = BUNDLED_RULE_SET.rules.filter(usesDates);
    expect(rules.map((r) => r.id).sort()).toEqual(['frist.svarer-ikke-nar', 'frist.vag-lovnad', 'frist.vag-tid', 'frist.vag-tid-uttrykk']);
    let findings = 0;
    for (const today of DAYS) {
      for (const rule of rules) {
        const inquiryExample = (rule.examples.bad[0] as Exclude<RuleExample, string>).inquiry;
        for (const { text, language } of firstBadExamplePerLanguage(rule)) {
          for (const ui of UI_LANGUAGES) {
            // Received two days ago (deadline ahead) on even days, unknown on odd ones.
            const even = DAYS.indexOf(today) % 2 === 0;
            const inquiry = { ...(inquiryExample ?? {}), ...(even ? { receivedAt: addDays(today, -2), kind: inquiryExample?.kind ?? 'question' } : {}) };
            const result = check(text, { language, uiLanguage: ui, now: `${today}T09:00:00+01:00`, inquiry }, compiled, { onlyRuleId: rule.id });
            for (const f of result.findings) {
              findings++;
              expectNoPastDate([f.message, f.advice, ...f.suggestions], today, `${rule.id} (${language}, ${ui})`);
            }
          }
        }
      }
    }
    expect(findings).toBeGreaterThan(100 * 3 * 3);
  });
});
