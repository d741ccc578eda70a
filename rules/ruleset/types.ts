// The rule-set document managers publish (DESIGN.md §3). Data only: no code in a rule set runs.
// The types are what the valibot schema (schema.ts) accepts, inferred from it, so the document's
// shape is written once; the field-by-field explanation is in the schema.
import type * as v from 'valibot';
import type { EXAMPLE, LOCALIZED, RULE, RULE_SET_SCHEMA, TEMPLATE } from './schema.ts';

/** Text in the UI languages; nb is required, nn and en fall back to nb. */
export type LocalizedText = v.InferOutput<typeof LOCALIZED>;

/**
 * An example the rule must handle. In `bad` examples the expected span is marked with [[ ]]:
 * "Vi skriver [[vedrørende]] saken." A bad example may give the first expected suggestion.
 */
export type RuleExample = v.InferOutput<typeof EXAMPLE>;

export type Rule = v.InferOutput<typeof RULE>;
/** Whole-word phrases with plain alternatives, per reply language (a nynorsk reply only gets nynorsk suggestions). */
export type SubstitutionRule = Extract<Rule, { kind: 'substitution' }>;
/** Flags every match of one of the patterns (regular expressions, checked for catastrophic backtracking). */
export type ExistenceRule = Extract<Rule, { kind: 'existence' }>;
/** Something the reply must contain; the finding points at `span` when it is missing. */
export type RequiredRule = Extract<Rule, { kind: 'required' }>;
/** A measured value above a threshold. */
export type MetricRule = Extract<Rule, { kind: 'metric' }>;
/** A named built-in detector with parameters (national ids, account numbers, passive voice …). */
export type DetectorRule = Extract<Rule, { kind: 'detector' }>;

type RuleSetShape = v.InferOutput<typeof RULE_SET_SCHEMA>;
export type ChecklistItem = RuleSetShape['checklist'][number];
export type DeadlinePolicy = RuleSetShape['deadlinePolicies'][number];

/**
 * A standard answer (svarmal): the same words for the same situation, in every language staff
 * answer in. The schema leaves each language optional so that a missing one is reported by name;
 * a set is accepted only with all three (rules/templates/validate.ts), which is what this type says.
 */
export type ReplyTemplate = Omit<v.InferOutput<typeof TEMPLATE>, 'title' | 'text'> & {
  title: Required<LocalizedText>;
  text: Required<LocalizedText>;
};

export type RuleSet = Omit<RuleSetShape, 'templates'> & {
  /** Standard answers (svarmaler), published and signed with the rules. */
  templates?: ReplyTemplate[];
};
