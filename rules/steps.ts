// The engine's long passes are generators that yield between steps, so checkCooperative can
// pause between them (engine/check-cooperative.ts); everything else runs them straight through.

/** Runs a generator of steps to its end and returns its result. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
