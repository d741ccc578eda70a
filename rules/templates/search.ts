// Finding a standard answer: by words (title, text, keywords in every language, so a nynorsk
// writer finds «klage» and «klaga» alike) and by the inquiry's kind; and the suggestion for the
// inquiry at hand — a complaint suggests the complaint templates first.
import type { UiLanguage } from '../ids.ts';
import type { ReplyTemplate } from '../ruleset/types.ts';
import type { InquiryKind } from '../types.ts';

const fold = (s: string) => s.toLocaleLowerCase('nb').normalize('NFKD').replace(/\p{M}/gu, '');

function haystack(t: ReplyTemplate): { title: string; rest: string } {
  const langs: UiLanguage[] = ['nb', 'nn', 'en'];
  return {
    title: fold(langs.map((l) => t.title[l] ?? '').join(' ')),
    rest: fold([...langs.map((l) => t.text[l] ?? ''), ...(t.keywords ?? []), t.id].join(' ')),
  };
}

/**
 * Templates matching every word of `query` and, when given, written for `kind`; best first
 * (words in the title before words only in the text), otherwise in the set's order.
 */
export function searchTemplates(templates: readonly ReplyTemplate[], query: string, kind?: InquiryKind): ReplyTemplate[] {
  const words = fold(query)
    .split(/[^\p{L}\p{N}§]+/u)
    .filter(Boolean);
  const scored: Array<{ t: ReplyTemplate; score: number; index: number }> = [];
  templates.forEach((t, index) => {
    if (kind && !t.kinds.includes(kind)) return;
    const { title, rest } = haystack(t);
    let score = 0;
    for (const word of words) {
      if (title.includes(word)) score += 2;
      else if (rest.includes(word)) score += 1;
      else return;
    }
    scored.push({ t, score, index });
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map((s) => s.t);
}

/**
 * The templates written for this kind of inquiry, those written first of all for it (the kind
 * listed first) before those that also serve it; none without a kind.
 */
export function suggestedTemplates(templates: readonly ReplyTemplate[], kind: InquiryKind | undefined): ReplyTemplate[] {
  if (!kind) return [];
  return templates
    .map((t) => ({ t, rank: t.kinds.indexOf(kind) }))
    .filter((x) => x.rank >= 0)
    .sort((a, b) => a.rank - b.rank)
    .map((x) => x.t);
}
