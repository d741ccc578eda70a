// The examples in docs/rule-sets.md are real: the rule set passes the whole pipeline and the
// overlay applies to it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acceptRuleSetText, acceptRuleSetValue } from './accept.ts';
import { applyOverlay } from './layering.ts';

const doc = readFileSync(new URL('../../docs/rule-sets.md', import.meta.url), 'utf8');

function example(name: string): string {
  const match = doc.match(new RegExp(`<!-- example: ${name} -->\\s*\`\`\`json\\n([\\s\\S]*?)\\n\`\`\``));
  if (!match) throw new Error(`no example ${name} in docs/rule-sets.md`);
  return match[1]!;
}

describe('docs/rule-sets.md', () => {
  it('has a complete rule set that is accepted, examples included', () => {
    const result = acceptRuleSetText(example('ruleset'));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('has a template that the complete set accepts, filled and checked in all three languages', () => {
    const set = { ...JSON.parse(example('ruleset')), ...JSON.parse(example('templates')) };
    const result = acceptRuleSetValue(set);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.ruleSet.templates?.map((t) => t.id)).toEqual(['byggesak.kvittering']);
  });

  it('has an overlay that applies to it and stays acceptable', () => {
    const base = JSON.parse(example('ruleset'));
    const layered = applyOverlay(base, JSON.parse(example('overlay')));
    expect(layered.ok ? [] : layered.problems).toEqual([]);
    if (layered.ok) expect(acceptRuleSetValue(layered.ruleSet).ok).toBe(true);
  });
});
