// What makes a standard answer unfit to publish: a missing language variant, a placeholder the
// extension cannot fill, or words the set's own rules would flag (a template must be an example
// of the standard, never a source of findings). Shared by `rules validate|test` and the updater
// through accept.ts, so a set with a bad template is refused everywhere for the same reason.
import { problem, type AcceptProblem } from '../ruleset/problems.ts';
import type { ReplyTemplate, RuleSet } from '../ruleset/types.ts';
import type { RuleLanguage, UiLanguage } from '../ids.ts';
import type { CompiledRuleSet } from '../engine/compile.ts';
import { check } from '../engine/check.ts';
import { EXAMPLE_NOW } from '../engine/examples.ts';
import type { Finding, InquiryContext } from '../types.ts';
import { deadlineFacts, fillTemplate, TEMPLATE_PLACEHOLDERS, unknownPlaceholders, type TemplateFacts } from './placeholders.ts';

export const TEMPLATE_LANGUAGES = ['nb', 'nn', 'en'] as const satisfies readonly UiLanguage[];
export const REPLY_LANGUAGE_OF: Record<UiLanguage, RuleLanguage> = { nb: 'nob', nn: 'nno', en: 'eng' };
const LANGUAGE_NAME: Record<UiLanguage, string> = { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' };

/** Structure: every language variant present, only known placeholders, unique ids. */
export function templateShapeProblems(ruleSet: RuleSet): AcceptProblem[] {
  const problems: AcceptProblem[] = [];
  const seen = new Set<string>();
  (ruleSet.templates ?? []).forEach((template, i) => {
    const at = `templates[${i}]`;
    if (seen.has(template.id)) problems.push(problem(`${at}.id`, 'other', { detail: `mal-id-en «${template.id}» finnes fra før` }));
    seen.add(template.id);
    for (const lang of TEMPLATE_LANGUAGES) {
      if (!template.title?.[lang])
        problems.push(problem(`${at}.title.${lang}`, 'other', { detail: `malen «${template.id}» mangler tittel på ${LANGUAGE_NAME[lang]}` }));
      const text = template.text?.[lang];
      if (!text) {
        problems.push(problem(`${at}.text.${lang}`, 'other', { detail: `malen «${template.id}» mangler tekst på ${LANGUAGE_NAME[lang]}` }));
        continue;
      }
      for (const name of unknownPlaceholders(text))
        problems.push(
          problem(`${at}.text.${lang}`, 'unknown-placeholder', {
            name: `{${name}}`,
            id: template.id,
            allowed: TEMPLATE_PLACEHOLDERS.map((p) => `{${p}}`).join(', '),
          }),
        );
    }
  });
  return problems;
}

/** The made-up but realistic facts a template is checked with: every placeholder filled. */
export function sampleFacts(compiled: CompiledRuleSet, template: ReplyTemplate): { facts: TemplateFacts; inquiry: InquiryContext } {
  const today = EXAMPLE_NOW.slice(0, 10);
  const receivedDate = compiled.calendar.addWorkingDays(today, -2);
  const inquiry: InquiryContext = { senderName: 'Kari Nordmann', receivedAt: receivedDate, kind: template.kinds[0] ?? 'question' };
  const dates = deadlineFacts(today, compiled.calendar, undefined);
  return {
    facts: { ...dates, receivedDate, citizenName: 'Kari Nordmann', caseNumber: '2026/12345', staffName: 'Ola Hansen', staffUnit: 'Servicetorget' },
    inquiry,
  };
}

export interface TemplateFinding {
  templateId: string;
  language: UiLanguage;
  text: string;
  finding: Finding;
}

/** Findings above info that the set's own rules make on each filled language variant of each template. */
export function templateFindings(compiled: CompiledRuleSet): TemplateFinding[] {
  const out: TemplateFinding[] = [];
  for (const template of compiled.ruleSet.templates ?? []) {
    const { facts, inquiry } = sampleFacts(compiled, template);
    for (const language of TEMPLATE_LANGUAGES) {
      const source = template.text?.[language];
      if (!source) continue;
      const text = fillTemplate(source, facts, language).text;
      const result = check(text, { language: REPLY_LANGUAGE_OF[language], now: EXAMPLE_NOW, inquiry }, compiled);
      for (const finding of result.findings) if (finding.severity !== 'info') out.push({ templateId: template.id, language, text, finding });
    }
  }
  return out;
}

export function templateFindingProblem(f: TemplateFinding): AcceptProblem {
  return problem(`mal ${f.templateId}, text.${f.language}`, 'other', {
    detail: `malen gir funn av regelen ${f.finding.ruleId} (${f.finding.severity}) på «${f.text.slice(f.finding.start, f.finding.end)}»: ${f.finding.message}`,
  });
}
