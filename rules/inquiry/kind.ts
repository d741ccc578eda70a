// What kind of inquiry the citizen sent, from its words: it decides which deadline policies
// apply (innsyn: offentleglova; enkeltvedtak: fvl § 11 a) and which checklist items show.
// Simple keyword rules in bokmål, nynorsk and English, checked in order of legal weight: an
// innsyn request that also complains is still an innsyn request. The user can correct the
// result in the panel, so a wrong guess costs one click.
import type { InquiryKind } from '../types.ts';

// Word starts ("klag" covers klage, klager, klagar, klagen, klagde …) are anchored at a word
// boundary that also works for æøå (\b does not).
const W = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';

const INNSYN = new RegExp(
  `${W}(?:innsyn\\p{L}*|offentle(?:g|gh)\\p{L}*lov\\p{L}*|offentlighetslov\\p{L}*|freedom of information|foi request|access to (?:the |these |this )?(?:documents?|records?|case files?))`,
  'iu',
);
const COMPLAINT = new RegExp(
  `${W}(?:klag\\p{L}*|påklag\\p{L}*|complain\\p{L}*|appeal(?:s|ing|ed)?${END}|misfornøy\\p{L}*|misnøgd\\p{L}*|misnøye|dissatisfied)`,
  'iu',
);
const APPLICATION = new RegExp(`(?:søknad\\p{L}*|${W}søkt om|${W}søkte om|${W}applications?|${W}applied for)`, 'iu');
const DECISION = new RegExp(`(?:vedtak\\p{L}*|${W}avgjørelse\\p{L}*|${W}avgjerd\\p{L}*|${W}decisions?)`, 'iu');
const FEEDBACK = new RegExp(
  `${W}(?:tilbakemelding\\p{L}*|ros(?![\\p{L}])|roser|forslag\\p{L}*|innspill\\p{L}*|innspel\\p{L}*|feedback|suggestions?|compliments?|praise)`,
  'iu',
);
// A question mark, or a question word opening a sentence ("Kan dere …", "Korleis søkjer eg").
const QUESTION = new RegExp(
  `\\?|(?:^|[.!\\n]\\s*)(?:hvordan|korleis|kordan|hva|kva|hvorfor|kvifor|når|kan (?:jeg|eg|dere|de|du)|how|what|when|why|can (?:i|you))${END}`,
  'iu',
);

/** The kind of an inquiry from its text; 'unknown' when nothing fits. */
export function classifyInquiry(text: string | undefined): InquiryKind {
  if (!text) return 'unknown';
  const t = text.slice(0, 20_000);
  if (INNSYN.test(t)) return 'innsyn';
  if (COMPLAINT.test(t)) return 'complaint';
  if (APPLICATION.test(t) && DECISION.test(t)) return 'enkeltvedtak';
  if (FEEDBACK.test(t)) return 'feedback';
  if (QUESTION.test(t)) return 'question';
  return 'unknown';
}
