import { describe, expect, it } from 'vitest';
import { ignoreToken, isIgnoreToken, MAX_IGNORED, withIgnored, withoutIgnored } from './ignored.ts';

const f = (id: string, ruleId: string, start: number) => ({ id, ruleId, start, end: start + 3 });
const findings = [f('b:x:0', 'klarsprak.snarest', 40), f('a:y:0', 'klarsprak.vedrorende', 0), f('b:z:0', 'klarsprak.snarest', 10)];

describe('dismissed findings kept with the inquiry', () => {
  it('names a finding by its rule and its place among that rule’s findings, never by its words', () => {
    expect(ignoreToken(findings, findings[0]!)).toBe('klarsprak.snarest#1');
    expect(ignoreToken(findings, findings[2]!)).toBe('klarsprak.snarest#0');
    expect(ignoreToken(findings, f('gone', 'klarsprak.snarest', 5))).toBeUndefined();
    expect(isIgnoreToken('klarsprak.snarest#1')).toBe(true);
    expect(isIgnoreToken('Hei Kari#1')).toBe(false);
  });

  it('hides the dismissed finding in a later check of the same reply, and only that one', () => {
    const tokens = withIgnored(undefined, 'klarsprak.snarest#1');
    expect(withoutIgnored(findings, tokens).map((x) => x.id)).toEqual(['a:y:0', 'b:z:0']);
    expect(withoutIgnored(findings, [])).toEqual(findings);
  });

  it('keeps each token once and at most MAX_IGNORED of them', () => {
    let tokens: string[] = [];
    for (let i = 0; i < MAX_IGNORED + 5; i++) tokens = withIgnored(tokens, `r#${i}`);
    tokens = withIgnored(tokens, `r#${MAX_IGNORED + 4}`);
    expect(tokens).toHaveLength(MAX_IGNORED);
    expect(tokens[0]).toBe('r#5');
    expect(new Set(tokens).size).toBe(tokens.length);
  });
});
