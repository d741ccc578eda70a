// @vitest-environment happy-dom
// Property-based tests of text extraction over generated editor DOM trees (issue 7, item 5):
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
  'a', 'Hei', 'Kari', 'ø', 'Å', '.', ',', '1309',
  ' ', '  ', '\n', '\r\n', '\r', '\t', '\u00a0', '\u200b', '\u200d', '\ufeff',
  'e\u0301', 'n\u0303', '😊', '👩‍👩‍👧', '🇳🇴', 'שלום', 'مرحبا', '\u202e', '\u200f',
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
    children: fc.array(tie('node'), { maxLength: 5 }),
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

const editorArb = fc.array(tree, { minLength: 1, maxLength: 4 });

/**
 * A collapsed run of source whitespace is one space in the text, mapped to the run's first
 * character (a tab, a newline …): the same character for a reader, compared as such.
 */
const ws = (s: string) => s.replace(/[ \t\n\r\f]/g, ' ');

describe('extractEditable over generated editor trees', () => {
  it('never throws, and every segment holds exactly the characters of the text it claims', () => {
    fc.assert(
      fc.property(editorArb, (children) => {
        const root = editorOf(children);
        const ex = extractEditable(root);
        let end = 0;
        for (const s of ex.segments) {
          expect(s.length).toBeGreaterThan(0);
          expect(s.textStart).toBeGreaterThanOrEqual(end); // sorted, non-overlapping
          end = s.textStart + s.length;
          expect(end).toBeLessThanOrEqual(ex.text.length);
          expect(root.contains(s.node)).toBe(true);
          expect(ex.text.slice(s.textStart, end)).toBe(ws(s.node.data.slice(s.nodeStart, s.nodeStart + s.length)));
        }
        // Every DOM position of a mapped character maps back to its own offset.
        for (const c of mappedChars(ex)) expect(textOffsetOf(ex, c.node, c.pos)).toBe(c.offset);
        // Characters the map does not cover were synthesized line breaks or collapsed spaces.
        const mapped = new Set(mappedChars(ex).map((c) => c.offset));
        for (let i = 0; i < ex.text.length; i++) if (!mapped.has(i)) expect(ex.text[i], `unmapped char at ${i}`).toMatch(/^[\n ]$/);
      }),
      { numRuns: 300 },
    );
  });

  it('loses no visible character: everything but collapsible whitespace in a text node is mapped once', () => {
    fc.assert(
      fc.property(editorArb, (children) => {
        const root = editorOf(children);
        const ex = extractEditable(root);
        const seen = new Map<Text, number[]>();
        for (const c of mappedChars(ex)) seen.set(c.node, [...(seen.get(c.node) ?? []), c.pos]);
        for (const node of textNodesUnder(root)) {
          const positions = seen.get(node) ?? [];
          expect(new Set(positions).size, 'no DOM character mapped twice').toBe(positions.length);
          for (let i = 0; i < node.data.length; i++) {
            if (/[ \t\n\r\f]/.test(node.data[i]!)) continue;
            expect(positions, `«${JSON.stringify(node.data)}»[${i}] is mapped`).toContain(i);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('maps any [start, end) to a DOM Range over exactly those characters', () => {
    fc.assert(
      fc.property(editorArb, fc.nat(), fc.nat(), (children, a, b) => {
        const root = editorOf(children);
        const ex = extractEditable(root);
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
      }),
      { numRuns: 300 },
    );
  });
});
