import { describe, expect, it } from 'vitest';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { slotSequence } from './slot-sequence.ts';

const SLOTS = {
  slots: [
    { words: ['entreprenøren', 'the contractor', 'they'] },
    { words: ['er', 'is', 'are'] },
    { words: ['helt', 'so', 'really'], optional: true, repeat: 2 },
    { words: ['a', 'et'], optional: true },
    { words: ['håpløs', 'useless', 'mess', 'rot'] },
  ],
};

function spans(text: string, params: Record<string, unknown> = SLOTS) {
  return slotSequence.detect(buildDetectorInput(text, { params })).map((h) => text.slice(h.start, h.end));
}

describe('slot-sequence detector', () => {
  it.each([
    ['every slot filled', 'Beklager, men entreprenøren er helt håpløs.', 'entreprenøren er helt håpløs'],
    ['optional slots left out', 'Entreprenøren er håpløs.', 'Entreprenøren er håpløs'],
    ['a repeated optional slot and a phrase', 'Sorry, the contractor is really so useless.', 'the contractor is really so useless'],
    ['an article slot', 'They are a mess at the moment.', 'They are a mess'],
  ])('matches %s', (_name, text, expected) => {
    expect(spans(text)).toEqual([expected]);
  });

  it.each([
    ['a required slot missing', 'Entreprenøren er ferdig.'],
    ['the words on two lines', 'Entreprenøren er\nhåpløs i mange år var det noen som sa.'],
    ['the slots out of order', 'Håpløs er entreprenøren.'],
    ['more optional words than the slot repeats', 'They are really so so useless.'],
  ])('leaves alone %s', (_name, text) => {
    expect(spans(text)).toEqual([]);
  });

  it('lets a gap take up to its number of words of any kind, fewest first, within one sentence', () => {
    const params = { slots: [{ words: ['kollegaen'] }, { words: ['som'] }, { any: 3 }, { words: ['ikke fulgt', 'glemte'] }] };
    expect(spans('Kollegaen som hadde saken glemte den.', params)).toEqual(['Kollegaen som hadde saken glemte']);
    expect(spans('Kollegaen som glemte den.', params)).toEqual(['Kollegaen som glemte']);
    expect(spans('Kollegaen som hadde saken din i flere uker glemte den.', params)).toEqual([]);
    expect(spans('Kollegaen som hadde saken. Vi har ikke fulgt den opp.', params)).toEqual([]);
    expect(() => spans('x', { slots: [{ any: 2 }, { words: ['a'] }] })).toThrow(/gap cannot be the first or the last/);
    expect(() => spans('x', { slots: [{ words: ['a'] }, { any: 9 }, { words: ['b'] }] })).toThrow(/from 1 to 8/);
  });

  it('leaves a match followed by a word of notFollowedBy to the rule that names the longer shape', () => {
    const params = { slots: [{ words: ['du'] }, { words: ['kjenner'] }], notFollowedBy: ['norske', 'the norwegian'] };
    expect(spans('Siden du kjenner reglene, vet du dette.', params)).toEqual(['du kjenner']);
    expect(spans('Siden du kjenner norske regler, vet du dette.', params)).toEqual([]);
  });

  it('finds each occurrence once', () => {
    expect(spans('They are a mess. The contractor is useless.')).toEqual(['They are a mess', 'The contractor is useless']);
  });

  it('refuses params that are not a list of slots with words', () => {
    const parse = (params: Record<string, unknown>) => () => slotSequence.parseParams?.(params, new Map());
    expect(parse({ slots: [{ words: ['a'] }] })).toThrow(/at least two slots/);
    expect(parse({ slots: [{ words: [] }, { words: ['b'] }] })).toThrow(/non-empty list/);
    expect(parse({ slots: [{ words: ['a'], optional: 'yes' }, { words: ['b'] }] })).toThrow(/optional/);
    expect(parse({ slots: [{ words: ['a'], repeat: 9 }, { words: ['b'] }] })).toThrow(/repeat/);
    expect(
      parse({
        slots: [
          { words: ['a'], optional: true },
          { words: ['b'], optional: true },
        ],
      }),
    ).toThrow(/required/);
    expect(parse(SLOTS)).not.toThrow();
  });
});
