// Abbreviations of laws and agencies that a citizen cannot be expected to know ("fvl. § 29",
// "pbl.", "TEK17", "UDI", "FOIA"), reported once per reply unless the reply explains them: the
// full name anywhere in the reply ("forvaltningsloven … fvl."), or the short form introduced in
// brackets ("Plan- og bygningsetaten (PBE)", "TEK17 (byggteknisk forskrift)"), as Digdir and
// Språkrådet advise. The list is data in the rule's params, so a unit adds its own agencies.
//
// Lower-case forms match in any case ("Pbl." opens a sentence); a form with a capital letter
// matches only as written, so "UDI" is not found in "udi" and "NAV"-style names stay exact.
import type { RuleLanguage } from '../ids.ts';
import { escapeRegExp } from '../engine/text-utils.ts';
import { lowerCaseText, tokenize, wordIndex } from '../text/analysis.ts';
import type { Detector, DetectorHit } from './types.ts';

interface Abbreviation {
  forms: string[];
  /** The full name per reply language; an abbreviation without one for the language is not reported. */
  expansion: Partial<Record<RuleLanguage, string>>;
  /** Lower-case words whose presence in the reply means the name is explained already. */
  explainedBy?: string[];
}

interface Compiled {
  /** Sticky: tried only where a word starts whose lower case, without points, is in firstWords. */
  patterns: RegExp[];
  firstWords: Set<string>;
  /** Form as matched (lower case for the case-insensitive ones) → its abbreviation. */
  byForm: Map<string, Abbreviation>;
}

const compiledParams = new WeakMap<Record<string, unknown>, Compiled>();

function alternation(forms: string[]): string {
  // Longest first, so "fvl." wins over "fvl".
  return [...forms]
    .sort((a, b) => b.length - a.length)
    .map((f) => `${escapeRegExp(f)}${/[\p{L}\p{N}]$/u.test(f) ? '(?![\\p{L}\\p{N}])' : ''}`)
    .join('|');
}

/** "fvl." may be one token or a word and a point, depending on what follows: compare without points. */
function firstWordKey(lower: string): string {
  return lower.endsWith('.') ? lower.replace(/\.+$/u, '') : lower;
}

function abbreviations(params: Record<string, unknown>): Abbreviation[] {
  const list = params['abbreviations'];
  return Array.isArray(list) ? (list as Abbreviation[]) : [];
}

function compile(params: Record<string, unknown>): Compiled {
  let compiled = compiledParams.get(params);
  if (compiled) return compiled;
  const byForm = new Map<string, Abbreviation>();
  const firstWords = new Set<string>();
  const exact: string[] = [];
  const anyCase: string[] = [];
  for (const abbreviation of abbreviations(params))
    for (const form of abbreviation.forms) {
      firstWords.add(firstWordKey(tokenize(form)[0]?.lower ?? form.toLowerCase()));
      if (form === form.toLowerCase()) {
        anyCase.push(form);
        byForm.set(form, abbreviation);
      } else {
        exact.push(form);
        byForm.set(form, abbreviation);
      }
    }
  const before = '(?<![\\p{L}\\p{N}.])';
  const patterns: RegExp[] = [];
  if (exact.length > 0) patterns.push(new RegExp(`${before}(?:${alternation(exact)})`, 'uy'));
  if (anyCase.length > 0) patterns.push(new RegExp(`${before}(?:${alternation(anyCase)})`, 'iuy'));
  compiled = { patterns, firstWords, byForm };
  compiledParams.set(params, compiled);
  return compiled;
}

/** "(PBE)" or "TEK17 (byggteknisk forskrift)": the writer introduces the short form here. */
export function introducedHere(text: string, start: number, end: number): boolean {
  return text[start - 1] === '(' || /^[ \u00a0]?\(/u.test(text.slice(end, end + 2));
}

/** Each abbreviation needs its forms and a full name per reply language; `explainedBy` words are optional. */
function checkAbbreviations(params: Record<string, unknown>): void {
  const list = params['abbreviations'];
  if (!Array.isArray(list) || list.length === 0) throw new Error('unexplained-abbreviation: params.abbreviations must be a non-empty list');
  for (const [i, item] of list.entries()) {
    const a = item as Partial<Abbreviation> | null;
    if (!a || !Array.isArray(a.forms) || a.forms.length === 0 || a.forms.some((f) => typeof f !== 'string' || f.trim() === ''))
      throw new Error(`unexplained-abbreviation: abbreviations[${i}].forms must be a non-empty list of words`);
    if (!a.expansion || typeof a.expansion !== 'object' || Object.values(a.expansion).some((e) => typeof e !== 'string' || e.trim() === ''))
      throw new Error(`unexplained-abbreviation: abbreviations[${i}].expansion must map reply languages to full names`);
    if (a.explainedBy !== undefined && (!Array.isArray(a.explainedBy) || a.explainedBy.some((w) => typeof w !== 'string' || w.trim() === '')))
      throw new Error(`unexplained-abbreviation: abbreviations[${i}].explainedBy must be a list of words`);
  }
}

export const unexplainedAbbreviation: Detector = {
  id: 'unexplained-abbreviation',
  description:
    'Forkortelser for lover og etater («fvl.», «pbl.», «TEK17», «UDI», «FOIA») som ikke er forklart i svaret; meldes første gang, med fullt navn som forslag.',
  parseParams: checkAbbreviations,
  detect({ text, language, params, analysis }) {
    const { patterns, firstWords, byForm } = compile(params);
    const found: Array<{ start: number; end: number; abbreviation: Abbreviation }> = [];
    // Each distinct word of the reply once (the word index), then where it stands.
    wordIndex(analysis).forEach((positions, lowerWord) => {
      if (!firstWords.has(firstWordKey(lowerWord))) return;
      for (const position of positions) {
        const word = analysis.words[position]!;
        for (const pattern of patterns) {
          pattern.lastIndex = word.start;
          const m = pattern.exec(text);
          if (!m) continue;
          const abbreviation = byForm.get(m[0]) ?? byForm.get(m[0].toLowerCase());
          if (abbreviation?.expansion[language]) found.push({ start: m.index, end: m.index + m[0].length, abbreviation });
          break;
        }
      }
    });
    if (found.length === 0) return [];
    found.sort((a, b) => a.start - b.start);
    const lower = lowerCaseText(analysis);
    const done = new Set<Abbreviation>();
    const hits: DetectorHit[] = [];
    for (const { start, end, abbreviation } of found) {
      if (done.has(abbreviation)) continue;
      done.add(abbreviation);
      const expansion = abbreviation.expansion[language]!;
      if (introducedHere(text, start, end)) continue;
      const explainedBy = [expansion.toLowerCase(), ...(abbreviation.explainedBy ?? [])];
      if (explainedBy.some((words) => lower.includes(words))) continue;
      hits.push({ start, end, suggestions: [expansion], vars: { expansion } });
    }
    return hits;
  },
};
