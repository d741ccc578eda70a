// Debouncing and sequencing for checks. A check runs once the user pauses typing; an answer
// that arrives after a newer request for the same field is stale and is dropped.

export interface TimerApi {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/** Runs the latest scheduled task `delayMs` after the last call to schedule(). */
export class Debouncer {
  private timer: number | null = null;
  private readonly timers: TimerApi;
  private readonly delayMs: number;

  constructor(timers: TimerApi, delayMs: number) {
    this.timers = timers;
    this.delayMs = delayMs;
  }

  schedule(task: () => void): void {
    this.cancel();
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      task();
    }, this.delayMs);
  }

  cancel(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  get pending(): boolean {
    return this.timer !== null;
  }
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
