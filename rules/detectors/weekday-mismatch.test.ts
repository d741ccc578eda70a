import { describe, expect, it } from 'vitest';
import type { RuleLanguage } from '../ids.ts';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { weekdayMismatch } from './weekday-mismatch.ts';

const MONDAY = '2026-11-23';

function detect(text: string, language: RuleLanguage = 'nob') {
  return weekdayMismatch
    .detect(buildDetectorInput(text, { language, today: MONDAY }))
    .map((hit) => ({ phrase: text.slice(hit.start, hit.end), vars: hit.vars }));
}

describe('weekday-mismatch detector', () => {
  it('reports a weekday that the date beside it does not fall on, with the right weekday', () => {
    expect(detect('Pengene kommer på kontoen din mandag 10. desember.')).toEqual([
      { phrase: 'mandag 10. desember', vars: { written: 'mandag', weekday: 'torsdag', date: '10.12.2026' } },
    ]);
    expect(detect('Vi kjem på heimebesøk tysdag den 3. desember.', 'nno').map((h) => h.phrase)).toEqual(['tysdag den 3. desember']);
    expect(detect('We will call you on Monday, 3 December 2026.', 'eng').map((h) => [h.phrase, h.vars?.['weekday']])).toEqual([
      ['Monday, 3 December 2026', 'Thursday'],
    ]);
  });

  it('leaves a weekday that matches, a date with no weekday and a weekday that is a separate time alone', () => {
    expect(detect('Du får svar innen fredag 4. desember.')).toEqual([]);
    expect(detect('Vedtaket kommer 10. desember.')).toEqual([]);
    expect(detect('Vi svarer innen fredag, og vedtaket kommer 10. desember.')).toEqual([]);
    expect(detect('We will discuss it on Thursday 3 December.', 'eng')).toEqual([]);
  });

  it('reads a yearless date by its weekday when that fits the occurrence a few weeks back', () => {
    // Thursday 19 November 2026 is four days before this Monday; its next occurrence (2027) is a Friday.
    expect(detect('We will send the letter by Thursday 19 November at the latest.', 'eng')).toEqual([]);
    expect(detect('Vi hentar søpla måndag 16. november.', 'nno')).toEqual([]);
    // A weekday that fits neither occurrence is still wrong, and so is one with the year written out.
    expect(detect('Svaret kom tirsdag 19. november.').map((h) => h.phrase)).toEqual(['tirsdag 19. november']);
    expect(detect('We will call you on Thursday 19 November 2027.', 'eng').map((h) => h.phrase)).toEqual(['Thursday 19 November 2027']);
    // Too far back to be the recent past: 2 March 2026 was a Monday, but the reply means 2027.
    expect(detect('Vi kommer mandag 2. mars.').map((h) => h.vars?.['weekday'])).toEqual(['tirsdag']);
  });
});
