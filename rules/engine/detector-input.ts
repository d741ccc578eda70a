// Builds a detector's input the way check() does, so detector unit tests exercise the same
// analysis, dates and calendar a real check would pass.
import { createCalendar, type WorkingCalendar } from '../calendar/calendar.ts';
import type { DetectorInput } from '../detectors/types.ts';
import type { RuleLanguage } from '../ids.ts';
import { analyze } from '../text/analysis.ts';
import { findDates } from '../time/find-dates.ts';
import type { CheckContext } from '../types.ts';
import type { DecodedModel } from '../tone/model.ts';
import { findQuestions } from '../inquiry/questions.ts';
import { answerQuestions } from '../inquiry/answers.ts';

export interface DetectorInputOptions {
  language?: RuleLanguage;
  context?: CheckContext;
  today?: string;
  calendar?: WorkingCalendar;
  params?: Record<string, unknown>;
  models?: ReadonlyMap<string, DecodedModel>;
  earlierHits?: DetectorInput['earlierHits'];
}

export function buildDetectorInput(text: string, options: DetectorInputOptions = {}): DetectorInput {
  const language = options.language ?? 'nob';
  const today = options.today ?? '2026-11-23';
  const calendar = options.calendar ?? createCalendar();
  const analysis = analyze(text);
  const dates = findDates(text, language, today, calendar);
  const inquiryText = options.context?.inquiry?.text;
  return {
    text,
    analysis,
    language,
    context: options.context ?? {},
    today,
    calendar,
    dates,
    ...(inquiryText?.trim() ? { questions: answerQuestions(findQuestions(inquiryText), text, analysis, dates, today) } : {}),
    params: options.params ?? {},
    ...(options.models ? { models: options.models } : {}),
    ...(options.earlierHits ? { earlierHits: options.earlierHits } : {}),
  };
}
