// The placeholders a standard answer (svarmal) may use, and filling them. Every value comes from
// what Svarhjelp already knows: the inquiry (sender, received date, case number), the deadline
// the engine computed with the working-day calendar, today, and the staff member's own name and
// unit from the options page. What is not known stays in the text as a visible marker, «[fyll inn:
// saksnummer]», which the rule «mal.plassholder» flags until the writer replaces it.
import type { WorkingCalendar } from '../calendar/calendar.ts';
import { formatWeekdayDate } from '../calendar/names.ts';
import { formatNorwegianDate } from '../calendar/dates.ts';
import type { UiLanguage } from '../ids.ts';
import { inquiryAnswerDate, placeholderDates } from '../engine/date-placeholders.ts';
import type { DeadlineResult } from '../types.ts';

export const TEMPLATE_PLACEHOLDERS = [
  'citizenName',
  'receivedDate',
  'caseNumber',
  'answerDeadline',
  'interimReplyDate',
  'today',
  'staffName',
  'staffUnit',
] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

/** What a placeholder stands for, as the writer reads it in the marker and the panel. */
export const PLACEHOLDER_LABELS: Record<TemplatePlaceholder, Record<UiLanguage, string>> = {
  citizenName: { nb: 'innbyggerens navn', nn: 'namnet til innbyggjaren', en: 'citizen’s name' },
  receivedDate: { nb: 'dato henvendelsen kom', nn: 'dato førespurnaden kom', en: 'date received' },
  caseNumber: { nb: 'saksnummer', nn: 'saksnummer', en: 'case number' },
  answerDeadline: { nb: 'svarfrist', nn: 'svarfrist', en: 'answer date' },
  interimReplyDate: { nb: 'frist for foreløpig svar', nn: 'frist for førebels svar', en: 'interim reply date' },
  today: { nb: 'dagens dato', nn: 'datoen i dag', en: 'today’s date' },
  staffName: { nb: 'ditt navn', nn: 'namnet ditt', en: 'your name' },
  staffUnit: { nb: 'din enhet', nn: 'eininga di', en: 'your unit' },
};

const FILL_IN: Record<UiLanguage, string> = { nb: 'fyll inn', nn: 'fyll inn', en: 'fill in' };

/** The marker left for a placeholder Svarhjelp could not fill. */
export function unfilledMarker(name: TemplatePlaceholder, language: UiLanguage): string {
  return `[${FILL_IN[language]}: ${PLACEHOLDER_LABELS[name][language]}]`;
}

/** Everything a template can be filled from; dates are YYYY-MM-DD, formatted per language when filled. */
export interface TemplateFacts {
  citizenName?: string;
  receivedDate?: string;
  caseNumber?: string;
  answerDeadline?: string;
  interimReplyDate?: string;
  today?: string;
  staffName?: string;
  staffUnit?: string;
}

const DATE_FACTS = new Set<TemplatePlaceholder>(['receivedDate', 'answerDeadline', 'interimReplyDate', 'today']);
const PLACEHOLDER_IN_TEXT = /\{([A-Za-z]+)\}/g;

export function isTemplatePlaceholder(name: string): name is TemplatePlaceholder {
  return (TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name);
}

/** Names in {braces} that are not placeholders a template may use. */
export function unknownPlaceholders(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(PLACEHOLDER_IN_TEXT)) if (!isTemplatePlaceholder(m[1]!)) out.add(m[1]!);
  return [...out];
}

export interface FilledPart {
  text: string;
  /** Set when this part is a placeholder: its name, and whether Svarhjelp filled it. */
  placeholder?: TemplatePlaceholder;
  filled?: boolean;
}

export interface FilledTemplate {
  text: string;
  /** The text in parts, so a preview can mark what was filled and what was not. */
  parts: FilledPart[];
  unfilled: TemplatePlaceholder[];
}

function factText(name: TemplatePlaceholder, facts: TemplateFacts, language: UiLanguage): string | undefined {
  const value = facts[name]?.trim();
  if (!value) return undefined;
  if (!DATE_FACTS.has(name)) return value;
  // Received date and today read best as a plain date; the dates to act by with their weekday.
  return name === 'receivedDate' || name === 'today' ? formatNorwegianDateIn(value, language) : formatWeekdayDate(value, language);
}

function formatNorwegianDateIn(ymd: string, language: UiLanguage): string {
  if (language !== 'en') return formatNorwegianDate(ymd);
  return formatWeekdayDate(ymd, 'en').replace(/^\S+ /, '') + ` ${ymd.slice(0, 4)}`;
}

export function fillTemplate(text: string, facts: TemplateFacts, language: UiLanguage): FilledTemplate {
  const parts: FilledPart[] = [];
  const unfilled = new Set<TemplatePlaceholder>();
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER_IN_TEXT)) {
    const name = m[1]!;
    if (!isTemplatePlaceholder(name)) continue;
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    const value = factText(name, facts, language);
    if (value === undefined) unfilled.add(name);
    parts.push({ text: value ?? unfilledMarker(name, language), placeholder: name, filled: value !== undefined });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return { text: parts.map((p) => p.text).join(''), parts, unfilled: [...unfilled] };
}

/**
 * The dates a template names, from the deadline the engine computed (same calendar, same
 * policies): the answer date is the inquiry's own deadline still ahead, else five working days
 * from today, as the rules' {deadline} is; the foreløpig-svar date is the fvl. § 11 a policy's
 * date where one applies, else the answer date (an interim reply is due when the answer is late).
 */
export function deadlineFacts(
  today: string,
  calendar: WorkingCalendar,
  deadline: DeadlineResult | undefined,
): Pick<TemplateFacts, 'answerDeadline' | 'interimReplyDate' | 'receivedDate' | 'today'> {
  const facts = { today, calendar, ...(deadline ? { deadline } : {}) };
  const answer = placeholderDates(facts).deadline;
  const interim = deadline?.policies.find((p) => p.purpose === 'interim-reply' && p.dueDate >= today)?.dueDate;
  return {
    today,
    answerDeadline: answer,
    interimReplyDate: interim ?? inquiryAnswerDate(facts) ?? answer,
    ...(deadline ? { receivedDate: deadline.receivedDate } : {}),
  };
}
