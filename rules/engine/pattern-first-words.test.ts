import { describe, expect, it } from 'vitest';
import { BUNDLED_RULE_SET } from '../standard/index.ts';
import { check } from './check.ts';
import { compileRuleSet } from './compile.ts';
import { parseMarkedText } from './examples.ts';
import { patternFirstWords, patternNextInitials } from './pattern-first-words.ts';

describe('patternFirstWords', () => {
  it('reads the first word or the first group of literal words after a word-start boundary', () => {
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])(?:du|dykk|de) (?:må|bør) nok prøve å(?![\\p{L}\\p{N}])')).toEqual(['du', 'dykk', 'de']);
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])for moro (?:skuld|skyld)(?![\\p{L}\\p{N}])')).toEqual(['for']);
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])(?:Not|not exactly) the (?:sharpest|brightest)')).toEqual(['not']);
    expect(patternFirstWords('(?<![\\p{L}])(?:ikke|ikkje)(?![\\p{L}]) akkurat')).toEqual(['ikke', 'ikkje']);
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])(?:ikke|ikkje) ["“«]\\p{L}+')).toEqual(['ikke', 'ikkje']);
  });

  it('reads a word that a sign ends, a lookbehind of signs before it, and alternatives with groups of their own', () => {
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])p\\.t\\.')).toEqual(['p']);
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])(?:ikke|ikkje)-akutt')).toEqual(['ikke', 'ikkje']);
    expect(patternFirstWords("(?<![\\p{L}\\p{N}])we(?:['’]ll| will) see(?=[.!,])")).toEqual(['we']);
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])Yo!(?=[ \\t]*\\n)')).toEqual(['yo']);
    expect(patternFirstWords('(?<=[.!?]\\s)(?:full stop|period)(?=[.!])')).toEqual(['full', 'period']);
    expect(patternFirstWords('(?<=, ?)(?:bare så du vet|berre så du veit)(?: det)?')).toEqual(['bare', 'berre']);
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])(?<!ikke )din feil(?![\\p{L}\\p{N}])')).toEqual(['din']);
    expect(patternFirstWords('(?<![\\p{L}])(?:a different (?:school |work )?culture|cultural differences?)(?![\\p{L}])')).toEqual(['a', 'cultural']);
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])(?:nothing|not much)(?: that)? (?:we|I) can do')).toEqual(['nothing', 'not']);
    expect(patternFirstWords("(?<![\\p{L}\\p{N}])Norway,? (?:it is|it's) not")).toEqual(['norway']);
  });

  it('reads a class of one letter in both cases as that letter, in lower case', () => {
    expect(patternFirstWords('(?<![\\p{L}])(?:[Hh]o|[Hh]an|[Dd]ei) har (?:flytta|flyttet) til')).toEqual(['ho', 'han', 'dei']);
    expect(patternNextInitials('(?<![\\p{L}])(?:[Hh]o|[Hh]an|[Dd]ei) [Hh]ar flytta')).toBe('h');
    // Not a case pair, or not Latin-1: not read.
    expect(patternFirstWords('(?<![\\p{L}])[Hk]an gjøre')).toBeUndefined();
    expect(patternFirstWords('(?<![\\p{L}])[Σσ]τα ')).toBeUndefined();
  });

  it('reads a group at the start as its alternatives, and an optional one also as absent', () => {
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])(?:(?:du|dykk) kan|kan du) klage')).toEqual(['du', 'dykk', 'kan']);
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])(?:i\\s+)?midten\\s+av')).toEqual(['i', 'midten']);
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])(?:(?:de|dei)\\s+)??neste\\s+uke')).toEqual(['de', 'dei', 'neste']);
    // Absent, the optional group leaves a word that a letter may follow, or a repeated group: not read.
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])(?:i\\s+)?uke\\p{L}*')).toBeUndefined();
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])(?:veldig\\s+)+bra')).toBeUndefined();
  });

  it('gives up where a word could be a prefix, optional or not plain', () => {
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])forklar\\p{L}* deg')).toBeUndefined();
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])(?:jo )?veldig')).toBeUndefined();
    expect(patternFirstWords('(?<![\\p{L}])expects? everything')).toBeUndefined();
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])(?:heii+|hallaii+)(?![\\p{L}\\p{N}])')).toBeUndefined();
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])(?:vår|høst)(?:semesteret|halvåret)')).toBeUndefined();
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])abc2 def')).toBeUndefined();
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])du (?:må|bør)|bare')).toBeUndefined();
    expect(patternFirstWords('(?<![\\p{L}\\p{N}])du')).toBeUndefined();
    expect(patternFirstWords('(?<=[a-z])du ')).toBeUndefined();
    expect(patternFirstWords('hvilket(?<=, ?hvilket)(?![\\p{L}\\p{N}])')).toBeUndefined();
    expect(patternFirstWords('du skulle ha')).toBeUndefined();
  });

  it('reads the first letters of the word after a first word and a space', () => {
    expect(patternNextInitials('(?<![\\p{L}\\p{N}])(?:du|dykk|de) (?:må|bør) nok prøve å(?![\\p{L}\\p{N}])')).toBe('mb');
    expect(patternNextInitials('(?<![\\p{L}\\p{N}])for moro (?:skuld|skyld)(?![\\p{L}\\p{N}])')).toBe('m');
    // A multi-word alternative, an optional or repeated space, no plain second word: not told.
    expect(patternNextInitials('(?<![\\p{L}\\p{N}])(?:så snart|når) (?:vi|jeg)')).toBeUndefined();
    expect(patternNextInitials('(?<![\\p{L}\\p{N}])(?:du|de) ?(?:må|bør)')).toBeUndefined();
    expect(patternNextInitials('(?<![\\p{L}\\p{N}])(?:du|de) +(?:må|bør)')).toBeUndefined();
    expect(patternNextInitials('(?<![\\p{L}\\p{N}])du \\p{L}+ feil')).toBeUndefined();
    expect(patternNextInitials('(?<![\\p{L}\\p{N}])(?:ikke|ikkje)-akutt')).toBeUndefined();
  });

  it('finds with its first words exactly what a scan of the whole reply finds (every example of every pattern rule)', () => {
    const fast = compileRuleSet(BUNDLED_RULE_SET);
    const scanned = compileRuleSet(BUNDLED_RULE_SET);
    for (const rule of scanned.rules) {
      delete rule.firstWords;
      delete rule.stickyRegexes;
    }
    const texts: Array<{ text: string; language?: string }> = [
      { text: "Hei!\nWe'll see. It's your own responsibility, and it's been chaos here. Soon-ish, I'm sure you know." },
      { text: 'Hei.\nDet er din feil, bare så du vet. Punktum. Saka gjeld ikkje-akutte tilfelle, p.t. ingen.' },
      // The second word's first letter in another case, after two spaces, a no-break space, as «ſ».
      { text: 'DU MÅ NOK PRØVE Å lese. Du  må nok prøve å lese. Du\u00a0må nok prøve å lese. Du ſkulle jo ha lest det. Etter Hvert.' },
    ];
    for (const rule of BUNDLED_RULE_SET.rules)
      if (rule.kind === 'existence')
        for (const example of [...(rule.examples?.bad ?? []), ...(rule.examples?.good ?? [])]) {
          const { text, language } = typeof example === 'string' ? { text: example, language: undefined } : example;
          texts.push({ text: parseMarkedText(text).text, ...(language ? { language } : {}) });
        }
    for (const { text, language } of texts) {
      for (const lang of language ? [language] : ['nob', 'eng']) {
        const context = { language: lang as 'nob', now: '2026-12-05T10:00:00+01:00' };
        expect(check(text, context, fast).findings).toEqual(check(text, context, scanned).findings);
      }
    }
  }, 120_000);

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
