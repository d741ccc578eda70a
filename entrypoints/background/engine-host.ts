// Hosts the pure rules/ engine in the service worker. The rule set is compiled lazily, once per
// worker start (the worker is restarted often, so this must stay cheap and stateless). A check
// that throws must never break anything: it is logged and answered with an empty result.
// Checks run cooperatively when the engine offers it (rules/engine/check-cooperative.ts): a
// 100,000-character reply is checked in short slices, so the worker keeps answering the side
// panel and other tabs meanwhile, and a newer request for the same field stops an older one.

import type { RuleSet } from '../../rules/ruleset/types.ts';
import type { CheckContext, CheckResult } from '../../rules/types.ts';
import type { RuleSetInfo, RuleSetSummary } from '../shared/protocol.ts';

/** The engine's API, injected so the host can be tested with a fake engine. */
export interface EngineApi<Compiled> {
  ruleSet: RuleSet;
  compile(ruleSet: RuleSet): Compiled;
  check(text: string, context: CheckContext, compiled: Compiled): CheckResult;
  /** The same check in slices; `isCancelled` is asked between slices (it then rejects). */
  checkCooperative?(text: string, context: CheckContext, compiled: Compiled, options: CooperativeCheckOptions): Promise<CheckResult>;
}

export interface CooperativeCheckOptions {
  isCancelled: () => boolean;
  onSlice?: (ms: number) => void;
}

export type Logger = (message: string, error?: unknown) => void;

export interface EngineHost {
  /**
   * Checks without holding the worker for long. `supersedeKey` names the field: a newer call with
   * the same key makes this one resolve to undefined (its answer would be stale anyway).
   */
  checkAsync(text: string, context: CheckContext, supersedeKey?: string): Promise<CheckResult | undefined>;
  ruleSetInfo(): RuleSetInfo;
  summary(): RuleSetSummary;
}

export function emptyResult(text = ''): CheckResult {
  return {
    language: 'und',
    languageSource: 'fallback',
    metrics: {
      characters: text.length,
      words: 0,
      sentences: 0,
      longWords: 0,
      lix: 0,
      longestSentenceWords: 0,
    },
    findings: [],
    dates: [],
  };
}

export function ruleSetInfoOf(ruleSet: RuleSet): RuleSetInfo {
  return {
    id: ruleSet.id,
    name: ruleSet.name,
    version: ruleSet.version,
    publisher: ruleSet.publisher,
    publishedAt: ruleSet.publishedAt,
  };
}

export function createEngineHost<Compiled>(
  engine: EngineApi<Compiled>,
  log: Logger = (message, error) => console.error(`[Svarhjelp] ${message}`, error ?? ''),
): EngineHost {
  // undefined = not compiled yet; null = compiling failed (don't retry on every keystroke).
  let compiled: Compiled | null | undefined;
  // The active set can change at run time (ruleset-updater.ts swaps in a published set):
  // recompile whenever engine.ruleSet is a different object than the one compiled.
  let compiledFor: RuleSet | undefined;

  const getCompiled = (): Compiled | null => {
    if (compiled === undefined || compiledFor !== engine.ruleSet) {
      compiledFor = engine.ruleSet;
      try {
        compiled = engine.compile(engine.ruleSet);
      } catch (error) {
        log(`rule set ${engine.ruleSet.id}@${engine.ruleSet.version} could not be compiled`, error);
        compiled = null;
      }
    }
    return compiled;
  };

  // The newest request per field; older ones in flight see they are stale at their next pause.
  const latest = new Map<string, number>();
  let generation = 0;

  const onSlice = sliceTiming();

  const checkSync = (text: string, context: CheckContext): CheckResult => {
    const c = getCompiled();
    if (c === null) return emptyResult(text);
    try {
      return engine.check(text, context, c);
    } catch (error) {
      log('check failed', error);
      return emptyResult(text);
    }
  };

  return {
    async checkAsync(text, context, supersedeKey) {
      const c = getCompiled();
      if (c === null) return emptyResult(text);
      if (!engine.checkCooperative) return checkSync(text, context);
      const mine = ++generation;
      if (supersedeKey !== undefined) latest.set(supersedeKey, mine);
      const isCancelled = () => supersedeKey !== undefined && latest.get(supersedeKey) !== mine;
      // While the check runs, a user-timing mark says so (DevTools' timeline; the browser tests
      // ask whether a message was handled during a check).
      const mark = `${CHECKING_MARK}${mine}`;
      userTiming(() => performance.mark(mark));
      try {
        return await engine.checkCooperative(text, context, c, { isCancelled, onSlice });
      } catch (error) {
        if (isCancelled()) return undefined;
        log('check failed', error);
        return emptyResult(text);
      } finally {
        userTiming(() => performance.clearMarks(mark));
        if (supersedeKey !== undefined && latest.get(supersedeKey) === mine) latest.delete(supersedeKey);
      }
    },
    ruleSetInfo() {
      return ruleSetInfoOf(engine.ruleSet);
    },
    summary() {
      const rs = engine.ruleSet;
      return {
        ...ruleSetInfoOf(rs),
        labels: rs.labels,
        checklist: rs.checklist,
        ...(rs.templates?.length ? { templates: rs.templates } : {}),
        ...(rs.calendar ? { calendar: rs.calendar } : {}),
      };
    },
  };
}

/** Prefix of the user-timing mark that exists while a cooperative check runs. */
export const CHECKING_MARK = 'svarhjelp:checking:';

function userTiming(fn: () => void): void {
  try {
    if (typeof performance !== 'undefined') fn();
  } catch {
    // No user timing here (tests, old browsers).
  }
}

/**
 * Reports every slice to the performance timeline: the browser benchmark observes the
 * `svarhjelp:check-slice` measures. Only durations, nothing of the text.
 */
function sliceTiming(): (ms: number) => void {
  const perf = globalThis.performance as (Performance & { measure?: Performance['measure'] }) | undefined;
  return (ms) => {
    try {
      const end = perf?.now() ?? 0;
      perf?.measure?.('svarhjelp:check-slice', { start: end - ms, end });
      // Measures are only for observers (the benchmark); keep the timeline buffer from growing.
      perf?.clearMeasures?.('svarhjelp:check-slice');
    } catch {
      // No user timing here (tests, old browsers).
    }
  };
}
