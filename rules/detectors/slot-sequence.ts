// A structure of word slots, as data: each slot a list of words or phrases, some optional, matched
// in order over the reply's words. «[entreprenøren] [er] [helt] [håpløs]», "[they] [are] [a]
// [complete] [mess]", «[om du bare hadde] [lest]». One rule states the shape once («an agency or
// colleague + is + judgement») where a phrase list would spell out every combination, and a
// manager extends a slot with one word. Slots are matched on the analysis tokens (lower case),
// so nothing here is a regular expression and nothing can backtrack.
//
// params.slots: [{ words: string[], optional?: true, repeat?: number }] — `repeat` lets an
// optional slot take up to that many words in a row ("really so", "helt heilt").
// A slot { any: n } takes up to n words of any kind, fewest first («[kollegaen] som hadde saka … [ikkje
// følgt opp]»): a gap that a regular expression could only state with backtracking.
// params.notFollowedBy: string[] — a match followed by one of these words is left to the rule that
// names the longer shape («kjend med [norske]» is unequal treatment, not only condescension).
import { derivedFrom, placesOf, tokenize, wordIndex, type TextAnalysis, type Token } from '../text/analysis.ts';
import type { Detector, DetectorHit } from './types.ts';

interface Slot {
  /** Each alternative as its lower-case tokens. */
  alternatives: string[][];
  /** The alternatives by their first token, longest first: a slot tries only those that can start at a word. */
  byFirst: Map<string, string[][]>;
  optional: boolean;
  repeat: number;
  /** A gap: up to this many words of any kind (0 for a slot of words). */
  any: number;
}

interface Compiled {
  slots: Slot[];
  /** Words after the match that leave it to another rule, as lower-case tokens. */
  notFollowedBy: string[][];
  /** Where a match can start: the first words of the first required slot and of the optional ones before it. */
  first: Set<string>;
  /** The numbers of its required slots (requiredSlotsByWord): a match takes a word of each. */
  required: number[];
}

const compiled = new WeakMap<Record<string, unknown>, Compiled>();

// Every required slot of every slot rule compiled so far gets a number, listed under each of its
// first words. Per check, one pass over the reply's distinct words marks the slots it can fill;
// a rule with an unmarked required slot cannot match and is passed over without looking further.
// (Fifty rules looking their own slots' words up in the word index cost more than the rest of them.)
const requiredSlotsByWord = new Map<string, number[]>();
let requiredSlotCount = 0;
/** Key of the marked slots among what is derived from an analysis (derivedFrom). */
const FILLABLE = {};

/** Per required slot number, whether the reply holds one of its first words (1) or not (0). */
function fillableSlots(analysis: TextAnalysis): Uint8Array {
  const cached = derivedFrom(analysis, FILLABLE, () => ({ count: -1, fillable: new Uint8Array(0) }));
  if (cached.count !== requiredSlotCount) {
    const fillable = new Uint8Array(requiredSlotCount);
    wordIndex(analysis).forEach((_, word) => {
      const slots = requiredSlotsByWord.get(word);
      if (slots) for (let k = 0; k < slots.length; k++) fillable[slots[k]!] = 1;
    });
    cached.count = requiredSlotCount;
    cached.fillable = fillable;
  }
  return cached.fillable;
}

function readSlots(params: Record<string, unknown>): Compiled {
  const cached = compiled.get(params);
  if (cached) return cached;
  const raw = params['slots'];
  if (!Array.isArray(raw) || raw.length < 2) throw new Error('slot-sequence: params.slots must be a list of at least two slots');
  const slots = raw.map((slot, i) => {
    const s = slot as { words?: unknown; optional?: unknown; repeat?: unknown; any?: unknown };
    if (!s || typeof s !== 'object') throw new Error(`slot-sequence: params.slots[${i}] must be an object with words`);
    if (s.any !== undefined) {
      if (!(Number.isInteger(s.any) && (s.any as number) >= 1 && (s.any as number) <= 8))
        throw new Error(`slot-sequence: params.slots[${i}].any must be a whole number from 1 to 8`);
      if (i === 0 || i === raw.length - 1) throw new Error(`slot-sequence: params.slots[${i}]: a gap cannot be the first or the last slot`);
      return { alternatives: [], byFirst: new Map<string, string[][]>(), optional: true, repeat: 1, any: s.any as number };
    }
    if (!Array.isArray(s.words) || s.words.length === 0 || !s.words.every((w) => typeof w === 'string'))
      throw new Error(`slot-sequence: params.slots[${i}].words must be a non-empty list of words`);
    if (s.optional !== undefined && typeof s.optional !== 'boolean') throw new Error(`slot-sequence: params.slots[${i}].optional must be true or false`);
    if (s.repeat !== undefined && !(Number.isInteger(s.repeat) && (s.repeat as number) >= 1 && (s.repeat as number) <= 4))
      throw new Error(`slot-sequence: params.slots[${i}].repeat must be a whole number from 1 to 4`);
    // The tokens the analysis gives for these words (as phrase rules tokenize their phrases).
    const alternatives = (s.words as string[]).map((w) => tokenize(w).map((t) => t.lower)).filter((t) => t.length > 0);
    // Longest first: "a complete" before "a".
    alternatives.sort((a, b) => b.length - a.length);
    const byFirst = new Map<string, string[][]>();
    for (const a of alternatives) {
      const list = byFirst.get(a[0]!);
      if (list) list.push(a);
      else byFirst.set(a[0]!, [a]);
    }
    return { alternatives, byFirst, optional: s.optional === true, repeat: (s.repeat as number | undefined) ?? 1, any: 0 };
  });
  if (slots.every((s) => s.optional)) throw new Error('slot-sequence: at least one slot must be required');
  const first = new Set<string>();
  for (const s of slots) {
    for (const a of s.alternatives) first.add(a[0]!);
    if (!s.optional) break;
  }
  const rawNot = params['notFollowedBy'];
  if (rawNot !== undefined && (!Array.isArray(rawNot) || !rawNot.every((w) => typeof w === 'string')))
    throw new Error('slot-sequence: params.notFollowedBy must be a list of words');
  const notFollowedBy = ((rawNot as string[] | undefined) ?? []).map((w) => tokenize(w).map((t) => t.lower)).filter((t) => t.length > 0);
  const required = slots
    .filter((s) => !s.optional)
    .map((s) => {
      const number = requiredSlotCount++;
      for (const word of s.byFirst.keys()) {
        const list = requiredSlotsByWord.get(word);
        if (list) list.push(number);
        else requiredSlotsByWord.set(word, [number]);
      }
      return number;
    });
  const result = { slots, first, notFollowedBy, required };
  compiled.set(params, result);
  return result;
}

/**
 * How many tokens the alternative takes at `at`, or 0. The words must follow each other on one
 * line (a line break ends a sentence here: a list item, a signature), after the match's first word.
 */
function takes(words: readonly Token[], text: string, at: number, start: number, alternative: readonly string[]): number {
  if (at + alternative.length > words.length) return 0;
  for (let k = 0; k < alternative.length; k++) {
    const w = words[at + k]!;
    if (w.lower !== alternative[k]) return 0;
    if (at + k > start && hasLineBreak(text, words[at + k - 1]!.end, w.start)) return 0;
  }
  return alternative.length;
}

/** Whether text[from, to) holds a line break (read in place: this runs for every word tried). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}

/** Whether text[from, to) ends a sentence or a line. */
function hasSentenceEnd(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x2e || c === 0x21 || c === 0x3f) return true;
  }
  return false;
}

/** Where the slots from `slot` on end when matched from token `at`, or -1 (first match, slots in order). */
function matchFrom(words: readonly Token[], text: string, slots: readonly Slot[], slot: number, at: number, start: number): number {
  if (slot === slots.length) return at;
  const s = slots[slot]!;
  if (s.any > 0) {
    // Fewest words first, never past the end of a sentence or a line.
    for (let k = 0; k <= s.any && at + k < words.length; k++) {
      // The word after the gap is in the same sentence as the word before it.
      if (hasSentenceEnd(text, words[at + k - 1]!.end, words[at + k]!.start)) break;
      const end = matchFrom(words, text, slots, slot + 1, at + k, start);
      if (end >= 0) return end;
    }
    return -1;
  }
  // Take 1..repeat words of this slot (longest alternative first), then skip it when optional.
  const taken = takeSlot(words, text, slots, slot, at, s.repeat, start);
  if (taken >= 0) return taken;
  return s.optional ? matchFrom(words, text, slots, slot + 1, at, start) : -1;
}

/** Slot `slot` takes a word at `pos` (then up to `left` - 1 more), and the later slots match after it: where they end, or -1. */
function takeSlot(words: readonly Token[], text: string, slots: readonly Slot[], slot: number, pos: number, left: number, start: number): number {
  const candidates = pos < words.length ? slots[slot]!.byFirst.get(words[pos]!.lower) : undefined;
  if (!candidates) return -1;
  for (const alternative of candidates) {
    const n = takes(words, text, pos, start, alternative);
    if (n === 0) continue;
    const next = pos + n;
    if (left > 1) {
      const more = takeSlot(words, text, slots, slot, next, left - 1, start);
      if (more >= 0) return more;
    }
    const end = matchFrom(words, text, slots, slot + 1, next, start);
    if (end >= 0) return end;
  }
  return -1;
}

export const slotSequence: Detector = {
  id: 'slot-sequence',
  description:
    'En struktur av ordplasser i rekkefølge («etaten» + «er» + [«helt»] + «håpløs»), hver plass en liste ord, noen valgfrie: regelen sier formen én gang i stedet for hver kombinasjon.',
  parseParams(params) {
    readSlots(params);
  },
  detect({ text, analysis, params }) {
    const { slots, first, notFollowedBy, required } = readSlots(params);
    const words = analysis.words;
    const hits: DetectorHit[] = [];
    const fillable = fillableSlots(analysis);
    for (let k = 0; k < required.length; k++) if (!fillable[required[k]!]) return hits;
    const index = wordIndex(analysis);
    // Where a match can start, from the reply's word index (one pass shared by every slot rule).
    const starts = placesOf(index, first);
    let free = 0;
    for (const i of starts) {
      if (i < free) continue;
      const end = matchFrom(words, text, slots, 0, i, i);
      if (end > i) {
        if (notFollowedBy.some((alternative) => takes(words, text, end, end, alternative) > 0)) continue;
        hits.push({ start: words[i]!.start, end: words[end - 1]!.end });
        free = end;
      }
    }
    return hits;
  },
};
