import { describe, expect, it } from 'vitest';
import { buildDetectorInput } from '../engine/detector-input.ts';
import type { RuleLanguage } from '../ids.ts';
import { unansweredQuestion } from './unanswered-question.ts';

function detect(reply: string, inquiry: string | undefined, params: Record<string, unknown> = {}, language: RuleLanguage = 'nob') {
  const context = inquiry === undefined ? {} : { inquiry: { text: inquiry } };
  return unansweredQuestion.detect(buildDetectorInput(reply, { language, context, today: '2026-12-04', params }));
}

describe('unanswered-question detector', () => {
  const inquiry = 'Hei! Hva koster kortet? Hvorfor fikk naboen kort før meg? Når får jeg svar?';

  it("reports each open question of its topics, quoting it, at the reply's first sentence (its greeting)", () => {
    const reply = 'Hei Kari,\n\nTakk for e-posten. Kortet koster 450 kroner i året.';
    const hits = detect(reply, inquiry, { topics: ['why', 'amount'] });
    expect(hits.map((h) => h.vars?.question)).toEqual(['Hvorfor fikk naboen kort før meg?']);
    expect(reply.slice(hits[0]!.start, hits[0]!.end)).toBe('Hei Kari,');
  });

  it('reports every topic without params, and points a when-question at a vague time phrase', () => {
    const reply = 'Takk for e-posten. Vi svarer så snart som mulig.';
    const hits = detect(reply, inquiry);
    expect(hits.map((h) => h.vars?.question)).toEqual(['Hva koster kortet?', 'Hvorfor fikk naboen kort før meg?', 'Når får jeg svar?']);
    expect(reply.slice(hits[2]!.start, hits[2]!.end)).toBe('så snart som mulig');
  });

  it('reports nothing when everything is answered, or there is no inquiry', () => {
    const reply = 'Kortet koster 450 kroner. Naboen fikk kort først fordi han søkte i juni. Du får svar innen 11. desember.';
    expect(detect(reply, inquiry)).toEqual([]);
    expect(detect('Takk for e-posten.', undefined)).toEqual([]);
    expect(detect('Takk for e-posten.', 'Takk for hjelpen.')).toEqual([]);
  });

  it('refuses unknown topics when the rule set is loaded', () => {
    expect(() => unansweredQuestion.parseParams!({ topics: ['weather'] })).toThrow(/topics/);
    expect(() => unansweredQuestion.parseParams!({ topics: [] })).toThrow(/topics/);
    expect(() => unansweredQuestion.parseParams!({ topics: ['when', 'why'] })).not.toThrow();
  });
});
