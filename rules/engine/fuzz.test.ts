// Property-based tests: whatever staff paste — emoji, combining marks, RTL text, zero-width and
// no-break spaces, CRLF, control characters, digits that look like ids — the engine never throws,
// gives the same answer twice, and every offset lies within the text and never splits a
// surrogate pair (so an underline can never cut an emoji in half).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_RULE_SET } from '../standard/index.ts';
import { check } from './check.ts';
import { compileRuleSet } from './compile.ts';

const compiled = compileRuleSet(BUNDLED_RULE_SET);

const pieces = fc.constantFrom(
  'vedrørende',
  'Vedrørende',
  'samt',
  'snarest',
  'så snart som mulig',
  'innen fredag',
  'innan 4. desember',
  'f.eks.',
  'bl.a.',
  'jf.',
  'kl. 12.30',
  '04.12.2026',
  '2026/12345',
  '13097248022',
  '130972 48022',
  '30108299939',
  '1234 56 78903',
  '+47 912 34 567',
  'post@bergen.kommune.no',
  'https://www.bergen.kommune.no/a.b',
  'Hei, Kari!',
  'Vennlig hilsen',
  'Eg har ikkje',
  'We will reply',
  'ÆØÅ',
  'æøå',
  '😊',
  '👩‍👩‍👧',
  '🇳🇴',
  'e\u0301',
  'a\u0308\u0301',
  'مرحبا بك',
  'שלום',
  '\u200b',
  '\u200d',
  '\u00a0',
  '\u202f',
  '\ufeff',
  '\r\n',
  '\n',
  '\r',
  '\t',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u2028',
  '\ud83d',
  '\ude00',
  '!!!',
  '???',
  ':',
  '. ',
  ' ',
  '  ',
  '…',
  '«',
  '»',
  '§ 11 a',
);
const chunk = fc.oneof(
  { weight: 5, arbitrary: pieces },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const replyText = fc.array(chunk, { maxLength: 60 }).map((parts) => parts.join(' '));
const language = fc.constantFrom(undefined, 'nob' as const, 'nno' as const, 'eng' as const);

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const splitsPair = (text: string, i: number) => i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

describe('engine under generated input', () => {
  it('never throws, is deterministic, and keeps offsets inside the text and off surrogate pairs (10,000 texts)', () => {
    fc.assert(
      fc.property(replyText, language, (text, lang) => {
        const context = {
          now: '2026-11-23T10:00:00+01:00',
          ...(lang ? { language: lang } : {}),
          inquiry: { text: 'Når får jeg svar?', receivedAt: '2026-11-16', kind: 'question' as const },
        };
        const first = check(text, context, compiled);
        const second = check(text, context, compiled);
        expect(second).toEqual(first);
        expect(first.failedRules).toBeUndefined();
        for (const f of first.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(splitsPair(text, f.start) || splitsPair(text, f.end)).toBe(false);
        }
        for (const d of first.dates) {
          expect(d.start).toBeLessThan(d.end);
          expect(text.slice(d.start, d.end)).toBe(d.text);
        }
      }),
      { numRuns: 10_000, seed: 20261123 },
    );
    // About 3 s alone; generous because CI has 2 cores and other suites run beside it.
  }, 180_000);

  it('never splits a surrogate pair when a huge text is truncated', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 400 }), fc.string({ unit: 'grapheme', maxLength: 300 }), (maxLength, text) => {
        const result = check(text + '😊'.repeat(200), { language: 'nob' }, compiled, { maxLength });
        if (result.truncatedAt !== undefined) expect(splitsPair(text + '😊'.repeat(200), result.truncatedAt)).toBe(false);
      }),
      { numRuns: 2000, seed: 7 },
    );
  }, 60_000);
});
