import { describe, expect, it } from 'vitest';
import { alarmNameOf, canRemind, osloTime, reminderId, reminderIdOfAlarm, reminderWhen, upcoming, type Reminder } from './reminders.ts';

describe('reminder times (09:00 Oslo)', () => {
  it('winter (UTC+1) and summer (UTC+2)', () => {
    expect(new Date(reminderWhen('2026-11-27')).toISOString()).toBe('2026-11-27T08:00:00.000Z');
    expect(new Date(reminderWhen('2026-06-15')).toISOString()).toBe('2026-06-15T07:00:00.000Z');
  });

  it('on the days the clocks change', () => {
    // 29 March 2026: 02:00 → 03:00; 25 October 2026: 03:00 → 02:00.
    expect(new Date(reminderWhen('2026-03-29')).toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(new Date(reminderWhen('2026-10-25')).toISOString()).toBe('2026-10-25T08:00:00.000Z');
    expect(new Date(osloTime('2026-03-29', 1, 30)).toISOString()).toBe('2026-03-29T00:30:00.000Z');
  });

  it('can remind only before 09:00 on the day', () => {
    expect(canRemind('2026-11-27', Date.parse('2026-11-27T07:59:00Z'))).toBe(true);
    expect(canRemind('2026-11-27', Date.parse('2026-11-27T08:00:00Z'))).toBe(false);
  });
});

describe('ids and alarm names', () => {
  it('round-trip', () => {
    const id = reminderId('inq-0123456789abcdef', '2026-11-27');
    expect(id).toBe('inq-0123456789abcdef@2026-11-27');
    expect(reminderIdOfAlarm(alarmNameOf(id))).toBe(id);
    expect(reminderIdOfAlarm('svarhjelp-ruleset-refresh')).toBeUndefined();
  });

  it('upcoming: future only, soonest first', () => {
    const r = (id: string, when: number): Reminder => ({ id, inquiryKey: 'k', label: 'case:1/1', url: '', date: '2026-11-27', when, createdAt: '' });
    expect(upcoming([r('b', 300), r('a', 100), r('c', 50)], 60).map((x) => x.id)).toEqual(['a', 'b']);
  });
});
