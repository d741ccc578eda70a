// Tokenizer behaviour the clarity rules work around (documented for the engine's owner).
import { describe, expect, it } from 'vitest';
import { analyze } from './analysis.ts';

describe('tokenizer cases met by the clarity rules', () => {
  // "man." is also the abbreviation for mandag; before a capital letter it is the pronoun.
  it('reads "man." at a sentence end as the pronoun and a full stop', () => {
    const analysis = analyze('Slik søker man. Du finner skjemaet på nett.');
    expect(analysis.words.map((w) => w.text)).toContain('man');
    expect(analysis.sentences).toHaveLength(2);
  });

  it('keeps "man.–fre." (opening hours) and "man. 16. nov." as abbreviations', () => {
    expect(analyze('Åpent man.–fre. kl. 8–15.').words[1]!.kind).toBe('abbr');
    expect(analyze('Møtet er man. 16. nov. kl. 10.').sentences).toHaveLength(1);
  });

  it('ends the sentence after "jul." before a capital letter, and at the end of the text', () => {
    expect(analyze('Vi svarer før jul. Ha en fin dag.').sentences).toHaveLength(2);
    expect(analyze('Vi svarer før jul.').words.at(-1)!.text).toBe('jul');
  });
});
