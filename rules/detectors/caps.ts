// Words in CAPITALS read as shouting. Short all-caps words are usually acronyms (NAV, NRK, EU),
// so a single word counts only with five or more letters; a run of two or more capitalised words
// ("IKKE GLEM", "RING OSS") counts whatever their length. Words in params.allow (acronyms and
// names the municipality writes in capitals, such as BKSAK or HELFO) never count and keep their
// case in the suggestion. Organisation names ("BERGEN KOMMUNE", "BKK AS") and the signature
// below the closing line are how some offices write their name, not shouting. Words in
// params.shout ("IKKE", "MÅ", "NOT") are never acronyms, so they shout whatever their length. Works on the
// analysis tokens: no pass over the text of its own (the closing is looked for only on a hit).
import type { Token } from '../text/analysis.ts';
import { checkOptionalList } from '../engine/detector-params.ts';
import type { Detector, DetectorHit } from './types.ts';
import { signatureStart } from '../text/signature.ts';

const MIN_LETTERS_ALONE = 5;
/** Between two words of one run: spaces, optionally after a comma or colon — never a line break. */
const RUN_GAP = /^[,:;]?[ \t\u00a0]+$/u;
const SENTENCE_START_BEFORE = /(?:^|[.!?:]|\n)[ \t\u00a0"«(]*$/u;

interface CapsWord {
  token: Token;
  /** Core text without a final abbreviation point. */
  core: string;
  /** Parts of a hyphenated word ("NAV-KONTORET"), each with its allowed flag. */
  parts: Array<{ text: string; allowed: boolean }>;
  allowed: boolean;
}

/** A letter's title in capitals: no small letter, no closing stop, and a blank line after it («VEDTAK – SØKNAD OM DRIFTSTILSKOT 2027»). */
const HEADING_LINE = /^[^\p{Ll}\n]*\p{Lu}[^\p{Ll}\n]*(?<![.!?][ \t]*)$/u;
function isHeadingLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  const line = text.slice(start, end);
  if (!HEADING_LINE.test(line) || line.trim().split(/\s+/u).length > 20) return false;
  // A title stands on its own: the next line is blank or the text ends.
  const nextEnd = text.indexOf('\n', end + 1);
  return end >= text.length || text.slice(end + 1, nextEnd < 0 ? text.length : nextEnd).trim() === '';
}

const PART_SPLIT = /(['’-])/u;
/** The last word of an organisation's name. */
const ORGANISATION_END = new Set([
  'KOMMUNE',
  'KOMMUNES',
  'FYLKESKOMMUNE',
  'ETAT',
  'ETATEN',
  'AS',
  'ASA',
  'SA',
  'HF',
  'IKS',
  'KF',
  'BYDEL',
  'MUNICIPALITY',
  'COUNCIL',
]);

function isAllCaps(core: string): boolean {
  return core === core.toUpperCase() && core !== core.toLowerCase();
}

function letterCount(value: string): number {
  let n = 0;
  for (const ch of value) if (ch.toLowerCase() !== ch.toUpperCase()) n++;
  return n;
}

function allowList(params: Record<string, unknown>, key = 'allow'): Set<string> {
  const value = params[key];
  return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map((v) => v.toUpperCase()) : []);
}

/** Labels of payment codes: the capitals after them are a code ("IBAN NO53 …", "BIC SPAVNOBB"). */
const CODE_LABELS = new Set(['IBAN', 'BIC', 'SWIFT', 'KID']);

/**
 * Whether text[0] changes under toLowerCase(): read from the code below U+0100 (A–Z, À–Þ but ×),
 * so that the words of a reply cost no one-letter strings; the string methods above it.
 */
export function firstIsUpperCase(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 0x100) return (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
  const c0 = text[0]!;
  return c0 !== c0.toLowerCase();
}

/** Whether text[1] changes under toUpperCase(): a–z, µ, ß–ÿ but ÷ below U+0100; the string methods above it. */
export function secondIsLowerCase(text: string): boolean {
  const code = text.charCodeAt(1);
  if (code < 0x100) return (code >= 0x61 && code <= 0x7a) || code === 0xb5 || (code >= 0xdf && code <= 0xff && code !== 0xf7);
  const c1 = text[1]!;
  return c1 !== c1.toUpperCase();
}

function capsWord(token: Token, allow: Set<string>): CapsWord | undefined {
  if (token.kind !== 'word' && token.kind !== 'abbr') return undefined;
  const core = token.kind === 'abbr' && token.text.endsWith('.') ? token.text.slice(0, -1) : token.text;
  // Dotted abbreviations (F.EKS) are no shouting, nor codes with digits ("NO53", "A4").
  if (core.includes('.') || /\d/u.test(core) || !isAllCaps(core)) return undefined;
  // Separators stay in the list (odd indices) so the suggestion can rebuild the word.
  const parts = core.split(PART_SPLIT).map((text, i) => ({ text, allowed: i % 2 === 1 || allow.has(text) }));
  return { token, core, parts, allowed: allow.has(core) || parts.every((p) => p.allowed) };
}

function shouts(run: CapsWord[], shout: Set<string>): boolean {
  let counted = 0;
  for (const w of run) {
    if (w.allowed) continue;
    for (const part of w.parts) {
      if (part.allowed) continue;
      const letters = letterCount(part.text);
      if (letters >= MIN_LETTERS_ALONE || shout.has(part.text)) return true;
      if (letters >= 2) counted++;
    }
  }
  return counted >= 2;
}

function suggestion(text: string, run: CapsWord[]): string {
  let out = '';
  for (let i = 0; i < run.length; i++) {
    const w = run[i]!;
    if (i > 0) out += text.slice(run[i - 1]!.token.start + run[i - 1]!.core.length, w.token.start);
    out += w.allowed ? w.core : w.parts.map((p) => (p.allowed ? p.text : p.text.toLowerCase())).join('');
  }
  const first = run[0]!;
  if (!first.parts[0]!.allowed && SENTENCE_START_BEFORE.test(text.slice(Math.max(0, first.token.start - 8), first.token.start)))
    out = out.charAt(0).toUpperCase() + out.slice(1);
  return out;
}

export const caps: Detector = {
  id: 'caps',
  description:
    'Ord med store bokstaver (roping): ett ord på minst fem bokstaver (eller et ord i params.shout, som «IKKE») eller flere ord etter hverandre; params.allow er unntak.',
  parseParams(params) {
    for (const key of ['allow', 'shout']) checkOptionalList(params, 'caps', key, 'words');
  },
  detect({ text, analysis, params }) {
    const hits: DetectorHit[] = [];
    const allow = allowList(params);
    const shout = allowList(params, 'shout');
    let run: CapsWord[] = [];
    let signature: number | undefined;
    const flush = () => {
      if (
        run.length > 0 &&
        shouts(run, shout) &&
        !ORGANISATION_END.has(run[run.length - 1]!.core) &&
        run[0]!.token.start < (signature ??= signatureStart(text)) &&
        !isHeadingLine(text, run[0]!.token.start)
      ) {
        const start = run[0]!.token.start;
        const end = run[run.length - 1]!.token.start + run[run.length - 1]!.core.length;
        hits.push({ start, end, suggestions: [suggestion(text, run)] });
      }
      run = [];
    };
    // An indexed loop: here V8 allocated an iterator result for every word (a for-of loop).
    for (let i = 0; i < analysis.words.length; i++) {
      const token = analysis.words[i]!;
      // Cheap pre-check on the first two characters before any string work.
      if (!firstIsUpperCase(token.text) || (token.text.length > 1 && secondIsLowerCase(token.text))) {
        if (run.length) flush();
        continue;
      }
      const word = capsWord(token, allow);
      if (!word) {
        if (run.length) flush();
        continue;
      }
      const previous = run[run.length - 1];
      if (previous && !RUN_GAP.test(text.slice(previous.token.start + previous.core.length, token.start))) flush();
      // "IBAN", "BIC" and the code after them are no shouting.
      if (CODE_LABELS.has(word.core) || (previous && CODE_LABELS.has(previous.core))) word.allowed = true;
      run.push(word);
    }
    flush();
    return hits;
  },
};
