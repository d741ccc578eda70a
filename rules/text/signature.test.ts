import { describe, expect, it } from 'vitest';
import { signatureStart } from './signature.ts';

const signatureOf = (text: string) => text.slice(signatureStart(text)).trim();

describe('signatureStart', () => {
  it('starts the signature after the last closing line, in bokmål, nynorsk and English', () => {
    expect(signatureOf('Hei Kari,\nTakk for hilsen.\n\nMed vennlig hilsen\nOla Hansen')).toBe('Ola Hansen');
    expect(signatureOf('Hei,\nSjå vedlegget.\n\nBeste helsing\nSindre Hauge Midtbø\nTlf. 936 41 208')).toBe('Sindre Hauge Midtbø\nTlf. 936 41 208');
    expect(signatureOf('Hei Astrid,\nVi ser deg på tysdag.\n\nKlem frå Sindre\nFrivilligsentralen')).toBe('Sindre\nFrivilligsentralen');
    expect(signatureOf('Dear Ms Chen,\nSee you then.\n\nWarm regards,\nFiona')).toBe(',\nFiona');
  });

  it('finds no signature without a closing line, and none in a closing word mid-sentence', () => {
    expect(signatureStart('Hei Kari,\nVi sender deg en hilsen fra alle oss.')).toBe(Number.POSITIVE_INFINITY);
  });
});
