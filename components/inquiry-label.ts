// The inquiry's structured label ("case:2026/12345") in the UI language. Labels carry no
// message text by construction (rules/inquiry/identity.ts); this only words them.
import type { UiLanguage } from '../rules/ids.ts';
import { parseInquiryLabel } from '../rules/inquiry/identity.ts';
import type { InquiryKind } from '../rules/types.ts';
import { formatDate } from './format.ts';
import type { MessageKey, Translate } from './i18n.ts';

export function inquiryLabelText(label: string, t: Translate, lang: UiLanguage): string {
  const parsed = parseInquiryLabel(label);
  if (!parsed) return t('inquiryHeading');
  switch (parsed.source) {
    case 'case':
      return t('inquiryCase', { value: parsed.value });
    case 'mail':
      return t('inquiryMail', { value: parsed.value });
    case 'quote':
      return t('inquiryQuote', { date: /^\d{4}-\d{2}-\d{2}$/.test(parsed.value) ? formatDate(parsed.value, lang) : parsed.value });
    case 'page':
      return t('inquiryPage', { value: parsed.value });
  }
}

export const KIND_KEYS: Record<InquiryKind, MessageKey> = {
  question: 'kindQuestion',
  complaint: 'kindComplaint',
  feedback: 'kindFeedback',
  innsyn: 'kindInnsyn',
  enkeltvedtak: 'kindEnkeltvedtak',
  unknown: 'kindUnknown',
};
