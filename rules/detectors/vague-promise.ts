// A promise of action without a time: "vi kommer tilbake til deg om litt", "du vil høyre frå oss
// etter kvart", "we will get back to you in due course". A word list catches the stock phrases
// (frist.vag-tid); this finds the structure instead — a clause where we (or a case, passively)
// promise to act or the reader is told they will hear from us — and then asks what time it gives:
//   - a concrete date (rules/time/find-dates), a duration ("i løpet av tre uker", "within 10
//     working days") or an anchor ("i morgen", "after that", a month or weekday): fine;
//   - a vague temporal adverbial ("om litt", "snart", "innan rimeleg tid", "in due course",
//     "as soon as …"): reported at the adverbial, whatever words the promise itself uses;
//   - no time at all: reported at the promise, as a suggestion, only when the reply promises no
//     date or duration anywhere, and the sentence is not conditional ("Hvis vi trenger mer, tar
//     vi kontakt" promises nothing yet) or negated.
// It runs last and steps aside where another deadline rule already reported the same span, so the
// stock phrases keep their own wording and a span is never reported twice.
import type { RuleLanguage } from '../ids.ts';
import { sentenceAt, startsOfWords, type TextAnalysis } from '../text/analysis.ts';
import type { Detector, DetectorHit } from './types.ts';
import { statesDuration } from './unanswered-when.ts';
import { monthNameAlternation } from '../calendar/names.ts';
import { withFirstCharLookahead } from '../engine/first-chars.ts';
import { NOT_AFTER_LETTER_OR_DIGIT, withFastWordStarts } from '../engine/word-start.ts';
import { everyMatch, matchesAtStarts } from '../engine/pattern-first-words.ts';

// «(?<![\p{L}\p{N}])» in the form V8 tests fast on a two-byte reply (word-start.ts).
const B = NOT_AFTER_LETTER_OR_DIGIT;
const E = String.raw`(?![\p{L}\p{N}])`;

interface LanguageWords {
  /** Clauses that promise action or contact; sticky, tried only where a word of `firstWords` starts. */
  promise: RegExp;
  /** Every word a promise clause can start with: one hash lookup per word decides where to try. */
  firstWords: ReadonlySet<string>;
  /** Vague temporal adverbials. */
  vague: RegExp;
  /** Anchors that make a promise concrete enough besides dates and durations. */
  anchor: RegExp;
  /** The promise depends on something that may not happen. */
  conditional: RegExp;
  /**
   * A time given only as an event: "når vurderinga er gjennomført", "etter at kartlegginga er
   * ferdigstilt", "when we have heard from them". Up to the end of its clause.
   */
  event: RegExp;
  /** The event is the citizen's own step ("når du har sendt …", "once you have …"): its subject is the reader, or it waits for something from them. A condition, not a vague time. */
  citizen: RegExp;
  negation: RegExp;
  /** A promise of action by any actor (a bare one is reported only as a suggestion, like the listed ones). */
  generic: RegExp;
  /** The sentence looks ahead: a vague time in it is a vague promise whoever acts. */
  ahead: RegExp;
  /** The words every `ahead` match starts with, when it always starts with a word (pattern-first-words.ts). */
  aheadWords?: readonly string[];
  /** Vague times beyond the promise lists' own. */
  extraVague: RegExp;
  /** A season or a holiday made vaguer still («ein gong i vår», «på nyåret», "at some point after Christmas"): vague though a date finder reads a day into it. */
  approximate: RegExp;
  /** An instruction to the reader: their own timing is theirs to choose. */
  readerTold: RegExp;
}

const MONTHS_NO = monthNameAlternation('no');
const WEEKDAYS_NO = 'mandag|måndag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag';
const MONTHS_EN = monthNameAlternation('en');
const WEEKDAYS_EN = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

const ANCHOR_NO = new RegExp(
  `${B}(?:i\\s+dag|i\\s+morgen|i\\s+morgon|i\\s+kveld|i\\s+ettermiddag|neste\\s+(?:uke|veke|måned|månad)|denne\\s+(?:uka|uken|veka|måneden|månaden)|i\\s+(?:uke|veke)\\s+\\d+|(?:samme|same)\\s+dag|(?:den\\s+)?(?:første|fyrste)\\s+(?:dagen|morgenen|morgonen)|etter\\s+det(?:te)?|deretter|da|då|(?:${MONTHS_NO})|(?:${WEEKDAYS_NO})(?:en)?|jul(?:a|en)?|påske(?:n)?|nyttår|sommerferien|sommarferien|(?:fra|frå)\\s+(?:nå|no)\\s+av|(?:hver|kvar)\\s+(?:\\p{L}+\\s+)?dag|mens\\s+du\\s+venter|medan\\s+du\\s+ventar)${E}`,
  'iu',
);

// Subjects that make the office the actor: "vi", "jeg", "kommunen", "saksbehandleren din",
// «noen fra kontoret», «en av inspektørene våre» …
// «man»/«ein» before a modal is the office in impersonal style («Ein vil kome tilbake …»).
const SUBJECT_NB = String.raw`(?:vi|jeg|man(?=\s+(?:vil|skal|kommer))|noen(?=\s+(?:vil|skal|kommer)\s)|kommunen|saksbehandleren(?:\s+din)?|noen\s+(?:fra|hos)\s+(?:oss|\p{L}{3,}(?:en|et|a))|en\s+av\s+(?:oss|\p{L}{3,}ene(?:\s+våre)?)|en\s+saksbehandler)`;
const SUBJECT_NN = String.raw`(?:vi|me|eg|ein(?=\s+(?:vil|skal|kjem))|nokon(?=\s+(?:vil|skal|kjem)\s)|kommunen|sakshandsamaren(?:\s+din)?|nokon\s+(?:frå|hjå)\s+(?:oss|\p{L}{3,}(?:en|et|a))|ein\s+av\s+(?:oss|\p{L}{3,}(?:ene|ane)(?:\s+våre|\s+vår)?)|ein\s+sakshandsamar)`;
// Contact and answer, in the present (used for the future in Norwegian) or after a modal.
const CONTACT_NB = String.raw`(?:komme[r]?\s+tilbake(?:\s+til\s+deg)?|ta[r]?\s+kontakt(?:\s+med\s+deg)?|kontakte[r]?\s+deg|gi[r]?\s+(?:deg\s+)?(?:beskjed|svar|et\s+svar|tilbakemelding|en\s+tilbakemelding|lyd)|svare[r]?\s+(?:deg|på)|sende[r]?\s+deg\s+(?:et\s+|en\s+|nytt\s+)?(?:svar|vedtak|brev|beskjed|melding|tilbakemelding|oppdatering)|ringe[r]?\s+deg|melde[r]?\s+(?:fra|tilbake)|si(?:er)?\s+(?:ifra|fra|i\s+fra))`;
const CONTACT_NN = String.raw`(?:kjem\s+(?:tilbake|attende)(?:\s+til\s+deg)?|kom(?:m)?e\s+(?:tilbake|attende)(?:\s+til\s+deg)?|tek\s+kontakt(?:\s+med\s+deg)?|ta\s+kontakt(?:\s+med\s+deg)?|kontaktar\s+deg|kontakte\s+deg|gjev\s+(?:deg\s+)?(?:beskjed|svar|tilbakemelding|lyd)|gje\s+(?:deg\s+)?(?:beskjed|svar|tilbakemelding|lyd)|gi[r]?\s+(?:deg\s+)?(?:beskjed|svar|tilbakemelding|lyd)|svarar\s+(?:deg|på)|svare\s+(?:deg|på)|sende[r]?\s+deg\s+(?:eit\s+|ei\s+|ein\s+)?(?:svar|vedtak|brev|beskjed|melding|tilbakemelding)|ringje[r]?\s+deg|melde[r]?\s+(?:frå|tilbake)|meld\s+frå|sei(?:er|e)?\s+(?:ifrå|frå|i\s+frå))`;
// Work on the case: only after a modal ("vi skal se på saken"); in the present it describes a
// routine ("vi behandler søknadene i den rekkefølgen de kommer inn").
const WORK_NB = String.raw`(?:se\s+(?:nærmere\s+)?på|behandle|vurdere|følge\s+opp|undersøke|sjekke|ordne|fikse|reparere|rette\s+opp|erstatte|levere|hente|tømme)`;
const WORK_NN = String.raw`(?:sjå\s+(?:nærare\s+)?på|handsame|behandle|vurdere|følgje\s+opp|fylgje\s+opp|undersøkje|sjekke|ordne|fikse|reparere|rette\s+opp|erstatte|levere|hente|tømme)`;
// A past participle, roughly: "behandlet", "sett", "foretatt", "handsama", "tømd", "teke".
const PARTICIPLE_NO = String.raw`\p{L}{2,}(?:et|t|d|a|e)`;
const MODAL_NB = String.raw`(?:kommer\s+til\s+å|skal|vil)`;
const MODAL_NN = String.raw`(?:kjem\s+til\s+å|skal|vil)`;
const FILLER = String.raw`(?:\s+(?:nok|også|derfor|altså|da|så|snart|straks|deretter|dermed|òg|difor|likevel|først|fyrst))?`;
const CASE_NB = String.raw`(?:saken|søknaden|klagen|henvendelsen|forespørselen|meldingen)`;
const CASE_NN = String.raw`(?:saka|søknaden|klaga|førespurnaden|meldinga|henvendinga)`;

// A second verb after «og» in the office's sentence: «Vi ser på saken og gir lyd». The words
// between are the office's own (no «at», «du» or condition that would make the citizen act).
const COORDINATED_NB = String.raw`(?:\s+(?!(?:at|om|du|dere|de|deg|dem|hvis|dersom|når|som|ikke)${E})\p{L}+){1,5}\s+og`;
const COORDINATED_NN = String.raw`(?:\s+(?!(?:at|om|du|de|dykk|deg|hvis|viss|dersom|når|som|ikkje)${E})\p{L}+){1,5}\s+og`;

const PROMISE_NB = new RegExp(
  [
    `${B}${SUBJECT_NB}${FILLER}\\s+(?:${MODAL_NB}${FILLER}\\s+)?${CONTACT_NB}${E}`,
    `${B}${SUBJECT_NB}${FILLER}\\s+${MODAL_NB}${FILLER}\\s+${WORK_NB}${E}`,
    `${B}${SUBJECT_NB}${COORDINATED_NB}\\s+${CONTACT_NB}${E}`,
    // V2 order after an adverbial: "Da tar vi kontakt", "Derfor vil vi se på saken".
    `${B}(?:kommer\\s+(?:vi|jeg)\\s+tilbake|tar\\s+(?:vi|jeg)\\s+kontakt|gir\\s+(?:vi|jeg)\\s+(?:deg\\s+)?(?:beskjed|svar)|sender\\s+(?:vi|jeg)\\s+deg|(?:skal|vil)\\s+vi\\s+${WORK_NB}|får\\s+du\\s+(?:et\\s+|en\\s+)?(?:svar|beskjed|melding|tilbakemelding|vedtak)|hører\\s+du\\s+fra\\s+(?:oss|meg))${E}`,
    `${B}(?:du|dere)\\s+(?:vil\\s+)?(?:få|får)\\s+(?:et\\s+|en\\s+|nytt\\s+)?(?:svar|vedtak|beskjed|melding|tilbakemelding|brev|oppdatering|avklaring|tilbud)${E}`,
    `${B}(?:du|dere)\\s+(?:vil\\s+|får\\s+)?(?:(?:eventuelt|nok|da|så)\\s+)?(?:høre|hører)\\s+(?:fra|mer\\s+fra)\\s+(?:oss|meg)${E}`,
    `${B}du\\s+(?:vil\\s+bli|blir)\\s+(?:kontaktet|oppringt|ringt\\s+opp|varslet|informert)${E}`,
    `${B}${CASE_NB}\\s+(?:vil\\s+bli|blir|skal|skal\\s+bli)\\s+(?:behandlet|vurdert|fulgt\\s+opp|sett\\s+på)${E}`,
    // A future passive promises the office will act, whatever its subject: "vil bli sett på",
    // "Korrigering vil bli foretatt", "vil saken bli tatt opp".
    `${B}(?:vil|skal)(?:\\s+(?!bli${E})\\p{L}+){0,2}\\s+bli\\s+${PARTICIPLE_NO}${E}`,
    // V2 in the present after "så"/"da": "så behandler vi kravet", "da ser vi på saken".
    `${B}(?:så|da)\\s+(?:behandler|vurderer|ser|følger|sjekker|ordner|tar|sender|svarer)\\s+(?:vi|jeg)${E}`,
  ].join('|'),
  'iuy',
);

const PROMISE_NN = new RegExp(
  [
    `${B}${SUBJECT_NN}${FILLER}\\s+(?:${MODAL_NN}${FILLER}\\s+)?${CONTACT_NN}${E}`,
    `${B}${SUBJECT_NN}${FILLER}\\s+${MODAL_NN}${FILLER}\\s+${WORK_NN}${E}`,
    `${B}${SUBJECT_NN}${COORDINATED_NN}\\s+${CONTACT_NN}${E}`,
    `${B}(?:kjem\\s+(?:vi|me|eg)\\s+(?:tilbake|attende)|tek\\s+(?:vi|me|eg)\\s+kontakt|gjev\\s+(?:vi|me|eg)\\s+(?:deg\\s+)?(?:beskjed|svar)|sender\\s+(?:vi|me|eg)\\s+deg|(?:skal|vil)\\s+(?:vi|me)\\s+${WORK_NN}|får\\s+du\\s+(?:eit\\s+|ei\\s+|ein\\s+)?(?:svar|beskjed|melding|tilbakemelding|vedtak)|høyrer\\s+du\\s+frå\\s+(?:oss|meg))${E}`,
    `${B}(?:du|de|dykk)\\s+(?:vil\\s+)?(?:få|får)\\s+(?:eit\\s+|ei\\s+|ein\\s+|nytt\\s+)?(?:svar|vedtak|beskjed|melding|tilbakemelding|brev|oppdatering|avklaring|tilbod)${E}`,
    `${B}(?:du|de|dykk)\\s+(?:vil\\s+|får\\s+)?(?:(?:då|da|så|eventuelt|nok)\\s+)?(?:høyre|høyrer)\\s+(?:frå|meir\\s+frå)\\s+(?:oss|meg)${E}`,
    `${B}du\\s+(?:vil\\s+bli|blir|vert|vil\\s+verte)\\s+(?:kontakta|kontaktet|oppringd|ringd\\s+opp|varsla|informert)${E}`,
    `${B}${CASE_NN}\\s+(?:vil\\s+bli|blir|vert|skal|skal\\s+bli|vil\\s+verte)\\s+(?:handsama|behandla|vurdert|følgd\\s+opp|fylgd\\s+opp)${E}`,
    `${B}(?:vil|skal)(?:\\s+(?!bli${E}|verte${E})\\p{L}+){0,2}\\s+(?:bli|verte)\\s+${PARTICIPLE_NO}${E}`,
    `${B}(?:så|då|da)\\s+(?:handsamar|behandlar|vurderer|ser|følgjer|fylgjer|sjekkar|ordnar|tek|sender|svarar)\\s+(?:vi|me|eg)${E}`,
  ].join('|'),
  'iuy',
);

const SUBJECT_EN = String.raw`(?:we|i|someone|somebody|a\s+caseworker|a\s+colleague|our\s+team|the\s+team|the\s+council|the\s+municipality|(?:your|the)\s+(?:caseworker|case\s+officer|contact\s+person|adviser|advisor))`;
const FUTURE_EN = String.raw`(?:\s+will|['’]ll|\s+shall|\s+(?:are|am|is)\s+going\s+to|\s+aim\s+to|\s+intend\s+to|\s+plan\s+to|\s+expect\s+to|\s+hope\s+to)`;
const ACTION_EN = String.raw`(?:get\s+back\s+to\s+you|come\s+back\s+to\s+you|contact\s+you|reach\s+out(?:\s+to\s+you)?|revert(?:\s+to\s+you)?|be\s+in\s+touch|get\s+in\s+touch|let\s+you\s+know|reply|respond|answer\s+you|write\s+to\s+you|call\s+you|update\s+you|send\s+you(?:\s+(?:a|an|our|the))?\s+(?:reply|answer|response|decision|letter|update|confirmation|message)|look\s+(?:into|at)|review|process|consider|assess|deal\s+with|follow\s+(?:it\s+|this\s+|that\s+)?up|investigate|check|fix|repair|replace|collect|deliver)`;
const PROMISE_EN = new RegExp(
  [
    `${B}${SUBJECT_EN}${FUTURE_EN}(?:\\s+(?:also|then|therefore|now))?\\s+${ACTION_EN}${E}`,
    `${B}you(?:\\s+will|['’]ll|\\s+are\\s+going\\s+to)\\s+(?:hear\\s+(?:from\\s+(?:us|me)|back(?:\\s+from\\s+(?:us|me))?)|(?:get|receive)(?:\\s+(?:a|an|our|the))?\\s+(?:reply|answer|response|decision|letter|update|confirmation|call|message))${E}`,
    `${B}you\\s+will\\s+be\\s+(?:contacted|notified|informed|called|updated)${E}`,
    `${B}your\\s+(?:case|application|complaint|request|inquiry|enquiry|query)\\s+will\\s+be\\s+(?:processed|handled|reviewed|considered|assessed|dealt\\s+with|looked\\s+at|followed\\s+up)${E}`,
    // A future passive promises the office will act: "will be communicated", "it will be emptied".
    `${B}will(?:\\s+(?:then|also|only|not))?\\s+be\\s+(?:\\p{L}{2,}ed|sent|done|taken|seen|given|made|dealt\\s+with|looked\\s+at)${E}`,
  ].join('|'),
  'iuy',
);

// "Within reasonable time" and its kin name a time without a length: «innen rimelig tid», «i løpet
// av ei tid», «innan kort tid».
/** «om litt», but not «(ber om) litt forståelse/hjelp/tid»: what is asked for is no time. */
const IN_A_LITTLE_WHILE_NO = String.raw`om\s+litt(?!\s+(?:forståelse|forståing|tålmodighet|tolmod|hjelp|tid|meir|mer|informasjon|info)${E})`;
const REASONABLE_TIME_NO = String.raw`(?:innen|innan|i\s+løpet\s+av)\s+(?:rimelig|rimeleg|kort|passende|passande|akseptabel|forsvarlig|forsvarleg|overskuelig|overskueleg)\s+tid|(?:om|i\s+løpet\s+av|innen|innan)\s+(?:en|ei|ein)\s+(?:tid|stund)`;

// The Norwegian vague times and the "looks ahead" words are tested on every sentence, and V8
// tries them at every character of one (their many first letters defeat its skip-ahead): a
// lookahead of the first letters makes them several times faster (first-chars.ts). Measured one
// by one: on the other patterns here V8's own skip-ahead is faster, so they are left as they are.
const VAGUE_NB = withFirstCharLookahead(
  new RegExp(
    `${B}(?:i\\s+god\\s+tid|etter\\s*hvert(?!\\s+som${E})|${IN_A_LITTLE_WHILE_NO}|om\\s+(?:en|ei)\\s+stund|i\\s+løpet\\s+av\\s+kort\\s+tid|innen\\s+kort\\s+tid|om\\s+kort\\s+tid|snarest(?:\\s+mulig)?|så\\s+(?:snart|fort|raskt)(?:\\s+som\\s+(?:mulig|råd))?|snart|innen\\s+rimelig\\s+tid|i\\s+nær(?:meste)?\\s+fremtid|på\\s+et\\s+senere\\s+tidspunkt|senere|seinere|med\\s+det\\s+første|ved\\s+anledning|når\\s+vi\\s+(?:får|har)\\s+(?:tid|kapasitet|anledning)|(?:om|i\\s+løpet\\s+av|innen)\\s+(?:noen|et\\s+par|få)\\s+(?:dager|uker|måneder)|i\\s+løpet\\s+av\\s+(?:den\\s+)?nærmeste\\s+tid(?:en)?|i\\s+tiden\\s+som\\s+kommer|i\\s+nærmeste\\s+framtid|${REASONABLE_TIME_NO}|om\\s+ikke\\s+(?:(?:alt\\s+for|altfor|så\\s+altfor|så)\\s+)?lenge|før\\s+lenge|i\\s+etterkant(?!\\s+av${E})|på\\s+(?:sikt|lengre\\s+sikt|lang\\s+sikt)|ved\\s+behov|etter\\s+behov)${E}`,
    'iu',
  ),
);
const VAGUE_NN = withFirstCharLookahead(
  new RegExp(
    `${B}(?:i\\s+god\\s+tid|etter\\s*kvart(?!\\s+som${E})|${IN_A_LITTLE_WHILE_NO}|om\\s+(?:ei|ein)\\s+stund|i\\s+løpet\\s+av\\s+kort\\s+tid|innan\\s+kort\\s+tid|om\\s+kort\\s+tid|snarast(?:\\s+mogleg)?|så\\s+(?:snart|fort|raskt)(?:\\s+som\\s+(?:mogleg|råd))?|snart|innan\\s+rimeleg\\s+tid|i\\s+nær\\s+framtid|på\\s+eit\\s+seinare\\s+tidspunkt|seinare|med\\s+det\\s+(?:første|fyrste)|ved\\s+høve|når\\s+(?:vi|me)\\s+(?:får|har)\\s+(?:tid|kapasitet|høve)|(?:om|i\\s+løpet\\s+av|innan)\\s+(?:nokre|eit\\s+par|få)\\s+(?:dagar|veker|månader)|i\\s+løpet\\s+av\\s+(?:den\\s+)?nærmaste\\s+tida?|i\\s+løpet\\s+av\\s+dei\\s+(?:neste|nærmaste|komande)\\s+(?:dagane|vekene|månadene)|i\\s+tida\\s+som\\s+kjem|${REASONABLE_TIME_NO}|om\\s+ikkje\\s+(?:(?:alt\\s+for|altfor|så\\s+altfor|så)\\s+)?lenge|før\\s+lenge|i\\s+etterkant(?!\\s+av${E})|på\\s+(?:sikt|lengre\\s+sikt|lang\\s+sikt)|ved\\s+behov|etter\\s+behov)${E}`,
    'iu',
  ),
);
const VAGUE_EN = new RegExp(
  `${B}(?:as\\s+soon\\s+as(?:\\s+possible|\\s+we\\s+can)?|asap|in\\s+good\\s+time|shortly|soon(?:ish)?|in\\s+due\\s+course|in\\s+the\\s+near\\s+future|at\\s+a\\s+later\\s+(?:date|stage|point)|later(?!\\s+than${E})|at\\s+some\\s+point|in\\s+a\\s+(?:while|bit)|before\\s+long|eventually|in\\s+the\\s+coming\\s+(?:days|weeks|months)|at\\s+the\\s+earliest\\s+opportunity|as\\s+quickly\\s+as\\s+possible|promptly|in\\s+due\\s+time|at\\s+(?:our|your)\\s+earliest\\s+convenience|(?:in|within)\\s+(?:the\\s+next\\s+few|a\\s+few)\\s+(?:days|weeks|months)|over\\s+the\\s+coming\\s+(?:days|weeks|months)|when\\s+(?:we|I)\\s+(?:can|have\\s+(?:time|capacity))|whenever\\s+(?:\\p{L}+\\s+)?gets?\\s+round\\s+to\\s+it|(?:within|in)\\s+(?:a\\s+)?(?:reasonable|short|suitable|appropriate|acceptable|timely)\\s+(?:time|period|timeframe|time\\s+frame)|before\\s+(?:too|very)\\s+long|(?:in|within)\\s+a\\s+little\\s+while|in\\s+the\\s+(?:long|longer)\\s+(?:run|term)|without\\s+(?:undue|unnecessary|unreasonable)\\s+delay|in\\s+a\\s+timely\\s+(?:manner|fashion)|as\\s+(?:needed|necessary|required))${E}`,
  'iu',
);

const ANCHOR_EN = new RegExp(
  `${B}(?:today|tomorrow|tonight|this\\s+(?:week|afternoon|evening|month)|next\\s+(?:week|month)|in\\s+week\\s+\\d+|(?:the\\s+)?same\\s+day|(?:on\\s+)?(?:the|your)\\s+first\\s+(?:day|morning|visit)|after\\s+that|(?:${MONTHS_EN})|(?:${WEEKDAYS_EN})|christmas|easter|the\\s+new\\s+year|from\\s+now\\s+on|(?:on\\s+)?(?:every|each)\\s+(?:[\\p{L}-]+\\s+)?day|while\\s+you\\s+wait|on\\s+the\\s+spot)${E}`,
  'iu',
);

// Any actor of the office, not only "vi" and the listed ones: a definite noun ("sykehjemslegen",
// "leiaren min") or a name — not "de"/"they", another body whose timing we cannot promise — followed by a future or modal and a verb of doing. Statives after the
// modal ("vil koste", "skal være", "vil gjerne") are no promise of action.
const ACTOR_NO = String.raw`(?:vi|me|jeg|eg|kommunen|etaten|\p{L}{3,}(?:en|et|a|ane|ene|ren|aren|eren)(?:\s+(?:min|mi|mitt|vår|vårt|vår|din|di|ditt))?)`;
// «etter lova skal ein/man bruke …»: the generic pronoun after the modal is the subject, and the sentence a norm.
const STATIVE_NO = String.raw`(?:man|ein|heller|helst|bare|berre|kun|først|fyrst|være|vere|ha|sitte|sitje|ligge|liggje|stå|henge|hengje|uttrykke|uttrykkje|bli|verte|kunne|måtte|gjerne|ikke|ikkje|aldri|koste|kosta|gjelde|gjelda|bety|tyde|innebære|inneber|gi\s+deg\s+rett|få|trenge|trenga|dekke|dekka|omfatte|omfatta|vise|syne|fremgå|gå\s+fram|nok|samtidig|også|òg|påpeke|peike|minne|understreke|presisere|opplyse|informere|orientere|beklage|beklaga|takke|takka|anbefale|tilrå|oppfordre|be|nemne|nevne|legge\s+til|leggje\s+til|forklare|gjenta|likevel|derfor|difor|altså|da|då|så|snart|straks|deretter|dermed)`;
// Also after a first clause joined by «og»: «Vi har tatt det med oss og skal finne …».
/** «… hvordan graven skal stelles», «bestemmer om planen skal vedtas», "what the council will do": a clause that asks or describes, not a promise. */
const NOT_AFTER_QUESTION_WORD = String.raw`(?<!(?:hvordan|korleis|hva|kva|hvem|kven|hvor|kvar|hvilke|hvilken|hvorvidt|om|how|what|who|where|whether|which)\s+)`;
/** «Så kjekt at koret vil synge», «Hyggelig at håndballaget vil trene»: «vil» is what they want, told back with joy. */
const NOT_AFTER_GLAD_THAT = String.raw`(?<!(?:hyggelig|hyggeleg|kjekt|kjempekjekt|gøy|flott|fint|glad|glade|bra|artig|moro|spennende|spanande|koselig|koseleg|supert|kult)\s+at\s+)`;
const GENERIC_NO = new RegExp(
  `${B}${NOT_AFTER_QUESTION_WORD}${NOT_AFTER_GLAD_THAT}${ACTOR_NO}(?:${FILLER}|(?:\\s+(?!(?:at|om|du|de|deg|dem|hvis|viss|dersom|når|som)${E})\\p{L}+){1,5}\\s+og)\\s+(?:kommer\\s+til\\s+å|kjem\\s+til\\s+å|skal|vil)${FILLER}\\s+(?!${STATIVE_NO}${E})\\p{L}{2,}`,
  'iu',
);
// Case by hand: the flag "i" would let \p{Lu} match any word.
const ACTOR_EN = String.raw`(?:[Ww]e|I|[Tt]he\s+\p{L}+(?:\s+\p{L}+)?|[Yy]our\s+\p{L}+|[Oo]ur\s+\p{L}+|(?!(?:You|It|This|That|There|These|Those|They|He|She|We|I|If|When|Once|Please)${E})\p{Lu}\p{L}+)`;
const STATIVE_EN = String.raw`(?:be\s+(?:able|happy|glad|pleased|required|needed|necessary|free|valid|liable|charged|entitled)|be(?=\s+(?!\p{L}+(?:ed|ing)${E}))|have|need|cost|apply|mean|include|cover|depend|remain|not|never|also\s+need|find|see|receive|get|notice|like|want)`;
/** "We'll find you a slot", "I'll see what I can do", "we'll get it sorted": the verbs the generic pattern counts as stative, promised by the office. */
// "we will see you in Bergen again" is a courtesy, not a promise to look into anything.
const WE_WILL_SORT_EN = withFastWordStarts(/(?<![\p{L}])(?:[Ww]e|I)(?:\s+will|['’]ll|\s+shall)\s+(?:find|see(?!\s+you(?![\p{L}]))|get|sort)(?![\p{L}])/u);
/**
 * "They will contact you", «Dei skal ringje deg», "He'll pick it up again": another party's promise, by pronoun.
 * Counted only with an event as its only time (the bare promise by a pronoun is too often a description).
 */
const PRONOUN_WILL_EN = withFastWordStarts(
  /(?<![\p{L}])(?:[Tt]hey|[Hh]e|[Ss]he)(?:\s+will|['’]ll|\s+shall)\s+(?!(?:be|have|need|not|never|probably|want)(?![\p{L}]))\p{L}{2,}/u,
);
const PRONOUN_WILL_NO = withFastWordStarts(
  /(?<![\p{L}])(?:de|dei|han|hun|ho)\s+(?:vil|skal|kommer\s+til\s+å|kjem\s+til\s+å)\s+(?!(?:være|vere|ha|ikke|ikkje|nok|bli|verte|kanskje|gjerne|trenge|trenga)(?![\p{L}]))\p{L}{2,}/iu,
);
const GENERIC_EN = new RegExp(
  `${B}${NOT_AFTER_QUESTION_WORD}${ACTOR_EN}(?:\\s+will|['’]ll|\\s+shall|\\s+(?:are|is|am)\\s+going\\s+to)\\s+(?!${STATIVE_EN}${E})\\p{L}{2,}`,
  'u',
);

/**
 * A vague time is vague whoever acts: "så de tar det sikkert snart", "Hopefully they will have it
 * fixed soon", «Vi skal følgje med på det framover». Outside a listed promise it counts when the
 * sentence looks ahead (a future or modal, or a hedge that the thing will resolve itself) — not
 * in an instruction to the reader ("Søk så snart som mulig", "you should apply soon").
 */
/** The future or modal every GENERIC_NO / GENERIC_EN match holds (same flags as each). */
const GENERIC_HINT_NO = /kommer\s+til|kjem\s+til|skal|vil/iu;
const GENERIC_HINT_EN = /will|['’]ll|shall|going\s+to/u;

/** words.generic in a sentence, tried only where its future or modal stands (a present-tense promise has none). */
function genericPromise(body: string, language: RuleLanguage, words: LanguageWords): RegExpExecArray | null {
  return (language === 'eng' ? GENERIC_HINT_EN : GENERIC_HINT_NO).test(body) ? words.generic.exec(body) : null;
}

const AHEAD_NO = withFirstCharLookahead(
  new RegExp(
    `${B}(?:skal|vil|kommer\\s+til\\s+å|kjem\\s+til\\s+å|(?<=\\p{L}(?:en|et|a|ene|ane)\\s)(?:kommer|kjem)|sikkert|nok|forhåpentligvis|forhåpentleg|vonleg|håper|håpar|regner\\s+med|reknar\\s+med|står\\s+på\\s+vent|ligg\\s+på\\s+vent|ligger\\s+på\\s+vent)${E}`,
    'iu',
  ),
);
/** AHEAD_NO's first words: each of its matches starts with one of them as a whole word. */
// biome-ignore format: a word list reads best packed
const AHEAD_NO_WORDS = ['skal', 'vil', 'kommer', 'kjem', 'sikkert', 'nok', 'forhåpentligvis', 'forhåpentleg', 'vonleg', 'håper', 'håpar', 'regner', 'reknar', 'står', 'ligg', 'ligger'];
const AHEAD_EN = new RegExp(`${B}(?:will|shall|going\\s+to|hopefully|probably|should\\s+be|expect|on\\s+hold)${E}|['’]ll${E}`, 'iu');
const EXTRA_VAGUE_NO = new RegExp(
  `${B}(?:inntil\\s+videre|inntil\\s+vidare|framover|fremover|i\\s+tida\\s+framover|i\\s+tiden\\s+fremover|litt\\s+seinare|litt\\s+senere|neste\\s+runde|(?<!(?:med|på|enda|endå|nok|bare|berre)\\s)(?:ein\\s+gong|en\\s+gang)(?!\\s+(?:til|i|per|om|hver|kvar|for\\s+alle|annenhver|annakvar))|etter\\s+kvart|etter\\s+hvert(?!\\s+som${E}))${E}`,
  'iu',
);
const EXTRA_VAGUE_EN = new RegExp(
  `${B}(?:until\\s+further\\s+notice|going\\s+forward|down\\s+the\\s+line|one\\s+of\\s+these\\s+days|sometime|some\\s+time)${E}`,
  'iu',
);
const SEASON_NO = String.raw`(?:våren|vår|hausten|haust|høsten|høst|sommaren|sommar|sommeren|sommer|vinteren|vinter|nyttår|nyåret|jul|jula|julen|påske|påska|påsken|${MONTHS_NO})`;
const APPROXIMATE_NO = new RegExp(
  `${B}(?:(?:ein|en)\\s+(?:gong|gang|dag)\\s+(?:i|etter|før|utpå|rundt|over|på)\\s+${SEASON_NO}|på\\s+nyåret|i\\s+løpet\\s+av\\s+(?:nyåret|våren|hausten|høsten|sommaren|sommeren|vinteren|jula|julen)|(?:rundt|omkring)\\s+(?:nyttår|jul|påske)|utpå\\s+(?:våren|hausten|høsten|sommaren|sommeren|vinteren|nyåret|${MONTHS_NO}))${E}`,
  'iu',
);
/**
 * «Vi ser på det.», «…, men vi ser på det.», «…, så ser vi på den.», «Vi ser på det, og …»: looking
 * at it, promised in the present tense with nothing after it — no time, no event, no next step.
 */
const SEE_TO_IT_NO =
  /(?:^\s*|,\s*(?:så|men|og)\s+|^\s*(?:så|men|og)\s+)((?:(?:vi|me|eg|jeg)\s+ser|ser\s+(?:vi|me|eg|jeg))\s+(?:nærmere\s+|nærare\s+|også\s+|òg\s+)?på\s+(?:det|den|dette|saken|saka|søknaden|klagen|klaga)(?:\s+(?:igjen|att|på\s+nytt))?)(?=\s*(?:[.!]|,\s*og\s|$))/iu;

/** Every SEE_TO_IT_NO match holds «ser» and a space: most sentences have none. */
const SEE_TO_IT_HINT = /ser\s/iu;

/** A bare «vi ser på det» in a sentence that gives no instruction and sets no condition (Norwegian only); group 1 is the promise. */
function seesToIt(body: string, language: RuleLanguage, words: LanguageWords): RegExpExecArray | null {
  return language !== 'eng' && SEE_TO_IT_HINT.test(body) && !words.readerTold.test(body) && !CONDITION_FIRST.test(body) ? SEE_TO_IT_NO.exec(body) : null;
}
/** "I'll keep this short", «Eg skal prøve å skrive enkelt», «Jeg skal forklare det kort», «Jeg skal svare på spørsmålene dine ett for ett»: the letter keeps it at once. */
const ABOUT_THIS_LETTER =
  /(?<![\p{L}])(?:(?:keep|make)\s+(?:this|it)\s+(?:short|brief|simple)|explain\s+(?:how|what|why|when|where|the|this|it)(?![\p{L}])|(?:skrive|skriva|forklare|forklara)\s+(?:det\s+)?(?:enkelt|kort|kortfatta|kortfattet|tydeleg|tydelig)|(?:svare|svara)\s+på\s+(?:spørsmålene|spørsmåla)(?:\s+(?:dine|dykkar|deres))?\s+(?:ett\s+for\s+ett|eitt\s+for\s+eitt|ett\s+av\s+gangen|eitt\s+om\s+gongen|i\s+tur\s+og\s+orden|punktvis|nedenfor|nedanfor)|answer\s+your\s+questions\s+(?:one\s+by\s+one|in\s+turn|in\s+order|below))(?![\p{L}])/iu;
const APPROXIMATE_EN = new RegExp(
  `${B}(?:(?:at\\s+some\\s+point|some\\s*time|one\\s+day)\\s+(?:after|before|in|during|around|over)\\s+(?:the\\s+)?(?:christmas|easter|new\\s+year|spring|summer|autumn|fall|winter|holidays|${MONTHS_EN})|(?:after|in)\\s+the\\s+new\\s+year|after\\s+new\\s+year)${E}`,
  'iu',
);
// "Tell us which language you prefer, and we will book one.", «Gi oss beskjed, så bestiller vi»: the reader's step sets the time.
const READER_TOLD_NO =
  /^(?:\s*(?:du|dere|dykk|de)\s+(?:må|bør|kan|skal|burde|trenger|treng)|\s*(?:søk|send|ring|ta|gi|meld|fyll|husk|kontakt|vent|sei|si|skriv)\s)/iu;
/**
 * «Send det som mangler så fort du kan», «Send rapporten så snart de har høve», "Please send it
 * soon": the reader asked to act by a time that is no date. Their own timing is theirs only when
 * nothing waits on it; asked to send, pay or correct, they need to know by when.
 */
const ASKED_SOON_NO = withFastWordStarts(
  /^\s*(?:(?:du|dere|dykk|de)\s+(?:må|bør)\s+)?(?:send|sende|lever|levere|betal|betale|rett|rette|fyll\s+ut|returner|ettersend|ettersende)(?![\p{L}])[^.!?\n]*?(?<![\p{L}])(så\s+(?:fort|snart|raskt)\s+(?:du|de|dere|dykk)\s+[^,.!?\n]{1,40}|snart)(?![\p{L}])/iu,
);
const ASKED_SOON_EN = withFastWordStarts(
  /^\s*(?:please\s+)?(?:(?:you|we)\s+(?:must|should|need\s+to)\s+)?(?:send|submit|pay|return|correct|complete|provide)(?![\p{L}])[^.!?\n]*?(?<![\p{L}])(soon|as\s+soon\s+as\s+you\s+(?:can|are\s+able)|at\s+your\s+earliest\s+convenience)(?![\p{L}])/iu,
);
const READER_TOLD_EN =
  /^(?:\s*(?:you|please)\s+(?:must|should|can|need|may|have\s+to|apply|send|call|contact|tell|let)|\s*(?:apply|send|call|contact|remember|fill|wait|tell|let\s+us\s+know|give|bring)\s)/iu;

/**
 * «etter hvert som forholdene på gravplassen tillater det», "as capacity permits": a time left to
 * conditions is vague whoever acts, and looks ahead by itself.
 */
const CONDITIONS_PERMIT = withFastWordStarts(
  /(?<![\p{L}])(?:(?:etter\s+(?:hvert|kvart)\s+som|når|as|when)\s+(?:the\s+)?(?:forholdene|tilhøva|været|vêret|kapasiteten|conditions|weather|capacity)(?:\s+\p{L}+){0,3}\s+(?:tillater|tillèt|tillet|allows?|permits?))(?![\p{L}])/iu,
);

/** "kl. 8", "at 8.30", "09:00": a time of day is a time. */
const CLOCK_TIME = withFastWordStarts(
  /(?<![\p{L}\p{N}])(?:kl\.?\s*\d{1,2}|klokka\s+\d{1,2}|klokken\s+\d{1,2}|at\s+\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?![\p{N}])|\d{1,2}[:.]\d{2}(?![\p{N}]))/iu,
);
const SOON_AS = withFastWordStarts(/(?<![\p{L}])(?:så\s+(?:snart|fort)|as\s+soon\s+as)(?![\p{L}])/iu);
/**
 * What the reader will receive: «Du får tilsendt …», «Ny time får de …», «Svar kjem …», «Pengane
 * kjem …», "You will get / receive …". The thing's coming is the promise, whoever sends it.
 */
const RECEIVES_NO = withFastWordStarts(
  /^[\s"«]*(?:(?:[^.!?\n]*?,\s*)?(?:så|da|då)\s+får\s+(?:du|de|dere|dykk)|(?:du|de|dere|dykk)\s+(?:får|vil\s+få|skal\s+få)|(?:[\p{L}]+\s+){1,3}?får\s+(?:du|de|dere|dykk)|(?:(?:ny|nytt|nye)\s+\p{L}+|svar(?:et)?|vedtak(?:et)?|beskjed|brev(?:et)?|pengane|pengene|refusjon(?:en)?|faktura(?:en)?|innkalling(?:a|en)?|avtal(?:en|a))\s+(?:kommer|kjem|vil\s+komme|vil\s+kome))(?![\p{L}])/iu,
);
const RECEIVES_EN = withFastWordStarts(
  /^[\s"«]*(?:you(?:\s+will|['’]ll|\s+are\s+going\s+to)\s+(?:get|receive|be\s+sent|be\s+given|be\s+offered|hear)|(?:a|an|the|your)\s+(?:new\s+)?\p{L}+\s+will\s+(?:come|arrive|follow|be\s+sent))(?![\p{L}])/iu,
);
/** «Du får SMS når boka er klar», "You will get a text when it arrives": a notice on the event is the next step itself. */
const NOTICE =
  /^\s*(?:(?:en|ei|ein|eit|et|a|an)\s+)?(?:sms|tekstmelding|varsel|varsling|melding|beskjed|e-?post|text|message|notification|e-?mail|reminder|påminning|påminnelse)(?![\p{L}])/iu;
/** The sentence opens with a condition ("Om du vil betale seinare, …"): nothing is promised. */
/** «… tilbake til deg om det i tida framover»: «om det» as "about it", not "if it". */
const ABOUT_IT = String.raw`\s*(?:[.,;!]|$|(?:i|på|seinare|senere|snart|etter|innan|innen|med|så\s+snart)\s)`;
const CONDITION_FIRST = /^\s*(?:hvis|dersom|om|viss|if|unless|should)\s/iu;
/** «Dukker den ikke opp, sender vi deg …», «Finn du boka, …»: a verb first and a comma make a condition. */
const CONDITION_V1 =
  /^[\s"«]*\p{L}+(?:er|ar|r)\s+(?:den|det|du|dere|de|dykk|han|hun|ho|vi|me|eg|jeg|dei|\p{L}+(?:en|et|a|ene|ane))(?![\p{L}])[^,.!?\n]{0,60},/iu;
/** "så snart vannet er trygt igjen", "as soon as the water is safe": the time is an event the reader will see. */
const EVENT_AFTER =
  /^(?:så\s+(?:snart|fort)|as\s+soon\s+as)\s+(?!(?:som\s+)?(?:mulig|mogleg|råd|possible|practicable|feasible|reasonably\s+possible|we\s+can|i\s+can|vi\s+kan|me\s+kan|eg\s+kan|jeg\s+kan)(?![\p{L}]))/iu;

/**
 * A time given as an event: "når vurderinga er gjennomført", "when your case comes up", or the
 * office's next round of work («i samband med neste gjennomgang», "at the next review") or its
 * ordinary course («ifm. ordinær saksgang»): the reader cannot see it coming.
 */
const EVENT_NO = new RegExp(
  `${B}(?:(?:når(?!\\s+det\\s+(?:gjelder|gjeld|kommer\\s+til|kjem\\s+til)${E})|etter\\s+at|først\\s+når|straks)\\s|(?:i\\s+samband\\s+med|i\\s+forbindelse\\s+med|ved|på)\\s+(?:den\\s+)?(?:neste|første|fyrste|kommende|komande)\\s+(?=\\p{L}*(?:gjennomgang|runde|møte|behandling|handsaming|revisjon|rullering|tildeling|opptak|prioritering|vurdering|oppdatering|ledig))|(?:i\\s+samband\\s+med|i\\s+forbindelse\\s+med|ifm\\.?)\\s+(?:den\\s+)?(?:ordinær|ordinære|vanlig|vanlege|vanleg|normal|normale)\\s+(?=\\p{L}*(?:saksgang|behandling|handsaming|prosess|rutine))|i\\s+(?:den|det)\\s+(?:videre|vidare)\\s+(?=\\p{L}*(?:prosess|behandling|handsaming|arbeid|saksgang)))[^,.;:!?\\n]+`,
  'iu',
);
const EVENT_EN = new RegExp(
  `${B}(?:(?:when(?!\\s+it\\s+comes\\s+to${E})|once|after)\\s|(?:in\\s+connection\\s+with|at|during)\\s+(?:the|our)\\s+next\\s+(?=(?:\\p{L}+\\s+)?(?:review|round|meeting|allocation|intake|update|assessment)))[^,.;:!?\\n]+`,
  'iu',
);
/**
 * A bare passive of the office's own work and nothing else («Merknaden vert vurdert.», "Your
 * comments will be considered."): a promise with no time and no next step, however short.
 */
const PASSIVE_AUX = String.raw`(?:vert|blir|vil\s+bli|vil\s+verte|skal\s+bli|will\s+be|is\s+being|are\s+being)`;
const WORK_PARTICIPLE = String.raw`(?:nærmare\s+|nærmere\s+|further\s+|carefully\s+)?(?:vurdert|handsama|handsamt|behandla|behandlet|sett\s+på|følgt\s+opp|fylgt\s+opp|gått\s+gjennom|gjennomgått|undersøkt|besvart|svart\s+på|gitt|gjeve|tatt\s+opp|teke\s+opp|considered|reviewed|dealt\s+with|handled|assessed|looked\s+into|followed\s+up|processed|examined|answered|given)`;
/** «Når det gjelder …», «Hva gjelder …», "As for …": the words that name a sentence's topic first. */
const TOPIC_LEAD_WORDS = String.raw`(?:når\s+det\s+gjeld(?:er)?|hva\s+gjelder|kva\s+gjeld|angående|vedrørende|regarding|as\s+for|as\s+regards|with\s+regard\s+to)`;
/** «… vil denne bli behandlet» after a topic: the verb before its subject (V2). */
const V2_PASSIVE_AUX = String.raw`(?:vil|skal)\s+(?:denne|dette|den|det|disse|desse|dei|de|saken|saka|kravet|spørsmålet)\s+(?:bli|verte)`;
/** «… behandlet separat», "dealt with separately": how, not when — still no time. */
const SEPARATELY = String.raw`(?:\s+(?:separat|særskilt|for\s+seg|separately|individually|on\s+its\s+own))?`;
const BARE_WORK_PASSIVE = new RegExp(
  String.raw`^[\s"«]*(?:${TOPIC_LEAD_WORDS}\s[^,.!?\n]{1,100},\s*)?(?:(?:\p{L}+\s+){1,3}${PASSIVE_AUX}|${V2_PASSIVE_AUX})\s+${WORK_PARTICIPLE}${SEPARATELY}(?:\s+(?:og|and)\s+(?:\p{L}+\s+){1,3}${PASSIVE_AUX}\s+${WORK_PARTICIPLE}${SEPARATELY})?\s*[.!]?\s*$`,
  'iu',
);
/** "The invoice will be sent separately", «Kopien vil bli sendt i eget brev»: something to come, with no time. */
const SENT_SEPARATELY = new RegExp(
  String.raw`^[\s"«]*(?:\p{L}+\s+){1,5}${PASSIVE_AUX}\s+(?:sent|posted|forwarded|sendt|oversendt|ettersendt)\s+(?:separately|under\s+separate\s+cover|in\s+a\s+separate\s+(?:letter|email|e-mail)|separat|i\s+eget\s+brev|i\s+eige\s+brev)\s*[.!]?\s*$`,
  'iu',
);
/**
 * Sent on to someone else for their review, and nothing about when («Klagen er oversendt
 * fagansvarlig lege for gjennomgang», "Your complaint has been forwarded to the relevant
 * department", «Jeg har sendt beskjed videre»): the reader is left without a time.
 */
const FORWARDED = withFastWordStarts(
  /(?<![\p{L}])(?:saken|saka|klagen|klaga|søknaden|henvendelsen|henvendinga|meldingen|meldinga|innspillet|innspelet|merknaden|spørsmålet|forespørselen|førespurnaden|(?:your|the)\s+(?:complaint|request|application|case|matter|enquiry|inquiry|query|feedback|message|question))(?:\s+(?:din|di|ditt|dykkar|deres))?(?:\s+(?:om|about|regarding|concerning|angående|angåande|vedrørende)\s+[^.!?\n,]{1,50}?)?\s+(?:er|blir|vert|har\s+blitt|har\s+vorte|is|has\s+been|have\s+been)\s+(?:oversendt|oversend|videresendt|vidaresendt|sendt\s+videre|send\s+vidare|meldt\s+videre|meldt\s+vidare|forwarded|passed\s+on|referred)(?![\p{L}])[^.!?\n]*|(?<![\p{L}])(?:er|har)\s+(?:dette|det|saken|saka|klagen|klaga|feilen|(?:this|it)(?=\s+been))\s+(?:blitt\s+|vorte\s+|been\s+)?(?:oversendt|videresendt|vidaresendt|sendt\s+videre|send\s+vidare|meldt\s+videre|meldt\s+vidare|meldt\s+inn|forwarded|passed\s+on|reported)(?![\p{L}])[^.!?\n]*|(?<![\p{L}])(?:jeg|eg|vi|me)\s+har\s+(?:(?:for\s+ordens\s+skyld|også|òg|allerede|allereie|nå|no)\s+)?(?:sendt|send|meldt)\s+(?:beskjed|melding|klagen|klaga|saken|saka|det|dette|den)\s+(?:videre|vidare)(?![\p{L}])[^.!?\n]*/iu,
);

/** The words any FORWARDED match holds: the full pattern runs only on the few sentences that have one. */
const FORWARD_HINT = /oversend|videre|vidare|meldt|forward|passed\s+on|referred|reported/i;

/** A future or present passive of any subject («Spørsmålet om utsetjing vil bli vurdert …», «… og vert handsama …», "Your request will be reviewed …"). */
const FUTURE_PASSIVE_NO = withFastWordStarts(
  /(?<![\p{L}])(?:(?:vil|skal|kommer\s+til\s+å|kjem\s+til\s+å)(?:\s*,[^,.!?\n]{1,60},)?\s+(?:bli|verte)|vert|blir)\s+\p{L}{3,}(?:et|t|d|a|e)(?![\p{L}])/iu,
);
const FUTURE_PASSIVE_EN = withFastWordStarts(
  /(?<![\p{L}])(?:will|shall)\s+(?:then\s+)?be\s+(?:\p{L}{3,}(?:ed|en|t)|paid|made|held|told|sold|laid|done|put|set|cut|shut)(?![\p{L}])/iu,
);

// The per-sentence patterns below are tried on every sentence a promise did not decide. Each
// match holds a literal these hints look for (under the same flags), so a sentence without one is
// passed over with a cheap scan instead of the whole pattern.
const FUTURE_PASSIVE_HINT_NO = /bli|vert/iu;
const FUTURE_PASSIVE_HINT_EN = /\sbe\s/iu;
const CONDITIONS_PERMIT_HINT = /till|allow|permit/iu;
const RECEIVES_HINT_NO = /\sfå|\s(?:kommer|kjem|komme|kome)(?![\p{L}])/iu;
const RECEIVES_HINT_EN = /you|will/iu;

function futurePassive(body: string, language: RuleLanguage): boolean {
  return language === 'eng'
    ? FUTURE_PASSIVE_HINT_EN.test(body) && FUTURE_PASSIVE_EN.test(body)
    : FUTURE_PASSIVE_HINT_NO.test(body) && FUTURE_PASSIVE_NO.test(body);
}

function conditionsPermit(body: string): RegExpExecArray | null {
  return CONDITIONS_PERMIT_HINT.test(body) ? CONDITIONS_PERMIT.exec(body) : null;
}

function receivesIn(body: string, language: RuleLanguage): RegExpExecArray | null {
  if (language === 'eng') return RECEIVES_HINT_EN.test(body) ? RECEIVES_EN.exec(body) : null;
  return RECEIVES_HINT_NO.test(body) ? RECEIVES_NO.exec(body) : null;
}

const WORDS: Record<RuleLanguage, LanguageWords> = {
  nob: {
    promise: PROMISE_NB,
    firstWords: new Set([
      'vi',
      'jeg',
      'man',
      'kommunen',
      'saksbehandleren',
      'noen',
      'en',
      'kommer',
      'tar',
      'gir',
      'sender',
      'skal',
      'vil',
      'får',
      'hører',
      'du',
      'dere',
      'saken',
      'søknaden',
      'klagen',
      'henvendelsen',
      'forespørselen',
      'meldingen',
      'så',
      'da',
    ]),
    vague: VAGUE_NB,
    anchor: ANCHOR_NO,
    conditional: new RegExp(
      `${B}(?:hvis|dersom|når(?!\\s+det\\s+gjelder${E})|etter\\s+at|før|om\\s+(?:du|vi|det(?!${ABOUT_IT})|saken|søknaden)|trenger\\s+vi|skulle\\s+(?:vi|du|det))${E}`,
      'iu',
    ),
    event: EVENT_NO,
    citizen: new RegExp(`^(?:\\S+\\s+){1,3}?(?:du|dere|man)${E}|${B}fra\\s+(?:deg|dere)${E}`, 'iu'),
    negation: new RegExp(`${B}(?:ikke|aldri|ingen)${E}`, 'iu'),
    generic: GENERIC_NO,
    ahead: AHEAD_NO,
    aheadWords: AHEAD_NO_WORDS,
    extraVague: EXTRA_VAGUE_NO,
    approximate: APPROXIMATE_NO,
    readerTold: READER_TOLD_NO,
  },
  nno: {
    promise: PROMISE_NN,
    firstWords: new Set([
      'vi',
      'me',
      'eg',
      'kommunen',
      'sakshandsamaren',
      'nokon',
      'ein',
      'kjem',
      'tek',
      'gjev',
      'sender',
      'skal',
      'vil',
      'får',
      'høyrer',
      'du',
      'de',
      'dykk',
      'saka',
      'søknaden',
      'klaga',
      'førespurnaden',
      'meldinga',
      'henvendinga',
      'så',
      'då',
      'da',
    ]),
    vague: VAGUE_NN,
    anchor: ANCHOR_NO,
    conditional: new RegExp(
      `${B}(?:viss|dersom|når(?!\\s+det\\s+gjeld${E})|etter\\s+at|før|om\\s+(?:du|vi|me|det(?!${ABOUT_IT})|saka|søknaden)|treng\\s+(?:vi|me)|skulle\\s+(?:vi|me|du|det))${E}`,
      'iu',
    ),
    event: EVENT_NO,
    citizen: new RegExp(`^(?:\\S+\\s+){1,3}?(?:du|dykk|de)${E}|${B}frå\\s+(?:deg|dykk)${E}`, 'iu'),
    negation: new RegExp(`${B}(?:ikkje|aldri|ingen)${E}`, 'iu'),
    generic: GENERIC_NO,
    ahead: AHEAD_NO,
    aheadWords: AHEAD_NO_WORDS,
    extraVague: EXTRA_VAGUE_NO,
    approximate: APPROXIMATE_NO,
    readerTold: READER_TOLD_NO,
  },
  eng: {
    promise: PROMISE_EN,
    firstWords: new Set(['we', 'i', 'someone', 'somebody', 'a', 'our', 'the', 'you', 'your', "we'll", "i'll", "you'll", 'we’ll', 'i’ll', 'you’ll', 'will']),
    vague: VAGUE_EN,
    anchor: ANCHOR_EN,
    conditional: new RegExp(`${B}(?:if|unless|when|once|after|before|should\\s+(?:we|you)|in\\s+case)${E}`, 'iu'),
    event: EVENT_EN,
    citizen: new RegExp(`^(?:\\S+\\s+){1,2}?you${E}|${B}from\\s+you${E}`, 'iu'),
    negation: new RegExp(`${B}(?:not|never|no\\s+longer|won['’]t|cannot|can['’]t)${E}`, 'iu'),
    generic: GENERIC_EN,
    ahead: AHEAD_EN,
    extraVague: EXTRA_VAGUE_EN,
    approximate: APPROXIMATE_EN,
    readerTold: READER_TOLD_EN,
  },
};

/**
 * A routine, not a promise: cases are dealt with as they come in ("vurdert fortløpande", "i den
 * rekkefølgen de kommer inn", "on a rolling basis").
 */
const ROUTINE = new RegExp(
  `${B}(?:fortløpende|fortløpande|løpende|løpande|etter\\s+tur|i\\s+tur\\s+og\\s+orden|i\\s+den\\s+rekkefølgen|i\\s+den\\s+rekkjefølgja|når\\s+(?:de|dei|søknadene|sakene|sakane)\\s+(?:kommer|kjem)\\s+inn|etter\\s+(?:hvert|kvart)\\s+som|on\\s+a\\s+rolling\\s+basis|continuously|in\\s+the\\s+order|as\\s+they\\s+(?:come|arrive))${E}`,
  'iu',
);

/**
 * Norwegian promises in the present tense, the office first: «Vi set i gang når det vert ledig
 * kapasitet», «Me følgjer opp saka i tida framover», «Saka vert sett på når sakshandsamaren er
 * tilbake». No future or modal makes them look ahead; the office acting is what does.
 */
const PRESENT_PROMISE_NO =
  /^[\s"«]*(?:(?:vi|me|eg|jeg|kommunen|etaten)\s+(?!(?:forstår|skjønner|skjønar|vet|veit|tror|trur|synes|syns|mener|meiner|beklager|beklagar|håper|håpar|takker|takkar|ser\s+at|registrerer|noterer|merker)(?![\p{L}]))(?:\p{L}{2,}(?:er|ar|r)|set|tek|gjer|gjør)(?![\p{L}])|(?:\p{L}+\s+){1,4}?(?:vert|blir)\s+(?!(?:det|den|dette|denne|de|dei|du|dere|dykk|vi|me|han|ho|hun|ikke|ikkje|meir|mer|ferdig|klar|klart)(?![\p{L}]))\p{L}{2,}(?:et|t|a|e|d)(?:\s+på)?(?![\p{L}]))/iu;
/** Each PRESENT_PROMISE_NO match opens with one of the office's words or holds «vert»/«blir»: most sentences hold neither. */
const PRESENT_PROMISE_HINT = /^[\s"«]*(?:vi|me|eg|jeg|kommunen|etaten)\s|vert|blir/iu;

/** Whether a position stands after the comma that ends a leading condition. */
function afterConditionComma(body: string, at: number): boolean {
  const comma = body.indexOf(',');
  return comma >= 0 && at > comma;
}
/** «Når du har sendt …,»: a subjunction, not a verb first (CONDITION_V1 would read «Når» as one). */
const SUBJUNCTION_FIRST = /^[\s"«]*(?:når|etter\s+at|før|sidan|siden|fordi)\s/iu;
/** «…, kallar eg deg inn når …», «…, så sender vi det når …»: the office's present-tense promise after a fronted clause. */
const PRESENT_PROMISE_V2_NO =
  /^(?:[^.!?\n]|\.(?=\S))*?,\s*(?:og\s+)?(?:så\s+|då\s+|da\s+)?(?:\p{L}{2,}(?:ar|er)|set|tek|gjer|gjør)\s+(?:eg|jeg|vi|me)(?![\p{L}])/iu;
/** PRESENT_PROMISE_V2_NO from its comma on, tried at one comma (sticky). */
const PRESENT_PROMISE_V2_TAIL = /,\s*(?:og\s+)?(?:så\s+|då\s+|da\s+)?(?:\p{L}{2,}(?:ar|er)|set|tek|gjer|gjør)\s+(?:eg|jeg|vi|me)(?![\p{L}])/iuy;
/** Where PRESENT_PROMISE_V2_NO's lead (no sentence end before the comma) stops. */
const PRESENT_PROMISE_V2_LEAD_END = /[!?\n]|\.(?!\S)/u;

/**
 * Whether PRESENT_PROMISE_V2_NO can match: its lazy lead is tried at every character of every
 * sentence, but it matches only where its tail matches at a comma the lead reaches. Those few
 * commas are tried instead, and the pattern itself runs only where one of them matches.
 */
function presentPromiseV2MayMatch(body: string): boolean {
  const leadEnd = body.search(PRESENT_PROMISE_V2_LEAD_END);
  const limit = leadEnd < 0 ? body.length : leadEnd;
  for (let comma = body.indexOf(','); comma >= 0 && comma < limit; comma = body.indexOf(',', comma + 1)) {
    PRESENT_PROMISE_V2_TAIL.lastIndex = comma;
    if (PRESENT_PROMISE_V2_TAIL.test(body)) return true;
  }
  return false;
}

/** A sentence that ends in a question mark asks; it promises nothing. */
const QUESTION_END = /\?\s*$/;

const WEAK_PROMISE = /^(?:(?:så|da|då)\s|(?:vil|skal|will)\s(?:.*\s)?(?:bli|verte|be)\s)/iu;
/**
 * A future passive that tells, sends or arranges («vil bli kontakta», "will be communicated to
 * you", «vil bli gitt varsel», "a meeting will be arranged") is a promise to the reader, not a
 * description: it needs its time like "we will contact you" does.
 */
const TELLING_PASSIVE =
  /(?:kontakta|kontaktet|varsla|varslet|informert|underrettet|tilsendt|oversendt|innkalt|innkalla|avtalt|communicated|notified|informed|contacted|forwarded|arranged|scheduled|(?:sendt|send|sent)(?:\s+(?:til\s+deg|ut|to\s+you|out))|(?:gitt|gjeve|given)\s+(?:(?:nærmere|nærare|ny|nytt|further|more)\s+)?(?:varsel|beskjed|svar|melding|informasjon|notice|information|an?\s+answer)|(?:sett|satt|set)\s+(?:opp|up)|(?:fulgt|følgd|fylgd|followed)\s+(?:opp|up))(?![\p{L}])/iu;

/**
 * A whole sentence that only says someone keeps watching («Vi følger med på saken.», «Skolen
 * følgjer opp saka.», "We are keeping an eye on the situation."): no step and no time.
 */
const MONITORING =
  /^[\s"«]*(?:(?:vi|me|eg|jeg|kommunen|etaten|\p{L}{3,}(?:en|et|a))\s+(?:(?:skal|vil)\s+)?(?:følger|følgjer|fylgjer|følge|følgje|fylgje)\s+(?:med\s+på|opp)(?:\s+\p{L}+){0,2}|(?:we|i)(?:\s+are|['’]re|\s+am|['’]m|\s+will|['’]ll)\s+(?:keeping|keep|monitoring|monitor|following)\s+(?:an\s+eye\s+on\s+)?(?:it|this|the\s+(?:situation|case|matter))|(?:we|i)\s+(?:continue\s+to\s+)?(?:monitor|follow)\s+(?:it|this|the\s+(?:situation|case|matter)))(?:\s+(?:videre|vidare|closely|nøye))?\s*[.!]?\s*$/iu;

/** A cheap look for the watching verbs before the whole-sentence pattern runs: most sentences have none. */
const MONITORING_HINT = /f[øy]lg|keep|monitor|follow/i;

/** Promises whose action is telling the reader: contact, notice, an answer. */
const TELLS_READER =
  /kontakt|varsl|beskjed|melding|tilbakemelding|høre|høyre|hear|contact|in\s+touch|notif|inform|let\s+you\s+know|get\s+back|komme[r]?\s+tilbake|kjem\s+(?:tilbake|attende)/iu;

/** A topic lead up to its comma: «Når det gjelder lysene som ikke virker, …», "Regarding the lights that do not work, …". */
const TOPIC_LEAD = new RegExp(String.raw`^[\s"«]*${TOPIC_LEAD_WORDS}\s[^,.!?\n]*,`, 'iu');

/**
 * A condition that names no event, only that something may happen («hvis det skulle dukke opp
 * noe», «dersom det viser seg naudsynt», "if something turns up", "should anything change"): a
 * promise to tell the reader on it says neither what nor when. Up to the end of its clause.
 */
const VAGUE_CONDITION = withFastWordStarts(
  /(?<![\p{L}])(?:hvis|dersom|viss|if|should|in\s+case)\s(?![^,.;:!?\n]*?(?<![\p{L}])(?:du|dere|dykk|de|you)(?![\p{L}]))[^,.;:!?\n]*?(?<![\p{L}])(?:skulle|noe|noko|nødvendig|naudsynt|behov|something|anything|necessary|needed|required)(?![\p{L}])[^,.;:!?\n]*/giu,
);
/** VAGUE_CONDITION's first words: each of its matches starts with one of them as a whole word. */
const VAGUE_CONDITION_WORDS = ['hvis', 'dersom', 'viss', 'if', 'should', 'in'];
/** VAGUE_CONDITION tried at one place. */
const VAGUE_CONDITION_AT = new RegExp(VAGUE_CONDITION.source, VAGUE_CONDITION.flags.replace('g', 'y'));

/**
 * VAGUE_CONDITION's matches in the reply, in order, as a scan finds them: tried only where one of
 * its first words starts (the word index), a start inside an earlier match skipped. The index
 * lower-cases words, and «ſ» lower-cases to itself where the pattern reads an "s": a reply with
 * one is scanned whole.
 */
function vagueConditions(text: string, analysis: TextAnalysis): RegExpExecArray[] {
  if (text.includes('\u017f')) return everyMatch(VAGUE_CONDITION, text);
  return matchesAtStarts(VAGUE_CONDITION_AT, text, startsOfWords(analysis, VAGUE_CONDITION_WORDS));
}

/**
 * «Det tar litt tid», "This normally takes some time", "Processing takes a while", «noe lengre enn
 * normalt»: the only word on when is that it takes time. Vague when the reply dates nothing;
 * «… tar litt tid. Vi svarer innen 8. januar» is answered by the date.
 */
const TAKES_SOME_TIME = withFastWordStarts(
  /(?<![\p{L}])(?:(?:tar|tek|ta)(?:\s+(?:vanligvis|vanlegvis|normalt|gjerne|dessverre|nok))?\s+(?:litt|noe|noko)\s+tid|(?:takes?|taking)(?:\s+(?:usually|normally|generally|unfortunately))?\s+(?:some|a\s+little|a\s+bit\s+of)\s+time|(?:takes?|taking)(?:\s+(?:usually|normally|generally|unfortunately))?\s+a\s+(?:while|bit)|(?:lengre|lenger|longer)\s+(?:enn|than)\s+(?:normalt|vanlig|vanleg|normal|usual))(?![\p{L}])(?!\s+(?:to|å|til\s+å)\s+(?:get\s+used|adjust|settle|learn|venne|venja|bli\s+vant|verte\s+van|lære|læra)(?![\p{L}]))/giu,
);

/**
 * «Saksbehandlingstida er avhengig av …», "response times may vary": the only word on when is that
 * it varies. Vague when the reply dates nothing; «… varierer, men er normalt fire uker» gives the duration.
 */
const TIME_VARIES = withFastWordStarts(
  /(?<![\p{L}])(?:(?:saks)?(?:behandlings|handsamings)tid(?:en|a)?|sakshandsamingstid(?:a|en)?|ventetid(?:en|a)?|svartid(?:en|a)?|(?:response|processing|waiting|turnaround|handling)\s+times?)(?:\s+\p{L}+){0,3}?\s+(?:varierer|varierar|kan\s+variere|kan\s+variera|vil\s+variere|vil\s+variera|avhenger\s+av|avheng\s+av|er\s+avhengig\s+av|er\s+avhengig|(?:may|can|will|do|does)\s+vary|vary|varies|depends?\s+on|(?:is|are)\s+dependent\s+on)(?![\p{L}])/giu,
);

/** The words every TIME_VARIES match holds: the full pattern runs only on the few replies that have one. */
const TIME_VARIES_HINT = /varier|avheng|vary|varies|depend/i;

/** The reader invited to write («ta gjerne kontakt hvis det er noe mer», "do get in touch if anything comes up"): their step, not our promise. */
const READER_INVITED =
  /(?<![\p{L}])(?:(?<!(?:vi|me|eg|jeg|kommunen)\s+(?:(?:vil|skal|kan)\s+)?)ta\s+(?:gjerne\s+|bare\s+|berre\s+)?kontakt|kontakt(?:e|a)?\s+oss|(?<!(?:we|i)(?:['’]ll|\s+will|\s+shall)\s+)get\s+in\s+touch|contact\s+us|(?:du|dere|de|you)\s+(?:er|are)\s+(?:hjarteleg\s+|hjertelig\s+|very\s+)?(?:velkommen|welcome)|feel\s+free)(?![\p{L}])/iu;

/**
 * «Du kan klage innen tre uker», "If you wish to appeal, you must do so within six weeks",
 * «Klagefristen er tre veker»: the reader's deadline for an appeal, which says nothing of when
 * the office acts. A sentence about the office's own handling of a complaint («Vi behandler
 * klagen din innen tre uker») names no reader and stays.
 */
const READER_APPEAL = new RegExp(
  `${NOT_AFTER_LETTER_OR_DIGIT}(?:klagefrist\\p{L}*|(?:appeal|complaint)s?\\s+(?:deadline|period)|deadline\\s+for\\s+(?:appeal|complain)\\p{L}*)`,
  'iu',
);
const READER = /(?<![\p{L}])(?:du|dere|dykk|you)(?![\p{L}])/iu;
const APPEAL = /(?<![\p{L}])(?:klag|påklag|appeal)/iu;
function readersAppealDeadline(sentence: string): boolean {
  return READER_APPEAL.test(sentence) || (READER.test(sentence) && APPEAL.test(sentence));
}

/** «når vi har kapasitet», "once we have capacity", «når vi får tid»: the office's own time, however much the reply dates elsewhere. */
const CAPACITY = /(?<![\p{L}])(?:kapasitet|capacity|(?:får|har|finn|finner)\s+tid|time\s+allows|resources\s+allow|ressurser|ressursar)(?![\p{L}])/iu;

/** «når det er glatt», «når det er mørkt»: a state the sentence's habit depends on; «når det blir ledig» is an event. */
const STATE_CONDITION = /^(?:når|straks)\s+det\s+er\s+\p{L}+\s*$/iu;

/** Global copies of the anchor patterns, made once: anchoredAfter() walks every match. */
const globalAnchors = new Map<RegExp, RegExp>();

/** Whether a time anchor («i morgon», "next week", a month) stands at or after `from` in the sentence. */
function anchoredAfter(body: string, anchor: RegExp, from: number): boolean {
  let global = globalAnchors.get(anchor);
  if (!global) globalAnchors.set(anchor, (global = new RegExp(anchor.source, anchor.flags.includes('g') ? anchor.flags : `${anchor.flags}g`)));
  global.lastIndex = 0;
  for (let m = global.exec(body); m; m = global.exec(body)) if (m.index >= from) return true;
  return false;
}

/**
 * Whether the reply promises a date or a duration for the office's own step anywhere; the
 * reader's appeal deadline is left out (a reply that only says how long the reader has to
 * appeal has not said when "we will come back to you").
 */
function officeGivesTime(text: string, analysis: TextAnalysis, dates: readonly { start: number; promise?: boolean }[]): boolean {
  const appealSentences = analysis.sentences.filter((s) => readersAppealDeadline(text.slice(s.start, s.end)));
  if (appealSentences.length === 0) return dates.some((d) => d.promise) || statesDuration(text);
  const inAppeal = (at: number) => appealSentences.some((s) => s.start <= at && at < s.end);
  if (dates.some((d) => d.promise && !inAppeal(d.start))) return true;
  let rest = '';
  let from = 0;
  for (const s of appealSentences) {
    rest += text.slice(from, s.start) + ' '.repeat(s.end - s.start);
    from = s.end;
  }
  return statesDuration(rest + text.slice(from));
}

export const vaguePromise: Detector = {
  id: 'vague-promise',
  description:
    'Et løfte om handling («vi kommer tilbake til deg», «du vil høyre frå oss», «we will get back to you») uten dato eller varighet: vagt tidsuttrykk eller ingen tid i det hele tatt.',
  runsLast: true,
  detect({ text, analysis, language, dates, earlierHits, today }) {
    const words = WORDS[language];
    if (!words) return [];
    const hits: DetectorHit[] = [];
    const taken = (earlierHits ?? []).filter((h) => h.category === 'deadline');
    const overlapsTaken = (start: number, end: number) => taken.some((h) => h.start < end && h.end > start);
    // A reply that promises a date or a duration anywhere has answered "when" for its bare promises.
    let replyGivesTime: boolean | undefined;
    const givesTime = () => (replyGivesTime ??= officeGivesTime(text, analysis, dates));
    // An event of the office's own is timed by a date elsewhere in the reply, but not its capacity («når vi har kapasitet»).
    const timedElsewhere = (event: string) => givesTime() && !CAPACITY.test(event);
    const dated = (sentence: { start: number; end: number }) => dates.some((d) => d.start >= sentence.start && d.start < sentence.end);
    // The second pass reports a span once, and not where another deadline rule already did.
    const report = (start: number, end: number, severity?: 'suggestion') => {
      if (overlapsTaken(start, end) || hits.some((h) => h.start < end && h.end > start)) return;
      hits.push(severity ? { start, end, severity } : { start, end });
    };
    // "… who plan next year's work in January. We will email you when they have decided.": the
    // sentence before gives the promise its time.
    const timedBySentenceBefore = (sentenceStart: number) => {
      const index = analysis.sentences.findIndex((s) => s.start === sentenceStart);
      const previous = index > 0 ? analysis.sentences[index - 1]! : undefined;
      if (!previous) return false;
      // A date looked back on («born 14.03.2015», «mottatt 2. november», "did not come on Wednesday") times nothing ahead.
      const looksBack = dates.filter((d) => d.start >= previous.start && d.start < previous.end && d.date < today);
      let body = text.slice(previous.start, previous.end);
      for (const d of looksBack) body = body.slice(0, d.start - previous.start) + ' '.repeat(d.end - d.start) + body.slice(d.end - previous.start);
      return words.anchor.test(body) || dates.some((d) => d.start >= previous.start && d.start < previous.end && d.date >= today);
    };
    // Words come in text order: once a sentence is decided, its other words need no look.
    let decidedUpTo = -1;
    const decidedSentences = new Set<number>();
    // Matches that make their sentence vague unless something times it. Whether the reply dates
    // anything is asked only once a sentence qualifies (most replies hold no such match), and a
    // reply that does has no such finding.
    const reportUndated = (matches: Iterable<RegExpExecArray>, timed: (body: string) => boolean) => {
      for (const m of matches) {
        const sentence = sentenceAt(analysis.sentences, m.index);
        if (!sentence || decidedSentences.has(sentence.start)) continue;
        const body = text.slice(sentence.start, sentence.end);
        if (QUESTION_END.test(body) || words.negation.test(body) || dated(sentence) || timed(body)) continue;
        if (givesTime()) return;
        decidedSentences.add(sentence.start);
        report(m.index, m.index + m[0].trimEnd().length);
      }
    };
    // «Vi tar kontakt hvis det skulle dukke opp noe»: a promise to tell the reader on a condition
    // that names nothing. Reported at the condition, whatever else the sentence holds.
    reportUndated(
      vagueConditions(text, analysis),
      (body) => !TELLS_READER.test(body) || READER_INVITED.test(body) || words.readerTold.test(body) || words.anchor.test(body),
    );
    reportUndated(everyMatch(TAKES_SOME_TIME, text), (body) => statesDuration(body));
    if (TIME_VARIES_HINT.test(text)) reportUndated(everyMatch(TIME_VARIES, text), (body) => statesDuration(body));
    for (const word of analysis.words) {
      if (word.start < decidedUpTo || !words.firstWords.has(word.lower)) continue;
      words.promise.lastIndex = word.start;
      const m = words.promise.exec(text);
      if (!m) continue;
      const sentence = sentenceAt(analysis.sentences, m.index);
      if (!sentence || decidedSentences.has(sentence.start)) continue;
      decidedUpTo = sentence.end;
      decidedSentences.add(sentence.start);
      const body = text.slice(sentence.start, sentence.end);
      // «Når det gjelder møtet dere har booket i januar, kommer vi tilbake …»: the topic lead names what
      // the promise is about; a time in it is not when, and its words deny nothing of the promise.
      const lead = TOPIC_LEAD.exec(body)?.[0].length ?? 0;
      const clause = lead ? body.slice(lead) : body;
      const inSentence = dates.filter((d) => d.start >= sentence.start + lead && d.start < sentence.end);
      const duration = statesDuration(clause);
      // «… kjem tilbake til deg om det i tida framover»: the extra vague times count here too.
      const vague = words.vague.exec(body) ?? words.extraVague.exec(body) ?? conditionsPermit(body);
      const approximate = words.approximate.exec(body);
      if (approximate && !duration) {
        const start = sentence.start + approximate.index;
        if (!overlapsTaken(start, start + approximate[0].length)) hits.push({ start, end: start + approximate[0].length });
        continue;
      }
      if (inSentence.length > 0 || duration || words.anchor.test(clause)) {
        // A date the sentence names before the promise, not as its deadline ("the arrears for
        // November, but we will look into it over the coming weeks"), does not time a vague promise.
        const onlyEarlierDates =
          !!vague &&
          sentence.start + vague.index > m.index &&
          !duration &&
          !anchoredAfter(body, words.anchor, m.index - sentence.start) &&
          inSentence.every((d) => !d.promise && d.end <= m.index);
        if (!onlyEarlierDates) continue;
      }
      if (vague) {
        const start = sentence.start + vague.index;
        const end = start + vague[0].length;
        if (!overlapsTaken(start, end)) hits.push({ start, end });
        continue;
      }
      // A negation well before the promise («Vi har ikkje fått svar enno, så eg seier ifrå …») denies something else; «ikke vi svare på» denies the promise.
      if (words.negation.test(text.slice(Math.max(sentence.start, m.index - 12), sentence.end))) continue;
      // A routine («in the order in which it was received») says how cases are taken, not when this reader hears.
      if (ROUTINE.test(body) && !(TELLS_READER.test(m[0]) && words.event.test(text.slice(m.index, sentence.end)))) continue;
      // "Vedtak vil bli fatta når vurderinga er gjennomført": the only time is an event of the
      // office's own (or a third party's) that the reader cannot see coming — reported at that
      // clause. The citizen's own step ("når du har sendt skjemaet") is a condition, as is "hvis".
      const event = words.event.exec(body);
      // A promise to tell the reader («Du vil bli kontaktet når det foreligger en avklaring») waits
      // for that event whatever else the reply dates; other promises count as timed by a date elsewhere.
      if (event && !words.citizen.test(event[0]) && (TELLS_READER.test(m[0]) || !timedElsewhere(event[0]))) {
        const start = sentence.start + event.index;
        const end = start + event[0].trimEnd().length;
        if (!overlapsTaken(start, end)) hits.push({ start, end });
        continue;
      }
      // A future passive or "så ordner vi" is a promise only with a time word next to it: bare,
      // it is as often a description ("vil bli tatt med i vurderinga") or the second half of an
      // instruction ("send papirene, så ordner vi resten").
      // A bare promise in a sentence that denies something («… kan jeg ikke gi, men du får beskjed …») is as often an aside.
      if (words.negation.test(clause) || words.conditional.test(clause) || CONDITION_V1.test(clause) || givesTime()) continue;
      // «…, så ser vi på den.» after a topic, not an instruction, is the promise with nothing after it.
      if (
        WEAK_PROMISE.test(m[0]) &&
        !seesToIt(body, language, words) &&
        !TELLING_PASSIVE.test(text.slice(m.index, sentence.end)) &&
        !BARE_WORK_PASSIVE.test(body) &&
        !SENT_SEPARATELY.test(body) &&
        !(FORWARD_HINT.test(body) && FORWARDED.test(body))
      )
        continue;
      const start = m.index;
      const end = start + m[0].length;
      if (!overlapsTaken(start, end)) hits.push({ start, end, severity: 'suggestion' });
    }
    // Sentences no listed promise decided: a vague time in a sentence that looks ahead, or a
    // bare promise of action by any actor. Both need a sentence that looks ahead (the generic
    // promise's future or modal is one of the `ahead` words), so that one test comes first: most
    // sentences of a reply are decided by it.
    // Where the look-ahead words stand, from the reply's word index: a sentence without one is not
    // scanned for them. The index lower-cases words, and «ſ» lower-cases to itself where the
    // pattern reads an "s": a reply with one is scanned sentence by sentence as before.
    const aheadStarts = words.aheadWords && !text.includes('\u017f') ? startsOfWords(analysis, words.aheadWords) : undefined;
    let nextAhead = 0;
    for (const sentence of analysis.sentences) {
      if (decidedSentences.has(sentence.start)) continue;
      const body = text.slice(sentence.start, sentence.end);
      let mayLookAhead = true;
      if (aheadStarts) {
        while (nextAhead < aheadStarts.length && aheadStarts[nextAhead]! < sentence.start) nextAhead++;
        mayLookAhead = nextAhead < aheadStarts.length && aheadStarts[nextAhead]! < sentence.end;
      }
      const ahead = mayLookAhead && words.ahead.test(body);
      // Without a future or modal, a Norwegian present-tense promise by the office still looks ahead.
      const present =
        !ahead && language !== 'eng'
          ? ((PRESENT_PROMISE_HINT.test(body) ? PRESENT_PROMISE_NO.exec(body) : null) ??
            (presentPromiseV2MayMatch(body) && !(CONDITION_V1.test(body) && !SUBJUNCTION_FIRST.test(body)) ? PRESENT_PROMISE_V2_NO.exec(body) : null))
          : null;
      // A question, or an instruction whose timing is the reader's: nothing is promised. Both are
      // read once here: the tests below ask them again and again.
      const asks = QUESTION_END.test(body);
      const readerTold = words.readerTold.test(body);
      const asksOrInstructs = asks || readerTold;
      // «Vi kallar han inn på nyåret», «Vi tek ein ny runde ein gong i vår»: a season or a holiday
      // made vaguer still, in a sentence that looks ahead or tells the reader what to do.
      // Told to the reader too: "You can start at some point after Christmas" leaves them no date.
      const approximate = (ahead || present || readerTold) && !asks ? words.approximate.exec(body) : null;
      if (approximate && !words.negation.test(body) && !CONDITION_FIRST.test(body) && !statesDuration(body)) {
        const start = sentence.start + approximate.index;
        report(start, start + approximate[0].length);
        continue;
      }
      // A date, a duration or a time of day in the sentence itself.
      const timedHere = () => dated(sentence) || statesDuration(body) || CLOCK_TIME.test(body);
      const bare = asks ? null : seesToIt(body, language, words);
      if (bare && !timedHere() && !words.anchor.test(body) && !givesTime() && !timedBySentenceBefore(sentence.start)) {
        const end = sentence.start + bare.index + bare[0].length;
        report(end - bare[1]!.length, end, 'suggestion');
        continue;
      }
      const askedSoon = (language === 'eng' ? ASKED_SOON_EN : ASKED_SOON_NO).exec(body);
      if (askedSoon && !timedHere() && !words.negation.test(body)) {
        const start = sentence.start + askedSoon.index + askedSoon[0].length - askedSoon[1]!.length;
        report(start, start + askedSoon[1]!.trimEnd().length);
        continue;
      }
      // A future passive whose only time is an office event («vil bli vurdert i samband med neste
      // gjennomgang», "will be reviewed at the next meeting"): the event rule of the listed promises.
      if (!asksOrInstructs && futurePassive(body, language) && !timedHere()) {
        const event = words.event.exec(body);
        if (
          event &&
          !words.citizen.test(event[0]) &&
          !words.negation.test(body) &&
          !ROUTINE.test(body) &&
          !CONDITION_FIRST.test(body) &&
          !words.anchor.test(body)
        ) {
          if (!givesTime()) {
            const start = sentence.start + event.index;
            const end = start + event[0].trimEnd().length;
            report(start, end);
            continue;
          }
        }
      }
      const forwarded = FORWARD_HINT.test(body) ? FORWARDED.exec(body) : null;
      if (forwarded && !asks && !words.negation.test(body) && !words.anchor.test(body) && !statesDuration(body)) {
        if (!dated(sentence) && !givesTime()) {
          const start = sentence.start + forwarded.index;
          const end = start + forwarded[0].trimEnd().length;
          report(start, end, 'suggestion');
          continue;
        }
      }
      // «Vi følger med på saken.», "We are keeping an eye on it.": watching, and nothing said of when anything happens.
      if (MONITORING_HINT.test(body) && MONITORING.test(body) && !words.vague.test(body) && !words.extraVague.test(body) && !givesTime()) {
        const lead = body.length - body.trimStart().length;
        report(sentence.start + lead, sentence.start + body.trimEnd().replace(/[.!]$/u, '').length, 'suggestion');
        continue;
      }
      // «… blir satt ned etter hvert som forholdene tillater det», "as capacity permits": vague in any clause.
      const permit = conditionsPermit(body);
      if (
        permit &&
        !asksOrInstructs &&
        !dated(sentence) &&
        !statesDuration(body) &&
        !words.negation.test(body.slice(permit.index)) &&
        !anchoredAfter(body, words.anchor, permit.index)
      ) {
        const start = sentence.start + permit.index;
        report(start, start + permit[0].length);
        continue;
      }
      // «Pengane kjem så snart dei har fått gjort det», "the crews will start as soon as they are
      // free": an event as the only time, whoever acts; «så snart» looks ahead by itself.
      const soon = SOON_AS.exec(body);
      if (soon) {
        const clause = body.slice(soon.index).match(/^[^,.;:!?\n]+/u)?.[0] ?? '';
        if (
          EVENT_AFTER.test(clause) &&
          !words.citizen.test(clause) &&
          !asksOrInstructs &&
          !words.anchor.test(body) &&
          !timedHere() &&
          !words.negation.test(body) &&
          !ROUTINE.test(body) &&
          !givesTime()
        ) {
          const start = sentence.start + soon.index;
          report(start, start + clause.trimEnd().length);
          continue;
        }
      }
      // «Du får tilsendt avtalen snart», «Svar kjem når vi har kome gjennom bunken», "You will get a
      // new time when a slot opens up": what the reader is to receive, timed by nothing but a vague
      // word or an event of the office's.
      const receives = receivesIn(body, language);
      if (
        receives &&
        // «Send utskriftene, så får du utbetalinga når …»: the reader's step first, the office's vague time after it.
        !asks &&
        !SOON_AS.test(body) &&
        !timedHere() &&
        !words.negation.test(body) &&
        !words.anchor.test(body) &&
        !CONDITION_FIRST.test(body) &&
        !ROUTINE.test(body)
      ) {
        const from = receives.index + receives[0].length;
        const rest = body.slice(from);
        const vague = words.vague.exec(rest) ?? words.extraVague.exec(rest);
        if (vague) {
          const start = sentence.start + from + vague.index;
          report(start, start + vague[0].length);
          continue;
        }
        const event = NOTICE.test(rest.slice(0, 40)) ? null : words.event.exec(rest);
        if (event && !words.citizen.test(event[0]) && !STATE_CONDITION.test(event[0]) && !timedElsewhere(event[0])) {
          const start = sentence.start + from + event.index;
          report(start, start + event[0].trimEnd().length);
          continue;
        }
      }
      if ((!ahead && !present) || asksOrInstructs || timedHere()) continue;
      const vague = words.vague.exec(body) ?? words.extraVague.exec(body);
      // An anchor before the look ahead is another clause's («… all the new January kids, and they'll send it in a bit»).
      if (
        vague &&
        !anchoredAfter(body, words.anchor, Math.max(0, body.search(words.ahead))) &&
        // "Should the noise continue, we will … once we have capacity": after the condition's comma the promise is vague all the same.
        (!CONDITION_FIRST.test(body) || afterConditionComma(body, vague.index)) &&
        !EVENT_AFTER.test(body.slice(vague.index))
      ) {
        const start = sentence.start + vague.index;
        const end = start + vague[0].length;
        report(start, end);
        continue;
      }
      if (BARE_WORK_PASSIVE.test(body) && !words.negation.test(body)) {
        if (!givesTime()) {
          const lead = body.length - body.trimStart().length;
          const start = sentence.start + lead;
          const end = sentence.start + body.trimEnd().replace(/[.!]$/u, '').length;
          report(start, end, 'suggestion');
          continue;
        }
      }
      if (present) {
        // Present tense: only an event of the office's own as the only time (the listed promises' rule above).
        const event = words.event.exec(body.slice(present[0].length));
        if (!event || words.citizen.test(event[0]) || words.negation.test(body) || ROUTINE.test(body) || CONDITION_FIRST.test(body)) continue;
        // «Eg sender deg ein SMS i ettermiddag når …» is timed; «Vi strør når det er glatt» is a habit on a state, not an event.
        if (words.anchor.test(body) || STATE_CONDITION.test(event[0])) continue;
        if (timedElsewhere(event[0])) continue;
        const start = sentence.start + present[0].length + event.index;
        const end = start + event[0].trimEnd().length;
        report(start, end);
        continue;
      }
      // "I'll keep this short", «Eg skal prøve å skrive enkelt»: a promise about the letter itself, kept in it.
      if (ABOUT_THIS_LETTER.test(body)) continue;
      const own = genericPromise(body, language, words) ?? (language === 'eng' ? WE_WILL_SORT_EN.exec(body) : null);
      const pronoun = own ? null : (language === 'eng' ? PRONOUN_WILL_EN : PRONOUN_WILL_NO).exec(body);
      const g = own ?? pronoun;
      // A promise tied to an event the office or a third party controls ("We'll find you a slot when
      // one frees up") is reported at the event, like a listed promise; the reader's own step ("when
      // you have sent it") is a condition.
      if (g && !words.anchor.test(body) && !words.negation.test(body) && !ROUTINE.test(body) && !SOON_AS.test(body) && !CONDITION_FIRST.test(body)) {
        const event = words.event.exec(body.slice(g.index + g[0].length));
        if (event && !words.citizen.test(event[0]) && !timedBySentenceBefore(sentence.start)) {
          if (!timedElsewhere(event[0])) {
            const start = sentence.start + g.index + g[0].length + event.index;
            const end = start + event[0].trimEnd().length;
            report(start, end);
          }
          continue;
        }
      }
      // A promise tied to an event ("as soon as the water is safe", «når vedtaket er klart») is left to the event rule above.
      if (!g || pronoun || words.anchor.test(body) || words.negation.test(body) || words.conditional.test(body) || ROUTINE.test(body) || SOON_AS.test(body))
        continue;
      if (givesTime() || timedBySentenceBefore(sentence.start)) continue;
      const start = sentence.start + g.index;
      const end = start + g[0].length;
      report(start, end, 'suggestion');
    }
    return hits;
  },
};
