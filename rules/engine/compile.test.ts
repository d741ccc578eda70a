// The compile's shortcuts must not change what it builds: a phrase's words by the split equal the
// tokenizer's, for every phrase of the bundled standard and for phrases the split must refuse.
import { describe, expect, it } from 'vitest';
import { BUNDLED_RULE_SET } from '../standard/index.ts';
import { tokenize } from '../text/analysis.ts';
import { compileRuleSet, phraseTokens } from './compile.ts';

const viaTokenizer = (phrase: string) => tokenize(phrase).map((t) => t.lower);

describe('phraseTokens', () => {
  it('gives the tokenizer’s words for every phrase of the standard', () => {
    const phrases: string[] = [];
    for (const rule of BUNDLED_RULE_SET.rules) {
      if (rule.kind === 'substitution') for (const entry of rule.entries) phrases.push(...entry.match);
      if (rule.kind === 'existence') phrases.push(...(rule.words ?? []));
    }
    expect(phrases.length).toBeGreaterThan(500);
    for (const phrase of phrases) expect(phraseTokens(phrase), phrase).toEqual(viaTokenizer(phrase));
  });

  it.each(['Vedrørende', 'i henhold til', 'Straße', 'e-post', 'f.eks.', 'kl. 12', 'the  council', ' leading', 'Å', 'ſ', 'K'])(
    'matches the tokenizer on «%s»',
    (phrase) => {
      expect(phraseTokens(phrase)).toEqual(viaTokenizer(phrase));
    },
  );
});

describe('compileRuleSet for the bundled standard', () => {
  it('builds the same index without the schema pass', () => {
    const checked = compileRuleSet(BUNDLED_RULE_SET);
    const bundled = compileRuleSet(BUNDLED_RULE_SET, { bundled: true });
    expect(bundled.rules.map((r) => r.rule.id)).toEqual(checked.rules.map((r) => r.rule.id));
    for (const language of ['nob', 'nno', 'eng'] as const) expect([...bundled.phraseIndex[language]]).toEqual([...checked.phraseIndex[language]]);
  });
});
