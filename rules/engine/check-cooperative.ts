// checkCooperative: check() for long replies in the service worker. The same steps as check()
// (checkSteps), run in slices of about `sliceMs`; between slices it gives the event loop back
// (setTimeout 0), so the worker answers the side panel and other tabs while a 100,000-character
// reply is checked, and a newer request for the same field can stop an older one. The result is
// exactly check()'s: only where the pauses fall differs.
import type { CheckContext, CheckResult } from '../types.ts';
import { checkSteps, type CheckOptions } from './check.ts';
import type { CompiledRuleSet } from './compile.ts';

export interface CooperativeOptions extends CheckOptions {
  /** Work this long, then pause (ms). A step is never split, so a slice can run a little longer. */
  sliceMs?: number;
  /** Checked before each slice: true stops the check (it then rejects with CheckSuperseded). */
  isCancelled?: () => boolean;
  /** Gives the event loop back; a timer task by default (microtasks would not let messages in). */
  pause?: () => Promise<void>;
  /** A clock in ms (performance.now by default). */
  now?: () => number;
  /** Told how long each slice ran (benchmarks, diagnostics). */
  onSlice?: (ms: number) => void;
}

export const DEFAULT_SLICE_MS = 12;

/** Thrown when isCancelled() said a newer check made this one pointless. */
export class CheckSuperseded extends Error {
  constructor() {
    super('check superseded by a newer one');
    this.name = 'CheckSuperseded';
  }
}

const timerPause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function checkCooperative(text: string, context: CheckContext, compiled: CompiledRuleSet, options: CooperativeOptions = {}): Promise<CheckResult> {
  const { sliceMs = DEFAULT_SLICE_MS, isCancelled, pause = timerPause, now = () => performance.now(), onSlice, ...checkOptions } = options;
  const steps = checkSteps(text, context, compiled, checkOptions);
  for (;;) {
    if (isCancelled?.()) {
      steps.return(undefined as never);
      throw new CheckSuperseded();
    }
    const start = now();
    for (;;) {
      const step = steps.next();
      if (step.done) {
        onSlice?.(now() - start);
        return step.value;
      }
      if (now() - start >= sliceMs) break;
    }
    onSlice?.(now() - start);
    await pause();
  }
}
