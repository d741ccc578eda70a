// Legal references the reader cannot use: "jf. fvl. § 11 a", "forvaltningsloven § 28". A
// reference is fine when the same or the next sentence says what it means in plain words
// ("Det betyr at …", "som sier at …"); otherwise the reader gets a paragraph number and no answer
// (Sivilombudet: decisions the reader cannot understand breach good administrative conduct).
// A reference written the recommended way is fine too: the law's full name in a sentence that
// itself tells the reader what it means for them ("Etter forvaltningsloven § 28 kan du klage
// innen tre uker.", "Du har rett til å se dokumentene (forvaltningsloven § 18)."). An abbreviated
// law ("fvl.") or a bare "jf." still needs an explanation. So does a full name given as the
// reason for what the sentence says in plain words ("… fordi vi har teieplikt etter
// offentleglova § 13").
// One hit per run of references ("§ 28 og § 29"); the span runs from the law's name (or "jf.")
// to the last section number.
import type { Detector, DetectorHit } from './types.ts';
import { withFastWordStarts } from '../engine/word-start.ts';

// A run of section numbers from a "§" ("§ 28 og § 29", "§ 11 a første ledd"), matched sticky at
// each "§" so the text is never scanned position by position; the law's name ("forvaltningsloven",
// "fvl.", "jf. offl.") is then read backwards from the "§".
const SECTION = String.raw`§§?\s*\d+(?:\s?[a-z](?![\p{L}]))?(?:-\d+)?(?:\s+(?:første|andre|annet|tredje|fjerde|femte|fyrste)\s+ledd)?`;
const SECTIONS = new RegExp(String.raw`${SECTION}(?:\s*(?:,|og|eller|and|or)\s*${SECTION})*(?:\s+(?:i|of the)\s+[\p{L}-]+(?:loven|lova|Act))?`, 'uy');
const LAW_BEFORE =
  /(?:(?:jf\.|jfr\.|jvf\.)\s+)?(?:(?:\p{L}+-\s(?:og|eller)\s)?[\p{L}-]*(?:loven|lova|lov|lovens|lovas|forskrifta|forskriften|forskrift)|(?:fvl|pbl|offl|ofl|bvl|bhl|oppl|sotjl|hol|pasrl|ftrl)\.?|jf\.|jfr\.|jvf\.)\s*$/iu;
const LOOKBACK = 40;
// English: "section 29 of the Public Administration Act".
const ENGLISH_REFERENCE = /\b[Ss]ection\s+\d+(?:-\d+)?(?:\s?[a-z]\b)?\s+of\s+the\s+(?:(?:[A-Z][\p{L}-]*|of|and|the)\s+){1,6}Act\b/gu;

const EXPLANATION = new RegExp(
  [
    'det betyr',
    'dette betyr',
    'som betyr',
    'betyr at',
    'betyr det',
    'det vil si',
    'det vil seie',
    'dvs\\.',
    'som sier at',
    'som seier at',
    'sier at',
    'seier at',
    'det inneber',
    'dette inneber',
    'det innebærer',
    'dette innebærer',
    'som gir deg',
    'som gjev deg',
    'gir deg rett',
    'gjev deg rett',
    'det tyder',
    'med andre ord',
    'kort sagt',
    'that means',
    'this means',
    'which means',
    'which says',
    'says that',
    'gives you the right',
    'in other words',
  ].join('|'),
  'iu',
);

/** «jf. førerkortforskriften vedlegg 1», «jf. pkt. 7.2 i vedtektene», «jfr. inntaksreglementet»: a reference by «jf.» without a section sign. */
const JF_REFERENCE =
  /(?<![\p{L}])(?:jf|jfr|jvf)\.\s+(?:(?:pkt\.|punkt)\s*\d+(?:\.\d+)*(?:\s+i\s+[\p{L}-]+)?|[\p{L}-]*(?:loven|lova|forskriften|forskrifta|vedtektene|vedtektane|reglementet|regulativet|retningslinjene|retningslinene)(?:\s+(?:vedlegg|pkt\.|punkt|kapittel|kap\.)\s*\d+(?:\.\d+)*)?)(?![\p{L}\p{N}])/giu;

/** The law's full name, not an abbreviation or a bare "jf.": "forvaltningsloven", "plan- og bygningsloven". */
const FULL_LAW_NAME = /^(?:[\p{L}]+-\s(?:og|eller)\s)?[\p{L}-]{3,}(?:loven|lova|forskrifta|forskriften)\s*$/iu;
/** The sentence says what the reader can, must or has a right to do. */
const READER_ACTION = withFastWordStarts(
  /(?<!\p{L})(?:(?:du|dere|de)\s+(?:kan|må|skal|har|får|bør)|(?:kan|må|skal|har|får|bør)\s+(?:du|dere|dykk)|you\s+(?:can|must|have|may|will|are entitled))(?!\p{L})/iu,
);

/** The sentence says in plain words what the office must, may or may not do: «har vi plikt til å holde tilbake», «har kommunen taushetsplikt om», "we are not allowed to". */
const OFFICE_DUTY = withFastWordStarts(
  /(?<!\p{L})(?:taushetsplikt|teieplikt|plikt\s+til|plikt\s+å|har\s+rett\s+(?:til|på)|har\s+lov\s+til|(?:kan|får)\s+(?:vi|me|kommunen)\s+(?:ikke|ikkje)|(?:vi|me|kommunen)\s+(?:kan|får)\s+(?:ikke|ikkje)|duty\s+of\s+confidentiality|(?:duty|obliged|required|entitled)\s+to|(?:are|is)\s+not\s+allowed\s+to|(?:we|the\s+municipality)\s+cannot)(?!\p{L})/iu,
);
/** «Det følger av offentleglova § 13.»: the reference backs the sentence before it. */
const BACKS_PREVIOUS = /^\s*(?:det|dette|this|that)\s+(?:følger|følgjer|fremgår|går\s+fram|follows|is\s+set\s+out)(?!\p{L})/iu;

/** The reference ends a stated reason: "… fordi vi har teieplikt etter offentleglova § 13". */
const REASON_BEFORE = withFastWordStarts(/(?<!\p{L})(?:fordi|ettersom|sidan|siden|because|since)(?!\p{L})[^,;:]{3,}$/iu);
/** "… fordi det følger av forvaltningsloven § 28" gives the reference, not a reason in plain words. */
const EMPTY_REASON = withFastWordStarts(
  /(?<!\p{L})(?:fordi|ettersom|sidan|siden|because|since)\s+(?:det|dette|it|this)\s+(?:følger|følgjer|fremgår|går\s+fram|står|follows|is\s+stated|is\s+set\s+out)(?!\p{L})/iu,
);

export const legalReference: Detector = {
  id: 'legal-reference',
  description: 'Lovhenvisninger (§, eller «jf.» med lov, forskrift, vedtekter eller punkt) uten en forklaring i klart språk i samme eller neste setning.',
  detect({ text, analysis }) {
    const hits: DetectorHit[] = [];
    const sentences = analysis.sentences;
    const explained = (offset: number, fullName = false): boolean => {
      const index = sentences.findIndex((s) => offset >= s.start && offset < Math.max(s.end, s.start + 1));
      if (index < 0) return false;
      const from = sentences[index]!.start;
      const to = sentences[index + 1]?.end ?? sentences[index]!.end;
      if (EXPLANATION.test(text.slice(from, to))) return true;
      const sentence = text.slice(from, sentences[index]!.end);
      const before = text.slice(from, offset);
      if (!fullName) return false;
      if (READER_ACTION.test(sentence) || OFFICE_DUTY.test(sentence) || (REASON_BEFORE.test(before) && !EMPTY_REASON.test(before))) return true;
      // «Det følger av offentleglova § 13»: the sentence before says what it means.
      const previous = sentences[index - 1];
      if (!previous || !BACKS_PREVIOUS.test(sentence)) return false;
      const prior = text.slice(previous.start, previous.end);
      return READER_ACTION.test(prior) || OFFICE_DUTY.test(prior) || EXPLANATION.test(prior);
    };
    for (let at = text.indexOf('§'); at >= 0; at = text.indexOf('§', at + 1)) {
      SECTIONS.lastIndex = at;
      const m = SECTIONS.exec(text);
      if (!m) continue;
      let end = at + m[0].length;
      while (end > at && /\s/u.test(text[end - 1]!)) end--;
      const windowStart = Math.max(0, at - LOOKBACK);
      const law = LAW_BEFORE.exec(text.slice(windowStart, at));
      const start = law && law[0].trim() ? windowStart + law.index : at;
      if (!explained(start, !!law && FULL_LAW_NAME.test(law[0]))) hits.push({ start, end });
      at = end - 1;
    }
    // «jf. førerkortforskriften vedlegg 1», «jf. pkt. 7.2 i vedtektene»: a reference with no "§" is as unusable.
    if (/jfr?\.|jvf\./iu.test(text)) {
      JF_REFERENCE.lastIndex = 0;
      for (let m = JF_REFERENCE.exec(text); m !== null; m = JF_REFERENCE.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (hits.some((h) => h.start < end && start < h.end) || /^\s*§/u.test(text.slice(end, end + 3))) continue;
        if (!explained(start)) hits.push({ start, end });
      }
    }
    // English: "section 29 of the Public Administration Act" (only when the word is there at all).
    if (/section/i.test(text)) {
      ENGLISH_REFERENCE.lastIndex = 0;
      for (let m = ENGLISH_REFERENCE.exec(text); m !== null; m = ENGLISH_REFERENCE.exec(text))
        if (!explained(m.index, true)) hits.push({ start: m.index, end: m.index + m[0].length });
    }
    return hits;
  },
};
