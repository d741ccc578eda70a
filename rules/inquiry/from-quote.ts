// What a quoted inquiry tells a check of the reply when nothing else describes the inquiry: its
// header (sender, when it arrived), its kind and its language. The CLI and the evaluation runner
// check pasted text with the inquiry quoted below the reply.
import { inquiryLanguage } from '../text/language.ts';
import type { QuoteSplit } from '../text/quote.ts';
import type { InquiryContext } from '../types.ts';
import { classifyInquiry } from './kind.ts';

/** The inquiry as its quote describes it; undefined when the text quotes none. */
export function inquiryOfQuote(split: QuoteSplit): InquiryContext | undefined {
  if (!split.quote) return undefined;
  const inquiry: InquiryContext = { ...(split.inquiry ?? {}), kind: classifyInquiry(split.quote) };
  const language = inquiryLanguage({ text: split.quote });
  if (language) inquiry.language = language;
  return inquiry;
}
