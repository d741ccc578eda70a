import { useState } from 'react';
import { SUBGOAL_IDS, VALUE_IDS, valueOf } from '../../rules/ids.ts';
import type { RuleSet } from '../../rules/ruleset/types.ts';
import { RuleCard } from './RuleCard.tsx';

/** The active set by value and sub-goal, with a filter on id and message. */
export function RuleBrowser({ ruleSet }: { ruleSet: RuleSet }) {
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const rules = ruleSet.rules.filter((r) => !needle || r.id.includes(needle) || r.message.nb.toLowerCase().includes(needle));
  return (
    <section aria-labelledby="browse-h">
      <h2 id="browse-h">Reglene i settet ({ruleSet.rules.length})</h2>
      <label>
        Søk i regler
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="id eller tekst" />
      </label>
      {VALUE_IDS.map((value) => {
        const subgoals = SUBGOAL_IDS.filter((s) => valueOf(s) === value);
        const count = rules.filter((r) => valueOf(r.subgoal) === value).length;
        if (!count) return null;
        return (
          <div key={value} className="value-group">
            <h3>{ruleSet.labels.values[value]?.nb ?? value}</h3>
            {subgoals.map((subgoal) => {
              const inSubgoal = rules.filter((r) => r.subgoal === subgoal);
              if (!inSubgoal.length) return null;
              return (
                <details key={subgoal} className="subgoal-group">
                  <summary>
                    {ruleSet.labels.subgoals[subgoal]?.nb ?? subgoal} ({inSubgoal.length})
                  </summary>
                  {inSubgoal.map((rule) => <RuleCard key={rule.id} rule={rule} />)}
                </details>
              );
            })}
          </div>
        );
      })}
    </section>
  );
}
