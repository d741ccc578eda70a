// Language detection on short pieces of real replies: the eval corpus (tests/eval/corpus) cut
// into one- and two-line pieces, the length of a quick answer or a reply's first paragraph.
// Short replies are where franc's trigrams fail (bokmål read as German or Turkish, English as
// nynorsk), and a wrong language silently switches off every Norwegian rule.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../tests/eval/run.ts';
import { analyze } from './analysis.ts';
import { detectLanguage } from './language.ts';

interface Piece {
  id: string;
  expected: string;
  text: string;
  inquiry?: { text?: string };
}

function pieces(): Piece[] {
  const out: Piece[] = [];
  for (const c of loadCorpus()) {
    const lines = c.text.split(/\n+/).filter((l) => l.trim());
    for (let i = 0; i < lines.length; i++) {
      for (const k of [1, 2]) {
        if (i + k > lines.length) continue;
        const text = lines.slice(i, i + k).join('\n');
        // Shorter pieces are greetings and sign-offs ("Hei, Kari!", "Vennlig hilsen"): the
        // context decides those by design (MIN_DETECTION_LETTERS).
        if (text.length < 45) continue;
        out.push({ id: c.id, expected: c.language, text, ...(c.inquiry?.text ? { inquiry: { text: c.inquiry.text } } : {}) });
      }
    }
  }
  return out;
}

const all = pieces();

describe('language of short pieces of the eval corpus', () => {
  it('has enough pieces to mean something', () => {
    expect(all.length).toBeGreaterThan(200);
  });

  it('gets at least 99 % right from the piece alone, and the misses are the known ones', () => {
    const wrong = all.filter((p) => detectLanguage(p.text, analyze(p.text).words, undefined, 'nob').language !== p.expected).map((p) => p.text);
    // A signature line with no word of either language: only the context can tell (next test).
    expect(wrong).toEqual(['Ola Hansen\nHousing Allowance Office, Bergen kommune']);
    expect(1 - wrong.length / all.length).toBeGreaterThanOrEqual(0.99);
  });

  it('gets every piece right with the quoted inquiry as context', () => {
    const wrong = all
      .filter((p) => detectLanguage(p.text, analyze(p.text).words, undefined, 'nob', p.inquiry).language !== p.expected)
      .map((p) => `${p.id}: ${p.text}`);
    expect(wrong).toEqual([]);
  });
});
