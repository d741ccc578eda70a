import { describe, expect, it } from 'vitest';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { replyOpening } from './reply-opening.ts';

function hits(text: string): string[] {
  return replyOpening.detect(buildDetectorInput(text)).map((h) => text.slice(h.start, h.end));
}

describe('reply-opening detector', () => {
  it.each([
    ['Vi viser til din henvendelse av 16. november.', 'Vi viser til'],
    ['Det vises til søknaden din.', 'Det vises til'],
    ['Med henvisning til e-posten din: saken er ferdig.', 'Med henvisning til'],
    ['Me syner til brevet ditt.', 'Me syner til'],
    ['With reference to your e-mail of 16 November.', 'With reference to'],
    ['Det vert vist til di e-post av 18.11.2026.', 'Det vert vist til'],
  ])('flags the opening reference in %j', (text, span) => {
    expect(hits(text)).toEqual([span]);
  });

  it.each([
    ['Vi viser til din henvendelse av 16. november.', 'info'],
    ['Viser til e-posten din.', 'info'],
    ['We refer to your letter.', 'info'],
    ['Det vises til søknaden din.', undefined],
    ['Reference is made to your letter.', undefined],
    ['With reference to your e-mail of 16 November.', undefined],
  ])("makes the writer's own reference a note, the impersonal one a suggestion: %j", (text, severity) => {
    expect(replyOpening.detect(buildDetectorInput(text))[0]?.severity).toBe(severity);
  });

  it('skips one greeting line and empty lines before the first sentence', () => {
    expect(hits('Hei, Kari!\n\nVi viser til henvendelsen din.')).toEqual(['Vi viser til']);
  });

  it.each([
    ['the answer first', 'Hei Kari!\n\nDu får plass i barnehagen fra 1. august. Vi viser til vedtaket i vedlegget.'],
    ['a reference later in the reply', 'Saken er ferdig behandlet.\n\nVi viser til vedlegget for detaljer.'],
    ['a second greeting-like line is content, not a greeting', 'Hei!\nHei igjen, her er svaret.\nVi viser til brevet.'],
    ['an empty reply', ''],
  ])('leaves %s alone', (_what, text) => {
    expect(hits(text)).toEqual([]);
  });
});
