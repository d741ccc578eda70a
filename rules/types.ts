// Contracts shared by the engine, the CLI, the background, the content script and the panel.
// Offsets are UTF-16 code units (JavaScript string indices) everywhere (DESIGN.md §2).
import type { Category, InquiryKind, RuleLanguage, Severity, SubgoalId, UiLanguage } from './ids.ts';
import type { AnsweredQuestion } from './inquiry/answers.ts';

export interface Finding {
  /** Stable for the same rule + same matched text + same occurrence. */
  id: string;
  ruleId: string;
  category: Category;
  subgoal: SubgoalId;
  severity: Severity;
  /** [start, end) in the checked text; start < end. */
  start: number;
  end: number;
  /** The message in the check's UI language (`CheckContext.uiLanguage`): the CLI's and the logs'. */
  message: string;
  /** Replacement texts for [start, end); may be empty. */
  suggestions: string[];
  /** Longer explanation, markdown from the rule set; sanitised before display. */
  advice?: string;
  /**
   * The message in every UI language. Screens render `messages[chosen]` (findingText.ts) so a
   * change of the UI language shows at once, without a new check.
   */
  messages?: LocalizedTexts;
  /** The advice in every UI language. */
  advices?: LocalizedTexts;
}

/** One text in every UI language, filled and ready to show. */
export type LocalizedTexts = Record<UiLanguage, string>;

export type { InquiryKind };

/** What is known about the citizen's inquiry the reply answers (from the quoted text or the page). */
export interface InquiryContext {
  /** The quoted inquiry text; context only, never checked as the reply. */
  text?: string;
  senderName?: string;
  senderEmail?: string;
  /** ISO date or date-time the inquiry was received. */
  receivedAt?: string;
  kind?: InquiryKind;
  /** Language of the inquiry (franc code), if known. */
  language?: string;
  /** Questions the user ticked or unticked by hand (`question:1` → done), from the inquiry's record. */
  questionTicks?: Record<string, boolean>;
}

export interface CheckContext {
  /** Forces the reply language (user setting or CLI --lang); otherwise detected. */
  language?: RuleLanguage;
  /** Used when the text is too short to detect its language. */
  fallbackLanguage?: RuleLanguage;
  /** Language of messages in findings. Defaults to nb (nn for nynorsk replies). */
  uiLanguage?: UiLanguage;
  inquiry?: InquiryContext;
  /** "Now" as ISO date-time; tests and the CLI pin it. Defaults to the current time. */
  now?: string;
  /** Addresses the reply is going to, where the page shows them. */
  recipients?: string[];
}

export interface Metrics {
  characters: number;
  words: number;
  sentences: number;
  longWords: number;
  /** LIX = words/sentences + 100·longWords/words; 0 for empty text or no sentence. */
  lix: number;
  longestSentenceWords: number;
}

/** A concrete date found in the reply (a promise like "innen fredag" or "4. desember"). */
export interface ResolvedDate {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD */
  date: string;
  /** True when phrased as a promise/deadline ("innen", "senest", "i løpet av"). */
  promise: boolean;
}

export interface DeadlinePolicyStatus {
  policyId: string;
  /** In the check's UI language; `labels` has every language. */
  label: string;
  labels?: LocalizedTexts;
  /** YYYY-MM-DD */
  dueDate: string;
  /** Working days left until due (negative when overdue). */
  workingDaysLeft: number;
  status: 'ok' | 'due-today' | 'overdue';
  legalReference?: string;
  advice?: string;
  advices?: LocalizedTexts;
  /** Set when the policy's date is for a foreløpig svar (DeadlinePolicy.purpose). */
  purpose?: 'interim-reply';
}

export interface DeadlineResult {
  /** YYYY-MM-DD */
  receivedDate: string;
  policies: DeadlinePolicyStatus[];
}

export interface CheckResult {
  /** franc ISO 639-3 code: nob, nno, eng, … or 'und' when undetermined. */
  language: string;
  languageSource: 'context' | 'detected' | 'fallback';
  metrics: Metrics;
  findings: Finding[];
  dates: ResolvedDate[];
  deadline?: DeadlineResult;
  /** Set when only part of a very long text was checked. */
  truncatedAt?: number;
  /** Rule ids whose check threw; the rest of the result is still valid. */
  failedRules?: string[];
  /**
   * The questions of the quoted inquiry (offsets into `context.inquiry.text`), each with whether
   * the reply answers it and where (offsets into the reply). Absent without an inquiry text.
   */
  questions?: AnsweredQuestion[];
}
