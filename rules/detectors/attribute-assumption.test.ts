import { describe, expect, it } from 'vitest';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { attributeAssumption } from './attribute-assumption.ts';

const PARAMS = {
  traits: ['opp i åra', 'opp i årene', 'eldre dager', 'eige språk', 'eget språk', 'own language', 'many cultures', 'mange kulturar'],
  originLeads: ['come from', 'kjem frå', 'kommer fra'],
  ageLeads: ['du er', 'you are'],
  guesses: ['kanskje lurt', 'nok', 'i guess', 'are used to', 'is normal', 'høres ut som', 'er vant til'],
};
function spans(text: string) {
  return attributeAssumption.detect(buildDetectorInput(text, { params: PARAMS })).map((h) => text.slice(h.start, h.end));
}

describe('attribute-assumption detector', () => {
  it('reports a sentence that names the reader’s age, origin, culture or language and guesses from it', () => {
    expect(spans('Sidan de er komne litt opp i åra, er det kanskje lurt å få hjelp av barnebarna.')).toEqual(['opp i åra, er det kanskje lurt']);
    expect(spans('Since you come from India, I guess you are used to waiting in long queues.')).toEqual(['come from India, I guess']);
    expect(spans('In many cultures it is normal that children are up late.')).toEqual(['many cultures it is normal']);
    expect(spans('Høres ut som faren din har fått eventyrlyst på sine eldre dager.')).toEqual([
      'Høres ut som faren din har fått eventyrlyst på sine eldre dager',
    ]);
  });

  it('takes an age said in other words for a trait: a birth year, «en dame på 74», a bare number after the lead-in, "At 81, …"', () => {
    const params = { ...PARAMS, guesses: [...PARAMS.guesses, 'reknar eg med', 'perhaps not', 'er usikker på om'] };
    const found = (text: string) => attributeAssumption.detect(buildDetectorInput(text, { params })).map((h) => text.slice(h.start, h.end));
    expect(found('Sidan du er fødd i 1942, reknar eg med at du ikkje brukar e-post.')).toEqual(['fødd i 1942, reknar eg med']);
    expect(found('Jeg er usikker på om tempoet passer for en dame på 74.')).toEqual(['er usikker på om tempoet passer for en dame på 74']);
    expect(found('Du er jo berre 19, så det enklaste er nok å flytte heim att.')).toEqual(['Du er jo berre 19, så det enklaste er nok']);
    expect(found('At 81 years, a journey like this is perhaps not advisable.')).toEqual(['At 81 years, a journey like this is perhaps not']);
    // The age alone, or a guess about something else, is no assumption.
    expect(found('Du er født i 1975 og har rett til plass.')).toEqual([]);
    expect(found('Du er 3 i køen, og det er nok ledig plass i januar.')).toEqual([]);
  });

  it('takes an age in years after its lead-in for a trait', () => {
    expect(spans('Siden du er 86 år, er det kanskje lurt å be familien om hjelp.')).toEqual(['du er 86 år, er det kanskje lurt']);
    expect(spans('Siden du er 18 år, kan du søke selv.')).toEqual([]);
    expect(spans('Du er nok 2 uker for sent ute.')).toEqual([]);
  });

  it('leaves either part alone, and an origin without a place', () => {
    expect(spans('Brosjyren finst på ditt eige språk, og du kan få tolk.')).toEqual([]);
    expect(spans('Since you come from Poland, you need a D-number before you start work.')).toEqual([]);
    expect(spans('Det er nok plass i salen til alle.')).toEqual([]);
    expect(spans('Where do the papers come from, I guess the school?')).toEqual([]);
  });

  it('reports once per sentence', () => {
    expect(spans('Sidan du kjem frå Syria, er du nok vant til slikt, og det er nok lurt å vente.')).toHaveLength(1);
  });

  it('refuses params without guesses when the set is loaded', () => {
    expect(() => attributeAssumption.parseParams?.({ traits: ['x'] })).toThrow(/guesses/);
    expect(() => attributeAssumption.parseParams?.({ traits: 'x', guesses: ['y'] })).toThrow(/traits/);
  });
});
