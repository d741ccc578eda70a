import { describe, expect, it } from 'vitest';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { appealDateShort } from './appeal-date-short.ts';

function spans(text: string, language: 'nob' | 'nno' | 'eng' = 'nob') {
  return appealDateShort.detect(buildDetectorInput(text, { language, today: '2026-12-07' })).map((h) => text.slice(h.start, h.end));
}

describe('appeal-date-short detector', () => {
  it.each([
    ['the appeal due a week after writing', 'Du kan klage på vedtaket. Klagen må være oss i hende innen 14. desember 2026.', 'nob', 'innen 14. desember 2026'],
    ['«fristen for å klage» in nynorsk', 'Fristen for å klage er 18. desember 2026.', 'nno', '18. desember 2026'],
    ['"the complaint must reach us by"', 'The complaint must reach us by 14 December 2026.', 'eng', 'by 14 December 2026'],
    ['«klagefristen er» with a weekday', 'Klagefristen er fredag 18. desember.', 'nob', 'fredag 18. desember'],
  ] as const)('flags %s', (_name, text, language, expected) => {
    expect(spans(text, language)).toEqual([expected]);
  });

  it.each([
    ['three weeks and more ahead', 'Klagen må være oss i hende innen 28. desember 2026.', 'nob'],
    [
      'a duration from an earlier event beside the date',
      'Vil du klage, må du gjøre det innen tre uker etter at du fikk gebyret, altså senest 14. desember.',
      'nob',
    ],
    ['the office sending the appeal on', 'Hvis vi ikke endrer vedtaket, sender vi klagen til Statsforvalteren innen 14. desember.', 'nob'],
    ['the office answering the appeal', 'Du får eit skriftleg svar på klaga innan 21. desember.', 'nno'],
    ['more documents for an appeal already sent', 'If you want to add anything to your appeal, please send it to us by Friday 11 December.', 'eng'],
    ['a date already passed', 'Klagefristen var 30. november 2026, og den er dessverre ute.', 'nob'],
    ['a date in a sentence not about appeals', 'Send oss dokumenta innan 14. desember 2026.', 'nno'],
  ] as const)('leaves %s alone', (_name, text, language) => {
    expect(spans(text, language)).toEqual([]);
  });
});
