import type { Rule, RuleExample } from '../../rules/ruleset/types.ts';
import { KIND_LABEL, SEVERITY_LABEL } from './labels.ts';
import { useOptionsLanguage, useOptionsT } from './options-language.tsx';
import { localized } from '../labels.ts';

const exampleText = (e: RuleExample) => (typeof e === 'string' ? e : e.text);

/**
 * One rule, as staff and managers read it. Every text from the rule set (message, advice,
 * examples) is rendered as a React text node: markup in a published set stays visible text.
 */
export function RuleCard({ rule }: { rule: Rule }) {
  const t = useOptionsT();
  const lang = useOptionsLanguage();
  const kind = KIND_LABEL[rule.kind];
  const advice = localized(rule.advice, lang);
  return (
    <article className="rule" data-rule-id={rule.id}>
      <header>
        <code>{rule.id}</code> <span className={`sev sev-${rule.severity}`}>{t(SEVERITY_LABEL[rule.severity])}</span>{' '}
        <span className="kind">{kind ? t(kind) : rule.kind}</span>
        {rule.enabled === false ? <span className="off">{t('ruleOff')}</span> : null}
      </header>
      <p className="message">{localized(rule.message, lang)}</p>
      {advice ? <p className="advice">{advice}</p> : null}
      <details>
        <summary>{t('examples')}</summary>
        <p>{t('examplesBad')}</p>
        <ul>
          {rule.examples.bad.map((e, i) => (
            <li key={i}>{exampleText(e).replace(/\[\[|\]\]/g, '')}</li>
          ))}
        </ul>
        <p>{t('examplesGood')}</p>
        <ul>
          {rule.examples.good.map((e, i) => (
            <li key={i}>{exampleText(e)}</li>
          ))}
        </ul>
      </details>
    </article>
  );
}
