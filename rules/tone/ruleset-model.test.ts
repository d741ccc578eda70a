// A model travels inside a rule set: the acceptance pipeline validates its shape, decodes its
// bytes, checks the rules that use it, and runs those rules' examples with it.
import { describe, expect, it } from 'vitest';
import { acceptRuleSetValue } from '../ruleset/accept.ts';
import { cloneTestSet } from '../ruleset/test-fixtures.ts';
import type { Rule, RuleSet } from '../ruleset/types.ts';
import { wordBucket } from './features.ts';
import { encodeWeights, MODEL_KIND, type SentenceModelData } from './model.ts';

function model(overrides: Partial<SentenceModelData> = {}): SentenceModelData {
  return {
    id: 'tone',
    kind: MODEL_KIND,
    hashBits: 12,
    labels: ['informal'],
    bias: [-1],
    scale: [0.2],
    threshold: [0],
    weights: encodeWeights([[[wordBucket('kjapt', 12), 127]]]),
    ...overrides,
  };
}

const rule: Rule = {
  id: 'tone.model.informal',
  kind: 'detector',
  detector: 'tone-model',
  category: 'tone',
  subgoal: 'kompetent.kundeservice',
  severity: 'suggestion',
  languages: ['nob'],
  params: { model: 'tone', label: 'informal' },
  message: { nb: 'Uformelt.' },
  examples: { bad: ['Dette fikser vi kjapt for deg.'], good: ['Dette ordner vi for deg i dag.'] },
};

function set(models: unknown[], rules: Rule[] = [rule]): RuleSet {
  const rs = cloneTestSet();
  return { ...rs, rules: [...rs.rules, ...rules], models: models as SentenceModelData[] };
}

describe('a rule set with a model', () => {
  it("is accepted, and the model rule passes its own examples with the model's weights", () => {
    const result = acceptRuleSetValue(set([model()]));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('is refused when the model no longer flags a bad example', () => {
    const result = acceptRuleSetValue(set([model({ threshold: [50] })]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.stage).toBe('examples');
  });

  it.each([
    ['weights that are not base64', { weights: 'not base64!' }, 'schema'],
    ['weights pointing outside the hash space', { weights: encodeWeights([[[5000, 1]]]) }, 'compile'],
    ['an unknown model kind', { kind: 'neural-net' }, 'schema'],
    ['code where numbers belong', { bias: ['() => 1'] }, 'schema'],
  ])('is refused with %s', (_name, overrides, stage) => {
    const result = acceptRuleSetValue(set([model(overrides as Partial<SentenceModelData>)]));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.stage).toBe(stage);
      expect(result.problems[0]!.path).toMatch(/^models\[0\]/);
    }
  });

  it('is refused when a rule names a model the set does not have', () => {
    const result = acceptRuleSetValue(set([]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join(' ')).toMatch(/tone/);
  });
});
