// Turns a validated rule set into fast matchers, once. Phrase lists become a first-word index
// over the token stream (one hash lookup per word); patterns become RegExps; detectors are
// looked up by name and their params checked. Every problem is reported, not just the first.
import { RULE_LANGUAGES, type RuleLanguage } from '../ids.ts';
import { createCalendar, type WorkingCalendar } from '../calendar/calendar.ts';
import { DETECTORS_BY_ID } from '../detectors/index.ts';
import type { Detector } from '../detectors/types.ts';
import { validateRuleSetShape, type SchemaIssue } from '../ruleset/schema.ts';
import type { Rule, RuleSet } from '../ruleset/types.ts';
import { tokenize } from '../text/analysis.ts';
import { patternFirstWords, patternNextInitials } from './pattern-first-words.ts';
import { fastWordStartSource } from './word-start.ts';
import { unsafeRegex } from './regex-safety.ts';
import { decodeModel, type DecodedModel, type SentenceModelData } from '../tone/model.ts';

export class RuleSetError extends Error {
  readonly issues: SchemaIssue[];
  constructor(problems: SchemaIssue[]) {
    super(
      `Regelsettet er ugyldig: ${problems.length} feil. ${problems
        .slice(0, 3)
        .map((i) => `${i.path}: ${i.message}`)
        .join('; ')}`,
    );
    this.name = 'RuleSetError';
    this.issues = problems;
  }
}

export interface PhraseEntry {
  /** Lower-case tokens of the phrase after the first. */
  rest: string[];
  ruleIndex: number;
  /** Index into the substitution rule's entries (-1 for existence words). */
  entryIndex: number;
}

/**
 * The phrases that start with one word: the one-word phrases, and the longer ones by their second
 * word, so a common first word («du», «om») costs one more lookup instead of a test of every
 * phrase it starts. Each list keeps the rule set's order (the first of equally long matches wins).
 */
export interface PhraseBucket {
  single: PhraseEntry[];
  bySecond: Map<string, PhraseEntry[]>;
}

export interface CompiledRule {
  rule: Rule;
  index: number;
  regexes: RegExp[];
  /** Per regex of an existence rule: words one of which the text must hold for it to match (patternFirstWords). */
  firstWords?: Array<readonly string[] | undefined>;
  /** Per regex with first words: the same pattern sticky, tried only where one of those words starts. */
  stickyRegexes?: Array<RegExp | undefined>;
  /** Per regex with first words: the initials of the word after the first, when it can be told (patternNextInitials). */
  nextInitials?: Array<string | undefined>;
  detector?: Detector;
}

export interface CompiledRuleSet {
  ruleSet: RuleSet;
  rules: CompiledRule[];
  /** Per reply language: first word (lower case) → candidate phrases. */
  phraseIndex: Record<RuleLanguage, Map<string, PhraseBucket>>;
  /** Per reply language: rules that are not pure phrase lists. */
  scanRules: Record<RuleLanguage, CompiledRule[]>;
  /** Public holidays plus the set's own closing days; shared by date detectors and deadlines. */
  calendar: WorkingCalendar;
  /** The set's sentence models by id, decoded once. */
  models: ReadonlyMap<string, DecodedModel>;
}

export interface CompileOptions {
  /** Prove every regex free of catastrophic backtracking (slow: for sets from outside the bundle). */
  checkRegexSafety?: boolean;
  /** Patterns already proven safe (regex-safety.ts): not analysed again. */
  provenSafePatterns?: ReadonlySet<string>;
  /**
   * The document is the bundled standard: its shape is proved by its own tests
   * (rules/standard/standard.test.ts compiles it with every check), so the schema pass, a fifth
   * of the compile the worker does at each of its starts, is skipped. Never for outside sets.
   */
  bundled?: boolean;
}

/** Words of plain letters separated by single spaces: most phrases, tokenized by a split. */
const PLAIN_PHRASE = /^[A-Za-zÀ-ÖØ-öø-ÿ]+(?: [A-Za-zÀ-ÖØ-öø-ÿ]+)*$/;

export function phraseTokens(phrase: string): string[] {
  // The tokenizer gives exactly these words for such a phrase (compile.test.ts compares them).
  if (PLAIN_PHRASE.test(phrase)) return phrase.toLowerCase().split(' ');
  return tokenize(phrase).map((t) => t.lower);
}

/** Validates (schema and semantics) and compiles; throws RuleSetError listing every problem. */
export function compileRuleSet(input: unknown, options: CompileOptions = {}): CompiledRuleSet {
  let ruleSet: RuleSet;
  if (options.bundled) ruleSet = input as RuleSet;
  else {
    const shape = validateRuleSetShape(input);
    if (!shape.ok) throw new RuleSetError(shape.issues);
    ruleSet = shape.ruleSet;
  }
  const problems: SchemaIssue[] = [];
  const seen = new Set<string>();
  const rules: CompiledRule[] = [];
  const phraseIndex = Object.fromEntries(RULE_LANGUAGES.map((l) => [l, new Map<string, PhraseBucket>()])) as CompiledRuleSet['phraseIndex'];
  const scanRules = Object.fromEntries(RULE_LANGUAGES.map((l) => [l, [] as CompiledRule[]])) as CompiledRuleSet['scanRules'];
  const models = decodeModels(ruleSet.models ?? [], problems);

  // A phrase listed for three languages is tokenized once.
  const tokenized = new Map<string, string[]>();
  const addPhrase = (language: RuleLanguage, phrase: string, entry: Omit<PhraseEntry, 'rest'>, path: string) => {
    let tokens = tokenized.get(phrase);
    if (!tokens) tokenized.set(phrase, (tokens = phraseTokens(phrase)));
    if (tokens.length === 0) {
      problems.push({ path, message: `«${phrase}» has no words`, code: 'phrase-without-words', data: { phrase } });
      return;
    }
    const map = phraseIndex[language];
    let bucket = map.get(tokens[0]!);
    if (!bucket) map.set(tokens[0]!, (bucket = { single: [], bySecond: new Map() }));
    const phraseEntry = { ...entry, rest: tokens.slice(1) };
    if (tokens.length === 1) bucket.single.push(phraseEntry);
    else {
      const list = bucket.bySecond.get(tokens[1]!);
      if (list) list.push(phraseEntry);
      else bucket.bySecond.set(tokens[1]!, [phraseEntry]);
    }
  };

  ruleSet.rules.forEach((rule, index) => {
    const path = `rules[${index}]`;
    if (seen.has(rule.id)) problems.push({ path: `${path}.id`, message: `duplicate rule id «${rule.id}»`, code: 'duplicate-rule-id', data: { id: rule.id } });
    seen.add(rule.id);
    const compiled: CompiledRule = { rule, index, regexes: [] };
    const sources = rule.kind === 'existence' ? (rule.patterns ?? []) : rule.kind === 'required' ? rule.anyOf : [];
    const flags = rule.kind === 'existence' && rule.caseSensitive ? 'gu' : 'giu';
    sources.forEach((source, i) => {
      const at = `${path}.${rule.kind === 'required' ? 'anyOf' : 'patterns'}[${i}]`;
      try {
        // The word-start lookbehinds in the form V8 tests fast on a two-byte reply (word-start.ts):
        // the same matches. The source as written is what the first words and the safety proof read.
        const matched = fastWordStartSource(source);
        compiled.regexes.push(new RegExp(matched, flags));
        if (rule.kind === 'existence') {
          const firstWords = patternFirstWords(source);
          (compiled.firstWords ??= []).push(firstWords);
          (compiled.stickyRegexes ??= []).push(firstWords ? new RegExp(matched, flags.replace('g', 'y')) : undefined);
          (compiled.nextInitials ??= []).push(firstWords ? patternNextInitials(source) : undefined);
        }
      } catch (error) {
        problems.push({
          path: at,
          message: `invalid regular expression: ${(error as Error).message}`,
          code: 'invalid-regex',
          data: { detail: (error as Error).message },
        });
        return;
      }
      if (options.checkRegexSafety) {
        const unsafe = unsafeRegex(source, options.provenSafePatterns);
        if (unsafe)
          problems.push({ path: at, message: `unsafe regular expression: ${unsafe.reason}`, code: unsafe.code, ...(unsafe.data ? { data: unsafe.data } : {}) });
      }
    });
    if (rule.kind === 'detector') {
      const detector = DETECTORS_BY_ID.get(rule.detector);
      if (!detector)
        problems.push({ path: `${path}.detector`, message: `unknown detector «${rule.detector}»`, code: 'unknown-detector', data: { id: rule.detector } });
      else {
        try {
          detector.parseParams?.(rule.params ?? {}, models);
          compiled.detector = detector;
        } catch (error) {
          problems.push({ path: `${path}.params`, message: (error as Error).message });
        }
      }
    }
    if (rule.enabled === false) return;
    rules.push(compiled);
    for (const language of rule.languages) {
      if (rule.kind === 'substitution') {
        // An entry applies to a language only if it names suggestions for it (possibly none: "cut it").
        // So a word that is fine in bokmål but not in nynorsk is data, and a nynorsk reply never
        // gets a bokmål suggestion.
        rule.entries.forEach((entry, entryIndex) => {
          if (entry.suggest[language] === undefined) return;
          entry.match.forEach((phrase) => addPhrase(language, phrase, { ruleIndex: index, entryIndex }, `${path}.entries[${entryIndex}]`));
        });
      } else if (rule.kind === 'existence' && rule.words?.length) {
        rule.words.forEach((phrase) => addPhrase(language, phrase, { ruleIndex: index, entryIndex: -1 }, `${path}.words`));
        if (compiled.regexes.length > 0) scanRules[language].push(compiled);
      } else {
        scanRules[language].push(compiled);
      }
    }
  });
  checkChecklist(ruleSet, seen, problems);
  let calendar: WorkingCalendar | undefined;
  try {
    calendar = createCalendar(ruleSet.calendar ?? {});
  } catch (error) {
    problems.push({ path: 'calendar', message: (error as Error).message });
  }
  if (problems.length > 0 || !calendar) throw new RuleSetError(problems);
  return { ruleSet, rules, phraseIndex, scanRules, calendar, models };
}

// Decoding unpacks a few hundred KB; the example runner and the options page compile the same
// document more than once.
const decoded = new WeakMap<SentenceModelData, DecodedModel>();

function decodeModels(list: readonly SentenceModelData[], problems: SchemaIssue[]): Map<string, DecodedModel> {
  const models = new Map<string, DecodedModel>();
  list.forEach((data, i) => {
    if (models.has(data.id))
      return void problems.push({ path: `models[${i}].id`, message: `duplicate model id «${data.id}»`, code: 'duplicate-model-id', data: { id: data.id } });
    try {
      const model = decoded.get(data) ?? decodeModel(data);
      decoded.set(data, model);
      models.set(data.id, model);
    } catch (error) {
      problems.push({ path: `models[${i}]`, message: (error as Error).message });
    }
  });
  return models;
}

function checkChecklist(ruleSet: RuleSet, ruleIds: Set<string>, problems: SchemaIssue[]) {
  const ids = new Set<string>();
  ruleSet.checklist.forEach((item, i) => {
    if (ids.has(item.id))
      problems.push({ path: `checklist[${i}].id`, message: `duplicate checklist id «${item.id}»`, code: 'duplicate-checklist-id', data: { id: item.id } });
    ids.add(item.id);
    if (item.auto?.kind === 'no-findings') {
      for (const id of item.auto.rules)
        if (!ruleIds.has(id)) problems.push({ path: `checklist[${i}].auto.rules`, message: `unknown rule «${id}»`, code: 'unknown-rule', data: { id } });
    }
    if (item.auto?.kind === 'matches') {
      item.auto.patterns.forEach((p, j) => {
        try {
          new RegExp(p, 'iu');
        } catch (error) {
          problems.push({
            path: `checklist[${i}].auto.patterns[${j}]`,
            message: `invalid regular expression: ${(error as Error).message}`,
            code: 'invalid-regex',
            data: { detail: (error as Error).message },
          });
        }
      });
    }
  });
  ruleSet.deadlinePolicies.forEach((p, i) => {
    if ((p.workingDays === undefined) === (p.months === undefined))
      problems.push({ path: `deadlinePolicies[${i}]`, message: 'give exactly one of workingDays or months', code: 'deadline-period' });
  });
}
