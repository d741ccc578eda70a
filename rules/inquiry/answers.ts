// Whether the reply answers each of the citizen's questions, and where. An answer addresses the
// question with substance — a date or duration for a when-question, yes/no with its reason, the
// amount, the document, the place — or says it cannot answer yet AND when and how the answer
// will come. An acknowledgement ("vi ser på saken") answers nothing. The match is by meaning, not
// by shared words alone: word families and a few cross-word concepts (svar ~ vedtak ~ behandling,
// gebyr ~ kroner), the kind of substance each kind of question needs, one sentence may answer two
// questions, in any order. Deterministic and linear in the reply's sentences times the questions.
import type { SubgoalId } from '../ids.ts';
import type { TextAnalysis, Token } from '../text/analysis.ts';
import { signatureStart } from '../text/signature.ts';
import type { ResolvedDate } from '../types.ts';
import { daysBetween } from '../calendar/dates.ts';
import type { InquiryQuestion, QuestionTopic } from './questions.ts';
import { monthNameAlternation } from '../calendar/names.ts';
import { durationPattern, PAST_SPAN } from '../time/duration-pattern.ts';
import { GREETING_WORDS } from '../text/greeting.ts';
import { SharedWords, type Terms, termsOf } from './answer-words.ts';
import { withFastWordStarts } from '../engine/word-start.ts';

export interface AnsweredQuestion extends InquiryQuestion {
  answered: boolean;
  /** The answering sentence, offsets into the reply. */
  answer?: { start: number; end: number };
  /** The sub-goal (and rule) an open question is a finding under; set by the engine from the rule set. */
  subgoal?: SubgoalId;
  ruleId?: string;
  /** `answered` was set by hand in the checklist, not by the engine. */
  manual?: true;
}

// ── What a sentence gives ───────────────────────────────────────────────────────────────────

// The patterns of this file are wrapped in withFastWordStarts: their «(?<![\p{L}])» in the form V8
// tests fast on a two-byte string (word-start.ts). One dash or curly quote makes the whole reply
// two-byte, and the sentences tested here are slices of it. They match exactly the same.

const NUMBER_WORDS =
  'en|én|ett|ei|ein|eitt|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|fjorten|femten|tjue|tretti|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|a\\s+couple\\s+of|et\\s+par|eit\\s+par|noen\\s+få|nokre\\s+få|a\\s+few';
const UNITS =
  '(?:arbeids|virke|yrke|kalender)?(?:dag(?:er|ar|ene|ane|ers|ars)?|døgn)|uke(?:r|ne|rs)?|veke(?:r|ne|rs)?|måned(?:er|ene|ers)?|månad(?:er|ar|ene|ane|ers|ars)?|mnd|timer?|timar|minutt(?:er|ar|ene|ane)?|år|(?:working\\s+|business\\s+|calendar\\s+)?days?|weeks?|months?|hours?|minutes?|years?';
const DURATION = durationPattern(NUMBER_WORDS, UNITS);
const MONTH = [...new Set([...monthNameAlternation('no').split('|'), ...monthNameAlternation('en').split('|')])].join('|');
const TIME_ANCHOR = withFastWordStarts(
  new RegExp(
    String.raw`(?<![\p{L}])(?:i\s+dag|i\s+morgen|i\s+morgon|i\s+overmorgen|i\s+overmorgon|neste\s+(?:uke|veke|måned|månad|år)|i\s+neste\s+(?:uke|veke)|denne\s+(?:uka|veka|uken|måneden|månaden)|i\s+løpet\s+av\s+\p{L}+|(?:i|fra|frå|fom|innen|innan|før|til|etter|within|in|from|by|before|until|after|early|late|mid|midten\s+av|slutten\s+av|starten\s+av|end\s+of|beginning\s+of)\s+(?:${MONTH})|før\s+(?:jul|påske|sommeren|sommaren|nyttår)|etter\s+(?:jul|påske|nyttår|sommeren|sommaren)|over\s+nyttår|den\s+\d{1,2}\.|(?:innen|innan|før|by)\s+(?:den\s+)?\d{1,2}\.?\s+(?:i\s+)?(?:måneden|månaden|hver\s+måned|kvar\s+månad|of\s+the\s+month|each\s+month)|(?:the\s+)?same\s+day|samme\s+dag(?:en)?|same\s+dagen?|straks|umiddelbart|immediately|med\s+(?:en|ein)\s+gang|med\s+ein\s+gong|today|tomorrow|tonight|next\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday)|this\s+(?:week|month|afternoon)|before\s+christmas|after\s+(?:christmas|easter|new\s+year)|by\s+the\s+end\s+of|within\s+\p{L}+|on\s+(?:monday|tuesday|wednesday|thursday|friday)|(?:mandag|tirsdag|onsdag|torsdag|fredag|måndag|tysdag|monday|tuesday|wednesday|thursday|friday)|(?:i|in|innen|innan|by|fra|frå|from|til|until|før|before|during)\s+(?:uke|veke|week)\s+\d{1,2}(?!\d))(?![\p{L}])`,
    'iu',
  ),
);
const AMOUNT = withFastWordStarts(
  /(?:\d[\d  .,]*\s*(?:kr\b|kroner|nok\b|,-|%|prosent|percent|per\s+cent)|\bkr\.?\s*\d|\bnok\s*\d|(?<![\p{L}])(?:gratis|kostnadsfritt|free\s+of\s+charge|no\s+charge|(?:uten|utan|without)\s+(?:ekstra\s+|extra\s+|noen\s+|nokon\s+|any\s+)?(?:kostnad|kostnader|betaling|charge|cost|fee|egenandel|eigendel|eigenandel|co-?payment)|ingen\s+kostnad|ingen\s+gebyr|ikke\s+noe\s+gebyr|ikkje\s+noko\s+gebyr|koster\s+(?:deg\s+|dere\s+|dykk\s+)?ingenting|kostar\s+(?:deg\s+|dykk\s+)?ingenting|costs\s+(?:you\s+)?nothing|does\s+not\s+cost|no\s+fee|(?:is|are|['’]s)\s+(?:always\s+|also\s+)?free(?!\s+to)|(?:will|does|do)\s+not\s+cost\s+(?:you\s+)?anything|won['’]t\s+cost|(?:exempt|fritatt|fritekne?)\s+(?:from|fra|frå)\s+(?:the\s+)?(?:patient\s+)?(?:fee|fees|charge|payment|eigenandel\p{L}*|egenandel\p{L}*|gebyr\p{L}*|betaling\p{L}*|avgift\p{L}*)|nothing\s+to\s+pay|(?:ingenting|ikke\s+noe|ikkje\s+noko|ikkje\s+noe)\s+å\s+betale|ingen\s+(?:egenandel|eigenandel|eigendel))(?![\p{L}]))/iu,
);
const PLACE = withFastWordStarts(
  /(?:ved\s+sida\s+av|ved\s+siden\s+av|utanfor|utenfor|next\s+to|outside|beside|\p{L}*stasjon\p{L}*|recycling\s+(?:centre|center|station)|https?:\/\/|www\.|[\p{L}.-]+\.(?:no|com|org)\b|@|(?<![\p{L}])(?:\p{L}*portal\p{L}*|\p{L}*løysing\p{L}*|\p{L}*løsning\p{L}*|\p{L}*butikk\p{L}*|apotek\p{L}*|shops?|stores?|supermarkets?|pharmac\p{L}+|servicetorget|rådhuset|innbyggerservice|innbyggarservice|min\s+side|mi\s+side|nettsiden|nettsida|heimesida|hjemmesiden|website|web\s+page|our\s+website|the\s+portal|portalen|skranken|front\s+desk|reception|resepsjonen|kontoret|office|adressen|address)(?![\p{L}])|\p{Lu}\p{Ll}+(?:gaten|gata|veien|vegen|plass|smauet|allmenningen|street|road|square)\b|(?<![\p{L}])(?:på|i|ved|at|in|on)\s+(?:\p{Lu}\p{Ll}{2,}|\p{Lu}{2,5}\s+\p{Lu}\p{Ll}{2,})|(?<![\p{L}])(?:[Kk]om|[Kk]ome|[Mm]øt|[Cc]ome)\s+(?:opp\s+|in\s+)?(?:til|på|i|to|at)\s+\p{L}{3,})/u,
);
const DOCUMENT = withFastWordStarts(
  /(?<![\p{L}])(?:vedlagt|vedlagd|vedlegg\w*|du\s+får\s+(?:innsyn|kopi|tilgang|tilsendt)|her\s+er|her\s+finn\w*|here\s+(?:is|are)|you\s+(?:will\s+)?(?:get|have|be\s+given)\s+(?:access|a\s+copy|copies)|legger\s+ved|legg\s+ved|ligger\s+ved|ligg\s+ved|i\s+vedlegg|som\s+vedlegg|attached|enclosed|attach(?:ed|ing)?|sender\s+(?:deg|dykk|dere|deg\s+\p{L}+)|har\s+sendt|har\s+sendt\s+deg|sendte\s+deg|we\s+(?:have\s+)?sent|we\s+will\s+send|we\s+are\s+sending|you\s+will\s+receive|vil\s+motta|vil\s+få\s+tilsendt|får\s+tilsendt|får\s+du\s+tilsendt|tilsendt|lenke|link|here:?\s*https?|https?:\/\/|www\.)(?![\p{L}])/iu,
);
const REASON = withFastWordStarts(
  /(?<![\p{L}])(?:dersom|(?:hvis|viss|if)\s+[^.]{0,60}?(?:ikke|ikkje|not)|fordi|ettersom|sidan|siden|på\s+grunn\s+av|grunnen|årsaken|årsaka|skyldes|skuldast|kommer\s+av|kjem\s+av|because|due\s+to|owing\s+to|since|as\s+a\s+result|the\s+reason|derfor|difor|therefore|this\s+means|det\s+betyr|det\s+tyder|slik\s+at|so\s+that|etter\s+(?:reglene|regelverket|loven|lova|forskriften|forskrifta)|under\s+the\s+rules|according\s+to|i\s+samsvar\s+med|følger\s+av|følgjer\s+av|§|ved\s+en\s+feil|ved\s+ein\s+feil|ved\s+en\s+inkurie|by\s+mistake|in\s+error|by\s+error|(?:regnet|rekna|berekna|beregnet|calculated|based)\s+(?:ut\s+)?(?:fra|frå|på|on|from)|(?:ble|blei|vart|var|was|were|har\s+blitt|har\s+vorte|has\s+been|have\s+been)\s+(?:\p{L}+\s+)?(?:forsinket|forseinka|stoppet|stoppa|hindret|hindra|sperret|sperra|blokkert|delayed|stopped|held\s+up|blocked|prevented)|(?:fikk|fekk|had)\s+(?:motorstopp|motorstans|stans|driftsstans|a\s+breakdown|engine\s+trouble|problemer\s+med|problem\s+med|problems\s+with)|,\s+so\s+(?:it|this|the|we|you)|,\s+så\s+(?:det|den|vi|me|du|han|ho|hun))(?![\p{L}])/iu,
);
const HOW = withFastWordStarts(
  /(?:https?:\/\/|www\.|[\p{L}-]+\.(?:no|com|org)\b|(?<![\p{L}])(?:\p{L}*portal\p{L}*|\p{L}*løysing\p{L}*|\p{L}*løsning\p{L}*|min\s+side|mi\s+side|(?:på|i|on|in|via|through)\s+(?:the\s+)?(?:skjema\p{L}*|form|app\p{L}*|nettsid\p{L}*|website|page)|sendes\s+til|sendast\s+til|send(?:er|ar)?\s+(?:du\s+)?(?:\p{L}+\s+)?til|(?:is|are|should\s+be|must\s+be)\s+sent\s+to|send\s+(?:it|them)\s+to|ved\s+å|gjennom|via|by\s+(?:filling|sending|logging|using|calling|going|applying|contacting|writing)|fyll(?:er)?\s+ut|send(?:er)?\s+inn|logg(?:er)?\s+inn|gå\s+inn\s+på|ring(?:er)?|kontakt(?:er)?|søk(?:er)?\s+(?:via|på|gjennom|elektronisk)|du\s+(?:kan|må|skal|bør)\s+\p{L}+|de\s+(?:kan|må)\s+\p{L}+|you\s+(?:can|must|should|need\s+to|have\s+to)\s+\p{L}+|fill\s+in|fill\s+out|log\s+in|apply\s+(?:via|online|through|at)|first|først|deretter|then)(?![\p{L}]))/iu,
);
const WHO = withFastWordStarts(
  /(?:\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|(?<![\p{L}])\p{L}{3,}s\s+(?:ansvar|bekostning|regning)(?![\p{L}])|\p{L}{3,}['’]s\s+responsibility|(?<![\p{L}])\p{L}{3,}(?:es|ast|ed|eid|eigd)\s+(?:av|by)\s+(?:the\s+)?\p{L}{3,}|(?<![\p{L}])(?:[Ss]ender|[Ss]end|[Ss]endes|[Ss]endast|[Ss]ent)\s+(?:\p{L}+\s+){0,2}(?:til|to)\s+(?:the\s+)?\p{Lu}|\p{L}*etat(?:en|ens)?(?![\p{L}])|(?<![\p{L}])(?:[Dd]et\s+er\s+(?:\p{L}+\s+){1,4}som|sitt\s+ansvar|har\s+ansvaret|(?:is|are)\s+(?:the\s+)?responsib\p{L}*|huseier\p{L}*|huseigar\p{L}*|eieren|eigaren|owner|landlord|utleier\p{L}*|utleigar\p{L}*|leietaker\p{L}*|leigetakar\p{L}*|tenant|familien|foreldr\p{L}*|parents|rektor\p{L}*|headteacher|klinikk\p{L}*|clinic|kommunen|the\s+municipality|the\s+council|(?:det\s+er\s+)?(?:du|de|dykk|dere|vi|me|we|you)\s+som|it\s+is\s+(?:you|we)\s+who|(?:behandl|vurder|handsam|avgj|handl|decid|assess|review|consider|process)\p{L}*\s+(?:\p{L}+\s+){0,4}(?:av|by)|etat\p{L}*|statsforvaltar\p{L}*|statsforvalter\p{L}*|nemnd\p{L}*|utval\p{L}*|board|agency|teamet|team|you\s+can\s+(?:call|contact|ring|email)|du\s+kan\s+(?:ringe|kontakte|sende)|kan\s+du\s+(?:ringe|kontakte)|saksbehandler(?:en)?|sakshandsamar(?:en)?|caseworker|case\s+officer|kontaktperson(?:en)?|contact\s+person|ansvarlig|ansvarleg|responsible|er\s+det\s+\p{L}+\s+som|heter|heiter|is\s+handled\s+by|handles?\s+your|behandles\s+av|vert\s+handsama\s+av|blir\s+behandlet\s+av|etaten|\p{L}*avdelingen|\p{L}*avdelinga|department|office|[Pp]olitiet|the\s+police|[Bb]rannvesen\p{L}*|fire\s+service|[Mm]attilsynet)(?![\p{L}]))/u,
);
const YES_NO = withFastWordStarts(
  /(?:^[\s"«]*(?:ja|nei|jo|yes|no|correct|riktig|stemmer|det\s+stemmer|that\s+is\s+(?:right|correct))(?![\p{L}])|(?<![\p{L}])(?:(?<!^[\s"«]*)(?:må|kan|får|skal|bør|trenger|treng|slipper|sleppar)\s+(?:du|de|dere|dykk)|(?:er|blir|var|vert|is|are|was|were|will\s+be)\s+(?:ikke\s+|ikkje\s+|not\s+)?(?:\p{L}+pliktig\w*|\p{L}+pliktug\w*|required|allowed|possible|necessary|mogleg|mulig|lov|tillatt)|(?:er|blir|var|is|are|was|were)\s+(?:ikke|ikkje|not)|(?:ikke|ikkje|not|never|aldri)\s+(?:av|by|for|til|to|mulig|mogleg|possible|lov)|du\s+kan|du\s+kan\s+ikke|du\s+kan\s+ikkje|du\s+må|du\s+må\s+ikke|du\s+får|du\s+får\s+ikke|du\s+får\s+ikkje|du\s+har\s+(?:rett|krav)|du\s+trenger|du\s+treng|du\s+skal|du\s+bør|du\s+er\s+(?:ikke\s+|ikkje\s+)?(?:pliktig|nødt|berettiget|kvalifisert)|de\s+kan|de\s+må|de\s+får|dere\s+kan|dere\s+må|dykk\s+kan|dykk\s+må|det\s+er\s+(?:ikke\s+|ikkje\s+)?(?:mulig|mogleg|lov|tillatt|tillate|nødvendig|naudsynt|riktig|rett|korrekt|greit|krav|påkrevd)|det\s+går\s+(?:fint|bra|ikke|ikkje)|vi\s+har\s+(?:ikke|ikkje)|me\s+har\s+ikkje|(?:vi|me)\s+(?:mangler|manglar)|we\s+(?:still\s+)?(?:need|are\s+missing|lack)|vi\s+kan\s+(?:ikke\s+)?(?:bekrefte|stadfeste)|me\s+kan\s+(?:ikkje\s+)?stadfeste|vi\s+bekrefter|vi\s+stadfester|me\s+stadfester|vi\s+kan|me\s+kan|vi\s+kan\s+ikke|me\s+kan\s+ikkje|dessverre|diverre|beklageligvis|you\s+can|you\s+cannot|you\s+can't|you\s+may|you\s+must|you\s+need|you\s+do\s+not\s+need|you\s+don't\s+need|you\s+will|(?:is|are)\s+(?:not\s+)?(?:entitled|allowed|eligible|required|welcome)|har\s+(?:rett|krav)\s+(?:til|på)|you\s+have\s+(?:the\s+)?right|we\s+can|we\s+cannot|we\s+can't|we\s+have\s+not|we\s+(?:confirm|can\s+confirm)|i\s+can\s+confirm|unfortunately|it\s+is\s+(?:not\s+)?(?:possible|allowed|necessary|required|correct)|this\s+is\s+(?:not\s+)?(?:possible|allowed|correct)|er\s+godkjent|er\s+godkjend|er\s+innvilget|er\s+innvilga|er\s+avslått|er\s+avslege|has\s+been\s+(?:approved|granted|rejected|refused|received|registered)|was\s+(?:approved|granted|rejected|received)|velkommen|velkomne|velkomen|welcome|(?:is|are)\s+(?:also\s+)?available|er\s+(?:òg\s+|også\s+)?(?:tilgjengeleg|tilgjengelig|opne?|åpne?)\s+for|kan\s+gjerne|can\s+(?:certainly|gladly)|(?:trenger|treng|need|needs)\s+(?:ikke|ikkje|not)|(?:does|do)\s+not\s+need|requires?|is\s+required|krev(?:er|s)?|påkrevd|obligatorisk|mandatory|(?:will|shall)\s+(?:also\s+)?(?:get|receive|be\s+given|be\s+offered)|(?:is|are)\s+entitled)(?![\p{L}]))/iu,
);

const YES_OR_NO_FIRST = /^[\s"«]*(?:ja|nei|jo|yes|no)(?![\p{L}])/iu;
/** A reasoned no to a request ("Vi kan dessverre ikke sende …"). */
const REFUSAL = withFastWordStarts(
  /(?<![\p{L}])(?:dessverre|diverre|unfortunately|kan\s+ikke|kan\s+ikkje|cannot|can't|har\s+ikke\s+(?:lov|anledning)|har\s+ikkje\s+(?:lov|høve)|are\s+not\s+able|not\s+allowed)(?![\p{L}])/iu,
);

/** Says only that the matter is being looked at: no substance. */
const ACKNOWLEDGEMENT = withFastWordStarts(
  /(?<![\p{L}])(?:takk\s+for|thank\s+you|thanks\s+for|vi\s+(?:ser|skal\s+se|vil\s+se|tar\s+en\s+titt)\s+(?:på|nærmere|nærare)|me\s+(?:ser|skal\s+sjå|vil\s+sjå)\s+på|og\s+(?:ser|skal\s+se|skal\s+sjå|vil\s+se)\s+(?:nærmere\s+|nærare\s+)?på|we\s+(?:are|will\s+be)\s+looking\s+into|we\s+will\s+look\s+into|we\s+are\s+(?:working\s+on|considering)|vi\s+jobber\s+med|me\s+jobbar\s+med|vi\s+undersøker|me\s+undersøkjer|er\s+under\s+(?:behandling|handsaming|arbeid)|is\s+being\s+(?:processed|handled|considered|looked\s+at)|under\s+consideration|vi\s+kommer\s+tilbake|me\s+kjem\s+tilbake|we\s+will\s+get\s+back|we'll\s+get\s+back|vi\s+beklager|me\s+beklagar|we\s+apologi[sz]e|(?:beklager|beklagar)\s+(?:at|for)|sorry\s+(?:that|for|about)|we\s+are\s+sorry|(?:vi|me|jeg|eg)\s+har\s+(?:notert|registrert)\s+(?:meg\s+|oss\s+)?at|(?:we|i)\s+have\s+(?:noted|registered)\s+that|vi\s+har\s+notert|me\s+har\s+notert|we\s+have\s+noted|vi\s+forstår|me\s+forstår|we\s+understand)(?![\p{L}])/iu,
);
// Words without which the regex below cannot match: most sentences have none and are not scanned.
const words = (list: string) => new Set(list.split(/\s+/));
const TIME_WORDS = words(
  `0 1 2 3 4 5 6 7 8 9 ${NUMBER_WORDS.replace(/\\s\+/g, ' ').split('|').join(' ')} dag dager dagar dagene dagane døgn uke uker uka uken veke veker veka måned måneder måneden månad månader månaden mnd time timer timar minutt minutter minuttar minute minutes arbeidsdager arbeidsdagar virkedager virkedagar yrkedagar kalenderdager ` +
    `år year years day days week weeks month months hour hours morgen morgon overmorgen overmorgon neste denne løpet jul påske sommeren sommaren nyttår den same samme straks umiddelbart immediately gang gong today tomorrow tonight next this christmas easter new end within ` +
    `${MONTH.split('|').join(' ')} mandag tirsdag onsdag torsdag fredag måndag tysdag monday tuesday wednesday thursday friday`,
);
const NOT_YET_WORDS = words(
  `ennå enno enda endå foreløpig førebels ikke ikkje not cannot can't can’t unable early tidlig tidleg don't don’t avventer ventar venter waiting awaiting ser sjår vurderer vurderar undersøker undersøkjer sjekker sjekkar looking considering checking check look`,
);
const AMOUNT_WORDS = words(
  `0 1 2 3 4 5 6 7 8 9 kr gratis kostnadsfritt free charge ingen ikke ikkje koster kostar costs does no nok nothing ingenting cost exempt fritatt fritekne fritekn uten utan without`,
);
const ACK_WORDS = words(
  `takk thank thanks ser skal vil tar sjå looking look working considering jobber jobbar undersøker undersøkjer under being consideration kommer kjem get we'll we’ll beklager beklagar apologise apologize notert noted forstår understand`,
);

/**
 * «Spørsmålet ditt om refusjon er sendt til skattekontoret», "We have sent your question about the
 * bin to the owner": the question passed on. It answers only with when the answer comes.
 */
const FORWARDED_QUESTION = withFastWordStarts(
  /(?<![\p{L}])(?:(?:spørsmål\p{L}*|question\p{L}*)\s+(?:\p{L}+\s+){0,5}?(?:er|has\s+been|have\s+been|was|is|vart|blei|ble)\s+(?:nå\s+|no\s+|now\s+)?(?:sendt|send|videresendt|oversendt|forwarded|passed\s+on|referred|sent)|(?:vi|me|we)\s+(?:har|have)\s+(?:sendt|send|videresendt|oversendt|forwarded|passed\s+on|referred|sent)\s+(?:\p{L}+\s+){0,2}(?:spørsmål\p{L}*|question\p{L}*))(?![\p{L}])/iu,
);
/** Every FORWARDED_QUESTION match names the question (guarded: most sentences do not). */
const FORWARDED_QUESTION_HINT = /spørsmål|question/iu;

/** "Vi kan ikke svare på dette ennå": the answer is deferred (it counts with when and how). */
const NOT_YET = withFastWordStarts(
  /(?<![\p{L}])(?:(?:vi|me|we)\s+(?:ser\s+på|sjår\s+på|vurderer|vurderar|undersøker|undersøkjer|sjekker|sjekkar|are\s+looking\s+into|are\s+considering|are\s+checking|will\s+check|will\s+look\s+into)\s+(?:om|whether|if)|ennå\s+ikke|enno\s+ikkje|ikke\s+ennå|ikkje\s+enno|ikke\s+enda|ikkje\s+endå|ennå\s+ikkje|foreløpig\s+ikke|førebels\s+ikkje|kan\s+ikke\s+(?:svare|si|gi)|kan\s+ikkje\s+(?:svare|seie|gje|gi)|har\s+ikke\s+(?:svar|oversikt)|har\s+ikkje\s+(?:svar|oversikt)|vet\s+ikke|veit\s+ikkje|ikke\s+klart|ikkje\s+klart|ikke\s+avgjort|ikkje\s+avgjort|not\s+yet|cannot\s+(?:yet\s+)?(?:answer|say|tell|confirm|give)|can't\s+(?:yet\s+)?(?:answer|say|tell|confirm|give)|unable\s+to\s+(?:answer|say|tell|confirm)|not\s+able\s+to|too\s+early|for\s+tidlig|for\s+tidleg|don't\s+know\s+yet|do\s+not\s+(?:yet\s+)?know|(?<!(?:mens|medan|while)\s+(?:vi|me|we|du|de|dere|dykk|you)\s+(?:are\s+)?)(?:avventer|ventar\s+på|venter\s+på|waiting\s+for|awaiting))(?![\p{L}])/iu,
);
const HOW_ANSWER_COMES = withFastWordStarts(
  /(?<![\p{L}])(?:svar|brev|e-?post|telefon|ring|melding|kontakt|tilbake|vedtak|høre|høyre|hear|letter|e-?mail|phone|call|write|contact|get\s+back|send|reply|answer|decision|message|digipost|min\s+side|mi\s+side|post)/iu,
);

const ENDS_WITH_QUESTION_MARK = /\?\s*$/;

function looksAhead(found: ResolvedDate, today: string): boolean {
  if (found.date < today) return false;
  if (found.promise) return true;
  const hasYear = /\d{4}|\.\d{2}(?!\d)\s*$/.test(found.text);
  return hasYear || daysBetween(today, found.date) <= 183;
}

/**
 * A sentence of the reply. What it gives (a time, an acknowledgement …) is worked out only when a
 * question asks, once: most sentences share no word with any question and are never tested.
 */
class ReplySentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Per question (by index), how many of its terms the sentence shares (SharedWords). */
  readonly shared: number[] = [];
  /** How many of its words are no stop words. */
  readonly contentWords: number;
  /** «Dette trenger vi fra dere:», "This is what to send:": a lead-in that a list follows. */
  introducesList = false;
  /** Every word of the sentence, lower case: a regex runs only where one of its words stands. */
  private readonly words: readonly string[];
  /** Numbers are one token ("3 720" is two): a digit stands for the amount and time words' «0». */
  private readonly hasNumber: boolean;
  private readonly dates: readonly ResolvedDate[];
  private readonly today: string;
  /** The sentence's tokens are tokens[from, to) of the reply's. */
  constructor(
    start: number,
    end: number,
    text: string,
    tokens: readonly Token[],
    from: number,
    to: number,
    dates: readonly ResolvedDate[],
    today: string,
    sharedWords: SharedWords,
  ) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.dates = dates;
    this.today = today;
    const lower: string[] = [];
    let hasNumber = false;
    for (let i = from; i < to; i++) {
      const token = tokens[i]!;
      if (token.kind === 'word' || token.kind === 'abbr') lower.push(token.lower);
      else if (token.kind === 'number') hasNumber = true;
    }
    this.contentWords = sharedWords.count(lower, this.shared);
    this.words = lower;
    this.hasNumber = hasNumber;
  }

  /** Each test at most once per sentence, by slot (a plain array: no closure or map per call). */
  private readonly memo: Array<boolean | undefined> = [];

  private has(words: ReadonlySet<string>): boolean {
    for (const w of this.words) if (words.has(w)) return true;
    return this.hasNumber && words.has('0');
  }

  /** Asked, not said: it answers nothing. Read only of the sentences a question is weighed against. */
  get isQuestion(): boolean {
    return this.test(SLOT.isQuestion, ENDS_WITH_QUESTION_MARK);
  }

  /** A date ahead, a duration or a time anchor. */
  get time(): boolean {
    let v = this.memo[0];
    if (v === undefined) {
      v =
        this.dates.some((d) => looksAhead(d, this.today)) ||
        (this.has(TIME_WORDS) && (DURATION.test(this.text.replace(PAST_SPAN, '')) || TIME_ANCHOR.test(this.text)));
      this.memo[0] = v;
    }
    return v;
  }

  /** Any date, also one that looks back ("Vi mottok søknaden 12. november"). */
  get anyDate(): boolean {
    return this.dates.length > 0;
  }

  get ack(): boolean {
    return this.guarded(1, ACK_WORDS, ACKNOWLEDGEMENT);
  }

  get notYet(): boolean {
    return this.guarded(2, NOT_YET_WORDS, NOT_YET);
  }

  get amount(): boolean {
    return this.guarded(3, AMOUNT_WORDS, AMOUNT);
  }

  /** A regex over the sentence, once per slot, and only when the sentence holds one of its words (a set) or a pretest matches. */
  guarded(slot: number, words: ReadonlySet<string> | RegExp, re: RegExp): boolean {
    let v = this.memo[slot];
    if (v === undefined) {
      v = (words instanceof RegExp ? words.test(this.text) : this.has(words)) && re.test(this.text);
      this.memo[slot] = v;
    }
    return v;
  }

  /** A regex over the sentence, once per slot (SLOT below). */
  test(slot: number, re: RegExp): boolean {
    let v = this.memo[slot];
    if (v === undefined) {
      v = re.test(this.text);
      this.memo[slot] = v;
    }
    return v;
  }
}

/** Memo slots of ReplySentence.test (0–3 are its getters). */
const SLOT = {
  place: 4,
  document: 5,
  yesNoFirst: 6,
  refusal: 7,
  reason: 8,
  how: 9,
  who: 10,
  yesNo: 11,
  howComes: 12,
  generic: 13,
  notBefore: 14,
  clock: 15,
  receipt: 16,
  strongReason: 17,
  count: 18,
  distance: 19,
  contact: 20,
  appealDeadline: 21,
  percentOnly: 22,
  forwarded: 23,
  discount: 24,
  none: 25,
  existence: 26,
  durationAnswer: 27,
  officeActs: 28,
  pointer: 29,
  nothingNeeded: 30,
  grants: 31,
  decided: 32,
  condition: 33,
  advice: 34,
  isQuestion: 35,
  appealStated: 36,
  toUs: 37,
  youAreRight: 38,
  defines: 39,
  citizenDeadline: 40,
  courtesy: 41,
  dependsOn: 42,
  passiveDone: 43,
  processingTimeStated: 44,
} as const;
/**
 * "Can you fix it?" — "Your card has been renewed"; «Kan de sjå på det?» — «Nytt rekkverk blir montert
 * onsdag»: what the office did or will do answers a request with no object of its own. «Kan de fikse
 * det før jul?» wants the time as well.
 */
function actsOnRequest(question: InquiryQuestion, s: ReplySentence): boolean {
  if (asks(question, ASKS_FOR_HELP)) return !s.ack && !s.notYet && (RECEIVES_HELP.test(s.text) || s.test(SLOT.officeActs, OFFICE_ACTS));
  return (
    asks(question, GENERIC_REQUEST) &&
    !s.ack &&
    (!asks(question, ASKS_BY_A_TIME) || s.time) &&
    (s.test(SLOT.officeActs, OFFICE_ACTS) || s.test(SLOT.passiveDone, PASSIVE_DONE))
  );
}
/** «Kan jeg få hjelp?», "Can we get some help?": help asked for, with nothing named. */
const ASKS_FOR_HELP =
  /^[\s"«]*(?:(?:og|and|men|but|so|så)\s+)?(?:kan|kunne|could|can|may)\s+(?:jeg|eg|vi|me|i|we|han|hun|ho|he|she)\s+(?:få|get|have|be\s+given)\s+(?:noe\s+|noko\s+|litt\s+|some\s+|any\s+)?(?:hjelp|help|assistance|bistand|støtte|support)\s*[?.!]*\s*$/iu;
/** «Du får 2 100 kroner til mat», "You have been given a place": the reader granted something, which answers a bare request for help. */
const RECEIVES_HELP =
  /(?<![\p{L}])(?:(?:du|dere|de|dykk|you|han|hun|ho|he|she)\s+(?:får|vil\s+få|har\s+fått|kan\s+få|fekk|fikk|get|will\s+get|can\s+get|have\s+been\s+given|has\s+been\s+given|are\s+entitled|is\s+entitled|qualify|qualifies)|(?:er|vart|ble|blei|is|has\s+been|have\s+been)\s+(?:innvilget|innvilga|granted|approved))(?![\p{L}])/iu;
/** «Kan dere se på det?», "Can you fix it?", "Can the municipality do anything?": the office asked to act, on the matter before. */
const GENERIC_REQUEST =
  /^[\s"«]*(?:(?:og|and|men|but|so|så)\s+)?(?:kan|kunne|vil|could|can|will|would)\s+(?:dere|de|dykk|du|you|kommunen|the\s+(?:municipality|council|kommune)|noen|nokon|someone|somebody)\s+(?:(?:please|gjerne|snarest|raskt|quickly)\s+)?(?:fix|fikse|fiksa|se\s+på|sjå\s+på|sjekke|sjekka|check|look\s+(?:at|into)|do\s+(?:anything|something)|gjøre\s+noe|gjere\s+noko|gjera\s+noko|ordne|repair|reparere|rette|retta|correct|sort)(?:\s+(?:it|this|that|det|dette|den|opp|out))?(?![\p{L}])/iu;
/** "Your card has been renewed", «Nytt rekkverk blir montert onsdag», «Feilen er retta»: the act done or set, in the passive. */
const PASSIVE_DONE =
  /(?<![\p{L}])(?:(?:has|have)\s+(?:now\s+|already\s+)?been\s+\p{L}{3,}(?:ed|en|t)|(?:er|vart|ble|blei|blir|vert|vil\s+bli|skal\s+bli)\s+(?:nå\s+|no\s+|allerede\s+|alt\s+)?(?:rettet|retta|fikset|fiksa|reparert|ordnet|ordna|fornyet|fornya|montert|endret|endra|sjekket|sjekka|skiftet|skifta|bytt|byttet|bytta|utbedret|utbetra|sikret|sikra|fjernet|fjerna|satt\s+opp|sett\s+opp|lagt\s+om|tømt|tømd|strødd|brøytet|brøyta|godkjent|godkjend|innvilget|innvilga))(?![\p{L}])/iu;
/** «kommer an på», "depends on": what an answer depends on (answerScore takes it for no answer). */
const DEPENDS_ON = /(?<![\p{L}])(?:kommer\s+an\s+på|kjem\s+an\s+på|avhenger\s+av|avheng\s+av|depends\s+(?:on|upon)|it\s+varies|det\s+varierer)(?![\p{L}])/iu;
/** A literal every DEPENDS_ON match holds (guarded: tried on each sentence a question is weighed against). */
const DEPENDS_ON_HINT = /an\s+på|avheng|depends|varie/iu;
/** «Takk for at du skreiv», "Thank you for writing on behalf of …", «Så gøy at …»: courtesy, which answers nothing. */
const COURTESY =
  /^[\s"«]*(?:tusen\s+takk|mange\s+takk|takk|thank\s+you|thanks|så\s+(?:gøy|kjekt|fint|flott|hyggelig|hyggeleg)|det\s+er\s+(?:fint|kjekt|flott|hyggelig|hyggeleg|gøy)\s+at|how\s+(?:nice|lovely|great)|(?:it\s+is|it's)\s+(?:great|lovely|nice|good)\s+(?:to\s+hear|that))(?![\p{L}])/iu;
/** "Thank you for your message, and you are right: …": a second clause after the thanks may answer. */
const CLAUSE_AFTER_COURTESY = /(?:,\s*(?:and|og)\s+(?:you|du|de|dere|dykk)\s|:\s)/iu;
/** A sentence that only says where information stands: «… finn de i prislista på nettsida vår», «Der står det også …», "You can read more on …". */
const POINTS_ELSEWHERE = withFastWordStarts(
  /(?:(?<![\p{L}])(?:finn(?:er|ar)?|ser|les(?:er)?|read|find|see)\s+(?:du|de|dere|dykk|you)\s+(?:\p{L}+\s+){0,4}?(?:på|i|on|in|at)\s+(?:\p{L}+\s+){0,2}?(?:nettsid\p{L}*|heimesid\p{L}*|hjemmesid\p{L}*|prislist\p{L}*|website|web\s+page|page|price\s+list|brosjyr\p{L}*|forskrift\p{L}*|bergen\.kommune\.no|vedlagt\p{L}*|vedlagd\p{L}*|vedlegg\p{L}*|attached|attachment|enclosed)|^[\s"«]*(?:der|her|there|here)\s+(?:står|stend|står\s+det|finn\s+du|finner\s+du|you\s+(?:can\s+)?(?:find|read|see))|(?:du|de|dere|dykk|you)\s+(?:kan|can)\s+(?:lese|lesa|read|finne|find|see|sjå|se)\s+(?:mer|meir|more)\s+(?:om|about)|(?:is|are|står|stend|ligg|ligger)\s+(?:in|i)\s+(?:the\s+)?(?:attachment|attached\s+\p{L}+|enclosed\s+\p{L}+|vedlegget|vedlagde\s+\p{L}+|vedlagte\s+\p{L}+)|^[\s"«]*(?:please\s+)?(?:see|sjå|se)\s+(?:the\s+)?(?:attached|enclosed|vedlagt\p{L}*|vedlegg\p{L}*))(?![\p{L}])/iu,
);
/** A literal every POINTS_ELSEWHERE match holds: where it points, «mer»/"more", or «der»/«her» first. */
const POINTS_ELSEWHERE_HINT =
  /sid|prislist|website|page|price|brosjyr|forskrift|kommune\.no|vedl|attach|enclos|\s(?:mer|meir|more)\s|^[\s"«]*(?:der|her|there|here)\s/iu;
/** A price asked («Kva kostar ein heil plass?», "How much is the fee?"), not a share of one. */
const ASKS_PRICE =
  /^(?![^?]*(?:rabatt|moderasjon|discount|reduksjon|reduction|prosent|percent|andel|share))[^?]*(?:kost|cost|pris|price|betal|pay|gebyr|fee|avgift|charge|leie|leige|rent)/iu;
/** A sentence whose only amounts are percentages: «Sysken får 30 prosent moderasjon». */
const PERCENT_ONLY =
  /^(?![\s\S]*(?:\d[\d  .,]*\s*(?:kr\b|kroner|nok\b|,-)|\bkr\.?\s*\d|\bnok\s*\d|gratis|free|kostnadsfri))[\s\S]*\d\s*(?:%|prosent|percent|per\s+cent)/iu;

/**
 * The citizen's deadline to appeal («Du kan klage innen tre uker», "can be appealed within three
 * weeks"): it answers a question about appealing, not how long the office takes or whether a fee applies.
 */
const APPEAL_DEADLINE = withFastWordStarts(
  /(?<![\p{L}])(?:(?:du|dere|de|dykk|you)\s+(?:kan|må|can|must|may|have\s+to)\s+(?:\p{L}+\s+)?(?:klage|klaga|appeal|complain)|(?:kan|can|may)\s+(?:be\s+)?(?:påklages|påklagast|appealed)|(?:klagen|klaga|the\s+(?:appeal|complaint)|an?\s+(?:appeal|complaint))\s+(?:må|must)\s+(?:\p{L}+\s+){0,2}(?:sendes|sendast|være|vere|be\s+(?:sent|submitted|received|made))|(?:klagen|klaga|ei\s+klage|en\s+klage|eventuell\s+klage)\s+(?:sendes|sendast|blir\s+sendt|vert\s+send))(?![\p{L}])(?:[^.!?\n]|[.](?=[\p{L}\p{N}])){0,80}(?<![\p{L}])(?:innen|innan|within|before|by)(?![\p{L}])/iu,
);
/** "Hvor lang tid tar behandlingen?", "How long will it take?": how long the office's work takes (not how long a state lasts). */
const ASKS_PROCESSING_TIME = withFastWordStarts(
  /(?<![\p{L}])(?:(?:hvor|kor)\s+(?:lenge|lang\s+tid)\s+(?:tar|tek)|\p{L}*behandlings\s?tid\p{L}*|\p{L}*handsamings\s?tid\p{L}*|processing\s+time|how\s+long\s+(?:does|will|would|do)\s+(?:it|this|that|the\s+\p{L}+|you)\s+(?:\p{L}+\s+)?take)(?![\p{L}])/iu,
);
/** A duration, or a word that says when something is done by: what answers how long the office takes. */
const DURATION_ANSWER = withFastWordStarts(
  new RegExp(
    `${DURATION.source}|(?<![\\p{L}])(?:innen|innan|within|by|before|før|til|till|until|ut|through|senest|seinast|i\\s+løpet\\s+av|tar|tek|takes?|will\\s+take|ferdig\\p{L}*|klar|ready|done|avgjort|avgjord|decided|svar|answer|reply|vedtak|decision|behandlingstid\\p{L}*|handsamingstid\\p{L}*)(?![\\p{L}])`,
    'iu',
  ),
);
/**
 * "How long does the processing take?" wants a duration or a time something is done by, not a start
 * date («plass fra 1. februar»); true for every other question.
 */
function givesProcessingTime(question: InquiryQuestion, s: ReplySentence): boolean {
  return !(asks(question, ASKS_PROCESSING_TIME) || asks(question, ASKS_WAITING_TIME)) || s.test(SLOT.durationAnswer, DURATION_ANSWER);
}
/** «Hvor lang er ventetiden?», "How long is the waiting list?": a length of time too, and a place granted meanwhile is not it. */
const ASKS_WAITING_TIME = withFastWordStarts(
  /(?<![\p{L}])(?:ventetid\p{L}*|waiting\s+(?:time|period)|how\s+long\s+(?:is|will\s+be)\s+the\s+(?:wait|waiting\s+list|queue)|(?:hvor|kor)\s+lang\s+(?:er|blir|vert)\s+(?:køen|køa|ventelista|ventelisten))(?![\p{L}])/iu,
);
/** "Hvor lenge tar en klagebehandling?", "How long will the review take?": the office's time, not the citizen's deadline. */
const ASKS_OFFICE_DURATION = withFastWordStarts(
  /(?<![\p{L}])(?:(?:hvor|kor)\s+(?:lenge|lang\s+tid)\s+(?:tar|tek|vil|kjem|pleier|pleiar)|(?:hvor|kor)\s+lang\s+tid\s+har\s+(?:dere|de|dykk|kommunen|etaten)|how\s+long\s+(?:does|will|would|do\s+you|did)(?!\s+(?:i|we)\s)|\p{L}*behandlingstid\p{L}*|\p{L}*handsamingstid\p{L}*|processing\s+time|take\s+(?:you\s+)?to\s+(?:process|handle|decide|review|consider))(?![\p{L}])/iu,
);
/** «Saksbehandlingstiden er omtrent tre uker», "Processing time is currently six weeks": the office's time, whatever the case is called. */
const PROCESSING_TIME_STATED = withFastWordStarts(
  /(?<![\p{L}])(?:\p{L}*behandlingstid\p{L}*|\p{L}*handsamingstid\p{L}*|processing\s+times?|case\s+handling\s+times?)(?![\p{L}])/iu,
);
/** «Klagefristen er tre uker», "The appeal deadline is three weeks": the citizen's deadline stated, not how long the office takes. */
const APPEAL_DEADLINE_STATED = withFastWordStarts(
  /(?<![\p{L}])(?:klagefristen|klagefrist|the\s+(?:appeal|complaint)\s+deadline|the\s+deadline\s+for\s+(?:appeals?|complaints?))\s+(?:er|is|på|of)\s+(?:\p{L}+\s+){0,2}?(?:\d+|en|ei|ein|to|tre|fire|seks|one|two|three|four|six)\s+(?:uker|veker|weeks|dager|dagar|days|måneder|månader|months|uke|veke|week|month)(?![\p{L}])/iu,
);
/**
 * «Søknadsfristen er 1. mars», "The deadline for applications is 1 February", «må vere registrert
 * innan 15. desember»: a date the citizen must meet, which says nothing of when the office answers
 * or acts.
 */
const CITIZEN_DEADLINE = withFastWordStarts(
  /(?<![\p{L}])(?:søknadsfrist\p{L}*|påmeldingsfrist\p{L}*|fristen\s+for\s+å\s+(?:søke|søkje|melde|sende|levere)|application\s+deadline|(?:the\s+)?deadline\s+for\s+(?:applications?|applying|registration)|(?:må|skal|must)\s+(?:vere|være|be)\s+(?:registrert|registrerte|sendt|send|mottatt|motteken|levert|received|submitted|registered)\s+(?:innen|innan|by|before))(?![\p{L}])/iu,
);
/** A literal every CITIZEN_DEADLINE match holds. */
const CITIZEN_DEADLINE_HINT = /frist|deadline|\s(?:vere|være|be)\s/iu;
/** Asks the citizen's own deadline («Kva er søknadsfristen?», «Når må søknaden være inne?»), not when the office acts. */
const ASKS_DEADLINE = withFastWordStarts(
  /(?<![\p{L}])(?:\p{L}*frist\p{L}*|deadline\p{L}*|innen\s+når|innan\s+når|by\s+when|seinast|senest|latest|(?:når|kva\s+tid|when)\s+(?:må|skal|must|should|do\s+(?:i|we)\s+(?:have|need)\s+to))(?![\p{L}])/iu,
);
/** Every match of APPEAL_DEADLINE holds one of these: the cheap test first, on most sentences the only one. */
const APPEAL_WORDS = /klag|appeal|complain/iu;
const ABOUT_APPEAL = withFastWordStarts(
  /(?<![\p{L}])(?:klag\p{L}*|påklag\p{L}*|appeal\p{L}*|complain\p{L}*|frist\p{L}*|\p{L}+frist\p{L}*|deadline\p{L}*)(?![\p{L}])/iu,
);

/** A phone number, an e-mail address or "du når dem på": a way to reach someone. */
const CONTACT = withFastWordStarts(
  /(?<![\p{N}])(?:\+47\s?)?\d{2}\s?\d{2}\s?\d{2}\s?\d{2}(?![\p{N}])|[\p{L}\p{N}._-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|(?<![\p{L}])(?:du\s+når|de\s+når|you\s+can\s+reach|reach\s+(?:them|us))(?![\p{L}])/iu,
);
/** "Kor langt må ein gå?": a distance answers. */
const ASKS_DISTANCE = withFastWordStarts(/(?<![\p{L}])(?:hvor\s+langt|kor\s+langt|how\s+far)(?![\p{L}])/iu);
const DISTANCE = withFastWordStarts(
  /(?<![\p{L}])(?:\d[\d  .,]*|[\p{L}]+)\s*(?:meter|metre|metres|meters|m|km|kilometer|kilometre|kilometres|kilometers|miles?)(?![\p{L}])/iu,
);
/** "Hvor mange får plass?": any number answers, not only an amount of money. */
const ASKS_COUNT = withFastWordStarts(/(?<![\p{L}])(?:hvor\s+mange|kor\s+mange|how\s+many)(?![\p{L}])/iu);
const COUNT = withFastWordStarts(new RegExp(String.raw`(?<![\p{L}\p{N}])(?:\d+|${NUMBER_WORDS})(?![\p{L}\p{N}])`, 'iu'));
const RECEIPT_QUESTION = withFastWordStarts(
  /(?<![\p{L}])(?:mottatt|motteke|mottok|fått|fikk|fekk|registrert|received|receive|got|registered|kommet|arrived)(?![\p{L}])/iu,
);

/** A first sentence that only greets ("Hei Kari,", «God morgon!»). */
const GREETING_SENTENCE = new RegExp(String.raw`^[\s"«]*(?:${GREETING_WORDS})(?![\p{L}])`, 'iu');

/** A numbered or bulleted item on the next line or after a blank one. */
const LIST_AFTER = /^[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:\d{1,2}[.)]|[-•*–])\s/u;
/**
 * «Hva må vi sende inn?», "What do I need to bring?", «Kva dokumentasjon treng de?»: what to send
 * or bring, which a list of it answers.
 */
const ASKS_WHAT_NEEDED = withFastWordStarts(
  /(?<![\p{L}])(?:hva|kva|what|hvilke|which)\s+(?:[\p{L}-]+\s+){0,6}?(?:sende\s+inn|sende|send|legge\s+ved|leggje\s+ved|ha\s+med|ta\s+med|trenger|treng|need|submit|bring|include|attach|provide)(?![\p{L}])/iu,
);
/** A lead-in that says the list is how: «Slik går du fram:», «Slik går det vidare:», "Here is how:", "The steps are:". */
const STEPS_LEAD = withFastWordStarts(
  /(?<![\p{L}])(?:slik|sånn|this\s+is\s+how|here\s+is\s+how|here['’]s\s+how|steps?|steg|følgende|følgjande|following)(?![\p{L}])/iu,
);
/** A lead-in that says the list is what is needed: «Dette trenger vi fra dere:», "Please send us the following:". */
const NEEDS_LEAD = withFastWordStarts(
  /(?<![\p{L}])(?:trenger|treng|må|need|needs|require|requires|send|sende|legg|leggje|legge|bring|include|attach|provide|følgende|følgjande|following)(?![\p{L}])/iu,
);

function replySentences(reply: string, analysis: TextAnalysis, dates: readonly ResolvedDate[], today: string, sharedWords: SharedWords): ReplySentence[] {
  const end = Math.min(reply.length, signatureStart(reply));
  const out: ReplySentence[] = [];
  let d = 0;
  for (const [index, s] of analysis.sentences.entries()) {
    if (s.start >= end || s.wordCount === 0) continue;
    const text = reply.slice(s.start, s.end);
    // The greeting line ("Hei Kari,") answers nothing.
    if (index === 0 && s.wordCount <= 4 && GREETING_SENTENCE.test(text)) continue;
    // Dates come sorted by position: the ones inside this sentence, without a scan of all of them.
    while (d < dates.length && dates[d]!.start < s.start) d++;
    let e = d;
    while (e < dates.length && dates[e]!.end <= s.end) e++;
    let w = s.firstWord;
    while (w < analysis.words.length && analysis.words[w]!.start < s.end) w++;
    const sentence = new ReplySentence(s.start, s.end, text, analysis.words, s.firstWord, w, dates.slice(d, e), today, sharedWords);
    sentence.introducesList = /:\s*$/u.test(text) && LIST_AFTER.test(reply.slice(s.end, s.end + 16));
    out.push(sentence);
  }
  return out;
}

/**
 * What a question asks, by one of the ASKS_ patterns: once per question and pattern. The same
 * question is weighed against many sentences, and the inquiry's questions outlive checks.
 */
const questionTests = new WeakMap<InquiryQuestion, Map<RegExp, boolean>>();
function asks(question: InquiryQuestion, pattern: RegExp): boolean {
  let tests = questionTests.get(question);
  if (!tests) {
    tests = new Map();
    questionTests.set(question, tests);
  }
  let v = tests.get(pattern);
  if (v === undefined) {
    v = pattern.test(question.text);
    tests.set(pattern, v);
  }
  return v;
}

/** The substance a sentence needs to answer a question of this kind. */
/** "Når mottok dere søknaden?": a date that looks back answers a question about the past (the verb after the question word tells). */
const ASKS_ABOUT_PAST = withFastWordStarts(
  /(?<![\p{L}])(?:når|kor\s+tid|when|what\s+date)\s+(?:\p{L}+\s+)?(?:mottok|mottatt|motteke|fikk|fekk|sendte|sende|ble|blei|vart|var|hadde|skjedde|received|sent|was|were|did|had|happened|registered|registrert)(?![\p{L}])|(?<![\p{L}])(?:når|kor\s+tid|when)\s+(?:\p{L}+\s+){1,3}(?:å\s+ha|to\s+have)\s+(?:kommet|kome|vært|vore|been|arrived|reached)(?![\p{L}])/iu,
);
/** "Når åpner …", "What time does it close", «Når kan jeg hente den?»: a clock time answers. */
const ASKS_TIME_OF_DAY = withFastWordStarts(
  /(?<![\p{L}])(?:åpne\w*|opne\w*|åpen\w*|ope|opent|stenge\w*|stengje\w*|lukke\w*|open\w*|clos\w*|start\w*|begin\w*|går\s+\p{L}*(?:bussen|båten|ferja|ferjen|toget|trikken|bybanen)|om\s+(?:morgenen|morgonen|ettermiddagen|kvelden|natta|natten)|in\s+the\s+(?:morning|afternoon|evening)|tidspunkt|klokk\w*|what\s+time|kva\s+tid|hvilken\s+tid|opningstid\w*|åpningstid\w*|opening\s+hours|(?:når|kor\s+tid|when)\s+(?:kan|can|could)\s+(?:jeg|eg|vi|me|i|we)\s+(?:hente|henta|collect|pick|komme|kome|come|besøke|besøkje|visit|ringe|ringje|call))(?![\p{L}])/iu,
);
/** "When can we get an appointment?", «Når kan vi få time?»: a meeting asked for, which a date with a clock time answers. */
const ASKS_APPOINTMENT = withFastWordStarts(
  /(?<![\p{L}])(?:appointments?|time\s+hos|en\s+time|ein\s+time|ny\s+time|timen|time\s+til|avtale|visit|home\s+visit|besøk|heimebesøk|hjemmebesøk|konsultasjon|consultation|meeting|møte|samtale)(?![\p{L}])/iu,
);
/** «Kor lenge kan vi ha garderoben?» — «… fram til kl. 18.00»: how long, answered by an end time. */
const ASKS_HOW_LONG = withFastWordStarts(/(?<![\p{L}])(?:hvor|kor)\s+lenge|how\s+long(?![\p{L}])/iu);
const UNTIL_CLOCK = withFastWordStarts(
  /(?<![\p{L}])(?:fram\s+til|frem\s+til|til|until|till)\s+(?:kl\.?\s*|klokka\s+|klokken\s+)?(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?(?![\p{N}])/iu,
);
const CLOCK = withFastWordStarts(/(?<![\p{N}])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\p{N}])|(?<![\p{L}])(?:kl\.?|klokka|klokken)\s*\d{1,2}/iu);
/** "Vi har mottatt søknaden din", «Søknaden er mottatt»: receipt, which answers only a question about receipt. */
const RECEIPT = withFastWordStarts(
  /(?<![\p{L}])(?:(?:vi|me|we)\s+(?:har\s+|have\s+)?|(?:er|ble|blei|vart|har\s+blitt|har\s+vorte|is|was|has\s+been|have\s+been)\s+)(?:nå\s+|no\s+|now\s+)?(?:mottatt|motteke|motteken|fått|registrert|received|registered)(?![\p{L}])|(?<![\p{L}])(?:did\s+arrive|have\s+arrived|has\s+arrived|arrived\s+(?:on|in|safely|here)|kom\s+(?:fram|frem)\s+(?:til\s+oss|hit|den|i|på)|har\s+(?:kommet|kome)\s+(?:fram|frem))(?![\p{L}])/iu,
);
/** A reason given in so many words: answers the only why-question even in other words. */
const STRONG_REASON = withFastWordStarts(
  /(?<![\p{L}])(?:fordi|skyldes|skuldast|på\s+grunn\s+av|kommer\s+av\s+at|kjem\s+av\s+at|grunnen\s+(?:er|var)|årsaken\s+(?:er|var)|årsaka\s+(?:er|var)|because|due\s+to|the\s+reason\s+(?:is|was)|ved\s+en\s+feil|ved\s+ein\s+feil|by\s+mistake|in\s+error|(?:regnet|rekna|berekna|beregnet|calculated|based)\s+(?:ut\s+)?(?:fra|frå|on|from))(?![\p{L}])/iu,
);

const asksTime = new WeakMap<InquiryQuestion, boolean>();
/** A yes/no question about a time («Er kontoret ope på laurdag?»): a time in the reply answers it. */
function asksAboutATime(question: InquiryQuestion): boolean {
  let v = asksTime.get(question);
  if (v === undefined) {
    v =
      TIME_ANCHOR.test(question.text) ||
      /(?<![\p{L}])(?:laurdag|lørdag|søndag|sundag|saturday|sunday|helg\p{L}*|weekend|jul\p{L}*|christmas|påske\p{L}*|easter|nyttår|new\s+year)(?![\p{L}])/iu.test(
        question.text,
      );
    asksTime.set(question, v);
  }
  return v;
}

/** The modal a yes/no question opens with, and the forms a statement of it takes. */
const MODAL_FORMS: Record<string, readonly string[]> = {
  kan: ['kan', 'kunne'],
  må: ['må', 'trenger', 'treng', 'slipper', 'sleppar'],
  får: ['får', 'fær'],
  skal: ['skal'],
  bør: ['bør'],
  trenger: ['trenger', 'må', 'behøver'],
  treng: ['treng', 'må', 'trenger'],
  can: ['can', 'cannot', "can't"],
  may: ['may', 'can'],
  must: ['must', 'need', "needn't"],
  har: ['har', 'hadde'],
  have: ['have', 'has', 'had'],
  has: ['has', 'have', 'had'],
};
const modalEcho = new WeakMap<InquiryQuestion, RegExp | null>();
const MODAL_QUESTION =
  /^[\s"«(]*(?:(?:og|and|men|but|så|so)\s+)?(kan|må|får|skal|bør|trenger|treng|can|may|must|har|have|has)\s+(?:ein|man|eg|jeg|me|vi|du|de|dei|han|ho|hun|det|dere|dykk|i|we|you|he|she|they|it|one)\s+(?:(?:ikke|ikkje|not|også|òg|fortsatt|framleis|still|also|da|då|then)\s+)?(\p{L}+)/iu;

/** «Jeg lurer på om hun kan få trygghetsalarm», "… whether I can claim …": the same modal and verb, in a clause's order. */
const INDIRECT_MODAL_QUESTION = withFastWordStarts(
  /(?<![\p{L}])(?:om|whether|if)\s+(?:ein|man|eg|jeg|me|vi|du|de|dei|han|ho|hun|det|dere|dykk|i|we|you|he|she|they|it|one)\s+(?:(?:ikke|ikkje|not|også|òg|fortsatt|framleis|still|also)\s+)?(kan|må|får|skal|bør|trenger|treng|can|may|must|har|have|has)\s+(?:(?:ikke|ikkje|not|også|òg|fortsatt|framleis|still|also)\s+)?(\p{L}+)/iu,
);

/**
 * «Kan ein få lånekort til babyen?» — «Barn kan få eige lånekort …»: a statement with the
 * question's own modal (or its counterpart) and its own verb answers a yes/no question it shares
 * words with, whoever its subject is. «… kan barnet begynne i august» does not answer «Kan han få plass?».
 */
function echoesModal(question: InquiryQuestion, s: ReplySentence): boolean {
  let echo = modalEcho.get(question);
  if (echo === undefined) {
    const m = MODAL_QUESTION.exec(question.text) ?? INDIRECT_MODAL_QUESTION.exec(question.text);
    const forms = m ? MODAL_FORMS[m[1]!.toLowerCase()] : undefined;
    echo =
      m && forms
        ? withFastWordStarts(new RegExp(`(?<![\\p{L}])(?:${forms.join('|')})\\s+(?:[\\p{L}'’]+\\s+){0,2}?${m[2]!.toLowerCase()}(?![\\p{L}])`, 'iu'))
        : null;
    modalEcho.set(question, echo);
  }
  return echo !== null && echo.test(s.text);
}

/**
 * «Kan vi få ny time?», «Går det an?», «Er det plass?», "Can you pick them up?": asks for something
 * to be granted or done. A sentence that grants it («Det går fint å ligge i Vågen», «Dere har fått
 * tildelt …») or where the office does it («Vi har flyttet timen din …», "We will collect the bags
 * on …") answers it.
 */
const ASKS_FOR_SOMETHING =
  /^[\s"«(]*(?:(?:og|and|men|but|så|so)\s+)?(?:(?:kan|kunne|får|could|can|may)\s+(?:jeg|eg|vi|me|i|we)\s+(?:\p{L}+\s+)?(?:få|get|have|låne|borrow|bytte|flytte|change|move|book\p{L}*)|(?:kan|kunne|vil|could|can|will|would)\s+(?:de|dere|dykk|du|you|someone|somebody|anyone|noen|nokon|kommunen)\s+(?!(?:also|også|òg|forklare|explain|si|seie|tell|fortelle|fortelje|bekrefte|stadfeste|confirm|svare|answer|clarify|indicate|oppgi|opplyse|sjekke|sjekka|check)(?![\p{L}]))\p{L}{2,}|går\s+det\s+an|(?:er|is)\s+(?:det|it|that|there)\s+(?:\p{L}+\s+)?(?:mulig|mogleg|possible|plass|room|space|ledig|available|greit|ok|okay|i\s+orden|lov|allowed))(?![\p{L}])/iu;
const GRANTS = withFastWordStarts(
  /(?<![\p{L}])(?:innvilget|innvilga|godkjent|godkjend|approved|granted|(?:fått|får|fikk|fekk)\s+tildelt|er\s+tildelt|tildelt|det\s+går\s+(?:fint|bra|greit)|det\s+er\s+(?:helt\s+)?(?:greit|i\s+orden)|(?:that|this)\s+is\s+(?:fine|no\s+problem)|no\s+problem|(?:har|have|has|er|is|blir|vert|will\s+be|has\s+been)\s+(?:nå\s+|now\s+)?(?:booket|booka|booked|flyttet|flytta|moved|reservert|reserved|ordnet|ordna|arranged)|(?:du|dere|dykk|you)\s+(?:får|fekk|fikk|har\s+fått|get|got|will\s+get|have\s+been\s+given)\s+(?:utsatt|utsett|forlenget|forlenga|redusert|fritak|plass|skyss|ny\s+time|ein\s+ny\s+time|en\s+ny\s+time|an\s+extension|a\s+place|an?\s+new\s+appointment|time\s+off|fri))(?![\p{L}])/iu,
);
/**
 * Granted in so many words; or, for a request with no other words to match («Kan de kome før
 * jul?» — «Vi hentar grovavfallet … onsdag 16. desember»), the office acting at a time.
 */
function grantsRequest(question: InquiryQuestion, s: ReplySentence, withoutWords = false): boolean {
  if (!asks(question, ASKS_FOR_SOMETHING) || s.ack || s.notYet) return false;
  return s.test(SLOT.grants, GRANTS) || (withoutWords && s.time && s.test(SLOT.officeActs, OFFICE_ACTS));
}
/**
 * «Kan dere rette navnet?», "I wonder whether you could correct this", «Hvordan kan jeg endre
 * adressen?»: the office asked to do something, or the reader asking how to. «Vi har rettet navnet
 * ditt», "The spelling has been corrected": done, which answers it in other words.
 */
const REQUESTED_ACT =
  /(?<![\p{L}])(?:(?:kan|kunne|vil|could|can|will|would)\s+(?:de|dere|dykk|du|you|kommunen|noen|nokon|someone|somebody)|(?:whether|if|om)\s+(?:de|dere|dykk|du|you|kommunen)\s+(?:kan|kunne|vil|could|can|will|would)|(?:hvordan|korleis|how)\s+(?:kan|skal|må|can|do|should)\s+(?:jeg|eg|vi|me|i|we))\s+(?:(?:please|gjerne|også|òg|also)\s+)?(\p{L}{4,})/iu;
/** Verbs of telling and of having: asking for them asks for information, not an act. */
const NOT_AN_ACT = new Set(
  'forklare forklara explain fortelle fortelje tell bekrefte stadfeste confirm clarify oppgi opplyse sjekke sjekka check svare answer hjelpe hjelpa help have være vere få give gjøre gjere make find finne'.split(
    ' ',
  ),
);
const ACT_DONE =
  /(?<![\p{L}])(?:(?:vi|me|jeg|eg|we|i|kommunen)\s+(?:har|have|has)|(?:er|ble|blei|vart|har\s+blitt|har\s+vorte|is|was|has\s+been|have\s+been))\s+(?:(?:nå|no|now|allerede|alt|already|også|òg|also)\s+)?(\p{L}{4,})/giu;
const requestedVerbs = new WeakMap<InquiryQuestion, string | null>();

/** The verb of the act a question asks the office for (or how to do), or null; once per question. */
function requestedVerb(question: InquiryQuestion): string | null {
  let verb = requestedVerbs.get(question);
  if (verb === undefined) {
    const found = question.topic === 'yes-no' || question.topic === 'how' ? REQUESTED_ACT.exec(question.text)?.[1]?.toLowerCase() : undefined;
    verb = found && !NOT_AN_ACT.has(found) ? found : null;
    requestedVerbs.set(question, verb);
  }
  return verb;
}

/** The stem of that act: «rette» → «rett» meets «rettet», «retta»; "change" → "chang" meets "changed". */
function requestedActStem(question: InquiryQuestion): string | null {
  const verb = requestedVerb(question);
  const stem = verb ? verb.replace(/e$/u, '') : null;
  return stem && stem.length >= 4 ? stem : null;
}

function requestedActDone(question: InquiryQuestion, s: ReplySentence): boolean {
  const stem = requestedActStem(question);
  if (!stem) return false;
  ACT_DONE.lastIndex = 0;
  for (const m of s.text.matchAll(ACT_DONE)) if (m[1]!.toLowerCase().startsWith(stem)) return true;
  return false;
}

/**
 * «Kan vi få en dunk til?» — «Den nye dunken blir levert mandag 11. januar»; «Kan jeg få ny time?»
 * — «Sønnen din har fått ny time … tirsdag 12. januar»: the thing asked for, arranged for a date.
 */
const ARRANGED = withFastWordStarts(
  /(?<![\p{L}])(?:(?:blir|vert|er|har\s+blitt|har\s+vorte|will\s+be|has\s+been|is)\s+(?:\p{L}+\s+)?(?:levert|levera|sendt|booka|booket|booked|delivered|sent|arranged|satt\s+opp|sett\s+opp|tildelt|scheduled)|(?:har|have|has)\s+(?:nå\s+|no\s+|now\s+)?(?:fått|got|been\s+given)\s+(?:ny|nytt|nye|en|ei|et|eit|ein|a|an)|(?:ny|nytt|nye|new)\s+(?:time|timen|tid|tida|tiden|avtale|avtalen|appointment)(?:\s+\p{L}+){0,3}\s+(?:er|blir|vert|is|will\s+be))(?![\p{L}])/iu,
);
/** Verbs whose forms do not share the first letters the general rule keeps: nynorsk «kome» / «kjem». */
const SAME_ACT: Record<string, string> = { kome: 'kom|kjem', komme: 'kom' };
const officeActs = new WeakMap<InquiryQuestion, RegExp | null>();
/**
 * «Kan de kome hit og sjå på trappa?» — «Eg kan kome på heimebesøk tysdag 9. september»; «Kan dere
 * komme hjem til oss?» — «Jeg kommer på hjemmebesøk onsdag 14. mai»: the office doing the very act
 * asked for, at a time, answers the request whatever else the two sentences share.
 */
function officeDoesTheAskedAct(question: InquiryQuestion, s: ReplySentence): boolean {
  let act = officeActs.get(question);
  if (act === undefined) {
    const verb = question.topic === 'yes-no' ? requestedVerb(question) : null;
    const stem = verb ? (SAME_ACT[verb] ?? verb.slice(0, Math.max(3, Math.min(verb.length - 1, 5)))) : undefined;
    act = stem
      ? new RegExp(
          `(?<![\\p{L}])(?:vi|me|eg|jeg|we|i)\\s+(?:(?:kan|skal|vil|will|can|shall|kommer\\s+til\\s+å|kjem\\s+til\\s+å|are\\s+going\\s+to)\\s+)?(?:(?:gjerne|gladly|også|òg|also)\\s+)?(?:${stem})\\p{L}*`,
          'iu',
        )
      : null;
    officeActs.set(question, act);
  }
  return act !== null && s.time && !s.notYet && act.test(s.text);
}
/** A request («Kan vi få …?») granted as the thing arranged for a date ahead. */
function arrangedForADate(question: InquiryQuestion, s: ReplySentence): boolean {
  return question.topic === 'yes-no' && asks(question, ASKS_FOR_SOMETHING) && s.time && !s.notYet && ARRANGED.test(s.text);
}
/** «Kan de kome før jul?», "Can you come before Friday?": asked by a time, which a date for the office's act answers. */
const ASKS_BY_A_TIME = withFastWordStarts(
  /(?<![\p{L}])(?:før|innen|innan|before|by|until)\s+(?:jul|påske|nyttår|christmas|easter|helga|helgen|the\s+weekend|neste\s+\p{L}+|next\s+\p{L}+|(?:mandag|tirsdag|onsdag|torsdag|fredag|måndag|tysdag|monday|tuesday|wednesday|thursday|friday)\p{L}*|\d{1,2}\.)(?![\p{L}])/iu,
);

/** «… lurer på om det er behandla», "Has it been processed?": a decision answers it. */
const ASKS_IF_DECIDED = withFastWordStarts(
  /(?<![\p{L}])(?:behandlet|behandla|handsama|handsamt|avgjort|avgjord|processed|decided|dealt\s+with|ferdig\s*behandl\p{L}*)(?![\p{L}])/iu,
);
const DECIDED = withFastWordStarts(
  // «må være godkjent før …», "must be approved": a requirement, not a decision made.
  /(?<![\p{L}])(?<!(?:må|skal|bør|kan|must|should|needs\s+to|have\s+to|has\s+to)\s+(?:\p{L}+\s+){0,3}(?:være|vere|verte|bli|be)\s+)(?:innvilget|innvilga|godkjent|godkjend|avslått|avslege|approved|granted|rejected|refused|declined|(?:fått|får)\s+tildelt|er\s+tildelt|(?:vi|me|we)\s+(?:har\s+|have\s+)?(?:godkjent|godkjend|innvilget|innvilga|avslått|approved|granted|decided|bestemt|vedtatt|vedteke))(?![\p{L}])/iu,
);

/** «Når bør man komme …», "when I should come in": when it is advised, which a condition answers. */
const ASKS_WHEN_ADVISED = withFastWordStarts(
  /(?<![\p{L}])(?:(?:når|kor\s+tid)\s+(?:bør|burde|skal|må)\s+(?:jeg|eg|vi|me|man|ein|du|de|dere)|when\s+(?:should|must|do)\s+(?:i|we|you|one|parents)(?:\s+(?:need\s+to|have\s+to))?)\s+(?:\p{L}+\s+){0,2}?(?:komme|kome|ringe|ringje|oppsøke|søke|gå|dra|come|call|go|seek|see|contact|kontakte|bekymre|uroe|uroa|reagere|worry|react|be\s+worried|be\s+concerned)(?![\p{L}])/iu,
);
const CONDITION = withFastWordStarts(/(?<![\p{L}])(?:hvis|viss|dersom|om\s+(?:barnet|han|hun|ho|du|de|det)|if|whenever|in\s+case)(?![\p{L}])/iu);

/** The verb of an advice («bør undersøkes», "call …"): with a condition, it says when to come. */
const ADVICE_VERB = withFastWordStarts(
  /(?<![\p{L}])(?:bør|burde|må|skal|should|must|call|ring|ringe|ringje|contact|kontakt\p{L}*|come|kom|komme|kome|seek|søk)(?![\p{L}])/iu,
);
/**
 * "How long does it take?" — "It has been approved.": done already. «Når bør man komme …?» asks
 * under what conditions: «… hvis det har høy feber …».
 */
function doneOrAdvised(question: InquiryQuestion, s: ReplySentence): boolean {
  return (asks(question, ASKS_PROCESSING_TIME) && s.test(SLOT.decided, DECIDED)) || (asks(question, ASKS_WHEN_ADVISED) && s.test(SLOT.condition, CONDITION));
}

/** «Må eg betale?», "do I have to pay?": an amount or «free of charge» answers it. */
const ASKS_TO_PAY = withFastWordStarts(
  /(?<![\p{L}])(?:betale|betala|pay)(?:\s+(?:for\s+(?:it|this|that|det|dette)|anything|noe|noko|everything|alt(?:\s+sammen)?|all\s+of\s+it|the\s+(?:whole|full)\s+(?:amount|bill|sum)|hele\s+(?:beløpet|summen|regningen)|heile\s+(?:beløpet|summen|rekninga)))?\s*\?*\s*$/iu,
);
const ASKS_DISCOUNT = withFastWordStarts(
  /(?<![\p{L}])(?:\p{L}*rabatt\p{L}*|discounts?|\p{L}*moderasjon\p{L}*|reduksjon\p{L}*|reductions?|redusert\p{L}*|reduced|billigere|billegare|cheaper)(?![\p{L}])/iu,
);
const DISCOUNT_ANSWER = withFastWordStarts(
  /(?<![\p{L}])(?:\p{L}*rabatt\p{L}*|discounts?|\p{L}*moderasjon\p{L}*|reduksjon\p{L}*|reductions?|redusert\p{L}*|reduced?|nedsatt|billig\p{L}*|cheap\p{L}*|fritak|fritatt|fritekne|exempt\p{L}*|gratis|free|full\s+(?:pris|price)|same\s+(?:pris|price)|ordinær\s+pris|ordinary\s+price|standard\s+(?:fee|price)|halv\s*pris|half\s+price|student\s*pri\p{L}+|lavere|lågare|lower|\d+\s*(?:%|prosent|percent))(?![\p{L}])/iu,
);

/** «Vi har dessverre ingen ledige tider», "There are no places left": a plain no in other words. */
const NONE_LEFT = withFastWordStarts(
  /(?<![\p{L}])(?:(?:vi|me|we|kommunen|the\s+municipality)\s+(?:har|have|has)\s+(?:dessverre\s+|diverre\s+|unfortunately\s+|ikke\s+lenger\s+|no\s+longer\s+)?(?:ingen|inga|no|none)|det\s+er\s+(?:dessverre\s+|diverre\s+)?(?:ingen|inga|ikke\s+noen|ikkje\s+nokon)|det\s+finst\s+(?:dessverre\s+)?(?:ingen|inga|ikkje)|det\s+finnes\s+(?:dessverre\s+)?(?:ingen|ikke)|there\s+(?:are|is)\s+(?:unfortunately\s+)?(?:no|none)|(?:er|blir|is|are)\s+(?:derfor\s+|difor\s+|altså\s+|dermed\s+|therefore\s+)(?:riktig|rett|korrekt|feil|correct|right|wrong))(?![\p{L}])/iu,
);
/** A literal every NONE_LEFT match holds: the none, the negation or the «derfor». */
const NONE_LEFT_HINT = /ingen|inga|\sno|ikke|ikkje|derfor|difor|altså|dermed|therefore/iu;
/**
 * «Hvor mange turer får man i måneden?»: the thing counted. A number answers it only beside that
 * thing's word («24 turer i året»), not any number in a sentence on the topic («en legeerklæring
 * som er nyere enn seks måneder»).
 */
const COUNTED_NOUN =
  /(?<![\p{L}])(?:hvor|kor)\s+mange\s+(?:fleire\s+|flere\s+|nye\s+|ekstra\s+)?(?!(?:som|er|var|blir|vert|kan|får|skal|må|står|det|de|dei|vi|me|i|jeg|eg|du|dere|dykk)(?![\p{L}]))(\p{L}{3,})(?:\s+(?:og|eller)\s+(\p{L}{3,}))?|how\s+many\s+(?:more\s+|new\s+|extra\s+)?(?!(?:are|is|can|will|do|does|of|people|persons)(?![\p{L}]))(\p{L}{3,})(?:\s+(?:and|or)\s+(\p{L}{3,}))?/iu;
const countedStems = new WeakMap<InquiryQuestion, string[] | null>();
function namesTheCounted(question: InquiryQuestion, s: ReplySentence): boolean {
  let stems = countedStems.get(question);
  if (stems === undefined) {
    const m = COUNTED_NOUN.exec(question.text);
    const nouns = m ? [m[1], m[2], m[3], m[4]].filter((n): n is string => n !== undefined) : [];
    stems = nouns.length ? nouns.map((noun) => noun.toLowerCase().slice(0, 4)) : null;
    countedStems.set(question, stems);
  }
  if (stems === null) return true;
  const text = s.text.toLowerCase();
  return stems.some((stem) => text.includes(stem));
}
/** «Kor mange dagar i veka …?», "How much snow …?": a count or quantity, which a price does not answer. */
const MONEY_WORD = /(?<![\p{L}])(?:kr|kroner|krone|nok|penger|pengar|money|beløp\p{L}*|amount)(?![\p{L}])/iu;
function asksNoMoney(question: InquiryQuestion): boolean {
  return (asks(question, ASKS_COUNT) || asks(question, ASKS_QUANTITY)) && !asks(question, ASKS_PRICE) && !MONEY_WORD.test(question.text);
}
/** "Hvor mye snø må det komme?": a quantity, not money («om lag 8 cm snø»). */
const ASKS_QUANTITY = withFastWordStarts(
  /(?<![\p{L}])(?:hvor\s+mye|kor\s+mykje|kor\s+mye|how\s+much)\s+(?!(?:is|are|was|will|would|does|do|did|can|could|should|it|that|this|er|blir|vert|var|vil|kan|kunne|skal|koster|kostar|må|det|dette|de|dei|jeg|eg|vi|me|du|i|we|you)(?![\p{L}]))(?![^?]*(?:kost|cost|pris|price|betal|pay|gebyr|fee|avgift|charge|penger|pengar|money|kroner|leie|leige|rent|utgjør|utgjer|utgjorde|stønad|støtte|tilskot|tilskudd|lønn|løn|salary|wage|per\s+time|per\s+hour|an\s+hour|i\s+timen|øke|øker|auke|aukar|stige|stiger|increase|rise|goes\s+up|go\s+up|går\s+opp|skatt|tax))\p{L}+/iu,
);
/** «Kor langt nede på lista står vi?», "What number are we on the list?": a place in a queue is a number. */
const ASKS_RANK = withFastWordStarts(
  /(?<![\p{L}])(?:(?:hvor|kor)\s+langt\s+(?:nede|bak|framme|fremme|oppe)|(?:hvilket|kva|hva)\s+nummer|what\s+number|(?:where|how\s+far\s+(?:down|up))\s+(?:\p{L}+\s+){0,4}(?:on|in)\s+the\s+(?:waiting\s+)?(?:list|queue))(?![\p{L}])/iu,
);
/** «Hva betyr det?», «Kva er dette for noko?», "What is it?", "What does IOP mean?": asks what a thing is. */
const ASKS_DEFINITION =
  /^[\s"«]*(?:(?:og|and|men|but|så|so)\s+)?(?:(?:hva|kva)\s+(?:er|betyr|innebærer|inneber)\s+(?:egentlig\s+|eigentleg\s+)?(?:det|dette|den|denne|\p{L}+)(?:\s+for\s+(?:noe|noko|en|ein|et|eit|ei)(?:\s+\p{L}+)?)?|what\s+(?:is|are|does)\s+(?:it|this|that|an?\s+\p{L}+|the\s+\p{L}+|\p{L}+)(?:\s+mean)?|what\s+does\s+(?:it|this|that)\s+mean)\s*[?.!]*\s*$/iu;
/** «En individuell opplæringsplan (IOP) er en plan som …», "RS virus is a common cold virus …": says what a thing is. */
const DEFINES = withFastWordStarts(
  /(?<![\p{L}])(?:er|is|are)\s+(?:en|ei|et|ein|eit|a|an)\s+\p{L}+|(?<![\p{L}])(?:betyr|tyder|means|innebærer|inneber|vil\s+si|stands\s+for|står\s+for|refers\s+to)(?![\p{L}])/iu,
);
/** «Er dette ein feil?», "Is this a mistake?", «Stemmer det at …?»: the reader asks us to confirm what they suspect. */
const ASKS_CONFIRMATION =
  /(?<![\p{L}])(?:feil\p{L}*|galt|gale|mistakes?|wrong|errors?|incorrect|stemmer\s+det|stemmer\s+dette|er\s+det\s+(?:riktig|rett|sant)|is\s+(?:it|this|that)\s+(?:right|correct|true))(?![\p{L}])/iu;
/** «Du har rett i at …», "You are right: …", «Det stemmer»: the confirmation asked for. */
const YOU_ARE_RIGHT = withFastWordStarts(
  /(?<![\p{L}])(?:(?:du|de|dere|dykk)\s+har\s+(?:heilt\s+|helt\s+)?rett|you\s+are\s+(?:quite\s+|absolutely\s+|completely\s+)?right|you['’]re\s+(?:quite\s+|absolutely\s+)?right|det\s+stemmer|that\s+is\s+correct)(?![\p{L}])/iu,
);
/** «Finnes det ledig tid …?», "Is there any help for …?": a sentence that says there is (or has) it. */
const ASKS_EXISTENCE =
  /^[\s"«(]*(?:(?:og|and|men|but|så|so)\s+)?(?:(?:finnes|finst|fins|is|are)\s+(?:det|there)|(?:har|have|has)\s+(?:dere|de|dykk|you|kommunen|the\s+council)\s+(?:noe|noko|nokon|noen|any|some)(?:\s+(?:ledig|ledige|ledighet|available|free|spare|plass|plassar|plasser|places?|rooms?|spaces?))?\s*[?.!]*\s*$)(?![\p{L}])/iu;
const EXISTS = withFastWordStarts(
  /(?<![\p{L}])(?:det\s+(?:er|finnes|finst|fins)|there\s+(?:is|are)|(?:vi|me|we|kommunen)\s+(?:har|have|has|tilbyr|offers?)|(?:you|du)\s+(?:may|might|can|kan|will|vil)?\s*(?:qualify|be\s+eligible|be\s+entitled|kvalifisere\p{L}*)|(?:you|du)\s+(?:are|er)\s+(?:eligible|entitled|berettiget))(?![\p{L}])/iu,
);
/** «Er det gratis?», "Is it free?": an amount, or free in so many words, answers. */
const ASKS_FREE = withFastWordStarts(
  /(?<![\p{L}])(?:gratis|free|kostnadsfri\p{L}*|koste[rt]?\s+(?:det|dette)\s+(?:noe|noko|penger|pengar)|kostar\s+(?:det|dette)\s+(?:noko|pengar))(?![\p{L}])/iu,
);
/** A phone number or an address to write to asked for, in a yes/no question too. */
const ASKS_FOR_NUMBER = withFastWordStarts(
  /(?<![\p{L}])(?:telefonnummer\p{L}*|phone\s+number|telephone\s+number|(?:a|any|et|eit|noe|noko)\s+(?:telefon)?(?:nummer|number)\s+(?:\p{L}+\s+){0,3}(?:call|ring|ringe|ringje|phone|contact|kontakte|reach))(?![\p{L}])/iu,
);
/** «Send klagen til oss», "Please send it to us", "… is Bergen kommune": the office named as who. */
const TO_US = withFastWordStarts(
  /(?<![\p{L}])(?:(?:send|sende|sendes|skriv|skrive|klag|klage|complain|write)\s+(?:\p{L}+\s+){0,3}(?:til|to)\s+(?:oss|us|me|meg)|\p{Lu}\p{Ll}+\s+kommune)(?![\p{L}])/u,
);
/** «Hvor skal vi ringe?», "Where can I call?": a phone number or an address answers. */
const ASKS_WHERE_TO_CALL = withFastWordStarts(/(?<![\p{L}])(?:ringe|ringje|ring|call|phone|kontakte|kontakta|contact|skrive\s+til|write\s+to)(?![\p{L}])/iu);

/** «Hvem skal betale dette?», "Who will fix it?": the verb asked about. */
const WHO_DOES =
  /^[\s"«]*(?:(?:og|and|men|but|så|so)\s+)?(?:hvem|kven|who)\s+(?:(?:skal|må|bør|vil|kan|kommer\s+til\s+å|kjem\s+til\s+å|will|must|should|shall|can|is\s+going\s+to|has\s+to|is\s+to)\s+)?(\p{L}{4,})/iu;
const whoVerbs = new WeakMap<InquiryQuestion, RegExp | null>();
/**
 * «Hvem skal betale dette?» — «Det betyr at dødsboet betaler fakturaene»: a sentence in which someone
 * does the very act asked about names who, whoever it is.
 */
function namesWhoDoesIt(question: InquiryQuestion, s: ReplySentence): boolean {
  let verb = whoVerbs.get(question);
  if (verb === undefined) {
    const m = WHO_DOES.exec(question.text);
    const stem = m && !/^(?:er|var|har|is|was|are|has|have|det|the|that|this)$/iu.test(m[1]!) ? m[1]!.slice(0, Math.min(5, m[1]!.length - 1)) : undefined;
    verb = stem ? new RegExp(`(?<![\\p{L}])${stem}\\p{L}*`, 'iu') : null;
    whoVerbs.set(question, verb);
  }
  return verb !== null && !s.ack && !s.isQuestion && verb.test(s.text);
}

function gives(question: InquiryQuestion, s: ReplySentence): boolean {
  const topic = question.topic;
  switch (topic) {
    case 'when':
      if (doneOrAdvised(question, s)) return true;
      if (!givesProcessingTime(question, s)) return false;
      return (
        s.time ||
        (s.anyDate && asks(question, ASKS_ABOUT_PAST)) ||
        (asks(question, ASKS_TIME_OF_DAY) && s.test(SLOT.clock, CLOCK)) ||
        (asks(question, ASKS_HOW_LONG) && UNTIL_CLOCK.test(s.text))
      );
    case 'amount':
      return (
        (s.amount && !(asks(question, ASKS_PRICE) && s.test(SLOT.percentOnly, PERCENT_ONLY)) && !asksNoMoney(question)) ||
        ((asks(question, ASKS_COUNT) || asks(question, ASKS_QUANTITY) || asks(question, ASKS_RANK)) &&
          s.test(SLOT.count, COUNT) &&
          namesTheCounted(question, s)) ||
        (asks(question, ASKS_DISTANCE) && s.test(SLOT.distance, DISTANCE))
      );
    case 'where':
      return s.test(SLOT.place, PLACE) || (asks(question, ASKS_WHERE_TO_CALL) && s.test(SLOT.contact, CONTACT));
    case 'document':
      return s.test(SLOT.document, DOCUMENT) || s.test(SLOT.yesNoFirst, YES_OR_NO_FIRST) || s.test(SLOT.refusal, REFUSAL);
    case 'why':
      return s.test(SLOT.reason, REASON);
    case 'how':
      return s.test(SLOT.how, HOW) || requestedActDone(question, s);
    case 'who':
      // "Who do I complain to — you or the taxi company?" — "Please send the complaint to us";
      // "Who do I call for repairs?" — "… call the repair service on 55 55 55 55".
      return (
        s.test(SLOT.who, WHO) ||
        s.test(SLOT.toUs, TO_US) ||
        (asks(question, ASKS_WHERE_TO_CALL) && s.test(SLOT.contact, CONTACT)) ||
        namesWhoDoesIt(question, s)
      );
    case 'yes-no':
      return (
        s.test(SLOT.yesNo, YES_NO) ||
        s.test(SLOT.reason, REASON) ||
        requestedActDone(question, s) ||
        (asks(question, RECEIPT_QUESTION) && s.test(SLOT.receipt, RECEIPT)) ||
        // "Will they be emptied before Christmas?" — "… collected on Thursday 17 December."
        (asksAboutATime(question) && s.time) ||
        (asks(question, ASKS_TO_PAY) && s.amount) ||
        (asks(question, ASKS_FREE) && s.amount) ||
        (asks(question, ASKS_DISCOUNT) && !s.ack && s.test(SLOT.discount, DISCOUNT_ANSWER)) ||
        (asks(question, ASKS_EXISTENCE) && s.test(SLOT.existence, EXISTS)) ||
        (asks(question, ASKS_CONFIRMATION) && s.test(SLOT.youAreRight, YOU_ARE_RIGHT)) ||
        (asks(question, ASKS_RANK) && s.test(SLOT.count, COUNT)) ||
        // "… if there is a number he can call" — "He can call our billing office on 55 56 55 56."
        (asks(question, ASKS_FOR_NUMBER) && s.test(SLOT.contact, CONTACT)) ||
        s.guarded(SLOT.none, NONE_LEFT_HINT, NONE_LEFT) ||
        (asks(question, ASKS_IF_DECIDED) && s.test(SLOT.decided, DECIDED)) ||
        grantsRequest(question, s) ||
        echoesModal(question, s) ||
        actsOnRequest(question, s)
      );
    case 'what':
      return !s.ack && s.contentWords >= 3;
  }
}

/**
 * «Hva skjer nå?», "Is there any news?": asks where the matter stands, in no words of its own. Any
 * statement of what happens and when answers it («du får ny skatteseddel innen fredag 11. desember»).
 */
const ASKS_FOR_STATUS =
  /^[\s"«]*(?:(?:og|and|so)\s+)?(?:(?:hva|kva)\s+(?:i\s+all\s+verden\s+|egentlig\s+|eigentleg\s+)?skjer(?:\s+(?:nå|no|videre|vidare|så|da|då|med\s+(?:søknaden|saken|saka|klagen|klaga|henvendelsen|henvendinga|meldingen|meldinga|bestillingen|bestillinga)(?:\s+(?:min|mi|mitt|vår|vårt))?))?|(?:hva|kva)\s+er\s+status(?:en)?(?:\s+(?:i|på)\s+(?:saken|saka|søknaden)(?:\s+(?:min|mi))?)?|(?:er\s+det\s+)?(?:noe|noko)\s+nytt(?:\s+i\s+(?:saken|saka))?|hvor\s+står\s+saken(?:\s+min)?|kvar\s+står\s+saka(?:\s+mi)?|what\s+(?:happens|is\s+happening|['’]s\s+happening|is\s+going\s+on|['’]s\s+going\s+on)(?:\s+(?:now|next|with\s+(?:my|our|the)\s+(?:application|case|complaint|request|order)))?|(?:is\s+there\s+)?any\s+(?:news|updates?)(?:\s+on\s+(?:my|our|the)\s+(?:application|case|complaint|request))?|what\s+is\s+the\s+status(?:\s+of\s+(?:my|our|the)\s+(?:application|case|complaint|request))?|where\s+(?:does|do)\s+(?:my|our|the)\s+[^?.!]{1,60}?\s+stand(?:\s+now)?)\s*[?.!]*\s*$/iu;

/**
 * «Hva kan jeg gjøre?», "Can someone help me?", «Kven skal eg kontakte?»: asks for a way forward,
 * in no words of its own. An instruction or an offer answers it («Du kan søke om …», "We will send …").
 */
const ASKS_WHAT_TO_DO =
  /^[\s"«]*(?:(?:og|and|so|men|but)\s+)?(?:(?:i|we)\s+(?:really\s+)?(?:don['’]t|do\s+not)\s+know\s+what\s+to\s+do|(?:jeg|eg|vi|me)\s+(?:vet|veit)\s+(?:ikke|ikkje)\s+(?:hva|kva)\s+(?:jeg|eg|vi|me)\s+skal\s+(?:gjøre|gjere|gjera)|(?:hva|kva)\s+(?:kan|må|skal|bør|burde)\s+(?:jeg|eg|vi|me)\s+(?:gjøre|gjere|gjera)(?:\s+(?:nå|no|videre|vidare|da|då))?|(?:hva|kva)\s+(?:gjør|gjer)\s+(?:jeg|eg|vi|me)(?:\s+(?:nå|no|da|då))?|what\s+(?:can|should|do|must)\s+(?:I|we)\s+(?:do|need\s+to\s+do)(?:\s+(?:now|next|then))?|(?:do|must|should)\s+(?:I|we)\s+(?:need\s+to\s+)?do\s+anything|(?:må|trenger|treng)\s+(?:jeg|eg|vi|me)\s+(?:gjøre|gjere)\s+(?:noe|noko)|(?:kan|could|can)\s+(?:noen|nokon|someone|somebody|de|dere|dykk|you|kommunen)\s+(?:hjelpe|help)(?:\s+(?:meg|oss|me|us))?|(?:can|could)\s+(?:I|we)\s+get\s+(?:some\s+|any\s+)?help|(?:er\s+det|is\s+there)\s+(?:noen|noko|nokon|any)\s+(?:mulighet|moglegheit|possibility|way)\s+(?:for|to\s+get)\s+(?:hjelp|help)|(?:hvem|kven|who)\s+(?:skal|kan|bør|må|burde|should|can|do|must)\s+(?:jeg|eg|vi|me|I|we)\s+(?:kontakte|ringe|ringje|snakke\s+med|kontakta|contact|call|talk\s+to|speak\s+to|ask)(?:\s+(?:om|angåande|angående|about|regarding|for)\s+(?:det|dette|it|this|that))?(?:\s+(?:da|då|then|now|nå|no))?)\s*[?.!]*\s*$/iu;

/**
 * «Hva gjør dere?», «Kva gjer de med det?», "What are you doing about it?": asks what the office
 * does, in no words of its own. A sentence where the office acts answers it («Vi purrer på
 * rørleggeren og gir beskjed …», "We have sent a caretaker").
 */
const ASKS_OFFICE_ACTION =
  /^[\s"«]*(?:(?:og|and|so|men|but)\s+)?(?:(?:hva|kva)\s+(?:i\s+all\s+verden\s+)?(?:er\s+det\s+)?(?:dere|de|dykk|kommunen)\s+(?:egentlig\s+|eigentleg\s+)?(?:driver|driv|held|holder)\s+(?:på\s+)?med|what\s+(?:on\s+earth\s+)?are\s+you\s+(?:actually\s+)?doing|(?:hva|kva)\s+(?:gjør|gjer|skal|vil|kan|har)\s+(?:dere|de|dykk|kommunen)(?:\s+(?:tenkt\s+å\s+)?(?:gjøre|gjere|gjera))?(?:\s+(?:med\s+(?:det|dette|saken|saka)|nå|no|da|då|videre|vidare|egentlig|eigentleg))*|what\s+(?:are|will|do|can)\s+you\s+(?:going\s+to\s+)?(?:do|doing)(?:\s+about\s+(?:it|this|that))?|what\s+(?:is|will)\s+the\s+(?:municipality|council|city)\s+(?:doing|do)(?:\s+about\s+(?:it|this|that))?)\s*[?.!]*\s*$/iu;
/** The office acting: «Vi purrer …», «Eg har sendt …», "We will send …"; not «vi forstår», "we understand". */
const OFFICE_ACTS = withFastWordStarts(
  /(?<![\p{L}])(?:[Vv]i|[Mm]e|[Jj]eg|[Ee]g|[Ww]e|I|[Kk]ommunen)\s+(?:(?:har|skal|vil|kommer\s+til\s+å|kjem\s+til\s+å|will|have|are\s+going\s+to|shall)\s+)?(?:(?:nå|no|i\s+dag|now|today|også|òg|allerede|alt|already)\s+)?(?!(?:er|var|ser|forstår|skjønner|skjønar|beklager|beklagar|takker|takkar|håper|håpar|kan|kunne|am|are|was|see|understand|apologi[sz]e|hope|thank|can|could|ikke|ikkje|not)(?![\p{L}]))\p{L}{3,}/u,
);

/**
 * «Må jeg søke om noe?», «Må eg ha noko i bilen?», "Do I need to do anything?": asks whether
 * anything is needed. «Du trenger ikke å gjøre noe mer», "You do not need to …" answers it in
 * other words, as does what the citizen must do («Du må sende …»).
 */
const ASKS_IF_ANYTHING_NEEDED =
  /^(?![^?]*(?:betal|pay|kost|cost))[\s"«]*(?:(?:og|and|men|but|så|so)\s+)?(?:(?:gi|gje|send)\s+(?:meg|oss)\s+(?:gjerne\s+)?beskjed\s+(?:om|hvis|viss|dersom)\s+|(?:please\s+)?let\s+(?:me|us)\s+know\s+(?:if|whether)\s+)?(?:(?:(?:må|trenger|treng|skal|bør)\s+(?:jeg|eg|vi|me|man|ein)|(?:jeg|eg|vi|me)\s+(?:må|trenger|treng|skal|bør))|(?:do|must|should|shall)\s+(?:i|we)(?:\s+(?:have|need)\s+to)?|(?:i|we)\s+(?:must|need\s+to|have\s+to|should)|(?:have|need)\s+(?:i|we)\s+to)\s+(?:\p{L}+\s+){0,3}?(?:noe|noko|anything|something)(?:\s+(?:mer|meir|more|else|annet|anna|spesielt|special|\p{L}+\s+\p{L}+|\p{L}+))?\s*[?.!]*\s*$/iu;
/** «Manglar det framleis noko?», «Tilbygg – har dere fått alt nå???», "Is anything missing?": whether the papers are complete. */
const ASKS_IF_COMPLETE =
  /^[\s"«]*(?:(?:og|and|men|but|så|so)\s+)?(?:[\p{L}\s-]{0,40}?[-–—]\s*)?(?:(?:mangler|manglar)\s+det\s+(?:fortsatt\s+|framleis\s+|enno\s+|ennå\s+|stadig\s+)?(?:noe|noko)(?:\s+(?:mer|meir))?|(?:har|have)\s+(?:dere|de|dykk|you)\s+(?:fått|got|received)\s+(?:alt|everything)(?:\s+(?:nå|no|now))?|is\s+(?:anything|something)\s+(?:still\s+)?missing)\s*[?.!]*\s*$/iu;
const NOTHING_NEEDED = withFastWordStarts(
  /(?<![\p{L}])(?:(?:trenger|treng|behøver|need|needs)\s+(?:du|de|dere|dykk|you|vi|me|we)?\s*(?:ikke|ikkje|not|no)|(?:don['’]t|do\s+not|does\s+not|doesn['’]t)\s+(?:need|have)\s+to|no\s+need\s+to|(?:du|de|dere|dykk|you)\s+(?:må|skal|must|need\s+to|have\s+to|should)\s+(?:bare\s+|berre\s+|only\s+|just\s+|også\s+|òg\s+|also\s+)?\p{L}{2,}|ingenting|nothing\s+(?:more|else|further)|(?:er|is)\s+(?:nå\s+|no\s+|now\s+)?(?:komplett|fullstendig|complete)|(?:fått|received|got)\s+(?:alt|everything)\s+(?:vi|me|we)\s+(?:trenger|treng|need)|(?:vi|me|we)\s+(?:mangler|manglar|trenger\s+bare|treng\s+berre|only\s+need|are\s+only\s+missing))(?![\p{L}])/iu,
);

type QuestionShape = 'status' | 'what-to-do' | 'office-action' | 'anything-needed';
const shapes = new WeakMap<InquiryQuestion, QuestionShape | null>();
/** A question with no words of its own, by its shape; once per question (the inquiry's questions outlive checks). */
function shapeOf(question: InquiryQuestion): QuestionShape | undefined {
  let shape = shapes.get(question);
  if (shape === undefined) {
    shape = ASKS_FOR_STATUS.test(question.text)
      ? 'status'
      : ASKS_WHAT_TO_DO.test(question.text)
        ? 'what-to-do'
        : ASKS_OFFICE_ACTION.test(question.text)
          ? 'office-action'
          : ASKS_IF_ANYTHING_NEEDED.test(question.text) || ASKS_IF_COMPLETE.test(question.text)
            ? 'anything-needed'
            : null;
    shapes.set(question, shape);
  }
  return shape ?? undefined;
}

const GENERIC_REFERENCE = withFastWordStarts(/(?<![\p{L}])(?:spørsmål\w*|dette\s+spørsmålet|question\w*|your\s+question\w*)(?![\p{L}])/iu);
const NOT_BEFORE = withFastWordStarts(/(?<![\p{L}])(?:ikke|ikkje|not)\s+(?:før|until)/iu);

/** A deferred answer whose when and how stand in the next sentence: the answer shown covers both. */
const deferredTo = new WeakMap<ReplySentence, ReplySentence>();

/** How well a sentence answers a question; 0 when it does not. */
function answerScore(
  question: InquiryQuestion,
  qTerms: Terms,
  shared: number,
  s: ReplySentence,
  next: ReplySentence | undefined,
  onlyOfTopic: boolean,
  ownsYesNo: boolean,
  shape: QuestionShape | undefined,
): number {
  if (s.isQuestion) return 0;
  // «Om du har rett på kortet, avhenger av inntekta», "Whether it needs a permit depends on the size":
  // what the answer depends on, not the answer.
  if (question.topic !== 'why' && question.topic !== 'how' && s.guarded(SLOT.dependsOn, DEPENDS_ON_HINT, DEPENDS_ON)) return 0;
  if (s.test(SLOT.courtesy, COURTESY) && !CLAUSE_AFTER_COURTESY.test(s.text)) {
    // "How lovely that your choir wants to sing at the market! Yes, there is still room.": the
    // courtesy echoes the question, and the yes or no right after it answers.
    if (question.topic === 'yes-no' && shared >= 2 && next && !next.isQuestion && next.test(SLOT.yesNoFirst, YES_OR_NO_FIRST)) {
      deferredTo.set(s, next);
      return 2;
    }
    return 0;
  }
  // The citizen's appeal deadline answers only a question about appealing.
  // The sentence's test is kept per sentence; the question's regex runs only where it matters.
  if (
    !shape &&
    (s.guarded(SLOT.appealDeadline, APPEAL_WORDS, APPEAL_DEADLINE) || s.guarded(SLOT.appealStated, APPEAL_WORDS, APPEAL_DEADLINE_STATED)) &&
    (!asks(question, ABOUT_APPEAL) || asks(question, ASKS_OFFICE_DURATION))
  )
    return 0;
  if (question.topic === 'when' && !asks(question, ASKS_DEADLINE) && s.guarded(SLOT.citizenDeadline, CITIZEN_DEADLINE_HINT, CITIZEN_DEADLINE)) return 0;
  if (shape === 'status' && !s.notYet) return s.time ? 2 : 0;
  if (shape === 'office-action' && !s.notYet) return !s.ack && s.test(SLOT.officeActs, OFFICE_ACTS) ? 2 : 0;
  if (shape === 'anything-needed' && !s.notYet) return !s.ack && s.test(SLOT.nothingNeeded, NOTHING_NEEDED) ? 2 + shared : 0;
  if (shape === 'what-to-do' && !s.notYet) return !s.ack && (s.test(SLOT.how, HOW) || s.test(SLOT.who, WHO) || s.test(SLOT.contact, CONTACT)) ? 2 : 0;
  // «Dette trenger vi fra dere:» and a numbered list: the list is what to send; «Slik går det vidare:», the steps.
  if (
    s.introducesList &&
    ((asks(question, ASKS_WHAT_NEEDED) && NEEDS_LEAD.test(s.text)) || ((question.topic === 'how' || shape === 'what-to-do') && STEPS_LEAD.test(s.text)))
  )
    return 2;
  // «Søknaden er mottatt og er under behandling»: the receipt asked about is said, though the rest is still to come.
  if (s.notYet && shared > 0 && question.topic === 'yes-no' && asks(question, RECEIPT_QUESTION) && s.test(SLOT.receipt, RECEIPT)) return 2 + shared / 4;
  // Deferred: "cannot answer yet" + when + how, in this sentence or the next.
  if (s.notYet) {
    const time = s.time || (next?.time ?? false);
    const how = s.test(SLOT.howComes, HOW_ANSWER_COMES) || (next ? next.test(SLOT.howComes, HOW_ANSWER_COMES) : false);
    if (time && how && (shared >= 1 || s.test(SLOT.generic, GENERIC_REFERENCE))) {
      if (!s.time && next) deferredTo.set(s, next);
      return 2 + shared;
    }
    if (!(question.topic === 'when' && s.time && !s.test(SLOT.notBefore, NOT_BEFORE))) return 0;
  }
  // "Får frivillige lag rabatt?": a price alone («Leie er 300 kroner i timen») says nothing of a discount.
  if (question.topic === 'yes-no' && asks(question, ASKS_DISCOUNT) && !s.test(SLOT.discount, DISCOUNT_ANSWER) && !s.test(SLOT.yesNoFirst, YES_OR_NO_FIRST))
    return 0;
  if (shared === 0) {
    // The only why-question and a reason in so many words; a bare "Når?" or "Hva koster det?" and
    // the only time or amount.
    if (officeDoesTheAskedAct(question, s)) return 1.5;
    // «Hvor lang tid tar det å få godkjent søknaden om påslipp?» — «Saksbehandlingstiden er omtrent tre uker»: the processing time, named as such.
    if (
      question.topic === 'when' &&
      asks(question, ASKS_PROCESSING_TIME) &&
      !s.ack &&
      s.test(SLOT.processingTimeStated, PROCESSING_TIME_STATED) &&
      (s.time || DURATION.test(s.text))
    )
      return 1.5;
    // "How soon could we get an appointment?" — "Maria can come on Wednesday 9 December at 13:00": a date and a clock time offered.
    if (question.topic === 'when' && asks(question, ASKS_APPOINTMENT) && !s.ack && !s.notYet && s.time && s.test(SLOT.clock, CLOCK)) return 1.5;
    if (!onlyOfTopic) return 0;
    if (question.topic === 'why') return s.test(SLOT.strongReason, STRONG_REASON) ? 1.5 : 0;
    // "What is it?" with no words of its own: the sentence that says what something is.
    if (question.topic === 'what' && asks(question, ASKS_DEFINITION)) return !s.ack && s.test(SLOT.defines, DEFINES) ? 1.5 : 0;
    // A question with words that the sentence does not share is about something else. Words
    // borrowed from the question before count only beside one of its own: "When can she come?"
    // after "Does it cost money?" has none and is answered by the only time.
    // «Når bør man komme til legevakten?» — «Barnet bør undersøkes hvis …»: the advice is the answer
    // even where it does not name the place again.
    if (question.topic === 'when' && asks(question, ASKS_WHEN_ADVISED) && !s.ack && s.test(SLOT.condition, CONDITION) && s.test(SLOT.advice, ADVICE_VERB))
      return 1.5;
    // «Kan de kome før jul?» — «Vi hentar … onsdag 16. desember»: the office acting at a time answers a request by a time.
    if (question.topic === 'yes-no' && asks(question, ASKS_BY_A_TIME) && grantsRequest(question, s, true)) return 1.5;
    // «Kan jeg få en ny?» — «Ny time hos tannpleier er torsdag 7. januar»: the thing arranged, in words of its own.
    if (arrangedForADate(question, s)) return 1.5;
    // The act asked for, done: its verb is the word they share, in another form («correct» / «corrected»).
    if (!s.ack && requestedActDone(question, s)) return 1.5;
    // "Can you fix it?", «Kan de sjå på det?»: a request with no object of its own, answered by what the office did or will do.
    if (question.topic === 'yes-no' && actsOnRequest(question, s)) return 1.5;
    // "Is that allowed?", «Går det an?»: the only yes/no question, with no word of its own, and a yes or no.
    if (question.topic === 'yes-no' && onlyOfTopic && (ownStemCount.get(question) ?? 1) <= 1 && s.test(SLOT.yesNoFirst, YES_OR_NO_FIRST)) return 1.5;
    // "What time does the trip start?" — «… meet at the school at 8.15 and will be back by 2 pm»: the only clock time.
    if (question.topic === 'when' && asks(question, ASKS_TIME_OF_DAY) && !s.ack && s.test(SLOT.clock, CLOCK)) return 1.5;
    if ((ownStemCount.get(question) ?? 1) > 0 && qTerms.stems.length > 1) return 0;
    if (question.topic === 'when') return (s.time && givesProcessingTime(question, s)) || doneOrAdvised(question, s) ? 1.5 : 0;
    if (question.topic === 'amount') return gives(question, s) ? 1.5 : 0;
    if (question.topic === 'who' || question.topic === 'how' || question.topic === 'where') return !s.ack && gives(question, s) ? 1.5 : 0;
    if (question.topic === 'yes-no') return grantsRequest(question, s, true) ? 1.5 : 0;
    return 0;
  }
  // A question passed on answers it only with when and how the answer comes (a deferred answer).
  if (s.guarded(SLOT.forwarded, FORWARDED_QUESTION_HINT, FORWARDED_QUESTION)) {
    const time = s.time || (next?.time ?? false);
    return time && s.test(SLOT.howComes, HOW_ANSWER_COMES) ? 2 + shared : 0;
  }
  // «Prisen finn de i prislista på nettsida vår», "You can read more about the fees on our website":
  // tells where the answer is, which answers where or how to find it, not what it is.
  if (
    question.topic !== 'where' &&
    question.topic !== 'how' &&
    question.topic !== 'document' &&
    s.guarded(SLOT.pointer, POINTS_ELSEWHERE_HINT, POINTS_ELSEWHERE)
  )
    return 0;
  const size = Math.max(1, Math.min(qTerms.stems.length, 4));
  const share = shared / size;
  if (officeDoesTheAskedAct(question, s)) return 2 + share;
  const substance = gives(question, s) || arrangedForADate(question, s);
  if (s.ack && !substance) return 0;
  if (substance) {
    // Any sentence has words; for "what" the words must be the question's own — but "What is it?"
    // about RS virus is answered by «RS virus is a common cold virus» with one word in common.
    if (question.topic === 'what' && share < 0.5 && !(asks(question, ASKS_DEFINITION) && s.test(SLOT.defines, DEFINES))) return 0;
    // «Ja, …» answers with few shared words only the yes/no question it shares the most words with:
    // «Ja, et loppemarked krever tillatelse» does not also answer «kan vi selge kaffe uten mattillatelse?».
    // A decision («Søknaden din … er innvilga») answers whether the matter is processed, in any words.
    if (
      question.topic === 'yes-no' &&
      shared < 2 &&
      share < 0.3 &&
      !(ownsYesNo && s.test(SLOT.yesNoFirst, YES_OR_NO_FIRST)) &&
      !(asks(question, ASKS_IF_DECIDED) && s.test(SLOT.decided, DECIDED)) &&
      !actsOnRequest(question, s)
    )
      return 0;
    return 2 + share;
  }
  if (shared >= 2 && share >= 0.5 && (question.topic === 'what' || question.topic === 'yes-no' || question.topic === 'how')) return 1 + share;
  return 0;
}

/**
 * "…, for eksempel lenestolen og en kommode": the examples are not what is asked; «…, siden
 * lillesøsteren min går på fiolin der», "…, since we moved in May", "… – he doesn't use e-mail.": nor
 * is the reason for asking (a dash's tail that asks nothing).
 */
function withoutExamples(question: string): string {
  return (
    question
      .replace(/,?\s*(?:for\s+eksempel|til\s+dømes|f\.eks\.|t\.d\.|for\s+example|e\.g\.|such\s+as|som\s+for\s+eksempel)\b[^?.!]*/iu, '')
      .replace(/,\s*(?:siden|sidan|ettersom|fordi|since|because)\s+[^?]*[?.!]*\s*$/iu, '')
      .replace(/\s+(?:ettersom|fordi|because)\s+[^?,;:]*[?.!]*\s*$/iu, '')
      .replace(/\s+[–—]\s+[^?]*$/u, '')
      // «i så fall», "if so": the condition names no subject of its own, and «fall» would match «forfall».
      .replace(/(?<![\p{L}])(?:i\s+så\s+fall|i\s+tilfelle|if\s+so|in\s+that\s+case)(?![\p{L}])/giu, ' ')
      // «Da jeg skal opereres i februar og får pensjonen utbetalt den 20., ber jeg om å få vite om …»:
      // the situation before the comma explains the ask; the ask is after it.
      .replace(
        /^[\s"«]*(?:da|siden|sidan|ettersom|fordi|because|since|as)\s+(?:jeg|eg|vi|me|i|we|han|hun|ho|de|dei|they|he|she|min|mi|mitt|mine|my|our|vår|vårt)\s[^,?]{5,150},\s*(?=\p{L})/iu,
        '',
      )
      // "If our boy gets fever in the night, where do we go?", "Where do I go if my child is sick at
      // night?": the condition is the situation, the ask is where (or when, how) to go.
      .replace(/^[\s"«]*(?:hvis|viss|dersom|if|in\s+case)\s+[^,?]{3,80},\s*(?=(?:hvor|kvar|when|where|how|hvordan|korleis|når|who|hvem|kven)\s)/iu, '')
      .replace(/^([\s"«]*(?:hvor|kvar|where|når|when|hvordan|korleis|how)\s[^?]*?)\s+(?:hvis|viss|dersom|if|in\s+case)\s+[^?]*(\?*)\s*$/iu, '$1$2')
  );
}

/**
 * A question's terms. The inquiry's questions are the same objects check after check while
 * staff type (the engine finds them once per inquiry), so their terms are kept with them.
 */
const termsOfQuestion = new WeakMap<InquiryQuestion, Terms>();
/** How many words a question has of its own, before the sentence or question before it lends it some. */
const ownStemCount = new WeakMap<InquiryQuestion, number>();

function questionTerms(question: InquiryQuestion, previous: InquiryQuestion | undefined): Terms {
  let terms = termsOfQuestion.get(question);
  if (!terms) {
    terms = termsOf(withoutExamples(question.text));
    ownStemCount.set(question, terms.stems.length);
    // «Stemmer det?» asks about the statement before it; "If not, why not?" (a question with no
    // words of its own) about the question before it. One long compound («om det finnes
    // søskenmoderasjon») is a word of its own.
    const borrows = terms.stems.length === 0 || (terms.stems.length === 1 && terms.stems[0]!.length < 10);
    if (borrows && question.context) terms = termsOf(`${question.context} ${question.text}`);
    else if (borrows && previous) terms = termsOf(`${withoutExamples(previous.text)} ${withoutExamples(question.text)}`);
    termsOfQuestion.set(question, terms);
  }
  return terms;
}

/** The words of the last inquiry's questions, kept while staff type replies to it. */
let lastSharedWords: SharedWords | undefined;

/** Sentences judged per question, most shared words first. */
const CANDIDATES = 10;
/** How much higher another question must score a sentence to take it from a yes/no question. */
const CLEARLY_BETTER = 0.2;

interface Candidate {
  score: number;
  s: ReplySentence;
}

/** Each question with whether the reply answers it and the sentence that does. */
export function answerQuestions(
  questions: readonly InquiryQuestion[],
  reply: string,
  analysis: TextAnalysis,
  dates: readonly ResolvedDate[],
  today: string,
): AnsweredQuestion[] {
  if (!questions.length) return [];
  const byPosition = dates.every((d, i) => i === 0 || dates[i - 1]!.start <= d.start) ? dates : [...dates].sort((a, b) => a.start - b.start);
  const termsByQuestion = questions.map((question, index) => questionTerms(question, index > 0 ? questions[index - 1] : undefined));
  if (!lastSharedWords?.isFor(termsByQuestion)) lastSharedWords = new SharedWords(termsByQuestion);
  const sentences = replySentences(reply, analysis, byPosition, today, lastSharedWords);
  const perTopic = new Map<QuestionTopic, number>();
  for (const q of questions) perTopic.set(q.topic, (perTopic.get(q.topic) ?? 0) + 1);
  // Per sentence, the most words it shares with any yes/no question (when there are several).
  let yesNoShares: number[] | undefined;
  if ((perTopic.get('yes-no') ?? 0) > 1) {
    yesNoShares = sentences.map((s) => {
      let most = 0;
      for (let k = 0; k < questions.length; k++) if (questions[k]!.topic === 'yes-no') most = Math.max(most, s.shared[k]!);
      return most;
    });
  }
  const anyListLeadIn = sentences.some((s) => s.introducesList);
  /** Per question, every sentence that answers it with its score, best first. */
  const answersOf: Candidate[][] = [];
  const judged = questions.map((question, index) => {
    const qTerms = termsByQuestion[index]!;
    const onlyOfTopic = perTopic.get(question.topic) === 1;
    const shape = shapeOf(question);
    // The sentences that share the most words with the question are judged first, at most
    // CANDIDATES of them: the substance tests are the costly part, and an answer shares words.
    const shared = sentences.map((s) => s.shared[index]!);
    const order: number[] = [];
    for (let i = 0; i < shared.length; i++) if (shared[i]! > 0) order.push(i);
    order.sort((a, b) => shared[b]! - shared[a]! || a - b);
    const found: Candidate[] = [];
    const judge = (i: number) => {
      const s = sentences[i]!;
      const score = answerScore(question, qTerms, shared[i]!, s, sentences[i + 1], onlyOfTopic, !yesNoShares || yesNoShares[i]! <= shared[i]!, shape);
      if (score > 0) found.push({ score, s });
    };
    for (let c = 0; c < Math.min(order.length, CANDIDATES); c++) judge(order[c]!);
    // Without shared words: a deferred answer about "this", the only when/amount question, or a
    // question about where the matter stands.
    // Without shared words a sentence answers only as a deferred answer, by the question's shape,
    // or as the only question of its topic with no words of its own (answerScore's order).
    const withoutWords =
      shape !== undefined ||
      requestedVerb(question) !== null ||
      asks(question, ASKS_WHAT_NEEDED) ||
      (question.topic === 'yes-no' &&
        (asks(question, ASKS_BY_A_TIME) ||
          asks(question, GENERIC_REQUEST) ||
          asks(question, ASKS_FOR_HELP) ||
          (onlyOfTopic && asks(question, ASKS_FOR_SOMETHING)))) ||
      (question.topic === 'how' && anyListLeadIn) ||
      (question.topic === 'when' && (asks(question, ASKS_APPOINTMENT) || asks(question, ASKS_PROCESSING_TIME))) ||
      (onlyOfTopic &&
        (question.topic === 'why' ||
          (question.topic === 'when' && (asks(question, ASKS_WHEN_ADVISED) || asks(question, ASKS_TIME_OF_DAY))) ||
          !((ownStemCount.get(question) ?? 1) > 0 && qTerms.stems.length > 1)));
    if (!found.length) for (let i = 0; i < sentences.length; i++) if (shared[i] === 0 && (withoutWords || sentences[i]!.notYet)) judge(i);
    found.sort((a, b) => b.score - a.score || a.s.start - b.s.start);
    answersOf.push(found);
    return found[0];
  });
  // «Ja, du kan gå over til månedlig betaling» fits the question about monthly payment far better
  // than the one about postponing the due date, though it shares a word with both. A yes/no
  // question whose best sentence another question takes with a clearly higher score is answered
  // by its next sentence, or not at all: a bare yes answers one question, and a near miss on the
  // same topic is usually the answer to the question beside it.
  for (let k = 0; k < questions.length; k++) {
    const best = judged[k];
    if (!best || questions[k]!.topic !== 'yes-no') continue;
    const taken = judged.some((other, j) => j !== k && other?.s === best.s && other.score > best.score + CLEARLY_BETTER);
    if (taken) judged[k] = answersOf[k]!.find((c) => c.s !== best.s);
  }
  return questions.map((question, k) => {
    const best = judged[k];
    const result: AnsweredQuestion = { ...question, answered: !!best };
    if (best) {
      const last = deferredTo.get(best.s) ?? best.s;
      result.answer = { start: best.s.start, end: trimEnd(reply, best.s.start, last.end) };
    }
    return result;
  });
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}
