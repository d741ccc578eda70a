// The inline popover: what a finding is about and what to do, next to the underlined words.
// Vanilla DOM in a closed shadow root on our own <svarhjelp-popover> host (no React in the
// content script, page styles cannot leak in, ours cannot leak out, and page scripts cannot read
// the message, which quotes the reply, or the suggestions). It is a non-modal dialog:
// opened by hover or click it leaves focus in the editor; opened from the keyboard it takes
// focus, Tab cycles its buttons, Escape closes it and gives focus back to the editor.

import type { Finding } from '../../../rules/types.ts';
import { placePopover, type Box } from '../geometry.ts';
import { cssZoom } from '../mirror.ts';
import { adoptCss } from '../underlines/overlay.ts';
import { cycleFocus } from '../navigation.ts';
import { applyNotice, categoryLabel, shared, t, valueAndSubgoal, type ApplyNotice, type PopoverLanguage } from '../strings.ts';
import { CATEGORY_STYLE } from '../style.ts';
import { forgetRoot, registerPopoverRoot } from '../inspect.ts';
import { findingMessage } from '../../../components/finding-text.ts';
import { chosenLanguage, onDisplayChange, refreshLabels, standardLabels } from '../display-language.ts';

export const POPOVER_TAG = 'svarhjelp-popover';

export type PopoverAction = { kind: 'apply'; suggestion: string } | { kind: 'ignore' } | { kind: 'panel' };

export interface PopoverHandlers {
  onAction(finding: Finding, action: PopoverAction): void;
  /** Escape (or Tab-out is impossible: focus cycles). `restoreFocus` is true when the popover had focus. */
  onClose(reason: 'escape' | 'dismiss', hadFocus: boolean): void;
}

const CSS = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box; max-width: min(360px, calc(100vw - 8px));
  min-width: 220px; padding: 12px 14px; border-radius: 8px; background: #fff; color: #1f2328;
  border: 1px solid #d0d7de; box-shadow: 0 6px 24px rgba(31, 35, 40, 0.18);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; text-align: start;
  direction: ltr; pointer-events: auto;
}
.labels { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center; margin: 0 0 6px; font-size: 12px; color: #57606a; }
.dot { width: 10px; height: 10px; border-radius: 50%; flex: none; }
.value { font-weight: 600; color: #1f2328; }
.msg { margin: 0 0 10px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
button {
  font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid #d0d7de; background: #f6f8fa; color: #1f2328;
}
button[data-action="apply"] { background: #0a5ea8; border-color: #0a5ea8; color: #fff; font-weight: 600; }
button:hover { filter: brightness(0.95); }
button:focus-visible { outline: 2px solid #0a5ea8; outline-offset: 2px; }
.hint { margin: 0 0 10px; font-size: 12px; color: #57606a; }
.notice { margin: 0 0 8px; padding: 6px 8px; border-radius: 6px; background: #fff8c5; color: #3b2300; border: 1px solid #d4a72c; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2328; color: #e6edf3; border-color: #3d444d; }
  .labels { color: #9198a1; } .value { color: #e6edf3; } .hint { color: #9198a1; }
  .notice { background: #3b2e0a; color: #f2cc60; border-color: #9e6a03; }
  button { background: #2d333b; color: #e6edf3; border-color: #3d444d; }
  button[data-action="apply"] { background: #4493f8; border-color: #4493f8; color: #0d1117; }
}
`;

export class Popover {
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private card: HTMLElement | null = null;
  private current: Finding | null = null;
  private anchor: Box | null = null;
  // What the open card was drawn with, to draw it again in another language.
  private lang: PopoverLanguage = 'nb';
  private notice: ApplyNotice | undefined;
  private stopWatching: (() => void) | null = null;
  private readonly doc: Document;
  private readonly handlers: PopoverHandlers;

  constructor(doc: Document, handlers: PopoverHandlers) {
    this.doc = doc;
    this.handlers = handlers;
  }

  get finding(): Finding | null {
    return this.current;
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  /** The host element (to tell whether an event or the pointer is inside the popover). */
  get element(): HTMLElement | null {
    return this.host;
  }

  hasFocus(): boolean {
    const shadow = this.shadow;
    return !!shadow && shadow.activeElement !== null;
  }

  contains(target: EventTarget | null | undefined, path?: EventTarget[]): boolean {
    if (!this.host) return false;
    if (path) return path.includes(this.host);
    return target === this.host;
  }

  /**
   * Shows a finding at `anchor`. With a `notice` (a one-click fix that did not happen), the
   * notice comes first, announced to screen readers, and the card offers no fix to try again. The
   * notice is kept as its code, so a language switch words it again like the rest of the card.
   */
  open(finding: Finding, anchor: Box, lang: PopoverLanguage, focus: boolean, notice?: ApplyNotice): void {
    this.ensureHost();
    const card = this.card!;
    this.current = finding;
    this.anchor = anchor;
    this.lang = lang;
    this.notice = notice;
    this.render();
    refreshLabels();
    card.style.visibility = 'hidden';
    card.style.display = 'block';
    this.position();
    card.style.visibility = 'visible';
    if (focus) this.buttons()[0]?.focus({ preventScroll: true });
  }

  /** The card's texts in the language chosen in the panel (the moment it changes), else the check's. */
  private render(): void {
    const card = this.card;
    const finding = this.current;
    if (!card || !finding) return;
    const lang = chosenLanguage() ?? this.lang;
    card.replaceChildren(...this.content(finding, lang, this.notice));
    card.setAttribute('aria-label', `${t(lang, 'dialog')}: ${categoryLabel(lang, finding.category)}`);
  }

  /** The language or the rule set's names changed while the card is open: draw it again, focus kept. */
  private rerender(): void {
    if (!this.current || !this.card) return;
    const focused = this.buttons().indexOf(this.shadow?.activeElement as HTMLButtonElement);
    this.render();
    this.position();
    if (focused >= 0) this.buttons()[focused]?.focus({ preventScroll: true });
  }

  /** Moves the popover to a new anchor (scrolling, resizing); closes when the anchor is gone. */
  reposition(anchor: Box | null): void {
    if (!this.current) return;
    if (!anchor) {
      this.close('dismiss');
      return;
    }
    this.anchor = anchor;
    this.position();
  }

  close(reason: 'escape' | 'dismiss' = 'dismiss'): void {
    if (!this.current) return;
    const hadFocus = this.hasFocus();
    this.current = null;
    this.anchor = null;
    if (this.card) {
      this.card.style.display = 'none';
      this.card.replaceChildren();
    }
    this.handlers.onClose(reason, hadFocus);
  }

  destroy(): void {
    this.stopWatching?.();
    this.stopWatching = null;
    this.current = null;
    this.host?.remove();
    forgetRoot(this.shadow);
    this.host = null;
    this.shadow = null;
    this.card = null;
  }

  private position(): void {
    const card = this.card;
    if (!card || !this.anchor) return;
    const view = this.doc.defaultView;
    const width = view?.innerWidth ?? 1024;
    const height = view?.innerHeight ?? 768;
    const r = card.getBoundingClientRect();
    const at = placePopover(this.anchor, { width: r.width || 300, height: r.height || 120 }, { width, height });
    // Placed in viewport px; a page `zoom` on <html> zooms our host too, so undo it here.
    const z = cssZoom(card);
    card.style.left = `${Math.round(at.left) / z}px`;
    card.style.top = `${Math.round(at.top) / z}px`;
  }

  private buttons(): HTMLButtonElement[] {
    return this.card ? Array.from(this.card.querySelectorAll('button')) : [];
  }

  private ensureHost(): void {
    if (this.host?.isConnected) return;
    const doc = this.doc;
    const host = doc.createElement(POPOVER_TAG);
    // Our own element: styling it through CSSOM is fine (no change to the page's nodes).
    host.style.cssText = 'all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; z-index: 2147483647;';
    const shadow = host.attachShadow({ mode: 'closed' });
    adoptCss(shadow, doc, CSS);
    forgetRoot(this.shadow);
    registerPopoverRoot(shadow);
    this.stopWatching ??= onDisplayChange(() => this.rerender());
    const card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-modal', 'false');
    card.setAttribute('aria-describedby', 'svarhjelp-msg');
    card.style.display = 'none';
    shadow.append(card);
    // Keys typed in the popover are ours: the page's shortcuts (Gmail's, the editor's) must not see them.
    for (const type of ['keydown', 'keyup', 'keypress'] as const) {
      host.addEventListener(type, (e) => {
        if (type === 'keydown' && e.isTrusted) this.onKey(e as KeyboardEvent);
        e.stopPropagation();
      });
    }
    // Should a page script still reach these buttons (a browser bug, an open root elsewhere), only the user's own
    // click (or Enter/Space on a focused button, which the browser turns into a trusted click)
    // may apply, dismiss or open the panel; a script's el.click() or dispatchEvent() does nothing.
    card.addEventListener('click', (e) => {
      if (!e.isTrusted) return;
      const button = (e.target as Element | null)?.closest?.('button');
      if (!button || !this.current) return;
      e.preventDefault();
      const finding = this.current;
      const kind = button.getAttribute('data-action');
      if (kind === 'apply') this.handlers.onAction(finding, { kind: 'apply', suggestion: button.getAttribute('data-suggestion') ?? '' });
      else if (kind === 'ignore') this.handlers.onAction(finding, { kind: 'ignore' });
      else if (kind === 'panel') this.handlers.onAction(finding, { kind: 'panel' });
    });
    // Mouse clicks on buttons must not move focus/selection out of the editor before we act.
    card.addEventListener('mousedown', (e) => {
      if ((e.target as Element | null)?.closest?.('button') && !this.hasFocus()) e.preventDefault();
    });
    (doc.documentElement ?? doc).appendChild(host);
    this.host = host;
    this.shadow = shadow;
    this.card = card;
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.close('escape');
      return;
    }
    if (e.key === 'Tab') {
      const buttons = this.buttons();
      const active = this.shadow?.activeElement ?? null;
      const next = cycleFocus(buttons.length, buttons.indexOf(active as HTMLButtonElement), e.shiftKey);
      if (next >= 0) {
        e.preventDefault();
        buttons[next]!.focus();
      }
    }
  }

  private content(f: Finding, lang: PopoverLanguage, notice?: ApplyNotice): Node[] {
    const doc = this.doc;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
      const node = doc.createElement(tag);
      if (cls) node.className = cls;
      if (text !== undefined) node.textContent = text;
      return node;
    };
    const labels = el('p', 'labels');
    const dot = el('span', 'dot');
    dot.style.background = CATEGORY_STYLE[f.category].color;
    dot.setAttribute('aria-hidden', 'true');
    const names = valueAndSubgoal(lang, f.subgoal, standardLabels());
    // Value and sub-goal; the category is in the dialog's name and the dot's colour.
    dot.setAttribute('title', categoryLabel(lang, f.category));
    labels.append(dot, el('span', 'value', names.value), el('span', 'subgoal', names.subgoal));
    const msg = el('p', 'msg', findingMessage(f, lang));
    msg.id = 'svarhjelp-msg';
    const actions = el('div', 'actions');
    for (const s of notice === undefined ? f.suggestions.slice(0, 5) : []) {
      const b = el('button', undefined, s === '' ? shared(lang, 'removeText') : s);
      b.type = 'button';
      b.setAttribute('data-action', 'apply');
      b.setAttribute('data-suggestion', s);
      b.setAttribute('aria-label', s === '' ? shared(lang, 'removeText') : shared(lang, 'replaceWithAria', { suggestion: s }));
      actions.append(b);
    }
    const ignore = el('button', undefined, t(lang, 'ignore'));
    ignore.type = 'button';
    ignore.setAttribute('data-action', 'ignore');
    ignore.setAttribute('aria-label', t(lang, 'ignoreAria'));
    const panel = el('button', undefined, t(lang, 'panel'));
    panel.type = 'button';
    panel.setAttribute('data-action', 'panel');
    panel.setAttribute('aria-label', t(lang, 'panelAria'));
    actions.append(ignore, panel);
    const out: Node[] = [labels];
    if (notice !== undefined) {
      const status = el('p', 'notice', applyNotice(lang, notice));
      status.setAttribute('role', 'alert');
      status.setAttribute('data-svarhjelp-notice', '');
      out.push(status);
    }
    out.push(msg);
    if (f.suggestions.length === 0) out.push(el('p', 'hint', t(lang, 'noSuggestion')));
    out.push(actions);
    return out;
  }
}
