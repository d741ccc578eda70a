// Rule sets come from managers' files; a regex prone to catastrophic backtracking could freeze
// every installation on one unlucky reply, so such patterns are rejected before a set is accepted.
import { isSafePattern } from 'redos-detector';

export function unsafeRegexReason(source: string): string | undefined {
  try {
    const result = isSafePattern(source, { unicode: true, maxSteps: 20_000, timeout: 1_000 });
    if (result.safe) return undefined;
    // A pattern that cannot be proven safe within a second is refused: the proof itself must not
    // keep the service worker busy, and a manager can always split a pattern.
    return result.error === 'hitMaxSteps' || result.error === 'timedOut'
      ? 'too complex to prove safe (simplify the pattern)'
      : 'can backtrack catastrophically (nested or overlapping repetition)';
  } catch (error) {
    return `cannot be analysed: ${(error as Error).message}`;
  }
}
