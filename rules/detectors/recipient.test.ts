import { describe, expect, it } from 'vitest';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { compileRuleSet } from '../engine/compile.ts';
import { check } from '../engine/check.ts';
import { runRuleExamples } from '../engine/examples.ts';
import { BUNDLED_RULE_SET } from '../standard/index.ts';
import type { CheckContext } from '../types.ts';
import { recipient, senderNameParts } from './recipient.ts';

const greet = (text: string, senderName?: string) =>
  recipient.detect(buildDetectorInput(text, { context: senderName ? { inquiry: { senderName } } : {}, params: { check: 'greeting' } }));

describe('recipient: greeting', () => {
  it.each([
    ['Hei Per,\nTakk.', 'Per'],
    ['Hei, Per!\nTakk.', 'Per'],
    ['Kjære herr Olsen,\nTakk.', 'Olsen'],
    ['Dear John,\nThanks.', 'John'],
    ['God morgen Per!', 'Per'],
  ])('%s greets %s, not Kari Nordmann', (text, name) => {
    const hits = greet(text, 'Kari Nordmann');
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual([name]);
  });

  it.each(['Hei Kari,', 'Hei Nordmann,', 'Kjære fru Nordmann,', 'Hei Kari Nordmann!', 'Hei alle,', 'Hei igjen!', 'Hei,', 'Takk for e-posten, Per.', 'Hei K.,'])(
    '%s is fine',
    (text) => {
      expect(greet(`${text}\nMer tekst.`, 'Kari Nordmann')).toEqual([]);
    },
  );

  it('stays silent without a sender name, or with an organisation or address for a name', () => {
    expect(greet('Hei Per,')).toEqual([]);
    expect(greet('Hei Per,', 'kari@example.no')).toEqual([]);
    expect(greet('Hei Per,', 'Postmottak PBE')).toEqual([]);
    expect(greet('Hei Per,', 'Fjellveien Borettslag')).toEqual([]);
    expect(senderNameParts('Nordmann, Kari')).toEqual(['kari', 'nordmann']);
  });
});

const REPLY = 'Hei Kari!\n\nVi har registrert søknaden på fødselsnummer 13097248022.';

describe('recipient: personal data to another address', () => {
  const compiled = compileRuleSet(BUNDLED_RULE_SET);
  const run = (context: CheckContext) =>
    check(REPLY, { language: 'nob', now: '2026-11-23T10:00:00+01:00', ...context }, compiled).findings.filter((f) =>
      f.ruleId.startsWith('personvern.mottaker'),
    );

  it('warns when the To field names someone else, on the personal data', () => {
    const findings = run({ inquiry: { senderName: 'Kari Nordmann', senderEmail: 'kari@example.no' }, recipients: ['per@example.no'] });
    expect(findings.map((f) => [f.ruleId, f.severity, f.start])).toEqual([['personvern.mottaker-adresse', 'critical', REPLY.indexOf('13097248022')]]);
    expect(findings[0]!.message).not.toMatch(/per@|kari/i);
  });

  it('is silent when the reply goes to the sender, or the page shows no To field', () => {
    expect(run({ inquiry: { senderEmail: 'kari@example.no' }, recipients: ['KARI@example.no'] })).toEqual([]);
    expect(run({ inquiry: { senderEmail: 'kari@example.no' } })).toEqual([]);
    expect(run({ recipients: ['per@example.no'] })).toEqual([]);
  });

  it('validates params and passes its own examples', () => {
    expect(() => recipient.parseParams!({ check: 'x' })).toThrow();
    expect(() => recipient.parseParams!({ check: 'greeting', allowDomains: ['bad domain!'] })).toThrow();
    for (const id of ['personvern.mottaker-navn', 'personvern.mottaker-adresse']) {
      const rule = compiled.ruleSet.rules.find((r) => r.id === id)!;
      expect(rule.examples.bad.length).toBeGreaterThanOrEqual(2);
      expect(runRuleExamples(compiled, rule)).toEqual([]);
    }
  });
});
