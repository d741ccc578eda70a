// Valibot schema of the rule-set document (types.ts). Valibot builds no code at run time, so it
// runs under MV3's CSP in the service worker as well as in the CLI.
import * as v from 'valibot';
import { CATEGORIES, INQUIRY_KINDS, RULE_LANGUAGES, SEVERITIES, SUBGOAL_IDS, VALUE_IDS } from '../ids.ts';
import type { RuleSet } from './types.ts';
import type { ProblemCode, ProblemData } from './problems.ts';
import { MAX_HASH_BITS, MIN_HASH_BITS, MODEL_KIND } from '../tone/model.ts';

/**
 * The schema's own messages (English, for the CLI's RuleSetError), keyed by the problem code each
 * stands for (problems.ts): a reworded message keeps its code, so its translations stay.
 */
export const CUSTOM_MESSAGES = {
  'id-format': 'must be lower-case letters, digits, ".", "_" or "-" (max 80)',
  'id-unit-format': 'must be lower-case letters, digits, ".", "_" or "-" (max 80), optionally "+unit"',
  'version-format': 'must be MAJOR.MINOR.PATCH',
  'date-format': 'must be YYYY-MM-DD',
  'day-format': 'must be MM-DD',
  'datetime-format': 'must be an ISO date-time, e.g. 2026-11-23T10:00:00Z',
  base64: 'must be base64',
  'needs-bad-example': 'every rule needs examples that must trigger it',
  'needs-good-example': 'every rule needs examples that must not trigger it',
} as const;

/** An id of a set, a unit, a rule or a policy (the overlay format of layering.ts uses it too). */
export const ID = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, CUSTOM_MESSAGES['id-format']));
/** A set's id: a standard's id, or "standard+unit" for a unit's merged set (layering.ts). */
const SET_ID = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]{0,79}(?:\+[a-z0-9][a-z0-9._-]{0,79})?$/, CUSTOM_MESSAGES['id-unit-format']));
const VERSION = v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, CUSTOM_MESSAGES['version-format']));
const TEXT = v.pipe(v.string(), v.minLength(1), v.maxLength(4000));
export const LOCALIZED = v.strictObject({ nb: TEXT, nn: v.optional(TEXT), en: v.optional(TEXT) });
const PATTERN = v.pipe(v.string(), v.minLength(1), v.maxLength(500));
const LANGS = v.pipe(v.array(v.picklist(RULE_LANGUAGES)), v.minLength(1));
const SUGGEST = v.optional(v.record(v.picklist(RULE_LANGUAGES), v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(10))));
const YMD = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, CUSTOM_MESSAGES['date-format']));
const INQUIRY_KIND_LIST = v.optional(v.array(v.picklist(INQUIRY_KINDS)));

export const EXAMPLE = v.union([
  v.pipe(v.string(), v.minLength(1), v.maxLength(5000)),
  v.strictObject({
    text: v.pipe(v.string(), v.minLength(1), v.maxLength(5000)),
    suggestion: v.optional(v.string()),
    language: v.optional(v.picklist(RULE_LANGUAGES)),
    inquiry: v.optional(
      v.strictObject({
        text: v.optional(v.string()),
        kind: v.optional(v.picklist(INQUIRY_KINDS)),
        senderName: v.optional(v.string()),
        senderEmail: v.optional(v.string()),
        receivedAt: v.optional(v.string()),
      }),
    ),
    recipients: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(320))), v.maxLength(20))),
    now: v.optional(v.string()),
  }),
]);

const BASE = {
  id: ID,
  category: v.picklist(CATEGORIES),
  subgoal: v.picklist(SUBGOAL_IDS),
  severity: v.picklist(SEVERITIES),
  languages: LANGS,
  message: LOCALIZED,
  advice: v.optional(LOCALIZED),
  promiseWorkingDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60))),
  enabled: v.optional(v.boolean()),
  examples: v.strictObject({
    bad: v.pipe(v.array(EXAMPLE), v.minLength(1, CUSTOM_MESSAGES['needs-bad-example']), v.maxLength(50)),
    good: v.pipe(v.array(EXAMPLE), v.minLength(1, CUSTOM_MESSAGES['needs-good-example']), v.maxLength(50)),
  }),
};

export const RULE = v.variant('kind', [
  v.strictObject({
    ...BASE,
    kind: v.literal('substitution'),
    entries: v.pipe(
      v.array(
        v.strictObject({
          match: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(100))), v.minLength(1)),
          suggest: v.record(v.picklist(RULE_LANGUAGES), v.array(v.pipe(v.string(), v.maxLength(200)))),
        }),
      ),
      v.minLength(1),
      v.maxLength(2000),
    ),
  }),
  v.strictObject({
    ...BASE,
    kind: v.literal('existence'),
    words: v.optional(v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(100))), v.maxLength(2000))),
    patterns: v.optional(v.pipe(v.array(PATTERN), v.maxLength(100))),
    caseSensitive: v.optional(v.boolean()),
    suggest: SUGGEST,
    whenInquiry: INQUIRY_KIND_LIST,
  }),
  v.strictObject({
    ...BASE,
    kind: v.literal('required'),
    anyOf: v.pipe(v.array(PATTERN), v.minLength(1), v.maxLength(100)),
    where: v.picklist(['first-line', 'last-lines', 'anywhere']),
    span: v.picklist(['first-line', 'last-line', 'first-sentence']),
    whenInquiry: INQUIRY_KIND_LIST,
    minWords: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    suggest: SUGGEST,
  }),
  v.strictObject({
    ...BASE,
    kind: v.literal('metric'),
    metric: v.picklist(['lix', 'sentence-words']),
    max: v.pipe(v.number(), v.minValue(1), v.maxValue(1000)),
    minWords: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    /** sentence-words: report a long sentence only when its own LIX is above this (plain long sentences pass). */
    minSentenceLix: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(200))),
  }),
  v.strictObject({
    ...BASE,
    kind: v.literal('detector'),
    detector: ID,
    params: v.optional(v.record(v.string(), v.unknown())),
  }),
]);

export const AUTO = v.variant('kind', [
  v.strictObject({ kind: v.literal('no-findings'), rules: v.array(ID) }),
  v.strictObject({ kind: v.literal('no-findings-in-category'), category: v.picklist(CATEGORIES) }),
  v.strictObject({ kind: v.literal('metric-at-most'), metric: v.literal('lix'), max: v.number() }),
  v.strictObject({ kind: v.literal('has-date') }),
  v.strictObject({ kind: v.literal('matches'), patterns: v.pipe(v.array(PATTERN), v.minLength(1)) }),
]);

const FIGURE = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const COUNT = v.pipe(v.number(), v.integer(), v.minValue(0));
const LABEL_FIGURES = v.strictObject({ precision: FIGURE, recall: FIGURE, support: COUNT, flagged: COUNT });
const FINITE = v.pipe(v.number(), v.finite());
/** Largest stored model: 500 KB of JSON, nearly all of it the base64 weights. */
export const MAX_MODEL_WEIGHTS_CHARS = 500_000;

// A sentence classifier's weights as data (rules/tone/model.ts). Only numbers and a base64 string:
// nothing in it can run. decodeModel checks the bytes when the set is compiled.
const MODEL = v.strictObject({
  id: ID,
  kind: v.literal(MODEL_KIND),
  hashBits: v.pipe(v.number(), v.integer(), v.minValue(MIN_HASH_BITS), v.maxValue(MAX_HASH_BITS)),
  labels: v.pipe(v.array(ID), v.minLength(1), v.maxLength(20)),
  bias: v.pipe(v.array(FINITE), v.maxLength(20)),
  scale: v.pipe(v.array(v.pipe(FINITE, v.minValue(0))), v.maxLength(20)),
  threshold: v.pipe(v.array(FINITE), v.maxLength(20)),
  weights: v.pipe(v.string(), v.maxLength(MAX_MODEL_WEIGHTS_CHARS), v.regex(/^[A-Za-z0-9+/]*={0,2}$/, CUSTOM_MESSAGES.base64)),
  evaluation: v.optional(
    v.strictObject({
      split: v.pipe(v.string(), v.maxLength(100)),
      sentences: COUNT,
      labels: v.record(v.pipe(v.string(), v.maxLength(80)), v.record(v.picklist(['all', ...RULE_LANGUAGES]), LABEL_FIGURES)),
      falseAlarmsPerThousandOk: v.pipe(v.number(), v.minValue(0), v.maxValue(1000)),
    }),
  ),
  training: v.optional(v.strictObject({ sentences: COUNT, seed: COUNT, note: v.optional(v.pipe(v.string(), v.maxLength(1000))) })),
});

// Every language variant is optional here so that a missing one is reported by name
// (rules/templates/validate.ts) rather than as a bare schema error.
const TEMPLATE_TEXT = v.pipe(v.string(), v.minLength(1), v.maxLength(8000));
export const TEMPLATE = v.strictObject({
  id: ID,
  title: v.strictObject({ nb: v.optional(TEXT), nn: v.optional(TEXT), en: v.optional(TEXT) }),
  text: v.strictObject({ nb: v.optional(TEMPLATE_TEXT), nn: v.optional(TEMPLATE_TEXT), en: v.optional(TEMPLATE_TEXT) }),
  kinds: v.pipe(v.array(v.picklist(INQUIRY_KINDS)), v.maxLength(6)),
  subgoals: v.pipe(v.array(v.picklist(SUBGOAL_IDS)), v.minLength(1), v.maxLength(11)),
  keywords: v.optional(v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(60))), v.maxLength(30))),
});

function recordOf<K extends string>(keys: readonly K[]) {
  return v.strictObject(Object.fromEntries(keys.map((k) => [k, LOCALIZED])) as Record<K, typeof LOCALIZED>);
}

export const RULE_SET_SCHEMA = v.strictObject({
  schemaVersion: v.literal(1),
  id: SET_ID,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  version: VERSION,
  basedOn: v.optional(v.strictObject({ id: ID, version: VERSION })),
  publisher: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  publishedAt: v.pipe(v.string(), v.isoTimestamp(CUSTOM_MESSAGES['datetime-format'])),
  description: v.optional(v.pipe(v.string(), v.maxLength(4000))),
  labels: v.strictObject({ values: recordOf(VALUE_IDS), subgoals: recordOf(SUBGOAL_IDS) }),
  rules: v.pipe(v.array(RULE), v.maxLength(1000)),
  checklist: v.pipe(
    v.array(
      v.strictObject({
        id: ID,
        subgoal: v.picklist(SUBGOAL_IDS),
        label: LOCALIZED,
        auto: v.optional(AUTO),
        whenInquiry: INQUIRY_KIND_LIST,
      }),
    ),
    v.maxLength(200),
  ),
  deadlinePolicies: v.pipe(
    v.array(
      v.strictObject({
        id: ID,
        label: LOCALIZED,
        appliesTo: v.pipe(v.array(v.picklist(INQUIRY_KINDS)), v.minLength(1)),
        workingDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365))),
        months: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24))),
        legalReference: v.optional(v.pipe(v.string(), v.maxLength(200))),
        advice: v.optional(LOCALIZED),
        purpose: v.optional(v.picklist(['answer', 'interim-reply'])),
      }),
    ),
    v.maxLength(50),
  ),
  calendar: v.optional(
    v.strictObject({
      extraClosedDays: v.optional(v.pipe(v.array(YMD), v.maxLength(400))),
      closedEveryYear: v.optional(v.pipe(v.array(v.pipe(v.string(), v.regex(/^\d{2}-\d{2}$/, CUSTOM_MESSAGES['day-format']))), v.maxLength(50))),
    }),
  ),
  snippets: v.optional(v.pipe(v.array(v.strictObject({ id: ID, label: LOCALIZED, text: LOCALIZED })), v.maxLength(200))),
  models: v.optional(v.pipe(v.array(MODEL), v.maxLength(4))),
  templates: v.optional(v.pipe(v.array(TEMPLATE), v.maxLength(300))),
});

export interface SchemaIssue {
  /** Where in the document, e.g. "rules[3].examples.bad". */
  path: string;
  /** English, for the CLI and logs; screens word `code` and `data` in their language (problems.ts). */
  message: string;
  code?: ProblemCode;
  data?: ProblemData;
}

/** Validates a parsed JSON value; returns the typed rule set or the list of problems. */
export function validateRuleSetShape(value: unknown): { ok: true; ruleSet: RuleSet } | { ok: false; issues: SchemaIssue[] } {
  const result = v.safeParse(RULE_SET_SCHEMA, value, { abortEarly: false });
  // The one narrowing the schema leaves open: a template's three languages, checked by name in
  // rules/templates/validate.ts before a set is accepted (see ReplyTemplate).
  if (result.success) return { ok: true, ruleSet: result.output as RuleSet };
  return {
    ok: false,
    issues: result.issues.slice(0, 50).map((found) => ({
      path: formatPath(found.path) || '(document)',
      message: found.message,
    })),
  };
}

function formatPath(path: v.IssuePathItem[] | undefined): string {
  if (!path) return '';
  let out = '';
  for (const item of path) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
