// The rule-set document managers publish (DESIGN.md §3). Data only: no code in a rule set runs.
import type { SentenceModelData } from '../tone/model.ts';
import type { Category, RuleLanguage, Severity, SubgoalId, ValueId } from '../ids.ts';
import type { InquiryKind } from '../types.ts';

/** Text in the UI languages; nb is required, nn and en fall back to nb. */
export interface LocalizedText {
  nb: string;
  nn?: string;
  en?: string;
}

/**
 * An example the rule must handle. In `bad` examples the expected span is marked with [[ ]]:
 * "Vi skriver [[vedrørende]] saken." A bad example may give the first expected suggestion.
 */
export type RuleExample =
  | string
  | {
      text: string;
      suggestion?: string;
      /** Reply language to check the example in (default: the rule's first language). */
      language?: RuleLanguage;
      inquiry?: { text?: string; kind?: InquiryKind; senderName?: string; senderEmail?: string; receivedAt?: string };
      /** Addresses the reply goes to (the page's To field). */
      recipients?: string[];
      now?: string;
    };

export interface RuleExamples {
  bad: RuleExample[];
  good: RuleExample[];
}

interface RuleBase {
  /** Dotted id; the first segment names the family, e.g. "klarsprak.vedrorende". */
  id: string;
  category: Category;
  subgoal: SubgoalId;
  severity: Severity;
  /** Reply languages the rule applies to. */
  languages: RuleLanguage[];
  message: LocalizedText;
  advice?: LocalizedText;
  /**
   * Working days from today that {deadline} and {workingDaysAhead} stand for when the inquiry's own
   * answer deadline is unknown or already passed (default 5). A manager tunes it per rule.
   */
  promiseWorkingDays?: number;
  /** Off by default when false; units can switch rules off in an overlay. */
  enabled?: boolean;
  examples: RuleExamples;
}

/** Whole-word phrases with plain alternatives, per reply language (a nynorsk reply only gets nynorsk suggestions). */
export interface SubstitutionRule extends RuleBase {
  kind: 'substitution';
  entries: Array<{
    /** Words or phrases, matched case-insensitively on whole words. "{x}" in message is replaced by the match. */
    match: string[];
    suggest: Partial<Record<RuleLanguage, string[]>>;
  }>;
}

/** Flags every match of one of the patterns (regular expressions, checked for catastrophic backtracking). */
export interface ExistenceRule extends RuleBase {
  kind: 'existence';
  /** Whole words or phrases, case-insensitive. */
  words?: string[];
  /** Regular expression sources, compiled with the flags "giu" unless `caseSensitive`. */
  patterns?: string[];
  caseSensitive?: boolean;
  /** Suggestions for every match (may be empty). */
  suggest?: Partial<Record<RuleLanguage, string[]>>;
  /** Only when the inquiry is of one of these kinds. */
  whenInquiry?: InquiryKind[];
}

/** Something the reply must contain; the finding points at `span` when it is missing. */
export interface RequiredRule extends RuleBase {
  kind: 'required';
  /** Regular expression sources; one match anywhere in `where` satisfies the rule. */
  anyOf: string[];
  where: 'first-line' | 'last-lines' | 'anywhere';
  /** Where the finding points when the element is missing. */
  span: 'first-line' | 'last-line' | 'first-sentence';
  /** Only when the inquiry is of one of these kinds. */
  whenInquiry?: InquiryKind[];
  /** Only when the reply has at least this many words (short notes need no greeting). */
  minWords?: number;
  suggest?: Partial<Record<RuleLanguage, string[]>>;
}

/** A measured value above a threshold. */
export interface MetricRule extends RuleBase {
  kind: 'metric';
  metric: 'lix' | 'sentence-words';
  max: number;
  /** Only when the reply has at least this many words (LIX on three words means nothing). */
  minWords?: number;
}

/** A named built-in detector with parameters (national ids, account numbers, passive voice …). */
export interface DetectorRule extends RuleBase {
  kind: 'detector';
  detector: string;
  params?: Record<string, unknown>;
}

export type Rule = SubstitutionRule | ExistenceRule | RequiredRule | MetricRule | DetectorRule;
export type RuleKind = Rule['kind'];

export interface ChecklistItem {
  id: string;
  subgoal: SubgoalId;
  label: LocalizedText;
  /** How the item ticks itself: from the engine's result, or only by hand. */
  auto?:
    | { kind: 'no-findings'; rules: string[] }
    | { kind: 'no-findings-in-category'; category: Category }
    | { kind: 'metric-at-most'; metric: 'lix'; max: number }
    | { kind: 'has-date' }
    | { kind: 'matches'; patterns: string[] };
  /** Only shown for these inquiry kinds. */
  whenInquiry?: InquiryKind[];
}

export interface DeadlinePolicy {
  id: string;
  label: LocalizedText;
  /** Which inquiries it applies to. */
  appliesTo: InquiryKind[];
  /** The answer is due this many working days (arbeidsdager) after receipt … */
  workingDays?: number;
  /** … or this many calendar months after receipt (fvl § 11 a: foreløpig svar after one month). */
  months?: number;
  legalReference?: string;
  advice?: LocalizedText;
  /**
   * What is due by the date: the answer itself (default) or, with 'interim-reply', a foreløpig
   * svar (fvl § 11 a) — the panel then reminds the user to send one.
   */
  purpose?: 'answer' | 'interim-reply';
}

/**
 * A standard answer (svarmal): the same words for the same situation, in every language staff
 * answer in. Placeholders such as {citizenName} are filled from what Svarhjelp knows about the
 * inquiry (rules/templates/placeholders.ts); an unknown one is refused when the set is accepted.
 */
export interface ReplyTemplate {
  id: string;
  title: Required<LocalizedText>;
  text: Required<LocalizedText>;
  /** Inquiry kinds the answer is written for; the panel suggests it for these. */
  kinds: InquiryKind[];
  /** Sub-goals of the standard the answer serves. */
  subgoals: SubgoalId[];
  /** Extra search words (nb, nn or en) besides the title and text. */
  keywords?: string[];
}

export interface RuleSet {
  schemaVersion: 1;
  id: string;
  name: string;
  /** Semantic version "MAJOR.MINOR.PATCH"; an installation refuses to go backwards. */
  version: string;
  /** A unit's merged set (id "standard+unit"): the standard and version it was merged from. */
  basedOn?: { id: string; version: string };
  publisher: string;
  /** ISO date-time. */
  publishedAt: string;
  description?: string;
  labels: {
    values: Record<ValueId, LocalizedText>;
    subgoals: Record<SubgoalId, LocalizedText>;
  };
  rules: Rule[];
  checklist: ChecklistItem[];
  deadlinePolicies: DeadlinePolicy[];
  calendar?: {
    /** YYYY-MM-DD days the office is closed besides weekends and public holidays (e.g. julaften). */
    extraClosedDays?: string[];
    /** MM-DD days closed every year. */
    closedEveryYear?: string[];
  };
  snippets?: Array<{ id: string; label: LocalizedText; text: LocalizedText }>;
  /** Standard answers (svarmaler), published and signed with the rules. */
  templates?: ReplyTemplate[];
  /** Sentence classifiers as data (weights, thresholds), used by detectors such as `tone-model`. */
  models?: SentenceModelData[];
}
