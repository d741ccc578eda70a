// A rule text shown to staff must not name a fixed day: «innen fredag 4. desember» reads as advice
// for ever and is wrong from the day after. Messages, advice and suggestions name dates through
// {deadline} or {workingDaysAhead} instead (engine/date-placeholders.ts). Examples may keep literal
// dates: they are test text, checked at a fixed moment, never shown as advice.
import { problem, type AcceptProblem } from './problems.ts';
import type { RuleLanguage } from '../ids.ts';
import type { LocalizedText, RuleSet } from './types.ts';
import { ENGLISH_MONTH_ABBREVIATIONS, monthNameAlternation, NORWEGIAN_MONTH_ABBREVIATIONS } from '../calendar/names.ts';

const WEEKDAYS_NO = 'mandag|måndag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag';
const MONTHS_NO = [monthNameAlternation('no'), ...Object.keys(NORWEGIAN_MONTH_ABBREVIATIONS)].join('|');
const WEEKDAYS_EN = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const MONTHS_EN = [monthNameAlternation('en'), ...Object.keys(ENGLISH_MONTH_ABBREVIATIONS).map((a) => a.toLowerCase())].join('|');

// «fredag 4. desember», «fredag den 4.12.», «fredag 4/12»; «Friday 4 December», «Friday, the 4th of
// December», «Friday, December 4». Whole words only: «fredagen» or «mondays» are no dates.
const LITERAL_WEEKDAY_DATE = new RegExp(
  [
    `(?<!\\p{L})(?:${WEEKDAYS_NO})(?:,)?\\s+(?:den\\s+)?\\d{1,2}(?:\\.\\s*(?:${MONTHS_NO})(?!\\p{L})|\\.\\s*\\d{1,2}(?!\\d)|\\s*/\\s*\\d{1,2}(?!\\d))`,
    `(?<!\\p{L})(?:${WEEKDAYS_EN}),?\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS_EN})(?!\\p{L})`,
    `(?<!\\p{L})(?:${WEEKDAYS_EN}),?\\s+(?:${MONTHS_EN})\\.?\\s+\\d{1,2}(?!\\d)`,
  ].join('|'),
  'iu',
);

/** The first literal weekday-with-date in a text, or undefined. */
export function literalWeekdayDate(text: string): string | undefined {
  return LITERAL_WEEKDAY_DATE.exec(text)?.[0];
}

type Owner = { code: 'literal-date-rule' | 'literal-date-policy'; id: string };

function literalDate(path: string, owner: Owner, found: string): AcceptProblem {
  return problem(path, owner.code, { id: owner.id, found });
}

/** Every message, advice and suggestion in the set that names a fixed weekday and date. */
export function literalDateProblems(ruleSet: RuleSet): AcceptProblem[] {
  const problems: AcceptProblem[] = [];
  const checkLocalized = (text: LocalizedText | undefined, path: string, owner: Owner) => {
    for (const [language, value] of Object.entries(text ?? {})) {
      const found = typeof value === 'string' ? literalWeekdayDate(value) : undefined;
      if (found) problems.push(literalDate(`${path}.${language}`, owner, found));
    }
  };
  const checkSuggest = (suggest: Partial<Record<RuleLanguage, string[]>> | undefined, path: string, owner: Owner) => {
    for (const [language, list] of Object.entries(suggest ?? {})) {
      (list ?? []).forEach((suggestion, i) => {
        const found = literalWeekdayDate(suggestion);
        if (found) problems.push(literalDate(`${path}.${language}[${i}]`, owner, found));
      });
    }
  };
  ruleSet.rules.forEach((rule, i) => {
    const owner: Owner = { code: 'literal-date-rule', id: rule.id };
    checkLocalized(rule.message, `rules[${i}].message`, owner);
    checkLocalized(rule.advice, `rules[${i}].advice`, owner);
    if (rule.kind === 'existence' || rule.kind === 'required') checkSuggest(rule.suggest, `rules[${i}].suggest`, owner);
    if (rule.kind === 'substitution') rule.entries.forEach((entry, j) => checkSuggest(entry.suggest, `rules[${i}].entries[${j}].suggest`, owner));
  });
  ruleSet.deadlinePolicies.forEach((policy, i) =>
    checkLocalized(policy.advice, `deadlinePolicies[${i}].advice`, { code: 'literal-date-policy', id: policy.id }),
  );
  return problems;
}
