// Where the rule-set configuration comes from: enterprise policy (storage.managed, schema in
// public/managed_schema.json) or, without policy, the options page's pilot settings
// (storage.local). Policy always wins, field by field; `lockSettings` locks the pilot form
// entirely. A missing or broken policy never breaks anything: it yields problems (codes with data)
// for the status, and the bundled set stays active.
import type { JWK } from 'jose';
import { keyIdOf, parseTrustedKeys, VerifyError } from '../../rules/ruleset/signing.ts';
import { statusProblem, type Problem } from '../../rules/ruleset/problems.ts';
import { PILOT_SETTINGS_KEY } from '../shared/storage-items.ts';

export const DEFAULT_REFRESH_MINUTES = 15;
export const MIN_REFRESH_MINUTES = 1;
export const MAX_REFRESH_MINUTES = 24 * 60;

/** The keys an administrator may set (mirrors public/managed_schema.json). */
export interface ManagedPolicy {
  ruleSetUrl?: string;
  /** Public keys as JWK JSON strings. */
  trustedKeys?: string[];
  refreshMinutes?: number;
  unit?: string;
  lockSettings?: boolean;
  allowDowngrade?: boolean;
  /** Match patterns of the sites the content script may work on (read by entrypoints/content/site-policy.ts). */
  siteMatches?: string[];
  /** CSS selector of the case number on case pages (read by entrypoints/content/site-policy.ts). */
  caseNumberSelector?: string;
}

/** What a pilot user pastes into the options page. */
export interface PilotSettings {
  ruleSetUrl?: string;
  /** Public keys as JWK JSON strings. */
  trustedKeys?: string[];
  refreshMinutes?: number;
}

export type ConfigField = 'ruleSetUrl' | 'trustedKeys' | 'refreshMinutes';

export interface EffectiveConfig {
  /** Where the URL came from; 'none' = nothing configured, the bundled set is used. */
  source: 'policy' | 'pilot' | 'none';
  ruleSetUrl?: string;
  trustedKeys: JWK[];
  trustedKeyIds: string[];
  refreshMinutes: number;
  unit?: string;
  allowDowngrade: boolean;
  siteMatches?: string[];
  /** Pilot fields the options page must show read-only. */
  locked: ConfigField[];
  /** Whether any policy was found at all. */
  hasPolicy: boolean;
  /** Problems with the policy or the settings, in Norwegian. */
  problems: Problem[];
}

/** Minimal storage area shape (browser.storage.managed / local, and the fake browser's). */
export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
}

const KNOWN_KEYS = new Set(['ruleSetUrl', 'trustedKeys', 'refreshMinutes', 'unit', 'lockSettings', 'allowDowngrade', 'siteMatches', 'caseNumberSelector']);

/**
 * Reads storage.managed. Firefox throws when no policy exists and Chrome returns {} — both mean
 * "no policy". Values of the wrong type are dropped with a problem, the rest still applies.
 */
export interface PolicyRead {
  policy: ManagedPolicy;
  hasPolicy: boolean;
  /** Keys the administrator set, valid or not: a broken value still locks its field. */
  present: string[];
  problems: Problem[];
}

export async function readPolicy(managed: StorageAreaLike | undefined): Promise<PolicyRead> {
  let raw: Record<string, unknown>;
  try {
    raw = managed ? await managed.get(null) : {};
  } catch {
    return { policy: {}, hasPolicy: false, present: [], problems: [] };
  }
  const problems: Problem[] = [];
  const policy: ManagedPolicy = {};
  if (!raw || typeof raw !== 'object') return { policy, hasPolicy: false, present: [], problems };
  const keys = Object.keys(raw).filter((k) => KNOWN_KEYS.has(k));
  for (const key of Object.keys(raw)) if (!KNOWN_KEYS.has(key)) problems.push(statusProblem('policy-unknown-key', { key }));
  const bad = (key: string, expected: 'text' | 'list' | 'boolean' | 'number') => problems.push(statusProblem(`policy-not-${expected}`, { key }));
  const str = (key: keyof ManagedPolicy) => {
    const value = raw[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !value.trim()) return void bad(key, 'text');
    return value.trim();
  };
  const strList = (key: keyof ManagedPolicy) => {
    let value = raw[key];
    if (value === undefined) return undefined;
    // Admin templates (ADM/registry) often deliver a list as one JSON string.
    if (typeof value === 'string') {
      try {
        value = JSON.parse(value);
      } catch {
        value = [value];
      }
    }
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' || (v && typeof v === 'object'))) return void bad(key, 'list');
    return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  };
  const bool = (key: keyof ManagedPolicy) => {
    const value = raw[key];
    if (value === undefined) return undefined;
    if (typeof value === 'boolean') return value;
    if (value === 0 || value === 1) return value === 1; // REG_DWORD
    return void bad(key, 'boolean');
  };
  const ruleSetUrl = str('ruleSetUrl');
  if (ruleSetUrl !== undefined) policy.ruleSetUrl = ruleSetUrl;
  const trustedKeys = strList('trustedKeys');
  if (trustedKeys !== undefined) policy.trustedKeys = trustedKeys;
  if (raw.refreshMinutes !== undefined) {
    const n = typeof raw.refreshMinutes === 'string' ? Number(raw.refreshMinutes) : raw.refreshMinutes;
    if (typeof n === 'number' && Number.isFinite(n)) policy.refreshMinutes = n;
    else bad('refreshMinutes', 'number');
  }
  const unit = str('unit');
  if (unit !== undefined) policy.unit = unit;
  const lock = bool('lockSettings');
  if (lock !== undefined) policy.lockSettings = lock;
  const downgrade = bool('allowDowngrade');
  if (downgrade !== undefined) policy.allowDowngrade = downgrade;
  const sites = strList('siteMatches');
  if (sites !== undefined) policy.siteMatches = sites;
  const caseNumberSelector = str('caseNumberSelector');
  if (caseNumberSelector !== undefined) policy.caseNumberSelector = caseNumberSelector;
  return { policy, hasPolicy: keys.length > 0, present: keys, problems };
}

/** https only; plain http only to the own machine (a pilot's local server, tests). */
export function checkRuleSetUrl(url: string): Problem | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return statusProblem('url-invalid', { url });
  }
  if (parsed.protocol === 'https:') return undefined;
  if (parsed.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)) return undefined;
  return statusProblem('url-not-https', { protocol: parsed.protocol });
}

/** A trusted-key failure as its problem (anything else is a bug, worded as an unexpected error). */
function problemOf(error: unknown): Problem {
  return error instanceof VerifyError ? error.problem : statusProblem('unexpected-error', { detail: String((error as Error)?.message ?? error) });
}

export function clampRefresh(minutes: number | undefined): number {
  if (minutes === undefined || !Number.isFinite(minutes)) return DEFAULT_REFRESH_MINUTES;
  return Math.min(MAX_REFRESH_MINUTES, Math.max(MIN_REFRESH_MINUTES, Math.round(minutes)));
}

/** Combines policy and pilot settings into what the updater uses. */
export async function resolveConfig(read: PolicyRead, pilot: PilotSettings | undefined): Promise<EffectiveConfig> {
  const { policy, hasPolicy } = read;
  const problems = [...read.problems];
  const lockAll = policy.lockSettings === true;
  const locked = new Set<ConfigField>();
  for (const field of ['ruleSetUrl', 'trustedKeys', 'refreshMinutes'] as const) if (lockAll || read.present.includes(field)) locked.add(field);

  const pick = <K extends ConfigField>(field: K): { value: PilotSettings[K]; from: 'policy' | 'pilot' } | undefined => {
    if (policy[field] !== undefined) return { value: policy[field] as PilotSettings[K], from: 'policy' };
    if (!locked.has(field) && pilot?.[field] !== undefined) return { value: pilot[field], from: 'pilot' };
    return undefined;
  };

  const url = pick('ruleSetUrl');
  let ruleSetUrl = url?.value as string | undefined;
  if (ruleSetUrl !== undefined) {
    if (policy.unit) ruleSetUrl = ruleSetUrl.replaceAll('{unit}', encodeURIComponent(policy.unit));
    const urlProblem = checkRuleSetUrl(ruleSetUrl);
    if (urlProblem) {
      problems.push(statusProblem(url!.from === 'policy' ? 'policy-url-unusable' : 'pilot-url-unusable', { reason: urlProblem }));
      ruleSetUrl = undefined;
    }
  }

  let trustedKeys: JWK[] = [];
  const keys = pick('trustedKeys');
  if (keys?.value) {
    try {
      trustedKeys = parseTrustedKeys(keys.value as string[]);
    } catch (error) {
      problems.push(statusProblem(keys.from === 'policy' ? 'policy-keys-invalid' : 'pilot-keys-invalid', { reason: problemOf(error) }));
    }
  }
  if (ruleSetUrl && trustedKeys.length === 0 && !problems.some((p) => p.code === 'policy-keys-invalid' || p.code === 'pilot-keys-invalid'))
    problems.push(statusProblem('url-without-key'));

  const refresh = pick('refreshMinutes');
  const config: EffectiveConfig = {
    source: !ruleSetUrl ? 'none' : url!.from,
    trustedKeys,
    trustedKeyIds: await Promise.all(trustedKeys.map((k) => keyIdOf(k))),
    refreshMinutes: clampRefresh(refresh?.value as number | undefined),
    allowDowngrade: policy.allowDowngrade === true,
    locked: [...locked],
    hasPolicy,
    problems,
  };
  if (ruleSetUrl) config.ruleSetUrl = ruleSetUrl;
  if (policy.unit) config.unit = policy.unit;
  if (policy.siteMatches) config.siteMatches = policy.siteMatches;
  return config;
}

/** Validates what the options page wants to save; returns its problems (empty = fine). */
export function checkPilotSettings(settings: PilotSettings): Problem[] {
  const problems: Problem[] = [];
  if (settings.ruleSetUrl) {
    const p = checkRuleSetUrl(settings.ruleSetUrl);
    if (p) problems.push(p);
  }
  if (settings.trustedKeys?.length) {
    try {
      parseTrustedKeys(settings.trustedKeys);
    } catch (error) {
      problems.push(problemOf(error));
    }
  }
  if (settings.ruleSetUrl && !settings.trustedKeys?.length) problems.push(statusProblem('paste-public-key'));
  if (settings.refreshMinutes !== undefined && (!Number.isFinite(settings.refreshMinutes) || settings.refreshMinutes < MIN_REFRESH_MINUTES))
    problems.push(statusProblem('refresh-too-short', { min: MIN_REFRESH_MINUTES }));
  return problems;
}

export async function readPilotSettings(local: StorageAreaLike): Promise<PilotSettings | undefined> {
  const value = (await local.get(PILOT_SETTINGS_KEY))[PILOT_SETTINGS_KEY];
  return value && typeof value === 'object' ? (value as PilotSettings) : undefined;
}
