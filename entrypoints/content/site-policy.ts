import { CONTENT_POLICY_CACHE_KEY } from '../shared/storage-items.ts';
import { type ManagedAreaLike, pickContentKeys, readManagedContentKeys } from '../shared/content-policy-keys.ts';

export type { ManagedAreaLike };
// Where the content script may work. Unconfigured it runs on every site (and stays idle until
// the user focuses a field); an administrator can narrow it with the `siteMatches` policy
// (storage.managed, public/managed_schema.json, docs/deployment.md). On any other site the
// script stays completely inert: no listener, no observer, no message.
//
// The policy is read from storage.managed directly: content scripts may read it, and asking the
// background would wake the service worker on every page load of every site.

/** A parsed match pattern (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns). */
interface MatchPattern {
  schemes: readonly string[];
  /** Lower-case host; '' = any host; a leading '*.' matches the domain and its subdomains. */
  host: string;
  anyHost: boolean;
  subdomains: boolean;
  port?: string;
  /** The path part as a regular expression ('*' = any characters). */
  path: RegExp;
}

const SCHEMES = ['http', 'https', 'file'];

/** Parses one pattern; null when it is not a valid match pattern (a broken entry allows nothing). */
export function parseMatchPattern(pattern: string): MatchPattern | null {
  const p = pattern.trim();
  if (p === '<all_urls>') return { schemes: SCHEMES, host: '', anyHost: true, subdomains: false, path: /^.*$/s };
  const m = /^(\*|https?|file):\/\/([^/]*)(\/.*)$/s.exec(p);
  if (!m) return null;
  const [, scheme, hostPort, path] = m as unknown as [string, string, string, string];
  let host = hostPort.toLowerCase();
  let port: string | undefined;
  const portMatch = /^(.*):(\d+|\*)$/.exec(host);
  if (portMatch && !host.endsWith(']')) {
    host = portMatch[1]!;
    if (portMatch[2] !== '*') port = portMatch[2];
  }
  let anyHost = false;
  let subdomains = false;
  if (host === '*') anyHost = true;
  else if (host.startsWith('*.')) {
    subdomains = true;
    host = host.slice(2);
  }
  if (!anyHost && host.includes('*')) return null;
  if (scheme !== 'file' && !anyHost && host === '') return null;
  const pathRe = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`, 's');
  const pattern_: MatchPattern = {
    schemes: scheme === '*' ? ['http', 'https'] : [scheme],
    host,
    anyHost,
    subdomains,
    path: pathRe,
  };
  if (port !== undefined) pattern_.port = port;
  return pattern_;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a URL matches one of the patterns (an empty or absent list allows nothing). */
export function urlMatches(url: string, patterns: readonly string[]): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const scheme = u.protocol.replace(/:$/, '');
  const host = u.hostname.toLowerCase();
  for (const raw of patterns) {
    const p = parseMatchPattern(raw);
    if (!p || !p.schemes.includes(scheme)) continue;
    if (!p.anyHost) {
      const hostOk = host === p.host || (p.subdomains && host.endsWith(`.${p.host}`));
      if (!hostOk) continue;
    }
    if (p.port !== undefined && u.port !== p.port) continue;
    if (!p.path.test(u.pathname)) continue;
    return true;
  }
  return false;
}

/**
 * The URL a frame is judged by. Frames without a URL of their own (about:blank, srcdoc — where
 * editors like TinyMCE put their editing body) belong to the origin that created them, as
 * Chrome's match_origin_as_fallback does; an opaque origin (sandboxed frame) matches nothing.
 */
export function effectiveUrl(location: { href: string; origin: string; protocol: string }): string | null {
  if (['http:', 'https:', 'file:'].includes(location.protocol)) return location.href;
  if (location.origin && location.origin !== 'null') return `${location.origin}/`;
  return null;
}

/** The `siteMatches` policy as a list, or undefined when none is set (every site allowed). */
export function siteMatchesFrom(raw: unknown): string[] | undefined {
  let value = raw;
  if (value === undefined || value === null) return undefined;
  // Admin templates (registry) may deliver the list as one JSON string (policy.ts does the same).
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      value = [value];
    }
  }
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string');
}

/** Longest `caseNumberSelector` accepted (a selector, not a stylesheet). */
export const MAX_CASE_NUMBER_SELECTOR_LENGTH = 500;

/**
 * The `caseNumberSelector` policy: a CSS selector of the element that shows the case number on
 * the unit's case-system pages (rules/inquiry/identity.ts reads the number from its text). A
 * value that is not a non-empty string of at most 500 characters counts as none; a selector
 * the page's document rejects is ignored where it is used (inquiry-page.ts).
 */
export function caseNumberSelectorFrom(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const selector = raw.trim();
  return selector && selector.length <= MAX_CASE_NUMBER_SELECTOR_LENGTH ? selector : undefined;
}

export interface ContentPolicy {
  /** Whether the content script may work in this frame (`siteMatches`). */
  allowed: boolean;
  /** `caseNumberSelector`, when set. */
  caseNumberSelector?: string;
}

/** The part of storage.local the content script reads the copy from (the background writes it). */
export interface CacheAreaLike {
  get(keys: string): Promise<Record<string, unknown>>;
}

function policyFrom(location: { href: string; origin: string; protocol: string }, raw: Record<string, unknown>): ContentPolicy {
  const patterns = siteMatchesFrom(raw.siteMatches);
  const url = effectiveUrl(location);
  const policy: ContentPolicy = { allowed: patterns === undefined || (url !== null && urlMatches(url, patterns)) };
  const caseNumberSelector = caseNumberSelectorFrom(raw.caseNumberSelector);
  if (caseNumberSelector) policy.caseNumberSelector = caseNumberSelector;
  return policy;
}

/**
 * The policy keys the content script obeys, in one read of storage.managed. Without a
 * `siteMatches` policy every site is allowed; with one, only matching sites. A policy that cannot
 * be read counts as none (Firefox throws when no policy exists; Chrome answers {}).
 */
export async function readContentPolicy(
  location: { href: string; origin: string; protocol: string },
  managed: ManagedAreaLike | undefined,
): Promise<ContentPolicy> {
  return policyFrom(location, await readManagedContentKeys(managed));
}

export interface QuickContentPolicy {
  /** What to do now: the live policy if it already answered, else the cached copy of the last one. */
  now: ContentPolicy;
  /** The live policy from storage.managed, once it answers. */
  live: Promise<ContentPolicy>;
}

/**
 * Chromium answers the first storage.managed read after a browser start only after seconds (its
 * policy service loads), and the content script would wait that long before its first check. So
 * the decision is made at once from the copy of the last live read that the background keeps in
 * storage.local (milliseconds; content-policy-copy.ts in the background), or, with no copy yet
 * (a new profile), as if there were no policy; the live read goes on, and the caller must apply
 * it when it arrives: a site the live policy excludes stops the script then. The live read
 * always wins.
 */
export async function readContentPolicyQuickly(
  location: { href: string; origin: string; protocol: string },
  managed: ManagedAreaLike | undefined,
  cache: CacheAreaLike | undefined,
): Promise<QuickContentPolicy> {
  const live = readManagedContentKeys(managed).then((raw) => policyFrom(location, raw));
  const cachedRaw: Promise<unknown> = cache
    ? cache.get(CONTENT_POLICY_CACHE_KEY).then(
        (items) => items?.[CONTENT_POLICY_CACHE_KEY],
        () => undefined,
      )
    : Promise.resolve(undefined);
  const first = await Promise.race([live.then((policy) => ({ policy })), cachedRaw.then((cached) => ({ cached }))]);
  if ('policy' in first) return { now: first.policy, live };
  return { now: policyFrom(location, pickContentKeys(first.cached)), live };
}
