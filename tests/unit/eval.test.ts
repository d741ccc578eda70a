// The evaluation corpus as a unit test: language detection must be right on every reply, no reply
// may make the engine throw or a rule fail, and every expected span must exist in its reply. The
// precision/recall figures themselves are a report (npm run eval), not a gate here.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitQuote } from '../../rules/text/quote.ts';
import { evaluate, evaluateCase, loadCorpus, precision, recall, resolveExpectation, score } from '../eval/run.ts';
import { compileRuleSet } from '../../rules/engine/compile.ts';
import { BUNDLED_RULE_SET } from '../../rules/standard/index.ts';

const cases = loadCorpus();
const results = evaluate(cases);

describe('evaluation corpus', () => {
  it('has at least 60 replies in bokmål, nynorsk and English, 15 of them with an inquiry', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.language))).toEqual(new Set(['nob', 'nno', 'eng']));
    expect(cases.filter((c) => c.inquiry).length).toBeGreaterThanOrEqual(15);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it('marks only spans that are in the reply', () => {
    for (const c of cases) for (const e of c.expected) expect(() => resolveExpectation(c.text, e), c.id).not.toThrow();
  });

  it('detects the language of every reply', () => {
    const wrong = results.filter((r) => r.language !== r.case.language).map((r) => `${r.case.id}: ${r.language}`);
    expect(wrong).toEqual([]);
  });

  it('checks every reply without an exception or a failing rule', () => {
    expect(results.filter((r) => r.error).map((r) => `${r.case.id}: ${r.error}`)).toEqual([]);
  });

  it('keeps clarity precision and recall at 0.9 or above', () => {
    const clarity = score(results).get('clarity')!;
    expect(precision(clarity)).toBeGreaterThanOrEqual(0.9);
    expect(recall(clarity)).toBeGreaterThanOrEqual(0.9);
  });

  it('reports as a quiet note what the corpus marks as one («man», a short plain passive, «Vi viser til»)', () => {
    const notes = results.flatMap((r) => r.notes.map((n) => ({ id: r.case.id, text: n.expectation.text, found: n.found })));
    expect(notes.length).toBeGreaterThanOrEqual(10);
    expect(notes.filter((n) => !n.found).map((n) => `${n.id}: «${n.text}»`)).toEqual([]);
  });
});

// The held-out corpus (npm run eval -- --corpus heldout) is a report: its figures are not gated,
// but its annotations must be usable and its quoted inquiries must be context, not reply.
describe('held-out evaluation corpus', () => {
  const heldout = loadCorpus(join(dirname(fileURLToPath(import.meta.url)), '../eval/heldout'));

  it('has 36 replies, about half of them ending in a quoted inquiry', () => {
    expect(heldout.length).toBe(36);
    expect(heldout.filter((c) => splitQuote(c.text).quote).length).toBeGreaterThanOrEqual(15);
    expect(new Set(heldout.map((c) => c.id)).size).toBe(heldout.length);
  });

  it('marks only spans in the reply, never in the quoted inquiry', () => {
    for (const c of heldout) {
      const replyEnd = splitQuote(c.text).reply.length;
      for (const e of c.expected) if (!e.whole) expect(resolveExpectation(c.text, e).end, `${c.id}: ${e.text}`).toBeLessThanOrEqual(replyEnd);
    }
  });

  it('checks only the reply: a national id number in the quoted inquiry is no finding, and the quote gives the inquiry', () => {
    const compiled = compileRuleSet(BUNDLED_RULE_SET);
    const text =
      'Hei, Kari!\n\nTakk for spørsmålet. Bostøtten kommer den 20. desember.\n\nVennlig hilsen\nOla\n\nDen 21.11.2026 19:02, skrev Kari Nordmann:\n> Når kommer bostøtten? Fødselsnummeret mitt er 31129956715.';
    const r = evaluateCase({ id: 'quoted', language: 'nob', text, expected: [] }, compiled);
    expect(r.error).toBeUndefined();
    expect(r.findings.filter((f) => f.category === 'personal-data')).toEqual([]);
    expect(r.findings.every((f) => f.end <= text.indexOf('Den 21.11'))).toBe(true);
    const unsplit = evaluateCase(
      { id: 'quoted', language: 'nob', text: text.replace('Den 21.11.2026 19:02, skrev Kari Nordmann:\n> ', ''), expected: [] },
      compiled,
    );
    expect(unsplit.findings.some((f) => f.category === 'personal-data')).toBe(true);
  });
});

// The blind corpus (npm run eval -- --corpus blind) is a report too; its annotations must be usable.
describe('blind evaluation corpus', () => {
  const blind = loadCorpus(join(dirname(fileURLToPath(import.meta.url)), '../eval/blind'));

  it('has 67 replies in three languages, a third of them good, half ending in a quoted inquiry', () => {
    expect(blind.length).toBe(67);
    expect(new Set(blind.map((c) => c.language))).toEqual(new Set(['nob', 'nno', 'eng']));
    expect(blind.filter((c) => c.expected.length === 0).length).toBeGreaterThanOrEqual(22);
    expect(blind.filter((c) => splitQuote(c.text).quote).length).toBeGreaterThanOrEqual(30);
    expect(new Set(blind.map((c) => c.id)).size).toBe(blind.length);
  });

  it('marks only spans in the reply, never in the quoted inquiry', () => {
    for (const c of blind) {
      const replyEnd = splitQuote(c.text).reply.length;
      for (const e of c.expected) if (!e.whole) expect(resolveExpectation(c.text, e).end, `${c.id}: ${e.text}`).toBeLessThanOrEqual(replyEnd);
    }
  });
});
