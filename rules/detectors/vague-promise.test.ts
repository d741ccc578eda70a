import { describe, expect, it } from 'vitest';
import type { RuleLanguage } from '../ids.ts';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { vaguePromise } from './vague-promise.ts';

function spans(text: string, language: RuleLanguage = 'nob', earlierHits: Array<{ start: number; end: number }> = []) {
  const input = buildDetectorInput(text, { language });
  input.earlierHits = earlierHits.map((h) => ({ ruleId: 'frist.vag-tid', category: 'deadline' as const, ...h }));
  return vaguePromise.detect(input).map((h) => [text.slice(h.start, h.end), h.severity ?? 'rule']);
}

describe('vague-promise detector', () => {
  it("reports the office's own capacity as the time of a promise even when the reply dates something else", () => {
    const text = 'Du må sende kontoutskriftene innen fredag 11. desember. Vi ser på saken når alt er på plass og vi har kapasitet.';
    expect(spans(text)).toEqual([['når alt er på plass og vi har kapasitet', 'rule']]);
  });

  it("does not take the reader's appeal deadline for the time of the office's promise", () => {
    const appeal = 'If you wish to appeal the decision, you must do so within three weeks.';
    expect(spans(`${appeal} We will come back to you when we have looked at your case.`, 'eng')).toEqual([['when we have looked at your case', 'rule']]);
    expect(spans('Klagefristen er tre uker. Vi kommer tilbake til deg.')).toEqual([['Vi kommer tilbake til deg', 'suggestion']]);
    // The office's own handling of a complaint, with a duration, times the promise.
    expect(spans('Vi behandler klagen din innen tre uker. Vi kommer tilbake til deg.')).toEqual([]);
  });

  it('does not take an amount per week for a time, and takes "while you wait" for one', () => {
    expect(spans('Du har fått 1,5 timer hjemmehjelp pr. uke. Søknaden vil bli behandlet separat.')).toEqual([['Søknaden vil bli behandlet', 'suggestion']]);
    expect(spans('Bring your passport, and we will make the card while you wait.', 'eng')).toEqual([]);
    // «på stedet» is as often the place as the moment: no time.
    expect(spans('Vi vil følge med på stedet fremover.')).toEqual([['fremover', 'rule']]);
  });

  it('takes something "sent separately" with no time for a promise without one', () => {
    expect(spans('The invoice for the survey will be sent separately.', 'eng')).toEqual([['will be sent', 'suggestion']]);
    expect(spans('Kopien vil bli sendt i eget brev.')).toEqual([['vil bli sendt', 'suggestion']]);
    expect(spans('The invoice will be sent separately by Friday 11 December.', 'eng')).toEqual([]);
  });

  it('does not take a letter that answers at once, a norm or a whether-clause for a promise', () => {
    expect(spans('Jeg skal prøve å svare på spørsmålene dine ett for ett.')).toEqual([]);
    expect(spans('Du har 14 000 kroner på konto, og etter sosialtenestelova skal ein bruke eigne pengar først.', 'nno')).toEqual([]);
    expect(spans('Det er bystyret som til slutt bestemmer om planen skal vedtas.')).toEqual([]);
    expect(spans('Saksbehandleren skal ringe deg.')).toEqual([['Saksbehandleren skal ringe deg', 'suggestion']]);
  });

  it('does not take "we will see you again" for a promise', () => {
    expect(spans('I hope the umbrella serves you well, and that we will see you in Bergen again.', 'eng')).toEqual([]);
  });

  it('takes a few days or weeks for a vague time, and a wait that has been for no time ahead', () => {
    expect(spans('Eg sender det vidare, så skal pengane kome inn på kontoen din i løpet av nokre veker.', 'nno')).toEqual([['i løpet av nokre veker', 'rule']]);
    expect(spans('Vi sender svar innen noen uker.')).toEqual([['innen noen uker', 'rule']]);
    expect(spans('The refund will be paid within a few weeks.', 'eng')).toEqual([['within a few weeks', 'rule']]);
    expect(spans('I am sorry you had to wait for an hour. We will try to find another interpreter.', 'eng')).toEqual([['We will try', 'suggestion']]);
    expect(spans('Du sendte søknaden for tre uker siden. Vi tar kontakt.')).toEqual([['Vi tar kontakt', 'suggestion']]);
    expect(spans('Behandlingen tar tre uker. Vi tar kontakt.')).toEqual([]);
  });

  it('takes «ved behov» and "as needed" for vague times, not "if necessary" before what is done', () => {
    expect(spans('Saken vil bli tatt opp til ny vurdering ved behov.')).toEqual([['ved behov', 'rule']]);
    expect(spans('We will review the plan as needed.', 'eng')).toEqual([['as needed', 'rule']]);
    expect(spans('If necessary, an order will be issued to the owner by Friday 11 December.', 'eng')).toEqual([]);
  });

  it('takes "it takes some time" for a vague time unless the reply dates the answer', () => {
    expect(spans('We have sent your details to Helfo. This normally takes some time.', 'eng')).toEqual([['takes some time', 'rule']]);
    expect(spans('It takes some time to process applications.', 'eng')).toEqual([['takes some time', 'rule']]);
    expect(spans('That takes some time. We expect to answer you by Friday 8 January.', 'eng')).toEqual([]);
    expect(spans('This can take some time to get used to.', 'eng')).toEqual([]);
    expect(spans('Søknaden ligg hos sjefen, så det tek dessverre litt tid.', 'nno')).toEqual([['tek dessverre litt tid', 'rule']]);
    expect(spans('Vi har stor pågang, og saksbehandlingstiden er derfor noe lengre enn normalt.')).toEqual([['lengre enn normalt', 'rule']]);
  });

  it('takes a processing time that only "varies" or "depends" for a vague time unless the reply gives a duration', () => {
    expect(spans('Please note that response times may vary.', 'eng')).toEqual([['response times may vary', 'rule']]);
    expect(spans('Forventa saksbehandlingstid er avhengig av tidspunkt for mottak av dokumentasjon.', 'nno')).toEqual([
      ['saksbehandlingstid er avhengig av', 'rule'],
    ]);
    expect(spans('Saksbehandlingstiden varierer, men er normalt fire uker.')).toEqual([]);
    expect(spans('Processing times vary. We expect to answer you by Friday 8 January.', 'eng')).toEqual([]);
  });

  it('takes «du får høre fra oss» in both written standards, and "then" for no time of its own', () => {
    expect(spans('Takk for søknaden. Du får høyre frå oss.', 'nno')).toEqual([['Du får høyre frå oss', 'suggestion']]);
    expect(spans('Takk for søknaden. Du får høre fra oss.')).toEqual([['Du får høre fra oss', 'suggestion']]);
    expect(spans('Send us the photos. We will then look into whether the fee can be credited at some point.', 'eng')).toEqual([['at some point', 'rule']]);
  });

  it("takes the office's ordinary course as the only time of a future passive for no time", () => {
    expect(spans('Tilbakemelding vil bli gitt ifm. ordinær saksgang.')).toEqual([['ifm. ordinær saksgang', 'rule']]);
    expect(spans('Tilbakemelding vil bli gitt i forbindelse med ordinær saksgang innen 15. januar.')).toEqual([]);
  });

  it('takes a weekday looked back on in the sentence before for no time of the promise after it', () => {
    expect(spans('The sweeper who was supposed to come on Wednesday did not come. We will send you a new date.', 'eng')).toEqual([
      ['We will send', 'suggestion'],
    ]);
    expect(spans('The sweeper comes on Wednesday. We will send you the bill.', 'eng')).toEqual([]);
    expect(spans('The rule was not followed on 20 November. From now on our staff will check it on every ship day.', 'eng')).toEqual([]);
  });

  it('does not take a month in the topic lead for the time of the promise after it', () => {
    expect(spans('Når det gjelder møtet dere har booket i januar, kommer vi tilbake til deg når vi vet mer.')).toEqual([['når vi vet mer', 'rule']]);
    expect(spans('Når det gjelder møtet ditt, kommer vi tilbake til deg i januar.')).toEqual([]);
  });

  it('takes a future passive that tells or arranges for a promise, and one that describes for a description', () => {
    expect(spans('A decision will be communicated to you.', 'eng')).toEqual([['will be communicated', 'suggestion']]);
    expect(spans('The doctor will be informed.', 'eng')).toEqual([['will be informed', 'suggestion']]);
    expect(spans('Ved eventuell tildeling vil søkjar bli kontakta.', 'nno')).toEqual([['vil søkjar bli kontakta', 'suggestion']]);
    expect(spans('Det vil bli gitt varsel i forkant av gjennomføring.')).toEqual([['vil bli gitt', 'suggestion']]);
    expect(spans('A decision will be communicated to you by Friday 11 December.', 'eng')).toEqual([]);
    expect(spans('The fee will be included in the invoice.', 'eng')).toEqual([]);
    expect(spans('Saken vil bli tatt med i vurderingen.')).toEqual([]);
  });

  it("takes the office's present-tense promise after a fronted clause, and a holiday or season made vaguer, for a vague promise", () => {
    expect(spans('Når du har sendt skjemaet, kallar eg deg inn til ein prat når eg har kome meg gjennom papira.', 'nno')).toEqual([
      ['når eg har kome meg gjennom papira', 'rule'],
    ]);
    expect(spans('Det er i orden, så får du utbetalinga når eg kjem til saka di.', 'nno')).toEqual([['når eg kjem til saka di', 'rule']]);
    expect(spans('Du vil få nærmere beskjed i løpet av nyåret.')).toEqual([['i løpet av nyåret', 'rule']]);
    expect(spans('Send meg papirene, så ordner vi noe rundt nyttår.')).toEqual([['rundt nyttår', 'rule']]);
    expect(spans('Søknaden sender du via nav.no, og så kallar eg deg inn til ein prat når eg har kome meg gjennom papira.', 'nno')).toEqual([
      ['når eg har kome meg gjennom papira', 'rule'],
    ]);
    expect(spans('Send utskriftene, så får du utbetalinga når eg kjem til saka di.', 'nno')).toEqual([['når eg kjem til saka di', 'rule']]);
    expect(spans('Should the noise continue, we will consider a formal follow-up once we have capacity.', 'eng')).toEqual([['once we have capacity', 'rule']]);
    // A condition first is the reader's matter: «Får du ikke kommet, send meg en melding …, så finner vi en ny tid».
    expect(spans('Får du ikke kommet, send meg en melding i god tid før, så finner vi en ny tid.')).toEqual([]);
  });

  it('takes what the reader is to receive, timed only by a vague word or an office event, for a vague promise', () => {
    expect(spans('Du får tilsendt avtalen og vaktlista snart.', 'nno')).toEqual([['snart', 'rule']]);
    expect(spans('Svar kjem når vi har kome gjennom bunken.', 'nno')).toEqual([['når vi har kome gjennom bunken', 'rule']]);
    expect(spans('Ny time får de når det blir ledig plass.', 'nno')).toEqual([['når det blir ledig plass', 'rule']]);
    expect(spans('You will get a new appointment when a slot opens up.', 'eng')).toEqual([['when a slot opens up', 'rule']]);
    // Timed, the reader's own step, or a notice on the event itself: nothing vague.
    expect(spans('Du får tilsendt avtalen fredag 11. desember.')).toEqual([]);
    expect(spans('Du får svar når du har sendt skjemaet.')).toEqual([]);
    expect(spans('Du får en SMS når boka er kommet.')).toEqual([]);
  });

  it.each([
    ['nob', 'Vi kommer tilbake til deg om litt.', 'om litt'],
    ['nno', 'Ny skatteseddel vil verte utsend i god tid.', 'i god tid'],
    ['nob', 'Vi vil se på saken etter hvert.', 'etter hvert'],
    ['nob', 'Du får svar så snart saken er ferdigbehandlet.', 'så snart'],
    ['nob', 'Saken vil bli behandlet ved anledning.', 'ved anledning'],
    ['nob', 'Derfor tar vi kontakt om en stund.', 'om en stund'],
    ['nno', 'Me tek kontakt om litt.', 'om litt'],
    ['nno', 'Du vil høyre frå oss innan rimeleg tid.', 'innan rimeleg tid'],
    ['nno', 'Vi skal sjå på saka seinare.', 'seinare'],
    ['eng', 'We will get back to you in due course.', 'in due course'],
    ['eng', "We'll be in touch shortly.", 'shortly'],
    ['eng', 'Your application will be processed as soon as possible.', 'as soon as possible'],
    ['eng', 'You will hear from us at some point next month.', undefined],
    ['nob', 'Du vil bli kontaktet om en stund.', 'om en stund'],
    ['nno', 'Du vert kontakta seinare.', 'seinare'],
    ['eng', 'Someone will reach out to you in due course.', 'in due course'],
    ['eng', 'You will be contacted before long.', 'before long'],
    ['nob', 'Du får en tilbakemelding fra saksbehandleren din om noen dager.', 'om noen dager'],
    ['nno', 'Me kjem attende til deg om ei stund.', 'om ei stund'],
    ['nno', 'Søknaden blir handsama i tida som kjem.', 'i tida som kjem'],
    ['eng', 'We will get back to you at our earliest convenience.', 'at our earliest convenience'],
    ['eng', 'We aim to respond in the next few weeks.', 'in the next few weeks'],
    ['eng', 'A decision will be made within a reasonable time.', 'within a reasonable time'],
    ['eng', 'We will get back to you in a short period.', 'in a short period'],
    ['nno', 'Me kjem tilbake til deg om ikkje alt for lenge.', 'om ikkje alt for lenge'],
    ['nno', 'Saka vil bli handsama i løpet av ei tid.', 'i løpet av ei tid'],
    ['nob', 'Vi tar kontakt innen passende tid.', 'innen passende tid'],
    ['eng', 'The Allocation Office will assess the application as soon as practicable.', 'as soon as'],
    // A date named before the promise, not as its deadline, does not time it; a deadline does.
    ['eng', 'We cannot yet cover the arrears for November, but we will look into it over the coming weeks.', 'over the coming weeks'],
    ['nob', 'Innen fredag 4. desember kommer vi tilbake til deg.', undefined],
    ['eng', 'We will get back to you soon, by 4 December at the latest.', undefined],
  ] as const)('%s: «%s» → %s', (language, text, expected) => {
    expect(spans(text, language)).toEqual(expected ? [[expected, 'rule']] : []);
  });

  it.each([
    ['nob', 'Vi kommer tilbake til deg.', 'Vi kommer tilbake til deg'],
    ['nob', 'Du vil få svar fra oss.', 'Du vil få svar'],
    ['nno', 'Vi kjem tilbake til deg.', 'Vi kjem tilbake til deg'],
    ['nno', 'Du vil høyre frå oss.', 'Du vil høyre frå oss'],
    ['eng', 'We will get back to you.', 'We will get back to you'],
    ['eng', 'You will hear from us.', 'You will hear from us'],
  ] as const)('%s: a promise with no time at all is a suggestion: «%s»', (language, text, span) => {
    expect(spans(text, language)).toEqual([[span, 'suggestion']]);
  });

  it.each([
    ['nob', 'Vi kommer tilbake til deg innen 11. desember.'],
    ['nob', 'Vi tar kontakt i løpet av tre uker.'],
    ['nob', 'Vi ser på saken i januar og gir deg beskjed etter det.'],
    ['nob', 'Vi ringer deg i morgen.'],
    ['nno', 'Me tek kontakt innan fredag 11. desember.'],
    ['nno', 'Du får svar i løpet av to veker.'],
    ['eng', 'We will get back to you within 10 working days.'],
    ['eng', 'We will contact you by Friday 11 December.'],
    ['eng', 'We are going to look at it on Monday, and you will hear from us after that.'],
  ] as const)('%s: a promise with a date, a duration or an anchor is fine: «%s»', (language, text) => {
    expect(spans(text, language)).toEqual([]);
  });

  it.each([
    ['nob', 'Hvis vi trenger flere opplysninger, tar vi kontakt med deg.'],
    ['nob', 'Vi kommer ikke tilbake til saken.'],
    ['nob', 'Vi behandler søknadene i den rekkefølgen de kommer inn.'],
    ['nno', 'Viss vi treng meir, tek vi kontakt.'],
    ['nno', 'Søknaden vil verte vurdert fortløpande.'],
    ['eng', 'If we need more information, we will contact you.'],
    ['eng', 'We will not contact you again about this.'],
  ] as const)('%s: a conditional, negated or routine clause is no bare promise: «%s»', (language, text) => {
    expect(spans(text, language)).toEqual([]);
  });

  it("takes the office's next round of work or the case's turn, by any subject, for a vague time", () => {
    expect(spans('Spørsmålet om betalingsutsetjing vil bli vurdert i samband med neste gjennomgang av restansane.', 'nno')).toEqual([
      ['i samband med neste gjennomgang av restansane', 'rule'],
    ]);
    expect(spans('Your application will be reviewed at the next board meeting.', 'eng')).toEqual([['at the next board meeting', 'rule']]);
    expect(spans('We will contact you when your case comes up.', 'eng')).toEqual([['when your case comes up', 'rule']]);
    expect(spans('We will contact you when you have sent the form.', 'eng')).toEqual([]);
    expect(spans('Søknaden din vil bli vurdert etter reglene i plan- og bygningsloven.')).toEqual([]);
    expect(spans('Søknaden vil bli behandlet på neste møte i utvalget 14. januar.')).toEqual([]);
    expect(spans('Søknaden din vert handsama ved neste ledige plass.', 'nno')).toEqual([['ved neste ledige plass', 'rule']]);
    expect(spans('Søknaden ligg i systemet og vert handsama ved neste ledige plass.', 'nno')).toEqual([['ved neste ledige plass', 'rule']]);
  });

  it("takes a bare passive of the office's work, with nothing after it, for a promise without a time", () => {
    expect(spans('Merknaden vert vurdert.', 'nno')).toEqual([['Merknaden vert vurdert', 'suggestion']]);
    expect(spans('Your comments will be considered.', 'eng')).toEqual([['will be considered', 'suggestion']]);
    expect(spans('Your comments will be considered by the committee on 14 January.', 'eng')).toEqual([]);
    expect(spans('Merknaden vert vurdert, og du får svar innan 14. januar.', 'nno')).toEqual([]);
    expect(spans('Saken vil bli gjennomgått og tilbakemelding vil bli gitt.')).toEqual([['vil bli gjennomgått', 'suggestion']]);
    // Named first as the topic, or dealt with "separately": still nothing on when.
    expect(spans('Hva gjelder anmodningen om innsyn, vil denne bli behandlet separat.')).toEqual([['vil denne bli behandlet', 'suggestion']]);
    expect(spans('Your request will be considered separately.', 'eng')).toEqual([['Your request will be considered', 'suggestion']]);
  });

  it('reports an event at the end of any promise by the office, unless the sentence before times it', () => {
    expect(spans("We'll find you a slot when one frees up.", 'eng')).toEqual([['when one frees up', 'rule']]);
    expect(spans('Vi ordner ny tid når det blir ledig plass.')).toEqual([['når det blir ledig plass', 'rule']]);
    expect(spans('We will email you when they have decided.', 'eng')).toEqual([['when they have decided', 'rule']]);
    expect(spans("The parks team plans next year's work in January. We will email you when they have decided.", 'eng')).toEqual([]);
    expect(spans('We will email you when you have sent the form.', 'eng')).toEqual([]);
    // «når det kjem til …», "when it comes to …" mean "as for", not a time.
    expect(spans('Vi skal hjelpe deg når det kommer til søknaden.')).toEqual([]);
    expect(spans('Eg skal vere ærleg: mange blir stressa når det kjem til teknikk.', 'nno')).toEqual([]);
    expect(spans('We will help you when it comes to the forms.', 'eng')).toEqual([]);
    expect(spans('Vi tar kontakt når det kommer en ny søknad.')).toEqual([['når det kommer en ny søknad', 'rule']]);
  });

  it('takes «om ikkje lenge», «før lenge», a bare «i etterkant» and "without undue delay" for vague times', () => {
    expect(spans('Eg kjem tilbake til deg om ikkje lenge.', 'nno')).toEqual([['om ikkje lenge', 'rule']]);
    expect(spans('Fakturering vil skje i etterkant.', 'nno')).toEqual([['i etterkant', 'rule']]);
    expect(spans('We will process it without undue delay.', 'eng')).toEqual([['without undue delay', 'rule']]);
    expect(spans('Vi sender referat i etterkant av møtet 3. mars.')).toEqual([]);
    expect(spans('We will look at it after the new year.', 'eng')).toEqual([['after the new year', 'rule']]);
    // About the letter itself, or a preference, not a promise without a time.
    expect(spans('I will explain how the allowance works.', 'eng')).toEqual([]);
    expect(spans('Jeg vil heller at du ringer meg.')).toEqual([]);
    // «om litt» before what is asked for is no time: «Vi ber om litt forståelse».
    expect(spans('Vi kommer tilbake til deg om litt.')).toEqual([['om litt', 'rule']]);
    expect(spans('Vi ber derfor om litt forståelse for situasjonen.')).toEqual([]);
    expect(spans('Me ber om litt tolmod medan vi ryddar opp.', 'nno')).toEqual([]);
    // The writer's own free time, or another body's, is no time.
    expect(spans('I will get back to you about the room when I can.', 'eng')).toEqual([['when I can', 'rule']]);
    expect(spans('We will look at it again whenever UDI gets round to it.', 'eng')).toEqual([['whenever UDI gets round to it', 'rule']]);
    expect(spans('Vi sender eit mannskap ut i løpet av dei neste dagane.', 'nno')).toEqual([['i løpet av dei neste dagane', 'rule']]);
  });

  it("reports an event as the only time of another party's promise by pronoun and of a passive with an irregular participle", () => {
    expect(spans('They will contact you when they have processed it.', 'eng')).toEqual([['when they have processed it', 'rule']]);
    expect(spans("He'll pick it up again when he is back on his feet.", 'eng')).toEqual([['when he is back on his feet', 'rule']]);
    expect(spans('Dei skal ringje deg når dei har fått svar frå banken.', 'nno')).toEqual([['når dei har fått svar frå banken', 'rule']]);
    expect(spans('The grant will be paid once finance have processed everything.', 'eng')).toEqual([['once finance have processed everything', 'rule']]);
    // A pronoun's bare promise, or a state on an event, is no promise without a time.
    expect(spans('They will contact you about the form.', 'eng')).toEqual([]);
    expect(spans('They will be glad when it is done.', 'eng')).toEqual([]);
    expect(spans('They will contact you when you have sent the form.', 'eng')).toEqual([]);
  });

  it('takes a case sent on to someone else, with no time anywhere, for a promise without a time', () => {
    expect(spans('Klagen er oversendt fagansvarlig lege for gjennomgang.')).toEqual([['Klagen er oversendt fagansvarlig lege for gjennomgang', 'suggestion']]);
    expect(spans('Your complaint has been forwarded to the relevant department.', 'eng')).toEqual([
      ['Your complaint has been forwarded to the relevant department', 'suggestion'],
    ]);
    expect(spans('Your complaint about the sewage smell has been passed on.', 'eng')).toEqual([
      ['Your complaint about the sewage smell has been passed on', 'suggestion'],
    ]);
    expect(spans('Klagen er oversendt Statsforvalteren, som vanligvis svarer innen tre måneder.')).toEqual([]);
    expect(spans('You have been referred to the lung clinic at Haukeland.', 'eng')).toEqual([]);
    expect(spans('Jeg har for ordens skyld sendt beskjed videre.')).toEqual([['Jeg har for ordens skyld sendt beskjed videre', 'suggestion']]);
    // Praise passed on asks nothing of anyone.
    expect(spans('Jeg har gitt beskjed videre til gartnerne, og de ble svært glade.')).toEqual([]);
  });

  it("takes an event for the citizen's step only when the reader is its subject", () => {
    expect(spans('We will look at it again when the spring season is planned and let you know.', 'eng')).toEqual([
      ['when the spring season is planned and let you know', 'rule'],
    ]);
    expect(spans('We will look at it again when you have sent the drawings.', 'eng')).toEqual([]);
    expect(spans('Vi ser på saka att når vi har fått svar frå deg.', 'nno')).toEqual([]);
  });

  it("takes «så snart» with an event for a vague time whoever acts, but not «så snart som mulig» again nor the reader's step", () => {
    expect(spans('Pengane kjem så snart dei har fått gjort det.', 'nno')).toEqual([['så snart dei har fått gjort det', 'rule']]);
    expect(spans('Han kommer innom så snart han får tid.')).toEqual([['så snart han får tid', 'rule']]);
    expect(spans('The crews will start as soon as they are free.', 'eng')).toEqual([['as soon as they are free', 'rule']]);
    // The reader's own step is a condition; a date or a duration in the sentence times it.
    expect(spans('Pengene kommer så snart du har sendt skjemaet.')).toEqual([]);
    expect(spans('Pengene kommer så snart vedtaket er fattet, senest 4. desember.')).toEqual([]);
    expect(spans('Vi betaler ut så snart vedtaket er fattet, innen tre uker.')).toEqual([]);
    // A date promised elsewhere in the reply answers "when" for it.
    expect(spans('Pengane kjem så snart dei har fått gjort det. Vedtaket får du innan 10. desember.', 'nno')).toEqual([]);
  });

  it('takes a promise to tell the reader on a condition that names nothing for a vague time, but not an invitation to write', () => {
    expect(spans('Du står på ventelista, og vi tar kontakt hvis det skulle dukke opp noe.')).toEqual([['hvis det skulle dukke opp noe', 'rule']]);
    expect(spans('Vi vil ta kontakt dersom det viser seg naudsynt.', 'nno')).toEqual([['dersom det viser seg naudsynt', 'rule']]);
    expect(spans("Aarav is still on the waiting list, and we'll let you know if something turns up.", 'eng')).toEqual([['if something turns up', 'rule']]);
    // A named event is the office's condition; the reader invited to write is their step.
    expect(spans('Hvis vi trenger flere opplysninger, tar vi kontakt med deg.')).toEqual([]);
    expect(spans('God helg, og ta gjerne kontakt igjen hvis det er noe mer.')).toEqual([]);
    expect(spans('Have a nice weekend, and do get in touch again if there is anything else.', 'eng')).toEqual([]);
  });

  it('does not read a promise into a courtesy, an embedded question, a placement, a habit on a state or a promise timed by its context', () => {
    expect(spans('Takk for at du tok kontakt, og jeg vil først få uttrykke min medfølelse.')).toEqual([]);
    expect(spans('Festeren bestemmer hvem som kan gravlegges der og hvordan graven skal stelles.')).toEqual([]);
    expect(spans('Målaren skal sitje rett etter hovudkrana.', 'nno')).toEqual([]);
    expect(spans('Vi strør gangveiene på Solheim når det er glatt.')).toEqual([]);
    expect(spans('Eg sender deg ein SMS i ettermiddag når dei har funne ut kva det er.', 'nno')).toEqual([]);
    expect(spans('Det er forståelig at det blir mye å holde styr på når man har passert åtti, så det ordner vi.')).toEqual([]);
    expect(spans('Vatnet blir stengt tysdag 1. desember frå kl. 08.30. Vi skal kople ein ny leidning til eit bygg i gata.', 'nno')).toEqual([]);
    // «vil» told back with joy is what someone wants, not what the office promises.
    expect(spans('Så kjekt at koret vil synge på julemarkedet i Grieghallen.')).toEqual([]);
    expect(spans('Hyggeleg at laget vil trene i hallen.', 'nno')).toEqual([]);
    // Still promises: a first step, and an event that is not a state.
    expect(spans('Vi skal først sjekke målaren.')).toEqual([['Vi skal først sjekke', 'suggestion']]);
    expect(spans('Koret vil synge på julemarkedet.')).toEqual([['Koret vil synge', 'suggestion']]);
    expect(spans('Vi set i gang når det vert ledig kapasitet.', 'nno')).toEqual([['når det vert ledig kapasitet', 'rule']]);
  });

  it('takes a season or a holiday made vaguer still for a vague time, though a date is read into it', () => {
    expect(spans('We will arrange a meeting with you at some point after Christmas.', 'eng')).toEqual([['at some point after Christmas', 'rule']]);
    expect(spans('Vi kallar han inn til ein ny samtale på nyåret.', 'nno')).toEqual([['på nyåret', 'rule']]);
    expect(spans('Du kan søke om plass en gang i vår.')).toEqual([['en gang i vår', 'rule']]);
    // A habit, a date and a question are not.
    expect(spans('Vi trener en gang i uka.')).toEqual([]);
    expect(spans('Vi kommer tilbake til deg 5. januar.')).toEqual([]);
    expect(spans('Kan vi ta det en gang i vår?')).toEqual([]);
  });

  it('takes «vi ser på det» with nothing after it for a promise without a time, not after an instruction', () => {
    expect(spans('Gangveien ligger ikke først i køen, men vi ser på det.')).toEqual([['vi ser på det', 'suggestion']]);
    expect(spans('Vi ser på det, og parkeringsvaktene har gaten på lista si.')).toEqual([['Vi ser på det', 'suggestion']]);
    expect(spans('Når det gjelder klagen på borttauingen, så ser vi på den.').length).toBe(1);
    expect(spans('Send tegningen hvis du er usikker, så ser vi på den.')).toEqual([]);
    expect(spans('Ring meg, så ser vi på det saman.', 'nno')).toEqual([]);
    expect(spans('Vi ser på det og ringer deg fredag 11. desember.')).toEqual([]);
  });

  it('takes a promise about the letter itself for none: it is kept in the letter', () => {
    expect(spans("I'll keep this short.", 'eng')).toEqual([]);
    expect(spans('Eg skal prøve å skrive enkelt her òg.', 'nno')).toEqual([]);
    expect(spans("We'll keep you posted.", 'eng').length).toBe(1);
  });

  it('takes a vague time after a month named for something else, and "soonish"', () => {
    expect(spans("The kindergarten is sorting out the schedule for the new January kids, and they'll send it across in a bit.", 'eng')).toEqual([
      ['in a bit', 'rule'],
    ]);
    expect(spans('The formal decision letter will come in the post soonish.', 'eng')).toEqual([['soonish', 'rule']]);
    expect(spans('They will send it across in January.', 'eng')).toEqual([]);
  });

  it('takes a thing that «kommer»/«kjem» with a vague time, and «noen fra kontoret» or «en av inspektørene våre» for the office', () => {
    expect(spans('Svaret kommer snart.')).toEqual([['snart', 'rule']]);
    expect(spans('Vedtaket kjem i posten snart.', 'nno')).toEqual([['snart', 'rule']]);
    expect(spans('Svaret kommer innen 14. desember.')).toEqual([]);
    expect(spans('Snart kommer vinteren, og da brøyter vi først hovedveiene.')).toEqual([]);
    expect(spans('Nokon frå kontoret tek kontakt med deg om det.', 'nno').map(([t]) => t)).toEqual(['Nokon frå kontoret tek kontakt med deg']);
    expect(spans('En av inspektørene våre tar kontakt med deg.').map(([t]) => t)).toEqual(['En av inspektørene våre tar kontakt med deg']);
    expect(spans('Noen fra kontoret tar kontakt med deg i morgen.')).toEqual([]);
  });

  it('takes a request to send, pay or correct by a time that is no date for vague, but not one with a date', () => {
    expect(spans('Send det som mangler så fort du kan.').map(([t]) => t)).toEqual(['så fort du kan']);
    expect(spans('Send rapporten så snart de har høve.', 'nno').map(([t]) => t)).toEqual(['så snart de har høve']);
    expect(spans('Please send it soon.', 'eng').map(([t]) => t)).toEqual(['soon']);
    expect(spans('Send det som mangler innen fredag 11. desember.')).toEqual([]);
    expect(spans('Please send it within two weeks, as soon as you can.', 'eng')).toEqual([]);
    // Not asked to act: a call whenever it suits the reader.
    expect(spans('Ring oss så fort du lurer på noe.')).toEqual([]);
  });

  it('takes "on the first day" and «den første dagen» for a time the promise names', () => {
    expect(spans('Siri will show you how on the first day.', 'eng')).toEqual([]);
    expect(spans('Siri will show you how.', 'eng')).not.toEqual([]);
  });

  it('takes a time left to conditions for a vague time, in a clause of any sentence', () => {
    expect(spans('Om vinteren må vi vente til bakken ikke er frosset, så urnen blir satt ned etter hvert som forholdene på gravplassen tillater det.')).toEqual(
      [['etter hvert som forholdene på gravplassen tillater', 'rule']],
    );
    expect(spans('Repairs will be carried out as capacity permits.', 'eng')).toEqual([['as capacity permits', 'rule']]);
    expect(spans('Urnen blir satt ned når forholdene tillater det, senest 15. april.')).toEqual([]);
  });

  it('takes a case reported on, in either word order, and the next stage of a process for promises without a time', () => {
    expect(spans('Når det gjelder lysene som ikke virker i hallen, er dette meldt videre og vil bli utbedret.')).toEqual([['vil bli utbedret', 'suggestion']]);
    expect(spans('Innspillet vil, i den grad det anses relevant, bli vurdert i den videre planprosessen.')).toEqual([['i den videre planprosessen', 'rule']]);
    expect(spans('Det vil bli gitt nærmere varsel om tidspunkt for stenging av vannet.')).toEqual([['vil bli gitt', 'suggestion']]);
    expect(spans('Me har fått klaga, og De vil høyre frå oss om litt.', 'nno')).toEqual([['om litt', 'rule']]);
    // "Når det gjelder" names a topic, not an event.
    expect(spans('Når det gjelder gebyret, sender vi deg nytt vedtak fredag 11. desember.')).toEqual([]);
  });

  it('takes a sentence that only says someone keeps watching for a promise without a time', () => {
    expect(spans('Vi følger med på saken.')).toEqual([['Vi følger med på saken', 'suggestion']]);
    expect(spans('Skolen følgjer opp saka.', 'nno')).toEqual([['Skolen følgjer opp saka', 'suggestion']]);
    expect(spans('We are keeping an eye on the situation.', 'eng')).toEqual([['We are keeping an eye on the situation', 'suggestion']]);
    expect(spans('Vi følger med på saken og gir deg svar innen fredag 11. desember.')).toEqual([]);
    expect(spans('Skolen følger opp saken med et møte torsdag 10. desember.')).toEqual([]);
  });

  it('takes a promise to tell the reader at an office event for vague, even when the reply dates something else', () => {
    const text = 'Du får svar på parkeringssøknaden innen fredag 11. desember. Om gebyret vil du bli kontaktet når det foreligger en avklaring.';
    expect(spans(text)).toEqual([['når det foreligger en avklaring', 'rule']]);
    // A routine says how cases are taken, not when this reader hears.
    expect(spans('Søknadene behandles fortløpende, og dere får beskjed når det er noe.')).toEqual([['når det er noe', 'rule']]);
    expect(spans('Søknadene behandles fortløpende.')).toEqual([]);
    // Another promise tied to an event counts as timed by a date elsewhere in the reply.
    expect(spans('Vi sender deg vedtaket innen fredag 11. desember. Vi vil se på gebyret når vurderinga er gjennomført.')).toEqual([]);
  });

  it('does not read a promise into empathy, and takes «kommer jeg tilbake» in V2 order', () => {
    expect(spans('Jeg forstår godt at du er bekymret når Emil kommer hjem med blåmerker.')).toEqual([]);
    expect(spans('Jeg skal ta en prat med kontaktlærerne, og så kommer jeg tilbake til deg.')).toEqual([['kommer jeg tilbake', 'suggestion']]);
    expect(spans('Eg snakkar med rektor, og så kjem eg attende til deg.', 'nno')).toEqual([['kjem eg attende', 'suggestion']]);
    expect(spans('Vi ser på det og svarar deg seinare.', 'nno')).toEqual([['seinare', 'rule']]);
  });

  it("takes «gi lyd», a second verb after «og» and an impersonal «man»/«ein» for promises, not the citizen's step", () => {
    expect(spans('Vi ser på saken og gir lyd.')).toEqual([['Vi ser på saken og gir lyd', 'suggestion']]);
    expect(spans('Vi ser på saka og gjev deg beskjed.', 'nno')).toEqual([['Vi ser på saka og gjev deg beskjed', 'suggestion']]);
    expect(spans('Ein vil kome tilbake med underretning om utfallet.', 'nno')).toEqual([['Ein vil kome tilbake', 'suggestion']]);
    expect(spans('Man vil komme tilbake til deg.')).toEqual([['Man vil komme tilbake til deg', 'suggestion']]);
    expect(spans('Vi anbefaler at du leser brevet og tar kontakt.')).toEqual([]);
    expect(spans('Vi rår deg til å lese brevet og ta kontakt.', 'nno')).toEqual([]);
    expect(spans('Vi ser på saken og gir lyd innen fredag 11. desember.')).toEqual([]);
  });

  it('takes «etterhvert»/«etterkvart» written as one word and "in good time" for vague times', () => {
    expect(spans('Vi ser på saken etterhvert.')).toEqual([['etterhvert', 'rule']]);
    expect(spans('Plassen blir sikkert din etterkvart.', 'nno')).toEqual([['etterkvart', 'rule']]);
    expect(spans('You will be notified in good time before.', 'eng')).toEqual([['in good time', 'rule']]);
    expect(spans('Make sure you arrive in good time.', 'eng')).toEqual([]);
  });

  it('does not take a span looked back on for the time of a promise', () => {
    expect(
      spans('Once everything is in place, your caseworker will be in touch with a decision. We need your bank statements for the last three months.', 'eng'),
    ).toEqual([['Once everything is in place', 'rule']]);
  });

  it('takes «en gang» for vague only as "some day", not "once more", "at once" or "once a week"', () => {
    expect(spans('Saken blir sikkert avgjort en gang.')).toEqual([['en gang', 'rule']]);
    expect(spans('Les brevet en gang til, så skjønner du det nok.')).toEqual([]);
    for (const text of ['Vi kommer til å ringe deg med en gang vi har svaret.', 'Heimetenesta kjem til å kome ein gong i veka.']) {
      expect(spans(text, text.includes('kjem') ? 'nno' : 'nob').map(([span]) => span)).not.toContain(text.includes('ein gong') ? 'ein gong' : 'en gang');
    }
  });

  it('takes a duration in the genitive («ti vekers sakshandsamingstid») for the time an event promise needs', () => {
    expect(spans('Statsforvaltaren har no om lag ti vekers sakshandsamingstid. Du får brev frå dei når saka er avgjord.', 'nno')).toEqual([]);
    expect(spans('Du får brev frå dei når saka er avgjord.', 'nno')).toEqual([['når saka er avgjord', 'rule']]);
  });

  it('leaves bare promises alone when the reply promises a date or a duration elsewhere', () => {
    expect(spans('Du får svar innen fem arbeidsdager. Vi ser på saken, og vi kommer tilbake til deg.')).toEqual([]);
  });

  it('steps aside where another deadline rule reported the same span', () => {
    const text = 'Vi kommer tilbake til deg etter hvert.';
    const start = text.indexOf('etter hvert');
    expect(spans(text, 'nob', [{ start, end: start + 'etter hvert'.length }])).toEqual([]);
  });

  it('takes a promise in the singular («du høyrer frå meg», "you will hear from me") like one in the plural', () => {
    expect(spans('Du høyrer frå meg når eg har fått samla kontaktlærar og helsesjukepleiar.', 'nno')).toEqual([
      ['når eg har fått samla kontaktlærar og helsesjukepleiar', 'rule'],
    ]);
    expect(spans('Du hører fra meg når saken er ferdig.')).toEqual([['når saken er ferdig', 'rule']]);
    expect(spans('You will hear from me once I have spoken to the contractor.', 'eng')).toEqual([['once I have spoken to the contractor', 'rule']]);
  });

  it('takes «på sikt» and "in the long run" for vague, also after a first clause joined by «og»', () => {
    expect(spans('Vi har tatt det med oss og skal finne en bedre løsning på sikt.')).toEqual([['på sikt', 'rule']]);
    expect(spans('Vi har tatt det med oss og skal finne ei betre løysing på sikt.', 'nno')).toEqual([['på sikt', 'rule']]);
    expect(spans('We will improve the route in the long run.', 'eng')).toEqual([['in the long run', 'rule']]);
  });

  it('does not take a limit on what someone does («skal berre», «skal bare») for a promise', () => {
    expect(spans('Tolken har teieplikt og skal berre omsetje det du og legen seier.', 'nno')).toEqual([]);
    expect(spans('Tolken skal bare oversette det du og legen sier.')).toEqual([]);
  });

  it('reports each sentence once', () => {
    expect(spans('Vi kommer tilbake til deg og tar kontakt om litt.')).toEqual([['om litt', 'rule']]);
  });

  it('reads «om det» before a time as "about it", not as a condition', () => {
    expect(spans('Vi tek det opp med styret og kjem tilbake til deg om det i tida framover.', 'nno')).toEqual([['i tida framover', 'rule']]);
    expect(spans('Vi tek det opp med styret og kjem tilbake til deg om det.', 'nno')).toHaveLength(1);
    expect(spans('Vi kjem tilbake til deg om det blir ledig plass.', 'nno')).toEqual([]);
  });

  it("does not take a promise that waits on the reader's own step («Tell us …, and we will …») for one without a time", () => {
    expect(spans('Tell us which language you prefer, and we will book one.', 'eng')).toEqual([]);
    expect(spans('Sei frå kva språk de ønskjer, så bestiller vi tolk.', 'nno')).toEqual([]);
    expect(spans('We will book an interpreter.', 'eng')).toHaveLength(1);
  });
});

describe('vague-promise: a time given only as an event, and future passives', () => {
  it.each([
    ['nno', 'Vedtak vil bli fatta og sendt ut når vurderinga er gjennomført.', [['når vurderinga er gjennomført', 'rule']]],
    ['nob', 'Vi tar kontakt med deg etter at kartleggingen er ferdigstilt.', [['etter at kartleggingen er ferdigstilt', 'rule']]],
    ['eng', 'We will come back to you when we have heard from them.', [['when we have heard from them', 'rule']]],
    ['nob', 'Dere får svar når alle søknadene er behandlet.', [['når alle søknadene er behandlet', 'rule']]],
    ['nno', 'Du vil få tilbod om plass når det blir ledig.', [['når det blir ledig', 'rule']]],
    // A negation before the promise denies something else.
    ['nno', 'Eg har ikkje fått svar frå dei enno, så eg seier ifrå når eg veit meir.', [['når eg veit meir', 'rule']]],
    ['nob', 'Klagen vil bli sett på senere.', [['senere', 'rule']]],
    ['eng', 'The correction will be made at a later date.', [['at a later date', 'rule']]],
    // Norwegian promises in the present tense, the office first or a case passively.
    ['nno', 'Vi set i gang når det vert ledig kapasitet hos oss.', [['når det vert ledig kapasitet hos oss', 'rule']]],
    ['nno', 'Saka di vert sett på når sakshandsamaren er tilbake.', [['når sakshandsamaren er tilbake', 'rule']]],
    ['nob', 'Vi ser på det når vi får summet oss litt her.', [['når vi får summet oss litt her', 'rule']]],
    ['nno', 'Vi følgjer opp saka i tida framover.', [['i tida framover', 'rule']]],
  ] as const)('%s: %s', (language, text, expected) => {
    expect(spans(text, language)).toEqual(expected);
  });

  it.each([
    // The citizen's own step is a condition, not a vague time.
    ['nob', 'Når du har sendt inn skjemaet, behandler vi saken.'],
    ['eng', 'We will look at it again once you have sent us the receipt.'],
    // A reply that gives a duration elsewhere has answered "when".
    ['nno', 'Vi handsamar søknaden innan tre veker. Vedtaket vil bli sendt ut når vurderinga er gjennomført.'],
    // Bare future passives and "så ordner vi" describe rather than promise.
    ['nno', 'Dette vil bli teke med i vurderinga av søknaden.'],
    ['nob', 'Bare send inn papirene, så ordner vi resten.'],
    // A verb first and a comma make a condition.
    ['nob', 'Dukker den ikke opp, sender vi deg en faktura på 250 kroner.'],
    // Present tense that describes: a routine, the citizen's step, a heading.
    ['nno', 'Vi tømmer dunkane annakvar veke.'],
    ['nno', 'Vi behandlar søknadene når dei kjem inn.'],
    ['nob', 'Vi sender vedtaket når du har sendt inn skjemaet.'],
    ['nob', 'Slik blir det framover:'],
  ] as const)('leaves alone %s: %s', (language, text) => {
    expect(spans(text, language)).toEqual([]);
  });
});

describe('vague-promise: any actor of the office, and a vague time whoever acts', () => {
  it.each([
    ['nob', 'Byggesaksavdelingen skal vurdere tilbygget.', [['Byggesaksavdelingen skal vurdere', 'suggestion']]],
    ['nno', 'Kontaktlæraren skal ta ein prat med klassa.', [['Kontaktlæraren skal ta', 'suggestion']]],
    ['eng', 'The caseworker will review the file.', [['The caseworker will review', 'suggestion']]],
    ['eng', 'An interpreter who speaks Mandarin will be there.', []],
    ['eng', 'Our team will be checking the pipes.', [['Our team will be', 'suggestion']]],
    ['nob', 'Vaktmesteren ordner det nok snart.', [['snart', 'rule']]],
    ['eng', 'Hopefully the contractor will have it sorted soon.', [['soon', 'rule']]],
    ['nno', 'Vi skal følgje med på det framover.', [['framover', 'rule']]],
  ] as const)('%s: %s', (language, text, expected) => {
    expect(spans(text, language)).toEqual(expected);
  });

  it.each([
    // The reader's own timing, a condition, a time of day, statives, another body, an event the reader sees.
    ['nob', 'Søk så snart som mulig.'],
    ['nno', 'Om du vil betale seinare, er kontonummeret vårt 1503.12.34567.'],
    ['eng', 'The class will meet at the school at 8.'],
    ['nob', 'Kommunen vil dekke utgiftene.'],
    ['nob', 'Vi vil gjerne minne om fristen.'],
    ['nob', 'Vi vil likevel påpeke at søknaden mangler tegninger.'],
    ['eng', 'They will contact you.'],
    ['eng', 'You will find the form on our website.'],
    [
      'eng',
      'We will lift the notice by Wednesday 9 December at the latest. We will send a text message to everyone in the area as soon as the water is safe again.',
    ],
    ['nob', 'Saksbehandleren vil ringe deg innen tre arbeidsdager.'],
  ] as const)('leaves alone %s: %s', (language, text) => {
    expect(spans(text, language)).toEqual([]);
  });
});
