// When the popover opens and closes: a pointer resting on an underline (hover), a click on one,
// Alt+J / Alt+Shift+J (the session's jump), Escape, a click elsewhere, the pointer leaving. Only
// the user's own pointer and keys count: a page script's synthetic events cannot open popovers,
// jump between findings or close what the user is reading. The card itself is popover.ts.

import type { Finding } from '../../../rules/types.ts';
import { hitTest, type Box } from '../geometry.ts';
import { isNextFindingKey } from '../navigation.ts';
import type { ApplyNotice, PopoverLanguage } from '../strings.ts';
import type { EditorSurface } from '../surfaces/surface.ts';
import type { UnderlineItem } from '../underlines/item.ts';
import type { UnderlineView } from '../underlines/underline-view.ts';
import { Popover, type PopoverAction } from './popover.ts';

/** Pointer resting on an underline this long opens the popover. */
export const HOVER_OPEN_MS = 250;
/** Pointer away from the underline and the popover this long closes a hover-opened popover. */
export const HOVER_CLOSE_MS = 400;
/** Hover hit-testing runs at most this often. */
export const POINTER_THROTTLE_MS = 50;

export type OpenedBy = 'hover' | 'click' | 'keyboard';

export interface PopoverControllerHooks {
  /** The field being written in, while there is one. */
  surface(): EditorSurface | null;
  /** The language the popover speaks now. */
  language(): PopoverLanguage;
  onAction(finding: Finding, action: PopoverAction): void;
  /** Alt+J / Alt+Shift+J in the field or the popover. */
  jump(backward: boolean): void;
  /** Runs a handler, catching and logging what it throws (and nothing once the script is orphaned). */
  guard(name: string, fn: () => void): void;
}

export class PopoverController {
  readonly popover: Popover;
  private readonly doc: Document;
  private readonly view: UnderlineView;
  private readonly hooks: PopoverControllerHooks;
  private openedBy: OpenedBy | null = null;
  /** Gives focus and the editor's selection back on Escape, as they were when the popover took focus. */
  private restoreSelection: (() => void) | null = null;
  private hoverTimer: number | null = null;
  private hoverCandidate: string | null = null;
  private closeTimer: number | null = null;
  private lastPointer = 0;
  private pointerTimer: number | null = null;
  private pendingPointer: { x: number; y: number; path: EventTarget[] } | null = null;
  /** True while focus goes back to the editor from the popover (a focus the user did not move). */
  private returningFocus = false;

  constructor(doc: Document, view: UnderlineView, hooks: PopoverControllerHooks) {
    this.doc = doc;
    this.view = view;
    this.hooks = hooks;
    this.popover = new Popover(doc, {
      onAction: (finding, action) => hooks.guard('popover action', () => hooks.onAction(finding, action)),
      onClose: (reason, hadFocus) => hooks.guard('popover close', () => this.onClosed(reason, hadFocus)),
    });
  }

  get isOpen(): boolean {
    return this.popover.isOpen;
  }

  /** The finding the popover is open at. */
  get finding(): Finding | null {
    return this.popover.finding;
  }

  /** Focus is on its way back from the popover to the editor: no user arriving at the field. */
  get givingFocusBack(): boolean {
    return this.returningFocus;
  }

  /** Whether the popover should close when the user types (it stays for Alt+J, which took focus). */
  get closesOnTyping(): boolean {
    return this.popover.isOpen && this.openedBy !== 'keyboard';
  }

  open(item: UnderlineItem, by: OpenedBy): void {
    this.cancelHover();
    const surface = this.hooks.surface();
    const anchor = this.view.boxOf(item.finding.id) ?? surface?.element.getBoundingClientRect();
    if (!anchor || !surface) return;
    if (by === 'keyboard') this.restoreSelection = surface.saveSelection();
    this.openedBy = by;
    this.popover.open(item.finding, boxOf(anchor), this.hooks.language(), by === 'keyboard');
    if (!surface.paintsHighlights()) this.view.invalidate();
  }

  /** The popover again at the words, saying why nothing (or maybe something) was changed. */
  openNotice(item: UnderlineItem, notice: ApplyNotice): void {
    const box = this.view.boxOf(item.finding.id) ?? this.hooks.surface()?.element.getBoundingClientRect();
    if (!box) return;
    this.openedBy = 'click';
    this.popover.open(item.finding, boxOf(box), this.hooks.language(), false, notice);
  }

  close(): void {
    this.popover.close('dismiss');
  }

  /** After a frame's measure: follow the words, or close when they left the view. */
  follow(boxes: ReadonlyMap<string, Box[]>): void {
    const open = this.popover.finding;
    if (open) this.popover.reposition(boxes.get(open.id)?.[0] ?? null);
  }

  /** Listens to the user's pointer and keys until `signal` aborts. */
  listen(signal: AbortSignal): void {
    const doc = this.doc;
    const { guard } = this.hooks;
    const passive = { capture: true, passive: true, signal };
    const active = { capture: true, signal };
    doc.addEventListener('pointermove', (e) => e.isTrusted && guard('pointermove', () => this.onPointerMove(e as PointerEvent)), passive);
    doc.addEventListener('pointerdown', (e) => e.isTrusted && guard('pointerdown', () => this.onPointerDown(e as PointerEvent)), passive);
    doc.addEventListener('click', (e) => e.isTrusted && guard('click', () => this.onClick(e as MouseEvent)), active);
    doc.addEventListener('keydown', (e) => e.isTrusted && guard('keydown', () => this.onKeyDown(e as KeyboardEvent)), active);
    signal.addEventListener('abort', () => this.stopTimers(), { once: true });
  }

  destroy(): void {
    this.stopTimers();
    this.popover.destroy();
  }

  private stopTimers(): void {
    const view = this.doc.defaultView;
    if (this.pointerTimer !== null) view?.clearTimeout(this.pointerTimer);
    this.pointerTimer = null;
    this.pendingPointer = null;
    this.cancelHover();
    this.cancelClose();
  }

  private onClosed(_reason: 'escape' | 'dismiss', hadFocus: boolean): void {
    const by = this.openedBy;
    this.openedBy = null;
    const restore = this.restoreSelection;
    this.restoreSelection = null;
    const surface = this.hooks.surface();
    if ((hadFocus || by === 'keyboard') && surface?.element.isConnected) {
      this.returningFocus = true;
      try {
        if (restore) restore();
        else surface.element.focus({ preventScroll: true });
      } finally {
        this.returningFocus = false;
      }
    }
    if (!surface?.paintsHighlights()) this.view.invalidate();
  }

  private pathOf(e: Event): EventTarget[] {
    return typeof e.composedPath === 'function' ? e.composedPath() : [];
  }

  private inField(e: Event): boolean {
    const el = this.hooks.surface()?.element;
    return !!el && this.pathOf(e).includes(el);
  }

  private onPointerMove(e: PointerEvent): void {
    if (e.pointerType === 'touch') return;
    // Throttled with a trailing call: where the pointer comes to rest is what matters.
    this.pendingPointer = { x: e.clientX, y: e.clientY, path: this.pathOf(e) };
    if (this.pointerTimer !== null) return;
    const wait = Math.max(0, this.lastPointer + POINTER_THROTTLE_MS - Date.now());
    this.pointerTimer = this.doc.defaultView!.setTimeout(() => {
      this.pointerTimer = null;
      this.lastPointer = Date.now();
      const p = this.pendingPointer;
      this.pendingPointer = null;
      if (p) this.hooks.guard('hover', () => this.onPointerAt(p.x, p.y, p.path));
    }, wait);
  }

  private onPointerAt(x: number, y: number, path: EventTarget[]): void {
    if (this.popover.contains(null, path)) {
      this.cancelClose();
      return;
    }
    const el = this.hooks.surface()?.element;
    const hit = el && path.includes(el) ? hitTest(this.view.hitItems(), x, y) : null;
    if (hit) {
      this.cancelClose();
      if (this.popover.finding?.id === hit) return;
      if (this.popover.isOpen && this.openedBy !== 'hover') return;
      if (this.hoverCandidate !== hit) {
        this.cancelHover();
        this.hoverCandidate = hit;
        this.hoverTimer = this.doc.defaultView!.setTimeout(() => {
          this.hoverTimer = null;
          this.hoverCandidate = null;
          this.hooks.guard('hover open', () => {
            const item = this.view.item(hit);
            if (item) this.open(item, 'hover');
          });
        }, HOVER_OPEN_MS);
      }
      return;
    }
    this.cancelHover();
    if (this.popover.isOpen && this.openedBy === 'hover' && !this.popover.hasFocus() && this.closeTimer === null) {
      this.closeTimer = this.doc.defaultView!.setTimeout(() => {
        this.closeTimer = null;
        if (this.openedBy === 'hover' && !this.popover.hasFocus()) this.popover.close('dismiss');
      }, HOVER_CLOSE_MS);
    }
  }

  private onPointerDown(e: PointerEvent): void {
    if (!this.popover.isOpen || this.popover.contains(null, this.pathOf(e))) return;
    const hit = this.inField(e) ? hitTest(this.view.hitItems(), e.clientX, e.clientY) : null;
    if (hit !== this.popover.finding?.id) this.popover.close('dismiss');
  }

  private onClick(e: MouseEvent): void {
    if (this.popover.contains(null, this.pathOf(e)) || !this.inField(e)) return;
    const hit = hitTest(this.view.hitItems(), e.clientX, e.clientY);
    if (!hit || this.popover.finding?.id === hit) return;
    const item = this.view.item(hit);
    if (item) this.open(item, 'click');
  }

  private onKeyDown(e: KeyboardEvent): void {
    const inPopover = this.popover.contains(null, this.pathOf(e));
    if (isNextFindingKey(e) && (inPopover || this.inField(e))) {
      e.preventDefault();
      e.stopPropagation();
      if (this.popover.isOpen) this.popover.close('dismiss');
      this.hooks.jump(e.shiftKey);
      return;
    }
    // Escape inside the popover is handled there; here: a hover/click popover while typing.
    if (e.key === 'Escape' && this.popover.isOpen && !inPopover) {
      e.preventDefault();
      e.stopPropagation();
      this.popover.close('escape');
    }
  }

  private cancelHover(): void {
    if (this.hoverTimer !== null) this.doc.defaultView?.clearTimeout(this.hoverTimer);
    this.hoverTimer = null;
    this.hoverCandidate = null;
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) this.doc.defaultView?.clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }
}

function boxOf(r: Box): Box {
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}
