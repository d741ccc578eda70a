// Tone by a trained sentence model (rules/tone/): every sentence of the reply body is scored
// once per check by the set's model, and each sentence gets at most one tone kind — the one
// furthest above its threshold. A rule names the model and the kind it reports, so each kind has
// its own sub-goal, message and advice, and an overlay can switch a kind off.
//
// Not scored: the greeting line, the closing and signature, quoted lines ("> …") and words inside
// quotation marks (the citizen's own words), and sentences a word-list tone rule has already
// flagged (one finding per span). The finding marks the words that carry the kind — the tokens
// with the largest positive share of the weights — or the sentence when the stance is spread out.
import { derivedFrom, type Line, type TextAnalysis, type Token, wordIndex } from '../text/analysis.ts';
import { tokenFeatures } from '../tone/features.ts';
import { closingLineStart } from '../text/signature.ts';
import { carryingTokens, decide, scoreSentence, type DecodedModel } from '../tone/model.ts';
import type { Detector } from './types.ts';

interface Params {
  model: string;
  label: string;
  /** How far above the model's own threshold a sentence must score for this rule (default 0). */
  minMargin: number;
}

export interface ScoredSentence {
  start: number;
  end: number;
  /** Index into the model's labels, or -1. */
  label: number;
  /** How far the label's logit is above its threshold (0 when no label). */
  margin: number;
  /** The tokens that were scored: tokens[from..to) (quoted words left out). */
  tokens: readonly Token[];
  from: number;
  to: number;
}

/** Sentences shorter than this say too little to judge their tone. */
const MIN_WORDS = 3;
const LEAD_IN_MAX_WORDS = 5;
/** A first line this short is a greeting ("Hei, Kari!", "Dear Mr Hansen,"), not content. */
const GREETING_LINE_MAX_WORDS = 5;
/** Signature lines are names, titles and units: a few words, no sentence punctuation. */
const SIGNATURE_LINE_MAX_WORDS = 6;

function readParams(params: Record<string, unknown>): Params {
  const { model, label, minMargin = 0, ...rest } = params;
  const unknown = Object.keys(rest);
  if (unknown.length) throw new Error(`unknown parameter «${unknown[0]}» (tone-model takes model, label and minMargin)`);
  if (typeof model !== 'string' || !model) throw new Error("params.model must name one of the set's models");
  if (typeof label !== 'string' || !label) throw new Error("params.label must name one of the model's labels");
  if (typeof minMargin !== 'number' || !Number.isFinite(minMargin) || minMargin < 0) throw new Error('params.minMargin must be a number ≥ 0');
  return { model, label, minMargin };
}

// One scoring per check and model, shared by the rules of all kinds (kept with the analysis).
const SCORED = {};

const QUOTED = /«[^»\n]*»|“[^”\n]*”|„[^“”\n]*[“”]|"[^"\n]*"/g;

function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

function greetingLineEnd(analysis: TextAnalysis): number {
  const { text, lines, words } = analysis;
  const line = lines.find((l) => text.slice(l.start, l.end).trim() !== '');
  if (!line) return -1;
  let count = 0;
  for (const w of words) {
    if (w.start >= line.end) break;
    if (w.start >= line.start) count++;
  }
  // A one-line reply is content, not a greeting.
  return count <= GREETING_LINE_MAX_WORDS && line.end < text.trimEnd().length ? line.end : -1;
}

const CAPITALISED = /^\p{Lu}/u;

/** How many words a line has and how many of them are capitalised: names, titles and units are mostly capitalised. */
function capitalsOnLine(words: readonly Token[], line: Line): { count: number; capitalised: number } {
  // The line's first word (words are in text order): only a few lines at the top and bottom are read.
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < line.start) lo = mid + 1;
    else hi = mid;
  }
  let count = 0;
  let capitalised = 0;
  for (let i = lo; i < words.length && words[i]!.start < line.end; i++) {
    count++;
    if (CAPITALISED.test(words[i]!.text)) capitalised++;
  }
  return { count, capitalised };
}

/**
 * The address block over a formal letter ("Advokat Kristine Halvorsen / Advokatfirmaet Halvorsen &
 * Dahl AS"): the first lines, up to a blank line, that read like a signature (short, many
 * capitalised words, no closing stop). Names and firms, not content.
 */
function addressBlockEnd(analysis: TextAnalysis): number {
  const { text, lines, words } = analysis;
  let end = -1;
  let block = 0;
  for (const line of lines) {
    const content = text.slice(line.start, line.end).trim();
    if (!content) {
      if (block > 0) break;
      continue;
    }
    const { count, capitalised } = capitalsOnLine(words, line);
    if (count === 0 || count > SIGNATURE_LINE_MAX_WORDS || capitalised * 3 < count || /[.!?…,]$/u.test(content)) break;
    block++;
    end = line.end;
  }
  // One line is the greeting's to decide; a block is two lines or more.
  return block >= 2 ? end : -1;
}

/**
 * A signature without a closing line ("Ola Hansen / Servicetorget, Bergen kommune"): the last
 * lines of the reply that are short, with many capitalised words, and end without a full stop,
 * question or exclamation mark.
 */
function unclosedSignatureStart(analysis: TextAnalysis): number {
  const { text, lines, words } = analysis;
  let start = Infinity;
  let checked = 0;
  for (let l = lines.length - 1; l >= 0 && checked < 3; l--) {
    const line = lines[l]!;
    const content = text.slice(line.start, line.end).trim();
    if (!content) continue;
    checked++;
    const { count, capitalised } = capitalsOnLine(words, line);
    // Names, titles and units: many capitalised words ("Ola Hansen", "Plan- og bygningsetaten,
    // Bergen kommune"); a sentence has one at most.
    if (count > SIGNATURE_LINE_MAX_WORDS || capitalised * 3 < count || /[.!?…]$/u.test(content) || l === 0) break;
    start = line.start;
  }
  return start;
}

/** Scores every sentence of the reply body (uncached; the bench times it alone). */
export function scoreReplySentences(analysis: TextAnalysis, model: DecodedModel): ScoredSentence[] {
  const { text, words, sentences } = analysis;
  // Where the closing line starts ("Med vennlig hilsen", "Kind regards"): nothing after it is scored.
  const stop = closingLineStart(text);
  const greetingEnd = Math.max(greetingLineEnd(analysis), addressBlockEnd(analysis));
  const signatureFrom = unclosedSignatureStart(analysis);
  const quotes = quotedRanges(text);
  const result: ScoredSentence[] = [];
  const logits = new Float64Array(model.labels.length);
  // Each distinct word's features looked up once, not once per token.
  const mask = (1 << model.bits) - 1;
  const known = new Array<Uint32Array>(words.length);
  wordIndex(analysis).forEach((positions) => {
    const first = words[positions[0]!]!;
    const features = tokenFeatures(first, mask);
    for (const position of positions) known[position] = words[position]!.kind === first.kind ? features : tokenFeatures(words[position]!, mask);
  });
  let q = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    if (sentence.start >= stop) break;
    if (sentence.end <= greetingEnd) continue;
    if (sentence.start >= signatureFrom) continue;
    if (text.startsWith('>', sentence.start)) continue;
    const next = s + 1 < sentences.length ? sentences[s + 1]!.firstWord : words.length;
    let to = sentence.firstWord;
    while (to < next && words[to]!.start < sentence.end) to++;
    while (q < quotes.length && quotes[q]![1] <= sentence.start) q++;
    // Most sentences quote nothing: their tokens are scored in place, without a copy.
    let tokens: readonly Token[] = words;
    let tokensKnown: readonly Uint32Array[] = known;
    let from = sentence.firstWord;
    if (q < quotes.length && quotes[q]![0] < sentence.end) {
      const kept: Token[] = [];
      const keptKnown: Uint32Array[] = [];
      let r = q;
      for (let t = from; t < to; t++) {
        const token = words[t]!;
        while (r < quotes.length && quotes[r]![1] <= token.start) r++;
        if (r < quotes.length && quotes[r]![0] <= token.start) continue;
        kept.push(token);
        keptKnown.push(known[t]!);
      }
      tokens = kept;
      tokensKnown = keptKnown;
      from = 0;
      to = kept.length;
    }
    let wordCount = 0;
    for (let t = from; t < to; t++) if (tokens[t]!.kind === 'word') wordCount++;
    if (wordCount < MIN_WORDS) continue;
    // «Slik blir det:», "Here is what happens:": a short lead-in to a list says nothing of its own.
    if (wordCount <= LEAD_IN_MAX_WORDS && /:\s*$/u.test(text.slice(sentence.start, sentence.end))) continue;
    scoreSentence(model, text, tokens, from, to, sentence.end, logits, tokensKnown);
    const label = decide(model, logits);
    const margin = label < 0 ? 0 : logits[label]! - model.data.threshold[label]!;
    result.push({ start: sentence.start, end: sentence.end, label, margin, tokens, from, to });
  }
  return result;
}

function sentencesOf(analysis: TextAnalysis, model: DecodedModel): ScoredSentence[] {
  const byModel = derivedFrom(analysis, SCORED, () => new Map<DecodedModel, ScoredSentence[]>());
  let list = byModel.get(model);
  if (!list) byModel.set(model, (list = scoreReplySentences(analysis, model)));
  return list;
}

export const toneModel: Detector = {
  id: 'tone-model',
  description:
    'Tone (nedlatende, skyver ansvar, snakker nedsettende, avvisende, uformell) vurdert setning for setning av en lært modell som ligger i regelsettet.',
  // Reads the other tone rules' hits so a sentence they flagged is not flagged again — also the
  // hits of detectors that themselves run last (a refusal without a next step).
  runsLast: true,
  runsAfterLast: true,
  parseParams(params, models) {
    const { model, label } = readParams(params);
    const found = models?.get(model);
    if (!found) throw new Error(`params.model «${model}» is not among the set's models`);
    if (!found.labels.includes(label)) throw new Error(`params.label «${label}» is not a label of model «${model}» (${found.labels.join(', ')})`);
  },
  detect({ text, analysis, params, models, earlierHits }) {
    const { model: id, label, minMargin } = readParams(params);
    const model = models?.get(id);
    if (!model) return [];
    const wanted = model.labels.indexOf(label);
    const tone = (earlierHits ?? []).filter((h) => h.category === 'tone');
    const hits = [];
    for (const sentence of sentencesOf(analysis, model)) {
      // A kind whose threshold suits the labelled sentences but not real replies (everyday warmth
      // read as chat register) can ask for a wider margin in its rule.
      if (sentence.label !== wanted || sentence.margin < minMargin) continue;
      // A word-list finding inside the sentence owns it. A finding that covers the whole
      // sentence is about its place (no greeting, no closing), not its words.
      const end = trimmedEnd(text, sentence.start, sentence.end);
      if (tone.some((h) => h.start < end && h.end > sentence.start && !(h.start <= sentence.start && h.end >= end))) continue;
      // «Det er ikke slik det skal være», «Orsak seint svar, …»: the office owning a fault or
      // apologising is the opposite of brushing off, whatever words the model weighs.
      if (OWNS_FAULT.test(text.slice(sentence.start, end))) continue;
      const carrying = carryingTokens(model, wanted, text, sentence.tokens, sentence.from, sentence.to, sentence.end);
      if (carrying) hits.push({ start: sentence.tokens[carrying[0]]!.start, end: sentence.tokens[carrying[1]]!.end });
      else hits.push({ start: sentence.start, end });
    }
    return hits;
  },
};

/**
 * A sentence that owns a fault («Slik skal det ikke være», «Det er ikke slik det skal være», "That
 * should not have happened") or opens with an apology and no «men»/"but" after it.
 */
const OWNS_FAULT =
  /(?:skal\s+(?:ikke|ikkje)\s+(?:være|vere)\s+(?:slik|sånn)|(?:slik|sånn)\s+skal\s+det\s+(?:ikke|ikkje)\s+(?:være|vere)|(?:ikke|ikkje)\s+(?:slik|sånn)\s+det\s+skal\s+(?:være|vere)|should\s+(?:not|never)\s+have\s+happened|(?:is|was)\s+not\s+how\s+it\s+should\s+be)|^[\s"«]*(?:beklager|beklagar|orsak|unnskyld|sorry|we\s+apologi[sz]e|i\s+apologi[sz]e)(?![\p{L}])(?![^.!?\n]*(?<![\p{L}])(?:men|but)(?![\p{L}]))/iu;

function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end;
}
