// Rule sets come from managers' files; a regex prone to catastrophic backtracking could freeze
// every installation on one unlucky reply, so such patterns are rejected before a set is accepted.
//
// The pattern is analysed anchored at one start position ("^(?:…)"). Unanchored, redos-detector
// models the engine's scan over every start position as a leading "[^]*?", which makes even
// "(?:innen|senest)\s+\p{L}+" look unbounded; anchored, nested or overlapping repetition (the
// real danger: (a+)+, (a|a)*, (\w+\s?)+) is still found. Steps, not wall-clock time, bound the
// proof, so the verdict is the same on a busy CI machine as on a laptop.
//
// The proof costs tens of milliseconds a pattern, and a set has a couple of hundred. So a verdict
// is remembered for the worker's life, and callers pass the patterns already proven (the bundled
// standard's, proven by its tests; the active set's, proven when it was accepted): a published set
// that is the standard with a few changes pays only for the patterns that changed.
import { isSafePattern } from 'redos-detector';
import type { ProblemCode, ProblemData } from '../ruleset/problems.ts';

export interface UnsafeRegex {
  code: Extract<ProblemCode, `unsafe-regex${string}`>;
  data?: ProblemData;
  /** English, for the CLI's RuleSetError. */
  reason: string;
}

/** Bounded: a hostile stream of distinct patterns must not grow the worker without limit. */
const MAX_REMEMBERED = 2_000;
const verdicts = new Map<string, UnsafeRegex | undefined>();

export function unsafeRegex(source: string, provenSafe?: ReadonlySet<string>): UnsafeRegex | undefined {
  if (provenSafe?.has(source)) return undefined;
  if (verdicts.has(source)) return verdicts.get(source);
  const verdict = analyse(source);
  if (verdicts.size >= MAX_REMEMBERED) verdicts.clear();
  verdicts.set(source, verdict);
  return verdict;
}

export function unsafeRegexReason(source: string): string | undefined {
  return unsafeRegex(source)?.reason;
}

function analyse(source: string): UnsafeRegex | undefined {
  try {
    const result = withStrongRefs(() => isSafePattern(`^(?:${source})`, { unicode: true, maxSteps: 5_000, maxScore: 1_000 }));
    if (result.safe) return undefined;
    return result.error === 'hitMaxSteps'
      ? { code: 'unsafe-regex-complex', reason: 'too complex to prove safe (simplify the pattern, e.g. avoid nested repetition)' }
      : { code: 'unsafe-regex-backtracking', reason: 'can backtrack catastrophically (nested or overlapping repetition)' };
  } catch (error) {
    const detail = (error as Error).message;
    return { code: 'unsafe-regex', data: { detail }, reason: `cannot be analysed: ${detail}` };
  }
}

/**
 * redos-detector points at each fork of its readers through a WeakRef. A WeakRef keeps its target
 * alive until the current job ends (ECMAScript's KeepDuringJob), and a rule set is analysed in one
 * synchronous job: every fork of every pattern stayed alive, about 7 MB a pattern, so accepting
 * the standard grew the heap by 1.5 GB and spent two thirds of its time in the garbage collector
 * (Firefox's extension process froze for half a minute). During the (synchronous) analysis the
 * references are plain ones instead: the forks then live as long as the pattern's analysis, which
 * is all the library needs, and are freed when it returns.
 */
function withStrongRefs<T>(analysis: () => T): T {
  const weakRef = globalThis.WeakRef;
  globalThis.WeakRef = StrongRef as unknown as WeakRefConstructor;
  try {
    return analysis();
  } finally {
    globalThis.WeakRef = weakRef;
  }
}

class StrongRef<T extends object> {
  readonly #target: T;
  constructor(target: T) {
    this.#target = target;
  }
  deref(): T {
    return this.#target;
  }
}
