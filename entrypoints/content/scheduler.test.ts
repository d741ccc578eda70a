// When checks run while the user types (fake timers: the order and the waits, not the speed).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CheckScheduler, SeqTracker, urgencyOf } from './scheduler.ts';

const SOON = 40;
const PAUSE = 150;
const COSTLY = { ms: 250, minChars: 20_000, maxWaitMs: 1_500 };

/** A scheduler whose checks are held open until the test lets them finish. */
function harness(costly?: { ms: number; minChars: number; maxWaitMs: number }) {
  const started: number[] = [];
  const finishers: Array<() => void> = [];
  const scheduler = new CheckScheduler(
    { setTimeout: (f, ms) => setTimeout(f, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id), now: () => Date.now() },
    () => {
      started.push(Date.now());
      return new Promise<void>((resolve) => finishers.push(resolve));
    },
    { soonMs: SOON, pauseMs: PAUSE, ...(costly ? { costly } : {}) },
  );
  const finish = async () => {
    finishers.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { scheduler, started, finish, inFlight: () => finishers.length };
}

describe('CheckScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('checks soon after a word-ending keystroke', async () => {
    const { scheduler, started } = harness();
    scheduler.schedule('soon');
    await vi.advanceTimersByTimeAsync(SOON - 1);
    expect(started).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toEqual([SOON]);
  });

  it('waits for a pause while a word is being typed: every keystroke restarts the wait', async () => {
    const { scheduler, started } = harness();
    for (let i = 0; i < 5; i++) {
      scheduler.schedule('pause');
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(started).toEqual([]);
    await vi.advanceTimersByTimeAsync(PAUSE - 100);
    expect(started).toEqual([400 + PAUSE]);
  });

  it('does not let the next word push back the check of a finished one', async () => {
    const { scheduler, started } = harness();
    scheduler.schedule('pause'); // "sam"
    await vi.advanceTimersByTimeAsync(10);
    scheduler.schedule('soon'); // "t " at 10 ms
    await vi.advanceTimersByTimeAsync(20);
    scheduler.schedule('pause'); // "v" at 30 ms: the check stays at 10 + SOON
    await vi.advanceTimersByTimeAsync(100);
    expect(started).toEqual([10 + SOON]);
  });

  it('coalesces a burst of word endings into one check', async () => {
    const { scheduler, started } = harness();
    scheduler.schedule('soon'); // "."
    await vi.advanceTimersByTimeAsync(5);
    scheduler.schedule('soon'); // " "
    await vi.advanceTimersByTimeAsync(200);
    expect(started).toEqual([SOON]);
  });

  it('never runs two checks at once: one due meanwhile runs once, after the first, for the latest text', async () => {
    const { scheduler, started, finish, inFlight } = harness();
    scheduler.schedule('soon');
    await vi.advanceTimersByTimeAsync(SOON);
    expect(inFlight()).toBe(1);
    // Three more edits fall due while the first check is still out.
    for (let i = 0; i < 3; i++) {
      scheduler.schedule('soon');
      await vi.advanceTimersByTimeAsync(SOON);
    }
    expect(inFlight()).toBe(1);
    expect(scheduler.pending).toBe(true);
    await finish();
    expect(started).toHaveLength(2);
    expect(inFlight()).toBe(1);
    await finish();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(started).toHaveLength(2);
    expect(scheduler.pending).toBe(false);
    expect(scheduler.running).toBe(false);
  });

  it('after a costly check, waits for a pause in typing as long as that check took', async () => {
    const { scheduler, started, finish } = harness(COSTLY);
    scheduler.checkedLength(100_000);
    scheduler.schedule('soon');
    await vi.advanceTimersByTimeAsync(SOON);
    await vi.advanceTimersByTimeAsync(800); // the check of a huge reply takes 800 ms
    await finish();
    expect(started).toEqual([SOON]);
    // Typing on, a word ending every 100 ms: no check between the keystrokes.
    for (let i = 0; i < 5; i++) {
      scheduler.schedule(i % 2 ? 'soon' : 'pause');
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(started).toEqual([SOON]);
    // Once typing pauses for as long as the last check took, the next one runs.
    await vi.advanceTimersByTimeAsync(700);
    expect(started).toEqual([SOON, SOON + 800 + 400 + 800]);
    // A quick check brings the quick waits back.
    await finish();
    scheduler.schedule('soon');
    await vi.advanceTimersByTimeAsync(SOON);
    expect(started).toHaveLength(3);
  });

  it('waits at most maxWaitMs after a very costly check', async () => {
    const { scheduler, started, finish } = harness(COSTLY);
    scheduler.checkedLength(100_000);
    scheduler.schedule('soon');
    await vi.advanceTimersByTimeAsync(SOON + 5_000);
    await finish();
    scheduler.schedule('soon');
    await vi.advanceTimersByTimeAsync(1_499);
    expect(started).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toHaveLength(2);
  });

  it('does not slow down a short reply after one slow check (the first after a browser start)', async () => {
    const { scheduler, started, finish } = harness(COSTLY);
    scheduler.checkedLength(6_000);
    scheduler.schedule('soon');
    await vi.advanceTimersByTimeAsync(SOON + 900);
    await finish();
    scheduler.schedule('soon');
    await vi.advanceTimersByTimeAsync(SOON);
    expect(started).toEqual([SOON, SOON + 900 + SOON]);
  });

  it('keeps scheduling after a check fails', async () => {
    let calls = 0;
    const scheduler = new CheckScheduler(
      { setTimeout: (f, ms) => setTimeout(f, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id), now: () => Date.now() },
      () => {
        calls++;
        return Promise.reject(new Error('worker gone'));
      },
      { soonMs: SOON, pauseMs: PAUSE },
    );
    scheduler.schedule('soon');
    await vi.advanceTimersByTimeAsync(SOON);
    scheduler.schedule('soon');
    await vi.advanceTimersByTimeAsync(SOON);
    expect(calls).toBe(2);
  });

  it('flush runs a due check at once and waits for it and any that follows', async () => {
    const { scheduler, started, finish } = harness();
    scheduler.schedule('pause');
    let flushed = false;
    const flushing = scheduler.flush().then(() => (flushed = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual([0]);
    expect(flushed).toBe(false);
    await finish();
    await flushing;
    expect(flushed).toBe(true);
  });

  it('cancel drops what is scheduled', async () => {
    const { scheduler, started } = harness();
    scheduler.schedule('pause');
    scheduler.cancel();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(started).toEqual([]);
  });
});

describe('urgencyOf', () => {
  it('calls a space, punctuation, Enter, paste, undo and cut word-ending; a letter not', () => {
    expect(urgencyOf({ inputType: 'insertText', data: ' ' })).toBe('soon');
    expect(urgencyOf({ inputType: 'insertText', data: '.' })).toBe('soon');
    expect(urgencyOf({ inputType: 'insertText', data: '»' })).toBe('soon');
    expect(urgencyOf({ inputType: 'insertText', data: '\u00a0' })).toBe('soon');
    expect(urgencyOf({ inputType: 'insertText', data: 't' })).toBe('pause');
    expect(urgencyOf({ inputType: 'insertText', data: 'ø' })).toBe('pause');
    expect(urgencyOf({ inputType: 'insertCompositionText', data: ' ' })).toBe('pause');
    for (const inputType of [
      'insertParagraph',
      'insertLineBreak',
      'insertFromPaste',
      'insertFromDrop',
      'insertReplacementText',
      'historyUndo',
      'historyRedo',
      'deleteByCut',
      'deleteWordBackward',
    ])
      expect(urgencyOf({ inputType }), inputType).toBe('soon');
    expect(urgencyOf({})).toBe('pause');
  });

  it('calls deleting a selection or a space word-ending, deleting a letter not', () => {
    expect(urgencyOf({ inputType: 'deleteContentBackward' }, 'samt vedlegg')).toBe('soon');
    expect(urgencyOf({ inputType: 'deleteContentBackward' }, ' ')).toBe('soon');
    expect(urgencyOf({ inputType: 'deleteContentForward' }, ',')).toBe('soon');
    expect(urgencyOf({ inputType: 'deleteContentBackward' }, 't')).toBe('pause');
    expect(urgencyOf({ inputType: 'deleteContentBackward' }, 'ø')).toBe('pause');
    // A contenteditable does not say what went: the normal pause.
    expect(urgencyOf({ inputType: 'deleteContentBackward' })).toBe('pause');
  });
});

describe('SeqTracker', () => {
  it('treats only the newest request of a field as current', () => {
    const s = new SeqTracker();
    const first = s.next('f');
    const second = s.next('f');
    expect(s.isCurrent('f', first)).toBe(false);
    expect(s.isCurrent('f', second)).toBe(true);
  });
});
