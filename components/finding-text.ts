// The texts of a finding or a deadline in the language the user reads the UI in. The engine
// fills every UI language (Finding.messages), so a change of language re-renders at once; a
// result from before that (or a test's hand-made finding) falls back to its one-language text.
import type { UiLanguage } from '../rules/ids.ts';
import type { DeadlinePolicyStatus, Finding } from '../rules/types.ts';

export function findingMessage(finding: Pick<Finding, 'message' | 'messages'>, lang: UiLanguage): string {
  return finding.messages?.[lang] ?? finding.message;
}

export function findingAdvice(finding: Pick<Finding, 'advice' | 'advices'>, lang: UiLanguage): string | undefined {
  return finding.advices?.[lang] ?? finding.advice;
}

export function policyLabel(policy: Pick<DeadlinePolicyStatus, 'label' | 'labels'>, lang: UiLanguage): string {
  return policy.labels?.[lang] ?? policy.label;
}

export function policyAdvice(policy: Pick<DeadlinePolicyStatus, 'advice' | 'advices'>, lang: UiLanguage): string | undefined {
  return policy.advices?.[lang] ?? policy.advice;
}
