// The checks a worker runs when the browser starts, before anyone types, so that the first real
// check does not pay for compiling the engine's patterns (V8 compiles a pattern on its first use):
// a short reply that reaches every kind of detector, then the same reply under a quoted inquiry,
// whose questions are found and judged by patterns of their own.
import { check } from './check.ts';
import type { CompiledRuleSet } from './compile.ts';

/** A short reply that makes every kind of detector build its lazy data and the engine's code warm. */
export const WARM_UP_TEXT = 'Hei! Vedrørende søknaden din sender vi svar samt vedtak innen fredag. Ta gjerne kontakt.\n\nVennlig hilsen\nOla';

/** A citizen's message with a when-, a yes/no-, an amount- and a how-question. */
export const WARM_UP_INQUIRY = 'Hei. Når får jeg svar på søknaden? Kan dere sende meg skjemaet, og hva koster det? Jeg lurer på hvordan jeg klager.';

/**
 * The warm-up in steps, each meant for a task of its own: a real check that arrives in between
 * waits for one step at most (the caller skips the rest once one has come).
 */
export const WARM_UP_STEPS: ReadonlyArray<(compiled: CompiledRuleSet, now: string) => void> = [
  (compiled, now) => {
    check(WARM_UP_TEXT, { now }, compiled);
  },
  (compiled, now) => {
    check(WARM_UP_TEXT, { now, inquiry: { text: WARM_UP_INQUIRY } }, compiled);
  },
];
