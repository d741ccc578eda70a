import { describe, expect, it } from 'vitest';
import { SharedWords, termsOf } from './answer-words.ts';

/** Per question, how many of its terms the sentence shares. */
function shared(questions: string[], sentence: string): number[] {
  const words = new SharedWords(questions.map(termsOf));
  const counts: number[] = [];
  words.count(sentence.toLowerCase().match(/[\p{L}][\p{L}\p{N}'-]*/gu) ?? [], counts);
  return counts;
}

describe('SharedWords', () => {
  it('counts a question stem once when the sentence has the same word or a compound of it', () => {
    expect(shared(['Når får jeg svar på byggesøknaden?'], 'Søknaden blir behandlet innen tre uker.')).toEqual([2]);
    expect(shared(['Trenger jeg parkeringstillatelse?'], 'Tillatelsen gjelder i ett år.')).toEqual([1]);
  });

  it('reads a four-letter word at the end of a long compound', () => {
    expect(shared(['Hvor henter jeg kortet?'], 'Lånekortet ligger i skranken.')).toEqual([1]);
  });

  it('counts a concept the question and the sentence share in other words, once', () => {
    expect(shared(['Hva koster det?'], 'Gebyret er 300 kroner.')).toEqual([1]);
  });

  it('counts per question, and nothing for a sentence of stop words', () => {
    expect(shared(['Når får jeg svar?', 'Hva koster det?'], 'Du får svar i morgen.')).toEqual([1, 0]);
    expect(shared(['Når får jeg svar?'], 'Det er nå her.')).toEqual([0]);
  });

  it('says how many words of the sentence are no stop words', () => {
    const words = new SharedWords([termsOf('Når får jeg svar?')]);
    expect(words.count(['du', 'får', 'svar', 'innen', 'fredag'], [])).toBe(2);
  });
});
