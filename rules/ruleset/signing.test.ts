import { describe, expect, it } from 'vitest';
import { canonicalJson, generateRuleSetKeys, parseTrustedKeys, signRuleSet, verifyRuleSet, VerifyError } from './signing.ts';
import { ruleSetVersion } from './test-fixtures.ts';

function b64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

describe('rule-set signing (ES256 compact JWS)', () => {
  it('generates a P-256 key pair whose kid is the public thumbprint', async () => {
    const keys = await generateRuleSetKeys();
    expect(keys.publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256', kid: keys.kid, alg: 'ES256' });
    expect(keys.publicJwk.d).toBeUndefined();
    expect(typeof keys.privateJwk.d).toBe('string');
    expect(keys.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('signs the canonical JSON and verifies against the trusted key', async () => {
    const keys = await generateRuleSetKeys();
    const rs = ruleSetVersion('1.2.0');
    const jws = await signRuleSet(JSON.stringify(rs, null, 2), keys.privateJwk);
    const header = JSON.parse(Buffer.from(jws.split('.')[0]!, 'base64url').toString());
    expect(header).toEqual({ alg: 'ES256', kid: keys.kid, typ: 'svarhjelp-ruleset+json' });
    expect(Buffer.from(jws.split('.')[1]!, 'base64url').toString()).toBe(canonicalJson(rs));
    const other = await generateRuleSetKeys();
    const verified = await verifyRuleSet(jws, [other.publicJwk, keys.publicJwk]);
    expect(verified.kid).toBe(keys.kid);
    expect(verified.ruleSet).toEqual(rs);
  });

  it('canonical JSON sorts keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}');
  });

  it('rejects a key that is not trusted (unknown kid)', async () => {
    const signer = await generateRuleSetKeys();
    const trusted = await generateRuleSetKeys();
    const jws = await signRuleSet(ruleSetVersion('1.0.1'), signer.privateJwk);
    await expect(verifyRuleSet(jws, [trusted.publicJwk])).rejects.toMatchObject({ code: 'unknown-key' });
  });

  it('rejects a tampered payload (bad signature)', async () => {
    const keys = await generateRuleSetKeys();
    const jws = await signRuleSet(ruleSetVersion('1.0.1'), keys.privateJwk);
    const [h, , s] = jws.split('.');
    const tampered = `${h}.${b64url(canonicalJson(ruleSetVersion('9.9.9')))}.${s}`;
    const error = await verifyRuleSet(tampered, [keys.publicJwk]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VerifyError);
    expect((error as VerifyError).code).toBe('bad-signature');
    expect((error as VerifyError).message).toMatch(/Signaturen stemmer ikke/);
  });

  it('rejects a signature made by another key under a trusted kid', async () => {
    const keys = await generateRuleSetKeys();
    const attacker = await generateRuleSetKeys();
    const jws = await signRuleSet(ruleSetVersion('1.0.1'), { ...attacker.privateJwk, kid: keys.kid });
    await expect(verifyRuleSet(jws, [keys.publicJwk])).rejects.toMatchObject({ code: 'bad-signature' });
  });

  it('rejects malformed input and other algorithms', async () => {
    const keys = await generateRuleSetKeys();
    for (const junk of ['', 'not a jws', '{"schemaVersion":1}', 'a.b', 'a.b.c.d', '<html>404</html>']) {
      await expect(verifyRuleSet(junk, [keys.publicJwk])).rejects.toMatchObject({ code: 'malformed' });
    }
    const none = `${b64url('{"alg":"none"}')}.${b64url('{}')}.x`;
    await expect(verifyRuleSet(none, [keys.publicJwk])).rejects.toMatchObject({ code: 'malformed' });
    const hs = `${b64url('{"alg":"HS256","kid":"' + keys.kid + '"}')}.${b64url('{}')}.abc`;
    await expect(verifyRuleSet(hs, [keys.publicJwk])).rejects.toMatchObject({ code: 'malformed' });
  });

  it('reports no trusted keys and refuses to sign with a public key', async () => {
    const keys = await generateRuleSetKeys();
    const jws = await signRuleSet(ruleSetVersion('1.0.1'), keys.privateJwk);
    await expect(verifyRuleSet(jws, [])).rejects.toMatchObject({ code: 'unknown-key' });
    await expect(signRuleSet({}, keys.publicJwk)).rejects.toMatchObject({ code: 'bad-key' });
  });

  it('parses trusted keys from policy strings', async () => {
    const keys = await generateRuleSetKeys();
    const [parsed] = parseTrustedKeys([JSON.stringify(keys.publicJwk)]);
    expect(parsed).toMatchObject({ kty: 'EC', crv: 'P-256', x: keys.publicJwk.x });
    expect(() => parseTrustedKeys(['{nope'])).toThrow(/ikke gyldig JSON/);
    expect(() => parseTrustedKeys([JSON.stringify({ kty: 'RSA', n: 'x', e: 'AQAB' })])).toThrow(/P-256/);
  });

  it('refuses a PRIVATE key given as a trusted key, saying to give the public one', async () => {
    const keys = await generateRuleSetKeys();
    const other = await generateRuleSetKeys();
    const error = (() => {
      try {
        parseTrustedKeys([JSON.stringify(other.publicJwk), JSON.stringify(keys.privateJwk)]);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(VerifyError);
    expect((error as VerifyError).code).toBe('private-key');
    expect((error as VerifyError).message).toMatch(/nr\. 2 er en PRIVAT nøkkel.*offentlige nøkkelen/);
    // verifyRuleSet refuses it too, rather than quietly using its public half.
    const jws = await signRuleSet(ruleSetVersion('1.0.1'), keys.privateJwk);
    await expect(verifyRuleSet(jws, [keys.privateJwk])).rejects.toMatchObject({ code: 'private-key' });
  });
});
