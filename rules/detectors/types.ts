// A built-in detector: code that a rule set can switch on by name with parameters.
// One detector per file (rules/detectors/<id>.ts), registered in rules/detectors/index.ts.
import type { WorkingCalendar } from '../calendar/calendar.ts';
import { UI_LANGUAGES, type Category, type RuleLanguage, type Severity, type UiLanguage } from '../ids.ts';
import type { TextAnalysis } from '../text/analysis.ts';
import type { CheckContext, ResolvedDate } from '../types.ts';
import type { DecodedModel } from '../tone/model.ts';
import type { AnsweredQuestion } from '../inquiry/answers.ts';

export interface DetectorInput {
  /** The reply text being checked. */
  text: string;
  /** Words, sentences and lines of the text, computed once per check. */
  analysis: TextAnalysis;
  /** Reply language the rules run for. */
  language: RuleLanguage;
  context: CheckContext;
  /** "Today" as YYYY-MM-DD (from context.now or the clock). */
  today: string;
  /** Every concrete date in the text, found once per check (findDates). */
  dates: readonly ResolvedDate[];
  /** Working days of the office: public holidays plus the rule set's own closing days. */
  calendar: WorkingCalendar;
  /** The rule's params, validated by the detector's own `parseParams`. */
  params: Record<string, unknown>;
  /** The rule set's sentence models by id (rule sets may carry trained weights as data). */
  models?: ReadonlyMap<string, DecodedModel>;
  /** The quoted inquiry's questions with whether the reply answers them (absent without an inquiry text). */
  questions?: readonly AnsweredQuestion[];
  /** Hits of the rules that ran before this one (all others for a `runsLast` detector). */
  earlierHits?: ReadonlyArray<EarlierHit>;
}

/** Another rule's hit, as a `runsLast` detector sees it. */
export interface EarlierHit {
  ruleId: string;
  category: Category;
  start: number;
  end: number;
  severity?: Severity;
  /** The kind of rule that made it (substitution, metric, detector …). */
  kind?: string;
  /** The detector of a detector rule. */
  detector?: string;
}

/** What a detector reports; the engine adds ids, rule metadata and localized messages. */
export interface DetectorHit {
  start: number;
  end: number;
  suggestions?: string[];
  /** Overrides the rule's severity (e.g. a national id next to health words is critical). */
  severity?: Severity;
  /** Values for "{name}" placeholders in the rule's message and advice. */
  vars?: Record<string, string>;
  /**
   * Values that read differently per UI language (a weekday's name); each language's message is
   * filled with `vars` and then these, so the UI can show any language without a new check.
   */
  localVars?: Partial<Record<UiLanguage, Record<string, string>>>;
}

export interface Detector {
  id: string;
  /** One line for managers browsing the rule set. */
  description: string;
  /** Throws a clear Error when params are invalid; called when a rule set is loaded, with its models. */
  parseParams?(params: Record<string, unknown>, models?: ReadonlyMap<string, DecodedModel>): void;
  /** Run after every other rule of the check, so `earlierHits` holds all their hits. */
  runsLast?: boolean;
  /** With `runsLast`: run after the other `runsLast` detectors too, so their hits are among `earlierHits`. */
  runsAfterLast?: boolean;
  detect(input: DetectorInput): DetectorHit[];
}

/** `localVars` for every UI language from one function of the language. */
export function perUiLanguage(vars: (language: UiLanguage) => Record<string, string>): Record<UiLanguage, Record<string, string>> {
  // Filled key by key in UI_LANGUAGES order (what Object.fromEntries gave, without its arrays): every
  // date promise and id number calls this.
  const perLanguage = {} as Record<UiLanguage, Record<string, string>>;
  for (const language of UI_LANGUAGES) perLanguage[language] = vars(language);
  return perLanguage;
}
