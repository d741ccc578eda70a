import { describe, expect, it } from 'vitest';
import { weekdayName } from './names.ts';

describe('weekdayName', () => {
  it('names the weekday in bokmål, nynorsk and English', () => {
    expect(weekdayName('2026-12-01', 'nb')).toBe('tirsdag');
    expect(weekdayName('2026-12-01', 'nn')).toBe('tysdag');
    expect(weekdayName('2026-12-05', 'nn')).toBe('laurdag');
    expect(weekdayName('2026-12-06', 'en')).toBe('Sunday');
  });
});
