// The questions a citizen asks in the quoted inquiry, each one a thing the reply must answer.
// Direct questions, several asks in one sentence, indirect questions and requests that expect an
// answer ("Jeg lurer på om …", "Eg vil gjerne vite …", "Please confirm that …"), questions
// without a question mark and a question only in the subject line — in bokmål, nynorsk and
// English. Left out: rhetorical and sarcastic questions, questions the citizen answers
// themselves, and everything in older messages nested in the inquiry (a deeper ">" level or an
// older header). Pure text, offsets into the inquiry text as given.
import { HEADER_FIELD, isAttribution, newestMessage, type QuestionOpeners, SEPARATOR, sentencesOf, type Span, trimSpan } from './inquiry-sentences.ts';

export type QuestionTopic = 'when' | 'amount' | 'where' | 'document' | 'why' | 'how' | 'who' | 'yes-no' | 'what';

export interface InquiryQuestion {
  /** [start, end) in the inquiry text. */
  start: number;
  end: number;
  /** The question as the citizen wrote it (line breaks folded to spaces). */
  text: string;
  topic: QuestionTopic;
  /** The question stands only in the subject line. */
  subject?: true;
  /** The statement a bare «Stemmer det?» asks about (the sentence before it). */
  context?: string;
}

// ── What is a question ──────────────────────────────────────────────────────────────────────

const Q_WORD = String.raw`hva|hvad|hvem|hvor|hvorfor|hvordan|hvilke[nt]?|hvis\s+ikke|kva|kven|kvar|kor|korleis|kvifor|kvifor|kva\s+for|når|naar|what|when|where|why|who|whom|whose|which|how`;
const STARTS_WITH_Q_WORD = new RegExp(`^(?:${Q_WORD})(?![\\p{L}])`, 'iu');
/** Finite verbs that open an English question; FINITE_FIRST holds them after the Norwegian ones. */
const ENGLISH_FINITE = 'can|could|will|would|is|are|was|were|do|does|did|have|has|had|should|shall|may|might|must|am';
const FINITE_FIRST = new RegExp(
  `^(?:holder|held|dekker|dekkjer|inkluderer|omfatter|omfattar|tilbyr|tilbyd|kan|kunne|vil|ville|skal|skulle|må|måtte|er|var|har|hadde|blir|ble|blei|vert|vart|får|fikk|fekk|gjelder|gjeld|finnes|finst|fins|stemmer|stemmar|betyr|tyder|trenger|treng|bør|burde|koster|kostar|tar|tek|går|gir|gjev|gjer|gjør|sender|ligger|ligg|hjelper|hjelp|${ENGLISH_FINITE})(?![\\p{L}])`,
  'iu',
);
/** Any present-tense verb (…r) before its subject pronoun: «Mistar me plassen når me flyttar?» is a yes/no question. */
const PRESENT_VERB_FIRST =
  /^(?!(?:eller|etter|under|over|før|for|der|her|hvor|kvar|når|enn|ifr|hver|kver|per|spør)\s)\p{L}{2,}r\s+(?:jeg|eg|vi|me|du|dere|de|dykk|han|hun|ho|man)(?![\p{L}])/iu;
const SUBJECT_WORD =
  /^(?:jeg|eg|vi|me|du|dere|de|dykk|dei|han|hun|ho|den|det|dette|denne|man|noen|nokon|nokre|saken|saka|søknaden|i|we|you|he|she|it|they|there|this|that|my|our|your|the|a|an|anyone|someone|min|mitt|mine|vår|vårt|mi|kommunen|bergen)(?![\p{L}])/iu;
const PRONOUN = /^(?:jeg|eg|vi|me|du|dere|dykk|de|dei|han|hun|ho|man|i|we|you|he|she|they|it|det|this|that)(?![\p{L}])/iu;

/** A line that starts with a finite verb and its subject ("må jeg …", "har dere …"): a new question, not a wrapped line. */
function opensVerbFirstQuestion(rest: string): boolean {
  if (!FINITE_FIRST.test(rest)) return false;
  const second = firstWords(rest, 2)[1];
  return second !== undefined && PRONOUN.test(second);
}

const QUESTION_OPENERS: QuestionOpeners = {
  any: (rest) => STARTS_WITH_Q_WORD.test(rest) || opensVerbFirstQuestion(rest) || finiteVerbFirst(rest),
  verbFirst: opensVerbFirstQuestion,
};

/** What a citizen asks to be sent: a copy, an excerpt, a contact, an agreement. */
const REQUESTED_THING = String.raw`(?:direktenummer|telefonnummer\p{L}*|nummeret|kontaktinfo\p{L}*|kontaktperson\p{L}*|navnet|namnet|kopi\p{L}*|utdrag\p{L}*|oversikt\p{L}*|bekreftelse|stadfesting|nedbetalingsavtale\p{L}*|kontrakt\p{L}*|adressen)(?![\p{L}])`;

/** A question word or «om» next: «spørre om …», «spørje kva …» ask; «spørre naboen» does not. */
const QUESTION_FOLLOWS = String.raw`(?=\s+(?:for\s+)?(?:om|hvorvidt|hva|kva|hvordan|korleis|når|kor|hvor|kvar|hvorfor|kvifor|hvem|kven|hvilke\p{L}*|kva\s+for)(?![\p{L}]))`;

/** Words after which a question word opens an indirect question or a request for an answer. */
const REQUEST_CUES = new RegExp(
  [
    String.raw`(?:lure[rt]?|lurar|lurte)\s+(?:(?:jeg|eg|vi|me|hun|han|ho|dei)\s+)?(?:(?:også|og|òg|litt|derfor|fortsatt|framleis|egentlig|eigentleg|sterkt|veldig|dessuten|dessutan|i\s+tillegg|da|då|nå|no)\s+)?på`,
    // Asked on someone's behalf: «hun spør også om det finnes …», "He asked whether he can pay …",
    // "she'd like to know whether …". A quoted remark («Naboen spurte: «…?»») is not this.
    String.raw`(?:hun|han|ho|dei|he|she|they)\s+(?:spør|spurte|spurde|asks|asked|wonders|wondered)\s+(?:(?:også|òg|also)\s+)?(?:om|whether|if)(?![\p{L}])`,
    String.raw`(?:she|he|they)(?:['’]d|\s+would)\s+(?:also\s+)?like\s+to\s+know`,
    // «så jeg tillater meg å spørre hvordan …», «Eg vil gjerne spørje om …».
    String.raw`(?:tillater|tillet)\s+(?:jeg\s+|eg\s+|vi\s+|me\s+)?(?:meg|oss)\s+(?:å\s+)?(?:spørre|spørje|spørja)${QUESTION_FOLLOWS}`,
    String.raw`(?:vil|ville|ønsker|ønskjer)\s+(?:(?:jeg|eg|vi|me)\s+)?(?:(?:også|òg|gjerne|bare|berre|derfor|difor)\s+){0,2}(?:å\s+)?(?:spørre|spørje|spørja)${QUESTION_FOLLOWS}`,
    String.raw`undrer\s+(?:jeg\s+|eg\s+)?meg`,
    // «Ellers skjønner vi ikke hvorfor vannregningen er doblet»: not understanding why asks to be told.
    String.raw`(?:skjønner|skjønar|forstår)\s+(?:(?:jeg|eg|vi|me)\s+)?(?:ikke|ikkje)\s+(?:hvorfor|kvifor)(?![\p{L}])`,
    // «Dessuten ønsker jeg å få opplyst hvem …», «Vi vil gjerne vite om …».
    String.raw`(?:vil|ville|ønsker|ønskjer)\s+(?:(?:jeg|eg|vi|me)\s+)?(?:(?:også|òg|gjerne|bare|berre|derfor|difor)\s+){0,2}(?:å\s+)?(?:få\s+)?(?:opplyst|vite|vete|vita|veta|greie\s+på)${QUESTION_FOLLOWS}`,
    // «Jeg vet ikke om jeg trenger …», "I'm not sure whether …": an ask in the form of doubt.
    String.raw`(?:jeg|eg|vi|me)\s+(?:vet|veit)\s+(?:ikke|ikkje)\s+(?:om(?!\s+det\s+var|\s+(?:jeg|eg|vi|me)\s+(?:overreagerer|overreagerar|overdriver|overdriv|tar\s+feil|har\s+rett|er\s+(?:urimelig|urimeleg|masete|sytete)))|hvorvidt|kva|hva|når|korleis|hvordan|kor|hvor|kven|hvem)(?![\p{L}])`,
    String.raw`(?:jeg|eg|vi|me)\s+er\s+(?:usikker|usikre|i\s+tvil)\s+på\s+(?:om|hva|kva|når|hvordan|korleis|kor|hvor)(?![\p{L}])`,
    String.raw`(?:i|we)\s+(?:don['’]t|do\s+not)\s+know\s+(?:if|whether|what|when|how|who|where)(?![\p{L}])(?!\s+(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+(?:overreacting|being\s+unreasonable|right|wrong))`,
    String.raw`(?:i['’]m|i\s+am|we\s+are|we['’]re)\s+(?:not\s+sure|unsure)\s+(?:if|whether|what|when|how|who|where)(?![\p{L}])`,
    // «Fortel meg kven eg kan snakke med …», "Tell me who …".
    String.raw`(?:fortel|fortell)\s+(?:meg|oss)\s+(?:kven|hvem|kva|hva|når|kor|hvor|korleis|hvordan|om|kvifor|hvorfor)(?![\p{L}])`,
    String.raw`^tell\s+(?:me|us)\s+(?:who|what|when|where|how|why|if|whether)(?![\p{L}])`,
    // "Can you tell me when …", "Do you know when …", «Kan du seie noko om kor lang tid …», «Veit de kva …»:
    // a yes/no form that asks what its clause asks.
    String.raw`(?:can|could|would)\s+(?:you|anyone|someone)\s+(?:please\s+)?(?:tell|let)\s+(?:me|us)(?:\s+know)?(?=\s+(?:(?:roughly|approximately|exactly|briefly)\s+)?(?:who|what|when|where|how|why|if|whether)(?![\p{L}]))`,
    String.raw`^(?:do|does)\s+(?:you|anyone|anybody)\s+know(?=\s+(?:who|what|when|where|how|why|if|whether)(?![\p{L}]))`,
    String.raw`(?:kan|kunne)\s+(?:du|de|dere|dykk|nokon|noen)\s+(?:seie|si|fortelje|fortelle)\s+(?:meg\s+|oss\s+)?(?:(?:noko|noe|litt)\s+om\s+)?(?=(?:(?:omtrent|cirka|nøyaktig|nøyaktleg)\s+)?(?:kven|hvem|kva|hva|når|kor|hvor|korleis|hvordan|kvifor|hvorfor)(?![\p{L}]))`,
    String.raw`^(?:vet|veit)\s+(?:du|de|dere|dykk|nokon|noen)(?=\s+(?:kven|hvem|kva|hva|når|kor|hvor|korleis|hvordan|kvifor|hvorfor)(?![\p{L}]))`,
    // "… start on 4 January, if that is possible.", «…, om det er mogleg.»: a wish put as a request.
    String.raw`,?\s+if\s+(?:that|this|it)(?:['’]s|\s+is)\s+possible\s*[.!]?\s*$`,
    String.raw`,?\s+(?:om|hvis|viss|dersom)\s+det\s+er\s+(?:mulig|mogleg|mogeleg)\s*[.!]?\s*$`,
    String.raw`undrar\s+(?:eg\s+|jeg\s+)?meg`,
    // "I would also like access to all documents about …": a request for documents.
    String.raw`(?:i|we)\s+would\s+(?:also\s+)?like\s+(?:access\s+to|a\s+copy\s+of|copies\s+of|to\s+(?:see|receive|get|have)\s+(?:the|a|an|all|copies|a\s+copy|access))`,
    String.raw`(?:vil|ville|skulle|ønsker|ønskjer|ønsket|ønskte|krever|krev)\s+(?:(?:jeg|eg|vi|me)\s+)?(?:(?:også|òg|og|i\s+tillegg|dessuten|dessutan|derfor|difor|bare|berre|gjerne|veldig|fortsatt|framleis|herved|nå|no|samtidig|også\s+gjerne)\s+){0,3}(?:å\s+)?(?:vite|veta|visst|få\s+vite|få\s+veta|få\s+svar|ha\s+svar|høre|høyre|vete)`,
    String.raw`ber\s+(?:(?:jeg|eg|vi|me)\s+)?(?:(?:også|òg|og|i\s+tillegg|dessuten|dessutan|derfor|difor|bare|berre|gjerne|veldig|fortsatt|framleis|herved|nå|no|samtidig|også\s+gjerne|videre|vidare)\s+){0,3}om\s+at\s+\p{L}+`,
    String.raw`ber\s+(?:(?:jeg|eg|vi|me)\s+)?(?:(?:også|òg|og|i\s+tillegg|dessuten|dessutan|derfor|difor|bare|berre|gjerne|veldig|fortsatt|framleis|herved|nå|no|samtidig|også\s+gjerne|videre|vidare)\s+){0,3}(?:om\s+)?(?:å\s+få\s+innsyn|et\s+møte|eit\s+møte|møte|å\s+få\s+vite|å\s+få\s+veta|å\s+få\s+(?:opplyst|oppgitt|greie\s+på|svar|tilsendt)|svar|(?:ei|en|ein)\s+(?:forklaring|tilbakemelding|bekreftelse|stadfesting|oversikt|begrunnelse|grunngjeving|kopi)|forklaring|bekreftelse|stadfesting|kopi|tilbakemelding|innsyn)`,
    String.raw`(?:gi|gje|gjev)\s+(?:meg|oss)\s+(?:(?:også|òg|gjerne|snarest|raskt|straks)\s+)?(?:en\s+|ei\s+|ein\s+)?(?:beskjed|svar|tilbakemelding|melding|bekreftelse|stadfesting|informasjon|opplysning)`,
    // The formal forms: «Videre er det ønskelig å få opplyst …», «vil jeg be om opplysning om hvorvidt …»,
    // «Jeg ber også om informasjon om det finnes …».
    String.raw`ønskel[ei]g\s+å\s+få\s+(?:opplyst|vite|vete|greie\s+på|informasjon|svar)`,
    String.raw`(?:be|ber|bed)\s+(?:(?:jeg|eg|vi|me)\s+)?(?:(?:også|òg|derfor|difor|videre|vidare|samtidig)\s+)?om\s+(?:(?:en|ei|ein|nærmere|nærare)\s+)?(?:opplysning(?:er|ar)?|informasjon|orientering|avklaring|redegjørelse|utgreiing)${QUESTION_FOLLOWS}`,
    String.raw`(?:gi|gje)\s+(?:(?:også|òg|gjerne|snarest|raskt|straks)\s+)?(?:beskjed|tilbakemelding)`,
    String.raw`^(?:gi|gje)\s+(?:\p{L}+\s+){1,2}(?:(?:også|òg|gjerne)\s+)?beskjed\s+om`,
    String.raw`si\s+(?:ifra|fra|i\s+frå)`,
    String.raw`sei\s+(?:ifrå|frå)`,
    String.raw`(?:vennligst|venligst|ver\s+venleg\s+og|vær\s+så\s+snill\s+(?:og|å))\s+\p{L}+`,
    String.raw`(?:bekreft|stadfest|bekrefte|stadfeste)\s+(?:gjerne\s+)?(?:at|om|hvorvidt|kva|hva|når|kor|hvor)`,
    String.raw`setter\s+pris\s+på\s+(?:et\s+|eit\s+|en\s+)?(?:svar|å\s+få|om\s+(?:dere|de|dykk|du)|tilbakemelding|informasjon)`,
    String.raw`set\s+pris\s+på\s+(?:eit\s+|ei\s+)?(?:svar|å\s+få|om\s+(?:de|dykk|du)|tilbakemelding)`,
    String.raw`(?:hadde|ville)\s+(?:vært|vore)\s+(?:fint|greit|kjekt|takknemlig|takksam)\s+(?:å\s+få\s+vite|med\s+(?:svar|ei|en|eit)|om)`,
    String.raw`(?:ønsker|ønskjer|ønsket|vil\s+ha|treng|trenger)\s+(?:en\s+|ei\s+|ein\s+)?(?:svar|tilbakemelding|bekreftelse|stadfesting|forklaring|avklaring|skriftleg\s+svar|skriftlig\s+svar)\s+(?:på|om)`,
    String.raw`(?:forklar|forklare)\s+(?:meg\s+|oss\s+)?(?:hvorfor|kvifor|hva|kva|hvordan|korleis)`,
    String.raw`(?:i|we)\s+(?:also\s+|was\s+|am\s+|are\s+|were\s+|also\s+was\s+)?(?:also\s+)?wonder(?:ing)?`,
    String.raw`(?:i'm|i\s+am)\s+wondering`,
    String.raw`wondering\s+(?:if|whether|when|what|how|why|where|who)`,
    String.raw`(?:i\s+would|i'd|we\s+would|we'd)\s+(?:also\s+|really\s+|just\s+|therefore\s+)?(?:like|love|want)\s+to\s+(?:know|find\s+out|understand|hear|learn|be\s+told|have\s+(?:a\s+|an\s+)?(?:answer|confirmation|explanation|reply))`,
    // "I want to learn whether …" asks; "I want to learn Norwegian" does not.
    String.raw`(?:i|we)\s+(?:also\s+|really\s+|still\s+)?(?:want|need|wish)\s+to\s+(?:know|find\s+out|understand|learn\s+(?:whether|if|how|what|when|why|where|who|more\s+about))`,
    String.raw`(?:i|we)\s+(?:also\s+)?(?:want|would\s+like|wish)\s+to\s+ask(?=\s+(?:if|whether|how|what|when|why|where|who|about)(?![\p{L}]))`,
    String.raw`please\s+(?:(?:also|just|kindly)\s+)?(?:let\s+(?:me|us)\s+know|confirm|tell|advise|explain|clarify|inform|send|provide|give|respond|reply|answer|get\s+back|check|update)`,
    String.raw`(?:kindly|do)\s+(?:(?:also)\s+)?(?:let\s+(?:me|us)\s+know|confirm|advise|explain|inform|clarify|tell)`,
    String.raw`(?:i|we)(?:\s+would|'d|’d)\s+(?:also\s+|really\s+)?appreciate(?:\s+it)?\s+if\s+you`,
    String.raw`let\s+(?:me|us)\s+know`,
    String.raw`(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:confirm|tell|explain|let|advise|clarify|send|inform|check)`,
    String.raw`(?:i|we)\s+(?:would|'d|should)\s+(?:also\s+|really\s+)?(?:appreciate|be\s+grateful\s+for)\s+(?:it\s+if|knowing|an?\s+(?:answer|reply|explanation|confirmation|update)|(?:a\s+)?clarification|confirmation|information)`,
    String.raw`(?:i|we)\s+(?:ask|request)\s+(?:you\s+to\s+(?:confirm|explain|tell|let)|(?:an?\s+)?(?:answer|explanation|confirmation|reply|copy))`,
    String.raw`(?:i|we)\s+(?:would|'d|should)\s+(?:also\s+|really\s+)?(?:be\s+(?:very\s+|most\s+)?grateful|appreciate\s+it)\s+if\s+you\s+(?:could|would|can|will)`,
    // «Jeg undres også på om …», «Jeg tillater meg derfor å spørre om …»: the formal «lurer på».
    String.raw`(?:undres|undrer\s+meg|undrar\s+meg|undrast)\s+(?:(?:også|òg|derfor|difor)\s+)?(?:på\s+)?(?:om|hvorvidt|hva|kva|hvordan|korleis|når|kor|hvor|kvifor|hvorfor)(?![\p{L}])`,
    String.raw`(?:tillater|tillèt|tillet)\s+(?:meg|oss)\s+(?:(?:derfor|difor|også|òg)\s+)?(?:å\s+)?(?:spørre|spørje|spørja|be\s+om)`,
    String.raw`(?:i|we)\s+look\s+forward\s+to\s+(?:hearing|your\s+(?:answer|reply|explanation|confirmation))\s+(?:about\s+)?(?:when|whether|if|what|how|why|where)`,
    String.raw`(?:jeg|eg|vi|me)\s+(?:vil\s+)?(?:gjerne\s+)?(?:ha|få)\s+(?:svar|vite|veta|beskjed)\s+(?:på|om)`,
    String.raw`(?:kan|kunne)\s+(?:dere|de|dykk|du|noen|nokon)\s+(?:gi|gje|sende|sende\s+meg|opplyse|informere|bekrefte|stadfeste|forklare|fortelle|seie|si)`,
    // A demand by the writer or their client: «Klienten krever at gebyret tilbakebetales», "I demand that …"; not «loven krever at …».
    String.raw`(?:jeg|eg|vi|me|klient(?:en)?|min\s+klient|vår\s+klient|(?:i|we|my\s+client|our\s+client))\s+(?:(?:derfor|difor|herved|også|òg|therefore|hereby|also)\s+)?(?:krever|krev|demands?|requires?)\s+(?:(?:derfor|difor|herved|også|òg)\s+)?(?:at|that)\s+\p{L}+`,
    // «Jeg krever også å få se alle papirene», «Eg vil gjerne at de stadfestar at …»: a demand to see or to be told.
    String.raw`(?:krever|krev)\s+(?:(?:også|òg|derfor|difor|herved)\s+)?å\s+få\s+(?:se|sjå|vite|veta|innsyn|kopi|svar|tilsendt)`,
    String.raw`(?:vil|ønsker|ønskjer)\s+(?:(?:også|òg|gjerne)\s+){0,2}at\s+(?:dere|de|dykk|du)\s+(?:bekrefter|bekreftar|stadfester|stadfestar|svarer|svarar)`,
    // A demand for access or a meeting: «Eg krev innsyn i …», «begjæres det innsyn», «Vi ønsker også et møte».
    String.raw`(?:krever|krev|begjærer|begjærar|begjæres)\s+(?:(?:herved|det|også|òg)\s+){0,2}(?:[\p{L}]+\s+){0,6}?innsyn`,
    String.raw`(?:ønsker|ønskjer|vil\s+ha)\s+(?:(?:også|òg|gjerne)\s+)?(?:et|eit)\s+møte`,
    String.raw`(?:i|we)\s+(?:would\s+(?:also\s+)?like\s+to\s+|also\s+|hereby\s+|therefore\s+)?request\s+(?:that|a|an)(?![\p{L}])`,
    String.raw`(?:i|we)\s+(?:want|need)\s+(?:the|a|an)\s+(?:name|number|phone\s+number|copy|list|explanation|meeting|written\s+answer)`,
    // A request for a document or a contact: «Send gjerne over kontaktinfo til …», «Gi meg et
    // direktenummer», «Jeg vil gjerne ha kopi av journalnotatet», «vil jeg ha en nedbetalingsavtale».
    String.raw`(?:gi|gje|send|sende)\s+(?:(?:meg|oss)\s+)?(?:(?:gjerne|også|òg)\s+)?(?:over\s+)?(?:(?:meg|oss)\s+)?(?:et\s+|en\s+|ei\s+|eit\s+)?${REQUESTED_THING}`,
    String.raw`(?:(?:jeg|eg|vi|me)\s+(?:vil|ville|ønsker|ønskjer)|(?:vil|ønsker|ønskjer)\s+(?:jeg|eg|vi|me))\s+(?:(?:også|òg|gjerne|derfor|difor)\s+){0,2}(?:å\s+)?(?:ha|få)\s+(?:tilsendt\s+)?(?:et\s+|en\s+|ei\s+|eit\s+)?${REQUESTED_THING}`,
  ].join('|'),
  'iu',
);

/** Questions that expect no answer: irony, exasperation, "is that too much to ask?". */
const RHETORICAL = new RegExp(
  [
    String.raw`for\s+(?:mye|mykje)\s+(?:å\s+)?(?:be\s+om|forlange|kreve|krevje|spørre\s+om|spørje\s+om|spørja\s+om)`,
    // «Er det for mykje forlangt at …?», "but what do I know?", «… vil eg ikkje spørje om»: nothing is asked.
    String.raw`for\s+(?:mye|mykje)\s+forlangt`,
    String.raw`(?:but\s+)?what\s+do\s+i\s+know\s*\?`,
    String.raw`(?:i\s+will\s+not|i\s+won['’]t|jeg\s+skal\s+ikke|eg\s+skal\s+ikkje)\s+ask\s*[.!]?\s*$`,
    // «Er det ikkje nettopp det … er til for?»: the answer is in the question.
    String.raw`^(?:er|var)\s+(?:det|ikke\s+det|ikkje\s+det)\s+(?:ikke\s+|ikkje\s+)?(?:nettopp|akkurat|nettopp\s+det)\s`,
    // "Who designs these forms?", «Kven er det som lagar desse bookingsidene?»: scorn, not a question.
    String.raw`^(?:hvem|kven|who)\s+(?:er\s+det\s+som\s+)?(?:har\s+|has\s+)?(?:egentlig\s+|eigentleg\s+|really\s+|actually\s+)?(?:lager|lagar|laget|designer|designar|designet|designs|designed|makes|made|lagde|laga|fant\s+på|fann\s+på|came\s+up\s+with|thought\s+up)\s+(?:egentlig\s+|eigentleg\s+|really\s+|actually\s+)?(?:disse|desse|dette|denne|these|this|slike|sånne|such)\s`,
    String.raw`^(?:who|hvem|kven)\s+(?:thought|decided|syntes|synest|mente|meinte|fant\s+ut|fann\s+ut)\s+(?:it\s+was|that\s+it\s+was|at\s+det\s+var)\s+(?:a\s+good\s+idea|smart|sensible|lurt|ein\s+god\s+idé|en\s+god\s+idé)`,
    // «Trur de pensjonistar har pengar å strø om seg med?», "money to burn".
    String.raw`(?:penger|pengar)\s+å\s+strø\s+(?:om|rundt)\s+(?:oss|seg)|money\s+to\s+(?:burn|throw\s+around)`,
    String.raw`too\s+much\s+to\s+ask`,
    // «Rekning??», «Planleggingsdag?!»: one word and an outburst of marks is indignation, not a question.
    String.raw`^[\s"«]*[\p{L}-]+\s*(?:\?!|!\?|\?\?)[?!]*\s*$`,
    // «… frå Bryggen eller??», «Skal vi bare flytte ut, eller?»: a tag with doubled marks, or set off
    // by a comma, expects no answer (a real afterthought runs on without the comma: «… også eller»).
    String.raw`(?:,\s*|\s)(?:eller|or\s+what)\s*\?\?`,
    String.raw`,\s*(?:eller|or\s+what)\s*\?`,
    // «Hvorfor er det så vanskelig å …?», "Why is it so hard to get help …?": exasperation, not a request for reasons.
    String.raw`^(?:hvorfor|kvifor)\s+(?:er\s+det|skal\s+(?:dette|det)\s+(?:være|vere))\s+(?:så|so)\s|^why\s+is\s+(?:it|there|this)\s+so\s`,
    // «Korleis skal eg kunne sove om natta …?», "How am I supposed to keep a bathroom dry …?": exasperation at coping.
    String.raw`^(?:og\s+)?(?:hvordan|korleis)\s+skal\s+(?:jeg|man|vi|eg|ein|me|en)(?:\s+\p{L}+)?\s+(?:(?:liksom|egentlig|eigentleg|kunne)\s+)*(?:klare|greie|rekke|rekkje|sove|få\s+sove|leve|overleve|forstå|skjønne|skjøne)\s|^how\s+(?:am|are|is)\s+\S+(?:\s+\S+)?\s+supposed\s+to\s`,
    // «Skal vi berre sjå på at …?», "Can you imagine him on a scooter?"
    String.raw`^(?:skal|må)\s+(?:vi|me)\s+(?:bare|berre)\s+(?:se|sjå)\s+på\s+at\s|^(?:can|could)\s+you\s+imagine\s`,
    // «Er det ikkje fantastisk at …», "Isn't it wonderful how …": sarcasm.
    String.raw`^(?:er|var)\s+det\s+(?:ikke|ikkje)\s+(?:fantastisk|herlig|herleg|flott|utruleg|utrolig|fint|kjekt|deilig|deileg)\s+(?:at|korleis|hvordan)\s|^(?:isn['’]t|is)\s+(?:it\s+)?(?:not\s+)?(?:wonderful|great|lovely|fantastic|amazing)\s+(?:how|that)\s`,
    // «Har man hørt på maken?», «Hvor er rettferdigheten i det?», "Where is the logic in that?": indignation.
    String.raw`(?:har|hev)\s+(?:man|ein|en|du|de|dere)\s+(?:hørt|høyrt|sett)\s+(?:på\s+)?maken`,
    String.raw`^(?:hvor|kvar)\s+er\s+(?:rettferdigheten|rettferda|rettferdet|logikken|fornuften|sunn\s+fornuft)|^where\s+is\s+the\s+(?:justice|fairness|logic|sense)\s`,
    // «Skal vi vente til noen brekker beinet?», "Must we wait until someone gets hurt?"
    String.raw`(?:skal|må)\s+(?:vi|me)\s+(?:virkelig\s+|verkeleg\s+)?vente\s+(?:til|på\s+at)\s+(?:noen|nokon)\s|(?:do|must|should|shall)\s+we\s+(?:really\s+)?wait\s+(?:until|till)\s+(?:someone|somebody)\s|are\s+we\s+waiting\s+for\s+(?:someone|somebody)\s`,
    // "Who can understand all these papers?", «Kven kan skjøne alle desse skjemaa?»: scorn at the paperwork.
    String.raw`^(?:who|hvem|kven)\s+(?:can|could|kan|skal)\s+(?:possibly\s+|egentlig\s+|eigentleg\s+)?(?:understand|forstå|skjønne|skjøne|make\s+sense\s+of)\s+(?:all\s+)?(?:these|this|that|alle|alt|disse|desse|dette|slikt|sånt)`,
    // «Leser dere i det hele tatt søknadene?», "Do you even read the applications?": the writer expects no.
    String.raw`(?:leser|les|hører|høyrer|bryr|svarer|svarar)\s+(?:dere|de|dykk|du|noen|nokon)\s+(?:seg\s+)?i\s+det\s+hele?\s+(?:tatt|teke)`,
    String.raw`do\s+(?:you|they)\s+even\s+(?:read|listen|care|answer|look)`,
    // "Is there anything more beautiful than …?", «Finst det noko finare enn …?»: praise, not a question.
    String.raw`^(?:is\s+there\s+anything|finnes\s+det\s+noe|fins\s+det\s+noe|finst\s+det\s+noko)\s+(?:more\s+\p{L}+|\p{L}+(?:ere|are)|better|nicer|finer|lovelier)\s+(?:than|enn)\s`,
    // "How could anyone be against …?", «Korleis kan nokon vere imot …?»
    String.raw`^(?:how\s+(?:could|can)\s+(?:anyone|anybody)\s+(?:be\s+)?(?:against|object|mind)|(?:hvordan|korleis)\s+kan\s+(?:noen|nokon)\s+(?:være|vere)\s+(?:imot|mot))`,
    // «Hvorfor er det alltid vi som må …?», "Why is it always us …?": a complaint in question form.
    String.raw`(?:^|,\s*(?:så|og|men|so|and|but)\s+)(?:hvorfor|kvifor)\s+er\s+det\s+alltid\s|(?:^|,\s*(?:so|and|but)\s+)why\s+is\s+it\s+always\s`,
    // «Skjønar de ikkje kor skadeleg dette er …?», "Don't you realise how harmful …?": an accusation.
    String.raw`^(?:skjønner|skjønar|skjønnar|forstår)\s+(?:dere|de|dykk|du)\s+(?:ikke|ikkje)\s+(?:hvor|kor)\s|^(?:don['’]t|do)\s+you\s+(?:not\s+)?(?:understand|realise|realize|see)\s+how\s`,
    // «Er det dette vi betaler skatt for?», "Is this what we pay taxes for?": sarcasm.
    String.raw`^(?:er|is)\s+(?:det\s+)?(?:dette|this|that)\s+(?:what\s+)?(?:vi|me|we|i|jeg|eg)\s+(?:betaler|betalar|pay)\s+(?:skatt|taxes|tax|avgift\p{L}*|gebyr\p{L}*|fees?)\s+for`,
    // «Hva tror dere det gjør med en familie …?», "What do you think that does to …?"
    String.raw`^(?:hva|kva)\s+(?:tror|trur)\s+(?:dere|de|du|dykk)\s+(?:det|dette)\s+(?:gjør|gjer)\s+med\s|^what\s+do\s+you\s+think\s+(?:that|this|it)\s+does\s+to\s`,
    // «hvem gjør ikke det», "who doesn't": everyone does.
    String.raw`^(?:hvem|kven)\s+(?:gjør|gjer|vil|har)\s+(?:ikke|ikkje)\s+det\s*[?!.😅🙂😊]*\s*$|^who\s+(?:doesn['’]t|does\s+not|wouldn['’]t|would\s+not)\s*[?!.]*\s*$`,
    // «Er ikkje demokratiet verdt litt ekstra innsats?»: worth it, the writer says.
    String.raw`^(?:er\s+(?:ikke|ikkje)|isn['’]t|is\s+not)\s[^?]{0,40}(?:verdt|worth)\s`,
    // "Would it not be sensible to …?", «Hadde det ikkje vore meir fornuftig å …?»: a suggestion.
    String.raw`^(?:would(?:n['’]t)?\s+it\s+(?:not\s+)?be\s+(?:more\s+)?(?:sensible|reasonable|logical|fairer|wiser)|(?:ville|hadde)\s+det\s+(?:ikke|ikkje)\s+(?:vært|vore)\s+(?:mer|meir)\s+(?:fornuftig|rimelig|rimeleg|logisk|rettferdig))`,
    // "Why is it that everything in Norway needs a form …?", "Why does everything …", «Hvorfor må alt …»: exasperation at everything.
    String.raw`^(?:why|hvorfor|kvifor)\s+(?:is\s+it\s+that\s+|er\s+det\s+(?:slik|sånn)\s+at\s+|does\s+|do\s+|must\s+|må\s+|skal\s+)?(?:everything|alt)\s`,
    // "is anybody actually reading these e-mails?", «er det eigentleg nokon som les …»: the writer expects no.
    String.raw`(?:is|does)\s+(?:anybody|anyone)\s+(?:actually\s+|really\s+|even\s+)?(?:read|reading|care|answer|answering)`,
    String.raw`(?:er|finst|finnes)\s+det\s+(?:eigentleg|egentlig|i\s+det\s+hele\s+tatt|i\s+det\s+heile\s+teke)\s+(?:nokon|noen)\s+som\s+(?:les|leser|svarer|svarar|bryr)`,
    String.raw`(?:hvor|kor)\s+mange\s+(?:år|måneder|månader|uker|veker)\s+(?:til|enda|endå|meir|mer)\s+(?:skal|må)`,
    // «Tror dere jeg har et eget vannverk i kjelleren?», "Do you think I'm made of money?": sarcasm, the answer is no.
    String.raw`^(?:tror|trur)\s+(?:dere|du|de|dykk|kommunen)\s+(?:virkelig\s+|verkeleg\s+|verkelig\s+|egentlig\s+|eigentleg\s+)?(?:at\s+)?(?:jeg|eg|vi|me|folk|pensjonistar|pensjonister)\s`,
    String.raw`^do\s+you\s+(?:really\s+|honestly\s+|seriously\s+)?think\s+(?:that\s+)?(?:i|we|people)\s`,
    // «Er det ikkje meininga at …», "Isn't transparency supposed to …", «er det ikke på tide at …»: the answer is in the question.
    String.raw`(?:^|[,–-]\s*)(?:er|var)\s+det\s+(?:ikke|ikkje)\s+(?:meningen|meininga|på\s+tide)\s+at\s`,
    String.raw`^(?:isn['’]t|is\s+not|wasn['’]t)\s+(?:it|\p{L}+)\s+(?:supposed\s+to|meant\s+to|about\s+time)\s`,
    // «Hvem har egentlig tid til …», «Kven har funne på at …», "Who came up with …": scorn, not a question.
    String.raw`^(?:hvem|kven|who)\s+(?:har|has)\s+(?:egentlig\s+|eigentleg\s+|really\s+|actually\s+)?(?:tid\s+til|time\s+to|funnet\s+på|funne\s+på|kome\s+på|kommet\s+på)`,
    String.raw`^who\s+(?:came|comes)\s+up\s+with`,
    // «Hvem finner på alle disse passordene?», "who writes signs only in Norwegian?", "Who thought that was a good system?".
    String.raw`^(?:hvem|kven)\s+(?:finner|finn|fant|fann)\s+på\s`,
    String.raw`^(?:who|hvem|kven)\s+(?:writes|skriver|skriv)\s+(?:signs|skilt|skjema|skjemaene|forms|letters|brev)`,
    String.raw`^who\s+thought\s+(?:that|this|it)\s+(?:was|is|would\s+be)\s+a\s+good`,
    // «… før noen gjør noe?», «Må noen brekke beinet før det blir gjort noe?», "before anyone does anything?".
    String.raw`før\s+(?:noen|nokon|dere|de|dykk|kommunen)\s+(?:gjør|gjer|gjere|gjøre)\s+(?:noe|noko)`,
    String.raw`før\s+det\s+(?:blir|vert)\s+gjort\s+(?:noe|noko)`,
    String.raw`before\s+(?:anyone|anybody|someone|you)\s+(?:does|do)\s+(?:anything|something)`,
    String.raw`før\s+(?:noe|noko)\s+skjer|before\s+anything\s+happens`,
    // «kven i Bergen veit ikkje det?», "who doesn't know that?": everyone does.
    String.raw`(?:hvem|kven)\s+(?:[\p{L}-]+\s+){0,3}(?:vet|veit)\s+(?:ikke|ikkje)\s+det\s*\?|who\s+(?:[\p{L}-]+\s+){0,3}(?:doesn['’]t|does\s+not)\s+know\s+that\s*\?`,
    // "Why is nothing ever simple …?", «Hvorfor er ingenting enkelt …?»: a sigh.
    String.raw`^(?:why|hvorfor|kvifor)\s+(?:is|er)\s+(?:nothing|ingenting|ingen\s+ting)\s`,
    // «er det noen som svarer på telefonen der i det hele tatt?»
    String.raw`(?:er|finst|finnes)\s+det\s+(?:noen|nokon)\s+som\s+[^?]{0,60}i\s+det\s+(?:hele|heile)\s+(?:tatt|teke)\s*\?`,
    // «Korleis skal ein gamal mann klare å …?», "how is that possible when nobody answers?".
    String.raw`^(?:hvordan|korleis)\s+skal\s+(?:en|ein|man|folk|eldre|gamle)\s+(?:[\p{L}-]+\s+){0,3}(?:klare|greie|kunne|få\s+til)`,
    String.raw`how\s+is\s+(?:that|this|it)\s+possible\s+when`,
    // «… er det ingen som sjekker slikt?», "Does nobody check these things?": the writer expects no.
    String.raw`(?:er|var)\s+det\s+(?:ingen|ikke\s+noen|ikkje\s+nokon)\s+som\s`,
    String.raw`^(?:does|do|did|is|has)\s+(?:nobody|no\s+one|no-one)\s`,
    // «Skal man liksom gå rundt med kart?»: «liksom» makes a question scorn.
    String.raw`(?<![\p{L}])liksom(?![\p{L}])[^?]{0,80}\?`,
    // «Hvor lenge skal vi finne oss i dette?», "How long must we put up with this?": endurance, not a question.
    String.raw`(?:finne|finna)\s+(?:oss|meg|seg)\s+i\s+(?:dette|det|slikt|sånt)|put\s+up\s+with\s+(?:this|it|that)`,
    // «Kva skal ein med ei seng som ingen ligg i?», «hva skal man svare på det?»: what use, what to say — a sigh.
    String.raw`^(?:(?:og|men|så)\s+)?(?:hva|kva)\s+skal\s+(?:man|ein|en)\s+(?:med|svare|seie|si|tru|tro|tenke|tenkje)(?![\p{L}])`,
    // «hvem tenker på oss som lever av dette liksom» — without a mark too, «liksom» last is scorn.
    String.raw`(?<![\p{L}])liksom\s*[?!.]*\s*$`,
    // "Who knew gardening involved so much paperwork?", "Isn't it wonderful how …?", "But sure, I'll just …, right?".
    String.raw`^(?:(?:but|and|well),?\s+)?who\s+knew(?![\p{L}])`,
    String.raw`^(?:isn['’]t|is\s+it\s+not)\s+it\s+(?:wonderful|amazing|marvellous|marvelous|funny|great|lovely|fantastic|brilliant|interesting)\s+(?:how|that)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:sure|of\s+course|just)(?![\p{L}])[^?]{0,80},\s*right\s*\?+\s*$`,
    // "Is it?", "Aren't we all?": a tag on what was just said, not a question.
    String.raw`^(?:(?:and|but|or)\s+)?(?:is|isn['’]t|are|aren['’]t|was|wasn['’]t|does|doesn['’]t|do|don['’]t|can|can['’]t|will|won['’]t)\s+(?:it|we|they|you|he|she|that|there)(?:\s+(?:all|not|now))?\s*\?+\s*$`,
    // "I have some questions, I hope is ok I write in English?": a courtesy after a statement.
    String.raw`(?:^|[,–—-]\s*)(?:i\s+|we\s+)?hope\s+(?:it\s+is\s+|it['’]s\s+|is\s+|that['’]s\s+|that\s+is\s+)?(?:ok|okay|alright|all\s+right|fine)\s+(?:that\s+|if\s+)?(?:i|we)\s+(?:write|writes|am\s+writing|ask|asks)(?![\p{L}])`,
    // «…, meg kanskje?», "…, me perhaps?": the writer answers it.
    String.raw`,\s*(?:meg|oss|me|us|jeg|eg|vi)\s+(?:kanskje|kanskje\s+det|perhaps|maybe)\s*\?+\s*$`,
    // «Er dette akseptabelt …?», "Is this acceptable …?": an indignant verdict, not a question.
    String.raw`^(?:er|var)\s+(?:dette|det\s+her)\s+(?:virkelig\s+|verkeleg\s+|egentlig\s+|eigentleg\s+)?(?:akseptabelt|rimelig|rimeleg|forsvarlig|forsvarleg|greit|rettferdig|god\s+service|service)(?![\p{L}])`,
    String.raw`^is\s+(?:this|that)\s+(?:really\s+)?(?:acceptable|reasonable|fair|good\s+service|how\s+you\s+treat)(?![\p{L}])`,
    String.raw`^(?:does|do)\s+(?:anyone|anybody)\s+(?:[\p{L}-]+\s+){0,4}actually\s`,
    // «…, så kva skulle eg gjere utan det?», «så kvifor skulle eg ikkje klare dette òg?», "so why would I …?": the writer's own answer is plain.
    String.raw`(?:^|,\s*|\s)(?:så|so)\s+(?:hva|kva|hvorfor|kvifor|why|what)\s+(?:skulle|should|would)\s+(?:jeg|eg|vi|me|i|we)\s`,
    // «kven skal ein elles spørje?», "who else should I ask?": no one else is meant.
    String.raw`^(?:(?:men|og|but|and)\s+)?(?:hvem|kven|who)\s+(?:else\s+)?(?:skal|skulle|should|would|could|can|kan)\s+(?:en|ein|man|one|jeg|eg|i|we|vi|me)\s+(?:ellers\s+|elles\s+|else\s+)?(?:spørre|spørje|spørja|ask|turn\s+to|vende\s+seg\s+til|henvende\s+seg\s+til)\s*\?`,
    // «er det bare jeg som synes …?», "is it just me who …?": venting, not a question for the office.
    String.raw`(?:^|,\s*|\s)(?:er|is)\s+(?:det|it)\s+(?:bare|berre|just|only)\s+(?:jeg|eg|meg|me|i)\s+(?:som|who|that)\s`,
    // «Det er vel ikke meningen at …?», «Åpenhet er vel fortsatt et mål …?», «Dere har vel et eget skjema
    // for dette også?»: «vel» asks for agreement, not an answer (in the question sets, 53 of 55 such
    // sentences were traps).
    String.raw`^(?![^?]*,\s*for\s+(?:det|dette)\s)[^?«"“]*?(?<![\p{L}])vel(?![\p{L}])(?!\s+(?:drøyt|mye|mykje|lite|lenge|stor|høy|høg|dyrt|vitende|(?:ikke|ikkje)\s+(?:mulig|mogleg)))[^?.!]*\?`,
    // "How am I supposed to keep a bathroom dry …?", "How was I supposed to know …?": a complaint.
    String.raw`^(?:(?:but|and|so)\s+)?how\s+(?:am|was|is|are|were)\s+(?:[\p{L}-]+\s+){1,2}supposed\s+to(?![\p{L}])`,
    // «Er det noen som faktisk leser disse takstene …?», "Is anyone actually checking these routes?".
    String.raw`(?:er|finst|finnes)\s+det\s+(?:noen|nokon)(?:\s+(?:der|her|hos\s+dere|hos\s+dykk))?\s+som\s+(?:faktisk|eigentleg|egentlig|i\s+det\s+heile(?:\s+teke)?|i\s+det\s+hele(?:\s+tatt)?)\s+(?:les|leser|svarer|svarar|bryr|tek|tar|har\s+vært|har\s+vore|sjekker|sjekkar|følger|følgjer|jobber|jobbar|arbeider|gjør|gjer)(?![\p{L}])`,
    String.raw`(?:is|does|do|if|whether)\s+(?:anybody|anyone)\s+(?:actually|really|even)\s+(?:\p{L}+ing|reads?|cares?|answers?|listens?|checks?|works?)(?![\p{L}])`,
    // "What could possibly go wrong?", «Hva kan vel gå galt?»: irony.
    String.raw`what\s+could\s+possibly\s+go\s+wrong|(?:hva|kva)\s+kan\s+(?:vel\s+|muligens\s+|mogleg\s+)gå\s+(?:galt|gale)`,
    // «Hvorfor skjer alltid alt på en gang?», "Why does it always rain on collection day?": a sigh.
    String.raw`^(?:hvorfor|kvifor)\s+(?:skjer|skal|må|kommer|kjem|går|blir|vert)\s+(?:det\s+|slikt\s+|sånt\s+|dette\s+)?alltid\s|^why\s+(?:does|do|must)\s+(?:it|this|everything|things)\s+always\s`,
    // "Why is everything in Norway done through BankID?", «Hvorfor må alt …»: exasperation at everything.
    String.raw`^(?:why|hvorfor|kvifor)\s+(?:is|må|skal|er)\s+(?:everything|alt)\s`,
    // «Skal jeg spise sparekontoen min kanskje?»: a «kanskje» tag on an absurd step is sarcasm.
    String.raw`^(?:skal|må)\s+(?:jeg|eg|vi|me)\s+[^?]{3,80}\s+kanskje\s*\?`,
    // «Kanskje den har blåst til Sotra?»: a guess, not a question.
    String.raw`^kanskje\s+(?:den|det|han|hun|ho|de|dei)\s+(?:har|er)\s`,
    // «Skal vi bare la flaskene ligge der til våren?»: resignation («Skal eg berre la han stå ute?» asks what to do).
    String.raw`^(?:skal|må)\s+(?:vi|me)\s+(?:bare|berre)\s+(?:la|lata|finne\s+oss\s+i|godta|akseptere|sitte|sitje)\s`,
    // "What am I supposed to do, sleep in the park?": the absurd answer after the comma is the point.
    String.raw`^(?:what\s+(?:am\s+i|are\s+we)\s+supposed\s+to\s+do|(?:hva|kva)\s+skal\s+(?:jeg|eg|vi|me)\s+(?:gjøre|gjere)),\s*\p{L}+`,
    // «… så hva er det egentlig jeg betaler for?», "what exactly am I paying for?": the writer's verdict.
    String.raw`(?:hva|kva)\s+(?:er\s+det\s+)?(?:egentlig|eigentleg)\s+(?:jeg|eg|vi|me)\s+(?:betaler|betalar)\s+for|what\s+(?:exactly\s+|actually\s+)?(?:am\s+i|are\s+we)\s+(?:actually\s+|even\s+)?paying\s+for`,
    // «Hvordan kan dere forsvare dette?!», "How is this even possible?!": an outburst.
    String.raw`\?!|!\?`,
    // «…, ikkje sant?», «Er det ikke rart hvor …?», «Hugsar de kor bra det gjekk …?», "I'm guessing I'll need a cap too?": the writer's own view.
    String.raw`(?:ikke|ikkje)\s+sant\s*\?`,
    String.raw`^(?:men\s+)?(?:er|var)\s+det\s+(?:ikke|ikkje)\s+(?:rart|merkeleg|merkelig|pussig|utruleg|utrolig)\s`,
    String.raw`^(?:husker|hugsar)\s+(?:dere|de|dykk)\s`,
    String.raw`^(?:i['’]m\s+guessing|i\s+suppose|jeg\s+antar|eg\s+antek)\s[^?]*\?`,
    // «Vi er vel ikkje dei første som opplever dette?», "We can't be the only ones …?": a sigh, not a question.
    String.raw`vel\s+(?:ikke|ikkje)\s+(?:den|dei|de)\s+(?:første|fyrste|eneste|einaste)(?![\p{L}])`,
    String.raw`(?:can['’]t|cannot)\s+be\s+the\s+(?:first|only)(?![\p{L}])`,
    // «Er det nokon som bryr seg om oss gamle lenger?», "Does anyone even care?".
    String.raw`(?:er|finst|finnes)\s+det\s+(?:noen|nokon)\s+som\s+(?:bryr|brydd)\s+seg`,
    String.raw`(?:does|do)\s+(?:anyone|anybody)\s+(?:even\s+|still\s+)?care(?![\p{L}])`,
    // «Hvem trenger vel en sykkelvei …?», «kven spurde vel om skyss då?»: «vel» after a question word expects no answer.
    String.raw`^(?:(?:men|og|for)\s+)?(?:hvem|kven|hva|kva|hvor|kor|hvordan|korleis)\s+(?:[\p{L}-]+\s+){1,2}vel\s`,
    // "who doesn't love admin in January?", «hvem vil vel ikke …»: everyone would, so nothing is asked.
    String.raw`(?:^|[,–-]\s*)who\s+(?:doesn['’]t|does\s+not|wouldn['’]t|would\s+not|isn['’]t)\s`,
    String.raw`^let\s+me\s+guess\s*[:,]`,
    // «Er det ikke litt dumt at …?», "Isn't it a bit silly that …?": the verdict is the writer's.
    String.raw`^(?:(?:men|og)\s+)?(?:er|var)\s+det\s+(?:ikke|ikkje)\s+(?:litt\s+|ganske\s+|heilt\s+|helt\s+|noko\s+|noe\s+)?(?:dumt|rart|merkelig|merkeleg|urimelig|urimeleg|galt|gale|absurd|håpløst|håplaust|tullete|teit|spesielt)\s+at\s`,
    String.raw`^(?:(?:but|and)\s+)?isn['’]t\s+it\s+(?:a\s+bit\s+|rather\s+|quite\s+)?(?:silly|odd|strange|absurd|ridiculous|crazy|unfair)\s+that\s`,
    // An outburst with a curse: «Hva f*** er det dere driver med?», "What the hell is going on?".
    String.raw`(?:hva|kva|what)\s+(?:\p{L}*\*+\p{L}*|faen|fanden|pokker|i\s+helvete|the\s+hell|the\s+heck|the\s+f\p{L}*)(?![\p{L}])`,
    String.raw`(?:hvor|kor)\s+(?:vanskelig|vanskeleg|lenge\s+skal\s+(?:jeg|eg|vi|me)\s+(?:måtte|finne|tåle|orke)|mange\s+(?:ganger|gonger)\s+(?:skal|må))`,
    String.raw`how\s+(?:hard|difficult)\s+can\s+it\s+be`,
    String.raw`how\s+many\s+(?:more\s+)?times\s+(?:do|must|will|have)`,
    String.raw`(?:hva|kva)\s+(?:er|var)\s+(?:vitsen|poenget|meininga|meningen)`,
    String.raw`what(?:'s|\s+is|\s+was)\s+the\s+point`,
    String.raw`(?:er|var)\s+det\s+(?:rart|underleg|merkelig|merkeleg|så\s+rart|virkelig|verkeleg|sånn|slik)\s+(?:at|det\s+skal|å)`,
    // «Er det ikkje rart at …?», «Er det ikke fint at …?», "Isn't it strange that …?": the writer's verdict, put as a question.
    String.raw`^(?:men\s+|og\s+)?(?:er|var)\s+det\s+(?:ikke|ikkje)\s+(?:litt\s+|ganske\s+|veldig\s+|så\s+)?(?:rart|underleg|underlig|merkelig|merkeleg|fint|flott|typisk|trist|utrolig|utruleg|pussig|snodig)\s+(?:at|å)\s`,
    String.raw`^(?:but\s+|and\s+)?(?:isn['’]t|wasn['’]t|is\s+it\s+not)\s+(?:it\s+)?(?:a\s+bit\s+|rather\s+|quite\s+|so\s+)?(?:strange|odd|funny|weird|typical|sad|ironic|great|nice|amazing)\s+(?:that|how)\s`,
    // «Kva er vel eit hus utan litt gjeld?», «hvem ville vel ikke vært litt skeptisk?»: «vel» after the question word answers it.
    String.raw`(?:^|,\s*(?:så\s+)?)(?:hva|kva|hvem|kven|hvorfor|kvifor)\s+(?:er|var|ville|vil|skulle|skal|kan)\s+(?:(?:dei|de|han|ho|hun|det|dere|dykk|vi|me|eg|jeg|man|ein)\s+)?vel\s`,
    // «så kven veit om den er lovleg?», "who knows whether …?": nobody is expected to know.
    String.raw`(?:^|,\s*(?:så\s+|so\s+|and\s+|og\s+)?|\s[-–—]\s*)(?:hvem|kven|who)\s+(?:vet|veit|knows)(?:\s+(?:om|whether|if|kva|hva|what|which|kva\s+for|hvilken|hvilke|[?.!]|$)|\s*\?)`,
    // «Kva om ho hadde slått hovudet?», "What if he had fallen?": a worry voiced, not asked.
    String.raw`^(?:(?:og|and|men|but)\s+)?(?:hva|kva|what)\s+om\s+(?:\p{L}+\s+){1,3}(?:hadde|had)\s`,
    String.raw`^(?:(?:og|and|men|but)\s+)?what\s+if\s+(?:\p{L}+\s+){1,3}had\s`,
    // «Kven i all verda har funne på eit så innfløkt system?», "Who came up with this?": criticism, not an ask.
    String.raw`(?:hvem|kven|who)\s+(?:i\s+all\s+(?:verden|verda)\s+|on\s+earth\s+|in\s+the\s+world\s+)?(?:har|hadde|has|had)?\s*(?:funnet\s+på|funne\s+på|kommet\s+på|kome\s+på|tenkt\s+ut|came\s+up\s+with|come\s+up\s+with|dreamt\s+up|dreamed\s+up|thought\s+up)(?![\p{L}])`,
    // "so why am I even bothering?", «kvifor gidd eg eigentleg?»: exasperation.
    String.raw`(?:why|hvorfor|kvifor)\s+(?:am|do|should)\s+i\s+(?:even\s+)?(?:bother|bothering)|(?:hvorfor|kvifor)\s+(?:gidder|gidd|gid)\s+(?:jeg|eg)`,
    // «Hvordan kan man i det hele tatt tenke på penger nå?»: the generic «man» and «i det hele tatt» voice dismay.
    String.raw`(?:hvordan|korleis)\s+(?:kan|skal)\s+(?:man|ein|en)\s+i\s+det\s+(?:hele|heile)\s+tatt`,
    // "Is paying rent not enough these days?", «Er ikkje det nok lenger?»: indignation.
    String.raw`not\s+enough\s+(?:these\s+days|any\s*more|nowadays)\s*\?|(?:ikke|ikkje)\s+nok\s+(?:lenger|lenger\s+da|nå\s+til\s+dags|no\s+til\s+dags)\s*\?`,
    // "how can anyone be expected to sleep through that?", «hvordan kan noen forvente at …?».
    String.raw`(?:how|hvordan|korleis)\s+(?:can|could|is|kan|skal)\s+(?:anyone|anybody|one|noen|nokon|man|ein)\s+(?:be\s+expected|forvente|venta|vente|forventes|forventast)`,
    String.raw`is\s+it\s+(?:any|so)\s+(?:wonder|surprising|strange)`,
    String.raw`(?:is|was)\s+it\s+(?:really\s+)?(?:that|so)\s+(?:hard|difficult|much\s+to\s+ask|complicated)`,
    String.raw`(?:er|var)\s+det\s+(?:virkelig\s+|verkeleg\s+|verkelig\s+)?(?:så|sååå)\s+(?:vanskelig|vanskeleg|vanskeleg|komplisert|mye\s+å\s+be\s+om|mykje\s+å\s+be\s+om)`,
    String.raw`(?:hvem|kven)\s+(?:gidder|gider|orkar|orker|trur|tror|skulle\s+tro|hadde\s+trudd|hadde\s+trodd)`,
    String.raw`who\s+(?:would|could)\s+have\s+(?:thought|guessed|known|predicted|expected|imagined|foreseen)`,
    String.raw`(?:kven|hvem)\s+kunne\s+(?:ha\s+)?(?:trudd|trodd|visst|ant|spådd)`,
    String.raw`(?:hvorfor|kvifor|why)\s[^?]*(?<![\p{L}])(?:så|so)\s+(?:komplisert|komplisert\p{L}*|vanskelig|vanskeleg|tungvint|tungvindt|dyrt|dyr|treg|tregt|seint|sent|byråkratisk|complicated|difficult|hard|expensive|slow|bureaucratic)(?![\p{L}])`,
    String.raw`(?:kan|skal)\s+det\s+(?:virkelig\s+|verkeleg\s+)?(?:være|vere)\s+så\s+(?:vanskelig|vanskeleg|komplisert|tungvint|mykje\s+å\s+be\s+om|mye\s+å\s+be\s+om)`,
    String.raw`(?:do|are|have|can)\s+you\s+people`,
    String.raw`(?:do|are|have|can|did)\s+you\s+even`,
    String.raw`(?:hva|kva)\s+(?:tenker|tenkte|tenkjer|tenkjer)\s+(?:dere|de|dykk)\s+(?:egentlig|eigentleg|eigentlig|på)`,
    String.raw`what\s+(?:were|are)\s+you\s+(?:people\s+)?thinking`,
    String.raw`(?:er|is)\s+(?:dere|de|dykk|this|that|it)\s+(?:helt\s+)?(?:seriøse|seriøs|seriously|for\s+real|a\s+joke)`,
    String.raw`seriously\s*\?`,
    String.raw`really\s*\?\s*$`,
    String.raw`^(?:virkelig|verkeleg|seriøst|alvorleg|alvorlig|hæ|hallo|ikke\s+sant|ikkje\s+sant|right)\s*\?`,
    String.raw`(?:kan|kunne)\s+det\s+(?:bli|vere|være)\s+(?:verre|dårligere|dårlegare|mer\s+tungvint|meir\s+tungvint)`,
    String.raw`could\s+it\s+(?:be|get)\s+(?:any\s+)?(?:worse|more)`,
    String.raw`(?:skal|skulle)\s+det\s+(?:virkelig|verkeleg|verkelig)\s+(?:være|vere)\s+(?:slik|sånn|nødvendig)`,
    String.raw`(?:is|was)\s+(?:that|this|it)\s+really\s+(?:necessary|how)`,
    String.raw`(?:hvordan|korleis)\s+i\s+(?:all\s+verden|alle\s+dagar|huleste|himmelens)`,
    String.raw`why\s+(?:on\s+earth|bother|would\s+anyone)`,
    String.raw`(?:hvem|kven)\s+(?:bryr|brydde)\s+seg`,
    // «Kor lenge må ein eigentleg vente …?», «Skal jeg egentlig betale to ganger?»; but «Hva skal jeg
    // egentlig gjøre hvis klagen blir avslått?» asks for a way forward.
    String.raw`(?:skal|må|kan)\s+(?:jeg|eg|man|ein|en|vi|me)\s+(?:egentlig|eigentleg)(?!\s+(?:gjøre|gjere|gjera)\s+(?:hvis|viss|dersom|om|når|if|nå|no))`,
    String.raw`^(?:er|is)\s+(?:dette|det|this|that)\s+(?:en|ein|a)\s+(?:spøk|vits|joke)`,
    String.raw`det\s+er\s+vel\s+lov\s+å\s+(?:spørre|spørje|spørja)`,
    String.raw`(?:er|var)\s+det\s+(?:rart|underleg|merkelig|merkeleg)\s+(?:man|folk|en|ein|jeg|eg|vi|me|du|de|dei)\s`,
    String.raw`^(?:is|was)\s+(?:this|that)\s+how\b`,
    // «Man skulle jo tro at …?», "How, one may ask, …": the writer's verdict.
    String.raw`(?:man|ein|en|one)\s+(?:skulle|would)\s+(?:jo\s+|have\s+)?(?:tro|tru|think|thought)(?![\p{L}])`,
    String.raw`(?:one|man|ein)\s+(?:may|might|could|kan|kunne)\s+(?:well\s+)?(?:ask|spørre|spørje)(?![\p{L}])`,
    String.raw`(?:could|can)\s+[^?]{0,60}(?<![\p{L}])possibly\s+have(?![\p{L}])`,
    // «Hvorfor skulle det være annerledes i mitt tilfelle?», «kva skal ein gjere?», "Why … anyway?".
    String.raw`(?:hvorfor|kvifor|why)\s+(?:skulle|should|would)\s+(?:det|dette|it|that)\s+(?:være|vere|be)\s+(?:annerledes|annleis|different)(?![\p{L}])`,
    String.raw`^(?:(?:men|og|but|and)\s+)?(?:hva|kva)\s+skal\s+(?:man|ein|en)\s+(?:gjøre|gjere|gjera)\s*[?!.]*\s*$`,
    String.raw`^(?:why|who\s+(?:decided|thought|came\s+up|made|designed|invented|chose))\s[^?]*(?<![\p{L}])anyway\s*\?+\s*$`,
    // «er det liksom så vanskelig …», «… alltid stengt liksom»: the colloquial «liksom» makes it a sigh.
    String.raw`(?:er|var)\s+det\s+liksom\s+(?:så\s+)?(?:vanskelig|vanskeleg|komplisert|mye|mykje)`,
    String.raw`(?<![\p{L}])alltid\s+[^?]{0,30}(?<![\p{L}])liksom(?![\p{L}])`,
    // "Maybe you will ask why I did not …?": the reader's question anticipated, then answered.
    String.raw`^(?:maybe|perhaps|kanskje)\s+(?:you\s+will|you['’]ll|you\s+(?:may|might)|du\s+(?:lurer|spør|vil\s+spørre)|de\s+(?:lurer|spør)|dere\s+(?:lurer|spør))\s+(?:ask\s+|wonder\s+|på\s+)?(?:why|hvorfor|kvifor)(?![\p{L}])`,

    // «Gratis for hvem, spør jeg?», «Venter på hva, spør du?»: the writer asks it back, and answers it.
    String.raw`,\s*(?:spør|spørre|spurte|spurde)\s+(?:jeg|eg|du|de|dere|dykk|man|ein)\s*[?!.]*\s*$`,
    String.raw`,\s*(?:i|you)\s+ask\s*[?!.]*\s*$`,
    // «Hva er det neste, forbud mot barn?», "What's next?"; «Er det dette dere kaller rehabilitering?».
    String.raw`(?:^|,\s*)(?:hva|kva|what)\s+(?:er|blir|is|['’]s)\s+(?:det\s+)?(?:neste|next)(?![\p{L}])`,
    String.raw`^(?:(?:men|og|but|and)\s+)?(?:er|is)\s+(?:det\s+)?(?:dette|det|this|that)\s+(?:det\s+|what\s+)?(?:dere|de|dykk|you)\s+(?:kaller|kallar|call)(?![\p{L}])`,
    // «Skal vi vente til ungene blir bitt?», "Do we have to wait until someone gets hurt?".
    String.raw`(?:vente|venta|wait)\s+(?:til|until|till)\s+(?:noen|nokon|someone|somebody|ungene|barna|borna|et\s+barn|eit\s+barn|a\s+child|the\s+children|det\s+skjer|it\s+happens|det\s+er\s+for\s+seint|det\s+er\s+for\s+sent)(?![\p{L}])`,
    // «kven har råd til slikt?», "How can people be so irresponsible?", "who am I kidding?", «Hva gjorde man før internett?».
    String.raw`(?:hvem|kven|who)\s+(?:har\s+råd\s+til|can\s+afford)(?![\p{L}])`,
    String.raw`(?:how|hvordan|korleis)\s+(?:can|could|kan)\s+(?:people|folk|noen|nokon|anyone|man|ein)\s+(?:be|være|vere)\s+(?:so|så)\s`,
    String.raw`who\s+am\s+i\s+kidding`,
    String.raw`(?:^|,\s*)who\s+knew(?![\p{L}])`,
    String.raw`(?:hva|kva|what)\s+(?:gjorde|did)\s+(?:man|folk|people|ein|vi|we)\s+(?:før|before)(?![\p{L}])`,
    // "Strange system, no?": a verdict with a tag, not a question.
    String.raw`^[\s"«]*(?:\p{L}+\s+){0,3}\p{L}+,\s*(?:no|right|eh|eller\s+hva|ikke\s+sant|ikkje\s+sant)\s*\?+\s*$`,
    // «…, om ikke arkivet?», «… hvis ikke dere gjør det?»: who else, if not them — the writer's answer.
    String.raw`(?:^|[,\s])(?:om|hvis|viss|if)\s+(?:ikke|ikkje|not)\s+(?:dere|de|dykk|you|arkivet|kommunen|the\s+\p{L}+)(?:\s+(?:gjør|gjer|does|do)\s+det)?\s*\?+\s*$`,
    // «Har noen av dere sett henne …??», «Hvor er det blitt av båndtvangen?»: an outcry.
    String.raw`^(?:har|have)\s+(?:noen|nokon|any)\s+(?:av|of)\s+(?:dere|dykk|de|you)\s+(?:\p{L}+\s+)?(?:sett|prøvd|vore|vært|seen|tried|been)(?![\p{L}])`,
    String.raw`(?:hvor|kvar)\s+(?:er|ble|vart)\s+det\s+(?:blitt|vorte)\s+av(?![\p{L}])`,

    String.raw`^(?:er|var)\s+(?:det|dette)\s+(?:slik|sånn|måten)\s+(?:dere|de|dykk|kommunen|bergen|ein|man)`,
    String.raw`(?:er|var)\s+det\s+(?:ikke|ikkje)\s+nok`,
    String.raw`(?:er|var)\s+det\s+(?:ikke|ikkje)\s+(?:da\s+|derfor\s+|difor\s+)?(?:åpenbart|openbert|opplagt|innlysende|klart)`,
    String.raw`(?:isn't|is)\s+it\s+(?:not\s+)?(?:then\s+)?(?:obvious|clear|evident)`,
    String.raw`(?:isn't|is\s+it\s+not)\s+(?:it\s+)?enough`,
    String.raw`(?:hvorfor|kvifor|why)\s+(?:gjør|gjer|do|does|will|won't|can't|cannot)\s+(?:dere|de|dykk|you|nobody|no\s+one|ingen|kommunen|the\s+council)\s+(?:aldri\s+|never\s+)?(?:ingenting|ikke\s+noe|ikkje\s+noko|nothing|anything|noe|noko)`,
    String.raw`who\s+cares`,
    String.raw`(?:hva|kva)\s+(?:annet|anna|anent|anna)\s+(?:kunne|skulle)\s+(?:jeg|eg)`,
    String.raw`what\s+(?:else|more)\s+(?:could|can|should)\s+(?:i|we)`,
    String.raw`(?:tuller|tullar|kødder|køder)\s+(?:dere|de|dykk)`,
    String.raw`are\s+you\s+(?:kidding|joking)`,
    String.raw`(?:er|var)\s+det\s+(?:meininga|meningen|meiningen)\s+at`,
    String.raw`is\s+(?:that|this)\s+how\s+(?:you|the\s+council|bergen)\s+treats?`,
    String.raw`(?:er|var)\s+(?:det\s+)?(?:slik|sånn)\s+(?:dere|de|dykk|kommunen)\s+(?:behandler|behandlar|handsamar|tek\s+imot|tar\s+imot)`,
    String.raw`(?:hvor|kor)\s+(?:lenge|lang\s+tid)\s+skal\s+(?:jeg|eg|vi|me)\s+(?:måtte\s+)?(?:finne\s+meg\s+i|tåle|vente\s+på\s+at\s+dere)`,
    String.raw`(?:hvem|kven)\s+(?:har|hadde)\s+(?:egentlig|eigentleg)\s+(?:ansvaret|ansvar)`,
    String.raw`(?:hva|kva)\s+skal\s+(?:man|ein|en)\s+(?:egentlig|eigentleg)\s+(?:tro|gjøre|gjere)`,
    // A statement with «vel» and a negation is a sigh, not an ask: «Det er vel ikke meningen at …?»,
    // «Det skulle vel ikke være noe å skjule?», «…, er det vel?». «Det er vel ikke mulig å …?» asks.
    String.raw`^(?:det|dette|den|du|dere|de|dykk|man|ein|en)\s+(?:er|var|skulle|skal|kan|må|blir)\s+vel\s+(?:ikke|ikkje|ingen|inga|ingenting|aldri)(?!\s+(?:mulig|mogleg|noe\s+i\s+veien|noko\s+i\s+vegen|noen\s+mulighet|nokon\s+moglegheit|for\s+sent|lov))`,
    String.raw`,\s*(?:er|var)\s+det\s+vel\s*\?`,
    // Whether something is fair is an argument: «Er det egentlig rimelig at …?», «Synes dere det er rimelig at …?», "Is it fair that …?".
    String.raw`(?:(?:er|var)\s+det|det\s+(?:er|var))\s+(?:(?:egentlig|eigentleg|virkelig|verkeleg|ikke|ikkje|da|så)\s+)*(?:rimelig|rimeleg|rettferdig|urimelig|urimeleg)\s+at`,
    String.raw`(?:is|was)\s+it\s+(?:(?:really|actually|even|not)\s+)*(?:fair|reasonable|right)\s+that`,
    String.raw`(?:er|var)\s+det\s+(?:ikke|ikkje)\s+(?:litt\s+)?vel\s+(?:drøyt|mye|mykje|dyrt|strengt|mye\s+forlangt|mykje\s+forlangt)`,
    String.raw`(?:hvem|kven|who|what)\s+(?:i\s+all\s+verden|in\s+the\s+world|on\s+earth)`,
    String.raw`(?:hvem|kven)\s+skulle\s+(?:tru|tro)`,
    String.raw`,\s*liksom\s*\?`,
    String.raw`^i\s+mean,`,
    String.raw`is\s+it\s+just\s+me\s+or`,
    String.raw`(?:hvordan|korleis|how)\s[^?]*(?:klare\s+seg|klara\s+seg|get\s+by|make\s+ends\s+meet)`,
    // Sarcasm about secrecy: «Kva er det de prøver å skjule?», "nothing to hide?".
    String.raw`(?:å\s+skjule|å\s+skjula|to\s+hide)\s*(?:her|here|for\s+oss|from\s+us)?\s*\?`,
  ].join('|'),
  'iu',
);

/** The citizen's own answer in the next sentence: "Hvorfor skriver jeg? Jo, fordi …". */
const SELF_ANSWER =
  /^(?:jo[,!. ]|jo$|nettopp[.!]|exactly[.!]|(?:they|de|dei|han|hun|ho)\s+(?:cannot|can['’]t|kan\s+ikke|kan\s+ikkje)\s*[.!]|fordi|fordi\b|ettersom|svaret\s+er|(?:ingen|ingenting|ingen\s+ting|nobody|nothing|no\s+one|aldri|never)\s*(?:[.!]?\s*$|,)|(?:ingen|nobody|no\s+one)\s+(?:vet|veit|knows)(?![\p{L}])|nei[,.!]|nei$|ja[,.!]|ja$|nope|nei\s+da|nei\s+dessverre|det\s+(?:var|er)\s+fordi|because|the\s+answer\s+is|no[,.!]|no$|yes[,.!]|yes$|of\s+course\s+not|obviously|selvsagt|sjølvsagt|naturligvis|naturlegvis|well[,.]|simple:|enkelt:|svaret\s+veit\s+eg|svaret\s+vet\s+jeg|i\s+know\s+the\s+answer|eg\s+veit\s+svaret|jeg\s+vet\s+svaret|(?:probably|maybe|perhaps|kanskje|sikkert|antakelig|antageligvis|truleg|sannsynligvis|neppe|hardly)\s*(?:[,.!]|not\b|ikke\b|ikkje\b|$)|(?:i\s+think|i\s+believe|i\s+guess|i\s+suppose|jeg\s+tror|eg\s+trur|eg\s+tenkjer|jeg\s+tenker)\s+(?:so|yes|not|no|det|ja|nei|ikke|ikkje)\b|\d[\d  ,.]*\s*(?:km|kilometer|meter|m|kr|kroner|%|prosent|percent|minutter|min|timer|timar|dager|dagar|days|hours|minutes|år|years)(?![\p{L}])\s*[,.!])/iu;
/** «Kor mange born bur her ute? Sju, har eg talt.»: a count given at once; «2. Kva kostar …» is a list's next item. */
const SELF_COUNT =
  /^(?:(?:ein|en|ei|eitt|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|femten|tjue|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)|\d+)\s*,|^(?:ein|en|ei|eitt|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|femten|tjue|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s*[.!]\s*$/iu;
/** "I checked your website, and they are, so no need to answer that one.": the citizen takes the question back. */
const WITHDRAWN =
  /(?<![\p{L}])(?:no\s+need\s+to\s+answer|(?:you\s+)?(?:don['’]t|do\s+not)\s+need\s+to\s+answer|(?:du|dere|de|dykk)\s+(?:trenger|treng)\s+(?:ikke|ikkje)\s+(?:å\s+)?svare|(?:ikke|ikkje)\s+(?:nødvendig|naudsynt|naudsynleg)\s+å\s+svare|forget\s+that\s+(?:one|question)|glem\s+det\s+spørsmålet)(?![\p{L}])/iu;
/**
 * «Svaret på det har jeg funnet selv: …», «…, så det har jeg funnet ut av», «…, så det spørsmålet
 * kan De se bort fra», "please do not trouble yourself with that one", "(Rhetorical — …)": the next
 * sentence says the question needs no answer, anywhere in it.
 */
const ANSWERED_AFTER =
  /(?<![\p{L}])(?:(?:har|hev)\s+(?:jeg|eg|vi|me)\s+funne?t?\s+(?:ut\s+(?:av\s+)?)?(?:selv|sjølv)|(?:jeg|eg|vi|me)\s+(?:har|hev)\s+funne?t?\s+(?:ut\s+av\s+det|svaret|det\s+ut)|det\s+har\s+(?:jeg|eg|vi|me)\s+funne?t?\s+ut\s+av|(?:se|sjå)\s+bort\s+(?:fra|frå)|(?:do\s+not|don['’]t)\s+trouble\s+yourself|never\s+mind|disregard|(?:i|we)\s+(?:have|['’]ve)\s+(?:since\s+)?found\s+(?:the\s+answer|it\s+out|out)|(?:rhetorical|retorisk))(?![\p{L}])/iu;

/** «Hvorfor jeg ikke bruker kirken? Den er stengt …»: the reader's question anticipated, in a clause's word order. */
const ANTICIPATED_WHY = /^(?:hvorfor|kvifor)\s+(?:jeg|eg|vi|me)\s+(?:ikke\s+|ikkje\s+)?(?:bare\s+|berre\s+)?\p{L}+(?:r|te|de)(?![\p{L}])/iu;
/** «Styret spurte meg «er det lov …?»», "My landlord asked me, "Why …?"": someone else's question, reported. */
const SPEECH_BEFORE_QUOTE =
  /(?<![\p{L}])(\p{L}+),?\s+(?:(?:keeps|kept|kepte|har|hadde|has|had|was|were|just)\s+)?(?:(?:selv|sjølv|himself|herself)\s+)?(?:spurte|spurde|spør|spørr|sa|sier|seier|mener|meiner|meinte|mente|ropte|skreik|asked|asks|asking|said|says|told|wondered|think|thinks|shouted|yelled|stilt\s+(?:meg\s+|oss\s+)?spørsmålet|stilte\s+(?:meg\s+|oss\s+)?spørsmålet)(?![\p{L}])(?:\s+(?:meg|oss|me|us|dykk|dere))?(?:\s+(?!(?:jeg|eg|vi|me|we)(?![\p{L}]))[\p{L}\d.-]+){0,6}?[\s,:]*$/iu;
/** «fått spørsmål fra en beboer om «…»», «Vi er klar over at «…»»: a question others ask, reported whoever writes. */
const OTHERS_ASK_BEFORE_QUOTE =
  /(?:spørsmål|spørsmålet|question|questions)\s+(?:fra|frå|from)\s+(?:[\p{L}-]+\s+){1,3}(?:om|about|whether)?[\s,:]*$|(?:klar|klare|kjent|kjende)\s+(?:over|med)\s+at[\s,:]*$|aware\s+(?:that|of)[\s,:]*$/iu;
const FIRST_PERSON = /^(?:jeg|eg|vi|me|i|we)$/iu;

/** The question marks of `sentence` all sit inside a quotation introduced by someone else's «spurte», «sa», "asked". */
function onlyReportedQuestions(sentence: string): boolean {
  const quote = /[«"“]([^»"”]*)[»"”]/gu;
  let outside = '';
  let last = 0;
  let reported = false;
  for (const m of sentence.matchAll(quote)) {
    const before = sentence.slice(0, m.index);
    outside += sentence.slice(last, m.index);
    last = m.index + m[0].length;
    if (!m[1]!.includes('?')) continue;
    const speech = SPEECH_BEFORE_QUOTE.exec(before.slice(-60));
    if ((!speech || FIRST_PERSON.test(speech[1]!)) && !OTHERS_ASK_BEFORE_QUOTE.test(before.slice(-60))) return false;
    reported = true;
  }
  outside += sentence.slice(last);
  return reported && !outside.includes('?');
}

/**
 * Where the inquiry quotes someone: «…», “…”, and "…" within one paragraph. A question inside is
 * someone else's — a letter pasted in («Har du spørsmål om utlånet? Ring oss …»), a neighbour's
 * remark — unless the writer quotes their own asking («Eg spurde: «…»»).
 */
const QUOTATIONS =
  /«[^«»]{1,1500}»|“[^“”]{1,1500}”|"[^"\n]{1,400}(?:\n(?!\s*\n)[^"\n]{0,400}){0,6}"|(?<=^|[\s:(])['‘][^'’\n]{1,300}?[?!]['’](?=[\s.,;:!?)]|$)/gmu;
const OWN_ASKING_BEFORE =
  /(?<![\p{L}])(?:jeg|eg|vi|me|i|we)\s+(?:\p{L}+\s+){0,2}(?:spurte|spurde|spør|spørr|asked|ask|wrote|skrev|skreiv)(?:\s+\p{L}+){0,5}[\s,:]*$/iu;
/** The inquiry's quotations, less those where the writer quotes their own asking. */
function quotationsIn(inquiry: string): Span[] {
  const regions: Span[] = [];
  for (const m of inquiry.matchAll(QUOTATIONS)) {
    if (OWN_ASKING_BEFORE.test(inquiry.slice(Math.max(0, m.index - 60), m.index))) continue;
    regions.push({ start: m.index, end: m.index + m[0].length });
  }
  return regions;
}

function insideQuotation(inquiry: string, regions: readonly Span[], span: Span): boolean {
  if (regions.some((r) => r.start < span.start && span.end <= r.end)) return true;
  // «Damen i skranken sa: «Har du prøvd Finn.no?»»: the ask's question marks are all quoted —
  // unless a sentence ends before the quote («… which beaches allow dogs. my husband keeps asking
  // 'why …?'»): that sentence is an ask of its own, written without its mark.
  const firstQuote = regions.find((r) => r.start >= span.start && r.start < span.end)?.start ?? span.end;
  if (/[.!]\s/u.test(inquiry.slice(span.start, firstQuote))) return false;
  let marks = 0;
  for (let k = inquiry.indexOf('?', span.start); k >= 0 && k < span.end; k = inquiry.indexOf('?', k + 1)) {
    marks++;
    if (!regions.some((r) => r.start < k && k < r.end)) return false;
  }
  return marks > 0;
}

/** «Kva skjer når det frys til? Då blir det is …»: what happens, told at once by the citizen. */
const ASKS_WHAT_HAPPENS = /^(?:(?:og|and|men|but)\s+)?(?:hva|kva|what)\s+(?:skjer|hender|happens|will\s+happen)\s+(?:når|om|dersom|viss|hvis|if|when)\s/iu;
const THEN_TOLD = /^(?:da|då|then)\s+\p{L}+/iu;
/** "Hvorfor skriver jeg? …" — the citizen asks about themselves and answers at once. */
const ABOUT_ONESELF = /^(?:hvorfor|kvifor|why)\s+(?:skriver|skriv|er|sender|am|do)\s+(?:jeg|eg|i)\s+(?:dette|this|deg|dykk|dere|you|til|to|writing|here)?/iu;

/** A form field's label ending in a question mark, then the sender's own short answer: «Er du over 18 år?: Nei». */
const ANSWERED_FORM_FIELD = /\?\s*:[ \t]*[^\s?][^?\n]{0,40}$/u;
/** A hope that asks nothing in particular; «Håper du kan svare på om …» still asks (its «om»). */
/** "…, so that should not be a problem, I hope?", «…, håper jeg?»: a hope tagged on, not an ask. */
const HOPE_TAG = /,\s*(?:I\s+hope|I\s+trust|håper\s+jeg|håpar\s+eg|vonar\s+eg)\s*\?+\s*$/iu;
/** «Håpar det er i orden at eg spør om så mykje?», "Hope that's OK?": a courtesy even with an «om». */
const COURTESY_ALL_RIGHT =
  /^(?:(?:takk|thank\s+you|thanks|sorry|beklager|beklagar|orsak|unnskyld)[^,?–—]{0,40}(?:,|\s[–—-])\s*)?(?:(?:jeg|eg|vi|me|i|we)\s+)?(?:do\s+)?(?:håper|håpar|vonar|vonast|hope|hoping)\s+(?:det|at\s+det|that|that['’]s|it|it['’]s|this|this\s+is|is)\s+(?:er\s+|is\s+|går\s+)?(?:greit|greitt|bra|fint|i\s+orden|ok|okay|fine|alright|all\s+right|understandable|clear|forståelig|forståeleg|forståleg|(?:the\s+)?right\s+(?:address|place|person|department|inbox)|(?:riktig|rett)\s+(?:adresse|sted|stad|person|avdeling|mottakar|mottaker))(?![\p{L}])/iu;
/** "Sorry for my bad English, is it okay?", «Beklager lang e-post, er det greit?»: an apology's tag, not an ask. */
/** «Beklager hvis dette er feil sted å spørre?», "Sorry if this is the wrong place to ask?": a courtesy, not an ask. */
const WRONG_PLACE_APOLOGY =
  /^(?:beklager|beklagar|orsak|unnskyld|sorry)\s+(?:hvis|om|viss|dersom|if)\s+(?:dette|det|this|it)\s+(?:(?:er|is)\s+(?:feil|the\s+wrong)\s+(?:sted|stad|adresse|place|address|person|department)|(?:skulle|burde|should)\s+(?:ha\s+|have\s+)?(?:gått|gått\s+til|gone|been\s+sent)\s+(?:til\s+|to\s+)?(?:en\s+|ein\s+|ei\s+|an?\s+)?(?:annen|annan|anna|another|other|different))(?![\p{L}])/iu;
const APOLOGY_TAG =
  /^(?:sorry|beklager|beklagar|orsak|unnskyld|excuse)[^?]{0,60},\s*(?:is\s+(?:it|that)|er\s+det|går\s+det|i\s+hope\s+(?:it|that)['’]?s?|håper\s+det\s+er)\s+(?:ok|okay|fine|alright|all\s+right|greit|greitt|i\s+orden|bra)\s*\?+\s*$/iu;
/** "My Norwegian is limited, so I hope you will forgive me for writing in English?": a courtesy after its reason. */
const FORGIVE_ME =
  /(?:forgive|excuse|pardon)\s+(?:me|us|an?\s+(?:old\s+)?(?:man|woman|lady|person|pensioner))|(?:tilgi|unnskylde|orsake)\s+(?:meg|oss)|tilgir\s+(?:meg|oss)/iu;
/** «Beklager mitt norsk, kanskje dere forstår litt?», "Sorry for my English, I hope you understand me?": an apology, asking nothing. */
const APOLOGY_ONLY =
  /^(?:orsak|beklager|beklagar|unnskyld|sorry)\s+(?:for|at|mitt|mi|min|my)\s(?![^?]*(?<![\p{L}])(?:hva|kva|når|hvor|kvar|hvordan|korleis|hvem|kven|what|when|where|how|who|why|hvorfor|kvifor|om|whether|if|can|kan)(?![\p{L}]))[^?]*\?+\s*$/iu;
/** «Er det greitt at eg spør deg om dette?», "Is it OK if I ask you this?": asks leave to ask, not for an answer ("Is it okay that I write in English?" does want one). */
const MAY_I_ASK =
  /^(?:(?:og|men|and|but)\s+)?(?:er\s+det\s+(?:greit|greitt|i\s+orden|ok|lov)\s+at\s+(?:eg|jeg|vi|me)\s+(?:spør|spørre|spørje)|is\s+it\s+(?:ok|okay|alright|all\s+right)\s+(?:if|that)\s+i\s+ask)(?![\p{L}])[^?]{0,40}\?*\s*$/iu;
const COURTESY_HOPE =
  /^(?:(?:jeg|eg|vi|me|i|we)\s+)?(?:do\s+)?(?:håper|håpar|vonar|vonast|hope|hoping)\s+(?!.*(?<![\p{L}])(?:om|whether|if|hva|kva|når|kor|hvor|hvordan|korleis|hvem|kven|what|when|where|how|who|why|hvorfor|kvifor)(?![\p{L}]))[^?]{0,60}\?*\s*$/iu;

/** "Spørsmålet mitt er:" and the like: a label, not the question. */
const ASK_LABEL = /^(?:spørsmål(?:et|a|ene)?(?:\s+mitt|\s+mine|\s+mitt\s+er)?|my\s+questions?(?:\s+(?:is|are))?|questions?)\s*:?\s*$/iu;

const WHEN_TOPIC =
  /(?<![\p{L}])(?:når|naar|kor\s+tid|kva\s+tid|hvor\s+lenge|kor\s+lenge|hvor\s+snart|kor\s+snart|(?:hva|kva|what)\s+(?:er|is)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:\p{L}+tid|\p{L}+tida|\p{L}+tiden|processing\s+time|waiting\s+time|notice\s+period)|hvor\s+lang\s+tid|kor\s+lang\s+tid|(?:hvor|kor)\s+lang\s+\p{L}*(?:tid|tida|tiden)|(?:hvor|kor)\s+lang\s+(?:er|blir|var)\s+(?:\p{L}+s\s)?\p{L}*(?:tid|tida|tiden|frist|fristen)|(?:hvor|kor)\s+lang\s+\p{L}*frist\p{L}*|what\s+is\s+the\s+\p{L}+\s+(?:period|time)|hvilken\s+dato|kva\s+dato|(?:hva|kva|what)\s+(?:er|is|blir|will\s+be)\s+(?:egentlig\s+|eigentleg\s+|actually\s+|really\s+)?(?:the\s+)?(?:\p{L}*frist(?:en|ene|ane|ar|er)?|\p{L}*deadlines?)|(?:hva|kva|what)\s+(?:the\s+)?\p{L}*(?:frist(?:en)?|deadline)\s+(?:er|is|blir|vert|will\s+be)|(?:hvilken|hvilke|kva\s+for(?:\s+(?:ein|ei|eit))?|which|what)\s+(?:dag|dager|dagar|dato|datoar|datoer|uke|veke|måned|månad|days?|dates?|week|month)(?![\p{L}])(?!\s+(?:nummer|number))|innen\s+når|innan\s+når|(?:opening|working)\s+hours|åpningstid\p{L}*|opningstid\p{L}*|when|how\s+long|how\s+soon|how\s+(?:fast|quickly)|(?:hvor|kor)\s+(?:fort|raskt)|what\s+date|by\s+when|which\s+date|what\s+time|hvilket\s+tidspunkt|kva\s+tidspunkt)(?![\p{L}])/iu;
const WHERE_TOPIC =
  /(?<![\p{L}])(?:hvor(?!\s+(?:lenge|mye|mange|lang|stor|ofte|gammel|langt|snart|fort|raskt|høy|høyt|høye|dyr|dyrt|dyre|billig|bred|dyp|tung|gode?|godt|varm|kald))|kvar|kor(?!\s+(?:tid|lenge|mykje|mange|lang|stor|ofte|gammal|langt|leis|snart|fort|raskt|høg|høgt|høge|dyr|dyrt|dyre|billeg|brei|breitt|djup|tung|god|godt|gode|varm|kald))|where|anywhere|somewhere|noe\s+sted|nokon\s+stad|et\s+sted|eit\s+stad|which\s+(?:office|address|website|page)|hvilken\s+(?:adresse|nettside|side|kontor)|kva\s+(?:adresse|nettside|kontor)|(?:which|what)\s+(?:phone\s+|telephone\s+)?number\s+(?:\p{L}+\s+){0,3}(?:call|ring|phone|contact|reach)|(?:hvilket|hva|kva)\s+(?:telefon)?nummer\s+(?:\p{L}+\s+){0,3}(?:ringe|ringje|ring|kontakte|kontakta|nå)|(?:hvilket|hva|kva|which|what)\s+(?:er\s+|is\s+)?(?:the\s+)?(?:telefonnummeret|telefonnummer|phone\s+number|telephone\s+number))(?![\p{L}])/iu;
const DOCUMENT_TOPIC =
  /(?<![\p{L}])(?:send\w*|kopi\w*|copy|copies|skjema\w*|dokument\w*|document\w*|brev(?:et)?|letter|form|lenke|link|vedlegg\w*|attach\w*|innsyn|journal\w*|referat\w*|minutes)(?![\p{L}])/iu;
const ASKS_FOR_DOCUMENT =
  /(?<![\p{L}])(?:send\w*\s+(?:meg|oss|me|us|dykk|dere)|(?:få|have|get|receive|ha|motta)\s+(?:tilsendt\s+)?(?:en\s+|ei\s+|eit\s+|et\s+|a\s+)?(?:kopi|copy|innsyn|skjema|form|brev|letter|dokument|document|lenke|link)|kopi\s+av|copy\s+of|access\s+to|innsyn)/iu;
const WHY_TOPIC =
  /(?<![\p{L}])(?:hvorfor|kvifor|why|what\s+is\s+the\s+reason|(?:hva|kva|what)\s+(?:er|var|is|was)\s+(?:årsaken|årsaka|grunnen|the\s+cause)|grunnen\s+til|årsaken\s+til|begrunnelse|grunngjeving)(?![\p{L}])/iu;
const HOW_TOPIC =
  /(?<![\p{L}])(?:hvordan|korleis|how(?!\s+(?:long|much|many|soon|fast|quickly))|what\s+(?:do|should|must)\s+i\s+do|hva\s+(?:må|skal|bør)\s+jeg\s+gjøre|kva\s+(?:må|skal|bør)\s+eg\s+gjere)(?![\p{L}])/iu;
const WHO_TOPIC = /(?<![\p{L}])(?:hvem|kven|kem|who|whom|which\s+(?:person|caseworker|officer)|hvilken\s+saksbehandler|kva\s+sakshandsamar)(?![\p{L}])/iu;
const WHAT_TOPIC = /(?<![\p{L}])(?:hva|kva|ka|hvilke[nt]?|what|which)(?![\p{L}])/iu;

/** "Hva koster …", "How much …", "What is the fee …": asks for an amount. */
const AMOUNT_QUESTION =
  /(?<![\p{L}])(?:hvor\s+langt|kor\s+langt|how\s+far|(?:hvor|kor)\s+(?:høy|høyt|høye|høg|høgt|høge|dyr|dyrt|dyre)\s+(?:er|blir|vert|var)|how\s+(?:high|expensive)\s+(?:is|are|will)|hva\s+koster|kva\s+kostar|ka\s+kost\p{L}*|hvor\s+mye|kor\s+mykje|hvor\s+mange|kor\s+mange|how\s+many|(?:koster|kostar)\s+det|does\s+(?:it|this|that)\s+cost|(?:is|are)\s+there\s+(?:a|an|any)\s+(?:extra\s+|additional\s+)?(?:charges?|fees?|costs?|payment)|(?:er|blir|kommer)\s+det\s+(?:noen|nokon|noe|noko|ein|en|ei|eit|et)\s+(?:\p{L}*avgift|\p{L}*gebyr|kostnad(?:er)?|egenandel|eigendel|eigenandel|egenbetaling|eigenbetaling)|(?:er|is)\s+(?:det|it)\s+(?:gratis|free)|hvor\s+stor(?:t)?\s+(?:blir\s+|er\s+)?(?:gebyr|beløp|avgift|pris|sum|regning)|kor\s+stor(?:t)?\s+(?:blir\s+|er\s+)?(?:gebyr|beløp|avgift|pris|sum|rekning)|how\s+much|what\s+(?:is|will\s+be|are|would\s+be)\s+the\s+(?:fee|fees|cost|costs|price|charge|amount|rate)|(?:hva|kva)\s+(?:er|blir)\s+\p{L}*(?:gebyret|gebyra|gebyrene|prisen|beløpet|avgifta|avgiften|kostnaden|satsen|egenandelen|eigenandelen|eigendelen|egenbetalingen|eigenbetalinga)|(?:what|hva|kva)\s+(?:[\p{L}-]+\s+){0,5}?(?:costs?|koster|kostar|koste|kosta|blir\s+(?:gebyret|prisen|beløpet|avgifta|avgiften|kostnaden))|(?:hva|kva|what)\s+(?:er|is|are)\s+(?:the\s+)?\p{L}*(?:grensen|grensa|grenser|limit|threshold)|(?:hvilken|hvilke|kva\s+for|which)\s+(?:\p{L}+\s+)?\p{L}*(?:pris|prisen|sats|satsen|rate|price)|(?:hva|kva)\s+(?:[\p{L}-]+\s+){0,4}?\p{L}*(?:gebyret|gebyra|gebyrene|prisen|beløpet|avgifta|avgiften|eigenandelen|egenandelen|eigendelen)(?:\s+[\p{L}-]+){0,4}?\s+(?:blir|er|vert|vil\s+bli|vil\s+vere|vil\s+være)|what\s+(?:[\p{L}-]+\s+){0,4}?(?:fee|fees|price|charge|rate)\s+(?:is|will\s+be|would\s+be|are))(?![\p{L}])/iu;

const LEADING_CONDITION = /^[\s"«(]*(?:hvis|viss|dersom|i\s+tilfelle|if|in\s+case)\s+[^,?.!]{3,80},\s*(?=\S)/iu;

/** The thing the question asks for, which decides what counts as its answer. */
export function topicOf(asked: string): QuestionTopic {
  // "Hvis saken går videre, hvor lang tid tar det?": the main clause after the condition asks.
  const question = asked.replace(LEADING_CONDITION, '') || asked;
  // "What's the deadline …": the topic patterns are written for the full form.
  const q = question.toLowerCase().replace(/(?<![\p{L}])(what|who|where|how|when|why)['’]s(?![\p{L}])/gu, '$1 is');
  // The question word nearest the start decides; a bare yes/no question has none.
  const candidates: Array<[QuestionTopic, RegExp]> = [
    ['amount', AMOUNT_QUESTION],
    ['when', WHEN_TOPIC],
    ['why', WHY_TOPIC],
    ['who', WHO_TOPIC],
    ['how', HOW_TOPIC],
    ['where', WHERE_TOPIC],
    ['what', WHAT_TOPIC],
  ];
  let best: { topic: QuestionTopic; at: number } | undefined;
  for (const [topic, re] of candidates) {
    const m = re.exec(q);
    if (m && (!best || m.index < best.at)) best = { topic, at: m.index };
  }
  // "Hva er det som har skjedd?": asks for the cause.
  if (
    /^(?:hva|kva|what)\s+(?:er\s+det\s+som\s+|is\s+it\s+that\s+)?(?:har\s+|has\s+|is\s+|er\s+)?(?:skjedd|skjedde|skjer(?!\s+(?:med|vidare|videre|no|nå|now|next))|hendt|hende|happened|happening(?!\s+(?:with|next|now))|going\s+on(?!\s+with)|gått\s+galt|gått\s+gale|wrong)/iu.test(
      q.trim(),
    )
  )
    return 'why';
  // An indirect question takes the topic of what the cue asks: "vite om …" asks yes or no.
  const cue = REQUEST_CUES.exec(q);
  if (cue) {
    // "could you tell me roughly what …", «kan du seie omtrent kor mykje …»: a hedge before the question word.
    const after = q
      .slice(cue.index + cue[0].length)
      .trimStart()
      .replace(/^(?:roughly|approximately|about|exactly|precisely|briefly|omtrent|cirka|ca\.|circa|sånn\s+omtrent|nøyaktig|nøyaktleg|kort)\s+(?=\S)/iu, '');
    if (/^(?:om|whether|if|that|at)(?![\p{L}])/iu.test(after)) return 'yes-no';
    if (STARTS_WITH_Q_WORD.test(after) && after.length < q.length) return topicOf(after);
  }
  // "Kan dere sende meg en kopi …", "Could I get a copy …": asks for a document.
  const core = questionCore(question);
  const verbFirst = FINITE_FIRST.test(core) || PRESENT_VERB_FIRST.test(core);
  // "Gjeld kortet når eg …?": after a finite verb first, a question word opens a clause of a yes/no question.
  if (verbFirst && best && best.at > 0 && !DOCUMENT_TOPIC.test(q)) return 'yes-no';
  if (best && best.at < 40) {
    if (best.topic === 'what' && DOCUMENT_TOPIC.test(q) && ASKS_FOR_DOCUMENT.test(q)) return 'document';
    return best.topic;
  }
  if (DOCUMENT_TOPIC.test(q) && ASKS_FOR_DOCUMENT.test(q)) return 'document';
  if (verbFirst || !best) return 'yes-no';
  return best.topic;
}

function firstWords(text: string, n: number): string[] {
  return (text.match(/[\p{L}\p{N}']+/gu) ?? []).slice(0, n);
}

/** Removes a leading "Hei," / "Og" / "Så" / "Men" / "Also," that does not change what is asked. */
function questionCore(text: string): string {
  return text
    .replace(/^[\s"«(]*(?:(?:hei|hallo|hello|hi|dear\s+\p{L}+)[,!]?\s+)?/iu, '')
    .replace(
      /^(?:og|and|men|but|så|so|also|dessuten|dessutan|i\s+tillegg|videre|vidare|til\s+slutt|finally|og\s+så|then|da|altså|eventuelt|evt\.?|ellers|elles|or|eller|plus|besides)[,:]?\s+/iu,
      '',
    )
    .replace(/^(?:\d+[.)]|[a-z][.)]|[-•*·])\s+/iu, '');
}

/** Question word first, not the start of a subordinate clause ("Når jeg søkte i fjor, …"). */
function questionWordFirst(core: string): boolean {
  if (!STARTS_WITH_Q_WORD.test(core)) return false;
  const words = firstWords(core, 4).map((w) => w.toLowerCase());
  let k = 1;
  // "Hvor lenge", "Kor mykje", "How much", "Kva tid": the question word's own modifier.
  if (/^(?:lenge|mye|mange|lang|stor|store|ofte|tid|mykje|dato|for|much|many|long|soon|often|far|time|date|type)$/.test(words[1] ?? '')) k = 2;
  if (words[k] === 'tid') k++;
  const next = words[k] ?? '';
  if (next === 'som' || next === 'that') return false;
  return !PRONOUN.test(next) || /^(?:how|what|which|who|when|where|why)$/.test(words[0]!);
}

function finiteVerbFirst(core: string): boolean {
  const words = firstWords(core, 4);
  // «Betaler vi full pris …»: any present-tense verb before a personal pronoun opens a question.
  if (!FINITE_FIRST.test(core))
    return /^\p{L}{3,}(?:er|ar)$/iu.test(words[0] ?? '') && PRONOUN.test(words[1] ?? '') && !/^(?:det|it|this|that|i)$/iu.test(words[1] ?? '');
  // "Kan dere …", "Er det …", "Har søknaden min …", "Is it …", "Do you …". A Norwegian «i» is a
  // preposition («Fekk rekning i går …»), the subject "i" only after an English verb.
  const english = ENGLISH_FINITE_FIRST.test(core);
  return words.slice(1, 3).some((w) => SUBJECT_WORD.test(w) && (english || w.toLowerCase() !== 'i')) || DEFINITE_NOUN.test(words[1] ?? '');
}

const ENGLISH_FINITE_FIRST = new RegExp(`^(?:${ENGLISH_FINITE})(?![\\p{L}])`, 'iu');

/**
 * «Kven skal skifte vassmålaren, er det oss …»: a question word and then a finite verb is a direct
 * question, whatever follows its comma; «Når vi flytta, fekk vi …» (a pronoun next) opens a clause.
 */
const QUESTION_WORD_THEN_VERB =
  /^(?:hva|kva|hvem|kven|hvor|kvar|kor|hvorfor|kvifor|korfor|hvordan|korleis|who|what|where|why|how)\s+(?:er|var|skal|kan|vil|må|får|fekk|fikk|gjer|gjør|har|hadde|blir|vert|bør|kjem|kommer|går|står|ligg|ligger|finst|finnes|fins|koster|kostar|betyr|tyder|gjeld|gjelder|tar|tek|is|are|was|were|do|does|did|can|could|will|would|should|has|have)(?![\p{L}])/iu;

/** «Kan tannlegen …», «Finnes brevet …»: a definite noun as the subject after the verb. */
/** «Har søknaden …», «Fekk rekninga …»; not the indefinite nouns that end like a definite one («fikk faktura på …»). */
const DEFINITE_NOUN = /^(?!(?:\p{Ll}*faktura|firma|tema|data|kamera|sofa|villa|pizza|agenda)$)\p{Ll}{3,}(?:en|et|a|ene|ane|na)$/u;

/** A verb-first clause that is a condition ("Har du spørsmål, kan du ringe"), not a question. */
function conditional(core: string): boolean {
  return /,\s*(?:så|kan|vil|må|skal|er|har|blir|ber|beklager|tar|ønsker|ønskjer|then|we|i|please)\b/iu.test(core);
}

/** "Skal det virkelig …?", "Is there really no …?": exasperation in a question, not a question. */
// The intensifier in the clause that ends with the question mark: «whether I really had to pay …» early in a long ask does not make its last question sarcastic.
const INTENSIFIED = /(?<![\p{L}])(?:virkelig|verkeleg|verkelig|really|seriously|honestly)(?![\p{L}])[^?.;!]{0,100}\?/iu;

/** "…, dere eller BIR?": a choice between named alternatives wants an answer, however exasperated. */
const CHOICE = /(?<![\p{L}])\p{L}+\s+(?:eller|or)\s+[\p{L}.-]+\s*\?+\s*$/iu;

/**
 * «Det jeg trenger svar på:», «Kort oppsummert lurer jeg på:», «… og eg lurer på eit par ting før eg
 * takkar ja», "Which brings me to my questions.": a lead-in to the questions, which asks nothing itself.
 */
const LEAD_IN =
  /(?::\s*$|(?:lurer|lurar|wonder|wondering|have|har)\s+(?:(?:jeg|eg|vi|me)\s+)?(?:på\s+|about\s+)?(?:et|eit|noen|nokre|nokon|a\s+few|some|several|to|tre|two|three|a\s+couple\s+of)\s+(?:par\s+)?(?:ting|spørsmål|things|questions)(?![\p{L}])|brings\s+me\s+to\s+my\s+questions)/iu;

function isLeadIn(question: string): boolean {
  return LEAD_IN.test(question);
}

export function isRhetorical(question: string): boolean {
  return (RHETORICAL.test(question) || INTENSIFIED.test(question)) && !CHOICE.test(question);
}

/** "Can my wife", «Kan sonen min»: an auxiliary and its subject, with the verb still to come. */
const RELATIVE_AFTER_SUBJECT =
  /^[\s"«]*(?:\d{1,2}[.)]\s+|[-•*–]\s+)?(?:can|could|will|would|should|may|must|does|do|did|is|are|kan|kunne|vil|skal|må|får|bør|er)\s+(?:my|our|the|his|her|their|a|an|min|mi|mitt|mine|vår|vårt|våre|\p{L}+)(?:\s+\p{L}+){0,2}\s*$/iu;
/** Splits "Når kommer vedtaket, og hva koster det?" into its asks; offsets within `text`. */
const WHY_FIRST = /^[\s"«(]*(?:og\s+|and\s+|men\s+|but\s+)?(?:hvorfor|kvifor|korfor|why|how\s+come)(?![\p{L}])/iu;
const WHEN_AFTER = /^(?:når|when)(?![\p{L}])/iu;

function asksIn(text: string, span: Span): Span[] {
  const s = text.slice(span.start, span.end);
  const cuts: number[] = [];
  const re = new RegExp(
    String.raw`(?:,\s*(?:og|and|samt|eller|or|men|but)?|\s(?:og|and|samt|eller|or|men|but)|[;:])\s+(?!which\s+(?:is|are|was|were|has|have)\s)(?=(?:(?:for\s+)?(?:${Q_WORD})|om\s+(?!lag|å|morgonen|morgenen|kvelden|dagen|kort|ei|en|ein|to|tre|fire|fem|seks)|whether|(?:kan|kunne|vil|skal|er|har|får|blir|må|gjelder|gjeld|finnes|finst|fins|trenger|treng|bør|koster|kostar|can|could|will|would|is|are|was|do|does|did|should|has|have)\s+(?:jeg|eg|dere|de|dykk|du|vi|me|det|den|i|you|we|it|there|this|they|he|she|han|hun|ho|søknaden|saka|saken|the|my|our)\b))`,
    'giu',
  );
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const at = m.index + m[0].length;
    const head = s.slice(0, m.index);
    // "hva og hvorfor" lists, or a relative clause right after the first question word: no cut.
    // «Stemmer det, og korleis søkjer eg?»: a whole short question before the cut is an ask of its own.
    if (firstWords(head, 3).length < 3 && !SHORT_WHOLE_QUESTION.test(questionCore(head).trim())) continue;
    // "Can my wife, who holds a family permit, be registered …?": a relative clause inside the ask.
    if (RELATIVE_AFTER_SUBJECT.test(head) && /^,\s*$/.test(m[0]) && /^(?:who|which|whose|som)\s/iu.test(s.slice(at))) continue;
    // «Kvifor må slike løp leggjast til ein laurdag, når alle skal handle?», "Why …, when everyone
    // …?": after a why-question a bare comma opens the clause that gives its grounds, not a when-question.
    if (/^,\s*$/.test(m[0]) && WHEN_AFTER.test(s.slice(at)) && WHY_FIRST.test(questionCore(s.slice(cuts.at(-1) ?? 0, m.index)))) continue;
    // "Hvis saken går videre, hvor lang tid tar det?": a condition is part of the ask after it.
    const from = cuts.at(-1) ?? 0;
    const condition = LEADING_CONDITION.exec(s.slice(from));
    if (condition && from + condition[0].length === at) continue;
    // «Kan tolken være på telefon, eller må hun komme på skolen?»: the other option of one ask, not a second ask.
    if (/(?<![\p{L}])(?:eller|or)\s*$/iu.test(m[0]) && !STARTS_WITH_Q_WORD.test(s.slice(at))) continue;
    // "… hvis ja, hva …" / "if so, what": the second ask depends on the first; still two asks.
    cuts.push(at);
  }
  if (!cuts.length) return [span];
  const parts: Span[] = [];
  let start = 0;
  for (const cut of cuts) {
    const part = trimSpan(text, span.start + start, span.start + cut);
    if (part) parts.push(trimTrailingJoiner(text, part));
    start = cut;
  }
  const last = trimSpan(text, span.start + start, span.end);
  if (last) parts.push(last);
  const asks = parts.filter((p) => firstWords(text.slice(p.start, p.end), 3).length >= 2);
  // Every later part opens with a question word or a verb and its subject (the cut above); the
  // first must ask by itself: «Og en siste ting: har vi krav …?», "I understand that …, is there …?"
  // lead in with a statement. A leading condition («Hvis vi trenger bevilling: hva koster den») is
  // part of the ask after it.
  const first = asks[0];
  if (asks.length > 1 && first && !opensAnAsk(text.slice(first.start, first.end))) {
    // «Dei held på å byggje no. Når blir klaga avgjord, og …»: a point the splitter read as an abbreviation.
    const asked = askAfterLastStop(text, first);
    if (asked) asks[0] = asked;
    else {
      asks.shift();
      if (LEADING_CONDITION_WORD.test(questionCore(text.slice(first.start, first.end)))) asks[0] = { start: first.start, end: asks[0]!.end };
    }
  }
  return asks;
}

/** A full stop before a capital. */
const STOP_BEFORE_CAPITAL = /[.!]\s+(?=\p{Lu})/gu;
/** A full stop before a lower-case word, ending a word of four letters or more: «f.eks. om», «ca. to», «kl. 14» are abbreviations. */
const STOP_BEFORE_LOWER_CASE = /(?<=\p{L}{4})[.!]+\s+(?=\p{Ll})/gu;

/**
 * The part of `span` after its last full stop where an ask opens, if any. After a stop before a
 * lower-case word (a reply written without capitals, which the sentence splitter does not cut) the
 * words before it must ask nothing, or the ask would lose its first half.
 */
function askAfterLastStop(text: string, span: Span, beforeLowerCase = false): Span | undefined {
  const part = text.slice(span.start, span.end);
  const stops = [...part.matchAll(beforeLowerCase ? STOP_BEFORE_LOWER_CASE : STOP_BEFORE_CAPITAL)];
  for (let k = stops.length - 1; k >= 0; k--) {
    const at = stops[k]!.index + stops[k]![0].length;
    if (opensAnAsk(part.slice(at)) && !(beforeLowerCase && asksSomething(part.slice(0, at), undefined))) return { start: span.start + at, end: span.end };
  }
  return undefined;
}

/** Verb first («Holder SFO åpent …», "Does home nursing cost …»), a question word first, or a request. */
function opensAnAsk(part: string): boolean {
  const core = questionCore(part.replace(LEADING_CONDITION, '').replace(IF_SO, ''));
  return FINITE_FIRST.test(core) || STARTS_WITH_Q_WORD.test(core) || asksSomething(part, undefined);
}

/** "If so, …", «Hvis ja, …», «I så fall …»: the condition of an ask, answered by the ask before it. */
const IF_SO =
  /^[\s"«(]*(?:if\s+so|if\s+not|hvis\s+ja|hvis\s+ikke|hvis\s+så|viss\s+ja|viss\s+ikkje|dersom\s+ja|dersom\s+ikkje|dersom\s+ikke|i\s+så\s+fall)[,:]?\s+/iu;

const LEADING_CONDITION_WORD = /^(?:hvis|viss|dersom|i\s+tilfelle|if|in\s+case|unless)(?![\p{L}])/iu;

const SHORT_WHOLE_QUESTION =
  /^(?:(?:stemmer|stemmar|er|går|gjelder|gjeld|is|does|can|could|would|will|kan|vil)\s+(?:det|dette|that|it|this|so)(?:\s+(?:riktig|rett|sant|korrekt|right|true|correct|mulig|mogleg|possible|greit|ok|okay|i\s+orden|lov|allowed|an|work|la\s+seg\s+gjøre|la\s+seg\s+gjere|ordnes|ordnast))?|(?:right|correct|true)|(?:can|could)\s+you\s+confirm(?:\s+(?:that|this|it))?|kan\s+(?:de|dere|du)\s+(?:bekrefte|stadfeste)(?:\s+(?:det|dette))?)$/iu;

/** «Kan vi drikke det?», "Can you fix it?": a few words ending on «det»/"it", which the sentence before names. */
const ENDS_ON_A_PRONOUN = /^(?:\p{L}+\s+){1,3}(?:det|dette|den|denne|dei|dem|it|this|that|them)$/iu;

const ENDS_ON_A_PRONOUN_SENTENCE = /(?<![\p{L}])(?:det|dette|it|this|that)\s*[.!]*\s*$/iu;

function trimTrailingJoiner(text: string, span: Span): Span {
  let end = span.end;
  const m = /(?:\s*[,;:]|\s+(?:og|and|samt|eller|or|men|but))+\s*$/iu.exec(text.slice(span.start, end));
  if (m) end = span.start + m.index;
  return trimSpan(text, span.start, end) ?? span;
}

/**
 * «Jeg vet ikke hva jeg skal svare henne», "I need to know before I order the wood", «Kassereren vår
 * vil vite det før styremøtet», «Eg vil gjerne ha svar på det»: what the writer says about an ask
 * already made — why it matters, or whom they must answer — asks nothing new.
 */
const ONLY_SAYS_WHY_IT_MATTERS =
  /^(?:(?:jeg|eg|i)\s+(?:vet|veit)\s+(?:ikke|ikkje)\s+(?:hva|kva)\s+(?:jeg|eg)\s+skal\s+(?:svare|svara|seie|si)|i\s+(?:do\s+not|don['’]t)\s+know\s+what\s+to\s+(?:answer|tell|say)|(?:[\p{L},]+\s+){0,8}(?:need|needs)\s+to\s+know\s+(?:before|in\s+advance|the\s+day|soon|by)(?![\p{L}])|(?:[\p{L}]+\s+){0,3}(?:vil|må|treng|trenger)\s+(?:vite|veta)\s+det\s+(?:før|innan|innen)(?![\p{L}])|(?:jeg|eg|vi|me)\s+(?:vil|ønsker|ønskjer)\s+(?:gjerne\s+)?(?:ha\s+)?(?:et\s+|eit\s+)?svar\s+på\s+(?:det|dette)(?:\s+spørsmålet)?\s*[.!]?$)/iu;

/**
 * "Jeg ber om svar snarest." asks for a reply and nothing in particular: the reply itself is the
 * answer, so it is no question to tick. A request that names what it is about ("svar på …",
 * "an answer about …") stays a question.
 */
const BARE_REPLY_REQUEST =
  /^(?:(?:jeg|eg|vi|me)\s+)?(?:ber|ønsker|ønskjer|håper\s+på|venter\s+på|ventar\s+på)\s+(?:(?:jeg|eg|vi|me)\s+)?(?:(?:derfor|difor|herved|gjerne|om)\s+)*(?:et\s+|eit\s+|ei\s+|en\s+|ein\s+)?(?:raskt\s+|snarleg\s+|snart\s+|skriftlig\s+|skriftleg\s+)?(?:svar|tilbakemelding|tilbakemelding\s+fra\s+dere)(?:\s+(?:skriftlig|skriftleg|på\s+e-?post|per\s+e-?post))?(?:\s+(?:snarest(?:\s+mulig)?|snarast(?:\s+mogleg)?|så\s+(?:fort|snart|raskt)\s+som\s+(?:mulig|mogleg)|raskt|fort|straks|snart|(?:innen|innan|før)\s+[\p{L}\p{N}. ]{1,40}))?\s*[.!]*$|^(?:(?:i|we)\s+)?(?:(?:would|'d|’d)\s+(?:be\s+(?:very\s+|most\s+)?grateful\s+for|appreciate)\s+(?:a|an|your)\s+(?:quick\s+|prompt\s+|written\s+)?(?:reply|answer|response)(?:\s+(?:in\s+writing|by\s+e-?mail))?(?:\s+(?:before|by|within|as\s+soon\s+as)\s+[\p{L}\p{N}.,' ]{1,50})?|look\s+forward\s+to\s+(?:hearing\s+from\s+you|your\s+(?:reply|answer|response))|(?:please\s+)?(?:reply|respond|answer)\s+(?:as\s+soon\s+as\s+possible|asap|soon|promptly|quickly))(?:\s+(?:as\s+soon\s+as\s+possible|asap|soon))?\s*[.!]*$/iu;

/** «Jeg lurer på noe.», «Eg lurar på eit par ting:»: announces the questions that follow. */
const ANNOUNCES_QUESTION =
  /^(?:(?:jeg|eg|vi|me)\s+)?(?:lurer|lurar|lurte)\s+(?:(?:jeg|eg|vi|me|også|òg|litt)\s+)?på\s+(?:noe|noko|en\s+ting|ein\s+ting|et\s+par\s+ting|eit\s+par\s+ting|to\s+ting|noen\s+ting|nokre\s+ting|something|a\s+few\s+things)\s*[.:!]?\s*$/iu;

/** A sentence that asks (or asks for) something; `next` is the sentence after it. */
/** A short quoted name: «Gi beskjed», "Min side". */
const QUOTED_NAME = /«[^»?]{1,40}»|"[^"?]{1,40}"|“[^”?]{1,40}”/gu;
const INVERTING_OPENER = /^[\s"«(]*(?:dessuten|dessutan|i\s+tillegg|videre|vidare|til\s+slutt|så|da|då|altså|eventuelt|ellers|elles|også|òg)\s+/iu;
const LEADING_CONNECTIVE = /^[\s"«]*(?:also|and|plus|og\s+så|også|dessuten|dessutan|og|òg),?\s+/iu;

export function asksSomething(sentence: string, next: string | undefined): boolean {
  const core = questionCore(sentence);
  if (core.length < 4 || ASK_LABEL.test(core)) return false;
  // "Har noen spørsmål før jeg sender inn:", «Styret ønsker svar på følgende:»: introduces the questions.
  if (/:\s*$/.test(core) && /(?<![\p{L}])(?:spørsmål\p{L}*|questions?|følgende|følgjande|the\s+following)(?![\p{L}])/iu.test(core)) return false;
  // «Jeg ber derfor om svar på følgende», cut from its questions at the colon.
  if (/(?<![\p{L}])(?:følgende|følgjande|the\s+following)\s*:?\s*$/iu.test(core)) return false;
  const questionMark = /\?/.test(sentence);
  // A request in so many words («I would like to know why …, but what do I know?») asks; its
  // rhetorical tail is left out ask by ask.
  if (isRhetorical(sentence) && !REQUEST_CUES.test(sentence)) return false;
  // «Ønsker du å bli ringt opp?: Nei»: a form's question the sender has answered in the field.
  if (ANSWERED_FORM_FIELD.test(core)) return false;
  // «Håper dere kan hjelpe oss med dette?», "Hope that makes sense?": a courtesy, not an ask.
  if (
    questionMark &&
    (COURTESY_HOPE.test(core) ||
      COURTESY_ALL_RIGHT.test(core) ||
      HOPE_TAG.test(core) ||
      APOLOGY_TAG.test(core) ||
      WRONG_PLACE_APOLOGY.test(core) ||
      FORGIVE_ME.test(core) ||
      APOLOGY_ONLY.test(core) ||
      MAY_I_ASK.test(core))
  )
    return false;
  // «Ho svigermor spurde «kvifor …?»», "one of them said "Do you think …?"": reported, not asked of the municipality.
  if (questionMark && onlyReportedQuestions(sentence)) return false;
  // «", which was fair enough.»: the rest of a sentence cut after a quoted question.
  if (/^[\s»"”']*,/u.test(sentence)) return false;
  if (questionMark) {
    if (next !== undefined && SELF_ANSWER.test(questionCore(next).trim())) return false;
    if (next !== undefined && (SELF_COUNT.test(questionCore(next).trim()) || WITHDRAWN.test(next) || ANSWERED_AFTER.test(next))) return false;
    if (next !== undefined && ANTICIPATED_WHY.test(core)) return false;
    if (next !== undefined && !/\?\s*$/.test(next) && ASKS_WHAT_HAPPENS.test(core) && THEN_TOLD.test(questionCore(next).trim())) return false;
    if (ABOUT_ONESELF.test(core) && next !== undefined) return false;
    return firstWords(core, 2).length >= 1;
  }
  if (BARE_REPLY_REQUEST.test(core)) return false;
  if (ONLY_SAYS_WHY_IT_MATTERS.test(core)) return false;
  if (ANNOUNCES_QUESTION.test(core)) return false;
  // «Vi meldte feilen via «Gi beskjed» …»: a cue inside a quoted name (a service, a form) asks nothing.
  if (REQUEST_CUES.test(sentence.replace(QUOTED_NAME, '«»'))) return true;
  // "Also how long it takes …", «Og kor mykje …»: a connective before the question word.
  const bare = core.replace(LEADING_CONNECTIVE, '');
  // «Dessutan er det ei gatelykt …», «Også er det …»: an adverb first puts the verb second in a statement; «og/and» do not.
  const verbFirstAsks = bare !== core && finiteVerbFirst(bare) && /^[\s"«]*(?:also|and|plus|og),?\s/iu.test(core);
  if (bare !== core && (questionWordFirst(bare) || verbFirstAsks)) return !conditional(bare) && !/!\s*$/u.test(bare);
  if (questionWordFirst(core)) return QUESTION_WORD_THEN_VERB.test(core) || !/,\s*\p{L}+\s+(?:jeg|eg|vi|me|du|de|dei|dere|det|i|we|you)\b/iu.test(core);
  // «Ha en fin helg!», "Have a lovely weekend!": a wish, not a question. «Dessutan er det …»,
  // «Da har vi …»: after an adverb the verb comes second in a statement too.
  if (finiteVerbFirst(core)) return !conditional(core) && !/!\s*$/u.test(core) && !INVERTING_OPENER.test(sentence);
  return false;
}

/** A request that introduces a list: «Jeg ber om at kommunen:», "I request access to the following documents:". */
const LIST_INTRO = new RegExp(
  String.raw`(?:${REQUEST_CUES.source}|(?<![\p{L}])(?:følgende|følgjande|the\s+following|request\s+access|ber\s+om|krever|krev|request|ask\s+for)(?![\p{L}]))[^\n]{0,80}:\s*$`,
  'iu',
);
const LIST_ITEM = /^[ \t]*(?:\d{1,2}[.)]|[a-h][.)]|[-•*·–])[ \t]+/u;
/** «Melding: », «Kommentar: », "Message: " (a web form's field), «Hei, », "Hello, ": not part of what is asked. */
const FIELD_LABEL_OR_GREETING =
  /^(?:(?:melding|meldinga|meldingen|kommentar|kommentarar|kommentarer|beskrivelse|beskriving|skildring|henvendelse|henvending|message|comment|comments|description|details|din\s+melding|your\s+message)\s*:\s*)?(?:(?:hei|hallo|hello|hi)\s*[,!]\s*)?/iu;

/** The items of the numbered or bulleted list right after sentence `i`, without their list mark and joining comma. */
function listItemsAfter(text: string, sentences: readonly Span[], i: number): Span[] {
  const items: Span[] = [];
  for (let k = i + 1; k < sentences.length; k++) {
    const item = sentences[k]!;
    const mark = LIST_ITEM.exec(text.slice(item.start, item.end));
    if (!mark) break;
    // «1) Leieavtalen sier at plassen er 3,0 m bred. Min nye båt er 3,15 m bred. Kan jeg …?»: an
    // item that opens with statements asks in its own sentences, found one by one like any other.
    const after = sentences[k + 1];
    if (
      /\.\s*$/.test(text.slice(item.start, item.end)) &&
      after &&
      !/\n/.test(text.slice(item.end, after.start)) &&
      !LIST_ITEM.test(text.slice(after.start, after.end))
    )
      break;
    const span = trimTrailingJoiner(text, { start: item.start + mark[0].length, end: item.end });
    const trimmed = trimSpan(text, span.start, span.end);
    if (trimmed) items.push(trimmed);
  }
  return items;
}

const SUBJECT_PREFIX = /^(?:(?:sv|re|vs|fw|fwd|aw|tr)\s*:\s*)+/iu;

/** Folds line breaks of a wrapped question into spaces. */
function flat(text: string): string {
  return text.replace(/\s*\n[ \t>]*/g, ' ').trim();
}

/**
 * The questions of the newest message in the inquiry, in order. A question in the subject line
 * counts when the body does not ask it again.
 */
export function findQuestions(quoted: string): InquiryQuestion[] {
  // Text still quoted with ">" throughout: one level off, in place, so offsets stay.
  const inquiry = stripOneLevel(quoted);
  const parts = newestMessage(inquiry);
  const sentences = [parts.body, ...(parts.more ?? [])].flatMap((part) => sentencesOf(inquiry, part.start, part.end, QUESTION_OPENERS));
  const questions: InquiryQuestion[] = [];
  // Found once, on the first ask that needs them.
  let quotations: Span[] | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const span = sentences[i]!;
    const sentence = inquiry.slice(span.start, span.end);
    const next = sentences[i + 1] ? inquiry.slice(sentences[i + 1]!.start, sentences[i + 1]!.end) : undefined;
    // «Jeg ber om at kommunen:» over a numbered list: every item is an ask of its own.
    const items = LIST_INTRO.test(sentence) ? listItemsAfter(inquiry, sentences, i) : [];
    if (items.length > 0) {
      const topic: QuestionTopic | undefined =
        ASKS_FOR_DOCUMENT.test(sentence) || /(?<![\p{L}])(?:access|documents?|dokument\p{L}*)(?![\p{L}])/iu.test(sentence) ? 'document' : undefined;
      for (const item of items) {
        // «… om kor mange som står på venteliste, og kor lang ventetida er»: an item may ask two
        // things; its head asks by being an item, even where it would not open an ask alone.
        const asks = asksIn(inquiry, item);
        if (asks[0]!.start > item.start) {
          const head = trimSpan(inquiry, item.start, asks[0]!.start);
          if (head) asks.unshift(trimTrailingJoiner(inquiry, head));
        }
        for (const ask of asks) {
          const text = flat(inquiry.slice(ask.start, ask.end));
          questions.push({ start: ask.start, end: ask.end, text, topic: topic ?? topicOf(questionCore(text)) });
        }
      }
      i += items.length;
      continue;
    }
    if (!asksSomething(sentence, next)) continue;
    for (const found of asksIn(inquiry, span)) {
      // A list item's mark («2) », «– ») is not part of the question.
      const mark = LIST_ITEM.exec(inquiry.slice(found.start, found.end));
      let ask = mark ? { start: found.start + mark[0].length, end: found.end } : found;
      // Nor is a web form's field label («Melding: »), or a greeting before the ask («Hei, kan …»).
      const lead = FIELD_LABEL_OR_GREETING.exec(inquiry.slice(ask.start, ask.end));
      if (lead && ask.end - ask.start - lead[0].length >= 4) ask = { start: ask.start + lead[0].length, end: ask.end };
      // «… fikk regning for hele vinteren. lurer også på om …»: written without capitals, the
      // sentence before the ask was not split off.
      ask = askAfterLastStop(inquiry, ask, true) ?? ask;
      const text = flat(inquiry.slice(ask.start, ask.end));
      if (isRhetorical(text) || isLeadIn(text)) continue;
      // «Hvem skal jeg ringe? Politiet eller brannvesenet?»: the options of the question just asked, not a question of their own.
      if (
        OPTIONS_ONLY.test(text) &&
        !ASKING_WORD.test(text) &&
        questions.length > 0 &&
        ask.start === span.start &&
        i > 0 &&
        questions[questions.length - 1]!.end >= sentences[i - 1]!.start
      )
        continue;
      if (insideQuotation(inquiry, (quotations ??= quotationsIn(inquiry)), ask)) continue;
      const question: InquiryQuestion = { start: ask.start, end: ask.end, text, topic: topicOf(questionCore(text)) };
      // «Stemmer det?», "Is that right?": asks about the sentence before it, which says what.
      const previous = i > 0 ? sentences[i - 1] : undefined;
      const core = questionCore(text).replace(/[?.!\s]+$/u, '');
      if (previous && ask.start === span.start && (SHORT_WHOLE_QUESTION.test(core) || ENDS_ON_A_PRONOUN.test(core))) {
        // «… fikk et brev om områderegulering. Jeg forstår ingenting av det. Hva betyr det?»: a
        // sentence before that itself ends on «det» names nothing; the one before it does.
        const before = i > 1 && ENDS_ON_A_PRONOUN_SENTENCE.test(inquiry.slice(previous.start, previous.end)) ? sentences[i - 2]! : previous;
        question.context = flat(inquiry.slice(before.start, previous.end));
      }
      questions.push(question);
    }
  }
  const subject = parts.subject;
  if (subject) {
    const prefix = SUBJECT_PREFIX.exec(subject.text)?.[0].length ?? 0;
    const span = trimSpan(inquiry, subject.start + prefix, subject.end);
    if (span) {
      const text = inquiry.slice(span.start, span.end);
      if (asksSomething(text, undefined) && !askedAgain(text, questions) && !(questions.length > 0 && topicLabel(text))) {
        questions.unshift({ start: span.start, end: span.end, text, topic: topicOf(questionCore(text)), subject: true });
      }
    }
  }
  return questions;
}

function stripOneLevel(text: string): string {
  // The first line of the message (after its header) decides: quoted, so all of it is.
  const first = text.split('\n').find((l) => l.trim() !== '' && !HEADER_FIELD.test(l) && !SEPARATOR.test(l) && !isAttribution(l));
  if (!first || !/^[ \t]*>/.test(first)) return text;
  return text.replace(/^([ \t]*)>[ \t]?/gm, (m) => ' '.repeat(m.length));
}

function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 6)));
}

/** «Politiet eller brannvesenet?», "Email or post?": two options and nothing else (no word that asks: ASKING_WORD). */
const OPTIONS_ONLY = /^[\s"«]*(?:\p{L}+\s){0,2}\p{L}+\s(?:eller|or)\s(?:\p{L}+\s){0,2}\p{L}+\s*\?+\s*$/iu;

/** A question word or a verb that asks: «Kan eg få …?», "When …?", «Er det …?». */
const ASKING_WORD =
  /(?<![\p{L}])(?:hva|kva|hvem|kven|hvor|kvar|kor|når|hvorfor|kvifor|korleis|hvordan|hvilke|hvilken|kva\s+tid|what|when|where|who|why|how|which|kan|kunne|må|får|fikk|fekk|er|var|har|hadde|skal|vil|blir|vert|gjelder|gjeld|finnes|fins|finst|trenger|treng|can|could|do|does|did|is|are|was|were|will|would|may|must|should|has|have)(?![\p{L}])/iu;
/** «gratis busskort???», «Bustøtte for student?»: a subject that only names the topic, with no word that asks (a title over the body's own questions). */
function topicLabel(subject: string): boolean {
  return subject.split(/\s+/u).filter(Boolean).length <= 4 && !ASKING_WORD.test(subject);
}

/** The body asks the subject's question again: the body's question is the one to answer. */
function askedAgain(subject: string, questions: readonly InquiryQuestion[]): boolean {
  const words = contentWords(subject);
  // «Purring - kan jeg få utsettelse?»: a label before the dash, then an ask of one word of its own.
  const ask = subject.match(/^[^?]*?\s[-–:]\s+(?=\p{L})(.*)$/u)?.[1];
  const oneWordAsk = words.size === 1 || (ask !== undefined && contentWords(ask).size === 1);
  if (words.size === 0) return questions.length > 0;
  return questions.some((q) => {
    const other = contentWords(q.text);
    let shared = 0;
    for (const w of words) if (other.has(w)) shared++;
    if (shared / words.size >= 0.5 && ((q.topic === topicOf(subject) && (shared >= 2 || oneWordAsk)) || shared >= 2)) return true;
    // "Når kommer vedtaket?" over "Når får jeg svar på søknaden?": the same thing asked twice.
    const topic = topicOf(questionCore(subject));
    return topic === q.topic && topic !== 'what' && topic !== 'yes-no';
  });
}
