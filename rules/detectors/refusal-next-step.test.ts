import { describe, expect, it } from 'vitest';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { refusalNextStep } from './refusal-next-step.ts';

function spans(text: string) {
  return refusalNextStep.detect(buildDetectorInput(text)).map((h) => text.slice(h.start, h.end));
}

describe('refusal-next-step detector', () => {
  it.each([
    ['"avslått"', 'Søknaden din er avslått. Ha en fin dag.', 'avslått'],
    ['"kan dessverre ikke"', 'Vi kan dessverre ikke innvilge søknaden.', 'kan dessverre ikke'],
    ['inverted word order', 'Dessverre kan vi ikke hjelpe deg med dette.', 'kan vi ikke'],
    ['"ikke mulig"', 'Det er ikke mulig å få parkeringstillatelse her.', 'ikke mulig'],
    ['nynorsk', 'Vi kan dessverre ikkje innvilge søknaden.', 'kan dessverre ikkje'],
    ['English', 'We are unable to approve your application.', 'are unable to'],
    ['a policy as a flat "no"', 'We do not grant payment deferrals.', 'We do not grant'],
    ['the municipality as subject', 'No, the municipality does not help with that.', 'the municipality does not help'],
    ['English passive', 'Your application has been rejected.', 'has been rejected'],
    ['a complaint that is itself refused ("klagen" is no next step)', 'Klagen din er avslått.', 'avslått'],
    ['"du kan ikke" (no next step in itself)', 'Du kan ikke parkere der.', 'kan ikke'],
    ['no budget (nynorsk)', 'Vi har ikkje budsjett til slikt.', 'ikkje budsjett til'],
    ['"ikke noe vi gjør noe med"', 'Trær på kommunal grunn er ikke noe vi gjør noe med.', 'ikke noe vi gjør noe med'],
    ['«ikkje noko vi gjer noko med»', 'Brøyting av private vegar er ikkje noko vi gjer noko med.', 'ikkje noko vi gjer noko med'],
    ['"not something we deal with"', 'Private parking is not something we deal with.', 'not something we deal with'],
    ['a case closed on the citizen', 'Saken avsluttes.', 'Saken avsluttes'],
    ['a case regarded as closed', 'Saken anses med dette som avsluttet fra kommunens side.', 'Saken anses med dette som avsluttet'],
  ])('flags %s', (_name, text, expected) => {
    expect(spans(text)).toEqual([expected]);
  });

  it("takes no refusal the reader complains about for this reply's refusal", () => {
    expect(spans('Vi har mottatt klagen din på avslaget om bolig.')).toEqual([]);
    expect(spans('Det vises til Deres klage av 27.11. vedrørende avslag på søknad om bolig.')).toEqual([]);
    expect(spans('We have received your appeal against the decision that was refused in May.')).toEqual([]);
    expect(spans('Søknaden din er avslått.')).toEqual(['avslått']);
  });

  it('takes what the office will do, an offer after «men»/"but" and an inverted «kan du» for a next step', () => {
    expect(spans('Vi kan dessverre ikke gi ferdigattest ennå, men så snart dokumentasjonen kommer, behandler vi saken innen tre dager.')).toEqual([]);
    expect(spans('Unfortunately we cannot offer a berth this year, but you are second on the list and will be offered the first free place.')).toEqual([]);
    expect(spans("We can't offer you a regular slot this season, but there are a few one-off times in October that I'd be happy to book for you.")).toEqual([]);
    expect(spans('Vi kan dessverre ikke hjelpe med dusj hver dag. Ønsker du flere besøk, kan du søke om endring.')).toEqual([]);
    expect(spans('Unfortunately we cannot approve the licence yet because the police statement is missing. We will process it as soon as it arrives.')).toEqual(
      [],
    );
    expect(spans("I can't guarantee a place, but I've sent your application to the three schools closest to you.")).toEqual([]);
    // A refusal told as the office's own mistake, and «avslag i husleien», give no refusal now.
    expect(spans('Det er ikke din feil at søknaden ble avvist; vedlegget forsvant hos oss, og den er nå behandlet på nytt.')).toEqual([]);
    expect(spans("It's not your fault the application was rejected in the first round.")).toEqual([]);
    expect(spans('Vi beklager at varmen var borte, og du får avslag i husleien for de dagene.')).toEqual([]);
    // A contrast that refuses again, or an office that will not act, is no way forward.
    expect(spans('Vi kan dessverre ikke gi plass, men det er ikke noe vi kan gjøre med opptaksreglene.')).toEqual(['kan dessverre ikke']);
    expect(spans('We cannot refund the fee. We will not reconsider the case.')).toEqual(['cannot']);
  });

  it('takes a "cannot" that names what it waits for («før», "without", «med mindre») for a next step', () => {
    expect(spans('Søknaden din kan ikke behandles før vi har fått kopi av husleiekontrakten.')).toEqual([]);
    expect(spans('The application cannot be processed without a copy of your passport.')).toEqual([]);
    expect(spans('Vi kan ikkje gjere noko med dette med mindre du dokumenterer brot på husordensreglane.')).toEqual([]);
    // A decision is no "cannot": what it waits for does not soften it.
    expect(spans('Søknaden er avslått før fristen gikk ut.')).toEqual(['avslått']);
    expect(spans('Vi kan dessverre ikke hjelpe deg. Send inn før fristen.')).toEqual(['kan dessverre ikke']);
  });

  it('takes no "cannot" about a third person, in a condition or keeping another person\'s privacy for a refusal', () => {
    expect(spans('After the operation he cannot climb the stairs alone.')).toEqual([]);
    expect(spans('If you cannot come on 8 December, reply to this e-mail.')).toEqual([]);
    expect(spans('Jeg kan ikke gå inn i detaljer om andre elever.')).toEqual([]);
    expect(spans("I can't say too much about the other boy.")).toEqual([]);
    expect(spans('It cannot be done.')).toEqual(['cannot']);
    expect(spans('We cannot help you with this.')).toEqual(['cannot']);
    // A verb first and a comma make a condition on the reader, whatever words refuse inside it.
    expect(spans('Har du ikkje høve til å betale alt på ein gong, kan vi dele beløpet i to.')).toEqual([]);
    expect(spans('Er du usamd i avslaget, kan du klage til Statsforvaltaren.')).toEqual([]);
    expect(spans('Vi har ikkje høve til å dele beløpet.')).toEqual(['ikkje høve']);
  });

  it('takes not knowing («kan ikke si om», "cannot say whether") for no refusal, and a phone number after a refusal for a next step', () => {
    expect(spans('We cannot say whether that is the cause in any single case.')).toEqual([]);
    expect(spans('Vi kan dessverre ikke si om skaden skyldes vannet.')).toEqual([]);
    expect(spans('Vi kan ikke refundere gebyret.')).toEqual(['kan ikke']);
    expect(spans('Vi kan ikke refundere gebyret. Legevakten svarer på 116 117.')).toEqual([]);
    expect(spans('Vi kan ikke refundere gebyret. Ring oss på 55 56 55 56.')).toEqual([]);
    // A case number or an amount is no one to call.
    expect(spans('Vi kan ikke refundere de 3 600 kronene i sak 2026/48812.')).toEqual(['kan ikke']);
  });

  it('takes no decision in a trailing condition («… dersom vedtaket opprettholdes») for a refusal', () => {
    expect(spans('Klagen blir sendt til klagenemnda dersom taksten opprettholdes.')).toEqual([]);
    expect(spans('The office will forward the case to the County Governor if the decision is upheld.')).toEqual([]);
    expect(spans('Dersom du ikke svarer, avslår vi søknaden.')).toEqual(['avslår']);
  });

  it('points at the first refusal that no next step follows', () => {
    expect(spans('Du kan klage på avslaget. Vi kan heller ikke refundere gebyret.')).toEqual(['kan heller ikke']);
  });

  it.each([
    ['the right to complain after it', 'Søknaden er avslått. Du kan klage på vedtaket innen tre uker.'],
    ['a next step in the same sentence, before the refusal', 'Du kan klage på avslaget innen tre uker.'],
    ['an alternative', 'Vi kan dessverre ikke innvilge søknaden, men du kan i stedet søke om midlertidig tillatelse.'],
    ['a passive complaint right', 'Søknaden er avslått. Vedtaket kan påklages innen tre uker.'],
    ['a nynorsk passive complaint right', 'Søknaden er avslått. Vedtaket kan klagast på innan tre veker.'],
    ['someone to contact', 'Søknaden er avslått. Ta kontakt med oss om du har spørsmål.'],
    ['a link', 'Søknaden er avslått. Les mer på https://www.bergen.kommune.no/parkering.'],
    ['a nynorsk alternative', 'Vi kan dessverre ikkje innvilge søknaden. Du kan søkje på nytt neste år.'],
    ['an English next step', 'We cannot approve your application. You can apply again next year.'],
    ['no refusal', 'Søknaden din er innvilget. Du får vedtaket i posten.'],
    ['"ikke kan" (a condition, not a refusal)', 'Gi beskjed hvis du ikke kan møte.'],
  ])('accepts %s', (_name, text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('refusal-next-step with needs "time": a decision without a date or deadline', () => {
  const spansFor = (text: string, language: 'nob' | 'nno' | 'eng' = 'nob') =>
    refusalNextStep.detect(buildDetectorInput(text, { language, params: { needs: 'time' } })).map((h) => text.slice(h.start, h.end));

  it('reports a refused, upheld or turned-down decision when the reply gives no date or duration', () => {
    expect(spansFor('Søknaden er følgelig avslått.')).toEqual(['avslått']);
    expect(spansFor('Klagen er behandlet og ikke tatt til følge. Kontrollavgiften opprettholdes.')).toEqual(['ikke tatt til følge']);
    expect(spansFor('Your complaint has been reviewed. The penalty charge stands.', 'eng')).toEqual(['stands']);
    expect(spansFor('Gebyret fra 19. november står derfor ved lag.')).toEqual(['står derfor ved lag']);
    expect(spansFor('Gebyret på 900 kr står uansett.')).toEqual(['står uansett']);
  });

  it('does not take a decision in a condition, or an amount per week, for a decision or a time', () => {
    expect(spansFor('Dersom vedtaket opprettholdes etter slik behandling, vil saken bli sendt til Statsforvalteren.')).toEqual([]);
    expect(spansFor('If the decision is upheld, the case goes to the County Governor.', 'eng')).toEqual([]);
    expect(spansFor('Klagen vil bli oversendt Statsforvalteren for endelig avgjørelse dersom vedtaket opprettholdes.')).toEqual([]);
    // Hours of home help a week are an amount, not a time ahead.
    expect(spansFor('Vedtaket om 1,5 timer praktisk bistand pr. uke opprettholdes.')).toEqual(['opprettholdes']);
  });

  it("does not take a refusal appealed against, someone else's, a payment turned down or a feeling for this reply's decision", () => {
    expect(spansFor('Oversendelse av klage – avslag på søknad om innramming av gravsted\n\nVi sender saken til Statsforvalteren.')).toEqual([]);
    expect(spansFor('Det vert vist til Dykkar klage av 19.11.2026 på kommunen sitt avslag av 02.11.2026.', 'nno')).toEqual([]);
    expect(spansFor('Vi veit at ho fekk avslag på sosialhjelp i haust.', 'nno')).toEqual([]);
    expect(spansFor('Avtalegiroen ble avvist fordi det ikke var dekning på kontoen.')).toEqual([]);
    expect(spansFor('Eg forstår at det var leitt å bli avvist på SFO fredag.', 'nno')).toEqual([]);
    // This reply's own refusal is still one.
    expect(spansFor('Vi har vurdert klagen. Søknaden din er avslått.')).toEqual(['avslått']);
  });

  it('does not take a charge kept for a refusal that needs a next step', () => {
    const text = 'Gebyret står ved lag.';
    expect(refusalNextStep.detect(buildDetectorInput(text, { params: {} }))).toEqual([]);
  });

  it('reads a request not met or no grounds found as a decision, in all three languages', () => {
    expect(spansFor('Søknaden vert difor ikkje imøtekomen.', 'nno')).toEqual(['ikkje imøtekomen']);
    expect(spansFor('Vi ser ikkje at det er grunnlag for endring.', 'nno')).toEqual(['ser ikkje at det er grunnlag']);
    expect(spansFor('Your application is not granted.', 'eng')).toEqual(['is not granted']);
    expect(spansFor('We find no grounds for changing the fee.', 'eng')).toEqual(['find no grounds for']);
  });

  it('does not take a date already past as the way forward', () => {
    // "today" is 23 November 2026 in the test input.
    expect(spansFor('Oppsigelsen ble registrert 9. november 2026. Klagen er avslått.')).toEqual(['avslått']);
    expect(spansFor('Klagen er avslått. Gebyret må betales innen 7. desember 2026.')).toEqual([]);
  });

  it('accepts any date or duration, and leaves a plain "kan ikke" to the next-step rule', () => {
    expect(spansFor('Søknaden er avslått. Du kan klage innen tre uker.')).toEqual([]);
    expect(spansFor('The charge stands. You can appeal by 4 December.', 'eng')).toEqual([]);
    expect(spansFor('Vi kan dessverre ikke hjelpe deg med dette.')).toEqual([]);
  });

  it('steps aside when a rule named in stepAsideFor has reported (the appeal right without its deadline)', () => {
    const text = 'Søknaden er avslått. Du kan klage.';
    const input = buildDetectorInput(text);
    const run = (earlierRuleId: string) =>
      refusalNextStep.detect({
        ...input,
        params: { needs: 'time', stepAsideFor: ['frist.klage-uten-frist'] },
        earlierHits: [{ ruleId: earlierRuleId, category: 'deadline', start: 21, end: 33 }],
      });
    expect(run('frist.klage-uten-frist')).toEqual([]);
    expect(run('tone.greeting').map((h) => text.slice(h.start, h.end))).toEqual(['avslått']);
    expect(() => refusalNextStep.parseParams?.({ stepAsideFor: 'x' }, new Map())).toThrow(/stepAsideFor/);
  });
});
