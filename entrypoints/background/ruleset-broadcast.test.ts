import { describe, expect, it, vi } from 'vitest';
import { broadcastRuleSetChange } from './ruleset-broadcast.ts';

describe('broadcastRuleSetChange', () => {
  it('tells every open tab, and a tab without a content script does not stop the others', async () => {
    const notify = vi.fn(async (tabId: number) => {
      if (tabId === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
      return true;
    });
    expect(await broadcastRuleSetChange({ tabIds: async () => [1, 2, 3], notify })).toBe(2);
    expect(notify.mock.calls.map(([id]) => id)).toEqual([1, 2, 3]);
  });
});
