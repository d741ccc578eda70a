// Small text helpers the engine uses to turn matches into findings.
import { UI_LANGUAGES, type UiLanguage } from '../ids.ts';
import type { LocalizedText } from '../ruleset/types.ts';
import type { LocalizedTexts } from '../types.ts';

export function localize(text: LocalizedText, ui: UiLanguage): string {
  return text[ui] ?? text.nb;
}

/** A placeholder's value by name, or undefined when there is none. */
export type PlaceholderLookup = (name: string) => string | undefined;

/** A rule-set text filled in every UI language, each with that language's values. */
export function fillEveryLanguage(text: LocalizedText, valuesIn: (language: UiLanguage) => PlaceholderLookup): LocalizedTexts {
  const filled = {} as LocalizedTexts;
  for (const language of UI_LANGUAGES) {
    const template = localize(text, language);
    // Most messages have no placeholder: no values are looked up for them.
    filled[language] = templateParts(template).length === 1 ? template : fillWith(template, valuesIn(language));
  }
  return filled;
}

/** Replaces "{name}" with vars[name]; unknown placeholders stay as they are. */
export function fillPlaceholders(template: string, vars: Record<string, string>): string {
  return fillWith(template, (name) => vars[name]);
}

function fillWith(template: string, lookup: PlaceholderLookup): string {
  const parts = templateParts(template);
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

/** Gives a suggestion the case of the text it replaces: "Vedrørende" → "Om", "SAMT" → "OG". */
export function matchCase(replacement: string, original: string): string {
  if (!replacement) return replacement;
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  const first = original.match(/\p{L}/u)?.[0];
  if (first && first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** 32-bit FNV-1a, base 36: short stable ids without keeping the text. */
export function shortHash(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Text matched literally inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
