import { describe, expect, it } from 'vitest';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { appealDeadline } from './appeal-deadline.ts';

function spans(text: string) {
  return appealDeadline.detect(buildDetectorInput(text)).map((h) => text.slice(h.start, h.end));
}

describe('appeal-deadline detector', () => {
  it.each([
    ['a bare right to appeal', 'Søknaden er innvilget for høsten. Du kan klage hvis du er uenig.', 'Du kan klage'],
    ['a passive appeal right', 'Vedtaket kan påklages til Statsforvalteren via NAV-kontoret.', 'kan påklages'],
    [
      'a right to appeal beside the deadline for another step',
      'The deadline for rectification is 15 January 2027. You may appeal the decision.',
      'You may appeal',
    ],
    ['a right to appeal beside «fristen for utbedring»', 'Fristen for utbedring er 15. januar 2027. Du kan klage på vedtaket.', 'Du kan klage'],
    ['"you may of course appeal"', 'If you disagree with the decision, you may of course appeal.', 'you may of course appeal'],
    ['«eventuell klage» in nynorsk', 'Søknaden er innvilga med 20 timar. Eventuell klage kan fremjast på vanleg måte.', 'Eventuell klage'],
    ['«klage kan du sende»', 'Det går ikke. Klage kan du sende hvis du vil.', 'Klage kan du sende'],
    ['an unstated appeal period', 'Any complaint must be sent within the appeal period.', 'within the appeal period'],
    ['"Appeal if you …"', 'You have been given 10 hours a week. Appeal if you disagree.', 'Appeal if you'],
    ['a word between the right and the appeal', 'Du kan selvsagt klage på skatteseddelen om du mener verdien er feil.', 'Du kan selvsagt klage'],
    ['the right after a condition, verb first', 'Gebyret står derfor ved lag. Er du uenig, kan du klage skriftlig.', 'kan du klage'],
    ['the reader\'s wish to appeal, «om» as "if"', 'Om du vil klage, kan du sende klagen til skulen.', 'du vil klage'],
    ['the deadline named but not given, after the right', 'Du kan klage på vedtaket. Klagen må være sendt innen klagefristen.', 'innen klagefristen'],
    ['the deadline named but not given, in the same sentence', 'Du kan klage på vedtaket om utleggstrekk innen klagefristen.', 'innen klagefristen'],
  ])('flags %s', (_name, text, expected) => {
    expect(spans(text)).toEqual([expected]);
  });

  it.each([
    ['the deadline in the same sentence', 'Du kan klage på vedtaket innen tre uker etter at du fikk dette brevet.'],
    ['the deadline in the next sentence', 'Vedtaket kan påklagast. Klagefristen er tre veker frå du fekk brevet.'],
    ['the deadline in another sentence about appeals', 'You can appeal to the County Governor. Send it to us. The deadline for appeals is three weeks.'],
    ['a date for the appeal', 'Du kan klage innen 18. desember 2026.'],
    ['the deadline after a condition', 'Er du uenig, kan du klage innen tre uker.'],
    ['no right to appeal', 'Du kan ikke klage på en foreløpig beskjed.'],
    ['a complaint that was received', 'Klagen din er mottatt, og vi behandler den.'],
    ['a pointer to the decision that explains it', 'I vedtaket står det hvordan du kan klage hvis du er uenig.'],
    ['an English pointer', 'The decision explains how you can appeal if you disagree.'],
  ])('accepts %s', (_name, text) => {
    expect(spans(text)).toEqual([]);
  });
});
