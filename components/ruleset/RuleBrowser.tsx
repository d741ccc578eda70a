import { useState } from 'react';
import { SUBGOAL_IDS, VALUE_IDS, valueOf } from '../../rules/ids.ts';
import type { RuleSet } from '../../rules/ruleset/types.ts';
import { RuleCard } from './RuleCard.tsx';
import { useOptionsLanguage, useOptionsT } from './options-language.tsx';
import { localized } from '../labels.ts';

/** The active set by value and sub-goal, with a filter on id and message. */
export function RuleBrowser({ ruleSet }: { ruleSet: RuleSet }) {
  const t = useOptionsT();
  const lang = useOptionsLanguage();
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLowerCase();
  const rules = ruleSet.rules.filter((r) => !needle || r.id.includes(needle) || (localized(r.message, lang) ?? '').toLowerCase().includes(needle));
  return (
    <section aria-labelledby="browse-h">
      <h2 id="browse-h">{t('browseHeading', { count: ruleSet.rules.length })}</h2>
      <label>
        {t('browseSearch')}
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('browsePlaceholder')} />
      </label>
      {VALUE_IDS.map((value) => {
        const subgoals = SUBGOAL_IDS.filter((s) => valueOf(s) === value);
        const count = rules.filter((r) => valueOf(r.subgoal) === value).length;
        if (!count) return null;
        return (
          <div key={value} className="value-group">
            <h3>{localized(ruleSet.labels.values[value], lang) ?? value}</h3>
            {subgoals.map((subgoal) => {
              const inSubgoal = rules.filter((r) => r.subgoal === subgoal);
              if (!inSubgoal.length) return null;
              return (
                <details key={subgoal} className="subgoal-group">
                  <summary>
                    {localized(ruleSet.labels.subgoals[subgoal], lang) ?? subgoal} ({inSubgoal.length})
                  </summary>
                  {inSubgoal.map((rule) => (
                    <RuleCard key={rule.id} rule={rule} />
                  ))}
                </details>
              );
            })}
          </div>
        );
      })}
    </section>
  );
}
