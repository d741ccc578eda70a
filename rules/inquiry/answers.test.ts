import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/calendar.ts';
import type { RuleLanguage } from '../ids.ts';
import { analyze } from '../text/analysis.ts';
import { findDates } from '../time/find-dates.ts';
import { answerQuestions } from './answers.ts';
import { findQuestions } from './questions.ts';

const TODAY = '2026-12-04';

function answers(inquiry: string, reply: string, language: RuleLanguage = 'nob') {
  const questions = answerQuestions(findQuestions(inquiry), reply, analyze(reply), findDates(reply, language, TODAY, createCalendar()), TODAY);
  return questions.map((q) => [q.text, q.answered ? reply.slice(q.answer!.start, q.answer!.end) : false]);
}

/** The answer the judge finds in the reply for one question, or false. */
function answerOf(question: string, reply: string, language: RuleLanguage = 'nob') {
  const [judged] = answers(question, reply, language);
  return judged?.[1];
}

describe('answerQuestions', () => {
  it('answers «what happens now?» with what happens and when, and not with an acknowledgement', () => {
    const reply = 'Hei Torunn,\n\nDu har rett i at arealet var feil. Du får en ny skatteseddel i posten innen fredag 11. desember.';
    expect(answers('Skatteseddelen sier 212 kvm. Hva skjer nå?', reply)).toEqual([
      ['Hva skjer nå?', 'Du får en ny skatteseddel i posten innen fredag 11. desember.'],
    ]);
    expect(answers('Skatteseddelen sier 212 kvm. Hva skjer nå?', 'Hei Torunn,\n\nTakk for meldingen. Vi ser på saken.')).toEqual([['Hva skjer nå?', false]]);
    expect(answers('We applied in September. Is there any news?', 'We are happy to offer Sofia a place from Monday 4 January.', 'eng')).toEqual([
      ['Is there any news?', 'We are happy to offer Sofia a place from Monday 4 January.'],
    ]);
  });

  it('answers "when will it be fixed?" with a repair said in other words and a time', () => {
    const reply =
      'Hei Linn,\n\nTakk for at du sier fra. Vi sendte ut en driftsarbeider i morges, og skruen er fjernet. Husken er bestilt, og den nye blir montert i uke 38.\n\nHele lekeplassen er med i planen for oppgradering som skal opp til politisk behandling i vinter.';
    // Its own words are few, and a question before it lends none: the repair said as «montert» answers it.
    expect(answers('hvem har ansvar for lekeplassen?? når blir det fikset?', reply)[1]).toEqual([
      'når blir det fikset?',
      'Husken er bestilt, og den nye blir montert i uke 38.',
    ]);
  });

  it('takes «medan vi ventar på …» for the time of a yes or no, not for an answer put off', () => {
    expect(
      answerOf(
        'Dersom eg ikkje møter opp på kurset måndag, blir stønaden min då redusert?',
        'Takk.\n\nStønaden din blir ikkje redusert medan vi ventar på fråsegna.',
        'nno',
      ),
    ).toBe('Stønaden din blir ikkje redusert medan vi ventar på fråsegna.');
    expect(answerOf('Blir stønaden min redusert?', 'Takk.\n\nVi ventar på fråsegna frå psykologen.', 'nno')).toBe(false);
  });

  it('does not take a condition in question order («Trenger dere strøm …, må det …») for a yes or no', () => {
    expect(answerOf('Er det strøm tilgjengelig i parken?', 'Hei,\n\nTrenger dere strøm til musikkanlegget, må det stå i søknaden.')).toBe(false);
    expect(answerOf('Må vi søke om strøm i parken?', 'Hei,\n\nDere må søke om strøm i parken sammen med arrangementet.')).toBe(
      'Dere må søke om strøm i parken sammen med arrangementet.',
    );
  });

  it('answers a why-question with what held the work up, without «fordi»', () => {
    expect(
      answerOf('Hvorfor er ikke papirdunken tømt?', 'Hei,\n\nPapirrunden på Nesttun ble forsinket av snøfallet onsdag, og dunken din blir tømt fredag.'),
    ).toBe('Papirrunden på Nesttun ble forsinket av snøfallet onsdag, og dunken din blir tømt fredag.');
    expect(answerOf('Kvifor vart ikkje dunken henta?', 'Hei,\n\nBilen fekk motorstopp tysdag, så dunken din vart ikkje henta.', 'nno')).toBe(
      'Bilen fekk motorstopp tysdag, så dunken din vart ikkje henta.',
    );
  });

  it('answers "where can I go?" with where to come, also an office named in capitals', () => {
    expect(answerOf('Where can I go tonight?', 'Come to the emergency shelter in the town hall after 8 pm.', 'eng')).toBe(
      'Come to the emergency shelter in the town hall after 8 pm.',
    );
    expect(answerOf('Hvor kan jeg hente pengene?', 'Pengene kan hentes på NAV Årstad før klokka 14.')).toBe('Pengene kan hentes på NAV Årstad før klokka 14.');
  });

  it('answers «who pays?» with a sentence in which someone pays, whoever it is', () => {
    expect(answerOf('Hvem skal betale dette?', 'Det betyr at dødsboet betaler fakturaene fram til huset er solgt.')).toBe(
      'Det betyr at dødsboet betaler fakturaene fram til huset er solgt.',
    );
    expect(answerOf('Hvem skal betale dette?', 'Fakturaen for 4. termin forfalt 20. november.')).toBe(false);
    expect(answerOf('Who will repair the leak?', 'The landlord repairs pipes inside the flat.', 'eng')).toBe('The landlord repairs pipes inside the flat.');
  });

  it('answers «Kan jeg få utsettelse?» and «Kan eg få ein ny time?» with the thing granted in other words', () => {
    expect(answerOf('Kan jeg få utsettelse?', 'Du får utsatt betalingen til fredag 15. januar 2027.')).toBe(
      'Du får utsatt betalingen til fredag 15. januar 2027.',
    );
    expect(answerOf('Kan eg få ein ny time før jul?', 'Den nye timen din er tysdag 15. desember kl. 09.30 ved Åsane tannklinikk.', 'nno')).toBe(
      'Den nye timen din er tysdag 15. desember kl. 09.30 ved Åsane tannklinikk.',
    );
    expect(answerOf('Kan jeg få utsettelse?', 'Du får svar innen fredag 11. desember.')).toBe(false);
  });

  it('answers a bare request for help with what the reader is given, and «Har dere noe ledig?» with what there is', () => {
    expect(answerOf('Kan jeg få hjelp?', 'Du får 2 100 kroner til mat til deg og barna fram til fredag 11. desember.')).toBe(
      'Du får 2 100 kroner til mat til deg og barna fram til fredag 11. desember.',
    );
    expect(answerOf('Kan jeg få hjelp?', 'Takk for e-posten din.')).toBe(false);
    expect(answerOf('Har dere noe ledig?', 'Vi har ledig tid i Ytrebygda idrettshall onsdagar kl. 19.00–20.30.', 'nno')).toBe(
      'Vi har ledig tid i Ytrebygda idrettshall onsdagar kl. 19.00–20.30.',
    );
  });

  it('answers "how soon can we get an appointment?" with a date and a clock time offered, in other words', () => {
    const reply = 'We do not run a sleep course. Maria Solberg can come on Wednesday 9 December at 13:00, if that suits you.';
    expect(answers('Does the clinic run a sleep course? How soon could we get an appointment?', reply, 'eng')).toEqual([
      ['Does the clinic run a sleep course?', 'We do not run a sleep course.'],
      ['How soon could we get an appointment?', 'Maria Solberg can come on Wednesday 9 December at 13:00, if that suits you.'],
    ]);
    expect(answerOf('How soon could we get an appointment?', 'We will call you to find a time.', 'eng')).toBe(false);
  });

  it('takes "did arrive" for a receipt, and a past date for when something is deemed to have arrived', () => {
    expect(answerOf('Please confirm that the receipts were received.', 'Your receipts did arrive in September, but two were missing.', 'eng')).toBe(
      'Your receipts did arrive in September, but two were missing.',
    );
    expect(
      answerOf('Når anses vedtaket å ha kommet frem til mine klienter?', 'Vi legger til grunn at det kom frem til dine klienter tirsdag 24. november.'),
    ).toBe('Vi legger til grunn at det kom frem til dine klienter tirsdag 24. november.');
  });

  it('answers «how much is it per hour» with an amount, not with a sentence that says «hvor mye» too', () => {
    const reply = 'Søknaden vurderes ut fra hvor mye og hvor tung hjelp du gir.';
    expect(answerOf('Hvor mye utgjør den i så fall per time', reply)).toBe(false);
    expect(answerOf('Hvor mye utgjør den i så fall per time', 'Omsorgsstønaden er 212 kroner per time.')).toBe('Omsorgsstønaden er 212 kroner per time.');
  });

  it('answers a question about a waiting or processing time with a length of time, not with a place granted from a date', () => {
    const granted = 'Vi har innvilget et korttidsopphold på Fana sykehjem fra 3. mars, slik at han har et trygt tilbud mens søknaden behandles.';
    expect(answerOf('Hvor lang er ventetiden på en demensplass i Fana akkurat nå?', granted)).toBe(false);
    expect(answerOf('Hvor lang er ventetiden på en demensplass i Fana?', 'Ventetiden på en demensplass i Fana er nå om lag tre måneder.')).toBe(
      'Ventetiden på en demensplass i Fana er nå om lag tre måneder.',
    );
    expect(answerOf('Hvor lang er saksbehandlings tiden hos dere?', 'Vi har dessverre lang kø på saker for tiden.')).toBe(false);
    expect(answerOf('Hvor lang er saksbehandlings tiden hos dere?', 'Saksbehandlingstiden hos oss er seks uker.')).toBe(
      'Saksbehandlingstiden hos oss er seks uker.',
    );
  });

  it('takes a receipt said in the passive for the answer to «have you received it?», also beside «under behandling»', () => {
    const reply = 'Søknaden er mottatt og er under behandling hos oss.';
    expect(answerOf('Har de fått søknaden vår?', reply, 'nno')).toBe(reply);
    expect(answerOf('Has my application been received?', 'Your application has been received and is being processed.', 'eng')).toBe(
      'Your application has been received and is being processed.',
    );
    expect(answerOf('Har de behandla søknaden vår?', reply, 'nno')).toBe(false);
  });

  it('takes the act asked for, done, for the answer: «Kan dere rette …?», "whether you could correct", «Hvordan kan jeg endre …?»', () => {
    const done = 'We have corrected the spelling of your name in our billing system.';
    expect(answerOf('I wonder whether you could correct this.', done, 'eng')).toBe(done);
    const retta = 'Vi har rettet navnet ditt i fakturasystemet.';
    expect(answerOf('Hvordan kan jeg rette det?', retta)).toBe(retta);
    expect(answerOf('Kan dere endre adressen på fakturaen?', 'Adressen på fakturaen er nå endret.')).toBe('Adressen på fakturaen er nå endret.');
    // Another act, or the act only promised, is no answer.
    expect(answerOf('I wonder whether you could correct this.', 'We have sent the invoice again.', 'eng')).toBe(false);
    expect(answerOf('Hvordan kan jeg rette det?', 'Vi ser på saken.')).toBe(false);
  });

  it('takes a lead-in and the list after it for the answer to what to send or how to go about it', () => {
    const reply =
      'Dere kan søke tilskudd.\n\nDette trenger vi fra dere:\n\n1. Bilder av alle vinduene\n2. Et pristilbud fra en håndverker\n\nSøknadsfristen er 1. mars 2027.';
    expect(answers('Kan vi søke om tilskudd, og hva må vi i så fall sende inn?', reply)).toEqual([
      ['Kan vi søke om tilskudd', 'Dere kan søke tilskudd.'],
      ['hva må vi i så fall sende inn?', 'Dette trenger vi fra dere:'],
    ]);
    const steps = 'Takk for at du tok kontakt.\n\nSlik går det vidare:\n\n1. Eg ringjer mor di onsdag 25. november.\n2. Eg finn ein frivillig som passar.';
    expect(answerOf('Korleis går vi fram?', steps, 'nno')).toBe('Slik går det vidare:');
    // A list that is not what was asked answers nothing.
    expect(answerOf('Hva må vi sende inn?', 'Åpningstidene er:\n\n- mandag 8–15\n- tirsdag 8–15')).toBe(false);
  });

  it('takes the thing asked for, arranged for a date, for a yes; and the office acting at a time for a request by a time', () => {
    expect(answerOf('Kan vi få en dunk til?', 'Takk for meldingen.\n\nDen nye dunken blir levert mandag 11. januar.')).toBe(
      'Den nye dunken blir levert mandag 11. januar.',
    );
    expect(answerOf('Kan jeg få en ny?', 'Ny time hos tannpleier er torsdag 7. januar kl. 09.30.')).toBe(
      'Ny time hos tannpleier er torsdag 7. januar kl. 09.30.',
    );
    const pickup = 'Vi hentar grovavfallet hjå deg onsdag 16. desember, mellom klokka 7 og 15.';
    expect(answerOf('Kan de kome før jul?', pickup, 'nno')).toBe(pickup);
    // Arranged without a date, or only acknowledged: no answer.
    expect(answerOf('Kan vi få en dunk til?', 'Vi har registrert ønsket ditt om en ekstra dunk.')).toBe(false);
    expect(answerOf('Kan de kome før jul?', 'Vi har registrert bestillinga di.', 'nno')).toBe(false);
  });

  it('takes opening hours for «når er det åpent?» and an end time for how long', () => {
    expect(answerOf('Når er bassenget åpent for publikum på søndag?', 'På søndager er det åpent for publikum fra kl. 10 til 18.')).toBe(
      'På søndager er det åpent for publikum fra kl. 10 til 18.',
    );
    expect(answerOf('Kor lenge kan vi ha garderoben etter kampen?', 'De kan nytte garderoben fram til kl. 18.00.', 'nno')).toBe(
      'De kan nytte garderoben fram til kl. 18.00.',
    );
    expect(answerOf('Kor lenge kan vi ha garderoben etter kampen?', 'Garderoben blir vaska kvar dag.', 'nno')).toBe(false);
  });

  it('takes «klagefristen er tre uker» for the appeal deadline, not for how long the office takes', () => {
    const reply = 'Klagefristen er tre uker fra du fikk vedtaket.';
    expect(answerOf('Hvor lang tid tar en klage?', reply)).toBe(false);
    expect(answerOf('Hva er klagefristen?', reply)).toBe(reply);
  });

  it('takes minutes for a duration that answers how long', () => {
    const q = 'Kor lang tid set de av til konsultasjonen?';
    expect(answerOf(q, 'Vi har sett av 60 minutt til konsultasjonen.', 'nno')).toBe('Vi har sett av 60 minutt til konsultasjonen.');
    expect(answerOf('How long is the appointment?', 'The appointment lasts about 40 minutes.', 'eng')).toBe('The appointment lasts about 40 minutes.');
    expect(answerOf(q, 'Vi har sett av god tid til konsultasjonen.', 'nno')).toBe(false);
  });

  it('takes a question passed on to someone else for an answer only with when and how the answer comes', () => {
    const q = 'Is it true that pensioners over 70 get a reduction?';
    expect(answers(q, 'Your question about a reduction for pensioners has been forwarded to the Property Tax Office.', 'eng')).toEqual([[q, false]]);
    const timed =
      'Your question about a reduction for pensioners has been forwarded to the Property Tax Office, who will answer you by e-mail by Friday 11 December.';
    expect(answers(q, timed, 'eng')).toEqual([[q, timed]]);
    const nb = 'Vi har sendt spørsmålet om løftestolen videre til AdO arena.';
    expect(answers('Har AdO arena løftestol i bassenget?', nb)).toEqual([['Har AdO arena løftestol i bassenget?', false]]);
  });

  it('takes a distance in metres for an answer about a distance, and a time for an inspection for when it is checked', () => {
    const q = 'What is the minimum distance to the neighbour boundary?';
    const reply = 'A garage must stand at least 1 metre from the boundary.';
    expect(answers(q, reply, 'eng')).toEqual([[q, reply]]);
    const nb = 'Du får tilsendt tidspunkt for befaring på SMS innen fredag 11. desember.';
    expect(answers('Måleren viser feil. Når kan dere sjekke den?', nb)).toEqual([['Når kan dere sjekke den?', nb]]);
  });

  it('takes «you are right» for the answer to whether something is a mistake, not to any yes/no question', () => {
    const reply = 'Thank you for your message, and you are right: the property tax bill was sent with the wrong amount. A new bill will come.';
    expect(answerOf('Is this a mistake?', reply, 'eng')).toBe(
      'Thank you for your message, and you are right: the property tax bill was sent with the wrong amount.',
    );
    expect(answerOf('Stemmer det at fakturaen er feil?', 'Du har helt rett når det gjelder fakturaen. Vi sender en ny.')).toBe(
      'Du har helt rett når det gjelder fakturaen.',
    );
    expect(answerOf('Can I park there?', 'You are right that the sign is old.', 'eng')).toBe(false);
  });

  it('takes the sentence that says what a thing is for «Hva betyr det?» and "What is it?"', () => {
    const iop = 'Takk for at du spør. En individuell opplæringsplan (IOP) er en plan som beskriver hva Yusuf skal lære. Dere som foreldre skal være med.';
    expect(answers('Vi har fått brev om at Yusuf skal få IOP. Hva betyr det?', iop)).toEqual([
      ['Hva betyr det?', 'En individuell opplæringsplan (IOP) er en plan som beskriver hva Yusuf skal lære.'],
    ]);
    const rs = 'Thank you for your question. RS virus is a common cold virus that most children catch. Call us if you are worried.';
    expect(answerOf('They say there is RS virus going around. What is it?', rs, 'eng')).toBe('RS virus is a common cold virus that most children catch.');
    // A reply that never says what it is leaves the question open.
    expect(answerOf('Vi har fått brev om IOP. Hva betyr det?', 'Takk for at du spør. Vi har et møte om planen tirsdag 12. januar.')).toBe(false);
  });

  it('takes a decision for the answer to whether the matter is processed, in words of its own', () => {
    const reply = 'Søknaden din om parkeringsløyve for forflytningshemma er innvilga. Vi sender kortet i posten i dag.';
    expect(answerOf('Eg søkte om HC-kort for tre veker sidan og lurer på om det er behandla.', reply, 'nno')).toBe(
      'Søknaden din om parkeringsløyve for forflytningshemma er innvilga.',
    );
    expect(answerOf('Eg søkte om HC-kort for tre veker sidan og lurer på om det er behandla.', 'Søknaden din om parkeringsløyve ligg hos oss.', 'nno')).toBe(
      false,
    );
  });

  it("does not take the citizen's own deadline for when the office answers, but does when that deadline is asked", () => {
    const reply = 'Søknadsfristen for tilskot er 1. mars, og de søkjer via søknadsportalen.';
    expect(answerOf('Kan de seie meg når vi får svar på søknaden om tilskot?', reply, 'nno')).toBe(false);
    expect(answerOf('Når må søknaden vere inne?', reply, 'nno')).toBe(reply);
  });

  it('takes advice on a condition for when to worry, as for when to come', () => {
    const reply = 'Hvis barnet puster raskt eller drikker mindre enn vanlig, bør dere ringe legevakten på 116 117 med en gang.';
    expect(answerOf('Når skal man bekymre seg for en baby på 4 måneder?', reply)).toBe(reply);
  });

  it('does not take a share for a price, but does for a discount', () => {
    const reply = 'Sysken får 30 prosent moderasjon.';
    expect(answers('Kva kostar ein heil plass no?', reply, 'nno')).toEqual([['Kva kostar ein heil plass no?', false]]);
    expect(answers('Kor mykje moderasjon får sysken?', reply, 'nno')).toEqual([['Kor mykje moderasjon får sysken?', reply]]);
  });

  it('takes a duration or a done-by time, not a start date, for how long the processing takes', () => {
    const q = 'Hvor lang tid tar behandlingen?';
    expect(answerOf(q, 'Mia har fått tilbud om plass i Løvstakken barnehage fra 1. februar 2027.')).toBe(false);
    expect(answerOf(q, 'Behandlingen tar om lag fire uker.')).toBe('Behandlingen tar om lag fire uker.');
    expect(answerOf(q, 'Du får svar innen fredag 18. desember.')).toBe('Du får svar innen fredag 18. desember.');
    // How much a tax rises is money, not a count of weeks.
    expect(answerOf('Hvor mye øker eiendomsskatten?', 'Du kan klage på taksten innen seks uker.')).toBe(false);
    expect(answerOf('Hvor mye øker eiendomsskatten?', 'Eiendomsskatten øker med 20 prosent.')).toBe('Eiendomsskatten øker med 20 prosent.');
    // How long a state lasts is answered by when it ends.
    expect(answerOf('Kor lenge kjem dette til å vare?', 'Vi spyler leidningane måndag 7. desember, og vatnet skal vere klart etter det.', 'nno')).toBe(
      'Vi spyler leidningane måndag 7. desember, og vatnet skal vere klart etter det.',
    );
  });

  it('answers a processing-time question with the processing time named as such, not with one that only varies', () => {
    const q = 'Hvor lang tid tar det å få godkjent søknaden om påslipp?';
    expect(answerOf(q, 'Saksbehandlingstiden er for tiden omtrent tre uker fra vi har alt vi trenger.')).toBe(
      'Saksbehandlingstiden er for tiden omtrent tre uker fra vi har alt vi trenger.',
    );
    expect(answerOf(q, 'Saksbehandlingstiden varierer gjennom året.')).toBe(false);
  });

  it('answers whether it costs anything with «kostar deg ingenting», "costs you nothing"', () => {
    expect(answerOf('Kostar det noko for meg?', 'Bytet kostar deg ingenting, sidan målaren er kommunen sin.', 'nno')).toBe(
      'Bytet kostar deg ingenting, sidan målaren er kommunen sin.',
    );
    expect(answerOf('Does it cost anything?', 'The new meter costs you nothing.', 'eng')).toBe('The new meter costs you nothing.');
  });

  it('answers «Gi meg beskjed om jeg må gjøre noe mer» with nothing more needed', () => {
    expect(answerOf('Gi meg beskjed om jeg må gjøre noe mer.', 'Utover kontrakten trenger vi ikke noe mer fra deg.')).toBe(
      'Utover kontrakten trenger vi ikke noe mer fra deg.',
    );
  });

  it('answers «Kven bestemmer det?» with who makes the decision', () => {
    expect(answerOf('Kven bestemmer det?', 'Det er rektor som gjer vedtaket, etter ei tilråding frå PPT.', 'nno')).toBe(
      'Det er rektor som gjer vedtaket, etter ei tilråding frå PPT.',
    );
  });

  it('answers «Når kan jeg hente den?» with the hours it can be collected', () => {
    const reply = 'Bilen står på Bergen Bilberging i Ytrebygda. Den kan hentes hverdager kl. 07–22 og lørdager kl. 09–17.';
    expect(answerOf('Når kan jeg hente den?', reply)).toBe('Den kan hentes hverdager kl. 07–22 og lørdager kl. 09–17.');
  });

  it('meets a nynorsk definite noun in -inga with its bare form', () => {
    expect(answerOf('Kor lenge varer stenginga?', 'Stenging av vegen skjer laurdag 12. desember frå kl. 10 til kl. 14.', 'nno')).toBe(
      'Stenging av vegen skjer laurdag 12. desember frå kl. 10 til kl. 14.',
    );
  });

  it("does not take the citizen's appeal deadline for how long the office takes", () => {
    const reply = 'A parking fee can be appealed in writing within three weeks of the date it was issued.';
    expect(answers('How long does it usually take to get a decision?', reply, 'eng')).toEqual([['How long does it usually take to get a decision?', false]]);
    expect(answers('What is the deadline for appealing?', reply, 'eng')).toEqual([['What is the deadline for appealing?', reply]]);
    const nb = 'Klagen sendes til oss innen tre uker fra du mottok vedtaket.';
    expect(answers('Hvor lenge tar en klagebehandling hos dere?', nb)).toEqual([['Hvor lenge tar en klagebehandling hos dere?', false]]);
    expect(answers('Hvor lang tid har dere på å svare på et innsynskrav?', nb)).toEqual([['Hvor lang tid har dere på å svare på et innsynskrav?', false]]);
    expect(answers('Hva er klagefristen?', nb)).toEqual([['Hva er klagefristen?', nb]]);
  });

  it('takes «the same day» for a time, and a repair for what fixing asks about', () => {
    expect(answers('How quickly can I get money for food?', 'You will get money for food the same day.', 'eng')).toEqual([
      ['How quickly can I get money for food?', 'You will get money for food the same day.'],
    ]);
    const reply = 'You can stay in the flat. A caretaker will come on Wednesday 9 December to plan the repair.';
    expect(answers('Can we stay in the flat? When will someone come to fix it?', reply, 'eng')).toEqual([
      ['Can we stay in the flat?', 'You can stay in the flat.'],
      ['When will someone come to fix it?', 'A caretaker will come on Wednesday 9 December to plan the repair.'],
    ]);
  });

  it('reads «Er det mulig?» by the wish before it', () => {
    const reply = 'Vi har reservert tid til bisettelse i Møllendal kapell fredag 11. desember kl. 12.00, slik du ønsket.';
    expect(answers('Vi ønsker bisettelse i Møllendal kapell, gjerne fredag 11. desember. Er det mulig?', reply)).toEqual([['Er det mulig?', reply]]);
    expect(answers('Vi ønsker bisettelse i Møllendal kapell, gjerne fredag 11. desember. Er det mulig?', 'Gravferdskontoret har åpent hverdager.')).toEqual([
      ['Er det mulig?', false],
    ]);
  });

  it('answers «Hva gjør dere?» and "What are you doing about it?" with what the office does, not with sympathy', () => {
    const inquiry = 'Det drypper fra taket på badet, og det er tre uker siden jeg meldte fra. Hva gjør dere?';
    expect(answers(inquiry, 'Beklager at lekkasjen ikke er fikset. Vi purrer på rørleggeren og gir beskjed når vi vet mer.')).toEqual([
      ['Hva gjør dere?', 'Vi purrer på rørleggeren og gir beskjed når vi vet mer.'],
    ]);
    expect(answers(inquiry, 'Beklager at lekkasjen ikke er fikset. Vi forstår at dette er en belastning.')).toEqual([['Hva gjør dere?', false]]);
    expect(answers('The heating is off again. What are you doing about it?', 'We have sent a caretaker to the building this morning.', 'eng')).toEqual([
      ['What are you doing about it?', 'We have sent a caretaker to the building this morning.'],
    ]);
  });

  it('answers a time of day asked of any bus or ferry, or of the morning, with a clock time', () => {
    expect(answerOf('Når går skolebussen fra Kalandseidet om morgenen?', 'Skolebussen går fra Kalandseidet kl. 07.42.')).toBe(
      'Skolebussen går fra Kalandseidet kl. 07.42.',
    );
    expect(answerOf('When does the ferry leave in the morning?', 'The ferry leaves at 06:50 on weekdays.', 'eng')).toBe(
      'The ferry leaves at 06:50 on weekdays.',
    );
    expect(answerOf('Når går skolebussen fra Kalandseidet?', 'Skolebussen går fra Kalandseidet kl. 07.42.')).toBe(
      'Skolebussen går fra Kalandseidet kl. 07.42.',
    );
  });

  it('answers «what can I do?» and «who should I contact?» with a way forward, not with sympathy', () => {
    expect(answers('Vannet har gått i kjelleren. Hva kan jeg gjøre?', 'Det var leit å høre. Du kan melde skaden til forsikringsselskapet ditt.')).toEqual([
      ['Hva kan jeg gjøre?', 'Du kan melde skaden til forsikringsselskapet ditt.'],
    ]);
    expect(answers('Vannet har gått i kjelleren. Hva kan jeg gjøre?', 'Det var leit å høre. Vi forstår at dette er vanskelig.')).toEqual([
      ['Hva kan jeg gjøre?', false],
    ]);
    expect(answers('Dunken er ikke tømt. Hvem skal jeg kontakte?', 'Tømmingen har BIR ansvaret for, og du når kundeservice deres på 55 27 77 00.')).toEqual([
      ['Hvem skal jeg kontakte?', 'Tømmingen har BIR ansvaret for, og du når kundeservice deres på 55 27 77 00.'],
    ]);
  });

  it('answers a when-question with a date and an amount question with the amount, in another order', () => {
    const reply = 'Hei Kari,\n\nKortet koster 3 720 kroner i året. Søknaden ble godkjent i går, og kortet kommer i posten innen 11. desember.';
    expect(answers('Når får jeg svar? Og hva koster kortet?', reply)).toEqual([
      ['Når får jeg svar?', 'Søknaden ble godkjent i går, og kortet kommer i posten innen 11. desember.'],
      ['Og hva koster kortet?', 'Kortet koster 3 720 kroner i året.'],
    ]);
  });

  it('answers «does it cost?» with «free», and a when-question with no words of its own by the only time', () => {
    const reply =
      'Your daughter Zofia has an appointment at the dental clinic on Tuesday 12 January at 09:30. Dental care is free for children under 19, so there is nothing to pay.';
    expect(answers('My daughter is 9. Does it cost money? When can she come?', reply, 'eng')).toEqual([
      ['Does it cost money?', 'Dental care is free for children under 19, so there is nothing to pay.'],
      ['When can she come?', 'Your daughter Zofia has an appointment at the dental clinic on Tuesday 12 January at 09:30.'],
    ]);
    expect(answers('Kva kostar det?', 'Det er ingenting å betale for første time.', 'nno')).toEqual([
      ['Kva kostar det?', 'Det er ingenting å betale for første time.'],
    ]);
    expect(answers('Does it cost money?', 'Feel free to call us on 55 56 93 40.', 'eng')).toEqual([['Does it cost money?', false]]);
    expect(answers('What does it cost?', 'You can register online, and it is free.', 'eng')).toEqual([
      ['What does it cost?', 'You can register online, and it is free.'],
    ]);
    expect(answers('What will it cost?', 'Children under 16 are exempt from the patient fee.', 'eng')).toEqual([
      ['What will it cost?', 'Children under 16 are exempt from the patient fee.'],
    ]);
    expect(answers('What is the fee?', 'A heat pump is normally exempt from application.', 'eng')).toEqual([['What is the fee?', false]]);
  });

  it('answers with a shop for where, a day of the month for when, and «kjem av at» for why', () => {
    expect(answers('Kvar kan eg kjøpe ekstra sekker?', 'Ekstrasekker får du kjøpt på dei fleste daglegvarebutikkane i bydelen.', 'nno')).toEqual([
      ['Kvar kan eg kjøpe ekstra sekker?', 'Ekstrasekker får du kjøpt på dei fleste daglegvarebutikkane i bydelen.'],
    ]);
    expect(answers('Kor tid må endringa vere meld inn?', 'Endringa må meldast i Vigilo innan 15. i månaden.', 'nno')).toEqual([
      ['Kor tid må endringa vere meld inn?', 'Endringa må meldast i Vigilo innan 15. i månaden.'],
    ]);
    expect(answers('Kva er årsaka?', 'Misfarginga kjem av at vi spylte leidningane i området.', 'nno')).toEqual([
      ['Kva er årsaka?', 'Misfarginga kjem av at vi spylte leidningane i området.'],
    ]);
  });

  it('takes «og ser nærmere på det» for an acknowledgement, a span looked back on for no time, and «vi manglar» for an answer', () => {
    expect(
      answers(
        'Gi meg beskjed om hvordan vi søker om redusert foreldrebetaling.',
        'Når det gjelder redusert foreldrebetaling, har vi mottatt spørsmålet ditt og ser nærmere på det.',
      ),
    ).toEqual([['Gi meg beskjed om hvordan vi søker om redusert foreldrebetaling.', false]]);
    expect(answers('Når får jeg svar?', 'For at vi skal kunne behandle søknaden, må du ettersende kontoutskrift for de siste tre månedene.')).toEqual([
      ['Når får jeg svar?', false],
    ]);
    expect(answers('Treng de fleire papir frå meg?', 'Vi manglar framleis kontoutskrift for oktober.', 'nno')).toEqual([
      ['Treng de fleire papir frå meg?', 'Vi manglar framleis kontoutskrift for oktober.'],
    ]);
    expect(answers('Taket lek. Kven skal eg kontakte om det?', 'Skadar melder du til driftstenesta på telefon 55 56 51 00.', 'nno')).toEqual([
      ['Kven skal eg kontakte om det?', 'Skadar melder du til driftstenesta på telefon 55 56 51 00.'],
    ]);
  });

  it('answers «is there a charge?» with a price or «free», not with a sentence about the thing', () => {
    const q = 'Is there any charge for the safety alarm?';
    const about = 'They will also look at the need for a safety alarm, which is usually installed within two weeks.';
    expect(answers(q, about, 'eng')).toEqual([[q, false]]);
    const free = 'The safety alarm is free of charge.';
    expect(answers(q, `${about} ${free}`, 'eng')).toEqual([[q, free]]);
  });

  it('answers «Kan ein få …?» with a statement of the same modal and verb, whoever its subject, and «må eg ha CV?» by its acronym', () => {
    const card = 'Barn kan få eige lånekort same kor gamle dei er.';
    expect(answerOf('Kan ein få lånekort til babyen?', card, 'nno')).toBe(card);
    const other = 'Hvis dere takker ja, kan barnet begynne i barnehagen i august.';
    expect(answerOf('Kan han få plass i barnehagen ved Danmarksplass?', other)).toBe(false);
    const cv = 'Du treng ikkje leggje ved CV.';
    expect(answerOf('må eg ha CV?', cv, 'nno')).toBe(cv);
  });

  it('answers a discount question only with a discount (or a plain yes or no), a who-question with a passive and its agent, and «utan ekstra kostnad» for a price', () => {
    const price = 'Leie for lag i kommunen er 300 kroner i timen.';
    expect(answerOf('Får frivillige lag rabatt?', price)).toBe(false);
    const discount = 'Frivillige lag får 50 prosent rabatt på leien.';
    expect(answerOf('Får frivillige lag rabatt?', `${price} ${discount}`)).toBe(discount);
    const yes = 'Ja, to nabohusstander kan dele restavfallsbeholder, og da deles gebyret mellom dere.';
    expect(answerOf('Kan vi dele restavfallsdunk med naboen og få redusert gebyr?', yes)).toBe(yes);
    const agent = 'Halltid for sesongen 2027 fordeles av idrettsrådet.';
    expect(answerOf('Hvem fordeler halltid?', agent)).toBe(agent);
    const free = 'Vi køyrer ein ekstrarunde torsdag 10. desember utan ekstra kostnad for deg.';
    expect(answerOf('Kostar det noko ekstra?', free, 'nno')).toBe(free);
  });

  it('answers «do I have to pay?» with «free of charge», and who pays with whose responsibility it is', () => {
    const free = 'Collection of bulky waste is free of charge.';
    expect(answerOf('do I have to pay?', free, 'eng')).toBe(free);
    const monthly = 'Beboarparkeringskort for sone Sandviken kostar 1 650 kroner for eit halvår.';
    expect(answerOf('kan eg betale månadleg?', monthly, 'nno')).toBe(false);
    const whose = 'Lekkasjen på kommunens side av eiendomsgrensen er kommunens ansvar, og den reparasjonen koster deg ingenting.';
    expect(answerOf('Hvem betaler for reparasjonen, meg eller kommunen?', whose)).toBe(whose);
  });

  it('answers a how-many question with a number that is not money', () => {
    const reply = 'Storsalen har plass til 220 personer på stoler. Leie for en lørdag kveld er 8 500 kroner.';
    expect(answers('Hvor mange får vi plass til i storsalen?', reply)).toEqual([
      ['Hvor mange får vi plass til i storsalen?', 'Storsalen har plass til 220 personer på stoler.'],
    ]);
    expect(answers('Hvor mange får vi plass til i storsalen?', 'Storsalen kan leies alle dager. Kontakt oss for å booke.')).toEqual([
      ['Hvor mange får vi plass til i storsalen?', false],
    ]);
  });

  it('answers a deadline question with a date, a distance question with a distance, a where-to-send question with the office', () => {
    expect(answers('Jeg vil endre plassen. Hva er fristen?', 'Endringer må være registrert innen 1. desember for å gjelde fra januar.')).toEqual([
      ['Hva er fristen?', 'Endringer må være registrert innen 1. desember for å gjelde fra januar.'],
    ]);
    expect(answers('Kor langt må ein klare å gå for å få løyve?', 'Du må ikkje klare å gå meir enn om lag 200 meter.', 'nno')).toEqual([
      ['Kor langt må ein klare å gå for å få løyve?', 'Du må ikkje klare å gå meir enn om lag 200 meter.'],
    ]);
    expect(answers('Kor langt må ein klare å gå for å få løyve?', 'Du må ikkje klare å gå langt.', 'nno')).toEqual([
      ['Kor langt må ein klare å gå for å få løyve?', false],
    ]);
    expect(answers('Kven sender eg søknaden til?', 'Søknaden sender du til Tildelingskontoret, Postboks 7700.', 'nno')).toEqual([
      ['Kven sender eg søknaden til?', 'Søknaden sender du til Tildelingskontoret, Postboks 7700.'],
    ]);
  });

  it('reads a compound by its last part and a duration in years', () => {
    // «klagefristen» is a deadline: «Frist: seks uker …» answers it.
    expect(
      answers(
        'Hvordan klager jeg, og hva er klagefristen?',
        'Klage sendes skriftlig, helst via skjemaet på Min side. Frist: seks uker fra datoen på skatteseddelen.',
      ),
    ).toEqual([
      ['Hvordan klager jeg', 'Klage sendes skriftlig, helst via skjemaet på Min side.'],
      ['hva er klagefristen?', 'Frist: seks uker fra datoen på skatteseddelen.'],
    ]);
    expect(answers('Kor lenge må eg vente på båtplass?', 'Ventetida for båtplass er om lag to år.', 'nno')).toEqual([
      ['Kor lenge må eg vente på båtplass?', 'Ventetida for båtplass er om lag to år.'],
    ]);
  });

  it('answers how and where with the channel, and who with the one responsible', () => {
    expect(answers('Vi vil si opp plassen. Kvar seier vi opp plassen?', 'Plassen seier de opp i søknadsportalen for barnehage.', 'nno')).toEqual([
      ['Kvar seier vi opp plassen?', 'Plassen seier de opp i søknadsportalen for barnehage.'],
    ]);
    expect(answers('How do we sign her up for the kulturskole?', 'You apply on the Bergen kulturskole page on bergen.kommune.no.', 'eng')).toEqual([
      ['How do we sign her up for the kulturskole?', 'You apply on the Bergen kulturskole page on bergen.kommune.no.'],
    ]);
    expect(answers('Kven har ansvaret for leidningen frå huset?', 'Leidningen frå huset er huseigaren sitt ansvar.', 'nno')).toEqual([
      ['Kven har ansvaret for leidningen frå huset?', 'Leidningen frå huset er huseigaren sitt ansvar.'],
    ]);
    expect(answers('Kven handsamar klaga?', 'Det er Etat for tildeling som vurderer klaga først.', 'nno')).toEqual([
      ['Kven handsamar klaga?', 'Det er Etat for tildeling som vurderer klaga først.'],
    ]);
  });

  it('takes a welcome, a need or a requirement for a yes or no', () => {
    expect(answers('Kan vi vere med på møtet?', 'Møtet er på tysdag, og der er de hjarteleg velkomne.', 'nno')).toEqual([
      ['Kan vi vere med på møtet?', 'Møtet er på tysdag, og der er de hjarteleg velkomne.'],
    ]);
    expect(answers('Do we need a permit for the balcony?', 'A balcony of this size requires a building permit.', 'eng')).toEqual([
      ['Do we need a permit for the balcony?', 'A balcony of this size requires a building permit.'],
    ]);
    expect(answers('Do we need a permit for the balcony?', 'The balcony was built in 1990.', 'eng')).toEqual([['Do we need a permit for the balcony?', false]]);
  });

  it('reads «Stemmer det?» as asking about the statement before it', () => {
    const inquiry = 'En kollega sa at nye hus ikke skal betale eiendomsskatt de første årene. Stemmer det, og må jeg søke om noe?';
    const reply = 'Du har rett i at nye boliger kan få fritak fra eiendomsskatt de første årene.';
    expect(answers(inquiry, reply)[0]).toEqual(['Stemmer det', reply]);
  });

  it('reads a short question ending on «det» or "it" by the sentence before it, or the one before that', () => {
    const water = 'Vannet i springen er brunt som te. Kan vi drikke det?';
    expect(answers(water, 'Takk for at du meldte fra. Vannet er trygt å drikke, også for babyer.')[0]).toEqual([
      'Kan vi drikke det?',
      'Vannet er trygt å drikke, også for babyer.',
    ]);
    expect(answers(water, 'Takk for at du meldte fra. Vi skal drikke kaffe i morgen.')[0]).toEqual(['Kan vi drikke det?', false]);
    const plan = 'Jeg fikk et brev om områderegulering. Jeg forstår ingenting av det. Hva betyr det?';
    const reply = 'Takk for at du spør. Områderegulering er en plan kommunen lager for et større område.';
    expect(answers(plan, reply)[0]).toEqual(['Hva betyr det?', 'Områderegulering er en plan kommunen lager for et større område.']);
  });

  it('answers a yes/no question about a time with the time', () => {
    const inquiry = 'Will the bins be emptied before Christmas?';
    expect(answers(inquiry, 'Collection is on Thursday 17 December.', 'eng')).toEqual([[inquiry, 'Collection is on Thursday 17 December.']]);
    expect(answers(inquiry, 'Collection is done by the regular crew.', 'eng')).toEqual([[inquiry, false]]);
  });

  it('does not take an acknowledgement for an answer', () => {
    const reply = 'Takk for henvendelsen. Vi ser på saken din og kommer tilbake til deg.';
    expect(answers('Hvor lang tid tar behandlingen? Jeg lurer også på om jeg må varsle naboene.', reply)).toEqual([
      ['Hvor lang tid tar behandlingen?', false],
      ['Jeg lurer også på om jeg må varsle naboene.', false],
    ]);
  });

  it('accepts "cannot answer yet" only with when and how the answer comes', () => {
    const inquiry = 'Får eg dispensasjon til å byggje tilbygget?';
    expect(answers(inquiry, 'Me kan ikkje seie enno om du får dispensasjon. Me kjem tilbake til deg.', 'nno')).toEqual([[inquiry, false]]);
    expect(answers(inquiry, 'Me kan ikkje seie enno om du får dispensasjon. Du får vedtaket i brev innan 18. desember.', 'nno')).toEqual([
      // The answer shown covers the sentence with the when and how as well.
      [inquiry, 'Me kan ikkje seie enno om du får dispensasjon. Du får vedtaket i brev innan 18. desember.'],
    ]);
  });

  it('lets one sentence answer two questions', () => {
    const reply = 'We cannot refund the fee, because you cancelled less than 48 hours before the course started.';
    expect(answers('Can I get a refund for the course I cancelled? If not, why not?', reply, 'eng')).toEqual([
      ['Can I get a refund for the course I cancelled?', reply],
      ['If not, why not?', reply],
    ]);
  });

  it('does not take a date that looks back for when something will happen', () => {
    expect(answers('Når får jeg svar på søknaden?', 'Vi mottok søknaden 20.11.2026. Den er under behandling.')).toEqual([
      ['Når får jeg svar på søknaden?', false],
    ]);
    // … but it answers a question about the past.
    expect(answers('Når mottok dere søknaden min?', 'Vi mottok søknaden din 20.11.2026.')).toEqual([
      ['Når mottok dere søknaden min?', 'Vi mottok søknaden din 20.11.2026.'],
    ]);
  });

  it('needs the words of the question for a what-question, not just any sentence', () => {
    const reply = 'You can book a meeting with a caseworker by calling 55 56 55 56.';
    expect(answers('How do I book a meeting? Please let me know what documents I should bring to the meeting.', reply, 'eng')).toEqual([
      ['How do I book a meeting?', reply],
      ['Please let me know what documents I should bring to the meeting.', false],
    ]);
  });

  it('takes other words for the same substance: none left, a place in a queue, a quantity, a number to call, free of a co-payment', () => {
    const none = 'Vi har dessverre ingen ledige tider i helgene nå.';
    expect(answerOf('Er det også mulig å få en ekstra time i helgene?', none)).toBe(none);
    const rank = 'Sondre er nummer 3 på ventelista til Løvåsen barnehage.';
    expect(answerOf('Kor langt nede på ventelista står Sondre no?', rank, 'nno')).toBe(rank);
    const snow = 'Vi set i gang brøytinga når det har kome om lag 8 cm snø.';
    expect(answerOf('Kor mykje snø må det kome før de brøytar?', snow, 'nno')).toBe(snow);
    // A price asked without a money word is still a price: a count alone does not answer it.
    expect(answerOf('How much is a full-time place then?', 'A full-time place covers 20 hours a week.', 'eng')).toBe(false);
    // A money word right after «hvor mye» makes it a price too: «to halvår» is no sum.
    expect(answerOf('Hvor mye penger er det på kortet for ett år?', 'Beløpet fordeles på to halvår, og pengene kan ikke tas ut kontant.')).toBe(false);
    const call = 'Trenger dere time fort, bør dere ringe tannklinikken direkte på 55 00 00 20.';
    expect(answerOf('Hvor skal vi ringe for å få time fort?', call)).toBe(call);
    const free = 'Som sykehjemsbeboer får moren din tannbehandlingen uten egenandel.';
    expect(answerOf('Hva koster tannbehandlingen for moren min?', free)).toBe(free);
  });

  it('answers a discount, an existence and a perfect-tense question by a statement of the same', () => {
    const discount = 'Søsken får 25 prosent moderasjon på elevavgiften fra barn nummer to.';
    expect(answerOf('Får vi søskenrabatt?', discount)).toBe(discount);
    const exists = 'Det er ledig tid i Myrdalshallen onsdager kl. 17.00–18.30.';
    expect(answerOf('Finnes det ledig tid i Myrdalshallen?', exists)).toBe(exists);
    expect(answerOf('Finnes det ledig tid i Myrdalshallen?', 'Myrdalshallen er stengt for vedlikehold.')).toBe(false);
    const perfect = 'Laget deres har fått Vadmyrhallen tirsdager kl. 17.00–18.30.';
    expect(answerOf('Har laget vårt fått hall i vinter?', perfect)).toBe(perfect);
    const status = 'You will receive a written decision on the ground-floor flat by 15 January.';
    expect(answerOf('Where does our application for a ground-floor flat stand?', status, 'eng')).toBe(status);
  });

  it('echoes the modal of an indirect question and shares a four-letter compound head', () => {
    const alarm = 'Trygghetsalarm kan moren din få uten eget vedtak.';
    expect(answerOf('Jeg vil gjerne vite om hun kan få trygghetsalarm.', alarm)).toBe(alarm);
    expect(answerOf('Jeg vil gjerne vite om hun kan få trygghetsalarm.', 'Trygghetsalarm er et tilbud til eldre som bor alene.')).toBe(false);
    const card = 'Lånekortet til Jonas er ikke sperret.';
    expect(answerOf('Kan han fortsatt låne bøker, eller er kortet sperret?', card)).toBe(card);
  });

  it('takes «we are looking into whether …» and «Beklagar at …» for no answer', () => {
    expect(answerOf('Er det mogleg å få ein annan hentedag?', 'Vi ser på om det er mogleg å flytte hentedagen i heile sona.', 'nno')).toBe(false);
    const yes = 'Det er mogleg å flytte hentedagen til onsdag frå 6. januar.';
    expect(answerOf('Er det mogleg å få ein annan hentedag?', yes, 'nno')).toBe(yes);
    expect(answerOf('Eg lurer på om eg får trekk i gebyret når dunken ikkje vert tømd.', 'Beklagar at dunken ikkje vart tømd denne veka.', 'nno')).toBe(false);
  });

  it('does not take the citizen’s appeal deadline behind a web address for how long the office takes', () => {
    const appeal = 'Du kan klage på gebyret via skjemaet på bergen.kommune.no innen tre uker.';
    expect(answerOf('Hvor lang tid tar det før dere svarer på en klage?', appeal)).toBe(false);
  });

  it('reads the question without the reason for asking it and without an aside after a dash', () => {
    const reply = 'Skolepengene er 3 950 kroner per semester. Søskenmoderasjonen er 25 prosent for barn nummer to.';
    const inquiry = 'Pappa lurer på hva det koster i semesteret og om det finnes søskenmoderasjon, siden lillesøsteren min går på fiolin der.';
    expect(answers(inquiry, reply)).toEqual([
      ['Pappa lurer på hva det koster i semesteret', 'Skolepengene er 3 950 kroner per semester.'],
      ['om det finnes søskenmoderasjon, siden lillesøsteren min går på fiolin der.', 'Søskenmoderasjonen er 25 prosent for barn nummer to.'],
    ]);
    // The same question, not answered: the price alone says nothing of a reduction.
    expect(answers(inquiry, 'Skolepengene er 3 950 kroner per semester.')[1]).toEqual([
      'om det finnes søskenmoderasjon, siden lillesøsteren min går på fiolin der.',
      false,
    ]);
    const q = 'Is there a number he can call himself – he does not use e-mail.';
    const en = 'He can call our billing office on 55 56 55 56 on weekdays.';
    expect(answers(q, en, 'eng')).toEqual([[q, en]]);
    expect(answers(q, 'We have noted that he does not use e-mail.', 'eng')[0]?.[1]).toBe(false);
  });

  it('takes a date or a duration for an answer about a deadline or a day, whatever the word order', () => {
    const reply = 'Klagefristen er seks uker fra skatteseddelen ble sendt ut, altså 15. januar 2027.';
    expect(answerOf('Jeg vil også vite hva klagefristen er.', reply)).toBe(reply);
    expect(answerOf('Jeg vil også vite hva klagefristen er.', 'Du kan klage på skatteseddelen.')).toBe(false);
    const en = 'We are open Monday to Friday from 9 to 15.';
    expect(answerOf('What days is the day centre open?', en, 'eng')).toBe(en);
  });

  it('takes a pointer to where the information stands for an answer about where to find it, not about what it is', () => {
    const reply = 'Gebyrsatsene for 2024 finner du på nettsiden vår. Der står det også hvordan det variable gebyret beregnes.';
    expect(answerOf('Er det korrekt at det variable gebyret er 18,40 kr per kubikkmeter?', reply)).toBe(false);
    expect(answerOf('Hvor finner jeg gebyrsatsene for 2024?', reply)).toBe('Gebyrsatsene for 2024 finner du på nettsiden vår.');
    const attached = 'Reglane for sprøytemiddel finn de i det vedlagde ordensreglementet.';
    expect(answerOf('Kva reglar gjeld for bruk av sprøytemiddel på parsellane?', attached, 'nno')).toBe(false);
    const sent = 'Ordensreglementet finn de i vedlegget til denne e-posten.';
    expect(answerOf('Kan de sende oss ordensreglementet?', sent, 'nno')).toBe(sent);
    const nn = 'Prisen for kremasjon finn de i prislista på nettsida vår.';
    expect(answerOf('Vert det ein høgare pris for kremasjon når avdøde ikkje var busett i Bergen?', nn, 'nno')).toBe(false);
    expect(
      answerOf('Vert det ein høgare pris for kremasjon når avdøde ikkje var busett i Bergen?', 'Nei, prisen for kremasjon er den same for alle.', 'nno'),
    ).toBe('Nei, prisen for kremasjon er den same for alle.');
  });

  it('takes «you do not need to …» for an answer to whether anything is needed, not a thanks', () => {
    const reply = 'Fritaket registrerer vi selv. Du trenger ikke å gjøre noe mer.';
    expect(answerOf('Må jeg søke om noe?', reply)).toBe('Du trenger ikke å gjøre noe mer.');
    expect(answerOf('Må jeg søke om noe?', 'Takk for at du tok kontakt om fritaket.')).toBe(false);
    const en = 'The permit is digital, so you do not need to put anything in the windscreen.';
    expect(answerOf('Do I need to put anything in the car?', en, 'eng')).toBe(en);
  });

  it('takes a request granted, or the office doing it at a time, for an answer to the request', () => {
    const nb = 'Det går fint å ligge ved gjestebryggen fra 18. til 20. desember.';
    expect(answerOf('Er det plass?', nb)).toBe(nb);
    expect(answerOf('Er det plass?', 'Gjestebryggen ligger ved det gule skiltet.')).toBe(false);
    const en = 'We will collect the bags on Thursday 10 December.';
    expect(answerOf('Can you pick them up?', en, 'eng')).toBe(en);
    expect(answerOf('Can you pick them up?', 'We will look into it.', 'eng')).toBe(false);
    // A visit about something else is no answer to a request to move.
    expect(answerOf('Kan vi få flytte til en annen leilighet?', 'Vi kommer til leiligheten din tirsdag 8. desember kl. 10.')).toBe(false);
  });

  it('takes a decision for an answer to whether the matter is processed or how long it takes', () => {
    const nn = 'Søknaden din om parkeringsløyve er innvilga.';
    expect(answerOf('Eg søkte om HC-kort og lurer på om det er behandla.', nn, 'nno')).toBe(nn);
    expect(answerOf('Eg søkte om HC-kort og lurer på om det er behandla.', 'Vi har motteke søknaden din.', 'nno')).toBe(false);
    expect(answerOf('How long does it take?', 'Thank you for your application. It has been approved.', 'eng')).toBe('It has been approved.');
  });

  it('takes a condition for an answer to when one should come, and reads where-to-go without its condition', () => {
    const reply = 'Barnet bør undersøkes hvis det har høy feber i mer enn tre døgn.';
    expect(answerOf('Når bør man komme til legevakten?', reply)).toBe(reply);
    expect(answerOf('Når bør man komme til legevakten?', 'Halsbetennelse går som regel over av seg selv.')).toBe(false);
    const en = 'The emergency clinic is at Solheimsgaten 9 and is open day and night.';
    expect(answerOf('If our boy gets a fever in the night, where do we go?', en, 'eng')).toBe(en);
    expect(answerOf('Where do I go if my child is sick at night?', en, 'eng')).toBe(en);
  });

  it('takes what the office does for an answer to «what are you doing?», and help for "I don’t know what to do"', () => {
    const reply = 'Vi har lagt inn en ekstra tømming på fredag.';
    expect(answerOf('Hva er det dere driver med?', reply)).toBe(reply);
    expect(answerOf('Hva er det dere driver med?', 'Vi forstår at dette er irriterende.')).toBe(false);
    const en = 'You can call us on 55 55 33 33 before 15:30, and we will find a solution the same day.';
    expect(answers('My money is gone. I don’t know what to do.', en, 'eng')).toEqual([['I don’t know what to do.', en]]);
  });

  it('lets «Ja, …» with few shared words answer only the yes/no question it shares the most words with', () => {
    const inquiry = 'Må vi søke om å holde loppemarked på skoleplassen? Kan vi selge kaffe og vafler på loppemarkedet?';
    const reply = 'Ja, et loppemarked på kommunal grunn krever søknad, også for en frivillig forening.';
    expect(answers(inquiry, reply)).toEqual([
      ['Må vi søke om å holde loppemarked på skoleplassen?', reply],
      ['Kan vi selge kaffe og vafler på loppemarkedet?', false],
    ]);
    // Alone, the question is still answered by a yes that shares a word with it.
    expect(answerOf('Kan vi selge kaffe og vafler uten mattillatelse?', 'Ja, dere kan selge kaffe uten egen tillatelse.')).toBe(
      'Ja, dere kan selge kaffe uten egen tillatelse.',
    );
  });

  it('matches the ask, not the situation told before it or «i så fall»', () => {
    const inquiry =
      'Da jeg skal opereres i februar og får pensjonen utbetalt den 20. i måneden, ber jeg om å få vite om det er mulig å få utsatt forfallet til 20. mars. ' +
      'Jeg vil også gjerne vite om det er mulig å gå over til månedlige avdrag fremfor fire terminer i året.';
    const reply = 'Vi har utsatt forfallet på faktura 2025-0418832 til 20. mars 2025.\n\nJa, du kan gå over til månedlig betaling.';
    const [postponed, monthly] = answers(inquiry, reply);
    expect(postponed![1]).toBe('Vi har utsatt forfallet på faktura 2025-0418832 til 20. mars 2025.');
    expect(monthly![1]).toBe('Ja, du kan gå over til månedlig betaling.');
    // «fall» in «i så fall» is no word of the question: it does not meet «forfallet».
    expect(answerOf('Påløper det i så fall forsinkelsesrente?', 'Vi har utsatt forfallet til 20. mars.')).toBe(false);
  });

  it('leaves a yes/no question open when the sentence it shares a word with answers another question far better', () => {
    const reply = 'Ja, frivillige lag får bruke hallen gratis på kvardagar.';
    expect(answers('Kan vi bruke hallen gratis på kvardagar? Kan vi få nøkkel til hallen?', reply, 'nno')).toEqual([
      ['Kan vi bruke hallen gratis på kvardagar?', reply],
      ['Kan vi få nøkkel til hallen?', false],
    ]);
    // With a sentence of its own, the second question is answered by that one.
    const both = `${reply} Nøkkel til hallen får de hos vaktmeisteren.`;
    expect(answerOf('Kan vi bruke hallen gratis på kvardagar? Kan vi få nøkkel til hallen?', both, 'nno')).toBe(reply);
    expect(answers('Kan vi bruke hallen gratis på kvardagar? Kan vi få nøkkel til hallen?', both, 'nno')[1]).toEqual([
      'Kan vi få nøkkel til hallen?',
      'Nøkkel til hallen får de hos vaktmeisteren.',
    ]);
  });

  it('takes a number for an answer to «how many» only beside the thing counted', () => {
    expect(answerOf('Hvor mange turer får man i måneden?', 'Vi trenger en legeerklæring som er nyere enn seks måneder.')).toBe(false);
    expect(answerOf('Hvor mange turer får man i måneden?', 'Med TT-kortet får du 8 turer i måneden.')).toBe('Med TT-kortet får du 8 turer i måneden.');
    expect(answerOf('Kor mange bord og stands er det plass til?', 'Det er plass til om lag 40 stands på torget.', 'nno')).toBe(
      'Det er plass til om lag 40 stands på torget.',
    );
    expect(answerOf('How many visits a day would she get?', 'The home nursing team was set up in 2019 and has 12 nurses.', 'eng')).toBe(false);
  });

  it('reads a question without the reason after «fordi», and «I have noted that …» as an acknowledgement', () => {
    const reply = 'I have noted that you started a new job in Åsane in April.';
    expect(answerOf('Can I apply for extra trips because I started a new job in Åsane in April?', reply, 'eng')).toBe(false);
    expect(answerOf('Kan jeg søke om flere turer fordi jeg har fått ny jobb i Åsane?', 'Jeg har notert at du har fått ny jobb i Åsane.')).toBe(false);
  });

  it('takes a week number for a time, the office for who, and a number to call for whom to call', () => {
    expect(answerOf('Når blir lyset reparert?', 'Lyset blir reparert i uke 46.')).toBe('Lyset blir reparert i uke 46.');
    expect(answerOf('Kor lang tid brukar de?', 'Kommunen gjev innsyn i postjournalen for veke 38.', 'nno')).toBe(false);
    expect(answerOf('Who do I complain to — you or the taxi company?', 'Please send the complaint to us.', 'eng')).toBe('Please send the complaint to us.');
    expect(answerOf('Who pays for it?', 'The plumber must report the installation to us.', 'eng')).toBe(false);
    expect(answerOf('Kven skal eg ringje om det er noko?', 'Hamnevakta svarar på 55 56 70 00 heile døgnet.', 'nno')).toBe(
      'Hamnevakta svarar på 55 56 70 00 heile døgnet.',
    );
  });

  it('takes the office doing the very act asked for, at a time, for the answer to the request', () => {
    const inquiry = 'Kan de kome hit og sjå på trappa? Må eg betale for heisen?';
    const reply = 'Eg kan kome på heimebesøk tysdag 9. desember klokka 13.';
    expect(answers(inquiry, reply, 'nno')).toEqual([
      ['Kan de kome hit og sjå på trappa?', reply],
      ['Må eg betale for heisen?', false],
    ]);
    expect(answerOf('Kan dere komme hjem til oss og se? Hva koster det?', 'Jeg kommer på hjemmebesøk onsdag 16. desember klokken 10.')).toBe(
      'Jeg kommer på hjemmebesøk onsdag 16. desember klokken 10.',
    );
    // Without a time it is no answer: «Vi kommer gjerne» promises nothing.
    expect(answerOf('Kan dere komme hjem til oss og se? Hva koster det?', 'Vi kommer gjerne en gang.')).toBe(false);
  });

  it('takes courtesy for no answer, unless a clause after it or the yes right after it answers', () => {
    expect(answerOf('Who will look in on her then?', 'Thank you for writing on behalf of Olaug Brekke.', 'eng')).toBe(false);
    expect(answerOf('Må jeg ha med valgkortet?', 'Så gøy at du skal stemme for første gang med valgkortet!')).toBe(false);
    const right = 'Thank you for your message, and you are right: the bill was sent with the wrong amount.';
    expect(answerOf('Is this a mistake?', right, 'eng')).toBe(right);
    const lovely = 'How lovely that your choir wants to perform at the Christmas market! Yes, there is still room in the programme.';
    expect(answerOf('Could we perform at the Christmas market this year?', lovely, 'eng')).toBe(lovely);
  });

  it('does not take a price for the answer to how many days or times', () => {
    expect(answerOf('Hvor mange dager i uken kan han få?', 'Egenandelen er 120 kroner per dag, og middag er inkludert.')).toBe(false);
    expect(answerOf('Hvor mange dager i uken kan han få?', 'Han kan få plass tre dager i uken.')).toBe('Han kan få plass tre dager i uken.');
    expect(answerOf('Hvor mye koster en dag?', 'Egenandelen er 120 kroner per dag.')).toBe('Egenandelen er 120 kroner per dag.');
  });

  it('takes an agency named for who, and the only clock time for what time', () => {
    const agency = 'Dersom du meiner at hunden ikkje har det bra, skal du melde frå til Mattilsynet.';
    expect(answerOf('Kven skal eg melde det til dersom eg meiner hunden ikkje har det bra?', agency, 'nno')).toBe(agency);
    const times = 'The class will meet at the school at 8.15 am and will be back by 2 pm.';
    expect(answerOf('What time does the trip to Ulriken start and end?', times, 'eng')).toBe(times);
  });

  it('takes neither a requirement for a decision, a pointer to an attachment nor what it depends on for the answer', () => {
    expect(answerOf('How long does it usually take?', 'Som hovudregel må utdanninga vere godkjend før du kan søkje.', 'nno')).toBe(false);
    expect(answerOf('Which documents does he need to include?', 'The list of required documents is in the attachment.', 'eng')).toBe(false);
    expect(answerOf('What is the procedure to order?', 'Please see the attached form for how to order copies.', 'eng')).toBe(false);
    // What the answer depends on is not the answer.
    expect(answerOf('Kan dere si meg om jeg har rett på kortet?', 'Om du har rett på kortet, avhenger av samlet inntekt i husstanden.')).toBe(false);
    expect(answerOf('Does my neighbour need a permit for the heat pump?', 'Whether a heat pump needs a permit depends on the size of the unit.', 'eng')).toBe(
      false,
    );
  });

  it('takes what the office did or will do for the answer to a request with no object of its own', () => {
    const renewed = 'Your library card has been renewed.';
    expect(answerOf('My card stopped working in the app. Can you fix it?', renewed, 'eng')).toBe(renewed);
    const mounted = 'Nytt rekkverk blir montert onsdag 16. desember.';
    expect(answerOf('Rekkverket er bøygd ut. Kan de sjå på det før nokon køyrer utfor?', mounted, 'nno')).toBe(mounted);
    // An acknowledgement is no act; a request by a time wants the time.
    expect(answerOf('Kan dere se på det?', 'Takk for at du sa fra.')).toBe(false);
    expect(answerOf('Lyset er ute. Kan de fikse det før jul?', 'Vi har meldt feilen til entreprenøren.', 'nno')).toBe(false);
  });

  it('takes «the application is complete» for the answer to whether anything is missing', () => {
    const complete = 'Vi har no fått alt vi treng, og søknaden er komplett frå 19. november.';
    expect(answerOf('Eg sende det siste vedlegget i dag. Manglar det framleis noko?', complete, 'nno')).toBe(complete);
    expect(answerOf('Tilbygg Fjellveien – har dere fått alt nå???', 'Søknaden din er no komplett.', 'nno')).toBe('Søknaden din er no komplett.');
    expect(answerOf('Manglar det framleis noko?', 'Takk for vedlegget.', 'nno')).toBe(false);
  });

  it('takes a mistake owned or what an amount is calculated from for a reason', () => {
    const mistake = 'The food fee was left off the November invoice by mistake, so it has been added to this one.';
    expect(answerOf('Why is the SFO invoice higher this month?', mistake, 'eng')).toBe(mistake);
    const basis = 'Skatten er regnet ut fra skattegrunnlaget vi får fra Skatteetaten.';
    expect(answerOf('Hvorfor har skatten gått opp igjen?', basis)).toBe(basis);
  });

  it('takes a yes or no for the answer to the only yes/no question when it has no word of its own', () => {
    expect(answerOf('She is 20 now and wants more independence. Is that allowed?', 'Yes, she can.', 'eng')).toBe('Yes, she can.');
    expect(answers('Is that allowed? Can I also bring my dog?', 'Yes, she can.', 'eng')).toEqual([
      ['Is that allowed?', false],
      ['Can I also bring my dog?', false],
    ]);
  });

  it('finds nothing to answer without questions, and answers nothing from the greeting or signature', () => {
    expect(answers('Takk for sist.', 'Hei!')).toEqual([]);
    expect(answers('Når kommer vedtaket?', 'Hei Kari,\n\nVennlig hilsen\nOla, tlf. 55 56 55 56, innen fredag')).toEqual([['Når kommer vedtaket?', false]]);
  });
});
