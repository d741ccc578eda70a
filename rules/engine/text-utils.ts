// Small text helpers the engine uses to turn matches into findings.
import { UI_LANGUAGES, type UiLanguage } from '../ids.ts';
import type { LocalizedText } from '../ruleset/types.ts';
import type { LocalizedTexts } from '../types.ts';

export function localize(text: LocalizedText, ui: UiLanguage): string {
  return text[ui] ?? text.nb;
}

/** A placeholder's value by name, or undefined when there is none. */
export type PlaceholderLookup = (name: string) => string | undefined;

/** A placeholder's value in a UI language, by name, or undefined when there is none. */
export type LanguageLookup = (language: UiLanguage, name: string) => string | undefined;

/**
 * A rule-set text as every UI language reads it, split once into literal parts and placeholder
 * names; `fixed` holds the texts themselves when none of them has a placeholder (most messages).
 */
interface SplitText {
  templates: Record<UiLanguage, string>;
  parts: Record<UiLanguage, string[]>;
  fixed: LocalizedTexts | undefined;
}

// Every finding of a rule fills the same message and advice: each text is split once. Keyed by
// the rule's text object, so the entry goes when the rule set does; an entry whose texts were
// since edited in place (an editor, a test) is made again.
const SPLIT_TEXTS = new WeakMap<LocalizedText, SplitText>();

function splitText(text: LocalizedText): SplitText {
  let split = SPLIT_TEXTS.get(text);
  if (!split || !sameTemplates(split, text)) {
    const templates = {} as Record<UiLanguage, string>;
    const parts = {} as Record<UiLanguage, string[]>;
    for (const language of UI_LANGUAGES) {
      templates[language] = localize(text, language);
      parts[language] = templateParts(templates[language]);
    }
    const fixed = UI_LANGUAGES.every((language) => parts[language].length === 1)
      ? (Object.fromEntries(UI_LANGUAGES.map((language) => [language, parts[language][0]!])) as LocalizedTexts)
      : undefined;
    split = { templates, parts, fixed };
    SPLIT_TEXTS.set(text, split);
  }
  return split;
}

/** Whether the split texts are still those of `text` (a loop, not a closure: this runs for every finding). */
function sameTemplates(split: SplitText, text: LocalizedText): boolean {
  for (let i = 0; i < UI_LANGUAGES.length; i++) {
    const language = UI_LANGUAGES[i]!;
    if (split.templates[language] !== localize(text, language)) return false;
  }
  return true;
}

/**
 * A rule-set text filled in every UI language, each with that language's values. One lookup
 * takes the language as an argument: a lookup made per language was three closures per text of
 * every finding.
 */
export function fillEveryLanguage(text: LocalizedText, valueIn: LanguageLookup): LocalizedTexts {
  const { parts, fixed } = splitText(text);
  // A new object per finding (callers own it), its keys in UI_LANGUAGES order. A text without a
  // placeholder looks no values up.
  if (fixed) return { nb: fixed.nb, nn: fixed.nn, en: fixed.en };
  return { nb: filled(parts.nb, 'nb', valueIn), nn: filled(parts.nn, 'nn', valueIn), en: filled(parts.en, 'en', valueIn) };
}

/** The parts of one language's template (templateParts) with each placeholder's value in that language. */
function filled(parts: readonly string[], language: UiLanguage, valueIn: LanguageLookup): string {
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    text += (valueIn(language, name) ?? `{${name}}`) + parts[i + 1]!;
  }
  return text;
}

/** Replaces "{name}" with vars[name]; unknown placeholders stay as they are. */
export function fillPlaceholders(template: string, vars: Record<string, string>): string {
  return fillWith(template, (name) => vars[name]);
}

function fillWith(template: string, lookup: PlaceholderLookup): string {
  return fillParts(templateParts(template), lookup);
}

function fillParts(parts: readonly string[], lookup: PlaceholderLookup): string {
  let filled = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    filled += (lookup(name) ?? `{${name}}`) + parts[i + 1]!;
  }
  return filled;
}

// A rule's message is filled for every finding of it: split each template once. Even indices
// hold the literal text, odd ones the placeholder names ("a{x}b" → ["a", "x", "b"]).
const TEMPLATE_PARTS = new Map<string, string[]>();
const MAX_CACHED_TEMPLATES = 2_000;

function templateParts(template: string): string[] {
  let parts = TEMPLATE_PARTS.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    if (TEMPLATE_PARTS.size >= MAX_CACHED_TEMPLATES) TEMPLATE_PARTS.clear();
    TEMPLATE_PARTS.set(template, parts);
  }
  return parts;
}

/**
 * The case a replacement takes from the text it replaces: all capitals ("SAMT": more than one
 * letter, all of them capitals), a capital first letter ("Vedrørende"), or its own.
 */
export type CaseShape = 'upper' | 'capital' | 'own';

/** Gives a suggestion the case of the text it replaces: "Vedrørende" → "Om", "SAMT" → "OG". */
export function matchCase(replacement: string, original: string): string {
  return withCase(replacement, caseShapeOf(original, 0, original.length));
}

export function withCase(replacement: string, shape: CaseShape): string {
  if (!replacement || shape === 'own') return replacement;
  return shape === 'upper' ? replacement.toUpperCase() : replacement.charAt(0).toUpperCase() + replacement.slice(1);
}

/**
 * The case shape of text[start, end). Every phrase hit's suggestions take it, so Latin-1 text
 * (nearly every match) is read in place, without the copies and regex matches of the general
 * reading; the two agree on every Latin-1 character (text-utils.test.ts).
 */
export function caseShapeOf(text: string, start: number, end: number): CaseShape {
  let letters = 0;
  let allCapitals = true;
  let firstIsCapital = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return caseShapeOfAny(text.slice(start, end));
    const capital = (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
    // ª and º are letters without case: upper-casing leaves them as they are.
    const caseless = c === 0xaa || c === 0xba;
    const small = (c >= 0x61 && c <= 0x7a) || c === 0xb5 || (c >= 0xdf && c !== 0xf7);
    if (!capital && !caseless && !small) continue;
    if (letters === 0) firstIsCapital = capital;
    letters++;
    // A small letter (ß and µ included: their capitals are other characters) breaks all capitals.
    if (small) allCapitals = false;
  }
  // With a capital first letter, "all capitals" has a letter that lower-casing changes.
  if (letters > 1 && allCapitals && (firstIsCapital || hasCapital(text, start, end))) return 'upper';
  return firstIsCapital ? 'capital' : 'own';
}

function hasCapital(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) return true;
  }
  return false;
}

/** caseShapeOf for any text: by the letters (\p{L}) and their upper and lower case. */
function caseShapeOfAny(original: string): CaseShape {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'upper';
  const first = original.match(/\p{L}/u)?.[0];
  return first && first !== first.toLowerCase() ? 'capital' : 'own';
}

/** 32-bit FNV-1a, base 36: short stable ids without keeping the text. */
export function shortHash(value: string): string {
  // The offset basis as a 32-bit integer (the same bits): written as is it exceeds 2^31, and V8
  // then keeps `hash` a boxed number through the loop, twice as slow.
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * shortHash(text.slice(start, end).toLowerCase()), without the two copies when the span is
 * Latin-1 (most spans: every finding's id hashes its match, sentences included). There lower
 * case is one character for one: A–Z and À–Þ (but ×) move up by 0x20, the rest stay.
 */
export function shortHashOfLowerCase(text: string, start: number, end: number): string {
  let hash = 0x811c9dc5 | 0; // a 32-bit integer from the start, as in shortHash
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c > 0xff) return shortHash(text.slice(start, end).toLowerCase());
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) c += 0x20;
    hash ^= c;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Text matched literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
