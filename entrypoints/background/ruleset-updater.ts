// Keeps the active rule set: the bundled standard, or a manager-published set fetched from the
// configured URL, verified against trusted keys and run through the shared acceptance pipeline
// (rules/ruleset/accept.ts). The accepted JWS text is what is stored, so every later load can
// re-derive the set from signed bytes. On ANY failure the last good set stays active and the
// status says why, in Norwegian. Nothing here touches `browser` directly: storage, fetch and
// the clock are injected, so the hostile cases are unit-tested with the fake browser.
import { base64url } from 'jose';
import { check } from '../../rules/engine/check.ts';
import { compileRuleSet, RuleSetError, type CompiledRuleSet } from '../../rules/engine/compile.ts';
import { acceptRuleSetText, acceptRuleSetValue, compareVersions } from '../../rules/ruleset/accept.ts';
import { provenSafePatterns } from '../../rules/ruleset/proven-safe.ts';
import { nestedOf, statusProblem, type NestedProblem, type Problem, type ProblemData } from '../../rules/ruleset/problems.ts';
import { canonicalJson, verifyRuleSet, VerifyError } from '../../rules/ruleset/signing.ts';
import type { RuleSet } from '../../rules/ruleset/types.ts';
import { BUNDLED_RULE_SET } from '../../rules/standard/index.ts';
import type { RuleSetStatus } from '../shared/protocol.ts';
import { ruleSetInfoOf, type EngineApi } from './engine-host.ts';
import { fetchRuleSetText, FETCH_TIMEOUT_MS, UpdateError } from './ruleset-fetch.ts';
import { readPilotSettings, readPolicy, resolveConfig, type EffectiveConfig, type StorageAreaLike } from './policy.ts';
import { ACTIVE_RULE_SET_KEY, RULE_SET_STATUS_KEY } from '../shared/storage-items.ts';

export const REFRESH_ALARM = 'svarhjelp-ruleset-refresh';

/** What is stored for an accepted remote set: the signed text itself, not a parsed copy. */
export interface StoredRuleSet {
  jws: string;
  etag?: string;
  url: string;
  kid: string;
  acceptedAt: string;
}

export interface WritableStorageArea extends StorageAreaLike {
  set(items: Record<string, unknown>): Promise<void>;
}

export interface UpdaterDeps {
  local: WritableStorageArea;
  managed?: StorageAreaLike;
  fetch: typeof fetch;
  now?: () => Date;
  timeoutMs?: number;
  bundled?: RuleSet;
  log?: (message: string, error?: unknown) => void;
}

export interface RuleSetUpdater {
  /** The compiled active set; loads (and caches) from storage on the first call after a worker start. */
  getActiveRuleSet(): Promise<CompiledRuleSet>;
  /** The cached active set, or the bundled one before the first load finished. */
  current(): CompiledRuleSet;
  /** Forget the cached set (storage changed under us); the next call reloads. */
  invalidate(): void;
  /** Fetch, verify, accept, switch. Concurrent calls share one run. */
  refresh(): Promise<RuleSetStatus>;
  getStatus(): Promise<RuleSetStatus>;
  config(): Promise<EffectiveConfig>;
  /** storage.local's active entry changed: reload only if it is not what we already run. */
  noteStoredChange(value: unknown): void;
}

/** The set the worker runs: a stored (published) set, or the bundled one, and why the stored one was passed over. */
export interface ActiveSelection {
  compiled: CompiledRuleSet;
  stored?: StoredRuleSet;
  /** Set when a stored set exists but cannot run with this version of the extension (Norwegian). */
  problem?: Problem;
}

export function isStoredRuleSet(value: unknown): value is StoredRuleSet {
  return !!value && typeof value === 'object' && typeof (value as StoredRuleSet).jws === 'string';
}

/** The payload of a stored JWS, parsed (it was verified when it was accepted). */
export function storedPayload(stored: StoredRuleSet): unknown {
  return JSON.parse(new TextDecoder().decode(base64url.decode(stored.jws.split('.')[1] ?? '')));
}

/**
 * Which set is active — the one rule, shared by the worker and the options page so both show
 * the same. A published set that was accepted stays active over the bundled default whatever
 * their versions: it is what the manager configured, and an extension update bundling a newer
 * standard must not silently replace a unit's set. The only exception is a stored set that no
 * longer compiles with this version of the engine (schema, detectors, their parameters): then
 * the bundled set runs, with a status saying so, until the next accepted set.
 */
export function selectActiveRuleSet(storedValue: unknown, bundled: () => CompiledRuleSet): ActiveSelection {
  if (!isStoredRuleSet(storedValue)) return { compiled: bundled() };
  try {
    // Accepted (signature, safety, examples) when it was fetched; storage.local is private to
    // the extension, so a start only decodes and compiles — cheap, as it must be.
    return { compiled: compileRuleSet(storedPayload(storedValue)), stored: storedValue };
  } catch (error) {
    let reasons: ProblemData[string] = '';
    if (error instanceof RuleSetError) {
      // Rare path: run the acceptance pipeline once more for its problems as codes with data.
      const again = acceptRuleSetValue(storedPayload(storedValue), { skipExamples: true, provenSafePatterns: provenSafePatterns() });
      const problems: NestedProblem[] = again.ok
        ? error.issues.map((i) => ({ code: 'other', data: { detail: i.message }, path: i.path }))
        : again.problems.map((p) => nestedOf(p));
      reasons = { code: 'in-parentheses', data: { reasons: problems.slice(0, 2) } };
    }
    return {
      compiled: bundled(),
      problem: statusProblem('stored-unusable', { reasons }),
    };
  }
}

/**
 * Whether a verified, accepted candidate may replace the active set (beyond acceptRuleSetText's
 * "not older than the active version of the same id"). Returns the refusal, in Norwegian.
 *  - Against the bundled default nothing is compared: a configured set always wins over it.
 *  - Same id, same version, different content: refused — a release needs a new version number,
 *    or installations could not tell two different sets apart.
 *  - Another id from the same address: only if published later than the active set; otherwise
 *    an old signed file of another set could be replayed to go back in time.
 *  - Another id from another address: the configuration changed, a deliberate switch.
 * Policy `allowDowngrade` lifts all three refusals.
 */
export function replacementProblem(
  current: { ruleSet: RuleSet; stored?: StoredRuleSet },
  candidate: RuleSet,
  url: string,
  allowDowngrade: boolean,
  /** The candidate exactly as signed (compared with the stored payload, not with parsed copies). */
  candidatePayload: unknown = candidate,
): Problem | undefined {
  if (!current.stored || allowDowngrade) return undefined;
  const active = current.ruleSet;
  if (candidate.id === active.id) {
    if (compareVersions(candidate.version, active.version) === 0 && canonicalJson(candidatePayload) !== canonicalJson(storedPayload(current.stored)))
      return statusProblem('same-version-different', { version: candidate.version });
    return undefined;
  }
  if (current.stored.url === url && !(Date.parse(candidate.publishedAt) > Date.parse(active.publishedAt)))
    return statusProblem('not-newer', {
      candidate: candidate.id,
      candidatePublished: candidate.publishedAt,
      active: active.id,
      activePublished: active.publishedAt,
    });
  return undefined;
}

export function createRuleSetUpdater(deps: UpdaterDeps): RuleSetUpdater {
  const bundledSet = deps.bundled ?? BUNDLED_RULE_SET;
  const now = () => (deps.now ? deps.now() : new Date()).toISOString();
  const log = deps.log ?? ((m: string, e?: unknown) => console.warn(`[Svarhjelp] ${m}`, e ?? ''));
  let bundledCompiled: CompiledRuleSet | undefined;
  let active: { compiled: CompiledRuleSet; stored?: StoredRuleSet } | undefined;
  let loading: Promise<{ compiled: CompiledRuleSet; stored?: StoredRuleSet }> | undefined;
  let inflight: Promise<RuleSetStatus> | undefined;
  // A load error is reported once in the status, then the bundled set is used.
  let loadError: Problem | undefined;

  // The bundled standard skips the schema pass: this runs at every worker start (compile.ts).
  const bundled = () => (bundledCompiled ??= compileRuleSet(bundledSet, { bundled: bundledSet === BUNDLED_RULE_SET }));

  async function load(): Promise<{ compiled: CompiledRuleSet; stored?: StoredRuleSet }> {
    const selection = selectActiveRuleSet((await deps.local.get(ACTIVE_RULE_SET_KEY))[ACTIVE_RULE_SET_KEY], bundled);
    if (selection.problem) {
      log('stored rule set could not be loaded; using the bundled set', selection.problem);
      loadError = selection.problem;
    }
    return selection.stored ? { compiled: selection.compiled, stored: selection.stored } : { compiled: selection.compiled };
  }

  async function getActive() {
    if (active) return active;
    loading ??= load().then((value) => {
      active = value;
      return value;
    });
    return loading;
  }

  async function config(): Promise<EffectiveConfig> {
    return resolveConfig(await readPolicy(deps.managed), await readPilotSettings(deps.local));
  }

  async function previousStatus(): Promise<Partial<RuleSetStatus>> {
    const value = (await deps.local.get(RULE_SET_STATUS_KEY))[RULE_SET_STATUS_KEY];
    if (!value || typeof value !== 'object') return {};
    const status = value as RuleSetStatus;
    // Versions before the problems became codes kept a finished bokmål sentence.
    const legacy: unknown = status.lastError;
    return typeof legacy === 'string' ? { ...status, lastError: statusProblem('other', { detail: legacy }) } : status;
  }

  function activeInfo(current: { compiled: CompiledRuleSet; stored?: StoredRuleSet }): RuleSetStatus['active'] {
    const info: RuleSetStatus['active'] = { ...ruleSetInfoOf(current.compiled.ruleSet), source: current.stored ? 'remote' : 'bundled' };
    if (current.stored) {
      info.kid = current.stored.kid;
      info.url = current.stored.url;
      info.acceptedAt = current.stored.acceptedAt;
    }
    return info;
  }

  function configInfo(c: EffectiveConfig): RuleSetStatus['config'] {
    const info: RuleSetStatus['config'] = {
      source: c.source,
      trustedKeyIds: c.trustedKeyIds,
      refreshMinutes: c.refreshMinutes,
      allowDowngrade: c.allowDowngrade,
      hasPolicy: c.hasPolicy,
      locked: c.locked,
      problems: c.problems,
    };
    if (c.ruleSetUrl) info.ruleSetUrl = c.ruleSetUrl;
    if (c.unit) info.unit = c.unit;
    return info;
  }

  async function getStatus(): Promise<RuleSetStatus> {
    const [current, c, prev] = await Promise.all([getActive(), config(), previousStatus()]);
    const status: RuleSetStatus = { ...prev, active: activeInfo(current), config: configInfo(c) };
    if (loadError && !status.lastError) status.lastError = loadError;
    return status;
  }

  async function doRefresh(): Promise<RuleSetStatus> {
    const checkedAt = now();
    const c = await config();
    const current = await getActive();
    const prev = await previousStatus();
    const base: RuleSetStatus = { ...prev, active: activeInfo(current), config: configInfo(c), lastCheck: checkedAt };
    const save = async (status: RuleSetStatus, extra: Record<string, unknown> = {}) => {
      await deps.local.set({ ...extra, [RULE_SET_STATUS_KEY]: status });
      return status;
    };
    const failed = (problem: Problem) => {
      const status: RuleSetStatus = { ...base, lastResult: 'failed', lastError: problem };
      return save(status);
    };

    if (!c.ruleSetUrl) {
      const status: RuleSetStatus = { ...base, lastResult: 'not-configured' };
      if (c.problems.length) status.lastError = statusProblem('problem-list', { problems: c.problems });
      else delete status.lastError;
      return save(status);
    }
    if (c.trustedKeys.length === 0)
      return failed(c.problems.length ? statusProblem('problem-list', { problems: c.problems }) : statusProblem('no-trusted-keys'));

    try {
      const stored = current.stored;
      const fetched = await fetchRuleSetText(
        deps.fetch,
        c.ruleSetUrl,
        stored && stored.url === c.ruleSetUrl ? stored.etag : undefined,
        deps.timeoutMs ?? FETCH_TIMEOUT_MS,
      );
      if (fetched.notModified) {
        // A 304 costs no parsing: the active set is the one we have.
        const status: RuleSetStatus = { ...base, lastResult: 'unchanged', lastSuccess: checkedAt };
        delete status.lastError;
        return save(status);
      }
      const jws = fetched.text.trim();
      if (stored && stored.jws === jws) {
        const status: RuleSetStatus = { ...base, lastResult: 'unchanged', lastSuccess: checkedAt };
        delete status.lastError;
        const updated: StoredRuleSet = { ...stored };
        if (fetched.etag) updated.etag = fetched.etag;
        return save(status, { [ACTIVE_RULE_SET_KEY]: updated });
      }
      let verified: Awaited<ReturnType<typeof verifyRuleSet>>;
      try {
        verified = await verifyRuleSet(jws, c.trustedKeys);
      } catch (error) {
        if (error instanceof VerifyError) throw new UpdateError('rejected', { reason: error.problem });
        throw error;
      }
      const candidateId = (verified.ruleSet as { id?: unknown } | null)?.id;
      const options: Parameters<typeof acceptRuleSetText>[1] = {
        allowDowngrade: c.allowDowngrade,
        provenSafePatterns: provenSafePatterns(current.stored ? current.compiled.ruleSet : undefined),
      };
      // Versions are compared only between releases of the configured set, never with the
      // bundled default (see selectActiveRuleSet); other ids: replacementProblem below.
      if (current.stored && candidateId === current.compiled.ruleSet.id) options.currentVersion = current.compiled.ruleSet.version;
      const accepted = acceptRuleSetText(verified.payloadText, options);
      if (!accepted.ok) {
        throw accepted.stage === 'version'
          ? new UpdateError('rejected', { reason: nestedOf(accepted.problems[0]!, false) })
          : new UpdateError('rejected-problems', {
              count: accepted.problems.length,
              problems: accepted.problems.slice(0, 3).map((p) => nestedOf(p)),
              more: accepted.problems.length > 3 ? { code: 'and-more', data: { count: accepted.problems.length - 3 } } : '',
            });
      }
      const refused = replacementProblem(
        { ruleSet: current.compiled.ruleSet, ...(current.stored ? { stored: current.stored } : {}) },
        accepted.ruleSet,
        c.ruleSetUrl,
        c.allowDowngrade,
        verified.ruleSet,
      );
      if (refused) throw new UpdateError('rejected', { reason: refused });
      const next: StoredRuleSet = { jws, url: c.ruleSetUrl, kid: verified.kid, acceptedAt: checkedAt };
      if (fetched.etag) next.etag = fetched.etag;
      const nextActive = { compiled: accepted.compiled, stored: next };
      const status: RuleSetStatus = { ...base, active: activeInfo(nextActive), lastResult: 'updated', lastSuccess: checkedAt };
      delete status.lastError;
      // One write for set and status: a worker killed mid-way leaves either the old or the new.
      await save(status, { [ACTIVE_RULE_SET_KEY]: next });
      active = nextActive;
      loading = undefined;
      loadError = undefined;
      return status;
    } catch (error) {
      if (error instanceof UpdateError) return failed(error.problem);
      log('rule-set update failed', error);
      return failed(statusProblem('unexpected-error', { detail: (error as Error)?.message ?? String(error) }));
    }
  }

  return {
    async getActiveRuleSet() {
      return (await getActive()).compiled;
    },
    current() {
      return active?.compiled ?? bundled();
    },
    invalidate() {
      active = undefined;
      loading = undefined;
    },
    refresh() {
      inflight ??= doRefresh().finally(() => {
        inflight = undefined;
      });
      return inflight;
    },
    getStatus,
    config,
    noteStoredChange(value) {
      const jws = (value as StoredRuleSet | undefined)?.jws;
      if (active && jws === active.stored?.jws) return;
      active = undefined;
      loading = undefined;
    },
  };
}

/**
 * The engine host's view of the active set (engine-host.ts recompiles when `ruleSet` changes
 * identity): reuse the updater's compiled set instead of compiling a second time.
 */
export function activeEngine(updater: RuleSetUpdater): EngineApi<CompiledRuleSet> {
  return {
    get ruleSet() {
      return updater.current().ruleSet;
    },
    compile(ruleSet) {
      const current = updater.current();
      return current.ruleSet === ruleSet ? current : compileRuleSet(ruleSet);
    },
    check: (text, context, compiled) => check(text, context, compiled),
  };
}

/** Makes sure the refresh alarm exists with the configured period (alarms survive worker restarts). */
export async function ensureRefreshAlarm(
  alarms: {
    get(name: string): Promise<{ periodInMinutes?: number } | undefined>;
    create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): unknown;
  },
  minutes: number,
): Promise<void> {
  const existing = await alarms.get(REFRESH_ALARM);
  if (existing?.periodInMinutes === minutes) return;
  await alarms.create(REFRESH_ALARM, { periodInMinutes: minutes, delayInMinutes: minutes });
}
