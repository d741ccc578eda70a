import { describe, expect, it } from 'vitest';
import type { RuleLanguage } from '../ids.ts';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { readerAddress } from './reader-address.ts';

function spans(text: string, form: string, language: RuleLanguage = 'nob') {
  return readerAddress.detect(buildDetectorInput(text, { language, params: { form } })).map((h) => text.slice(h.start, h.end));
}

describe('reader-address', () => {
  it('finds "man", also at a sentence end where the tokenizer reads "man." as Monday', () => {
    expect(spans('Slik søker man. Man må logge inn.', 'man')).toEqual(['man', 'Man']);
    expect(spans('Åpent man.–fre. kl. 8–15.', 'man')).toEqual([]);
  });

  it('finds the pronoun "en"/"ein" but not the article', () => {
    expect(spans('Hvis en ønsker plass, må en søke. En kan klage.', 'en')).toEqual(['en', 'en', 'En']);
    expect(spans('En søknad kan sendes. Hvis en søker får avslag, kan en saksbehandler hjelpe.', 'en')).toEqual([]);
    expect(spans('Viss ein ønskjer plass, må ein søkje.', 'en', 'nno')).toEqual(['ein', 'ein']);
    expect(spans('Ein søknad kan du sende på nett.', 'en', 'nno')).toEqual([]);
    expect(spans('Da kan en søke på nytt. Her får en vente litt.', 'en')).toEqual(['en', 'en']);
  });

  it('leaves "en" as an article after a verb that has a subject: "Du får en begrunnelse"', () => {
    expect(spans('Du får en begrunnelse. Du får en uttalelse fra oss, og vi kan en samtale.', 'en')).toEqual([]);
    expect(spans('Da får en samtale med saksbehandleren. Du kan en gang til sende skjemaet.', 'en')).toEqual([]);
    expect(spans('Du får ein grunngjeving, og du kan ein gong til sende skjemaet.', 'en', 'nno')).toEqual([]);
  });

  it('finds the reader in the third person, not the verb "søker"', () => {
    expect(spans('Søker må sende lønnsslipp. Vi ser at søkeren har bodd her.', 'third-person')).toEqual(['Søker', 'søkeren']);
    expect(spans('Når du søker, må du legge ved lønnsslipp. Hun klager ofte.', 'third-person')).toEqual([]);
  });

  it('finds polite De/Dem/Deres mid-sentence, and "De" at a sentence start only alongside them', () => {
    expect(spans('Vi takker for Deres brev. De får svar i morgen.', 'polite')).toEqual(['Deres', 'De']);
    expect(spans('Vi har snakket med naboene. De er enige.', 'polite')).toEqual([]);
    expect(spans('Takk for brevet frå Dykk.', 'polite', 'nno')).toEqual(['Dykk']);
  });

  it('finds the third person with a reflexive "selv" before the verb', () => {
    expect(spans('Vi minner om at tiltakshaver selv er ansvarlig for dokumentasjonen.', 'third-person')).toEqual(['tiltakshaver']);
    expect(spans('Du er selv ansvarlig, og vi har snakket med tiltakshaveren selv.', 'third-person')).toEqual([]);
  });

  it('finds "the applicant" and its kin with a finite verb in an English reply, with "you" as the suggestion', () => {
    const text = 'Kindly note that the applicant is required to use the portal. The complainant has not replied.';
    const hits = readerAddress.detect(buildDetectorInput(text, { language: 'eng', params: { form: 'third-person' } }));
    expect(hits.map((h) => [text.slice(h.start, h.end), h.suggestions?.[0]])).toEqual([
      ['the applicant', 'you'],
      ['The complainant', 'You'],
    ]);
  });

  it('leaves English roles that are usually someone else, lists and plurals alone', () => {
    expect(spans('The tenant has complained. We sent the applicant list to the school. Applicants must apply by May.', 'third-person', 'eng')).toEqual([]);
  });

  it('runs only the third-person form in English', () => {
    expect(spans('A man can apply, and De may be a name.', 'man', 'eng')).toEqual([]);
    expect(spans('We met De Jong on Monday.', 'polite', 'eng')).toEqual([]);
  });
});
