import { describe, expect, it } from 'vitest';
import { formatDate, languageName, lixBand, lixBandLabel } from './format.ts';
import { translator } from './i18n.ts';

describe('format', () => {
  it('maps LIX to the Norwegian bands', () => {
    const t = translator('nb');
    expect([0, 29.9, 30, 39.9, 40, 49.9, 50, 60, 60.1, 80].map(lixBand)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(lixBandLabel(25, t)).toBe('svært lettlest');
    expect(lixBandLabel(45, t)).toBe('middels vanskelig');
    expect(lixBandLabel(65, t)).toBe('svært vanskelig');
  });

  it('names reply languages', () => {
    const t = translator('nb');
    expect(languageName('nob', 'nb', t)).toBe('Bokmål');
    expect(languageName('nno', 'nb', t)).toBe('Nynorsk');
    expect(languageName('eng', 'nb', t)).toBe('Engelsk');
    expect(languageName('eng', 'en', translator('en'))).toBe('English');
    expect(languageName('und', 'nb', t)).toBe('Ukjent');
    expect(languageName('swe', 'nb', t)).toMatch(/^Svensk$/i);
    expect(languageName('zzz', 'nb', t)).toBe('zzz');
  });

  it('formats dates without time-zone drift', () => {
    expect(formatDate('2025-11-28', 'nb')).toMatch(/28\. november 2025/);
    expect(formatDate('not a date', 'nb')).toBe('not a date');
  });
});
