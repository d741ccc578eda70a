// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../../rules/types.ts';
import { VEDRORENDE } from '../finding.fixture.ts';
import { extractEditable } from '../extract.ts';
import { EditableSurface } from './editable-surface.ts';

const finding = (id: string, start: number, end: number): Finding => ({ ...VEDRORENDE, id, ruleId: id, start, end });

afterEach(() => {
  document.body.innerHTML = '';
});

/** An editor whose reply paragraph is re-rendered the way Slate does: new text nodes, same text. */
function rerender(p: Element, text = p.textContent ?? ''): void {
  p.replaceChildren(document.createTextNode(text));
}

describe('EditableSurface.reanchor', () => {
  it('places a range again when the editor replaced the text node under it', () => {
    document.body.innerHTML = '<div contenteditable="true" id="ed"><p>Vedrørende søknaden din.</p></div>';
    const host = document.getElementById('ed')!;
    const surface = new EditableSurface(host);
    const items = surface.anchor([finding('v', 0, 10)], extractEditable(host));
    expect(surface.reanchor(items)).toBeNull();
    rerender(host.querySelector('p')!);
    expect(items[0]!.range!.startContainer.isConnected).toBe(false);
    const placed = surface.reanchor(items)!;
    expect(placed).toHaveLength(1);
    expect(placed[0]!.range!.startContainer.isConnected).toBe(true);
    expect(placed[0]!.range!.toString()).toBe('Vedrørende');
  });

  it('follows text typed since the check, and drops words that are gone unless their popover is open', () => {
    document.body.innerHTML = '<div contenteditable="true" id="ed"><p>Vedrørende søknaden, samt kart.</p></div>';
    const host = document.getElementById('ed')!;
    const surface = new EditableSurface(host);
    const items = surface.anchor([finding('v', 0, 10), finding('s', 21, 25)], extractEditable(host));
    rerender(host.querySelector('p')!, 'Hei! Vedrørende søknaden, samt kart.');
    const placed = surface.reanchor(items)!;
    expect(placed.map((i) => [i.finding.id, i.range!.toString(), i.start])).toEqual([
      ['v', 'Vedrørende', 5],
      ['s', 'samt', 26],
    ]);
    const kept = new EditableSurface(host);
    rerender(host.querySelector('p')!, 'Vedrørende søknaden, samt kart.');
    const again = kept.anchor([finding('v', 0, 10), finding('s', 21, 25)], extractEditable(host));
    rerender(host.querySelector('p')!, 'Vedrørende søknaden, og kart.');
    expect(kept.reanchor(again, 's')!.map((i) => i.finding.id)).toEqual(['v', 's']);
  });
});
