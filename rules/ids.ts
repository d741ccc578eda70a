// The Felles servicestandard's fixed structure (DESIGN.md §1). Ids are code; labels and
// advice live in the rule set so managers can reword them.

export const VALUE_IDS = ['kompetent', 'apen', 'palitelig', 'samfunnsengasjert'] as const;
export type ValueId = (typeof VALUE_IDS)[number];

export const SUBGOAL_IDS = [
  'kompetent.kundeservice',
  'kompetent.fagkompetanse',
  'kompetent.klart-sprak',
  'apen.tilgjengelig',
  'apen.transparent',
  'apen.endringsvillig',
  'palitelig.ta-ansvar',
  'palitelig.personvern',
  'palitelig.forutsigbar',
  'samfunnsengasjert.positiv-omtale',
  'samfunnsengasjert.proaktiv',
] as const;
export type SubgoalId = (typeof SUBGOAL_IDS)[number];

export const CATEGORIES = ['tone', 'clarity', 'personal-data', 'deadline'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['info', 'suggestion', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Reply languages that rules are written for. Other detected languages get only language-neutral checks. */
export const RULE_LANGUAGES = ['nob', 'nno', 'eng'] as const;
export type RuleLanguage = (typeof RULE_LANGUAGES)[number];

/** What the citizen's inquiry is: it decides the deadline policy, the checklist and the templates offered first. */
export const INQUIRY_KINDS = ['question', 'complaint', 'feedback', 'innsyn', 'enkeltvedtak', 'unknown'] as const;
export type InquiryKind = (typeof INQUIRY_KINDS)[number];

/** UI languages: bokmål, nynorsk, English. */
export const UI_LANGUAGES = ['nb', 'nn', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The UI language when the user has not chosen one: nynorsk for an nn browser, English for an
 * English browser, bokmål for everything else (the panel is for Norwegian service staff).
 */
export function uiLanguageFromBrowser(browserLanguage: string | undefined): UiLanguage {
  const tag = (browserLanguage ?? '').toLowerCase();
  if (/^nn\b/.test(tag)) return 'nn';
  if (/^en\b/.test(tag)) return 'en';
  return 'nb';
}

export function valueOf(subgoal: SubgoalId): ValueId {
  return subgoal.slice(0, subgoal.indexOf('.')) as ValueId;
}

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
