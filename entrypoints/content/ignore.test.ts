import { describe, expect, it } from 'vitest';
import { IgnoreList, MAX_SCOPES } from './ignore.ts';

describe('IgnoreList', () => {
  it('hides dismissed findings in their inquiry only', () => {
    const list = new IgnoreList();
    list.ignore('inquiry-a', 'klarsprak.vedrorende:0');
    const findings = [{ id: 'klarsprak.vedrorende:0' }, { id: 'tone.caps:0' }];
    expect(list.filter('inquiry-a', findings)).toEqual([{ id: 'tone.caps:0' }]);
    expect(list.filter('inquiry-b', findings)).toEqual(findings);
    expect(list.has('inquiry-a', 'klarsprak.vedrorende:0')).toBe(true);
  });

  it('is bounded: the oldest inquiry is forgotten first', () => {
    const list = new IgnoreList();
    for (let i = 0; i <= MAX_SCOPES; i++) list.ignore(`q${i}`, 'x');
    expect(list.has('q0', 'x')).toBe(false);
    expect(list.has(`q${MAX_SCOPES}`, 'x')).toBe(true);
  });

  it('clears one scope or all', () => {
    const list = new IgnoreList();
    list.ignore('a', '1');
    list.ignore('b', '1');
    list.clear('a');
    expect(list.has('a', '1')).toBe(false);
    expect(list.has('b', '1')).toBe(true);
    list.clear();
    expect(list.has('b', '1')).toBe(false);
  });
});
