import type { Rule, RuleExample } from '../../rules/ruleset/types.ts';
import { KIND_LABEL, SEVERITY_LABEL } from './labels.ts';

const exampleText = (e: RuleExample) => (typeof e === 'string' ? e : e.text);

/**
 * One rule, as staff and managers read it. Every text from the rule set (message, advice,
 * examples) is rendered as a React text node: markup in a published set stays visible text.
 */
export function RuleCard({ rule }: { rule: Rule }) {
  return (
    <article className="rule" data-rule-id={rule.id}>
      <header>
        <code>{rule.id}</code> <span className={`sev sev-${rule.severity}`}>{SEVERITY_LABEL[rule.severity]}</span> <span className="kind">{KIND_LABEL[rule.kind] ?? rule.kind}</span>
        {rule.enabled === false ? <span className="off"> (slått av)</span> : null}
      </header>
      <p className="message">{rule.message.nb}</p>
      {rule.advice ? <p className="advice">{rule.advice.nb}</p> : null}
      <details>
        <summary>Eksempler</summary>
        <p>Skal gi funn:</p>
        <ul>{rule.examples.bad.map((e, i) => <li key={i}>{exampleText(e).replace(/\[\[|\]\]/g, '')}</li>)}</ul>
        <p>Skal ikke gi funn:</p>
        <ul>{rule.examples.good.map((e, i) => <li key={i}>{exampleText(e)}</li>)}</ul>
      </details>
    </article>
  );
}
