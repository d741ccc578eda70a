import { describe, expect, it } from 'vitest';
import { BUNDLED_RULE_SET } from '../standard/index.ts';
import { check } from './check.ts';
import { compileRuleSet } from './compile.ts';
import { patternFirstWords } from './pattern-first-words.ts';

describe('patternFirstWords', () => {
  it('reads the first word or the first group of literal words after a word-start boundary', () => {
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])(?:du|dykk|de) (?:må|bør) nok prøve å(?![\\p{L}\\p{N}])')).toEqual(['du', 'dykk', 'de']);
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])for moro (?:skuld|skyld)(?![\\p{L}\\p{N}])')).toEqual(['for']);
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])(?:Not|not exactly) the (?:sharpest|brightest)')).toEqual(['not']);
    expect(patternFirstWords('(?<![\\p{L}])(?:ikke|ikkje)(?![\\p{L}]) akkurat')).toEqual(['ikke', 'ikkje']);
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])(?:ikke|ikkje) ["“«]\\p{L}+')).toEqual(['ikke', 'ikkje']);
  });

  it('gives up where a word could be a prefix, optional or not plain', () => {
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])forklar\\p{L}* deg')).toBeUndefined();
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])(?:jo )?veldig')).toBeUndefined();
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])p\\.t\\.')).toBeUndefined();
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])(?:ikke|ikkje)-akutt')).toBeUndefined();
    expect(patternFirstWords('(?<=[.!?]\\s)(?:full stop|period)(?=[.!])')).toBeUndefined();
    expect(patternFirstWords('du skulle ha')).toBeUndefined();
  });

  it('lets a pattern find its words inside a hyphenated or quoted word of the text', () => {
    const compiled = compileRuleSet(BUNDLED_RULE_SET);
    const text = 'Hei Kari,\nSkiltet er faktisk der, så det er vanskelig å bomme på det.\nMvh Ola';
    const found = check(text, { language: 'nob', now: '2026-12-05T10:00:00+01:00' }, compiled).findings.filter(
      (f) => f.ruleId === 'tone.condescending-structure',
    );
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['vanskelig å bomme på']);
    const hyphen = 'Many visitors did not "see" the signs, and the e-mail was not-"read".';
    const en = check(hyphen, { language: 'eng', now: '2026-12-05T10:00:00+01:00' }, compiled).findings.filter(
      (f) => f.ruleId === 'tone.condescending-structure-en',
    );
    expect(en.map((f) => hyphen.slice(f.start, f.end))).toEqual(['not "see"']);
  });
});
