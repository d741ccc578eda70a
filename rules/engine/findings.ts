// A check's hits turned into findings: sorted, given stable ids, their messages and advice filled
// in every UI language (the screens switch language without a new check) and their suggestions'
// dates in the reply's language. A generator, like the rest of checkSteps (check.ts).
import type { RuleLanguage, UiLanguage } from '../ids.ts';
import { severityRank } from '../ids.ts';
import type { Rule } from '../ruleset/types.ts';
import type { Finding } from '../types.ts';
import type { Hit, RunState } from './check.ts';
import { fillEveryLanguage, fillPlaceholders, shortHashOfLowerCase, type LanguageLookup } from './text-utils.ts';
import { datePlaceholderVars, mentionsDatePlaceholder } from './date-placeholders.ts';

const REPLY_TEXT_LANGUAGE: Record<RuleLanguage, UiLanguage> = { nob: 'nb', nno: 'nn', eng: 'en' };

function dateVarsFor(state: RunState, rule: Rule, language: UiLanguage): Record<string, string> {
  // By language, then working days: no key string made per placeholder looked up.
  let byDays = state.dateVars.get(language);
  if (!byDays) state.dateVars.set(language, (byDays = new Map()));
  let vars = byDays.get(rule.promiseWorkingDays);
  if (!vars) {
    const facts = { today: state.today, calendar: state.compiled.calendar, ...(state.deadline ? { deadline: state.deadline } : {}) };
    vars = datePlaceholderVars(facts, rule.promiseWorkingDays, language);
    byDays.set(rule.promiseWorkingDays, vars);
  }
  return vars;
}

/** Hits turned into findings between two pauses (a 100,000-character reply has over 1,000). */
const FINDINGS_PER_STEP = 250;

export function* toFindings(state: RunState, ui: UiLanguage): Generator<void, Finding[], void> {
  state.hits.sort((a, b) => a.start - b.start || severityRank(b.severity ?? b.rule.severity) - severityRank(a.severity ?? a.rule.severity));
  yield;
  const occurrences: Occurrences = new Map();
  const findings: Finding[] = [];
  for (let index = 0; index < state.hits.length; index++) {
    if (index > 0 && index % FINDINGS_PER_STEP === 0) yield;
    findings.push(findingOf(state, state.hits[index]!, ui, occurrences));
  }
  return findings;
}

/**
 * How many findings of each rule have had each match so far, by rule, then by the short hash of
 * the match ("p" for personal data): looked up by the parts, not by the id string they make, which
 * would be joined and hashed anew for every finding.
 */
type Occurrences = Map<Rule, Map<string, number>>;

/**
 * One hit as a finding; `occurrences` counts the ids made so far, so each id is unique. A plain
 * function rather than the generator's loop body: V8 optimises it as such.
 */
function findingOf(state: RunState, hit: Hit, ui: UiLanguage, occurrences: Occurrences): Finding {
  const matched = state.text.slice(hit.start, hit.end);
  // Suggestions go into the reply, so their dates are in the reply's language; messages in the UI's.
  const suggestions = hit.suggestions.map((s) =>
    mentionsDatePlaceholder(s) ? fillPlaceholders(s, dateVarsFor(state, hit.rule, REPLY_TEXT_LANGUAGE[state.language])) : s,
  );
  // Personal data: no hash of the match either — a short hash of an 11-digit id narrows it down,
  // and ids are kept in storage.session. The occurrence alone keeps the id stable.
  const match = hit.rule.category === 'personal-data' ? 'p' : shortHashOfLowerCase(state.text, hit.start, hit.end);
  let ofRule = occurrences.get(hit.rule);
  if (!ofRule) occurrences.set(hit.rule, (ofRule = new Map()));
  const occurrence = ofRule.get(match) ?? 0;
  ofRule.set(match, occurrence + 1);
  // {x} is the matched word for word rules; long spans (sentences, lines) are never quoted back.
  const x = matched.length <= 40 && hit.rule.category !== 'personal-data' ? matched : '…';
  // A placeholder's value: the hit's own for this language, the hit's, the match, the first
  // suggestion, then the dates (that order of precedence).
  const valueIn: LanguageLookup = (language, name) =>
    hit.localVars?.[language]?.[name] ??
    hit.vars?.[name] ??
    (name === 'x' ? x : name === 'suggestion' ? (suggestions[0] ?? '') : dateVarsFor(state, hit.rule, language)[name]);
  // Every UI language now, so the screens can switch language without a new check.
  const messages = fillEveryLanguage(hit.rule.message, valueIn);
  const finding: Finding = {
    id: `${hit.rule.id}:${match}:${occurrence}`,
    ruleId: hit.rule.id,
    category: hit.rule.category,
    subgoal: hit.rule.subgoal,
    severity: hit.severity ?? hit.rule.severity,
    start: hit.start,
    end: hit.end,
    message: messages[ui],
    // Most hits have one suggestion or none: nothing to make distinct.
    suggestions: suggestions.length < 2 ? suggestions : [...new Set(suggestions)],
    messages,
  };
  if (hit.rule.advice) {
    finding.advices = fillEveryLanguage(hit.rule.advice, valueIn);
    finding.advice = finding.advices[ui];
  }
  return finding;
}
