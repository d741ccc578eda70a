import { describe, expect, it } from 'vitest';
import { findQuestions, topicOf } from './questions.ts';

const texts = (inquiry: string) => findQuestions(inquiry).map((q) => q.text);

describe('findQuestions', () => {
  it.each([
    ['a direct question', 'Hei. Når får jeg svar på søknaden?', ['Når får jeg svar på søknaden?']],
    ['nynorsk', 'Hei! Kor tid får eg svar? Kva kostar det?', ['Kor tid får eg svar?', 'Kva kostar det?']],
    ['English', 'Hello. How long does it take? Thanks.', ['How long does it take?']],
    ['two asks in one sentence', 'Når får jeg svar på søknaden, og hva koster tillatelsen?', ['Når får jeg svar på søknaden', 'hva koster tillatelsen?']],
    [
      'one ask around a relative clause on its subject',
      '1. Is there a fee?\n2. Can my wife, who holds a family immigration permit, be registered with the same GP as me?',
      ['Is there a fee?', 'Can my wife, who holds a family immigration permit, be registered with the same GP as me?'],
    ],
    [
      'a present-tense verb before its subject, without a question mark',
      'Hei. Betaler vi full pris for desember. Takk.',
      ['Betaler vi full pris for desember.'],
    ],
    [
      'a connective before the question word, without a question mark',
      'We want to start in March. Also how long it takes to get an answer from you.',
      ['Also how long it takes to get an answer from you.'],
    ],
    ['«I also wonder»', 'I also wonder how much a place costs per month.', ['I also wonder how much a place costs per month.']],
    [
      'a formal request for information, without a question mark',
      'Videre er det ønskelig å få opplyst hvor lang ventetiden er. Jeg ber også om informasjon om det finnes en midlertidig løsning.',
      ['Videre er det ønskelig å få opplyst hvor lang ventetiden er.', 'Jeg ber også om informasjon om det finnes en midlertidig løsning.'],
    ],
    [
      'not a question someone else asked, told with words between the verb and the quote',
      'Sønnen min spurte meg i forrige uke: «Hvorfor får ikke jeg være med?» Kan han få plass i januar? ' +
        'A neighbour asked the site manager yesterday, "How long will you keep going?" The answer was "until we are done".',
      ['Kan han få plass i januar?'],
    ],
    [
      'a question asked on someone else’s behalf',
      'Hun har minstepensjon, så hun spør også om det finnes noen fritak. Han vil òg vita om han kan ta med seg katten. ' +
        "He asked whether he can pay in instalments. Also, she'd like to know whether she can use the card in Os, which is outside Bergen.",
      [
        'Hun har minstepensjon, så hun spør også om det finnes noen fritak.',
        'Han vil òg vita om han kan ta med seg katten.',
        'He asked whether he can pay in instalments.',
        "Also, she'd like to know whether she can use the card in Os, which is outside Bergen.",
      ],
    ],
    [
      'not understanding why, with the subject before the verb or left out',
      'Eg forstår ikkje kvifor eg berre har fått eitt botnfrådrag. Skjønner ikke hvorfor vi må betale to ganger',
      ['Eg forstår ikkje kvifor eg berre har fått eitt botnfrådrag.', 'Skjønner ikke hvorfor vi må betale to ganger'],
    ],
    [
      'the ask without the sentence before it, written without capitals',
      'hei. har en baby på 4 mnd og det lukter mugg. lurer på om vi kan få flytte midlertidig. Mvh Sara',
      ['lurer på om vi kan få flytte midlertidig.'],
    ],
    [
      'not a sigh of endurance or «what use is it»',
      'Hvor lenge skal vi finne oss i dette? Kva skal ein med ei seng som ingen ligg i? Hva skal man svare på det? Når blir sengen hentet?',
      ['Når blir sengen hentet?'],
    ],
    [
      'not scorn or a courtesy',
      "Hvem bryr seg om oss som bor her liksom. Who knew a bin could need three forms? Isn't it amazing how nothing ever changes? " +
        'But sure, we will just carry the bags to town, right? Orsak om dette skulle ha gått til ein annan etat? Når blir det tømt?',
      ['Når blir det tømt?'],
    ],
    [
      'without a web form’s field label or a greeting before the ask',
      'Navn: Amira Hassan\nMelding: Vi er bortreist 10. des. Kan vi få ny time?\nKommentar: Hei, kan de kome før jul?',
      ['Kan vi få ny time?', 'kan de kome før jul?'],
    ],
    [
      'nynorsk «no» (now) before a capital ends the sentence; «no. 5» does not',
      'Røyrleggjaren har sendt inn samsvarserklæringa no. Kan vi få ferdigattest? Gjeld det no. 5 også?',
      ['Kan vi få ferdigattest?', 'Gjeld det no. 5 også?'],
    ],
    [
      'the line that introduces a list of questions is not one of them',
      'Styret ønsker svar på følgende:\n– Er feilen registrert hos dere?\n– Når vil lysene bli reparert?',
      ['Er feilen registrert hos dere?', 'Når vil lysene bli reparert?'],
    ],
    [
      'a list item that asks two things is two questions',
      'Styret har følgjande spørsmål:\n1. Kan laget setje opp eit drivhus?\n2. Styret ber om opplysningar om kor mange som står på venteliste, og kor lang ventetida er.',
      ['Kan laget setje opp eit drivhus?', 'Styret ber om opplysningar om kor mange som står på venteliste', 'kor lang ventetida er.'],
    ],
    [
      'a request for a reply by a date asks nothing of its own',
      'Why were we not warned? I would be grateful for a reply before our board meeting on 15 January.',
      ['Why were we not warned?'],
    ],
    ['a written reply asked for asks nothing of its own', 'Jeg ber om svar skriftlig. Når kommer vedtaket?', ['Når kommer vedtaket?']],
    [
      'a request cue inside a quoted name asks nothing',
      'Vi meldte feilen via «Gi beskjed» 18. november, men ingenting har skjedd. Når blir det fikset?',
      ['Når blir det fikset?'],
    ],
    [
      'a numbered item that opens with statements asks in its question',
      'Jeg har følgende spørsmål:\n\n1) Leieavtalen sier at plassen er 3,0 m bred. Min nye båt er 3,15 m bred. Kan jeg beholde plassen?\n2) Hva er ventetiden for en bredere plass?',
      ['Kan jeg beholde plassen?', 'Hva er ventetiden for en bredere plass?'],
    ],
    [
      'a verb first before an indefinite noun, without a question mark, is a statement',
      'hei\nfikk faktura på 14 600 for vann, det er dobbelt av i fjor. har dere gjettet forbruket??',
      ['har dere gjettet forbruket??'],
    ],
    ['«undrar eg meg» inverted', 'Derfor undrar eg meg òg over kvifor eg ikkje fekk varsel.', ['Derfor undrar eg meg òg over kvifor eg ikkje fekk varsel.']],
    [
      'a request for access',
      'I would also like access to all documents about the sewer renewal.',
      ['I would also like access to all documents about the sewer renewal.'],
    ],
    [
      'a condition before the ask is part of it',
      'Hvis saken går videre til Statsforvalteren, hvor lang tid tar det der?',
      ['Hvis saken går videre til Statsforvalteren, hvor lang tid tar det der?'],
    ],
    ['an indirect question', 'Jeg lurer også på om jeg kan parkere i sone B.', ['Jeg lurer også på om jeg kan parkere i sone B.']],
    ['an indirect question with the verb first', 'Elles vil eg gjerne vite om vi kan byte dunk.', ['Elles vil eg gjerne vite om vi kan byte dunk.']],
    ['a how-long question that wants an answer', 'Kor lenge skal gravinga i gata halde på?', ['Kor lenge skal gravinga i gata halde på?']],
    ['a verb-first ask after «Dessutan:» without a question mark', 'Dessutan: får vi avslag på vassavgifta', ['Dessutan: får vi avslag på vassavgifta']],
    ['a way forward asked with «egentlig»', 'Hva skal jeg egentlig gjøre hvis klagen blir avslått?', ['Hva skal jeg egentlig gjøre hvis klagen blir avslått?']],
    ['a nynorsk indirect question', 'Eg vil gjerne vite kor lang tid handsaminga tek.', ['Eg vil gjerne vite kor lang tid handsaminga tek.']],
    ['a request that expects an answer', 'Gi meg beskjed om dere trenger flere dokumenter.', ['Gi meg beskjed om dere trenger flere dokumenter.']],
    ['Please confirm', 'Please confirm that you received my form.', ['Please confirm that you received my form.']],
    ['a request for a reply that names its topic', 'Jeg ber om svar på hvorfor søknaden ble avslått.', ['Jeg ber om svar på hvorfor søknaden ble avslått.']],
    ['no question mark', 'Hei\nNår kommer dere og tømmer den\nAnders', ['Når kommer dere og tømmer den']],
    ['verb first without a question mark', 'Kan de sende meg skjemaet.', ['Kan de sende meg skjemaet.']],
    ['a question wrapped over two lines', 'Jeg lurer på om jeg kan parkere\nmens jeg venter.', ['Jeg lurer på om jeg kan parkere mens jeg venter.']],
    ['«ber om å få opplyst»', 'Jeg ber også om å få opplyst om saken er ferdigbehandlet.', ['Jeg ber også om å få opplyst om saken er ferdigbehandlet.']],
    [
      'chat style without capitals or marks',
      'søkte for 3 uker siden og har ikke fått noe. når kommer pengene\nmå jeg sende kontoutskrift på nytt\nRoy',
      ['når kommer pengene', 'må jeg sende kontoutskrift på nytt'],
    ],
    [
      'a request for a contact, «gjerne» inside',
      'Send gjerne over kontaktinfo til kontrollingeniøren.',
      ['Send gjerne over kontaktinfo til kontrollingeniøren.'],
    ],
    ['a request for a copy', 'Jeg vil gjerne ha kopi av journalnotatet fra besøket.', ['Jeg vil gjerne ha kopi av journalnotatet fra besøket.']],
    ['a nynorsk demand for access', 'Eg krev innsyn i alle dokument i saka.', ['Eg krev innsyn i alle dokument i saka.']],
    ['a demand to see the papers', 'Jeg krever også å få se alle papirene i saken min.', ['Jeg krever også å få se alle papirene i saken min.']],
    ['a wish to be confirmed', 'Eg vil gjerne at de stadfestar at me ikkje treng å betala.', ['Eg vil gjerne at de stadfestar at me ikkje treng å betala.']],
    ['«ber om at» with any subject', 'Jeg ber om at gebyret slettes.', ['Jeg ber om at gebyret slettes.']],
    ['«lurer dessuten på»', 'Jeg lurer dessuten på hvilken klasse han kommer i.', ['Jeg lurer dessuten på hvilken klasse han kommer i.']],
    ['an English request that …', 'We would also like to request a meeting in early December.', ['We would also like to request a meeting in early December.']],
    [
      'an exasperated choice between named alternatives',
      'Hvem skal jeg egentlig kontakte, dere eller BIR?',
      ['Hvem skal jeg egentlig kontakte, dere eller BIR?'],
    ],
    [
      'the other option of one ask stays with it',
      'Kan tolken være på telefon, eller må hun komme på skolen?',
      ['Kan tolken være på telefon, eller må hun komme på skolen?'],
    ],
    [
      '«eller» before a question word still opens a second ask',
      'Skal jeg sende skjemaet, eller hvem kan hjelpe meg?',
      ['Skal jeg sende skjemaet', 'hvem kan hjelpe meg?'],
    ],
    [
      '«Stemmer det» before a second ask',
      'Eg har høyrt at freda bygningar kan få fritak. Stemmer det, og korleis søkjer eg?',
      ['Stemmer det', 'korleis søkjer eg?'],
    ],
    ['a statement before the ask is no ask', 'Og en siste ting: har vi krav på redusert foreldrebetaling?', ['har vi krav på redusert foreldrebetaling?']],
    [
      'a verb-first ask about a named thing before a second ask',
      'Holder SFO åpent mellom jul og nyttår, og hva er åpningstidene?',
      ['Holder SFO åpent mellom jul og nyttår', 'hva er åpningstidene?'],
    ],
    [
      'a condition before a colon belongs to the ask after it',
      '2) Hvis vi trenger ambulerende bevilling: hva koster den, og hvor lang behandlingstid må vi regne med?',
      ['Hvis vi trenger ambulerende bevilling: hva koster den', 'hvor lang behandlingstid må vi regne med?'],
    ],
    ['"If so" keeps its ask', 'If so, is there a charge, and how often do you come?', ['If so, is there a charge', 'how often do you come?']],
    ['«lurer eg på» with the subject after the verb', 'Elles lurer eg på om ho kan halde fram på SFO.', ['Elles lurer eg på om ho kan halde fram på SFO.']],
    ['the formal «undres på om»', 'Jeg undres også på om klagen må sendes på eget skjema.', ['Jeg undres også på om klagen må sendes på eget skjema.']],
    [
      '«tillater meg å spørre»',
      'Jeg tillater meg derfor å spørre om det finnes en redusert sats.',
      ['Jeg tillater meg derfor å spørre om det finnes en redusert sats.'],
    ],
    [
      '«ber om en redegjørelse for om»',
      'Jeg ber også om en redegjørelse for om det er gjort trekk.',
      ['Jeg ber også om en redegjørelse for om det er gjort trekk.'],
    ],
    [
      '"should be grateful if you could"',
      'I should be grateful if you could tell us when the grant will be disbursed.',
      ['I should be grateful if you could tell us when the grant will be disbursed.'],
    ],
    [
      '"would also appreciate knowing"',
      'We would also appreciate knowing when a decision can be expected.',
      ['We would also appreciate knowing when a decision can be expected.'],
    ],
    [
      '«krever å få vite»',
      'Jeg krever å få vite hvordan dere har regnet ut takstgrunnlaget.',
      ['Jeg krever å få vite hvordan dere har regnet ut takstgrunnlaget.'],
    ],
    ["a client's demand", 'Klienten krever at for mye innbetalt gebyr tilbakebetales.', ['Klienten krever at for mye innbetalt gebyr tilbakebetales.']],
    [
      '"grateful if you could tell me"',
      'I would be grateful if you could tell me whether you keep statistics.',
      ['I would be grateful if you could tell me whether you keep statistics.'],
    ],
    ['"and for how long"', 'Is it possible to book a group room, and for how long?', ['Is it possible to book a group room', 'for how long?']],
    ['«Det er vel ikke mulig å …?» as a polite ask', 'Det er vel ikke mulig å få utsatt fristen?', ['Det er vel ikke mulig å få utsatt fristen?']],
    ['a hope that names what it asks', 'Håper du kan svare på om vi kan bruke garderobene?', ['Håper du kan svare på om vi kan bruke garderobene?']],
    [
      '"Surely …?" that wants an answer',
      'Surely I am not supposed to pay for the months before I owned the flat?',
      ['Surely I am not supposed to pay for the months before I owned the flat?'],
    ],
    ['a question after an apology', 'Sorry for asking again, but when is the deadline?', ['when is the deadline?']],
    ['leave to write in English, which wants an answer', 'Is it okay that I write in English?', ['Is it okay that I write in English?']],
    [
      'an ask that goes on after a parenthesis with its own exclamation mark',
      'I would like to know whether I will get a GP (fastlege, I have learned the word!) automatically once I am registered.',
      ['I would like to know whether I will get a GP (fastlege, I have learned the word!) automatically once I am registered.'],
    ],
    ['what to do with the bin, which is no resignation', 'Skal eg berre la han stå ute?', ['Skal eg berre la han stå ute?']],
  ])('finds %s', (_what, inquiry, expected) => {
    expect(texts(inquiry)).toEqual(expected);
  });

  it.each([
    ['a rhetorical question', 'Er det virkelig for mye å be om et svar?'],
    ['a question the writer asks back and answers', 'Gratis for hvem, spør jeg? Ikke for oss skattebetalere.'],
    ['«one would think»', 'Man skulle jo tro at det fantes klare regler for slikt?'],
    ['"one may ask"', 'How, one may ask, could our client possibly have guarded against the failure of public infrastructure?'],
    ['«why should it be different»', 'Hvorfor skulle det være annerledes i mitt tilfelle?'],
    ['a sigh', 'Kva skal ein gjere?'],
    ['"Why … anyway?"', 'Why do all heat pumps hum in B-flat anyway?'],
    ['a sigh with «liksom»', 'Hvorfor er alt kjekt alltid stengt liksom?'],
    ['«vel» after the subject', 'Kvifor skulle dei vel kome hit?'],
    ["the reader's question anticipated", 'Maybe you will ask why I did not teach him myself? I am afraid of water too.'],
    ['a sarcastic «what next»', 'Hunder er forbudt på stranden. Hva er det neste, forbud mot barn?'],
    ['«is this what you call …?»', 'Er det dette dere kaller rehabilitering?'],
    ['«shall we wait until someone is hurt?»', 'Skal vi vente til ungene blir bitt?'],
    ['an outcry about people', 'How can people be so irresponsible?'],
    ['a verdict with a tag', 'Strange system, no?'],
    ['«who else, if not you?»', 'Men hvem skal vaske badet hvis ikke dere gjør det?'],
    ['a lead-in to the questions, with a colon', 'Det jeg trenger svar på:'],
    ['an announcement of questions', 'No har eg fått tilbod om parsell, og eg lurer på eit par ting før eg takkar ja.'],
    ['an apology put as a question', 'Beklager mitt norsk, kanskje dere forstår litt?'],
    ['leave to ask', 'Er det greitt at eg spør deg om dette?'],
    ['forgiveness asked for an old man', 'I do hope you will forgive an old man for troubling you with so many questions?'],
    ['a rhetorical question in nynorsk', 'Er det for mykje å be om at dunken blir tømd?'],
    ['a worry voiced as «what if … had»', 'Kva om ho hadde slått hovudet?'],
    ['"who knows" after a dash', 'He came home with two lists - who knows which one the hospital meant?'],
    ['scorn at whoever thought something up', 'Men kven i all verda har funne på eit så innfløkt system?'],
    ['exasperation at writing at all', 'They never answer anyway, so why am I even bothering?'],
    ['dismay with «man» and «i det hele tatt»', 'Hvordan kan man i det hele tatt tenke på penger i en slik situasjon?'],
    ['indignation that something is not enough', 'Is paying rent not enough these days?'],
    ['a question that holds its own answer', 'Er det ikkje nettopp det offentlegheitsprinsippet er til for?'],
    ['scorn at whoever made something', 'Kven er det som lagar desse bookingsidene? Who designs these forms?'],
    ['sarcasm by an idiom', 'Trur de pensjonistar har pengar å strø om seg med?'],
    ['a courtesy asking leave', 'Håpar det er i orden at eg spør om så mykje? Hope that is OK?'],
    ['thanks and a courtesy asking leave', 'Takk så mye, håper det er greit at jeg spør om så mye?'],
    ['thanks and a courtesy in English', 'Thank you so much in advance, hope this is okay?'],
    ['an apology and a courtesy', 'Sorry for my English, I hope it is understandable?'],
    ['scorn at whoever made this form', 'Hvem har egentlig laget dette skjemaet?'],
    ['exasperation at everything', 'Why is it that everything in Norway needs a form with twenty pages?'],
    ['exasperation at everything, with an auxiliary', 'Why does everything in this country need an app?'],
    ['«Hvorfor må alt …»', 'Hvorfor må alt være så tungvint her?'],
    ['doubt that the office reads at all', 'Leser dere i det hele tatt søknadene?'],
    ['praise in question form', 'Is there anything more beautiful than a fire by the sea on a summer evening?'],
    ['disbelief that anyone objects', 'How could anyone be against a few happy hens?'],
    ['a complaint that it is always them', 'Hvorfor er det alltid vi som må tilpasse oss??'],
    ['a reproach in question form', 'Hva tror dere det gjør med en familie å ikke vite om man har råd til husleia?'],
    ['"who doesn\'t"', 'hvem gjør ikke det 😅'],
    ['worth it, the writer says', 'Er ikkje demokratiet verdt litt ekstra innsats?'],
    ['a suggestion in question form', 'Would it not be sensible to send all election information in English?'],
    ['an idiom of indignation', 'Har man hørt på maken? Hvor er rettferdigheten i det?'],
    ['waiting until someone gets hurt', 'Skal vi vente til noen brekker beinet?'],
    ['scorn at the paperwork', 'Who can understand all these papers?'],
    [
      'doubt that anyone reads',
      'I sent this in October – is anybody actually reading these e-mails? Er det eigentleg nokon som les e-post som blir send hit??',
    ],
    ['how many more years', 'Kor mange år til skal vi pensjonistar finansiere dette?'],
    ['doubt that anyone there works at all', "Er det noen der som faktisk jobber? Honestly I don't know if anyone even reads these emails."],
    ['irony about what could go wrong', 'What could possibly go wrong? Hva kan vel gå galt?'],
    ['a sigh that it always happens', 'Hvorfor skjer alltid alt på en gang?'],
    ['exasperation that everything is so', 'Why is everything in Norway done through BankID?'],
    ['an absurd step with «kanskje»', 'Skal jeg spise sparekontoen min kanskje?'],
    ['a guess', 'Kanskje den har blåst til Sotra?'],
    ['resignation that we must just leave it', 'Skal vi bare la flaskene ligge der til våren?'],
    ['the absurd answer after the comma', 'What am I supposed to do, sleep in Nygårdsparken?'],
    ['what the fee is even for', 'Jeg betaler over 5000 kr i året for dette, så hva er det egentlig jeg betaler for?'],
    ['«så hvorfor er det alltid vi …» after a comma', 'Vi har betalt i tide hver eneste gang, så hvorfor er det alltid vi som taper?'],
    ['an accusation as a question', 'Skjønar de ikkje kor skadeleg dette er for ein åtteåring?'],
    ['"who … anyway?"', 'Who decided that 18 was the magic age anyway?'],
    ['sarcasm about taxes', 'Is this what we pay taxes for? Er det dette vi betaler skatt for?'],
    ['an announcement of questions after the verb', 'No lurer vi på eit par ting til.'],
    ['«før noko skjer?»', 'Skal nokon brekke foten før noko skjer?'],
    ['«Kvifor skjer slikt alltid meg?»', 'Kvifor skjer slikt alltid meg?'],
    ['"who doesn\'t know that?"', 'Ja, vi veit at det kan regne i mai – kven i Bergen veit ikkje det?'],
    ['a sigh that nothing is simple', 'Why is nothing ever simple when you move country?'],
    ['one word and an outburst of marks', 'Rekning?? Planleggingsdag?!'],
    ['a tag with doubled marks', 'Skal eg bere 400 kilo fisk på ryggen frå Bryggen eller??'],
    ['a tag set off by a comma', 'Skal vi bare flytte ut, eller? Er vi de eneste i Åsane som blir plukket ut, eller?'],
    ['exasperation at coping', 'Korleis skal eg kunne sove om natta slik det er no? How am I supposed to keep a bathroom dry with no fan?'],
    ['standing by, or imagining', 'Skal vi berre sjå på at naboane flyttar ut? Can you imagine him on a scooter?'],
    ['exasperation at why it is so hard', 'Hvorfor er det så vanskelig å få et svar fra dere? Why is it so hard to get help in this country?'],
    ['sarcasm about how wonderful it is', "Er det ikke fantastisk at vi betaler avgifter for dette? Isn't it wonderful how the service makes things harder?"],
    ['sarcasm about what the office thinks', 'Tror dere jeg har et eget lite vannverk i kjelleren? Do you really think I am made of money?'],
    [
      'a question that holds its own answer, by «meininga» or «på tide»',
      'Er det ikkje meininga at vi skal drive gardane våre? Er det ikke på tide at noen andre tar regningen?',
    ],
    ['English that holds its own answer', "Isn't transparency supposed to be the Norwegian way?"],
    [
      'scorn at whoever has time or thought of it',
      'Hvem har egentlig tid til å sette seg inn i SAK10 på kveldstid? Kven har funne på at ein gard skal betale for dårlegare vatn?',
    ],
    ['disbelief', 'Er dette en spøk? Det er ikke lett å finne fram – er det rart man blir forvirret?'],
    ['scorn with «egentlig»', 'Hvem designer egentlig disse skiltene? Kor lenge må ein eigentleg vente på kommunen?'],
    ['asking leave to ask', 'Jeg skal ikke plage dere mer enn nødvendig – det er vel lov å spørre?'],
    ['a wish with a verb first', 'Have a lovely weekend! Ha ei fin helg!'],
    ['a hope tagged on', 'We get along well with them, so that should not be a problem, I hope?'],
    ['scorn at a decision', 'Who thought it was a good idea to send these bills only in Norwegian?'],
    ['an outburst with a curse', 'Hva f*** er det dere driver med?'],
    ['"I want to learn" a language', 'I want to learn Norwegian so I can work as a nurse again.'],
    ['a why with «så komplisert»', 'Hvorfor skal alt være så komplisert for en garasje?'],
    ['a why with "so complicated"', 'Why is everything here so complicated?'],
    ['«Kan det være så vanskelig»', 'Kan det være så vanskelig å legge ut skjemaet?'],
    ['nynorsk «kor mange gonger skal»', 'Kor mange gonger skal dette skje i år?'],
    ['"you people"', 'Do you people even read your emails?'],
    ['"who could have predicted"', 'Snow in December, who could have predicted that?'],
    ['a label before the questions', 'Har noen spørsmål før jeg sender inn:'],
    ['sarcasm in English', 'Is it really that hard to answer an email?'],
    ['a question the citizen answers', 'Hvorfor skriver jeg? Jo, fordi ingen svarer.'],
    ['«Har eg fått svar? Nei.»', 'Har eg fått svar? Nei. Eg søkte i september.'],
    ['a question answered with a measure', 'Kor langt er det? 1,6 km, eg har målt det på kartet.'],
    ['"I think yes"', 'Is it because of the snow load that you ask so many things? I think yes, but it rains more here.'],
    ['«Ingenting, har eg lært»', 'Kva hjelper det å klage? Ingenting, har eg lært, så eg ber heller pent.'],
    ['what happens, told at once', 'Kva skjer når det frys til? Då blir det is over heile vegen.'],
    ['a subordinate clause', 'Når jeg søkte i fjor, fikk jeg avslag.'],
    ['a condition', 'Har du spørsmål, kan du ringe meg.'],
    ['a statement', 'Jeg har søkt om parkering.'],
    ['a bare request for a reply (the reply answers it)', 'Jeg skriver om byggesøknaden min. Jeg ber om svar snarest.'],
    ['a bare request for a reply in English', 'I look forward to hearing from you.'],
    ['a reply asked for by a date', 'Jeg ber om svar innen 21. desember 2026.'],
    ['an argument put as a question', 'Er det ikke da åpenbart at kommunen må betale tilbake alt?'],
    ['«loven krever at» (a statement about the law)', 'Loven krever at søknaden er signert.'],
    ['a form field the sender answered', '-- Innsendt skjema --\nEr du over 18 år?: Nei\nHar de prøvingsattest?: Nei, ikkje enno'],
    ['a courtesy hope with a question mark', 'Håper dere kan hjelpe oss med dette? Hope that makes sense?'],
    ['a sigh with «vel ikke»', 'Det er vel ikke meningen at en fireåring skal bytte barnehage tre ganger?'],
    ['a tag «er det vel?»', 'Fire meter fra nabogrensen, er det vel?'],
    ['an argument about fairness', 'Synes dere det er rimelig at en seksåring skal gå 2,5 km langs veien? Is it fair that we pay twice?'],
    ['«i all verden»', 'Hvem i all verden har kommet frem til den verdien?'],
    ['«liksom»', 'Kven andre skulle gjere det, liksom?'],
    ['sarcasm about secrecy', 'Kva er det de prøver å skjule? Surely a public bike scheme has nothing to hide?'],
    ['a question answered with "Probably not"', 'I suppose you get this question a lot? Probably not, Bergen is small.'],
    ['«vel» after a question word', 'Hvem trenger vel en sykkelvei når man kan sitte i kø? Og kven spurde vel om skyss då?'],
    ['"who doesn\'t …?"', "I assume you get a lot of these e-mails – who doesn't love admin in January?"],
    ['"Let me guess: …?"', "Let me guess: the bin will be 'forgotten' again next week?"],
    ['«Er det ikke litt dumt at …?»', 'Er det ikke litt dumt at to folk på over 80 skal dra dunker opp en bakke?'],
    ['an apology for the wrong place', 'Beklager hvis dette er feil sted å spørre?'],
    ['a question the writer answers «Nettopp.»', 'Men hvordan skal man se et hull når det er mørkt? Nettopp.'],
  ])('leaves out %s', (_what, inquiry) => {
    expect(texts(inquiry)).toEqual([]);
  });

  it('takes every item of a list that a request introduces as its own ask, not the introduction', () => {
    const letter =
      'Jeg ber om at kommunen:\n1. bekrefter at arealet vil bli rettet,\n2. opplyser hvor mange år tilbake gebyret omregnes, og\n3. oppgir det rettslige grunnlaget.\n\nMed vennlig hilsen';
    expect(texts(letter)).toEqual([
      'bekrefter at arealet vil bli rettet',
      'opplyser hvor mange år tilbake gebyret omregnes',
      'oppgir det rettslige grunnlaget.',
    ]);
    const access = findQuestions(
      'I request access to the following documents:\n\n1. The lease agreements, 2022–2025.\n2. Any internal evaluation reports.\n\nYours faithfully',
    );
    expect(access.map((q) => [q.text, q.topic])).toEqual([
      ['The lease agreements, 2022–2025.', 'document'],
      ['Any internal evaluation reports.', 'document'],
    ]);
  });

  it('reads only the newest message: a deeper quote level and an older header are older messages', () => {
    expect(texts('Hei,\nKan eg bruke det gamle kortet?\n\n> Har du sendt søknaden?')).toEqual(['Kan eg bruke det gamle kortet?']);
    const outlook = 'Hei.\nHvem har ansvaret?\n\nFra: Servicetorget\nSendt: onsdag 25. november 2026 10:00\nTil: Jon\n\nHar du fått bekreftelsen?';
    expect(texts(outlook)).toEqual(['Hvem har ansvaret?']);
    expect(texts('Hi\nWhen will it be emptied?\n\nOn Mon, 23 Nov 2026 at 09:00, BIR <bir@example.no> wrote:\nCould you tell us your address?')).toEqual([
      'When will it be emptied?',
    ]);
  });

  it('goes on reading below an older message the writer quoted inline with ">"', () => {
    const inquiry =
      'Hello,\nI wrote you 3 weeks ago.\n\n> From: Khaled\n> Sent: 10 November 2026\n> Can someone come this week?\n\nCan I paint over it myself? Please tell us what we can do while we wait.\n\nKhaled';
    expect(texts(inquiry)).toEqual(['Can I paint over it myself?', 'Please tell us what we can do while we wait.']);
    // A ">" block with an older header after it, or nothing after it, ends the message.
    expect(
      texts('Hei,\nKan eg bruke det gamle kortet?\n\n> Har du sendt søknaden?\n\nFra: Servicetorget\nSendt: onsdag 25. november 2026\n\nHar du fått svar?'),
    ).toEqual(['Kan eg bruke det gamle kortet?']);
  });

  it('finds asks after «lurer da på om», «tillater meg å spørre», "we also wonder whether", "kindly clarify whether", "I\'d appreciate if you could", "want to ask if"', () => {
    expect(texts('Og jeg lurer da på om kortet gjelder også når det er hun som kjører.')).toHaveLength(1);
    expect(texts('Derfor tillater jeg meg å spørre hvordan man går frem.')).toHaveLength(1);
    expect(texts('Eg vil gjerne spørje om det finst søskenprioritet.')).toHaveLength(1);
    expect(texts('We also wonder whether we must pay a waste fee for the cabin.')).toHaveLength(1);
    expect(texts('Kindly clarify whether it is compulsory for the children to attend school.')).toHaveLength(1);
    expect(texts("I'd also appreciate if you could tell me how the value was determined.")).toHaveLength(1);
    expect(texts('Also we want to ask if it is possible to move to a bigger flat.')).toHaveLength(1);
    expect(texts('Jeg vil spørre naboen først.')).toEqual([]);
    expect(texts('We want to ask the neighbour first.')).toEqual([]);
  });

  it('finds asks put as doubt, as «Fortel meg …», as a wish «if that is possible», and a verb before a definite noun', () => {
    expect(texts('Hei. Jeg vet ikke om jeg trenger en skriftlig erklæring fra ham.')).toHaveLength(1);
    expect(texts('Vi valde Skjoldvegen, men eg veit ikkje om det var lurt.')).toEqual([]);
    expect(texts('Eg veit ikkje om eg overreagerer, men eg ville seie frå.')).toEqual([]);
    expect(texts("I'm not sure whether the card covers e-books.")).toHaveLength(1);
    expect(texts('Fortel meg kven eg kan snakke med om nedbetaling.')).toHaveLength(1);
    expect(texts('We would like them to start on 4 January, if that is possible.')).toHaveLength(1);
    expect(texts('I would also like to see the e-mail correspondence about the report.')).toHaveLength(1);
    expect(texts('Hei.\nKan tannlegen kome heim til oss, sidan han ikkje klarer trappene\nHelsing Ragnhild')).toEqual([
      'Kan tannlegen kome heim til oss, sidan han ikkje klarer trappene',
    ]);
    expect(texts('Jeg lurer på noe. Finnes brevet på engelsk')).toEqual(['Finnes brevet på engelsk']);
  });

  it('leaves out scorn and outbursts: who comes up with this, «før noen gjør noe», «i det hele tatt»', () => {
    expect(texts('Hvem finner på alle disse passordene?')).toEqual([]);
    expect(texts('Må noen brekke beinet før det blir gjort noe?')).toEqual([]);
    expect(texts('Er det noen som svarer på telefonen der i det hele tatt?')).toEqual([]);
    expect(texts('Korleis skal ein gamal mann klare å fylle ut eit skjema på nett?')).toEqual([]);
    expect(texts('Who writes signs only in Norwegian?')).toEqual([]);
    expect(texts('Hvordan skal jeg fylle ut skjemaet?')).toHaveLength(1);
  });

  it('leaves out a courtesy after a thank-you or an apology, and indignation: «er det ingen som», «liksom», «meg kanskje?», «Er dette akseptabelt»', () => {
    expect(texts('Takk på forhånd, håper det går greit?')).toEqual([]);
    expect(texts('Beklagar om dette er mykje på ein gong, håpar det er greit?')).toEqual([]);
    expect(texts('Thank you for your help, hope this is the right address?')).toEqual([]);
    expect(texts('Hvem har glemt oss i to år, er det ingen som sjekker slikt?')).toEqual([]);
    expect(texts('Skal man liksom gå rundt med kart i lomma?')).toEqual([]);
    expect(texts('Kven betalar for at eg må måke bort kommunen sin snø, meg kanskje?')).toEqual([]);
    expect(texts('Er dette akseptabelt i en by med 290 000 innbyggere?')).toEqual([]);
    expect(texts('Does anyone at the municipality actually think about the businesses here?')).toEqual([]);
    // The same words asking in earnest stay questions.
    expect(texts('Er det greit at jeg sender papirene på e-post?')).toHaveLength(1);
    expect(texts('Is that normal??')).toHaveLength(1);
    expect(texts('Er det noen som kan hjelpe meg med skjemaet?')).toHaveLength(1);
  });

  it('leaves out a question someone else asked, quoted after «spurte», «sa», "asked", but keeps the writer’s own', () => {
    expect(texts('Styret spurte meg «er det i det hele tatt lov å ha fest i kommunale lokaler?», men det har vi jo gjort før.')).toEqual([]);
    expect(texts('Ho svigermor spurde «kvifor i all verda skal de ha båt når de har traktor?»')).toEqual([]);
    expect(texts('My landlord asked me, "Why would they listen to a tenant anyway?"')).toEqual([]);
    expect(texts('I asked the workers, and one of them said "Do you think we enjoy working at night?", which was fair enough.')).toEqual([]);
    expect(texts('Our treasurer keeps asking "who pays if it rains?", but that is our problem, not yours.')).toEqual([]);
    expect(texts('Kona mi sa i går «skal vi bare vente til det går over av seg selv?», og svaret er nei.')).toEqual([]);
    expect(texts('Vi har fått spørsmål fra en beboer om «hvorfor må vi betale når dunkene ikke blir tømt?».')).toEqual([]);
    expect(texts('Styret er kjent med at enkelte mener «er det ikke kommunen som skal passe på?».')).toEqual([]);
    // The writer's own question beside the quote, or quoted by the writer, still asks.
    expect(texts('Naboen sa «Det trenger dere vel ikke søke om?», men må vi søke?')).toEqual(['må vi søke?']);
    expect(texts('Jeg spurte: «Når kommer vedtaket?»')).toHaveLength(1);
    expect(texts('Hva betyr «bruksendring»?')).toHaveLength(1);
  });

  it('leaves out a question inside a quoted letter or remark, with or without a verb of saying before it', () => {
    const letter =
      'Eg fekk eit brev i posten. Brevet lydde slik:\n\n«Hjelpemiddelsentralen har registrert at brukaren er død. Ta kontakt med kommunen for henting. Har du spørsmål om utlånet? Ring oss på 55 00 00 00.»\n\nKven hentar tinga?';
    expect(texts(letter)).toEqual(['Kven hentar tinga?']);
    expect(texts('When I asked at the reception, the lady said: "Have you tried Finn.no?" I had. Where else can we look?')).toEqual([
      'Where else can we look?',
    ]);
    expect(texts('Every day he ask me "Where is my dinner, Abdi?" and I have no answer.')).toEqual([]);
    // Single quotes too, but not an ask of its own before them that lost its mark.
    expect(texts("Someone at your switchboard asked me 'have you tried looking on the website?' I have. Where else can I look?")).toEqual([
      'Where else can I look?',
    ]);
    expect(texts("is there a list of which beaches allow dogs. my husband keeps asking 'why do norwegians love rules so much?' haha.")).toHaveLength(1);
    // The writer's own question, quoted as asked before, still asks.
    expect(texts('Eg spurde dykk i førre veke: «Når kjem vedtaket?»')).toHaveLength(1);
  });

  it('leaves out a short tag and a courtesy after a dash or a statement', () => {
    expect(texts('They say the water is clean. Is it? Can we swim there in June?')).toEqual(['Can we swim there in June?']);
    expect(texts('Thank you for your help – I hope it is alright that I write in English?')).toEqual([]);
    expect(texts('I have some questions about SFO, I hope is ok I write in English? Is it possible to get a place?')).toEqual([
      'Is it possible to get a place?',
    ]);
  });

  it('leaves out a question the writer answers or takes back at once, and a verdict put as a question', () => {
    expect(texts('Kor mange born bur her ute? Sju, har eg talt.')).toEqual([]);
    expect(texts('Are the water supply and the sewer separate systems? I checked your website, and they are, so no need to answer that one.')).toEqual([]);
    expect(texts('Hvorfor jeg ikke bruker kirken, som vi pleier? Den er stengt for restaurering.')).toEqual([]);
    expect(texts('Er det ikke fint at det finnes noen i familien som kan slikt?')).toEqual([]);
    expect(texts("Isn't it strange that nobody tells tenants about this kind of thing?")).toEqual([]);
    expect(texts('Kva er vel eit hus utan litt gjeld?')).toEqual([]);
    expect(texts('Jeg har hatt dårlige erfaringer, så hvem ville vel ikke vært litt skeptisk?')).toEqual([]);
    expect(texts('Naboen søkte aldri, så kven veit om den er lovleg?')).toEqual([]);
    expect(texts('How can anyone be expected to sleep through that?')).toEqual([]);
    expect(texts('Sorry for my bad English, is it okay?')).toEqual([]);
    expect(texts('My Norwegian is limited, so I hope you will forgive me for writing in English?')).toEqual([]);
    // Asked in earnest, the same shapes stay questions.
    expect(texts('Kor mange born må bu her før bussen stoppar? 2. Kva kostar kortet?')).toHaveLength(2);
    expect(texts('Hvorfor får jeg ikke bruke kirken?')).toHaveLength(1);
    expect(texts('Er det ikke mulig å få utsatt fristen?')).toHaveLength(1);
    expect(texts('Hvem vet noe om saken min?')).toHaveLength(1);
  });

  it('reads «Dessutan er det …» as a statement, «Og er det …» and «Dessuten ønsker jeg å få opplyst hvem …» as asks', () => {
    expect(texts('Dessutan er det ei gatelykt ved busstoppet som blinkar heile tida.')).toEqual([]);
    expect(texts('Og er det mogleg å få parkeringsløyve')).toHaveLength(1);
    // A request or a «why» not understood still asks after the adverb.
    expect(texts('Dessuten ønsker jeg å få opplyst hvem som fatter vedtak om skyss.')).toHaveLength(1);
    expect(texts('Ellers skjønner vi ikke hvorfor vannregningen er doblet i år.')).toHaveLength(1);
    expect(texts('Videre vil jeg gjerne få opplyst hvorvidt flygelet er stemt.')).toHaveLength(1);
  });

  it('takes a question word and a finite verb as a question without a question mark, and a Norwegian «i» for no subject', () => {
    expect(texts('Hei\nKven skal skifte vassmålaren, er det oss eller kommunen\nHelsing Sjur')).toEqual([
      'Kven skal skifte vassmålaren',
      'er det oss eller kommunen',
    ]);
    expect(texts('Hei\nKva gjer eg med rekninga, skal eg betale eller vente.\nSjur')).toHaveLength(2);
    // A clause opened by a question word and its subject is no question: «Når vi flytta hit, fekk vi …».
    expect(texts('Når vi flytta hit, fekk vi ingen informasjon.')).toEqual([]);
    expect(texts('Hei\nFekk rekning i går på det dobbelte av vanleg.\nSjur')).toEqual([]);
    expect(texts('can i get a refund for the course')).toHaveLength(1);
  });

  it("reads chat lines one ask per line when they are not a mail client's wrapped lines, and leaves the closing out", () => {
    expect(
      texts(
        'hei vi er ein gjeng på 16-17 år som vil spele futsal på kveldane i heile vinter og kanskje lenger\nkorleis booker vi\nkan vi få fast tid kvar tysdag\nmvh sindre',
      ),
    ).toEqual(['korleis booker vi', 'kan vi få fast tid kvar tysdag']);
    expect(
      texts(
        'hei jeg har fått varsel om at strømmen blir stengt 10 desember hvis jeg ikke betaler jeg er sykmeldt\nkan kommunen betale regningen\nhvor lang tid tar det å få svar',
      ),
    ).toEqual(['kan kommunen betale regningen', 'hvor lang tid tar det å få svar']);
    // A line wrapped by the mail client goes on in the next, even where that opens with a question word.
    expect(texts('Vi har sendt inn søknaden om barnehageplass for dattera vår, og jeg lurer på\nhvor lenge vi må vente på svar.')).toHaveLength(1);
  });

  it('reads each ask of one long sentence that asks in so many words, leaving out only its rhetorical tail', () => {
    const sentence =
      'We waited nearly five hours so I would like to know why it took so long and whether I really had to pay the full fee when she is a child and what it costs normally, and I would say the waiting room could use a clean but what do I know?';
    expect(texts(sentence)).toHaveLength(3);
    expect(texts('Er det for mykje forlangt at nokon tel ungane før dei går?')).toEqual([]);
    expect(texts('Why the map still shows a shed that was torn down in 2019 I will not ask.')).toEqual([]);
    expect(texts('Honestly, who designed a system with five different bins?')).toEqual([]);
  });

  it('reads «Hvorfor …, når …?» as one why-question, not a when-question after it', () => {
    expect(texts('Kvifor må slike løp alltid leggjast til ein laurdag før jul, når alle skal handle?')).toEqual([
      'Kvifor må slike løp alltid leggjast til ein laurdag før jul, når alle skal handle?',
    ]);
    expect(texts('Why is the bill addressed only to Daniel, when we both own the house?')).toEqual([
      'Why is the bill addressed only to Daniel, when we both own the house?',
    ]);
    // After another question word a bare comma still opens a second ask.
    expect(texts('Hva koster kortet, og når kan jeg hente det?')).toHaveLength(2);
  });

  it('leaves out a question the next sentence says needs no answer, venting, a hope and a list lead-in', () => {
    expect(texts('Hvilken rente gjelder? Svaret på det har jeg funnet selv: 12,5 prosent. Når kommer fakturaen?')).toEqual(['Når kommer fakturaen?']);
    expect(texts('Hva er fristen for å klage? Den står i brevet, så det spørsmålet kan De se bort fra. Kan jeg betale i avdrag?')).toEqual([
      'Kan jeg betale i avdrag?',
    ]);
    expect(texts('How can it be empty already? (Rhetorical, of course.) Can you check the balance?')).toEqual(['Can you check the balance?']);
    expect(texts('Eg har brukt kortet i tre år, så kva skulle eg gjere utan det? Kor lenge gjeld det nye kortet?')).toEqual([
      'Kor lenge gjeld det nye kortet?',
    ]);
    expect(texts('Har de fått søknaden? Kven skal ein elles spørje?')).toEqual(['Har de fått søknaden?']);
    expect(texts('Er det bare jeg som synes dette er sprøtt? Når får jeg pengene?')).toEqual(['Når får jeg pengene?']);
    expect(texts('I do hope this is the right department to write to? When is the fee due?')).toEqual(['When is the fee due?']);
    expect(texts('Eg vonar det går bra at eg skriv på nynorsk? Kva kostar det?')).toEqual(['Kva kostar det?']);
    expect(texts('Jeg ber derfor om svar på følgende: Er det regulativet for 2024 som gjelder?')).toEqual(['Er det regulativet for 2024 som gjelder?']);
    // Still asked: a question about what to do, and who to ask about something named.
    expect(texts('Hvem skal jeg spørre om fakturaen?')).toEqual(['Hvem skal jeg spørre om fakturaen?']);
    expect(texts('Så hva skjer nå?')).toEqual(['Så hva skjer nå?']);
  });

  it('leaves out a question quoted from a named person, a sigh and «Ingen vet» as the answer', () => {
    expect(texts('Naboen min, Sjur, spurde meg i går: «Kvifor skal bøndene betale for bybussane?» Kva kostar det?')).toEqual(['Kva kostar det?']);
    expect(texts('Hvorfor bruker kommunen alltid så lang tid? Ingen vet. Når kommer fakturaen?')).toEqual(['Når kommer fakturaen?']);
    expect(texts('Vi er vel ikkje dei første som opplever dette? Kan de sjekke målaren?')).toEqual(['Kan de sjekke målaren?']);
    expect(texts('Er det nokon som bryr seg om oss gamle lenger? Når kjem svaret?')).toEqual(['Når kjem svaret?']);
    expect(texts('Er det noen som kan hjelpe meg med skjemaet?')).toEqual(['Er det noen som kan hjelpe meg med skjemaet?']);
  });

  it('leaves out what the writer says about an ask already made: why it matters, or whom they must answer', () => {
    expect(texts('Når kommer bussen? Jeg vet ikke hva jeg skal svare henne.')).toEqual(['Når kommer bussen?']);
    expect(texts('Do I need a permit for the carport? I need to know before I order the wood.')).toEqual(['Do I need a permit for the carport?']);
    expect(texts('Kor mykje kostar hallen? Kassereren vår vil vite det før styremøtet.')).toEqual(['Kor mykje kostar hallen?']);
    expect(texts('Kan eg få fritak? Eg vil gjerne ha svar på det.')).toEqual(['Kan eg få fritak?']);
    // Still asks: what to know, or what to do, said in so many words.
    expect(texts('I need to know when the bus comes.')).toEqual(['I need to know when the bus comes.']);
    expect(texts('Jeg vet ikke hva jeg skal gjøre med fakturaen.')).toEqual(['Jeg vet ikke hva jeg skal gjøre med fakturaen.']);
  });

  it('leaves out a question that asks for agreement with «vel», "How am I supposed to …?", «Er det noen som faktisk leser …?» and an outburst with «?!»', () => {
    expect(texts('Dere har vel et eget skjema for dette også? Når kommer fakturaen?')).toEqual(['Når kommer fakturaen?']);
    expect(texts('Det er vel ikke meningen at jeg skal sitte hjemme hele vinteren? Kan jeg få TT-kort?')).toEqual(['Kan jeg få TT-kort?']);
    expect(texts('How am I supposed to keep a bathroom dry with no fan? When will you fix it?')).toEqual(['When will you fix it?']);
    expect(texts('Er det noen som faktisk leser disse takstene? Hvem har målt boligen?')).toEqual(['Hvem har målt boligen?']);
    expect(texts('Hvordan kan dere forsvare dette?! Hva er fristen for å klage?')).toEqual(['Hva er fristen for å klage?']);
    // A real ask with «vel» only in its reason, and "actually responsible", stay questions.
    expect(texts('Kven skal eg klage til når sjåføren køyrer over plenen, for det kan vel ikkje vere meininga?')).toHaveLength(1);
    expect(texts('Is anyone actually responsible for this road?')).toEqual(['Is anyone actually responsible for this road?']);
  });

  it("leaves out «…, ikkje sant?», «Er det ikke rart …?», «Hugsar de kor bra …?» and 'I'm guessing …?'", () => {
    expect(texts('Eg betalar jo for tømming kvar fjortande dag, ikkje sant? Kvifor vart dunken ikkje tømd?')).toEqual(['Kvifor vart dunken ikkje tømd?']);
    expect(texts('Er det ikkje rart korleis bøker berre forsvinn? Kva kostar ei ny bok?')).toEqual(['Kva kostar ei ny bok?']);
    expect(texts('Hugsar de kor bra det gjekk i fjor? Kan vi få to dunkar i år?')).toEqual(['Kan vi få to dunkar i år?']);
    expect(texts("I'm guessing I'll need a swimming cap too? Is the pool open on Sundays?")).toEqual(['Is the pool open on Sundays?']);
    expect(texts('Is that right?')).toEqual(['Is that right?']);
  });

  it('reads «Kor høg er renta?» and «Hvor dyrt er det?» as asking for an amount, not a place', () => {
    expect(findQuestions('Kor høg er renta på startlån no?').map((q) => q.topic)).toEqual(['amount']);
    expect(findQuestions('Hvor dyrt er det å leie hallen?').map((q) => q.topic)).toEqual(['amount']);
  });

  it('skips the quote header and takes a question that stands only in the subject line', () => {
    const inquiry =
      'Fra: Eva <eva@example.no>\nSendt: onsdag 2. desember 2026 11:02\nEmne: SV: Når kommer skatteseddelen?\n\nHei,\nJeg har ikke fått noe ennå.\nEva';
    const [question] = findQuestions(inquiry);
    expect(question).toMatchObject({ text: 'Når kommer skatteseddelen?', subject: true, topic: 'when' });
    expect(inquiry.slice(question!.start, question!.end)).toBe('Når kommer skatteseddelen?');
  });

  it('does not count the subject twice when the body asks the same', () => {
    const inquiry =
      'From: Tom <t@example.com>\nSent: Monday, November 30, 2026 9:00 AM\nSubject: When will I hear back?\n\nHi,\nWhen will my application be processed?\nTom';
    expect(texts(inquiry)).toEqual(['When will my application be processed?']);
  });

  it('keeps the subject question when the body shares only one of its words with a question of its own', () => {
    const inquiry =
      'Fra: Sigrid <sigrid@example.no>\nSendt: tirsdag 1. desember 2026 09:12\nEmne: Kan eg få fritak frå aktivitetsplikta?\n\nHei,\nKan aktiviteten vere noko eg gjer heimanfrå?\nSigrid';
    expect(texts(inquiry)).toEqual(['Kan eg få fritak frå aktivitetsplikta?', 'Kan aktiviteten vere noko eg gjer heimanfrå?']);
    // A label before the dash and an ask of one word that the body asks again: once.
    const labelled =
      'Fra: Ola <ola@example.no>\nSendt: tirsdag 1. desember 2026 09:12\nEmne: Purring - kan jeg få utsettelse?\n\nHei,\nKan jeg få utsettelse?\nOla';
    expect(texts(labelled)).toEqual(['Kan jeg få utsettelse?']);
  });

  it('takes a subject that only names the topic for a title when the body asks its own questions', () => {
    const titled =
      'Fra: Ali <ali@example.no>\nSendt: mandag 7. desember 2026 07:12\nEmne: gratis busskort???\n\nHei.\nKan dere si meg om jeg har rett på kortet?\nAli';
    expect(texts(titled)).toEqual(['Kan dere si meg om jeg har rett på kortet?']);
    // Alone, the label is the question; with a word that asks, it is one too.
    const alone = 'Fra: Ali <ali@example.no>\nSendt: mandag 7. desember 2026 07:12\nEmne: gratis busskort???\n\nHei.\nJeg er 23 og har lav inntekt.\nAli';
    expect(texts(alone)).toEqual(['gratis busskort???']);
    const asks = 'Fra: Ali <ali@example.no>\nSendt: mandag 7. desember 2026 07:12\nEmne: Kan jeg få busskort?\n\nHei.\nHvor søker jeg?\nAli';
    expect(texts(asks)).toEqual(['Kan jeg få busskort?', 'Hvor søker jeg?']);
  });

  it('takes two bare options after a question for that question, not a question of their own', () => {
    expect(texts('Hei. Hvem skal jeg ringe når naboen skyter opp raketter? Politiet eller brannvesenet?')).toEqual([
      'Hvem skal jeg ringe når naboen skyter opp raketter?',
    ]);
    // With a word that asks, the options are a question: «Er det timepris eller fast pris?»
    expect(texts('Hei. Hva koster vasken? Er det timepris eller fast pris?')).toEqual(['Hva koster vasken?', 'Er det timepris eller fast pris?']);
  });

  it('reads text still quoted with ">" throughout, with offsets into it', () => {
    const inquiry = '> Hello,\n> How much is the fee?\n> Tom';
    const [question] = findQuestions(inquiry);
    expect(inquiry.slice(question!.start, question!.end)).toBe('How much is the fee?');
  });
});

describe('topicOf', () => {
  it.each([
    ['Hva er fristen?', 'when'],
    ['Hvor lang frist har jeg for å klage.', 'when'],
    ['Og kva er eigentleg oppseiingsfristen?', 'when'],
    ['Kva er søknadsfristane for dei to ordningane?', 'when'],
    ['Opningstidene i jula?', 'when'],
    ['Hva vil det koste meg i gebyr for en garasje?', 'amount'],
    ['Also, could you tell me roughly what the monthly cost will be', 'amount'],
    ['Kan du seie omtrent kor mykje det kostar?', 'amount'],
    ['Hvor lang er saksbehandlings tiden hos dere?', 'when'],
    ['Hva er inntektsgrensen for en person som bor alene?', 'amount'],
    ['Eg vil også vite kva eigendelen er per døgn.', 'amount'],
    ['Hvilken kvadratmeterpris er brukt?', 'amount'],
    ['How fast can I get it?', 'when'],
    ['Mistar me barnehageplassen når me flyttar?', 'yes-no'],
    ['Mister vi plassen når vi flytter?', 'yes-no'],
    ['Hvor raskt kan dere komme?', 'when'],
    ['Kva blir tilknytingsgebyret for to bustadhus?', 'amount'],
    ['Jeg lurer på hva saksbehandlingsgebyret blir.', 'amount'],
    ['Kva er oppseiingstida for plassen?', 'when'],
    ['What is the deadline?', 'when'],
    ['Kva skjer med søknaden min?', 'what'],
    ['Hva har skjedd med søknaden?', 'why'],
    ['Kor langt må ein gå?', 'amount'],
    ['Hvor lang behandlingstid må vi regne med?', 'when'],
    ['Når får jeg svar?', 'when'],
    ['Kor lenge varer det?', 'when'],
    ['Hva koster kortet?', 'amount'],
    ['How much is the fee?', 'amount'],
    ['What does the permit cost?', 'amount'],
    ['Is there any charge for the safety alarm?', 'amount'],
    ['Er det nokon eigendel for tryggleiksalarmen?', 'amount'],
    ['Eg vil gjerne vite kva gebyret for ferdigattesten blir', 'amount'],
    ['Hva den nye ordningen koster for oss', 'amount'],
    ['What is the status of my case?', 'what'],
    ['Hvor sender jeg klagen?', 'where'],
    ['Hvorfor fikk jeg avslag?', 'why'],
    ['Korleis søkjer eg?', 'how'],
    ['Who can I contact?', 'who'],
    ['Kan jeg parkere i sone B?', 'yes-no'],
    ['Can I get a refund for the course?', 'yes-no'],
    ['Kan dere sende meg en kopi av vedtaket?', 'document'],
    ['Hva er status i saken?', 'what'],
    ['Kor snart kan eg få han?', 'when'],
    ['Hvis saken går videre, hvor lang tid tar det der?', 'when'],
    ['What is the typical processing time for a change-of-use application?', 'when'],
    ['Hvor mange får vi plass til?', 'amount'],
    ['Koster det noe å få vaksinen?', 'amount'],
    ['Ka koste det å leie gymsalen?', 'amount'],
    ['Kem ska eg snakke med om nøklar?', 'who'],
    ['Jeg vil også vite hva klagefristen er', 'when'],
    ['kva fristen er for å seie opp plassen', 'when'],
    ['What days is the day centre open?', 'when'],
    ['kva for månad er den siste vi må betale for?', 'when'],
    ['Hvilken dag passer best for dere?', 'when'],
    ['Hvilket nummer står vi på i køen?', 'what'],
    ['Hva er egenandelen per døgn?', 'amount'],
    ['Which number should I call if my child gets sick at night', 'where'],
    ['Hva er telefonnummeret til legevakten?', 'where'],
    ['Do you know when the decision comes?', 'when'],
    ["What's the deadline for submitting the application?", 'when'],
    ['Can you tell me where I send the form?', 'where'],
    ['Kan du seie noko om kor lang tid dette tek?', 'when'],
    ['Veit de kven som har ansvaret for vegen?', 'who'],
    ['Kan du si om det er mulig?', 'yes-no'],
  ])('%s → %s', (question, topic) => {
    expect(topicOf(question)).toBe(topic);
  });
});
