import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/calendar.ts';
import type { ChecklistItem, DeadlinePolicy } from '../ruleset/types.ts';
import { check } from '../engine/check.ts';
import { compileRuleSet } from '../engine/compile.ts';
import { BUNDLED_RULE_SET } from '../standard/index.ts';
import base from '../standard/set.json' with { type: 'json' };
import { deadlineStatus } from '../time/deadline-status.ts';
import type { CheckResult, Finding } from '../types.ts';
import {
  applyCorrection,
  autoTicks,
  checklistByValue,
  clampRetentionDays,
  DEFAULT_RETENTION_DAYS,
  expiredRecords,
  isInquiryRecord,
  recordAfterCheck,
  type InquiryRecord,
} from './record.ts';

const ITEMS = base.checklist as ChecklistItem[];
const RULES = BUNDLED_RULE_SET.rules;
const POLICIES = base.deadlinePolicies as DeadlinePolicy[];
const calendar = createCalendar(base.calendar);

function result(partial: Partial<CheckResult> = {}): CheckResult {
  return {
    language: 'nob',
    languageSource: 'detected',
    metrics: { characters: 100, words: 20, sentences: 2, longWords: 2, lix: 20, longestSentenceWords: 10 },
    findings: [],
    dates: [],
    ...partial,
  };
}
const finding = (ruleId: string, category: Finding['category'] = 'tone'): Finding => ({
  id: `${ruleId}:x:0`,
  ruleId,
  category,
  subgoal: 'kompetent.kundeservice',
  severity: 'warning',
  start: 0,
  end: 1,
  message: '',
  suggestions: [],
});

describe('autoTicks', () => {
  it('ticks what the engine can tell, including text patterns, and leaves manual items out', () => {
    const ticks = autoTicks(
      ITEMS,
      result({ dates: [{ start: 0, end: 5, text: '', date: '2026-11-27', promise: true }] }),
      'Se https://bergen.kommune.no. Takk for innspillet!',
      'feedback',
      RULES,
    );
    expect(ticks).toEqual({
      greeting: true,
      'plain-language': true,
      'no-personal-data': true,
      'date-given': true,
      'no-vague-promise': true,
      'self-service-link': true,
      'thanks-for-feedback': true,
    });
  });

  it('open items: a missing greeting, personal data, high LIX, a vague promise, no link', () => {
    const r = result({
      metrics: { characters: 100, words: 20, sentences: 1, longWords: 9, lix: 65, longestSentenceWords: 20 },
      findings: [finding('tone.greeting'), finding('personvern.fodselsnummer', 'personal-data'), finding('frist.vag-tid', 'deadline')],
    });
    expect(autoTicks(ITEMS, r, 'Vi svarer snarest.', 'question', RULES)).toEqual({
      greeting: false,
      'plain-language': false,
      'no-personal-data': false,
      'date-given': false,
      'no-vague-promise': false,
      'self-service-link': false,
    });
  });

  it('an empty reply ticks nothing', () => {
    const empty = result({ metrics: { characters: 0, words: 0, sentences: 0, longWords: 0, lix: 0, longestSentenceWords: 0 } });
    expect(Object.values(autoTicks(ITEMS, empty, '', 'question', RULES)).some(Boolean)).toBe(false);
  });

  // The greeting rule asks for a greeting only from 12 words on; on a shorter reply it never
  // looked, so its silence is no greeting.
  describe('an item whose rule did not run stays unticked (real engine, bundled standard)', () => {
    const compiled = compileRuleSet(BUNDLED_RULE_SET);
    const ticksOf = (text: string) => autoTicks(ITEMS, check(text, { now: '2026-11-23T10:00:00Z' }, compiled), text, 'question', RULES);

    it('a short reply without a greeting does not tick "the reply has a greeting"', () => {
      expect(ticksOf('Vi sender papirene i posten i morgen.').greeting).toBe(false);
    });

    it('a long reply with a greeting ticks it, and one without leaves it open', () => {
      const body = 'Vi har fått søknaden din om plass i barnehagen og sender deg svar med posten innen to uker.';
      expect(ticksOf(`Hei Kari!\n\n${body}`).greeting).toBe(true);
      expect(ticksOf(body).greeting).toBe(false);
    });

    it('a rule limited to other inquiry kinds, switched off or failing does not tick its item', () => {
      const r = result();
      const item: ChecklistItem = { id: 'x', subgoal: 'kompetent.kundeservice', label: { nb: 'x' }, auto: { kind: 'no-findings', rules: ['r'] } };
      const gate = { id: 'r', languages: ['nob' as const] };
      expect(autoTicks([item], r, '', 'question', [gate])).toEqual({ x: true });
      expect(autoTicks([item], r, '', 'question', [{ ...gate, whenInquiry: ['complaint' as const] }])).toEqual({ x: false });
      expect(autoTicks([item], r, '', 'question', [{ ...gate, enabled: false }])).toEqual({ x: false });
      expect(autoTicks([item], result({ failedRules: ['r'] }), '', 'question', [gate])).toEqual({ x: false });
      expect(autoTicks([item], result({ language: 'nno' }), '', 'question', [gate])).toEqual({ x: false });
      expect(autoTicks([item], r, '', 'question', [])).toEqual({ x: false });
    });

    it('a reply in a language without rules ticks only items whose rules are personal-data detectors', () => {
      // The engine runs nothing but the personal-data detectors on, say, a Polish reply.
      const item: ChecklistItem = { id: 'x', subgoal: 'kompetent.kundeservice', label: { nb: 'x' }, auto: { kind: 'no-findings', rules: ['r'] } };
      const polish = result({ language: 'pol' });
      expect(
        autoTicks([item], polish, '', 'question', [{ id: 'r', languages: ['nob' as const], category: 'tone' as const, kind: 'substitution' as const }]),
      ).toEqual({ x: false });
      expect(
        autoTicks([item], polish, '', 'question', [{ id: 'r', languages: ['nob' as const], category: 'personal-data' as const, kind: 'detector' as const }]),
      ).toEqual({ x: true });
    });
  });
});

describe('records', () => {
  const now = '2026-11-23T10:00:00.000Z';
  const input = {
    key: 'inq-1',
    label: 'case:2026/12345',
    url: 'https://x.no/sak',
    now,
    detected: { receivedAt: '2026-11-16T09:12:00', kind: 'question' as const },
    auto: { greeting: true },
    tabId: 7,
  };

  it('keeps manual ticks and corrections across checks, replaces automatic ones, stores no text', () => {
    const first = recordAfterCheck(undefined, {
      ...input,
      result: result({
        dates: [
          { start: 0, end: 6, text: 'fredag', date: '2026-11-27', promise: true },
          { start: 9, end: 12, text: 'x', date: '2026-11-30', promise: false },
        ],
      }),
    });
    expect(first.promises).toEqual(['2026-11-27']);
    expect(JSON.stringify(first)).not.toContain('fredag');
    const edited: InquiryRecord = { ...first, manual: { 'next-steps': true }, correction: { receivedDate: '2026-11-13' } };
    const second = recordAfterCheck(edited, { ...input, now: '2026-11-24T10:00:00.000Z', auto: { greeting: false }, result: result() });
    expect(second).toMatchObject({
      createdAt: now,
      updatedAt: '2026-11-24T10:00:00.000Z',
      manual: { 'next-steps': true },
      correction: { receivedDate: '2026-11-13' },
      auto: { greeting: false },
      promises: [],
      lastTabId: 7,
    });
    expect(isInquiryRecord(second)).toBe(true);
    expect(isInquiryRecord({ key: 'x' })).toBe(false);
  });

  it('applies corrections to the context of later checks', () => {
    const ctx = { inquiry: { receivedAt: '2026-11-16T09:12:00', kind: 'question' as const, senderName: 'Kari' } };
    expect(applyCorrection(ctx, { receivedDate: '2026-11-13', kind: 'innsyn' })).toEqual({
      inquiry: { receivedAt: '2026-11-13', kind: 'innsyn', senderName: 'Kari' },
    });
    expect(applyCorrection({}, { kind: 'complaint' })).toEqual({ inquiry: { kind: 'complaint' } });
    expect(applyCorrection(ctx, {})).toBe(ctx);
  });

  it('groups the checklist by value with a score, hiding items for other kinds', () => {
    const record = {
      detected: { kind: 'question' as const },
      correction: {},
      auto: { greeting: true, 'plain-language': false, 'self-service-link': true },
      manual: { 'correct-answer': true },
    };
    const groups = checklistByValue(ITEMS, record);
    expect(groups.map((g) => [g.value, g.done, g.total])).toEqual([
      ['kompetent', 2, 3],
      ['apen', 1, 3],
      ['palitelig', 0, 3],
    ]);
    expect(groups.flatMap((g) => g.rows.map((r) => r.item.id))).not.toContain('thanks-for-feedback');
    const feedback = checklistByValue(ITEMS, { ...record, correction: { kind: 'feedback' } });
    expect(feedback.flatMap((g) => g.rows.map((r) => r.item.id))).toContain('thanks-for-feedback');
    const manual = groups
      .flatMap((g) => g.rows)
      .filter((r) => r.mode === 'manual')
      .map((r) => r.item.id);
    expect(manual).toEqual(['correct-answer', 'next-steps', 'equal-treatment']);
  });
});

describe('retention', () => {
  it('prunes records untouched for longer than the retention period', () => {
    const now = new Date('2026-12-31T12:00:00Z');
    const records = [
      { key: 'old', updatedAt: '2026-11-30T11:00:00Z' },
      { key: 'edge', updatedAt: '2026-12-01T12:00:00Z' },
      { key: 'new', updatedAt: '2026-12-30T12:00:00Z' },
      { key: 'broken', updatedAt: 'not a date' },
    ];
    expect(expiredRecords(records, now, 30)).toEqual(['old', 'broken']);
    expect(expiredRecords(records, now, 1)).toEqual(['old', 'edge', 'broken']);
  });

  it('clamps the retention setting', () => {
    expect(clampRetentionDays(undefined)).toBe(DEFAULT_RETENTION_DAYS);
    expect(clampRetentionDays('14')).toBe(14);
    expect(clampRetentionDays(0)).toBe(1);
    expect(clampRetentionDays(10_000)).toBe(365);
  });
});

describe('deadline card arithmetic with the bundled policies', () => {
  const card = (receivedDate: string, today: string, kind: 'innsyn' | 'enkeltvedtak' | 'question') =>
    deadlineStatus({ receivedDate, kind, policies: POLICIES, today, calendar, uiLanguage: 'nb' }).policies.map((p) => [
      p.policyId,
      p.dueDate,
      p.status,
      p.workingDaysLeft,
    ]);

  it('innsyn over Easter 2026: practice (3) and § 32 (5 arbeidsdager)', () => {
    expect(card('2026-03-27', '2026-03-27', 'innsyn')).toEqual([
      ['innsyn-praksis', '2026-04-01', 'ok', 3],
      ['innsyn-avslag', '2026-04-08', 'ok', 5],
    ]);
    expect(card('2026-03-27', '2026-04-08', 'innsyn').map((p) => p[2])).toEqual(['overdue', 'due-today']);
  });

  it('a question over Christmas, with julaften and nyttårsaften closed', () => {
    expect(card('2026-12-22', '2026-12-22', 'question')).toEqual([['svar-henvendelse', '2027-01-04', 'ok', 5]]);
  });

  it('2. pinsedag on 17 May 2027 counts once', () => {
    expect(card('2027-05-12', '2027-05-12', 'question')).toEqual([['svar-henvendelse', '2027-05-20', 'ok', 5]]);
  });

  it('foreløpig svar (fvl § 11 a): one month, moved past closed days', () => {
    expect(card('2026-11-16', '2026-11-23', 'enkeltvedtak')).toEqual([['forelopig-svar', '2026-12-16', 'ok', 17]]);
    expect(card('2026-11-24', '2026-12-28', 'enkeltvedtak')).toEqual([['forelopig-svar', '2026-12-28', 'due-today', 0]]);
    expect(card('2026-11-24', '2026-12-29', 'enkeltvedtak')).toEqual([['forelopig-svar', '2026-12-28', 'overdue', -1]]);
  });
});
