// Scheduling and sequencing for checks. A check runs soon after a word is finished and otherwise
// once the user pauses typing; an answer that arrives after a newer request for the same field
// is stale and is dropped.

export interface TimerApi {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/**
 * How soon a check should follow an edit. 'soon': the edit finished a word or changed text in
 * bulk (space, punctuation, Enter, paste, undo, a deletion) — a finding may have appeared or
 * gone, so check almost at once. 'pause': the user is in the middle of a word; wait until they
 * pause, since a half-typed word is rarely worth a check.
 */
export type Urgency = 'soon' | 'pause';

export interface SchedulerDelays {
  soonMs: number;
  pauseMs: number;
  /**
   * A check of a long text (at least `minChars` characters) that took longer than `ms` (reading
   * the field, the engine, drawing) is costly: the next one waits until typing pauses for as long
   * as that check took (at most `maxWaitMs`), and every keystroke restarts the wait. A short
   * reply's check that was slow once (the first after a browser start) changes nothing.
   */
  costly?: { ms: number; minChars: number; maxWaitMs: number };
}

/**
 * When checks run: after a word-ending edit `soonMs` later (further keystrokes do not push it
 * back), after other edits once typing pauses for `pauseMs` (each keystroke restarts the wait).
 * Never more than one check in flight: one that falls due while another runs waits for it, and
 * then runs once, for the latest text. After a costly check (a reply of many pages) the next one
 * waits for a pause in typing as long as that check took: checking a huge reply between
 * keystrokes would take the machine from the typing itself.
 */
export class CheckScheduler {
  private timer: number | null = null;
  private dueAt = Infinity;
  private dueUrgency: Urgency | null = null;
  private inFlight: Promise<void> | null = null;
  private again = false;
  /** How long the last check took, start to finish. */
  private lastRunMs = 0;
  /** How long the text of the last check was (checkedLength). */
  private lastChars = 0;
  private readonly timers: TimerApi & { now(): number };
  private readonly run: () => Promise<void>;
  private readonly delays: SchedulerDelays;

  constructor(timers: TimerApi & { now(): number }, run: () => Promise<void>, delays: SchedulerDelays) {
    this.timers = timers;
    this.run = run;
    this.delays = delays;
  }

  schedule(urgency: Urgency): void {
    const now = this.timers.now();
    const costly = this.delays.costly;
    if (costly && this.lastRunMs > costly.ms && this.lastChars >= costly.minChars) {
      this.arm(now + Math.min(this.lastRunMs, costly.maxWaitMs), urgency);
      return;
    }
    if (urgency === 'soon') {
      const due = now + this.delays.soonMs;
      if (this.timer === null || due < this.dueAt) this.arm(due, 'soon');
      else if (this.dueUrgency === 'pause') this.dueUrgency = 'soon';
      return;
    }
    // A word was finished just before: that check still comes soon, whatever is typed next.
    if (this.timer !== null && this.dueUrgency === 'soon') return;
    this.arm(now + this.delays.pauseMs, 'pause');
  }

  /** The check running now reads a text this long (what makes a slow check costly, not a slow browser). */
  checkedLength(chars: number): void {
    this.lastChars = chars;
  }

  /** Runs a due check now and resolves when no check is running or waiting. */
  async flush(): Promise<void> {
    if (this.timer !== null) {
      this.clearTimer();
      this.start();
    }
    while (this.inFlight) await this.inFlight;
  }

  /** Forgets what is scheduled (the check in flight finishes, nothing follows it). */
  cancel(): void {
    this.clearTimer();
    this.again = false;
  }

  /** A check is scheduled or waiting for the one in flight (its text is newer than any answer). */
  get pending(): boolean {
    return this.timer !== null || this.again;
  }

  /** A check is running. */
  get running(): boolean {
    return this.inFlight !== null;
  }

  private arm(dueAt: number, urgency: Urgency): void {
    this.clearTimer();
    this.dueAt = dueAt;
    this.dueUrgency = urgency;
    this.timer = this.timers.setTimeout(
      () => {
        this.timer = null;
        this.dueAt = Infinity;
        this.dueUrgency = null;
        this.start();
      },
      Math.max(0, dueAt - this.timers.now()),
    );
  }

  private clearTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.dueAt = Infinity;
    this.dueUrgency = null;
  }

  private start(): void {
    if (this.inFlight) {
      this.again = true;
      return;
    }
    const started = this.timers.now();
    const done = (): void => {
      this.lastRunMs = this.timers.now() - started;
      this.inFlight = null;
      if (this.again) {
        this.again = false;
        this.start();
      }
    };
    let task: Promise<void>;
    try {
      task = this.run();
    } catch (error) {
      task = Promise.reject(error);
    }
    // The runner reports its own errors; a failed check must not stop later ones.
    this.inFlight = task.then(done, done);
  }
}

/** Ends a word or a sentence: whitespace, punctuation, symbols. */
const WORD_END = /[\s\p{P}\p{S}]/u;

/**
 * What kind of edit an input event was: whether a check should follow soon (see Urgency).
 * `deleted` is the text a deletion removed, when the caller knows it (a textarea's value).
 */
export function urgencyOf(event: { inputType?: string; data?: string | null }, deleted?: string): Urgency {
  const type = event.inputType ?? '';
  if (type === 'insertText') {
    const last = event.data?.at(-1);
    return last !== undefined && WORD_END.test(last) ? 'soon' : 'pause';
  }
  // Enter, paste, drop, autocorrect, undo/redo, cut, deleting a word or a line.
  if (
    /^(insert(Paragraph|LineBreak|FromPaste|FromDrop|FromYank|ReplacementText|Link)|history|deleteBy|deleteWord|deleteSoft|deleteHard|deleteEntire)/.test(type)
  )
    return 'soon';
  // Backspace/Delete of a letter edits a word; of a selection, or of a space or punctuation
  // mark (two words become one), it changes what the words are.
  if (type.startsWith('deleteContent')) return deleted !== undefined && (deleted.length > 2 || WORD_END.test(deleted)) ? 'soon' : 'pause';
  // IME composition, an editor's own synthetic event (no inputType): the normal pause.
  return 'pause';
}

/** Per-field request numbers; only the answer to the newest request counts. */
export class SeqTracker {
  private readonly latest = new Map<string, number>();
  private counter = 0;

  next(fieldKey: string): number {
    // One counter for the frame keeps numbers increasing even when fields swap keys.
    this.counter += 1;
    this.latest.set(fieldKey, this.counter);
    return this.counter;
  }

  isCurrent(fieldKey: string, seq: number): boolean {
    return this.latest.get(fieldKey) === seq;
  }
}
