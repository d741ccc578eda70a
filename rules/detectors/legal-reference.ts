// Legal references the reader cannot use: "jf. fvl. § 11 a", "forvaltningsloven § 28". A
// reference is fine when the same or the next sentence says what it means in plain words
// ("Det betyr at …", "som sier at …"); otherwise the reader gets a paragraph number and no answer
// (Sivilombudet: decisions the reader cannot understand breach good administrative conduct).
// One hit per run of references ("§ 28 og § 29"); the span runs from the law's name (or "jf.")
// to the last section number.
import type { Detector, DetectorHit } from './types.ts';

// Law name (a word ending in -loven/-lova/-lov, a known abbreviation) or "jf.", then §/§§ numbers.
const LAW = String.raw`(?:(?:jf\.|jfr\.|jvf\.)\s+)?(?:(?:[\p{L}-]+(?:loven|lova|lov|lovens|lovas|forskrifta|forskriften|forskrift))|(?:fvl|pbl|offl|ofl|bvl|bhl|oppl|sotjl|hol|pasrl|ftrl)\.?)?`;
const SECTION = String.raw`§§?\s*\d+(?:\s?[a-z](?![\p{L}]))?(?:-\d+)?(?:\s+(?:første|andre|annet|tredje|fjerde|femte|fyrste)\s+ledd)?`;
const REFERENCE = new RegExp(String.raw`(?:${LAW}\s*)${SECTION}(?:\s*(?:,|og|eller|and|or)\s*${SECTION})*(?:\s+(?:i|of the)\s+[\p{L}-]+(?:loven|lova|Act))?`, 'gu');
// English: "section 29 of the Public Administration Act".
const ENGLISH_REFERENCE = /\b[Ss]ection\s+\d+(?:\s?[a-z]\b)?\s+of\s+the\s+(?:(?:[A-Z][\p{L}-]*|of|and|the)\s+){1,6}Act\b/gu;

const EXPLANATION = new RegExp(
  [
    'det betyr', 'dette betyr', 'som betyr', 'betyr at', 'betyr det', 'det vil si', 'det vil seie', 'dvs\\.',
    'som sier at', 'som seier at', 'sier at', 'seier at', 'det inneber', 'dette inneber', 'det innebærer',
    'dette innebærer', 'som gir deg', 'som gjev deg', 'gir deg rett', 'gjev deg rett', 'det tyder', 'med andre ord',
    'kort sagt', 'that means', 'this means', 'which means', 'which says', 'says that', 'gives you the right',
    'in other words',
  ].join('|'),
  'iu',
);

export const legalReference: Detector = {
  id: 'legal-reference',
  description: 'Lovhenvisninger (§) uten en forklaring i klart språk i samme eller neste setning.',
  detect({ text, analysis }) {
    const hits: DetectorHit[] = [];
    const sentences = analysis.sentences;
    const explained = (offset: number): boolean => {
      const index = sentences.findIndex((s) => offset >= s.start && offset < Math.max(s.end, s.start + 1));
      if (index < 0) return false;
      const from = sentences[index]!.start;
      const to = sentences[index + 1]?.end ?? sentences[index]!.end;
      return EXPLANATION.test(text.slice(from, to));
    };
    // Most replies cite no law: skip the regex scan unless its anchor is present.
    const patterns = [text.includes('§') ? REFERENCE : undefined, /section/i.test(text) ? ENGLISH_REFERENCE : undefined];
    for (const re of patterns) {
      if (!re) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        let start = m.index;
        let end = start + m[0].length;
        while (start < end && /\s/u.test(text[start]!)) start++;
        while (end > start && /\s/u.test(text[end - 1]!)) end--;
        if (end <= start || explained(start)) continue;
        hits.push({ start, end });
      }
    }
    return hits;
  },
};
