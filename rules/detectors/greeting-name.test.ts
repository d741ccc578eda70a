import { describe, expect, it } from 'vitest';
import { buildDetectorInput } from '../engine/detector-input.ts';
import type { RuleLanguage } from '../ids.ts';
import { greetingName, nameParts } from './greeting-name.ts';

function hits(text: string, senderName: string | undefined, language: RuleLanguage = 'nob') {
  const context = senderName === undefined ? {} : { inquiry: { senderName } };
  return greetingName.detect(buildDetectorInput(text, { language, context })).map((h) => [text.slice(h.start, h.end), h.suggestions?.[0]]);
}

describe('nameParts', () => {
  it.each([
    ['Kari Nordmann', ['Kari', 'Nordmann']],
    ['Nordmann, Kari', ['Kari', 'Nordmann']],
    ['"Kari Nordmann" <kari@example.no>', ['Kari', 'Nordmann']],
    ['Anne-Lise Berg', ['Anne-Lise', 'Berg']],
    ['kari@example.no', []],
    ['Bergen Bolig AS', []],
    ['Fana borettslag', []],
  ])('%s → %j', (name, parts) => {
    expect(nameParts(name)).toEqual(parts);
  });
});

describe('greeting-name detector', () => {
  it.each([
    ['a bare greeting', 'Hei!\nTakk for søknaden.', ['Hei!', 'Hei, Kari!']],
    ['a greeting with a comma', 'Hei,\ntakk for søknaden.', ['Hei,', 'Hei, Kari,']],
    ['a greeting without punctuation at the end of the line', 'Hei\nTakk for søknaden.', ['Hei', 'Hei, Kari!']],
    ['a greeting that runs on', 'Hei og takk for søknaden.', ['Hei', 'Hei, Kari']],
    ['a wrong name', 'Hei Ola, takk for søknaden.', ['Hei Ola,', 'Hei, Kari,']],
    ['"God dag"', 'God dag!\nTakk for søknaden.', ['God dag!', 'God dag, Kari!']],
    ['a nynorsk «God morgon»', 'God morgon!\nTakk for søknaden.', ['God morgon!', 'God morgon, Kari!']],
    ['"Kjære innbygger"', 'Kjære innbygger,\ntakk for søknaden.', ['Kjære innbygger,', 'Kjære Kari,']],
  ])('flags %s', (_name, text, expected) => {
    expect(hits(text, 'Kari Nordmann')).toEqual([expected]);
  });

  it('makes a nameless «Hei,» that opens the letter a note, and keeps a bare «Hei!», a wrong name and "Dear Sir" as suggestions', () => {
    const severity = (text: string, language: RuleLanguage = 'nob') =>
      greetingName.detect(buildDetectorInput(text, { language, context: { inquiry: { senderName: 'Kari Nordmann' } } })).map((h) => h.severity ?? 'rule');
    expect(severity('Hei,\ntakk for søknaden.')).toEqual(['info']);
    expect(severity('Hi,\nthank you for your application.', 'eng')).toEqual(['info']);
    expect(severity('Hei!\nTakk for søknaden.')).toEqual(['rule']);
    expect(severity('Hei Ola, takk for søknaden.')).toEqual(['rule']);
    expect(severity('Dear Sir,\nThank you.', 'eng')).toEqual(['rule']);
  });

  it('writes English greetings the English way', () => {
    expect(hits('Dear Sir or Madam,\nThank you.', 'Kari Nordmann', 'eng')).toEqual([['Dear Sir or Madam,', 'Dear Kari,']]);
    expect(hits('Hello!\nThank you.', 'Kari Nordmann', 'eng')).toEqual([['Hello!', 'Hello Kari!']]);
  });

  it.each([
    ['the first name is there', 'Hei, Kari!\nTakk.', 'Kari Nordmann'],
    ['the surname is there', 'Kjære fru Nordmann,\ntakk.', 'Kari Nordmann'],
    ['the name is written in lower case', 'hei kari!\ntakk.', 'Kari Nordmann'],
    ['the sender name is unknown', 'Hei!\nTakk.', undefined],
    ['the sender is an organisation', 'Hei!\nTakk.', 'Bergen Bolig AS'],
    ['the first line is no greeting (tone.greeting covers that)', 'Takk for søknaden.\nHei!', 'Kari Nordmann'],
    ['"Hilsen" is no greeting word', 'Hilsen fra oss.', 'Kari Nordmann'],
  ])('does not flag when %s', (_name, text, sender) => {
    expect(hits(text, sender)).toEqual([]);
  });

  it('does not take a name that is part of another word for the name', () => {
    expect(hits('Hei, Karianne!\nTakk.', 'Kari Nordmann')).toEqual([['Hei, Karianne!', 'Hei, Kari!']]);
  });
});
