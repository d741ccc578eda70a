// Signing and verifying published rule sets (DESIGN.md §3): a compact JWS, ES256 over P-256,
// because every browser's WebCrypto verifies it (Ed25519 only arrived in Chrome 137). jose runs
// on WebCrypto alone, so the same code runs in Node (the CLI signs) and in the MV3 service
// worker (which only verifies) without eval.
import { calculateJwkThumbprint, CompactSign, compactVerify, decodeProtectedHeader, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { statusProblem, type Problem, type ProblemCode, type ProblemData } from './problems.ts';

export const RULE_SET_JWS_TYPE = 'svarhjelp-ruleset+json';
export const RULE_SET_ALG = 'ES256';

export interface RuleSetKeyPair {
  privateJwk: JWK;
  publicJwk: JWK;
  kid: string;
}

export type VerifyErrorCode = 'malformed' | 'unknown-key' | 'bad-signature' | 'bad-key' | 'private-key' | 'bad-payload';

/** A verification failure: `problem` is worded per language where it is shown; `message` is its bokmål wording. */
export class VerifyError extends Error {
  readonly code: VerifyErrorCode;
  readonly problem: Problem;
  constructor(code: VerifyErrorCode, problemCode: ProblemCode, data?: ProblemData) {
    const problem = statusProblem(problemCode, data);
    super(problem.message);
    this.name = 'VerifyError';
    this.code = code;
    this.problem = problem;
  }
}

/**
 * The canonical JSON text of a value: object keys sorted, no whitespace. Signing the canonical
 * text means the same set signs to the same payload however the manager's editor formatted it.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/** A fresh P-256 key pair; kid = the RFC 7638 thumbprint of the public key. */
export async function generateRuleSetKeys(): Promise<RuleSetKeyPair> {
  const { privateKey, publicKey } = await generateKeyPair(RULE_SET_ALG, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const decorate = (jwk: JWK): JWK => ({ ...jwk, kid, alg: RULE_SET_ALG, use: 'sig' });
  return { privateJwk: decorate(await exportJWK(privateKey)), publicJwk: decorate(publicJwk), kid };
}

/** The key id of a public (or private) JWK: its own `kid`, else its thumbprint. */
export async function keyIdOf(jwk: JWK): Promise<string> {
  if (typeof jwk.kid === 'string' && jwk.kid) return jwk.kid;
  return calculateJwkThumbprint({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y } as JWK);
}

function assertP256(jwk: JWK, needPrivate: boolean): void {
  if (!jwk || typeof jwk !== 'object' || jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.x !== 'string' || typeof jwk.y !== 'string')
    throw new VerifyError('bad-key', 'key-not-p256');
  if (needPrivate && typeof jwk.d !== 'string') throw new VerifyError('bad-key', 'key-public-only');
}

/** Signs a rule set (an object or its JSON text) as a compact JWS over its canonical JSON text. */
export async function signRuleSet(ruleSet: unknown, privateJwk: JWK): Promise<string> {
  assertP256(privateJwk, true);
  const value = typeof ruleSet === 'string' ? JSON.parse(ruleSet) : ruleSet;
  const kid = await keyIdOf(privateJwk);
  const key = await importJWK({ ...privateJwk, alg: RULE_SET_ALG }, RULE_SET_ALG);
  return new CompactSign(new TextEncoder().encode(canonicalJson(value))).setProtectedHeader({ alg: RULE_SET_ALG, kid, typ: RULE_SET_JWS_TYPE }).sign(key);
}

export interface VerifiedRuleSet {
  /** The parsed payload; not yet schema-validated (that is accept.ts's job). */
  ruleSet: unknown;
  /** The payload text exactly as signed. */
  payloadText: string;
  kid: string;
}

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+$/;

/**
 * Verifies a compact JWS against the trusted public keys. Only the key named by `kid` is tried
 * (a JWS without kid is tried against each trusted key). Throws VerifyError.
 */
export async function verifyRuleSet(jws: string, trustedPublicJwks: readonly JWK[]): Promise<VerifiedRuleSet> {
  const compact = typeof jws === 'string' ? jws.trim() : '';
  if (!COMPACT_JWS.test(compact)) throw new VerifyError('malformed', 'jws-not-compact');
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(compact);
  } catch {
    throw new VerifyError('malformed', 'jws-unreadable');
  }
  // Pin the algorithm: a JWS claiming "none" or HS256 is never considered.
  if (header.alg !== RULE_SET_ALG) throw new VerifyError('malformed', 'jws-alg', { alg: String(header.alg), expected: RULE_SET_ALG });
  if (header.typ !== undefined && header.typ !== RULE_SET_JWS_TYPE) throw new VerifyError('malformed', 'jws-typ', { typ: String(header.typ) });
  if (trustedPublicJwks.length === 0) throw new VerifyError('unknown-key', 'verify-no-keys');

  const withIds = await Promise.all(
    trustedPublicJwks.map(async (jwk, i) => {
      assertTrustedPublicKey(jwk, i);
      return { jwk, kid: await keyIdOf(jwk) };
    }),
  );
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  const candidates = kid ? withIds.filter((k) => k.kid === kid) : withIds;
  if (candidates.length === 0) throw new VerifyError('unknown-key', 'unknown-signing-key', { kid: String(kid) });

  for (const candidate of candidates) {
    const key = await importJWK({ ...candidate.jwk, alg: RULE_SET_ALG }, RULE_SET_ALG);
    let payload: Uint8Array;
    try {
      ({ payload } = await compactVerify(compact, key, { algorithms: [RULE_SET_ALG] }));
    } catch {
      continue;
    }
    const payloadText = new TextDecoder('utf-8', { fatal: true }).decode(payload);
    let ruleSet: unknown;
    try {
      ruleSet = JSON.parse(payloadText);
    } catch {
      throw new VerifyError('bad-payload', 'payload-not-json');
    }
    return { ruleSet, payloadText, kid: candidate.kid };
  }
  throw new VerifyError('bad-signature', 'bad-signature');
}

/** Parses trusted keys given as JWK JSON strings (policy) or objects; throws VerifyError on a bad one. */
export function parseTrustedKeys(keys: readonly unknown[]): JWK[] {
  return keys.map((key, i) => {
    let jwk: unknown = key;
    if (typeof key === 'string') {
      try {
        jwk = JSON.parse(key);
      } catch {
        throw new VerifyError('bad-key', 'trusted-key-not-json', { n: i + 1 });
      }
    }
    assertTrustedPublicKey(jwk as JWK, i);
    return jwk as JWK;
  });
}

/**
 * A trusted key must be a public P-256 key. A JWK with "d" is the PRIVATE key: it is refused,
 * not quietly stripped, because whoever pasted it into a policy or the options page has just
 * spread the secret that signs every installation's advice, and must hear about it.
 */
function assertTrustedPublicKey(jwk: JWK, index: number): void {
  assertP256(jwk, false);
  if ('d' in jwk) throw new VerifyError('private-key', 'trusted-key-private', { n: index + 1 });
}
