// How findings look, per category. Colours from the Okabe–Ito palette (distinguishable with the
// common colour-vision deficiencies), and each category also has its own line pattern, so colour
// is never the only cue. The same look in both renderers: ::highlight() rules for
// contenteditable, and overlay segments (border/gradient at the bottom of the word's box) for
// textarea/input and browsers without the Highlight API.

import type { Category } from '../../rules/ids.ts';

export const CATEGORY_ORDER: readonly Category[] = ['clarity', 'tone', 'deadline', 'personal-data'];

/**
 * CSS.highlights is readable by the page, so the names say nothing: neither the extension nor
 * the category, and new on every load so a page cannot learn them once and look them up. (The
 * ranges and the colours in the ::highlight() rules remain visible to the page; that is how the
 * Highlight API paints.)
 */
function randomIdent(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  // A CSS identifier may not start with a digit.
  return `h${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}

const NAMES: Record<Category, string> = Object.fromEntries(CATEGORY_ORDER.map((c) => [c, randomIdent()])) as Record<Category, string>;
/** The highlights of notes (findings of severity "info"), one per category: drawn quieter. */
const NOTE_NAMES: Record<Category, string> = Object.fromEntries(CATEGORY_ORDER.map((c) => [c, randomIdent()])) as Record<Category, string>;

export const CATEGORY_STYLE: Record<Category, { color: string; line: 'wavy' | 'dotted' | 'dashed' | 'double' }> = {
  clarity: { color: '#0072B2', line: 'wavy' },
  tone: { color: '#CC79A7', line: 'dotted' },
  deadline: { color: '#009E73', line: 'dashed' },
  'personal-data': { color: '#D55E00', line: 'double' },
};

/** The highlight a category's findings are registered under; `note` for those of severity "info". */
export function highlightName(category: Category, note = false): string {
  return note ? NOTE_NAMES[category] : NAMES[category];
}

/** Every category's highlight names, its problems' and its notes' (for the test inspection, inspect.ts). */
export const HIGHLIGHT_NAMES: Readonly<Record<Category, readonly [problems: string, notes: string]>> = Object.fromEntries(
  CATEGORY_ORDER.map((c) => [c, [NAMES[c], NOTE_NAMES[c]] as const]),
) as Record<Category, readonly [string, string]>;

/** The class of an overlay segment of a category: a plain index, nothing that names it. */
export function segmentClass(category: Category): string {
  return `s${CATEGORY_ORDER.indexOf(category)}`;
}

/** The extra class of an overlay segment of a note. */
export const NOTE_CLASS = 'n';

/**
 * How much of the category's colour a note's underline keeps. A note (severity "info": a long
 * sentence, an occasional passive, a date promise Svarhjelp can remind of) is advice the writer
 * may well leave: drawn in the category's pattern but thin and pale, so the full underlines are
 * the ones that ask for a change.
 */
const NOTE_ALPHA = 0.45;

function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** ::highlight() rules, adopted into the editor's document (and its shadow root) once it is used. */
export const HIGHLIGHT_CSS = CATEGORY_ORDER.flatMap((c) => {
  const { color, line } = CATEGORY_STYLE[c];
  const thickness = line === 'wavy' ? '1.5px' : line === 'double' ? '3px' : '2px';
  const tint = c === 'personal-data' ? ` background-color: rgba(213, 94, 0, 0.12);` : '';
  const common = 'text-underline-offset: 3px; text-decoration-skip-ink: none;';
  return [
    `::highlight(${highlightName(c)}) { text-decoration: underline ${line} ${color} ${thickness}; ${common}${tint} }`,
    `::highlight(${highlightName(c, true)}) { text-decoration: underline ${line} ${withAlpha(color, NOTE_ALPHA)} 1px; ${common} }`,
  ];
}).join('\n');

/** Underline patterns for overlay segments: a box over the word, the line at its bottom. */
function overlayLine(c: Category): string {
  const { color, line } = CATEGORY_STYLE[c];
  const sel = `[data-svarhjelp-underline].${segmentClass(c)}`;
  switch (line) {
    case 'wavy':
      // Scallops from a radial gradient: no image URL, so no page CSP can block it.
      return `${sel}::after { height: 4px; background: radial-gradient(circle at 3px -1px, transparent 2.2px, ${color} 2.4px, ${color} 3.6px, transparent 3.8px) left bottom / 6px 4px repeat-x; }`;
    case 'dotted':
      return `${sel}::after { height: 0; border-bottom: 3px dotted ${color}; }`;
    case 'dashed':
      return `${sel}::after { height: 0; border-bottom: 2px dashed ${color}; }`;
    case 'double':
      return `${sel}::after { height: 0; border-bottom: 4px double ${color}; } ${sel} { background: rgba(213, 94, 0, 0.10); }`;
  }
}

export const OVERLAY_CSS = `
:host { all: initial; }
.layer { position: fixed; left: 0; top: 0; width: 0; height: 0; overflow: visible; pointer-events: none; }
[data-svarhjelp-underline] { position: fixed; box-sizing: border-box; pointer-events: none; }
[data-svarhjelp-underline]::after { content: ""; position: absolute; left: 0; right: 0; bottom: -2px; box-sizing: border-box; }
[data-svarhjelp-underline].active { background: rgba(0, 114, 178, 0.12); }
${CATEGORY_ORDER.map(overlayLine).join('\n')}
[data-svarhjelp-underline].${NOTE_CLASS}::after { opacity: ${NOTE_ALPHA}; }
[data-svarhjelp-underline].${NOTE_CLASS}:not(.active) { background: none; }
`;
