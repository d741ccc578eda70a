// Realistic reply paragraphs for the benchmark, repeated to the wanted length. A mix of good
// and bad writing so every kind of rule does real work.
const BOKMAAL = [
  'Hei, Kari!',
  'Takk for at du tok kontakt med oss om søknaden din om bostøtte. Vi har gått gjennom opplysningene du sendte oss den 12. november.',
  'Vedrørende inntekten din foreligger det ikke tilstrekkelig dokumentasjon i saken, og vi anmoder deg derfor om å sende oss de tre siste lønnsslippene samt en kopi av leiekontrakten.',
  'Søknaden blir behandlet så snart som mulig etter at vi har mottatt dokumentasjonen. Du kan også sende dokumentene gjennom eDialog på https://www.bergen.kommune.no/edialog.',
  'Det er viktig at du påser at dokumentene er lesbare, f.eks. ved å skanne dem i farger. Saksnummeret ditt er 2026/12345, og du kan ringe oss på 55 56 55 56 kl. 08.00–15.00.',
  'Vi vil foreta en vurdering av saken din i løpet av neste uke, og du får et skriftlig svar innen fredag 4. desember.',
  'Dersom du mener at vedtaket er feil, kan du klage innen tre uker etter at du mottok det, jf. fvl. § 29.',
  'Har du spørsmål, er du velkommen til å kontakte oss igjen.',
  'Vennlig hilsen\nOla Nordmann\nBergen kommune, Innbyggerservice',
];
const NYNORSK = [
  'Hei, Kari!',
  'Takk for at du tok kontakt med oss om søknaden din om bustøtte. Vi har gått gjennom opplysningane du sende oss den 12. november.',
  'Vedkomande inntekta di ligg det ikkje føre tilstrekkeleg dokumentasjon i saka, og vi ber deg difor sende oss dei tre siste lønsslippane og ein kopi av leigekontrakten.',
  'Søknaden vert handsama så snart som mogleg etter at vi har fått dokumentasjonen. Du kan òg sende dokumenta gjennom eDialog på https://www.bergen.kommune.no/edialog.',
  'Det er viktig at du passar på at dokumenta er lesbare, til dømes ved å skanne dei i fargar. Saksnummeret ditt er 2026/12345, og du kan ringje oss på 55 56 55 56 kl. 08.00–15.00.',
  'Vi skal gjere ei vurdering av saka di i løpet av neste veke, og du får eit skriftleg svar innan fredag 4. desember.',
  'Dersom du meiner at vedtaket er feil, kan du klage innan tre veker etter at du fekk det, jf. fvl. § 29.',
  'Har du spørsmål, er du velkomen til å kontakte oss igjen.',
  'Venleg helsing\nOla Nordmann\nBergen kommune, Innbyggjarservice',
];
const ENGLISH = [
  'Dear Kari,',
  'Thank you for contacting Bergen municipality about your application for housing allowance. We have reviewed the information you sent us on 12 November.',
  'Regarding your income, there is not sufficient documentation in the case, and we therefore ask you to send us your three most recent payslips as well as a copy of your tenancy agreement.',
  'Your application will be processed as soon as possible after we have received the documentation. You can also send the documents through eDialog at https://www.bergen.kommune.no/edialog.',
  'It is important that you ensure the documents are legible, for example by scanning them in colour. Your case number is 2026/12345, and you can call us on 55 56 55 56 between 8 am and 3 pm.',
  'We will carry out an assessment of your case during next week, and you will receive a written answer by Friday 4 December.',
  'If you believe the decision is wrong, you can appeal within three weeks of receiving it.',
  'If you have any questions, you are welcome to contact us again.',
  'Kind regards\nOla Nordmann\nBergen municipality, Citizen Service',
];

/** Short replies (a few lines each) answering a quoted message from the citizen, as e-mail replies do. */
const QUOTED_SHORT = [
  '> Hei, jeg lurer på når søknaden min om bostøtte blir behandlet? Jeg sendte den for tre uker siden.\n> Mvh Kari',
  'Hei, Kari!\n\nTakk for meldingen. Søknaden din er mottatt, og vi behandler den innen 15. desember. Vedrørende dokumentasjonen trenger vi ikke mer fra deg nå.\n\nVennlig hilsen\nOla, Innbyggerservice',
  '> Kan dere sende meg kopi av vedtaket? Jeg finner det ikke i Min side.',
  'Hei!\n\nVi har sendt vedtaket til deg i eDialog i dag. Ta gjerne kontakt igjen hvis du ikke finner det.\n\nHilsen Ola',
];
/** A reply that is mostly lists: what to send, steps to follow. */
const LIST_HEAVY = [
  'Hei, Kari!\n\nFor at vi skal kunne behandle søknaden din, må du sende oss:',
  '- de tre siste lønnsslippene\n- en kopi av leiekontrakten\n- dokumentasjon på andre inntekter, f.eks. trygd eller stipend\n- kontoutskrift for de siste tre månedene',
  'Slik sender du dokumentene:',
  '1. Logg inn på Min side med BankID.\n2. Velg «Send dokumentasjon» og saksnummer 2026/12345.\n3. Last opp filene og trykk «Send».\n4. Du får en kvittering på e-post samt en melding i eDialog.',
  'Vi behandler saken innen tre uker etter at vi har mottatt alt.\n\nVennlig hilsen\nOla Nordmann\nBergen kommune',
];

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function build(paragraphs: string[], words: number): string {
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    parts.push(p);
    count += wordCount(p);
  }
  return parts.join('\n\n');
}

export const benchReply = (words: number) => build(BOKMAAL, words);
export const benchEnglishReply = (words: number) => build(ENGLISH, words);
export const benchNynorskReply = (words: number) => build(NYNORSK, words);
export const benchQuotedShortReplies = (words: number) => build(QUOTED_SHORT, words);
export const benchListReply = (words: number) => build(LIST_HEAVY, words);
export { wordCount };

/** A citizen's inquiry quoted under the reply: the engine finds its questions and judges the answers on every check. */
export const BENCH_INQUIRY = [
  'Hei,',
  'Jeg søkte om bostøtte for tre uker siden og har ikke hørt noe. Når får jeg svar på søknaden, og hvor mye kan jeg regne med å få?',
  'Jeg lurer også på om dere trenger flere dokumenter fra meg. Kan jeg sende dem på e-post? Er det virkelig for mye å be om et svar?',
  'Gi meg beskjed om hvem som er saksbehandler.',
  'Mvh Kari Nordmann',
].join('\n');
