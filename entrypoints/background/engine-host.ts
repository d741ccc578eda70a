// Hosts the pure rules/ engine in the service worker. The rule set is compiled lazily, once per
// worker start (the worker is restarted often, so this must stay cheap and stateless). A check
// that throws must never break anything: it is logged and answered with an empty result.

import type { RuleSet } from '../../rules/ruleset/types.ts';
import type { CheckContext, CheckResult } from '../../rules/types.ts';
import type { RuleSetInfo, RuleSetSummary } from '../shared/protocol.ts';

/** The engine's API, injected so the host can be tested with a fake engine. */
export interface EngineApi<Compiled> {
  ruleSet: RuleSet;
  compile(ruleSet: RuleSet): Compiled;
  check(text: string, context: CheckContext, compiled: Compiled): CheckResult;
}

export type Logger = (message: string, error?: unknown) => void;

export interface EngineHost {
  check(text: string, context: CheckContext): CheckResult;
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

  return {
    check(text, context) {
      const c = getCompiled();
      if (c === null) return emptyResult(text);
      try {
        return engine.check(text, context, c);
      } catch (error) {
        log('check failed', error);
        return emptyResult(text);
      }
    },
    ruleSetInfo() {
      return ruleSetInfoOf(engine.ruleSet);
    },
    summary() {
      const rs = engine.ruleSet;
      const ruleMessages: RuleSetSummary['ruleMessages'] = {};
      for (const rule of rs.rules) ruleMessages[rule.id] = rule.message;
      return {
        ...ruleSetInfoOf(rs),
        labels: rs.labels,
        checklist: rs.checklist,
        ruleMessages,
      };
    },
  };
}
