import { describe, expect, it } from 'vitest';
import { analyze, isWhitespace, tokenize, tokenizeByPattern } from './analysis.ts';

const sentenceTexts = (text: string) => analyze(text).sentences.map((s) => text.slice(s.start, s.end));

describe('tokenize', () => {
  it('keeps Norwegian abbreviations, dates, numbers, URLs and e-mails as single tokens', () => {
    const text =
      'Se f.eks. bl.a. jf. kl. 12.30 den 04.12.2026, nr. 2026/12345, ca. 1.200 kr på https://www.bergen.kommune.no/innbyggerhjelpen. eller skriv til post@bergen.kommune.no.';
    const tokens = tokenize(text).map((t) => [t.text, t.kind]);
    expect(tokens).toEqual([
      ['Se', 'word'],
      ['f.eks.', 'abbr'],
      ['bl.a.', 'abbr'],
      ['jf.', 'abbr'],
      ['kl.', 'abbr'],
      ['12.30', 'number'],
      ['den', 'word'],
      ['04.12.2026', 'number'],
      ['nr.', 'abbr'],
      ['2026/12345', 'number'],
      ['ca.', 'abbr'],
      ['1.200', 'number'],
      ['kr', 'word'],
      ['på', 'word'],
      ['https://www.bergen.kommune.no/innbyggerhjelpen', 'url'],
      ['eller', 'word'],
      ['skriv', 'word'],
      ['til', 'word'],
      ['post@bergen.kommune.no', 'email'],
    ]);
  });

  it('keeps æøå, hyphenated and apostrophe words whole, and offsets are UTF-16 indices', () => {
    const text = '😊 Bærum-kontoret og Kari’s sønn';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Bærum-kontoret', 'og', 'Kari’s', 'sønn']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('sentences', () => {
  it('does not end a sentence at an abbreviation, date or number', () => {
    expect(sentenceTexts('Vi ringer deg ca. kl. 12.30 den 4.12. i år, f.eks. på mobil. Ha en fin dag!')).toEqual([
      'Vi ringer deg ca. kl. 12.30 den 4.12. i år, f.eks. på mobil.',
      'Ha en fin dag!',
    ]);
    // The office's own abbreviations of laws and phrases: «pbl. § 20-1», «ifm. ordinær saksgang».
    expect(sentenceTexts('Tiltaket er søknadspliktig etter pbl. § 20-1. Svar kommer ifm. ordinær saksgang.')).toEqual([
      'Tiltaket er søknadspliktig etter pbl. § 20-1.',
      'Svar kommer ifm. ordinær saksgang.',
    ]);
  });

  it('ends a chat-style sentence before a lower-case start, but not at an unlisted abbreviation without vowels', () => {
    expect(sentenceTexts('the truck guys skipped ur street lol. happens all the time')).toEqual([
      'the truck guys skipped ur street lol.',
      'happens all the time',
    ]);
    expect(tokenize('skipped ur street lol. happens').map((t) => t.lower)).toContain('lol');
    expect(sentenceTexts('Oppgi gnr. og bnr. i søknaden.')).toEqual(['Oppgi gnr. og bnr. i søknaden.']);
  });

  it('ends a sentence at a line break, so greeting lines stand alone', () => {
    expect(sentenceTexts('Hei Kari\r\nTakk for meldingen. Se www.bergen.kommune.no.\n\nVennlig hilsen\nOla')).toEqual([
      'Hei Kari',
      'Takk for meldingen.',
      'Se www.bergen.kommune.no.',
      'Vennlig hilsen',
      'Ola',
    ]);
  });

  it('reads a bare domain (with or without a path) as one token, so its points end no sentence', () => {
    const text = 'Søk på bergen.kommune.no eller nav.no/sosialhjelp, så hører du fra oss. Se også helsenorge.no.';
    expect(sentenceTexts(text)).toEqual(['Søk på bergen.kommune.no eller nav.no/sosialhjelp, så hører du fra oss.', 'Se også helsenorge.no.']);
    expect(
      tokenize(text)
        .filter((t) => t.kind === 'url')
        .map((t) => t.text),
    ).toEqual(['bergen.kommune.no', 'nav.no/sosialhjelp', 'helsenorge.no']);
  });

  it('ends a sentence at a colon only when a capital letter follows', () => {
    expect(sentenceTexts('Dette trenger vi: lønnsslipp og kontrakt. Merk: Fristen er fredag.')).toEqual([
      'Dette trenger vi: lønnsslipp og kontrakt.',
      'Merk:',
      'Fristen er fredag.',
    ]);
  });

  it('counts words per sentence without URLs and e-mail addresses', () => {
    const a = analyze('Skriv til post@bergen.kommune.no eller se https://bergen.kommune.no i dag.');
    expect(a.sentences[0]!.wordCount).toBe(6);
  });
});

describe('isWhitespace', () => {
  it('reads every UTF-16 code unit as \\s does', () => {
    const differing: string[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isWhitespace(code) !== /\s/.test(String.fromCharCode(code))) differing.push(`U+${code.toString(16)}`);
    expect(differing).toEqual([]);
  });
});

describe('tokenize: chunks read without the token pattern', () => {
  it('reads a number with closing punctuation as its digits, and signs alone as no token', () => {
    const text = '55 56, 12. 2026/12345, 4.) – § > - «Send» 1.5 12% (12) 3.»';
    expect(tokenize(text).map((t) => [t.text, t.kind])).toEqual([
      ['55', 'number'],
      ['56', 'number'],
      ['12', 'number'],
      ['2026/12345', 'number'],
      ['4', 'number'],
      ['Send', 'word'],
      ['1.5', 'number'],
      ['12', 'number'],
      ['12', 'number'],
      ['3', 'number'],
    ]);
  });
});

describe('tokenize: the same tokens as the token pattern over the whole text', () => {
  it('on chunks of words, numbers, signs, quotes and other scripts, in any mix', () => {
    // biome-ignore format: a word list or table reads best packed, as written
    const pieces = ['a', 'B', 'æ', 'Ø', 'é', 'ÿ', '×', '1', '2', '²', '.', ',', ':', ';', '!', '?', '(', ')', '[', ']', '«', '»', '"', '“', '”', '„', '‘', "'", '’',
      '-', '–', '/', '@', '%', '+', '_', ' ', ' ', '\n', '\u00a0', 'www', 'http://', '.no', 'kl', 'f.eks.', 'man', 'jan.', 'Nr', 'ſ', 'K', 'İ', '𝐀', '§'];
    let seed = 1;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const differ: string[] = [];
    for (let n = 0; n < 20_000; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 12);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      if (JSON.stringify(tokenize(text)) !== JSON.stringify(tokenizeByPattern(text))) differ.push(text);
    }
    expect(differ).toEqual([]);
    const text = "«Svar» (e-post) don't 18/11, 4.12–8.12. 1.200,50 kl. 12:30: svar: «e-post.» [www.nav.no] ‘sitat’ „gamle”";
    expect(tokenize(text)).toEqual(tokenizeByPattern(text));
  });
});
