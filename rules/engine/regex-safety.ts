// Rule sets come from managers' files; a regex prone to catastrophic backtracking could freeze
// every installation on one unlucky reply, so such patterns are rejected before a set is accepted.
//
// The pattern is analysed anchored at one start position ("^(?:…)"). Unanchored, redos-detector
// models the engine's scan over every start position as a leading "[^]*?", which makes even
// "(?:innen|senest)\s+\p{L}+" look unbounded; anchored, nested or overlapping repetition (the
// real danger: (a+)+, (a|a)*, (\w+\s?)+) is still found. Steps, not wall-clock time, bound the
// proof, so the verdict is the same on a busy CI machine as on a laptop.
import { isSafePattern } from 'redos-detector';
import type { ProblemCode, ProblemData } from '../ruleset/problems.ts';

export interface UnsafeRegex {
  code: Extract<ProblemCode, `unsafe-regex${string}`>;
  data?: ProblemData;
  /** English, for the CLI's RuleSetError. */
  reason: string;
}

export function unsafeRegex(source: string): UnsafeRegex | undefined {
  try {
    const result = isSafePattern(`^(?:${source})`, { unicode: true, maxSteps: 5_000, maxScore: 1_000 });
    if (result.safe) return undefined;
    return result.error === 'hitMaxSteps'
      ? { code: 'unsafe-regex-complex', reason: 'too complex to prove safe (simplify the pattern, e.g. avoid nested repetition)' }
      : { code: 'unsafe-regex-backtracking', reason: 'can backtrack catastrophically (nested or overlapping repetition)' };
  } catch (error) {
    const detail = (error as Error).message;
    return { code: 'unsafe-regex', data: { detail }, reason: `cannot be analysed: ${detail}` };
  }
}

export function unsafeRegexReason(source: string): string | undefined {
  return unsafeRegex(source)?.reason;
}
