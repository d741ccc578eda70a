import { describe, expect, it } from 'vitest';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { thirdPerson } from './third-person.ts';

function spans(text: string, senderName?: string) {
  const input = buildDetectorInput(text, { params: {}, context: senderName ? { inquiry: { senderName } } : {} });
  return thirdPerson.detect(input).map((h) => text.slice(h.start, h.end));
}

describe('third-person', () => {
  it("takes the greeting below reference and date lines, and the reader's name without its accents, as the reader", () => {
    expect(spans('Our ref.: 2026/41090-2\nDate: 4 December 2026\n\nDear Ms Kowalski,\n\nThank you for your complaint.')).toEqual([]);
    expect(spans('Thank you for your complaint, Mr Novak. We have looked at it.', 'Petr Novák')).toEqual([]);
    expect(spans('Thank you. We have spoken to Mr Hansen about it.', 'Petr Novák')).toEqual(['Mr Hansen']);
    expect(spans('We have looked into it. The car belongs to Arne Kristoffersen in no. 16.')).toEqual(['Arne Kristoffersen in no. 16']);
  });

  it("takes a double name in the greeting, and a lawyer's client, as the reader's side", () => {
    expect(spans('Dear Mr and Mrs Al-Khatib,\n\nWelcome. We expect Mrs Al-Khatib to attend as well.')).toEqual([]);
    expect(spans("Dear Ms Rasmussen,\n\nAppeal on behalf of Hamid Rezaei\n\nWe will look at Mr Rezaei's test results.")).toEqual([]);
    expect(spans("Dear Ms Rasmussen,\n\nWe will look at Mr Rezaei's test results.")).toEqual(["Mr Rezaei's"]);
    expect(spans('Reminder – unpaid fees, Konsul Børs gate 7\n\nDear Mr Okafor,\n\nOur records show that Mr Okafor has not paid.')).toEqual([]);
    expect(spans('Dear Ms Haugland,\n\nThank you for your letter on behalf of the estate of the late Arne Vik, Nordnesveien 9.')).toEqual([]);
    // A heading «Estate of the late Mrs …»: a title before the name, and the name ends with its line.
    expect(
      spans('Dear Ms Hargreaves,\n\nEstate of the late Mrs Margaret Ellison\nOur ref: 2026/40977\n\nWe have registered Mrs Ellison as the owner.'),
    ).toEqual([]);
    expect(spans('Dear Ms Myhre,\n\nEstate of the late Jonas Petrauskas\n\nMr Petrauskas was the owner on 1 January.')).toEqual([]);
  });
  it('takes a title and name alone on the first line as the greeting, and a caretaker or teacher named as staff', () => {
    expect(spans('Mr Kaya,\n\nYour application for extended opening hours is granted.')).toEqual([]);
    expect(spans('The key card can be collected from the caretaker, Mr Nilsen, from 7 January.')).toEqual([]);
    expect(spans('His teacher, Mr Eide, will meet you both at 08:15.')).toEqual([]);
    expect(spans('We will send Mr Haugen a written warning.')).toEqual(['Mr Haugen']);
  });

  it('reports a private person named as the source of a complaint or the holder of a grave or a car', () => {
    expect(spans('Meldinga kom frå Randi Fjeldstad på parsellen ved sida av deg.')).toEqual(['Randi Fjeldstad']);
    expect(spans('Vi har sett på saken. Gravstedet er festet av Knut Rolfsen, som bor på sykehjem.')).toEqual(['Knut Rolfsen']);
    expect(spans('The car belongs to Arne Kristoffersen, who has a permit.')).toEqual(['Arne Kristoffersen']);
    expect(spans('Meldinga kom frå Bymiljøetaten i går.')).toEqual([]);
    expect(spans('Both flats are owned by Helland Eiendom AS, with whom we have had trouble.')).toEqual([]);
    expect(spans('Gravstedet er festet av deg, Kari Nordmann.', 'Kari Nordmann')).toEqual([]);
    expect(spans('Maja fekk 31 poeng. Den siste plassen gjekk til Thea Nygård, som fekk 34.')).toEqual(['Thea Nygård']);
    expect(spans('The last place went to Oliver Hansen.')).toEqual(['Oliver Hansen']);
  });
  it('reports another pupil by class, a neighbour by name and a person by title', () => {
    expect(spans('Det var Jonas i 5B som slo sønnen din.')).toEqual(['Jonas i 5B']);
    expect(spans('Thanks for your report about Lucas in class 3A.')).toEqual(['Lucas in class 3A']);
    expect(spans('Du spurte om naboen din, Erik Hauge, har rett på beboerparkering.')).toEqual(['naboen din, Erik Hauge']);
    expect(spans('Per Olsen, naboen din, har også klaget.')).toEqual(['Per Olsen, naboen din']);
    // Where the neighbour lives may stand between; a partner is named by the same placing word.
    expect(spans('Naboen din i nr. 12, Kåre Lid, har ringt oss to ganger.')).toEqual(['Naboen din i nr. 12, Kåre Lid']);
    // A friend named beside the relation, with or without a comma.
    expect(spans('Kompisen din Mathias Berg fekk jo hybel gjennom oss i haust.')).toEqual(['Kompisen din Mathias Berg']);
    expect(spans('Your friend Ahmed Karimi also got a flat from us.')).toEqual(['Your friend Ahmed Karimi']);
    expect(spans('Takk for at du og vennen din kom på møtet.')).toEqual([]);
    expect(spans('Leif Tveit på nr. 3 rygga inn i rekkverket.')).toEqual(['Leif Tveit på nr. 3']);
    expect(spans('Your neighbour at number 9, Arne Dahl, called us.')).toEqual(['Your neighbour at number 9, Arne Dahl']);
    expect(spans('Vi ser at samboeren din, Eline, fikk en utbetaling i oktober.')).toEqual(['samboeren din, Eline']);
    expect(spans('She was admitted after the incident with the neighbour, Mr Solberg.')).toEqual(['the neighbour, Mr Solberg']);
    expect(spans('Mr Moe is a client of ours as well.')).toEqual(['Mr Moe']);
    expect(spans('Your former partner, Andriy Kovalenko, is under investigation.')).toEqual(['Your former partner, Andriy Kovalenko']);
  });

  it('reports another resident named «der»/"there" and the one who did something, named', () => {
    expect(spans('Beboeren der, Åse Nordtveit, har fått innvilget hentehjelp.')).toEqual(['Beboeren der, Åse Nordtveit']);
    expect(spans('The boy who bit Arjun is Elias in Blåbær group.')).toEqual(['The boy who bit Arjun is Elias']);
    expect(spans('The man who threatened you in the waiting room was Stig Rune Eliassen.')).toEqual([
      'The man who threatened you in the waiting room was Stig Rune Eliassen',
    ]);
    expect(spans('Mannen som truga deg på venterommet, var Stig Rune Eliassen.')).toEqual(['Mannen som truga deg på venterommet, var Stig Rune Eliassen']);
  });

  it('reports a full name placed by where the person lives in the building, but not a contact given there', () => {
    expect(spans('Det er Roar Midtbø i 2. etasje, og han har klaget.')).toEqual(['Roar Midtbø i 2. etasje']);
    expect(spans('Det er Marit Haugland i leiligheten under deg som har klaget.')).toEqual(['Marit Haugland i leiligheten under deg']);
    expect(spans('We have received a complaint from Turid Haugland, who lives directly above the rooms.')).toEqual([
      'Turid Haugland, who lives directly above',
    ]);
    expect(spans('Hent nøkkelen hos vaktmesteren på kontoret i første etasje.')).toEqual([]);
    expect(spans('Ring Kari Olsen i 2. etasje om nøkkelen.')).toEqual([]);
  });

  it('reports a full name placed by a street address, but not a service’s or a contact’s address', () => {
    expect(spans('Det var Sindre Myklebust i Steinsvikvegen 14 som leigde lokalet.')).toEqual(['Sindre Myklebust i Steinsvikvegen 14']);
    expect(spans('The complaint came from Kari Olsen, Nygårdsgaten 45 B.')).toEqual(['Kari Olsen, Nygårdsgaten 45 B']);
    expect(spans('Bussen stoppar no ved familien Aasen i Fanavegen 212.')).toEqual(['familien Aasen i Fanavegen 212']);
    expect(spans('Fysioterapitenesta Laksevåg, Damsgårdsveien 167, har ope måndag.')).toEqual([]);
    expect(spans('Please come to the Service Centre at Kaigaten 4.')).toEqual([]);
    expect(spans('Huset i Fjellveien 3 er ikke godkjent.')).toEqual([]);
    expect(spans('Ring Ingrid Solheim i Rådhusgaten 10 om nøkkelen.')).toEqual([]);
  });

  it('reports a neighbour by house number, a resident by room and a classmate, named', () => {
    expect(spans('Det samme fikk vi høre fra Per Aksnes i nr. 6 i forrige uke.')).toEqual(['Per Aksnes i nr. 6']);
    expect(spans('Gunn Eriksen next door at no. 138 says the bins are full.')).toEqual(['Gunn Eriksen next door at no. 138']);
    expect(spans('Grunnen var at Alfhild Bøe på rom 14 hadde gått inn på rommet.')).toEqual(['Alfhild Bøe på rom 14']);
    expect(spans('Sander Olsen i same klasse er også kalla inn.')).toEqual(['Sander Olsen i same klasse']);
    // Named by the relation and placed by the number: one finding over both.
    expect(spans('Your neighbour Ole Hjelle at number 19 has also reported it.')).toEqual(['Your neighbour Ole Hjelle at number 19']);
    expect(spans('Det var Emma Rød Nilsen på avdeling Blåklokka som fikk feil medisin.')).toEqual(['Emma Rød Nilsen på avdeling Blåklokka']);
    expect(spans('The Haugland family two doors down from you have complained too.')).toEqual(['The Haugland family two doors down from you']);
    expect(spans('Please collect the key at the Service Centre across the road.')).toEqual([]);
    expect(spans('Levér skjemaet i nr. 4 i Rådhusgaten.')).toEqual([]);
  });

  it('reports the one named in a cleft as the doer, but not a body or the office’s side', () => {
    expect(spans('Det var Jonas som beit, og det har skjedd før.')).toEqual(['Jonas']);
    expect(spans('Som du kanskje har skjøna, er det Markus Fjeld som står bak bråket.')).toEqual(['Markus Fjeld']);
    expect(spans('Jeg kan fortelle at det er Sofie Haugland på Blåklokka som har bitt.')).toEqual(['Sofie Haugland på Blåklokka']);
    expect(spans('Det er Statsforvalteren som avgjør klagen.')).toEqual([]);
    expect(spans('Det er Skyss som har ansvaret for skoleskyss.')).toEqual([]);
    expect(spans('Det er Marit Tveit som behandler saken din.')).toEqual([]);
    expect(spans('It was Kari Olsen who will call you on Monday.')).toEqual([]);
    expect(spans('Det var Randi som hadde vakta den kvelden.')).toEqual([]);
    expect(spans('Det er De som må gi beskjed.')).toEqual([]);
  });

  it('reports a named other person with what they owe, their divorce or their age', () => {
    expect(spans('Tillatelsen har Rune Hansen, og han har for øvrig fem ubetalte gebyrer hos oss.')).toEqual([
      'Rune Hansen, og han har for øvrig fem ubetalte',
    ]);
    expect(spans('The last group left a mess, and Henrik Aase still owes us NOK 4,000.')).toEqual(['Henrik Aase still owes']);
    expect(spans('Framfor henne står Elias Berge, fordi foreldra er midt i ei skilsmisse.')).toEqual(['Elias Berge, fordi foreldra er midt i ei skilsmisse']);
    expect(spans('The police think it is the same lad – Mats Lunde, 17, lives up the road.')).toEqual(['Mats Lunde, 17']);
    expect(spans('You share the flat with Tomasz Nowak, who has a monthly income of NOK 41 200.')).toEqual(['Tomasz Nowak, who has a monthly income']);
    expect(spans('Leiligheten var ledig etter Stian Aasen, som skyldte oss 40 000 kroner.')).toEqual(['Stian Aasen, som skyldte']);
    // The reader's own arrears are their case; a colleague who helps with debts is the office's side.
    expect(spans('Hei Kari Hansen,\nDu har en restanse på 4 200 kroner.')).toEqual([]);
    expect(spans('I have booked a meeting with our debt adviser, Kari Nygaard, about the unpaid bills.')).toEqual([]);
    expect(spans('Det er 12, 14 og 16 plasser i gruppene.')).toEqual([]);
  });

  it('leaves the office’s side alone when a who-clause introduces it', () => {
    expect(spans('The person who handles your case is Kari Olsen.')).toEqual([]);
    expect(spans('The woman who called you yesterday was Kari Olsen from our office.')).toEqual([]);
    expect(spans('Personen som har saka di, er Kari Olsen.')).toEqual([]);
    expect(spans('Gutten som vant konkurransen, er Elias, og han får premien på fredag.')).toEqual(['Gutten som vant konkurransen, er Elias']);
  });

  it('leaves the reader, the sender, the writer and colleagues given as contacts alone', () => {
    expect(spans('Dear Mr Lindqvist,\n\nThank you for your letter.')).toEqual([]);
    expect(spans('Hei,\n\nVi har snakket med fru Hansen om saken.', 'Kari Hansen')).toEqual([]);
    expect(spans('Our occupational therapist Mr Lena Hauge will visit you on Tuesday.')).toEqual([]);
    expect(spans('If the time does not suit you, call Mr Hansen on 55 56 10 00.')).toEqual([]);
    expect(spans('Hei Kari,\nVi sender svaret i dag.\n\nMed vennlig hilsen\nfru Ola Hansen')).toEqual([]);
    expect(spans('Elevene i 5B skal på tur fredag.')).toEqual([]);
    expect(spans('Vi har snakket med naboen din om støyen.')).toEqual([]);
  });
});
