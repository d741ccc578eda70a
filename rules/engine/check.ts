// check(text, context, compiled): the whole engine for one reply. Pure and synchronous; the same
// call runs in the CLI, the tests and the benchmarks. The work is written as a sequence of steps
// (checkSteps: the analysis, then each rule, then the findings) so that check-cooperative.ts can
// run the very same steps in slices between which the service worker answers other messages.
import { osloToday } from '../calendar/today.ts';
import { isRuleLanguage, detectLanguage } from '../text/language.ts';
import { analyzeSteps, lastNonEmptyLines, openingLine, wordIndex, wordStarts, type Line, type TextAnalysis } from '../text/analysis.ts';
import { measure, sentenceLix } from '../text/lix.ts';
import { forgetReplyClosing } from '../text/signature.ts';
import type { RuleLanguage, UiLanguage } from '../ids.ts';
import type { ExistenceRule, MetricRule, RequiredRule, Rule } from '../ruleset/types.ts';
import type { CheckContext, CheckResult, DeadlineResult, Metrics, ResolvedDate } from '../types.ts';
import type { CompiledRule, CompiledRuleSet, PhraseBucket, PhraseEntry } from './compile.ts';
import { caseShapeOf, withCase } from './text-utils.ts';
import { findDatesAndDeadlineSteps } from './dates.ts';
import { mentionsDatePlaceholder } from './date-placeholders.ts';
import { runSteps } from '../steps.ts';
import { findQuestions, type InquiryQuestion } from '../inquiry/questions.ts';
import { answerQuestions, type AnsweredQuestion } from '../inquiry/answers.ts';
import { topicsOf } from '../detectors/unanswered-question.ts';
import { applyQuestionTicks } from '../inquiry/question-ticks.ts';
import { toFindings } from './findings.ts';
import type { DetectorHit, DetectorInput, EarlierHit } from '../detectors/types.ts';

export interface CheckOptions {
  /** Run only this rule (the example runner). */
  onlyRuleId?: string;
  /** Characters checked at most; the rest is reported through `truncatedAt`. */
  maxLength?: number;
}

export const DEFAULT_MAX_LENGTH = 100_000;

/** A detector's hit (or a pattern rule's match) tied to its rule, with its suggestions filled in. */
export interface Hit extends DetectorHit {
  rule: Rule;
  suggestions: string[];
}

export interface RunState {
  compiled: CompiledRuleSet;
  text: string;
  analysis: TextAnalysis;
  metrics: Metrics;
  language: RuleLanguage;
  context: CheckContext;
  today: string;
  dates: ResolvedDate[];
  deadline?: DeadlineResult;
  /** The inquiry's questions and whether the reply answers them; undefined without an inquiry text. */
  questions?: AnsweredQuestion[];
  /** Filled date placeholders per language and working-day count: the same few for every finding. */
  dateVars: Map<UiLanguage, Map<number | undefined, Record<string, string>>>;
  hits: Hit[];
  /** Other rules' hits, precomputed when only a `runsLast` rule runs (its examples). */
  earlier?: EarlierHit[];
  /** `hits` described for the `runsLast` detectors, as far as they have been described (earlierHitsOf). */
  earlierDescribed?: EarlierHit[];
}

export function todayOf(context: CheckContext): string {
  return osloToday(context.now);
}

export function check(fullText: string, context: CheckContext, compiled: CompiledRuleSet, options: CheckOptions = {}): CheckResult {
  return runSteps(checkSteps(fullText, context, compiled, options));
}

/**
 * The engine's work for one reply as steps: every `yield` is a point where a caller may pause
 * (the analysis, each rule, the findings). Run to the end it returns exactly what check() does.
 */
export function* checkSteps(
  fullText: string,
  context: CheckContext,
  compiled: CompiledRuleSet,
  options: CheckOptions = {},
): Generator<void, CheckResult, void> {
  forgetReplyClosing();
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  let text = fullText;
  let truncatedAt: number | undefined;
  if (text.length > maxLength) {
    // Never cut a surrogate pair in half.
    truncatedAt = /[\uD800-\uDBFF]/.test(text[maxLength - 1]!) ? maxLength - 1 : maxLength;
    text = text.slice(0, truncatedAt);
  }
  const analysis = yield* analyzeSteps(text);
  yield;
  const metrics = measure(analysis);
  yield;
  const decision = detectLanguage(text, analysis.words, context.language, context.fallbackLanguage ?? 'nob', context.inquiry, analysis);
  const ruleLanguage: RuleLanguage | undefined = isRuleLanguage(decision.language) ? decision.language : undefined;
  const ui: UiLanguage = context.uiLanguage ?? (decision.language === 'nno' ? 'nn' : 'nb');
  const today = todayOf(context);
  yield;
  // Dates are found once: the result, date detectors and deadline rules all read them.
  const { dates, deadline } = yield* findDatesAndDeadlineSteps(text, ruleLanguage ?? 'nob', today, context, compiled, ui, analysis);
  const state: RunState = { compiled, text, analysis, metrics, language: ruleLanguage ?? 'nob', context, today, dates, dateVars: new Map(), hits: [] };
  if (deadline) state.deadline = deadline;
  yield;
  // The citizen's questions, once: the result, the checklist and the unanswered-question rules read them.
  const inquiryText = context.inquiry?.text;
  if (inquiryText?.trim()) {
    const judged = answerQuestions(questionsOf(inquiryText), text, analysis, dates, today);
    state.questions = applyQuestionTicks(judged, context.inquiry?.questionTicks);
  }
  yield;
  // Running one rule that reads the others' hits (its examples): find those hits first, unreported.
  if (options.onlyRuleId && compiled.rules.some((r) => r.rule.id === options.onlyRuleId && r.detector?.runsLast)) {
    const all: CheckOptions = options.maxLength !== undefined ? { maxLength: options.maxLength } : {};
    const others = check(fullText, context, compiled, all).findings;
    state.earlier = others
      .filter((f) => f.ruleId !== options.onlyRuleId)
      .map((f) => {
        const rule = compiled.ruleSet.rules.find((r) => r.id === f.ruleId);
        const detector = rule?.kind === 'detector' ? { detector: rule.detector } : {};
        return { ruleId: f.ruleId, category: f.category, start: f.start, end: f.end, severity: f.severity, ...detector };
      });
  }
  const failedRules: string[] = [];

  const selected = (compiledRule: CompiledRule) => !options.onlyRuleId || compiledRule.rule.id === options.onlyRuleId;
  if (ruleLanguage) {
    try {
      yield* matchPhrases(state, compiled, options.onlyRuleId);
    } catch (error) {
      failedRules.push('(phrases)');
      logRuleError('(phrases)', error);
    }
    yield;
  }
  // A reply in another language still gets the language-neutral checks: personal data.
  const toRun = ruleLanguage
    ? compiled.scanRules[ruleLanguage].filter(selected)
    : compiled.rules.filter((r) => selected(r) && r.rule.category === 'personal-data' && r.rule.kind === 'detector');
  // Detectors that read the other rules' hits (recipient: personal data to a stranger) run last.
  const stage = (r: CompiledRule) => (r.detector?.runsAfterLast ? 2 : r.detector?.runsLast ? 1 : 0);
  for (const compiledRule of [...toRun.filter((r) => stage(r) === 0), ...toRun.filter((r) => stage(r) === 1), ...toRun.filter((r) => stage(r) === 2)]) {
    runGuarded(state, compiledRule, failedRules);
    yield;
  }

  const findings = yield* toFindings(state, ui);
  const result: CheckResult = { language: decision.language, languageSource: decision.source, metrics, findings, dates };
  if (deadline) result.deadline = deadline;
  if (truncatedAt !== undefined) result.truncatedAt = truncatedAt;
  if (failedRules.length) result.failedRules = failedRules;
  if (state.questions) result.questions = withRules(state.questions, ruleLanguage ? compiled.scanRules[ruleLanguage] : []);
  return result;
}

/**
 * The quoted inquiry stays the same while staff type the reply, check after check: its
 * questions are found once (the last inquiry's, so memory stays one inquiry's worth).
 */
let lastInquiry: { text: string; questions: readonly InquiryQuestion[] } | undefined;

function questionsOf(inquiryText: string): readonly InquiryQuestion[] {
  if (lastInquiry?.text !== inquiryText) lastInquiry = { text: inquiryText, questions: Object.freeze(findQuestions(inquiryText)) };
  return lastInquiry.questions;
}

/**
 * Each question with the rule (and so the sub-goal) that reports it when it is left open: the
 * first unanswered-question rule of the reply's language whose topics include it.
 */
function withRules(questions: AnsweredQuestion[], rules: readonly CompiledRule[]): AnsweredQuestion[] {
  return questions.map((question) => {
    const owner = rules.find(({ rule }) => {
      if (rule.kind !== 'detector') return false;
      if (rule.detector === 'unanswered-when') return question.topic === 'when';
      return rule.detector === 'unanswered-question' && topicsOf(rule.params ?? {}).includes(question.topic);
    });
    return owner ? { ...question, subgoal: owner.rule.subgoal, ruleId: owner.rule.id } : question;
  });
}

function logRuleError(ruleId: string, error: unknown) {
  // Never the text: only which rule failed and why.
  console.warn(`[svarhjelp] rule ${ruleId} failed: ${(error as Error)?.message ?? String(error)}`);
}

function runGuarded(state: RunState, compiledRule: CompiledRule, failedRules: string[]) {
  try {
    runRule(state, compiledRule);
  } catch (error) {
    failedRules.push(compiledRule.rule.id);
    logRuleError(compiledRule.rule.id, error);
  }
}

function inquiryMatches(kinds: readonly string[] | undefined, context: CheckContext): boolean {
  return !kinds || kinds.includes(context.inquiry?.kind ?? 'unknown');
}

/** Words looked up in the phrase index between two pauses. */
const WORDS_PER_STEP = 4_000;

function* matchPhrases(state: RunState, compiled: CompiledRuleSet, onlyRuleId: string | undefined): Generator<void, void, void> {
  const index = compiled.phraseIndex[state.language];
  if (index.size === 0) return;
  const { words } = state.analysis;
  const { text } = state;
  const ruleSetRules = compiled.ruleSet.rules;
  // Made once, not per word: this loop runs for every word of the reply.
  const applies = (candidate: PhraseEntry) => {
    const rule = ruleSetRules[candidate.ruleIndex]!;
    return (!onlyRuleId || rule.id === onlyRuleId) && (rule.kind !== 'existence' || inquiryMatches(rule.whenInquiry, state.context));
  };
  const buckets = phraseBucketsOf(index, state.analysis);
  let nextPause = WORDS_PER_STEP;
  for (let i = 0; i < words.length; i++) {
    if (i >= nextPause) {
      nextPause = i + WORDS_PER_STEP;
      yield;
    }
    const bucket = buckets[i];
    if (!bucket) continue;
    // The best phrase so far: its candidate, its end and its number of words after the first.
    let best: PhraseEntry | undefined;
    let bestEnd = 0;
    let bestLength = 0;
    // Longer phrases first: the longest match wins, the first of equally long ones.
    const second = words[i + 1];
    const longer = second && onlySpaces(text, words[i]!.end, second.start) ? bucket.bySecond.get(second.lower) : undefined;
    // Indexed loops: this is a generator, where V8 may not optimise an iterator's objects away.
    if (longer) {
      for (let c = 0; c < longer.length; c++) {
        const candidate = longer[c]!;
        if (best && candidate.rest.length <= bestLength) continue;
        if (!applies(candidate)) continue;
        let j = i + 1;
        let ok = true;
        for (let k = 1; k < candidate.rest.length; k++) {
          const a = words[j]!;
          const b = words[j + 1];
          if (!b || b.lower !== candidate.rest[k] || !onlySpaces(text, a.end, b.start)) {
            ok = false;
            break;
          }
          j++;
        }
        if (ok) {
          best = candidate;
          bestEnd = words[j]!.end;
          bestLength = candidate.rest.length;
        }
      }
    }
    if (!best)
      for (let c = 0; c < bucket.single.length; c++)
        if (applies(bucket.single[c]!)) {
          best = bucket.single[c]!;
          bestEnd = words[i]!.end;
          bestLength = 0;
          break;
        }
    if (!best) continue;
    const rule = ruleSetRules[best.ruleIndex]!;
    const start = words[i]!.start;
    let suggestions: string[] = [];
    if (rule.kind === 'substitution') suggestions = rule.entries[best.entryIndex]!.suggest[state.language] ?? [];
    else if (rule.kind === 'existence') suggestions = rule.suggest?.[state.language] ?? [];
    state.hits.push({ rule, start, end: bestEnd, suggestions: suggestionsInCaseOf(suggestions, text, start, bestEnd) });
    i += bestLength;
  }
}

/**
 * The phrase bucket of each token, if any. Each distinct word of the reply is looked up once (the
 * analysis's word index), its bucket noted at every place it stands: far fewer lookups than one
 * per token. A plain function, not part of the generator, so that V8 optimises the map's
 * iteration without an entry array per word.
 */
function phraseBucketsOf(index: ReadonlyMap<string, PhraseBucket>, analysis: TextAnalysis): Array<PhraseBucket | undefined> {
  const buckets = new Array<PhraseBucket | undefined>(analysis.words.length);
  wordIndex(analysis).forEach((positions, word) => {
    const bucket = index.get(word);
    if (bucket) for (let k = 0; k < positions.length; k++) buckets[positions[k]!] = bucket;
  });
  return buckets;
}

/** Whether text[from, to) is one or more spaces, tabs or no-break spaces (read in place: this runs per phrase candidate). */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

function runRule(state: RunState, compiledRule: CompiledRule) {
  const { rule } = compiledRule;
  switch (rule.kind) {
    case 'existence':
      return runExistence(state, compiledRule, rule);
    case 'required':
      return runRequired(state, compiledRule, rule);
    case 'metric':
      return runMetric(state, rule);
    case 'detector': {
      // Built by assignment, not by spreading optional parts in: a spread clones an object per rule on every check.
      const input: DetectorInput = {
        text: state.text,
        analysis: state.analysis,
        language: state.language,
        context: state.context,
        today: state.today,
        calendar: state.compiled.calendar,
        dates: state.dates,
        params: rule.params ?? {},
        models: state.compiled.models,
      };
      if (state.questions) input.questions = state.questions;
      if (compiledRule.detector!.runsLast) input.earlierHits = state.earlier ?? earlierHitsOf(state);
      const hits = compiledRule.detector!.detect(input);
      for (const hit of hits) {
        if (!(hit.start >= 0 && hit.end > hit.start && hit.end <= state.text.length)) continue;
        const h: Hit = { rule, start: hit.start, end: hit.end, suggestions: hit.suggestions ?? [] };
        if (hit.severity) h.severity = hit.severity;
        if (hit.vars) h.vars = hit.vars;
        if (hit.localVars) h.localVars = hit.localVars;
        state.hits.push(h);
      }
      return;
    }
    case 'substitution':
      return; // handled by matchPhrases
  }
}

/**
 * The hits so far as the `runsLast` detectors see them. A dozen such detectors run one after
 * another and the hits only grow between them, so each hit is described once (the described
 * list grows with them) and every detector gets its own copy of the list.
 */
function earlierHitsOf(state: RunState): EarlierHit[] {
  const described = (state.earlierDescribed ??= []);
  for (let i = described.length; i < state.hits.length; i++) {
    const h = state.hits[i]!;
    described.push({
      ruleId: h.rule.id,
      category: h.rule.category,
      start: h.start,
      end: h.end,
      severity: h.severity ?? h.rule.severity,
      kind: h.rule.kind,
      ...(h.rule.kind === 'detector' ? { detector: h.rule.detector } : {}),
    });
  }
  return described.slice();
}

function runExistence(state: RunState, compiledRule: CompiledRule, rule: ExistenceRule) {
  if (!inquiryMatches(rule.whenInquiry, state.context)) return;
  const { regexes } = compiledRule;
  // Indexed loops and no closures: this runs for each of a hundred-odd patterns on every check.
  for (let i = 0; i < regexes.length; i++) {
    const regex = regexes[i]!;
    const needs = compiledRule.firstWords?.[i];
    const sticky = compiledRule.stickyRegexes?.[i];
    if (needs && sticky) {
      // Every match starts where one of the pattern's first words starts (patternFirstWords), so
      // the pattern is tried there only, in text order (the words' start lists merged as they are
      // read), instead of at every character of the reply; a start inside an earlier match is
      // skipped, as a global scan would. Where the pattern's second word can be told by its first
      // letter (patternNextInitials), a first word followed by anything else is not tried.
      const index = wordStarts(state.analysis);
      const initials = compiledRule.nextInitials?.[i];
      const { text } = state;
      let only: readonly number[] | undefined;
      let onlyLength = 0;
      let lists: Array<readonly number[]> | undefined;
      let lengths: number[] | undefined;
      for (let w = 0; w < needs.length; w++) {
        const starts = index.get(needs[w]!);
        if (!starts) continue;
        if (!only) {
          only = starts;
          onlyLength = needs[w]!.length;
        } else {
          (lists ??= [only]).push(starts);
          (lengths ??= [onlyLength]).push(needs[w]!.length);
        }
      }
      if (!only) continue;
      if (!lists) {
        // One of the first words is in the text (most patterns have one, or find one): its starts in order.
        let from = 0;
        for (let k = 0; k < only.length; k++) {
          const start = only[k]!;
          if (start < from || (initials && !nextWordMayStart(text, start + onlyLength, initials))) continue;
          const end = tryAt(state, rule, sticky, start);
          if (end >= 0) from = end;
        }
        continue;
      }
      const heads = lists.map(() => 0);
      let from = 0;
      for (;;) {
        let pick = -1;
        for (let k = 0; k < lists.length; k++) if (heads[k]! < lists[k]!.length && (pick < 0 || lists[k]![heads[k]!]! < lists[pick]![heads[pick]!]!)) pick = k;
        if (pick < 0) break;
        const start = lists[pick]![heads[pick]!++]!;
        if (start < from || (initials && !nextWordMayStart(text, start + lengths![pick]!, initials))) continue;
        const end = tryAt(state, rule, sticky, start);
        if (end >= 0) from = end;
      }
      continue;
    }
    regex.lastIndex = 0;
    for (let m = regex.exec(state.text); m !== null; m = regex.exec(state.text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      pushExistenceHit(state, rule, m.index, m[0]);
    }
  }
}

/**
 * Whether a pattern whose first word ends at `end` may match: a space there, then a letter that is
 * (in any case) one of the second word's `initials`. A character beyond Latin-1 after the space
 * is left to the pattern itself (case-insensitively «ſ» is an "s", «K» a "k").
 */
function nextWordMayStart(text: string, end: number, initials: string): boolean {
  if (text.charCodeAt(end) !== 0x20) return false;
  let c = text.charCodeAt(end + 1);
  if (Number.isNaN(c)) return false;
  if (c > 0xff) return true;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) c += 0x20;
  return initials.includes(String.fromCharCode(c));
}

/** The sticky pattern tried at `start`: the end of its (non-empty) match, reported, or -1. */
function tryAt(state: RunState, rule: ExistenceRule, sticky: RegExp, start: number): number {
  sticky.lastIndex = start;
  const m = sticky.exec(state.text);
  if (!m || m[0].length === 0) return -1;
  pushExistenceHit(state, rule, start, m[0]);
  return start + m[0].length;
}

function pushExistenceHit(state: RunState, rule: ExistenceRule, start: number, matched: string) {
  const end = start + matched.length;
  state.hits.push({ rule, start, end, suggestions: suggestionsInCaseOf(rule.suggest?.[state.language] ?? [], state.text, start, end) });
}

function spanFor(state: RunState, span: RequiredRule['span']): Line | undefined {
  if (span === 'first-line') return openingLine(state.analysis);
  if (span === 'last-line') return lastNonEmptyLines(state.analysis, 1)[0];
  const sentence = state.analysis.sentences[0];
  return sentence ? { start: sentence.start, end: sentence.end } : undefined;
}

function runRequired(state: RunState, compiledRule: CompiledRule, rule: RequiredRule) {
  if (!inquiryMatches(rule.whenInquiry, state.context)) return;
  if (state.metrics.words < Math.max(1, rule.minWords ?? 0)) return;
  let region: string;
  if (rule.where === 'first-line') {
    const line = openingLine(state.analysis);
    region = line ? state.text.slice(line.start, line.end) : '';
  } else if (rule.where === 'last-lines') {
    const lines = lastNonEmptyLines(state.analysis, 3);
    region = lines.length ? state.text.slice(lines[0]!.start, lines[lines.length - 1]!.end) : '';
  } else region = state.text;
  for (const regex of compiledRule.regexes) {
    regex.lastIndex = 0;
    if (regex.test(region)) return;
  }
  const line = spanFor(state, rule.span);
  if (!line) return;
  const suggestions = rule.suggest?.[state.language] ?? [];
  state.hits.push({ rule, start: line.start, end: line.end, suggestions });
}

function runMetric(state: RunState, rule: MetricRule) {
  const { metrics, analysis } = state;
  if (metrics.words < (rule.minWords ?? 0)) return;
  if (rule.metric === 'lix') {
    if (metrics.lix <= rule.max) return;
    let longest = analysis.sentences[0];
    for (const s of analysis.sentences) if (longest && s.wordCount > longest.wordCount) longest = s;
    if (!longest) return;
    state.hits.push({ rule, start: longest.start, end: longest.end, suggestions: [], vars: { value: String(Math.round(metrics.lix)), max: String(rule.max) } });
    return;
  }
  for (const s of analysis.sentences) {
    if (s.wordCount <= rule.max) continue;
    // A long sentence of short words («Ring legevakta på 116 117 dersom barnet …») reads more easily
    // than its length says: with minSentenceLix, only one that is also heavy by LIX is reported.
    if (rule.minSentenceLix !== undefined && sentenceLix(analysis, s) <= rule.minSentenceLix) continue;
    state.hits.push({ rule, start: s.start, end: s.end, suggestions: [], vars: { count: String(s.wordCount), max: String(rule.max) } });
  }
}

/**
 * The case of the replaced text, except that a suggestion naming a date takes at most a capital
 * first letter: upper-casing «by {deadline}» would break the placeholder, and an all-capital
 * original is an acronym («We will reply ASAP»), not the start of a sentence.
 */
function suggestionsInCaseOf(suggestions: readonly string[], text: string, start: number, end: number): string[] {
  // The replaced text's case is read once for all the suggestions.
  const shape = caseShapeOf(text, start, end);
  return suggestions.map((suggestion) => {
    if (!mentionsDatePlaceholder(suggestion)) return withCase(suggestion, shape);
    // In Latin-1 text a capital first letter is exactly the shape 'capital'; beyond it (letters
    // outside the Basic Multilingual Plane) the first UTF-16 unit decides, as it always has.
    if (isLatin1(text, start, end)) return withCase(suggestion, shape === 'capital' ? 'capital' : 'own');
    const letters = text.slice(start, end).replace(/[^\p{L}]/gu, '');
    const capitalised = letters.length > 0 && letters[0] !== letters[0]!.toLowerCase() && (letters.length === 1 || letters !== letters.toUpperCase());
    return withCase(suggestion, capitalised ? 'capital' : 'own');
  });
}

function isLatin1(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}
