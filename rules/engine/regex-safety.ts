// Rule sets come from managers' files; a regex prone to catastrophic backtracking could freeze
// every installation on one unlucky reply, so such patterns are rejected before a set is accepted.
import { isSafePattern } from 'redos-detector';

export function unsafeRegexReason(source: string): string | undefined {
  try {
    const result = isSafePattern(source, { unicode: true, maxSteps: 20_000 });
    if (result.safe) return undefined;
    return result.error === 'hitMaxSteps'
      ? 'too complex to prove safe (simplify the pattern)'
      : 'can backtrack catastrophically (nested or overlapping repetition)';
  } catch (error) {
    return `cannot be analysed: ${(error as Error).message}`;
  }
}
