// The inline template search: Alt+M in the field being written in opens a small search box next
// to it (a closed shadow root on our own <svarhjelp-templates> host, like the popover); typing
// filters the standard answers, ↑/↓ choose, Enter inserts the chosen one at the caret (through
// insert.ts, as «Sett inn» in the side panel does) and Escape closes it and gives focus back.
import type { FilledTemplates } from '../shared/protocol.ts';
import { POPOVER_STRINGS } from '../../components/ui-strings/index.ts';
import { adoptCss } from './underlines/overlay.ts';

export const PICKER_TAG = 'svarhjelp-templates';
const MAX_SHOWN = 6;

const CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; box-sizing: border-box; width: min(380px, calc(100vw - 8px)); padding: 10px;
  border-radius: 8px; background: #fff; color: #1f2328; border: 1px solid #d0d7de; box-shadow: 0 6px 24px rgba(31,35,40,.18);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
input { box-sizing: border-box; width: 100%; font: inherit; padding: 6px 8px; border: 1px solid #8c959f; border-radius: 6px; }
ul { list-style: none; margin: 8px 0 0; padding: 0; }
li { padding: 4px 8px; border-radius: 6px; cursor: pointer; }
li[aria-selected="true"] { background: #0a5ea8; color: #fff; }
.hint, .empty { margin: 6px 0 0; font-size: 12px; color: #57606a; }
@media (prefers-color-scheme: dark) { .card { background: #1f2328; color: #e6edf3; border-color: #3d444d; }
  input { background: #0d1117; color: #e6edf3; border-color: #3d444d; } .hint, .empty { color: #9198a1; } }
`;

const fold = (s: string) => s.toLocaleLowerCase('nb').normalize('NFKD').replace(/\p{M}/gu, '');

/** Templates matching every word, the inquiry's kind first, titles before texts. */
export function pickTemplates(bundle: FilledTemplates, query: string): FilledTemplates['templates'] {
  const words = fold(query)
    .split(/[^\p{L}\p{N}§]+/u)
    .filter(Boolean);
  return bundle.templates
    .map((t, index) => {
      const title = fold([t.title, ...t.keywords].join(' '));
      const text = fold(t.text);
      let score = bundle.kind && t.kinds.includes(bundle.kind) ? 1 : 0;
      for (const w of words) {
        if (title.includes(w)) score += 4;
        else if (text.includes(w)) score += 2;
        else return null;
      }
      return { t, score, index };
    })
    .filter((x): x is { t: FilledTemplates['templates'][number]; score: number; index: number } => x !== null)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((x) => x.t);
}

export class TemplatePicker {
  private host: HTMLElement | null = null;
  private readonly doc: Document;
  private readonly onPick: (text: string) => void;
  private readonly onClose: () => void;

  constructor(doc: Document, onPick: (text: string) => void, onClose: () => void) {
    this.doc = doc;
    this.onPick = onPick;
    this.onClose = onClose;
  }

  get isOpen(): boolean {
    return !!this.host?.isConnected;
  }

  open(bundle: FilledTemplates, near: DOMRect): void {
    this.close(false);
    const doc = this.doc;
    const texts = POPOVER_STRINGS[bundle.language] ?? POPOVER_STRINGS.nb;
    const host = doc.createElement(PICKER_TAG);
    host.style.cssText = 'all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; z-index: 2147483647;';
    const shadow = host.attachShadow({ mode: 'closed' });
    adoptCss(shadow, doc, CSS);
    const card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', texts.templateSearch);
    const view = doc.defaultView!;
    card.style.left = `${Math.max(4, Math.min(near.left, view.innerWidth - 388))}px`;
    card.style.top = `${Math.max(4, Math.min(near.top + 8, view.innerHeight - 300))}px`;
    const input = doc.createElement('input');
    input.type = 'search';
    input.setAttribute('aria-label', texts.templateSearch);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-expanded', 'true');
    input.setAttribute('aria-controls', 'svarhjelp-template-list');
    const list = doc.createElement('ul');
    list.id = 'svarhjelp-template-list';
    list.setAttribute('role', 'listbox');
    const hint = doc.createElement('p');
    hint.className = 'hint';
    hint.textContent = texts.templateSearchHint;
    card.append(input, list, hint);
    shadow.append(card);

    let shown: FilledTemplates['templates'] = [];
    let active = 0;
    const render = () => {
      shown = pickTemplates(bundle, input.value).slice(0, MAX_SHOWN);
      active = Math.min(active, Math.max(0, shown.length - 1));
      list.replaceChildren(
        ...shown.map((t, i) => {
          const li = doc.createElement('li');
          li.setAttribute('role', 'option');
          li.id = `svarhjelp-template-${i}`;
          li.setAttribute('aria-selected', String(i === active));
          li.textContent = t.title;
          li.addEventListener('mousedown', (e) => {
            e.preventDefault();
            if (e.isTrusted) this.pick(t.text);
          });
          return li;
        }),
      );
      if (!shown.length) {
        const empty = doc.createElement('li');
        empty.className = 'empty';
        empty.textContent = texts.templateSearchEmpty;
        list.append(empty);
      }
      input.setAttribute('aria-activedescendant', shown.length ? `svarhjelp-template-${active}` : '');
    };
    input.addEventListener('input', () => {
      active = 0;
      render();
    });
    // Keys typed here are ours: the page's and the editor's shortcuts must not see them.
    for (const type of ['keydown', 'keyup', 'keypress'] as const) {
      host.addEventListener(type, (e) => {
        e.stopPropagation();
        if (type !== 'keydown' || !e.isTrusted) return;
        const key = (e as KeyboardEvent).key;
        if (key === 'ArrowDown' || key === 'ArrowUp') {
          e.preventDefault();
          if (shown.length) active = (active + (key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length;
          render();
        } else if (key === 'Enter') {
          e.preventDefault();
          const chosen = shown[active];
          if (chosen) this.pick(chosen.text);
        } else if (key === 'Escape') {
          e.preventDefault();
          this.close(true);
        }
      });
    }
    input.addEventListener('blur', () => view.setTimeout(() => this.isOpen && shadow.activeElement === null && this.close(false), 0));
    doc.documentElement.append(host);
    this.host = host;
    render();
    input.focus({ preventScroll: true });
  }

  private pick(text: string): void {
    this.close(false);
    this.onPick(text);
  }

  close(giveBackFocus: boolean): void {
    if (!this.host) return;
    this.host.remove();
    this.host = null;
    if (giveBackFocus) this.onClose();
  }
}
