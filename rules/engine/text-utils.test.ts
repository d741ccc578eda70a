import { describe, expect, it } from 'vitest';
import { caseShapeOf, matchCase } from './text-utils.ts';

/** The general reading: by the letters (\p{L}) and their upper and lower case. */
function caseByRegex(original: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'upper';
  const first = original.match(/\p{L}/u)?.[0];
  return first && first !== first.toLowerCase() ? 'capital' : 'own';
}

describe('caseShapeOf', () => {
  it('reads every pair of Latin-1 characters as the general reading does', () => {
    const wrong: string[] = [];
    for (let a = 0; a < 0x100; a++)
      for (let b = 0; b < 0x100; b++) {
        const text = String.fromCharCode(a, b);
        if (caseShapeOf(text, 0, 2) !== caseByRegex(text)) wrong.push(text);
      }
    expect(wrong).toEqual([]);
  });

  it('reads a span in place and text beyond Latin-1 by the general reading', () => {
    expect(caseShapeOf('se VEDRØRENDE her', 3, 13)).toBe('upper');
    expect(caseShapeOf('se Vedrørende her', 3, 13)).toBe('capital');
    expect(caseShapeOf('ªB', 0, 2)).toBe('upper');
    expect(caseShapeOf('ßA', 0, 2)).toBe('own');
    expect(caseShapeOf('ΩMEGA', 0, 5)).toBe('upper');
    expect(caseShapeOf('ωmega', 0, 5)).toBe('own');
  });

  it('gives suggestions the case of what they replace', () => {
    expect(matchCase('om', 'Vedrørende')).toBe('Om');
    expect(matchCase('og', 'SAMT')).toBe('OG');
    expect(matchCase('og', 'samt')).toBe('og');
    expect(matchCase('', 'SAMT')).toBe('');
  });
});
