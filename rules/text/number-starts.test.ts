import { describe, expect, it } from 'vitest';
import { analyze } from './analysis.ts';
import { digitRunOrSignStarts, digitRunStarts, matchesAt, stickyTwin } from './number-starts.ts';

const TEXTS = [
  'Ring 55 56 55 56 eller +47 936 41 208, konto 1234 56 78901 (NO93 8601 1117 947).',
  'Saksnummer 2026/12345 – fødselsnummer 010203 12345, kl. 08.00–15.00, ²3 and ١٢٣٤٥٦٧٨.',
  '12345678901234 1234567890 9999 99 99999 N0 NO12 ++4799999999 0047 99 99 99 99',
  'No digits here at all.',
];

function scan(global: RegExp, text: string): Array<[number, string]> {
  const found: Array<[number, string]> = [];
  global.lastIndex = 0;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) found.push([m.index, m[0]]);
  return found;
}

describe('number starts', () => {
  it('lists where each run of digits starts', () => {
    expect(digitRunStarts(analyze('a1 22b333 4'))).toEqual([1, 3, 6, 10]);
    expect(digitRunOrSignStarts(analyze('+4 N 12 N'), 'N')).toEqual([1, 3, 5, 8]);
  });

  it('finds, tried at those places, exactly what a scan finds', () => {
    const patterns = [
      /(?<![\p{N}\p{L}+/.,–-]|\p{N}[ \u00a0])(?:(?:\+|00)47[ \u00a0]?)?\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2}(?![\p{N}])/gu,
      /(?=[\dN])(?<![\p{N}\p{L}.,/-]|\p{N}[ ])(?:NO\d{2}[ ]?\d{4}[ ]?\d{4}[ ]?\d{3}|\d{4}([ .])\d{2}\1\d{5}|\d{11})(?![\p{N}])/gu,
      /(?<![\p{N},/-]|[\p{N}][ ])(\d{6})[ -]?(\d{5})(?![\p{N}])/gu,
    ];
    for (const text of TEXTS) {
      const analysis = analyze(text);
      for (const [pattern, sign] of [
        [patterns[0]!, '+'],
        [patterns[1]!, 'N'],
        [patterns[2]!, undefined],
      ] as const) {
        const starts = sign ? digitRunOrSignStarts(analysis, sign) : digitRunStarts(analysis);
        const found = matchesAt(stickyTwin(pattern), text, starts).map((m): [number, string] => [m.index, m[0]]);
        expect(found).toEqual(scan(pattern, text));
      }
    }
  });
});
