import { buildDetectorInput } from '../engine/detector-input.ts';
import { describe, expect, it } from 'vitest';
import type { RuleLanguage } from '../ids.ts';
import { asksWhen, unansweredWhen } from './unanswered-when.ts';

const TODAY = '2026-11-25';

function detect(reply: string, inquiry: string | undefined, language: RuleLanguage = 'nob') {
  const context = inquiry === undefined ? {} : { inquiry: { text: inquiry } };
  return unansweredWhen.detect(buildDetectorInput(reply, { language, context, today: TODAY }));
}

function spans(reply: string, inquiry: string | undefined, language: RuleLanguage = 'nob') {
  return detect(reply, inquiry, language).map((hit) => reply.slice(hit.start, hit.end));
}

describe('asksWhen', () => {
  it.each([
    'Hei. Når får jeg svar på søknaden?',
    'Kor tid kan eg vente svar?',
    'Hvor lang tid tar det?',
    'When will my application be processed?',
    'Jeg lurer på når saken blir behandlet.',
    'Please let me know when the permit is ready. Could you tell me when it is done.',
    'Når det gjelder byggesaken: når kommer vedtaket?',
  ])('asks: %s', (inquiry) => {
    expect(asksWhen(inquiry)).toBe(true);
  });

  it.each([
    'Når jeg søkte i fjor, fikk jeg avslag.',
    'Når det gjelder søknaden, har jeg et spørsmål om gebyret?',
    'Hva koster parkering?',
    'I applied when I moved here. What is the fee?',
    '',
  ])('does not ask: %s', (inquiry) => {
    expect(asksWhen(inquiry)).toBe(false);
  });
});

describe('unanswered-when detector', () => {
  const inquiry = 'Hei! Når får jeg svar på byggesøknaden min?';

  it('points at the vague promise another deadline rule found, where the date belongs', () => {
    const reply = 'Takk for henvendelsen. Vi tar kontakt når vi har sett på saken.';
    const input = buildDetectorInput(reply, { language: 'nob', context: { inquiry: { text: inquiry } }, today: TODAY });
    const at = reply.indexOf('når vi har sett på saken');
    input.earlierHits = [
      { ruleId: 'frist.vag-lovnad', category: 'deadline', start: at, end: reply.length - 1, severity: 'warning', detector: 'vague-promise' },
    ];
    expect(unansweredWhen.detect(input).map((h) => reply.slice(h.start, h.end))).toEqual(['når vi har sett på saken']);
  });

  it('reports the first sentence when the reply gives no time', () => {
    expect(spans('Takk for henvendelsen. Saken er under behandling.\n\nVennlig hilsen\nOla', inquiry)).toEqual(['Takk for henvendelsen.']);
  });

  it('points at a vague time phrase instead when there is one', () => {
    const [hit] = detect('Takk for henvendelsen. Vi svarer så snart som mulig.', inquiry);
    expect(hit).toMatchObject({ start: 33, end: 51 });
    // Findings are kept in storage.session: the citizen's own words must not ride along.
    expect(hit!.vars).toBeUndefined();
    expect(spans('Hei. Du hører fra oss snart.', 'When will you reply?')).toEqual(['snart']);
  });

  it.each([
    'Takk for henvendelsen. Du får svar innen fredag.',
    'Takk for henvendelsen. Du får svar 4. desember.',
    'Takk for henvendelsen. Du får svar innen 04.12.2026.',
    'Takk for henvendelsen. Behandlingstiden er om lag 3 uker.',
    'Takk for henvendelsen. Du får svar innen 3 uker.',
    'Takk for henvendelsen. Vi svarer i løpet av neste uke.',
    'Takk for henvendelsen. Du får svar i dag.',
  ])('is satisfied by a date or duration: %s', (reply) => {
    expect(detect(reply, inquiry)).toEqual([]);
  });

  it('does not accept a case number or a clock time as an answer', () => {
    expect(spans('Saken har nummer 2026/12345. Ring oss kl. 12.30 om du lurer.', inquiry)).toEqual(['Saken har nummer 2026/12345.']);
  });

  it('does not accept a date that looks back as an answer', () => {
    expect(spans('Vi viser til e-post av 12.11. Saken er under behandling.', inquiry)).toEqual(['Vi viser til e-post av 12.11.']);
    expect(spans('Vi mottok søknaden 20.11.2026. Saken er under behandling.', inquiry)).toEqual(['Vi mottok søknaden 20.11.2026.']);
    // A year-less date a few months ahead still answers.
    expect(detect('Takk for henvendelsen. Vedtaket kommer 15. mars.', inquiry)).toEqual([]);
  });

  it('works for nynorsk', () => {
    const nynorsk = 'Kor tid får eg svar på søknaden?';
    expect(spans('Takk for førespurnaden. Saka er under handsaming.', nynorsk, 'nno')).toEqual(['Takk for førespurnaden.']);
    expect(detect('Takk for førespurnaden. Du får svar innan fredag.', nynorsk, 'nno')).toEqual([]);
    expect(detect('Takk for førespurnaden. Du får svar om 14 dagar.', nynorsk, 'nno')).toEqual([]);
  });

  it('works for English', () => {
    const english = 'When will I hear back about my application?';
    expect(spans('Thank you for your message. We are working on it.', english, 'eng')).toEqual(['Thank you for your message.']);
    expect(detect('Thank you for your message. You will hear from us within 2 weeks.', english, 'eng')).toEqual([]);
    expect(detect('Thank you for your message. You will hear from us by Friday.', english, 'eng')).toEqual([]);
  });

  it('reports nothing without an inquiry or a when-question', () => {
    expect(detect('Saken er under behandling.', undefined)).toEqual([]);
    expect(detect('Saken er under behandling.', '   ')).toEqual([]);
    expect(detect('Saken er under behandling.', 'Hva koster det?')).toEqual([]);
  });

  it('never reports an empty span', () => {
    expect(detect('', inquiry)).toEqual([]);
    expect(detect('   \n ', inquiry)).toEqual([]);
    for (const hit of detect('Ok', inquiry)) expect(hit.end).toBeGreaterThan(hit.start);
    expect(spans('Ok', inquiry)).toEqual(['Ok']);
  });

  it('does not read "når" inside a question led by another question word as asking when', () => {
    expect(asksWhen('Hvorfor har naboen min beboerkort når han ikke bor her fast?')).toBe(false);
    expect(asksWhen('How do I apply when I have just moved?')).toBe(false);
    expect(asksWhen('Hvorfor har jeg ikke fått svar, og når kommer det?')).toBe(true);
    expect(asksWhen('Hva skjer nå, når får jeg svar?')).toBe(true);
    expect(asksWhen('How long will it take?')).toBe(true);
  });
});
