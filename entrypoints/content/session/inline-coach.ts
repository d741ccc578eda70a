// Inline coaching in one frame: underlines on the field being written in, kept on their words
// while the user types, scrolls, resizes and zooms; a popover on hover, click or Alt+J; applying
// a suggestion and dismissing a finding. The coach (coach.ts) decides when to check and hands the
// answers here. The parts:
//   surfaces/   the field itself — its text, where findings are, selecting and editing it;
//   underlines/ which findings are drawn and painting them (underline-view.ts);
//   popover/    the card (popover.ts) and when it opens and closes (controller.ts).
// This module holds the findings' lifecycle between them and the listeners' lifetime.
//
// Lifecycle: when the extension is reloaded or updated, this script is orphaned (its
// browser.runtime is gone) while the page lives on. Every handler first asks deps.alive(); a
// watchdog asks too while anything is shown, so an orphan removes its underlines, popover,
// overlay and ::highlight() rules and stops listening without waiting for the user to type.

import type { Finding } from '../../../rules/types.ts';
import type { UiLanguage } from '../../../rules/ids.ts';
import type { ApplyOutcome } from '../editors/input-path.ts';
import type { Extraction } from '../extract.ts';
import type { EditableField } from '../fields.ts';
import { IgnoreList } from '../ignore.ts';
import { nextFindingIndex } from '../navigation.ts';
import { PopoverController } from '../popover/controller.ts';
import type { PopoverAction } from '../popover/popover.ts';
import { popoverLanguage, type PopoverLanguage } from '../strings.ts';
import { surfaceFor, type EditorSurface } from '../surfaces/surface.ts';
import { UnderlineView } from '../underlines/underline-view.ts';
import { MAX_ITEMS } from '../underlines/window.ts';

/** While underlines are shown, how often an orphaned script (extension reloaded) notices it. */
export const ALIVE_CHECK_MS = 1000;

export interface InlineDeps {
  log(message: string, error?: unknown): void;
  /** "Mer i sidepanelet". */
  openPanel(fieldKey: string, findingId: string): void;
  /** «Ignorer»: kept beyond this page by the coach (with the inquiry). */
  onIgnore?(fieldKey: string, scope: string, finding: Finding): void;
  /** False once the extension context is gone (reloaded, updated, removed): then shut down. */
  alive?(): boolean;
  /**
   * The field's text changed without an edit the coach heard — a suggestion went in, or the
   * editor re-rendered words away under the underlines: the findings must follow the new text.
   */
  onTextChanged?(field: EditableField): void;
}

export interface ShowArgs {
  field: EditableField;
  fieldKey: string;
  /** Dismissals are kept per inquiry (or per field when none is known). */
  scope: string;
  /** The extraction the findings were computed on (their offsets refer to ex.text). */
  ex: Extraction;
  findings: readonly Finding[];
  /** Reply language from the check ('nob', 'nno', …), for the popover's language. */
  language?: string;
  /** The UI language the user chose in the panel, when any: it wins over the reply's. */
  uiLanguage?: UiLanguage;
}

export class InlineCoach {
  private readonly doc: Document;
  private readonly deps: InlineDeps;
  private readonly view: UnderlineView;
  private readonly popovers: PopoverController;
  readonly ignored = new IgnoreList();

  private surface: EditorSurface | null = null;
  private fieldKey = '';
  private scope = '';
  private lang: PopoverLanguage = 'nb';
  private dead = false;
  /** Listeners, observers and the watchdog while anything is shown; aborting stops them all. */
  private listening: AbortController | null = null;
  /** An anchor check is due in the next frame (the field's DOM changed under the underlines). */
  private anchorFrame: number | null = null;
  /** An apply is under way (it waits for the editor): a second one waits its turn by being refused. */
  private applying = false;
  /** The user is composing (an IME, a dead key): the editor owns the text until it ends. */
  private composing = false;

  constructor(doc: Document, deps: InlineDeps) {
    this.doc = doc;
    this.deps = deps;
    const guard = (name: string, fn: () => void) => this.guard(name, fn);
    this.view = new UnderlineView(doc, {
      activeId: () => this.popovers.finding?.id,
      measured: (boxes) => this.popovers.follow(boxes),
      guard,
    });
    this.popovers = new PopoverController(doc, this.view, {
      surface: () => this.surface,
      language: () => this.lang,
      onAction: (finding, action) => this.onAction(finding, action),
      jump: (backward) => void this.jump(backward),
      guard,
    });
  }

  get activeField(): EditableField | null {
    return this.surface?.field ?? null;
  }

  /** Ids of the findings currently underlined (tests, and the panel's view of what is left). */
  get shownIds(): string[] {
    return this.view.items.map((i) => i.finding.id);
  }

  /**
   * Focus is going back from the popover to the editor (Escape, a button): the focusin that
   * follows is ours, not the user arriving at the field.
   */
  get givingFocusBack(): boolean {
    return this.popovers.givingFocusBack;
  }

  /** The surface of a field: the active one's own (its state is shared with the coach), else a new one. */
  surfaceOf(field: EditableField): EditorSurface {
    return field.element === this.surface?.element ? this.surface : surfaceFor(field);
  }

  /** Forgets the underlines of a field left behind; returns the surface of the new one. */
  setField(field: EditableField | null): EditorSurface | null {
    if (field?.element === this.surface?.element) return this.surface;
    this.clear();
    this.surface = field ? this.surfaceOf(field) : null;
    this.view.setSurface(this.surface);
    return this.surface;
  }

  show(args: ShowArgs): void {
    if (!this.isAlive()) return;
    const surface = this.setField(args.field)!;
    this.fieldKey = args.fieldKey;
    this.scope = args.scope;
    this.lang = popoverLanguage(args.language, args.uiLanguage);
    // All of them, in text order: which ones are drawn is decided by what is in view (underline-view.ts).
    const findings = [...this.ignored.filter(args.scope, args.findings)].sort((a, b) => a.start - b.start || a.end - b.end);
    const items = surface.anchor(findings, args.ex);
    const open = this.popovers.finding;
    if (open && !items.some((i) => i.finding.id === open.id)) this.popovers.close();
    this.view.show(items);
    this.listen(items.length > 0 || this.popovers.isOpen);
    // The editor may already have re-rendered the nodes the check's extraction mapped.
    this.scheduleAnchorCheck();
  }

  /** The user typed in `field`: move the underlines with the edit now, before the next answer. */
  onInput(field: EditableField): void {
    if (!this.isAlive()) return;
    const surface = this.surface;
    const items = this.view.items;
    if (!surface || field.element !== surface.element || items.length === 0) return;
    if (this.popovers.closesOnTyping) this.popovers.close();
    const drawn = items.length > MAX_ITEMS ? new Set(this.view.drawnItems) : null;
    const moved = surface.follow(items, drawn);
    if (moved) this.view.show(moved);
  }

  /**
   * Applies one of a finding's suggestions (popover, Alt+J popover or side panel). Anything but
   * 'applied' left the text as it was ('unconfirmed' excepted); from the popover, the popover
   * then says so next to the words.
   */
  async apply(findingId: string, suggestion: string, from: 'popover' | 'panel' = 'panel'): Promise<ApplyOutcome> {
    const item = this.view.item(findingId);
    const surface = this.surface;
    // Only the engine's own suggestions can be inserted, never arbitrary text.
    if (!item || !surface || !surface.element.isConnected) return 'changed';
    if (!item.finding.suggestions.includes(suggestion) || this.applying || this.composing) return 'refused';
    this.popovers.close();
    this.applying = true;
    let outcome: ApplyOutcome;
    try {
      outcome = await surface.replace(item, suggestion);
    } finally {
      this.applying = false;
    }
    if (outcome === 'applied') {
      this.view.show(this.view.items.filter((i) => i !== item));
      this.deps.onTextChanged?.(surface.field);
    } else if (from === 'popover' && this.isAlive()) {
      this.popovers.openNotice(item, outcome);
      this.listen(true);
    }
    return outcome;
  }

  /** Scrolls to a finding and selects its span (side panel "Vis i teksten", Alt+J). */
  reveal(findingId: string): boolean {
    const item = this.view.item(findingId);
    const surface = this.surface;
    if (!item || !surface || !surface.element.isConnected || !surface.stillThere(item)) return false;
    surface.reveal(item, this.view.mirror);
    this.view.invalidate();
    return true;
  }

  /**
   * Scrolls to a span of the checked reply and selects it (the side panel's «Vis svaret» for the
   * sentence that answers a citizen's question). Offsets are the check's; false when the field
   * no longer holds that much text.
   */
  revealSpan(start: number, end: number): boolean {
    const surface = this.surface;
    if (!surface || !surface.element.isConnected || !(start >= 0 && end > start)) return false;
    if (!surface.revealOffsets(start, end, this.view.mirror)) return false;
    this.view.invalidate();
    return true;
  }

  /** Alt+J: select the next (or previous) finding and open its popover with focus on it. */
  jump(backward = false): boolean {
    const surface = this.surface;
    const items = this.view.items;
    if (!surface || items.length === 0) return false;
    const { spans, selection } = surface.readingPositions(items);
    const item = items[nextFindingIndex(spans, selection.start, selection.end, backward)];
    if (!item || !this.reveal(item.finding.id)) return false;
    this.popovers.open(item, 'keyboard');
    this.listen(true);
    return true;
  }

  clear(): void {
    this.popovers.close();
    try {
      this.view.clear();
    } catch (error) {
      this.deps.log('clear failed', error);
    }
    this.listen(false);
  }

  /** Shuts down for good (extension context gone): nothing of ours stays in the page. */
  destroy(): void {
    if (this.dead) return;
    this.dead = true;
    this.clear();
    for (const step of [() => this.view.destroy(), () => this.popovers.destroy()]) {
      try {
        step();
      } catch (error) {
        this.deps.log('destroy failed', error);
      }
    }
    this.surface = null;
    this.view.setSurface(null);
  }

  /** False (after shutting down) once the extension context is gone. */
  private isAlive(): boolean {
    if (this.dead) return false;
    let alive = true;
    try {
      alive = this.deps.alive?.() ?? true;
    } catch {
      alive = false;
    }
    if (!alive) this.destroy();
    return alive;
  }

  private onAction(finding: Finding, action: PopoverAction): void {
    if (!this.isAlive()) return;
    if (action.kind === 'apply') {
      // apply() closes the popover first; focus ends in the editor after the new text.
      void this.apply(finding.id, action.suggestion, 'popover').catch((error: unknown) => this.deps.log('apply failed', error));
      return;
    }
    if (action.kind === 'ignore') {
      this.ignored.ignore(this.scope, finding.id);
      this.deps.onIgnore?.(this.fieldKey, this.scope, finding);
      const left = this.view.items.filter((i) => i.finding.id !== finding.id);
      this.popovers.close();
      this.view.show(left);
      return;
    }
    this.popovers.close();
    this.deps.openPanel(this.fieldKey, finding.id);
  }

  /**
   * In the next frame, places again the anchors an editor's re-render took away (surfaces/), so
   * a finding keeps its underline without waiting for a keystroke. An open popover stays open;
   * words that are gone leave with their underline, and the text is checked again.
   */
  private scheduleAnchorCheck(): void {
    const view = this.doc.defaultView;
    if (this.anchorFrame !== null || !view || !this.listening) return;
    this.anchorFrame = view.requestAnimationFrame(() => {
      this.anchorFrame = null;
      this.guard('re-anchor', () => {
        const surface = this.surface;
        const items = this.view.items;
        if (!surface || items.length === 0 || this.applying || this.composing) return;
        const drawn = items.length > MAX_ITEMS ? new Set(this.view.drawnItems) : null;
        const open = this.popovers.finding?.id;
        const checked = drawn ? items.filter((i) => drawn.has(i)) : items;
        const placed = surface.reanchor(checked, open);
        if (!placed) return;
        const byId = new Map(placed.map((i) => [i.finding.id, i]));
        const next = drawn ? items.flatMap((i) => (drawn.has(i) ? (byId.has(i.finding.id) ? [byId.get(i.finding.id)!] : []) : [i])) : placed;
        this.view.show(next);
        if (placed.length < checked.length && !this.popovers.isOpen) this.deps.onTextChanged?.(surface.field);
      });
    });
  }

  private listen(on: boolean): void {
    const view = this.doc.defaultView;
    if (!on) {
      this.listening?.abort();
      this.listening = null;
      if (this.anchorFrame !== null) view?.cancelAnimationFrame(this.anchorFrame);
      this.anchorFrame = null;
      this.composing = false;
      return;
    }
    const surface = this.surface;
    if (this.listening || !surface || !view) return;
    const ac = new AbortController();
    this.listening = ac;
    const { signal } = ac;
    this.view.listen(surface.element, signal);
    this.popovers.listen(signal);
    // An editor re-rendering its text nodes under the underlines (Slate after an input event).
    const unwatch = surface.watch(() => this.scheduleAnchorCheck());
    signal.addEventListener('abort', unwatch, { once: true });
    // Orphaned scripts shut down even when the user does nothing in the page.
    if (this.deps.alive) {
      const watchdog = view.setInterval(() => this.isAlive(), ALIVE_CHECK_MS);
      signal.addEventListener('abort', () => view.clearInterval(watchdog), { once: true });
    }
    const capture = { capture: true, signal };
    this.doc.addEventListener('compositionstart', (e) => void (e.isTrusted && (this.composing = true)), capture);
    this.doc.addEventListener('compositionend', (e) => void (e.isTrusted && (this.composing = false)), capture);
  }

  private guard(name: string, fn: () => void): void {
    if (!this.isAlive()) return;
    try {
      fn();
    } catch (error) {
      this.deps.log(`${name} failed`, error);
    }
  }
}
