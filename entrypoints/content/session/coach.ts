// The content script's main loop in one frame: stay idle until the user focuses a field we
// coach, then on every pause in typing extract the reply, split off the quoted inquiry, ask
// the background to check it, and underline what comes back. Checks follow a finished word
// quickly and other keystrokes after a pause (scheduler.ts), one at a time. Every handler is
// guarded: an error here must never break the page.

import type { CheckContext, Finding } from '../../../rules/types.ts';
import { MAX_TEXT_CHARS, type CheckRequest, type CheckResponse, type FilledTemplates } from '../../shared/protocol.ts';
import { READ_TEXT_CHARS } from '../extract.ts';
import { TemplatePicker } from '../template-picker.ts';
import { deepActiveElement, fieldFromEvent, fieldFromNode, fieldKeyOf, type EditableField } from '../fields.ts';
import { InlineCoach } from './inline-coach.ts';
import { describePage, type PageInquiry } from '../inquiry-page.ts';
import { InquiryMoves } from '../inquiry-moves.ts';
import { ignoreToken, withoutIgnored } from '../../../rules/inquiry/ignored.ts';
import { splitQuote } from '../quote.ts';
import { CheckScheduler, SeqTracker, urgencyOf, type Urgency } from '../scheduler.ts';
import type { EditorSurface } from '../surfaces/surface.ts';

/**
 * Wait after a keystroke that ends a word (space, punctuation, Enter, paste, a deletion of a
 * selection): just long enough to coalesce a burst ("." then " "). The budget is 100 ms from
 * keystroke to updated underlines in a 1,000-word reply; the check itself takes ~10.
 */
export const CHECK_SOON_MS = 40;
/**
 * Pause in typing within a word before checking: a half-typed word is rarely worth a check, so
 * every keystroke of a fast typist (under ~60 ms apart) restarts the wait. An average typist
 * pauses longer than this between any two keys anyway, so a longer wait would only delay the
 * underlines (budget: p95 ≤ 100 ms from keystroke to updated underlines, wait included).
 */
export const CHECK_PAUSE_MS = 60;
/**
 * A check of a long reply (`minChars` or more) that takes longer than `ms` is costly: reading
 * 100,000 characters and checking them takes about a second on a slow machine, and running that
 * between keystrokes takes the machine from the typing. After one, the next check waits for a
 * pause in typing as long as it took, up to `maxWaitMs`.
 */
export const CHECK_COSTLY = { ms: 250, minChars: 20_000, maxWaitMs: 1_500 };

/** The parts of the script's Lifetime (lifetime.ts) the coach uses (so tests can pass a fake). */
export interface CoachContext {
  readonly isInvalid: boolean;
  setTimeout(handler: () => void, timeout?: number): number;
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
  onInvalidated(cb: () => void): () => void;
}

export interface CoachDeps {
  send(request: CheckRequest): Promise<CheckResponse>;
  /** "Mer i sidepanelet" in the popover: show the side panel at this finding. */
  openPanel?(data: { fieldKey: string; findingId: string }): void;
  /** «Ignorer» for an inquiry, kept by the background with the inquiry's record. */
  ignore?(data: { inquiryKey: string; token: string }): void;
  /** The active set's templates filled for this tab (inline template search, Alt+M). */
  templates?(): Promise<FilledTemplates>;
  /** CSS selector of the element showing the case number (policy `caseNumberSelector`). */
  caseNumberSelector?: string;
  log?: (message: string, error?: unknown) => void;
}

export interface Coach {
  /** Runs a pending check now (tests and an explicit "check again"). */
  flush(): Promise<void>;
  readonly activeField: EditableField | null;
  /** Replaces a finding's span with one of its suggestions; false when the text has moved on or the editor refused. */
  applySuggestion(data: { fieldKey: string; findingId: string; suggestion: string }): Promise<boolean>;
  /** Inserts a standard answer at the caret of the field (insert.ts); true when the editor took it. */
  insertTemplate(data: { fieldKey: string; text: string }): Promise<boolean>;
  /** Scrolls to a finding and selects its span; false when it is no longer there. */
  revealFinding(data: { fieldKey: string; findingId: string }): boolean;
  /** Selects and scrolls to a span of the reply (the sentence that answers a question). */
  revealSpan(data: { fieldKey: string; start: number; end: number }): boolean;
  /** Another rule set became active: check the field in focus again (true when one is). */
  recheckFocused(): boolean;
  /**
   * Checks the field again now (a restarted background lost the results it keeps in memory only);
   * resolves true once the answer is in, false when the field is not the one being written in.
   */
  recheck(data: { fieldKey: string }): Promise<boolean>;
}

export function startCoach(ctx: CoachContext, doc: Document, deps: CoachDeps): Coach {
  const log = deps.log ?? ((message, error) => console.debug(`[Svarhjelp] ${message}`, error ?? ''));
  // Underlines, popover, applying and dismissing (inline-coach.ts).
  const inline = new InlineCoach(doc, {
    log,
    openPanel: (fieldKey, findingId) => deps.openPanel?.({ fieldKey, findingId }),
    onIgnore: (fieldKey, scope, finding) => {
      // Only an inquiry is remembered beyond the page; a field without one keeps it in memory.
      const token = ignoreToken(checkedFindings.get(fieldKey) ?? [], finding);
      if (token && scope.startsWith('inq-')) deps.ignore?.({ inquiryKey: scope, token });
    },
    // Reading isInvalid also notices an extension reload (lifetime.ts checks browser.runtime.id).
    alive: () => !ctx.isInvalid,
    // Check the text as the apply left it. An editor that takes the replacement through its own
    // beforeinput handling may re-render with no input event the coach hears (Quill in Firefox):
    // without this the remaining underlines sat on collapsed ranges until the next keystroke.
    // Likewise when an editor's re-render took words away under the underlines.
    onTextChanged: (field) => {
      if (active?.element === field.element) scheduleCheck('soon');
    },
  });
  const seqs = new SeqTracker();
  const moves = new InquiryMoves();
  /** Each field's findings as its last check reported them, before dismissals (ignore tokens count over them). */
  const checkedFindings = new Map<string, readonly Finding[]>();
  const scheduler = new CheckScheduler(
    { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id), now: () => performance.now() },
    () => check().catch((error: unknown) => log('check failed', error)),
    { soonMs: CHECK_SOON_MS, pauseMs: CHECK_PAUSE_MS, costly: CHECK_COSTLY },
  );
  let active: EditorSurface | null = null;

  const guard =
    <A extends unknown[]>(name: string, fn: (...args: A) => void) =>
    (...args: A): void => {
      try {
        if (!ctx.isInvalid) fn(...args);
      } catch (error) {
        log(`${name} failed`, error);
      }
    };

  // What Backspace/Delete is about to remove from a contenteditable is read before it goes
  // (surfaces/), so deleting a space or a punctuation mark — two words become one — is checked
  // soon, as in a textarea, instead of after the within-a-word pause.
  const onBeforeInput = guard('beforeinput', (event: Event) => active?.beforeInput(event as InputEvent));

  // Alt+M in the field: the inline template search (template-picker.ts). The caret is kept
  // while the search box has focus, and the chosen answer goes in there, as «Sett inn» does.
  let pickerField: EditorSurface | null = null;
  let restorePickerCaret: (() => void) | null = null;
  const restoreCaret = (): void => restorePickerCaret?.();
  const picker = new TemplatePicker(
    doc,
    (text) => {
      const surface = pickerField;
      restoreCaret();
      if (!surface) return;
      void surface
        .insertAtCaret(text)
        .then(() => {
          activate(surface.field);
          scheduleCheck('soon');
        })
        .catch((error: unknown) => log('inline template insert failed', error));
    },
    restoreCaret,
  );
  const onKeyDown = guard('keydown', (event: Event) => {
    const key = event as KeyboardEvent;
    if (!key.isTrusted || !key.altKey || key.ctrlKey || key.metaKey || key.shiftKey || key.code !== 'KeyM' || !deps.templates) return;
    const field = fieldFromEvent(event);
    const surface = field ? inline.surfaceOf(field) : null;
    if (!surface?.isReplyField) return;
    key.preventDefault();
    key.stopPropagation();
    pickerField = surface;
    restorePickerCaret = surface.saveSelection();
    const near = surface.selectionBox();
    void deps
      .templates()
      .then((bundle) => bundle.templates.length && picker.open(bundle, near))
      .catch((error: unknown) => log('could not load the templates', error));
  });

  const activate = (field: EditableField): EditorSurface => {
    if (active?.element !== field.element) {
      // Underlines belong to the field being written in; a field left behind keeps none.
      active = inline.setField(field)!;
      // Only once a field is being written in: an idle page keeps just the focus/input listeners.
      if (active.readsBeforeInput) ctx.addEventListener(doc, 'beforeinput', onBeforeInput, { capture: true });
      // Alt+M (the inline template search) likewise only once a field is being written in.
      ctx.addEventListener(doc, 'keydown', onKeyDown, { capture: true });
    }
    return active;
  };

  const scheduleCheck = (urgency: Urgency): void => scheduler.schedule(urgency);

  const check = async (): Promise<void> => {
    const surface = active;
    if (!surface || !surface.element.isConnected || ctx.isInvalid) return;
    const field = surface.field;
    const ex = surface.read(READ_TEXT_CHARS);
    const read = ex.text.length > READ_TEXT_CHARS ? ex.text.slice(0, READ_TEXT_CHARS) : ex.text;
    scheduler.checkedLength(read.length);
    const split = splitQuote(
      read,
      ex.quoteStarts.filter((q) => q < read.length),
    );
    // Cut when the reply is longer than is checked, or runs on past what was read (no quote in it).
    const cut = read.length < ex.text.length || ex.partial === true;
    const truncated = split.reply.length > MAX_TEXT_CHARS || (cut && split.quoteStart >= read.length);
    const fieldKey = fieldKeyOf(field);
    const seq = seqs.next(fieldKey);
    const context: CheckContext = {};
    if (split.inquiry) context.inquiry = split.inquiry;
    // Which inquiry this is, who sent it, when, and whom the reply goes to (inquiry-page.ts).
    let page: PageInquiry | undefined;
    try {
      page = describePage(doc, split, fieldKey, deps.caseNumberSelector);
      if (page.inquiry) context.inquiry = page.inquiry;
      if (page.recipients) context.recipients = page.recipients;
    } catch (error) {
      log('describing the inquiry failed', error);
    }
    const response = await deps.send({
      text: split.reply.slice(0, MAX_TEXT_CHARS),
      // A longer reply is cut here (the background refuses more); the panel tells the user.
      ...(truncated ? { truncated: true } : {}),
      fieldKey,
      seq,
      context,
      ...(page ? { inquiry: moves.track(fieldKey, page.ref) } : {}),
    });
    if (ctx.isInvalid || !response || response.superseded || !seqs.isCurrent(fieldKey, response.seq)) return;
    if (active?.element !== field.element) return;
    checkedFindings.set(fieldKey, response.result.findings);
    // If the user typed while we waited: a textarea's findings are moved through the edit
    // (its surface rebases them on the current value); a contenteditable's node offsets are
    // stale, so the live ranges already shown stay until the pending check draws fresh ones.
    if (surface.followsStaleAnswers || !scheduler.pending) {
      inline.show({
        field,
        fieldKey,
        scope: page?.ref.key ?? fieldKey,
        ex,
        findings: withoutIgnored(response.result.findings, response.ignored),
        language: response.result.language,
        ...(response.uiLanguage ? { uiLanguage: response.uiLanguage } : {}),
      });
    }
  };

  const onFocus = guard('focus', (event: Event) => {
    const field = fieldFromEvent(event);
    // Focus given back by our popover: the text is as the last check saw it (a fix that could
    // not be made keeps its underline, and the popover that says so must not be closed by a
    // check that no longer finds the words).
    if (!field || inline.givingFocusBack) return;
    const surface = activate(field);
    // Text already in a reply field (a draft, a prefilled template) gets checked too. Empty
    // fields and single-line inputs wait for the first keystroke: tabbing through a prefilled
    // To/Subject line must not replace the reply's findings in the panel.
    if (surface.isReplyField && surface.hasText()) scheduleCheck('soon');
  });

  const onInput = guard('input', (event: Event) => {
    const field = fieldFromEvent(event);
    if (!field) return;
    const deleted = activate(field).deletedBy(event as InputEvent);
    inline.onInput(field);
    scheduleCheck(urgencyOf(event as InputEvent, deleted));
  });

  const listen = (): void => {
    // Same handler objects and options each time, so the DOM never registers them twice.
    ctx.addEventListener(doc, 'focusin', onFocus, { capture: true });
    ctx.addEventListener(doc, 'input', onInput, { capture: true });
    if (active) ctx.addEventListener(doc, 'keydown', onKeyDown, { capture: true });
    if (active?.readsBeforeInput) ctx.addEventListener(doc, 'beforeinput', onBeforeInput, { capture: true });
  };
  listen();

  // Editors that build an about:blank iframe with document.open()/write() (TinyMCE in Firefox
  // or with document_write on, older editors) erase every event listener of the frame's
  // document — ours included, when Chrome injected us into the initial empty document. The
  // rewrite replaces the document element, which a MutationObserver still sees: listen again.
  const reattach = new MutationObserver(
    guard('document rewrite', () => {
      listen();
      // The rewrite dropped our listeners and hosts too; underlines come back with the next check.
      inline.clear();
      const field = fieldFromNode(deepActiveElement(doc));
      if (field) activate(field);
    }),
  );
  reattach.observe(doc, { childList: true });

  ctx.onInvalidated(() => {
    reattach.disconnect();
    scheduler.cancel();
    try {
      inline.destroy();
    } catch {
      // The document may already be gone.
    }
  });

  // A field that was focused before the script ran (autofocus) counts as focused now. The script
  // starts after an async policy read, so a user quick off the mark may already have typed into
  // it — single-line inputs included, whose keystrokes we then missed: check what is there.
  guard('initial focus', () => {
    const field = fieldFromNode(deepActiveElement(doc));
    if (field && activate(field).hasText()) scheduleCheck('soon');
  })();

  const isActiveKey = (fieldKey: string): boolean => {
    const field = inline.activeField;
    return !!field && fieldKeyOf(field) === fieldKey;
  };

  return {
    flush: () => scheduler.flush(),
    get activeField() {
      return active?.field ?? null;
    },
    async applySuggestion({ fieldKey, findingId, suggestion }) {
      try {
        if (ctx.isInvalid || !isActiveKey(fieldKey)) return false;
        return (await inline.apply(findingId, suggestion)) === 'applied';
      } catch (error) {
        log('applySuggestion failed', error);
        return false;
      }
    },
    async insertTemplate({ fieldKey, text }) {
      try {
        if (ctx.isInvalid) return false;
        // The field the panel names (the last one written in), or the one in focus when the panel names none.
        const field = active && fieldKeyOf(active.field) === fieldKey ? active.field : fieldFromNode(deepActiveElement(doc));
        if (!field || (fieldKey && fieldKeyOf(field) !== fieldKey)) return false;
        const outcome = await inline.surfaceOf(field).insertAtCaret(text);
        // Inserted text is checked like typed text; a model editor may render it without an input event.
        activate(field);
        scheduleCheck('soon');
        return outcome === 'applied';
      } catch (error) {
        log('insertTemplate failed', error);
        return false;
      }
    },
    recheckFocused() {
      try {
        if (ctx.isInvalid) return false;
        // Only the field being written in: a page left open with no focused field waits for its next keystroke.
        const field = fieldFromNode(deepActiveElement(doc));
        if (!field || !inline.surfaceOf(field).hasText()) return false;
        activate(field);
        scheduleCheck('soon');
        return true;
      } catch (error) {
        log('recheck failed', error);
        return false;
      }
    },
    revealFinding({ fieldKey, findingId }) {
      try {
        if (ctx.isInvalid || !isActiveKey(fieldKey)) return false;
        return inline.reveal(findingId);
      } catch (error) {
        log('revealFinding failed', error);
        return false;
      }
    },
    revealSpan({ fieldKey, start, end }) {
      try {
        if (ctx.isInvalid || !isActiveKey(fieldKey)) return false;
        return inline.revealSpan(start, end);
      } catch (error) {
        log('revealSpan failed', error);
        return false;
      }
    },
    async recheck({ fieldKey }) {
      try {
        if (ctx.isInvalid || !active || fieldKeyOf(active.field) !== fieldKey) return false;
        await check();
        return true;
      } catch (error) {
        log('recheck failed', error);
        return false;
      }
    },
  };
}
