// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MIRROR_FIRST_CHARS, MIRROR_PROPERTIES, Mirror, mirrorCut, mirrorStyle } from './mirror.ts';

function styleOf(values: Record<string, string>) {
  return { getPropertyValue: (p: string) => values[p] ?? '' };
}

const textareaStyle = {
  'font-family': '"DejaVu Sans", sans-serif',
  'font-size': '16px',
  'line-height': '24px',
  'letter-spacing': '0.5px',
  'text-align': 'right',
  direction: 'rtl',
  'white-space': 'pre-wrap',
  'padding-top': '8px',
  'padding-bottom': '8px',
  'padding-left': '10px',
  'padding-right': '10px',
  'border-top-width': '1px',
  'border-bottom-width': '1px',
  'border-left-width': '2px',
  'border-right-width': '2px',
  'tab-size': '4',
};

describe('mirrorStyle', () => {
  it('copies the text layout of the field', () => {
    const s = mirrorStyle(styleOf(textareaStyle), { kind: 'textarea', clientWidth: 300, clientHeight: 100 });
    for (const p of ['font-family', 'font-size', 'line-height', 'letter-spacing', 'text-align', 'direction', 'padding-left', 'tab-size']) {
      expect(s[p]).toBe(textareaStyle[p as keyof typeof textareaStyle]);
    }
    expect(MIRROR_PROPERTIES).toContain('text-transform');
  });

  it('is as wide as the field without its scrollbar, borders included, and wraps like a textarea', () => {
    const s = mirrorStyle(styleOf(textareaStyle), { kind: 'textarea', clientWidth: 283, clientHeight: 100 });
    expect(s['box-sizing']).toBe('border-box');
    expect(s.width).toBe('287px');
    expect(s.height).toBe('102px');
    expect(s['white-space']).toBe('pre-wrap');
    expect(s['overflow-wrap']).toBe('break-word');
    expect(s['border-color']).toBe('transparent');
    expect(s.visibility).toBe('hidden');
  });

  it('keeps an input on one line, centred like the input does', () => {
    const s = mirrorStyle(styleOf({ ...textareaStyle, 'line-height': 'normal' }), { kind: 'input', clientWidth: 200, clientHeight: 36 });
    expect(s['white-space']).toBe('pre');
    expect(s['line-height']).toBe('20px');
  });
});

describe('mirrorStyle under CSS zoom', () => {
  it('lays the mirror out at the field’s zoom relative to our overlay, and adds nothing without zoom', () => {
    const zoomed = mirrorStyle(styleOf(textareaStyle), { kind: 'textarea', clientWidth: 283, clientHeight: 100, zoom: 1.5 });
    expect(zoomed.zoom).toBe('1.5');
    // Sizes stay in the field's own CSS px: the zoom scales them as it scales the field.
    expect(zoomed.width).toBe('287px');
    expect(mirrorStyle(styleOf(textareaStyle), { kind: 'textarea', clientWidth: 283, clientHeight: 100, zoom: 1 }).zoom).toBeUndefined();
    expect(mirrorStyle(styleOf(textareaStyle), { kind: 'textarea', clientWidth: 283, clientHeight: 100, zoom: NaN }).zoom).toBeUndefined();
  });
});

describe('Mirror', () => {
  it('holds the field value in one text node, in our container only', () => {
    document.body.innerHTML = '<textarea id="t"></textarea><div id="ours"></div>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.value = 'Hei 👋\nVedrørende';
    const mirror = new Mirror(document.getElementById('ours')!);
    mirror.sync(ta);
    expect(mirror.element.textContent).toBe('Hei 👋\nVedrørende');
    expect(mirror.element.parentElement?.id).toBe('ours');
    expect(mirror.element.style.getPropertyValue('visibility')).toBe('hidden');
    mirror.remove();
    expect(document.getElementById('ours')!.childNodes.length).toBe(0);
  });
});

describe('mirrorCut', () => {
  const value = 'Første avsnitt med ord.\nAndre avsnitt, som er lengre enn det første.\nTredje.';
  it('ends a left-aligned mirror after the word that covers the span, or at the paragraph end', () => {
    // Needed up to inside «avsnitt» of the second paragraph: the paragraph ends soon, cut there.
    const cut = mirrorCut(value, 30, true);
    expect(value.slice(0, cut)).toBe('Første avsnitt med ord.\nAndre avsnitt, som er lengre enn det første.');
    // A paragraph far longer than the span: cut after the word.
    const long = 'ord '.repeat(2_000);
    expect(long.slice(0, mirrorCut(long, 5, true))).toBe('ord ord');
  });

  it('cuts a right-aligned, centred or justified mirror only at a paragraph end (their lines move with the whole line)', () => {
    expect(value.slice(0, mirrorCut(value, 30, false))).toBe('Første avsnitt med ord.\nAndre avsnitt, som er lengre enn det første.');
    const long = 'ord '.repeat(2_000);
    expect(mirrorCut(long, 5, false)).toBe(long.length);
  });

  it('keeps the whole value when the span reaches its end', () => {
    expect(mirrorCut(value, value.length, true)).toBe(value.length);
    expect(mirrorCut(value, value.length + 5, false)).toBe(value.length);
  });
});

describe('Mirror of a huge value', () => {
  it('lays out only what the measured spans need, and grows when a span further on is measured', () => {
    document.body.innerHTML = '<textarea id="t"></textarea><div id="ours"></div>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    const paragraph = `${'Vedrørende søknaden din om byggetillatelse. '.repeat(20)}\n`;
    ta.value = paragraph.repeat(1_200); // about 1 MB
    const mirror = new Mirror(document.getElementById('ours')!);
    mirror.sync(ta);
    expect(mirror.mirroredLength).toBeLessThan(MIRROR_FIRST_CHARS + paragraph.length);
    expect(ta.value.slice(0, mirror.mirroredLength)).toBe(mirror.element.textContent);
    mirror.rects(99_000, 99_010);
    expect(mirror.mirroredLength).toBeGreaterThanOrEqual(99_010);
    expect(mirror.mirroredLength).toBeLessThan(250_000);
    // Typing keeps what was needed (no growing again step by step), and never more than the value.
    ta.value = `Hei! ${ta.value}`;
    mirror.sync(ta);
    expect(mirror.mirroredLength).toBeGreaterThanOrEqual(99_010);
    // Back at the top: only the spans there are measured, so the next edit shrinks it again.
    mirror.rects(10, 20);
    ta.value = `Hei, ${ta.value}`;
    mirror.sync(ta);
    expect(mirror.mirroredLength).toBeLessThan(MIRROR_FIRST_CHARS + paragraph.length);
    expect(ta.value.slice(0, mirror.mirroredLength)).toBe(mirror.element.textContent);
    ta.value = 'Kort svar.';
    mirror.sync(ta);
    expect(mirror.element.textContent).toBe('Kort svar.');
  });

  it('follows edits anywhere by replacing only what changed in its text', () => {
    document.body.innerHTML = '<textarea id="t"></textarea><div id="ours"></div>';
    const ta = document.getElementById('t') as HTMLTextAreaElement;
    ta.value = 'Vi har mottatt søknaden din. '.repeat(300);
    const mirror = new Mirror(document.getElementById('ours')!);
    mirror.sync(ta);
    const text = mirror.element.firstChild as Text;
    const edits: Array<(v: string) => string> = [
      (v) => `Hei! ${v}`,
      (v) => v.slice(0, 100) + 'ø😀' + v.slice(100),
      (v) => v.slice(0, 50) + v.slice(60),
      (v) => v.replace('søknaden', 'klagen'),
      (v) => `${v}Mvh Kari`,
      (v) => v.slice(3),
    ];
    for (const edit of edits) {
      ta.value = edit(ta.value);
      mirror.sync(ta);
      // The same text node, edited in place (Chromium keeps its layout before the edit).
      expect(mirror.element.firstChild).toBe(text);
      expect(mirror.element.textContent).toBe(ta.value.slice(0, mirror.mirroredLength));
    }
  });
});
