import { describe, expect, it } from 'vitest';
import type { RuleLanguage } from '../ids.ts';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { legalReference } from './legal-reference.ts';

function spans(text: string, language: RuleLanguage = 'nob') {
  return legalReference.detect(buildDetectorInput(text, { language })).map((h) => text.slice(h.start, h.end));
}

describe('legal-reference', () => {
  it('reports a reference with no plain explanation, from the law name to the last section', () => {
    expect(spans('Du har rett til innsyn, jf. fvl. § 18.')).toEqual(['jf. fvl. § 18']);
    expect(spans('Tiltaket er søknadspliktig etter plan- og bygningsloven § 20-1.')).toEqual(['plan- og bygningsloven § 20-1']);
    expect(spans('Kravet er avslått etter offentleglova § 13 og § 14.', 'nno')).toEqual(['offentleglova § 13 og § 14']);
  });

  it('reports a reference by «jf.» to a regulation, the bylaws or a point, without a section sign', () => {
    expect(spans('Du oppfyller ikke kravene, jf. førerkortforskriften vedlegg 1.')).toEqual(['jf. førerkortforskriften vedlegg 1']);
    expect(spans('Plassen kan seiast opp, jf. pkt. 7.2 i vedtektene.', 'nno')).toEqual(['jf. pkt. 7.2 i vedtektene']);
    expect(spans('Søknaden er avslått, jf. forvaltningsloven § 17.')).toEqual(['jf. forvaltningsloven § 17']);
    expect(spans('Du kan si opp plassen med en måneds varsel, jf. vedtektene. Det betyr at du betaler for januar.')).toEqual([]);
  });

  it('reads an English section number with a hyphen and a letter', () => {
    expect(spans('This is decided under section 2-1 d of the Patient and User Rights Act.', 'eng')).toEqual([
      'section 2-1 d of the Patient and User Rights Act',
    ]);
  });

  it('accepts an explanation in the same or the next sentence', () => {
    expect(spans('Du kan klage, jf. forvaltningsloven § 28. Det betyr at du må klage innen tre uker.')).toEqual([]);
  });

  it('accepts the full law name where the sentence, or the one it backs, says what the office must or may not do', () => {
    expect(spans('Prisene er forretningshemmeligheter, og dem har vi plikt til å holde tilbake etter offentleglova § 13.')).toEqual([]);
    expect(spans('Slike opplysninger har kommunen taushetsplikt om, og da kan vi ikke gi dem ut. Det følger av offentleglova § 13.')).toEqual([]);
    expect(spans('Vi har behandlet saken etter forvaltningsloven § 33.')).toEqual(['forvaltningsloven § 33']);
    expect(spans('Saken er ferdig. Det følger av offentleglova § 13.')).toEqual(['offentleglova § 13']);
    expect(spans('Vi kan ikke gi deg dokumentene, jf. offl. § 13.')).toEqual(['jf. offl. § 13']);
  });

  it('accepts the full law name in a sentence that says what the reader can do', () => {
    expect(spans('Etter forvaltningsloven § 28 kan du klage innen tre uker.')).toEqual([]);
    expect(spans('Du har rett til å se dokumentene i saken din (forvaltningsloven § 18).')).toEqual([]);
    expect(spans('Etter forvaltningslova § 28 kan du klage innan tre veker.', 'nno')).toEqual([]);
    // An abbreviation still needs words.
    expect(spans('Etter fvl. § 28 kan du klage innen tre uker.')).toEqual(['fvl. § 28']);
  });

  it('accepts the full law name at the end of a reason given in plain words, not an empty "fordi det følger av"', () => {
    expect(spans('Vi har sladda namnet, fordi vi har teieplikt om det etter offentleglova § 13.', 'nno')).toEqual([]);
    expect(spans('Vi har sladda namnet, fordi det følgjer av offentleglova § 13.', 'nno')).toEqual(['offentleglova § 13']);
    expect(spans('Vi har sladda namnet, fordi vi har teieplikt etter offl. § 13.', 'nno')).toEqual(['offl. § 13']);
  });
});
