import { describe, expect, it } from 'vitest';
import { InquiryMoves } from './inquiry-moves.ts';

const page = { key: 'inq-00000000000000aa', label: 'page:webmail.example.no' };
const quote = { key: 'inq-00000000000000bb', label: 'quote:2026-11-16' };

describe('InquiryMoves', () => {
  it('sends a page-keyed field as it is, and names where it came from once it finds its inquiry', () => {
    let t = Date.parse('2026-11-16T09:00:00Z');
    const moves = new InquiryMoves(() => new Date(t));
    expect(moves.track('ce:0', page)).toEqual(page);
    t += 60_000;
    expect(moves.track('ce:0', page)).toEqual(page);
    // Since the first page-keyed check, not the last.
    expect(moves.track('ce:0', quote)).toEqual({ ...quote, movedFrom: { key: page.key, since: '2026-11-16T09:00:00.000Z' } });
    // Every later check says it again (the background's adoption is idempotent; a check may be superseded).
    expect(moves.track('ce:0', quote).movedFrom?.key).toBe(page.key);
  });

  it('knows nothing of a field that was never page-keyed, or of another field', () => {
    const moves = new InquiryMoves();
    moves.track('ce:0', page);
    expect(moves.track('ce:1', quote)).toEqual(quote);
    expect(new InquiryMoves().track('ce:0', quote)).toEqual(quote);
  });
});
