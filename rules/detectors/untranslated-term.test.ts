import { describe, expect, it } from 'vitest';
import type { RuleLanguage } from '../ids.ts';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { untranslatedTerm } from './untranslated-term.ts';

function spans(text: string, language: RuleLanguage = 'eng') {
  return untranslatedTerm.detect(buildDetectorInput(text, { language })).map((h) => text.slice(h.start, h.end));
}

describe('untranslated-term', () => {
  it('reports a Norwegian term left unexplained in an English reply', () => {
    expect(spans('You can take the sofa to the nearest gjenvinningsstasjon.')).toEqual(['gjenvinningsstasjon']);
    expect(spans('The stikkledning from the main to your house is your responsibility.')).toEqual(['stikkledning']);
    expect(spans('The fee follows the gebyrregulativ for 2026.')).toEqual(['gebyrregulativ']);
    // Heads and endings of Norwegian public-service words: a price, a payment, an intake, an eviction.
    expect(spans('You pay the makspris plus kostpenger.')).toEqual(['makspris', 'kostpenger']);
    expect(spans('She got a place in the supplerende opptak.')).toEqual(['supplerende', 'opptak']);
    expect(spans('We have the notice of tvangsfravikelse from the namsmann.')).toEqual(['tvangsfravikelse', 'namsmann']);
    // A basis, a deduction, a council, an office: the words a tax or council letter leaves in Norwegian.
    expect(spans('The tax is based on the formuesgrunnlag, less the bunnfradrag.')).toEqual(['formuesgrunnlag', 'bunnfradrag']);
    expect(spans('The rate was adopted by bystyret after the formannskap had discussed it.')).toEqual(['bystyret', 'formannskap']);
  });

  it('accepts the term as a gloss in brackets or quotation marks, or followed by one', () => {
    expect(spans('Take it to a recycling centre (gjenvinningsstasjon).')).toEqual([]);
    expect(spans('The service pipe («stikkledning») is yours.')).toEqual([]);
    expect(spans('The gjenvinningsstasjon (recycling centre) at Rådalen is open on Saturdays.')).toEqual([]);
  });

  it('leaves names, the signature, English words and Norwegian replies alone', () => {
    expect(spans('Bymiljøetaten will send you a letter.\n\nKind regards\nKari Sørensen\nvann og avløp')).toEqual([]);
    expect(spans('Our guys are on it.\n\nCheers!!\nVann og avløp')).toEqual([]);
    expect(spans('The station is closed while we check the adjustment of the budget.')).toEqual([]);
    expect(spans('The landscape of the partnership board is in the ordinance.')).toEqual([]);
    expect(spans('Surprise: nobody else, elsewhere or otherwise, was in the adopted plan for the prison.')).toEqual([]);
    expect(spans('Ta sofaen med til gjenvinningsstasjonen.', 'nob')).toEqual([]);
  });
});
