import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/calendar.ts';
import { deadlineFacts, fillTemplate, unfilledMarker, unknownPlaceholders } from './placeholders.ts';

describe('fillTemplate', () => {
  const facts = {
    citizenName: 'Kari Nordmann',
    caseNumber: '2026/12345',
    receivedDate: '2026-11-19',
    answerDeadline: '2026-11-27',
    today: '2026-11-23',
    staffName: 'Ola Hansen',
  };

  it('fills what is known, in the language of the variant', () => {
    expect(fillTemplate('Hei {citizenName}! Sak {caseNumber}, mottatt {receivedDate}. Svar innen {answerDeadline}.', facts, 'nb').text).toBe(
      'Hei Kari Nordmann! Sak 2026/12345, mottatt 19.11.2026. Svar innen fredag 27. november.',
    );
    expect(fillTemplate('Svar innan {answerDeadline}.', facts, 'nn').text).toBe('Svar innan fredag 27. november.');
    expect(fillTemplate('Received {receivedDate}, answer by {answerDeadline}.', facts, 'en').text).toBe(
      'Received 19 November 2026, answer by Friday 27 November.',
    );
  });

  it('leaves a visible marker for what Svarhjelp does not know, and names it', () => {
    const filled = fillTemplate('Hilsen {staffName}, {staffUnit}', facts, 'nb');
    expect(filled.text).toBe('Hilsen Ola Hansen, [fyll inn: din enhet]');
    expect(filled.unfilled).toEqual(['staffUnit']);
    expect(filled.parts.filter((p) => p.placeholder).map((p) => [p.placeholder, p.filled])).toEqual([
      ['staffName', true],
      ['staffUnit', false],
    ]);
    expect(unfilledMarker('caseNumber', 'en')).toBe('[fill in: case number]');
  });

  it('keeps braces that are no placeholder as they are, and reports them as unknown', () => {
    expect(fillTemplate('Se {vedlegg}.', facts, 'nb').text).toBe('Se {vedlegg}.');
    expect(unknownPlaceholders('Hei {citizenName}, se {vedlegg} og {saksnr}.')).toEqual(['vedlegg', 'saksnr']);
  });
});

describe('deadlineFacts', () => {
  const calendar = createCalendar();
  it('takes the answer date from the inquiry’s deadline and the foreløpig-svar date from the fvl. § 11 a policy', () => {
    const deadline = {
      receivedDate: '2026-11-02',
      policies: [
        {
          policyId: 'forelopig-svar',
          label: 'Foreløpig svar',
          dueDate: '2026-12-02',
          workingDaysLeft: 7,
          status: 'ok' as const,
          purpose: 'interim-reply' as const,
        },
        { policyId: 'svar', label: 'Svar', dueDate: '2026-11-30', workingDaysLeft: 5, status: 'ok' as const },
      ],
    };
    expect(deadlineFacts('2026-11-23', calendar, deadline)).toEqual({
      today: '2026-11-23',
      answerDeadline: '2026-11-30',
      interimReplyDate: '2026-12-02',
      receivedDate: '2026-11-02',
    });
  });

  it('falls back to five working days from today, skipping Christmas Day and Boxing Day, when no deadline is known', () => {
    expect(deadlineFacts('2026-12-21', calendar, undefined).answerDeadline).toBe('2026-12-29');
  });
});
