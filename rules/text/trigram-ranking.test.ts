// The lazy ranking must rank exactly as franc does: same languages, same order, same scores, on
// every piece of the eval corpus and on texts in other scripts, with and without a language list.
import { francAll } from 'franc';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../tests/eval/run.ts';
import { DETECTABLE_LANGUAGES } from './language.ts';
import { rankLanguages } from './trigram-ranking.ts';

const SCANDINAVIAN_OR_ENGLISH = ['nob', 'nno', 'dan', 'swe', 'eng'];

function samples(): string[] {
  const out: string[] = [];
  for (const c of loadCorpus()) {
    out.push(c.text);
    for (const line of c.text.split(/\n+/)) if (line.trim().length >= 10) out.push(line);
  }
  // Other scripts, a single-language script (Amharic is Ethiopic, as is Tigrinya), digits only.
  out.push(
    'Здравствуйте, я хотел бы узнать о моём заявлении.',
    'مرحبا، أود أن أسأل عن طلبي من فضلك',
    'ሰላም እባክዎን ስለ ማመልከቻዬ ይንገሩኝ',
    '1234567890 123456',
    'สวัสดีครับ ผมอยากถามเรื่องใบสมัคร',
  );
  return out;
}

describe('rankLanguages', () => {
  it.each([
    ['the detectable languages', [...DETECTABLE_LANGUAGES]],
    ['Scandinavian or English', SCANDINAVIAN_OR_ENGLISH],
    ['every language franc knows', []],
  ])('ranks as franc among %s', (_, only) => {
    const texts = samples();
    expect(texts.length).toBeGreaterThan(300);
    for (const text of texts) expect(rankLanguages(text, only, 10), text.slice(0, 60)).toEqual(francAll(text, { only, minLength: 10 }));
  });

  it('answers und for a text shorter than the minimum', () => {
    expect(rankLanguages('Hei du', [...DETECTABLE_LANGUAGES], 10)).toEqual([['und', 1]]);
  });
});
