// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { domPosition, extractEditable, extractValue, rangeFor, textOffsetOf } from './extract.ts';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" id="ed">${html}</div>`;
  return document.getElementById('ed')!;
}

describe('extractEditable', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('turns paragraphs, divs and <br> into line breaks', () => {
    const ed = editor('<div>Hei Kari,</div><div><br></div><div>Takk for henvendelsen.<br>Mvh Ola</div>');
    expect(extractEditable(ed).text).toBe('Hei Kari,\n\nTakk for henvendelsen.\nMvh Ola\n');
  });

  it('stops walking a huge editor at its limit and says the text goes on', () => {
    const ed = editor('<p>Vedrørende   saken din.</p>'.repeat(5_000));
    const whole = extractEditable(ed);
    expect(whole.partial).toBeUndefined();
    const head = extractEditable(ed, 1_000);
    expect(head.partial).toBe(true);
    // Whole paragraphs up to the first one past the limit, the same text and map as the whole.
    expect(head.text.length).toBeGreaterThanOrEqual(1_000);
    expect(head.text.length).toBeLessThan(1_100);
    expect(whole.text.startsWith(head.text)).toBe(true);
    expect(head.segments).toEqual(whole.segments.slice(0, head.segments.length));
    expect(rangeFor(head, 990, 1_000)?.toString()).toBe(whole.text.slice(990, 1_000));
  });

  it('collapses source whitespace the way the page renders it', () => {
    const ed = editor('\n  <p>\n    Vedrørende   saken\n    din.\n  </p>\n  <p>Ny linje</p>\n');
    expect(extractEditable(ed).text).toBe('Vedrørende saken din.\nNy linje\n');
  });

  it('keeps inline formatting inside one line', () => {
    const ed = editor('<p>Dette er <b>viktig</b> og <i>klart</i>.</p>');
    expect(extractEditable(ed).text).toBe('Dette er viktig og klart.\n');
  });

  it('keeps non-breaking spaces as they are, so offsets stay 1:1', () => {
    const ed = editor('<p>a\u00a0\u00a0b</p>');
    expect(extractEditable(ed).text).toBe('a\u00a0\u00a0b\n');
  });

  it('keeps whitespace in <pre>', () => {
    const ed = editor('<pre>a  b\nc</pre><p>d</p>');
    expect(extractEditable(ed).text).toBe('a  b\nc\nd\n');
  });

  it('skips scripts, styles and hidden elements', () => {
    const ed = editor('<p>synlig<style>p{}</style><span hidden>skjult</span></p><script>x()</script>');
    expect(extractEditable(ed).text).toBe('synlig\n');
  });

  it('records where quoted parts start', () => {
    const ed = editor('<p>Svar her.</p><blockquote><p>Spørsmålet</p></blockquote>');
    const ex = extractEditable(ed);
    expect(ex.text).toBe('Svar her.\nSpørsmålet\n');
    expect(ex.quoteStarts).toEqual([ex.text.indexOf('Spørsmålet')]);
  });

  it('finds Gmail and Outlook quote containers', () => {
    const gmail = extractEditable(editor('<div>Hei</div><div class="gmail_quote">On x wrote:</div>'));
    expect(gmail.quoteStarts).toEqual([4]);
    const owa = extractEditable(editor('<div>Hei</div><div id="divRplyFwdMsg"><b>Fra:</b> Kari</div>'));
    expect(owa.quoteStarts).toEqual([4]);
  });
});

describe('offset map', () => {
  it('maps every span of the text back to a DOM range with the same text', () => {
    const ed = editor('<div>Hei   Kari,</div><div>Vi viser <b>til</b>   brevet ditt.<br>Mvh</div>');
    const ex = extractEditable(ed);
    const word = (w: string) => {
      const start = ex.text.indexOf(w);
      const range = rangeFor(ex, start, start + w.length);
      return range?.toString();
    };
    expect(word('Kari')).toBe('Kari');
    expect(word('viser til brevet')).toBe('viser til   brevet');
    expect(word('Mvh')).toBe('Mvh');
  });

  it('spans across a line break cover both lines', () => {
    const ed = editor('<p>første</p><p>andre</p>');
    const ex = extractEditable(ed);
    expect(rangeFor(ex, 0, ex.text.indexOf('andre') + 5)?.toString()).toBe('førsteandre');
  });

  it('snaps spans that start or end on a synthesized line break', () => {
    const ed = editor('<p>ab</p><p>cd</p>');
    const ex = extractEditable(ed); // "ab\ncd\n"
    expect(rangeFor(ex, 2, 5)?.toString()).toBe('cd');
    expect(rangeFor(ex, 0, 3)?.toString()).toBe('ab');
    expect(rangeFor(ex, 2, 3)).toBeNull();
  });

  it('maps DOM positions back to text offsets', () => {
    const ed = editor('<p>ab</p><p>cd</p>');
    const ex = extractEditable(ed);
    const cd = ed.querySelectorAll('p')[1]!.firstChild!;
    expect(textOffsetOf(ex, cd, 1)).toBe(4);
    expect(domPosition(ex, 4, 'start')).toEqual({ node: cd, offset: 1 });
  });

  it('handles UTF-16 surrogate pairs as two code units', () => {
    const ed = editor('<p>Hei 👋 Kari</p>');
    const ex = extractEditable(ed);
    const start = ex.text.indexOf('Kari');
    expect(start).toBe(7);
    expect(rangeFor(ex, start, start + 4)?.toString()).toBe('Kari');
  });
});

describe('extractValue', () => {
  it('uses the field value as the text', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.value = 'Hei\n\nVedrørende saken';
    expect(extractValue(ta).text).toBe('Hei\n\nVedrørende saken');
  });
});
