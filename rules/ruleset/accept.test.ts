import { describe, expect, it } from 'vitest';
import { acceptRuleSetText, acceptRuleSetValue, compareVersions, LIMITS, versionProblem } from './accept.ts';
import { provenSafePatterns } from './proven-safe.ts';
import { problemText } from './problems.ts';
import { cloneTestSet, ruleById, ruleSetVersion } from './test-fixtures.ts';
import type { ExistenceRule } from './types.ts';

describe('acceptRuleSet', () => {
  it('accepts a valid set and returns the compiled set', () => {
    const result = acceptRuleSetText(JSON.stringify(cloneTestSet()));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.compiled.rules.length).toBe(cloneTestSet().rules.length);
  });

  it('rejects a 10 MB document before parsing it', () => {
    const huge = '{"pad":"' + 'x'.repeat(10 * 1024 * 1024) + '"}';
    const original = JSON.parse;
    let parsed = false;
    JSON.parse = ((...args: Parameters<typeof JSON.parse>) => {
      parsed = true;
      return original(...args);
    }) as typeof JSON.parse;
    try {
      const result = acceptRuleSetText(huge);
      expect(result).toMatchObject({ ok: false, stage: 'size' });
      if (!result.ok) expect(result.problems[0]!.message).toMatch(/for stort/);
    } finally {
      JSON.parse = original;
    }
    expect(parsed).toBe(false);
  });

  it('counts bytes, not characters (multi-byte text near the limit)', () => {
    const text = JSON.stringify({ pad: 'ø'.repeat(1_100_000) }); // 1.1 M chars, 2.2 MB
    expect(acceptRuleSetText(text)).toMatchObject({ ok: false, stage: 'size' });
  });

  it('reports non-JSON in Norwegian', () => {
    expect(acceptRuleSetText('<html>Not found</html>')).toMatchObject({ ok: false, stage: 'json', problems: [{ path: '(dokument)' }] });
  });

  it('lists every schema problem with its path', () => {
    const rs = cloneTestSet() as unknown as Record<string, any>;
    delete rs.publisher;
    rs.rules[0].severity = 'høy';
    rs.rules[1].examples.bad = [];
    rs.rules[2].colour = 'red';
    const result = acceptRuleSetValue(rs);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.stage).toBe('schema');
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p.message]));
    expect(byPath['publisher']).toMatch(/mangler feltet «publisher»/);
    expect(byPath['rules[0].severity']).toMatch(/ugyldig verdi "høy"; tillatt: "info", "suggestion"/);
    expect(byPath['rules[1].examples.bad']).toMatch(/minst ett eksempel som skal gi funn/);
    expect(byPath['rules[2].colour']).toMatch(/ukjent felt «colour»/);
  });

  it('rejects a regex with catastrophic backtracking', () => {
    const rs = cloneTestSet();
    const rule = ruleById(rs, 'frist.vag-tid') as ExistenceRule;
    rule.patterns = ['(a+)+$'];
    const result = acceptRuleSetValue(rs);
    expect(result).toMatchObject({ ok: false, stage: 'compile' });
    if (!result.ok)
      expect(result.problems).toContainEqual({
        path: `rules[${rs.rules.indexOf(rule)}].patterns[0]`,
        code: 'unsafe-regex-backtracking',
        message: expect.stringMatching(/farlig regulært uttrykk/),
      });
  });

  it('still proves a pattern that changed since the accepted set, when the rest is taken as proven', () => {
    const accepted = cloneTestSet();
    const next = cloneTestSet();
    const rule = ruleById(next, 'frist.vag-tid') as ExistenceRule;
    rule.patterns = [...(rule.patterns ?? []), '(x+)+$'];
    const result = acceptRuleSetValue(next, { skipExamples: true, provenSafePatterns: provenSafePatterns(accepted) });
    expect(result).toMatchObject({ ok: false, stage: 'compile' });
    if (!result.ok)
      expect(result.problems.map((p) => [p.path, p.code])).toEqual([
        [`rules[${next.rules.indexOf(rule)}].patterns[${rule.patterns.length - 1}]`, 'unsafe-regex-backtracking'],
      ]);
  });

  it('gives each problem as a code with data, worded in every UI language from the same code', () => {
    const rs = cloneTestSet();
    rs.rules[0]!.id = rs.rules[1]!.id;
    const result = acceptRuleSetValue(rs, { skipExamples: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const duplicate = result.problems.find((p) => p.code === 'duplicate-rule-id')!;
    expect(duplicate.data).toEqual({ id: rs.rules[1]!.id });
    expect(problemText(duplicate, 'nb')).toBe(`regel-id-en «${rs.rules[1]!.id}» finnes fra før`);
    expect(problemText(duplicate, 'nn')).toBe(`regel-id-en «${rs.rules[1]!.id}» finst frå før`);
    expect(problemText(duplicate, 'en')).toBe(`the rule id “${rs.rules[1]!.id}” is used already`);
    // The bokmål wording is what the CLI and the updater's status keep.
    expect(duplicate.message).toBe(problemText(duplicate, 'nb'));
  });

  it('words a schema problem’s value types per language', () => {
    const rs = cloneTestSet() as unknown as { version: unknown };
    rs.version = 3;
    const result = acceptRuleSetValue(rs);
    if (result.ok) throw new Error('accepted a number as the version');
    const wrong = result.problems.find((p) => p.path === 'version')!;
    expect(wrong.code).toBe('wrong-type');
    expect(problemText(wrong, 'nb')).toBe('feil type: ventet tekst, fikk 3');
    expect(problemText(wrong, 'en')).toBe('wrong type: expected text, got 3');
  });

  it('also proves checklist patterns safe (they run on every reply)', () => {
    const rs = cloneTestSet();
    rs.checklist.push({ id: 'evil', subgoal: 'apen.tilgjengelig', label: { nb: 'x' }, auto: { kind: 'matches', patterns: ['(\\w+\\s?)*$'] } });
    const result = acceptRuleSetValue(rs);
    expect(result).toMatchObject({ ok: false, stage: 'compile' });
    if (!result.ok) expect(result.problems[0]!.path).toBe(`checklist[${rs.checklist.length - 1}].auto.patterns[0]`);
  });

  it('rejects a set whose own examples fail, naming rule and example', () => {
    const rs = cloneTestSet();
    const rule = ruleById(rs, 'klarsprak.samt');
    rule.examples.good.push('Du får svar samt en kopi.');
    const result = acceptRuleSetValue(rs);
    expect(result).toMatchObject({ ok: false, stage: 'examples' });
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]!.path).toMatch(/klarsprak\.samt, examples\.good\[\d+\]/);
      expect(result.problems[0]!.message).toMatch(/ventet ingen funn, fikk «samt»/);
    }
  });

  it('enforces count limits', () => {
    const rs = cloneTestSet();
    const rule = ruleById(rs, 'frist.vag-tid') as ExistenceRule;
    rule.patterns = Array.from({ length: LIMITS.maxPatterns + 1 }, (_, i) => `ord${i}`);
    // The schema caps a single rule at 100 patterns, so spread them over copies.
    rs.rules = rs.rules.filter((r) => r !== rule);
    for (let i = 0; i * 100 < rule.patterns.length; i++) rs.rules.push({ ...rule, id: `kopi.${i}`, patterns: rule.patterns.slice(i * 100, i * 100 + 100) });
    expect(acceptRuleSetValue(rs)).toMatchObject({ ok: false, stage: 'limits', problems: [{ message: expect.stringMatching(/regulære uttrykk/) }] });
  });

  it('refuses an older version unless downgrades are allowed', () => {
    const old = ruleSetVersion('1.0.0');
    expect(acceptRuleSetValue(old, { currentVersion: '1.2.0', skipExamples: true })).toMatchObject({ ok: false, stage: 'version' });
    expect(acceptRuleSetValue(old, { currentVersion: '1.2.0', allowDowngrade: true, skipExamples: true }).ok).toBe(true);
    expect(acceptRuleSetValue(old, { currentVersion: '1.0.0', skipExamples: true }).ok).toBe(true);
  });

  it('compares versions numerically', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBe(1);
    expect(compareVersions('2.0.0', '10.0.0')).toBe(-1);
    expect(compareVersions('1.2.3', '1.2.3')).toBe(0);
    expect(versionProblem('1.0.0', '1.0.1', false)?.message).toMatch(/eldre enn den aktive versjonen 1\.0\.1/);
  });

  it('accepts HTML in advice as data (rendering is the UI’s job)', () => {
    const rs = cloneTestSet();
    rs.rules[0]!.advice = { nb: '<img src=x onerror=alert(1)><script>alert(2)</script>' };
    expect(acceptRuleSetValue(rs).ok).toBe(true);
  });
});
