// @vitest-environment happy-dom
// Property-based tests of text extraction over 10,000 generated editor DOM trees:
// whatever the editor builds — nested blocks, <br>, empty elements, comments, emoji, combining
// marks, RTL text, zero-width and no-break spaces, CR/LF inside text nodes — extraction never
// throws, and every offset range maps back through the offset map to exactly the characters of
// the extracted text. Underlines and applied suggestions rest on this map.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEditable, rangeFor, textOffsetOf, type Extraction } from './extract.ts';

type Tree = { t: 'text'; data: string } | { t: 'comment'; data: string } | { t: 'el'; tag: string; children: Tree[] };

/** Pieces of text that have broken offset maps in editors before. */
const PIECES = [
  'a',
  'Hei',
  'Kari',
  'ø',
  'Å',
  '.',
  ',',
  '1309',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '\u00a0',
  '\u200b',
  '\u200d',
  '\ufeff',
  'e\u0301',
  'n\u0303',
  '😊',
  '👩‍👩‍👧',
  '🇳🇴',
  'שלום',
  'مرحبا',
  '\u202e',
  '\u200f',
];
const TAGS = ['div', 'p', 'span', 'b', 'i', 'blockquote', 'br', 'ul', 'li', 'font', 'a'];

const textArb = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 6 }).map((parts) => parts.join(''));

const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ t: fc.constant('text' as const), data: textArb }),
    fc.record({ t: fc.constant('comment' as const), data: textArb }),
    tie('tree'),
  ),
  tree: fc.record({
    t: fc.constant('el' as const),
    tag: fc.constantFrom(...TAGS),
    children: fc.array(tie('node'), { maxLength: 3 }),
  }),
}));

function build(doc: Document, t: Tree): Node {
  if (t.t === 'text') return doc.createTextNode(t.data);
  if (t.t === 'comment') return doc.createComment(t.data);
  const el = doc.createElement(t.tag);
  // <br> has no children in any editor's DOM.
  if (t.tag !== 'br') for (const c of t.children) el.appendChild(build(doc, c));
  return el;
}

function editorOf(children: Tree[]): HTMLElement {
  document.body.innerHTML = '';
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  for (const c of children) root.appendChild(build(document, c));
  document.body.appendChild(root);
  return root;
}

function textNodesUnder(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) out.push(n as Text);
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

/** Every mapped character: text offset → its DOM position. */
function mappedChars(ex: Extraction): Array<{ offset: number; node: Text; pos: number }> {
  return ex.segments.flatMap((s) => Array.from({ length: s.length }, (_, k) => ({ offset: s.textStart + k, node: s.node, pos: s.nodeStart + k })));
}

const editorArb = fc.array(tree, { minLength: 1, maxLength: 3 });

/** As many generated editors as the engine's fuzz test has texts; fixed seed, reproducible. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = 20261201;

/**
 * A collapsed run of source whitespace is one space in the text, mapped to the run's first
 * character (a tab, a newline …): the same character for a reader, compared as such.
 */
const ws = (s: string) => s.replace(/[ \t\n\r\f]/g, ' ');

// The checks collect what is wrong and assert once: an expect() per character would cost more
// than building the editor.

/** Every segment holds exactly the characters of the text it claims, and maps back to itself. */
function segmentProblems(root: HTMLElement, ex: Extraction): string[] {
  const problems: string[] = [];
  let end = 0;
  for (const s of ex.segments) {
    if (!(s.length > 0)) problems.push(`empty segment at ${s.textStart}`);
    if (s.textStart < end) problems.push(`segment at ${s.textStart} overlaps the one before`); // sorted, non-overlapping
    end = s.textStart + s.length;
    if (end > ex.text.length) problems.push(`segment ends at ${end}, after the text`);
    if (!root.contains(s.node)) problems.push(`segment at ${s.textStart} is outside the editor`);
    const claimed = ex.text.slice(s.textStart, end);
    const actual = ws(s.node.data.slice(s.nodeStart, s.nodeStart + s.length));
    if (claimed !== actual) problems.push(`segment at ${s.textStart}: ${JSON.stringify(claimed)} ≠ ${JSON.stringify(actual)}`);
  }
  const chars = mappedChars(ex);
  // Every DOM position of a mapped character maps back to its own offset.
  for (const c of chars) {
    const back = textOffsetOf(ex, c.node, c.pos);
    if (back !== c.offset) problems.push(`char ${c.offset} maps back to ${back}`);
  }
  // Characters the map does not cover were synthesized line breaks or collapsed spaces.
  const mapped = new Set(chars.map((c) => c.offset));
  for (let i = 0; i < ex.text.length; i++)
    if (!mapped.has(i) && !/^[\n ]$/.test(ex.text[i]!)) problems.push(`unmapped char ${JSON.stringify(ex.text[i])} at ${i}`);
  return problems;
}

/** No visible character is lost: everything but collapsible whitespace in a text node is mapped once. */
function lostCharacters(root: HTMLElement, ex: Extraction): string[] {
  const problems: string[] = [];
  const seen = new Map<Text, number[]>();
  for (const c of mappedChars(ex)) {
    const positions = seen.get(c.node);
    if (positions) positions.push(c.pos);
    else seen.set(c.node, [c.pos]);
  }
  for (const node of textNodesUnder(root)) {
    const positions = seen.get(node) ?? [];
    const once = new Set(positions);
    if (once.size !== positions.length) problems.push(`a character of ${JSON.stringify(node.data)} is mapped twice`);
    for (let i = 0; i < node.data.length; i++) {
      if (/[ \t\n\r\f]/.test(node.data[i]!)) continue;
      if (!once.has(i)) problems.push(`«${JSON.stringify(node.data)}»[${i}] is not mapped`);
    }
  }
  return problems;
}

/** [start, end) of mapped characters picked by a and b maps to a DOM Range over exactly those characters. */
function expectRangeOverExactlyThoseCharacters(ex: Extraction, a: number, b: number): void {
  const chars = mappedChars(ex);
  if (chars.length === 0) return;
  // Ranges that start and end on mapped characters (what findings point at).
  const i = a % chars.length;
  const j = i + (b % (chars.length - i));
  const start = chars[i]!.offset;
  const end = chars[j]!.offset + 1;
  const range = rangeFor(ex, start, end);
  expect(range).not.toBeNull();
  // Exactly the mapped characters of [start, end) lie inside the range, in order.
  const inside = chars.filter((c) => range!.comparePoint(c.node, c.pos) >= 0 && range!.comparePoint(c.node, c.pos + 1) <= 0);
  expect(inside.map((c) => c.offset)).toEqual(chars.filter((c) => c.offset >= start && c.offset < end).map((c) => c.offset));
  expect(ws(inside.map((c) => c.node.data[c.pos]).join(''))).toBe(inside.map((c) => ex.text[c.offset]).join(''));
  // Within one segment the range reads back as the very same text.
  const seg = ex.segments.find((s) => start >= s.textStart && end <= s.textStart + s.length);
  if (seg) expect(ws(range!.toString())).toBe(ex.text.slice(start, end));
  // Across segments (line breaks are synthesized, source whitespace collapses), the range's
  // text is the extracted text but for whitespace.
  else expect(range!.toString().replace(/[ \t\n\r\f]+/g, '')).toBe(ex.text.slice(start, end).replace(/[ \t\n\r\f]+/g, ''));
}

describe('extractEditable over generated editor trees', () => {
  // One generated editor is built once and checked for all three properties: building and
  // extracting in happy-dom is what costs, so 10,000 editors fit in the unit run's budget.
  it(`never throws, maps every segment to its characters, loses none, and maps ranges exactly (${RUNS.toLocaleString('en')} editors)`, {
    timeout: 180_000,
  }, () => {
    fc.assert(
      fc.property(editorArb, fc.nat(), fc.nat(), (children, a, b) => {
        const root = editorOf(children);
        const ex = extractEditable(root);
        expect(segmentProblems(root, ex)).toEqual([]);
        expect(lostCharacters(root, ex)).toEqual([]);
        expectRangeOverExactlyThoseCharacters(ex, a, b);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
