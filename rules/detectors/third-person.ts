// A third person named in the reply: someone who is neither the reader nor the writer, named
// together with what places them — another pupil with their class («Jonas i 5B»), a neighbour or
// another tenant by name ("the neighbour, Mr Solberg"), a person by title ("Mr Moe is a client of
// ours"), a full name with a street address («Sindre Myklebust i Steinsvikvegen 14»). The reader is told about someone else, and that someone never agreed to it.
//
// Names alone are no finding: the reader's own name, the inquiry's sender, the writer and their
// colleagues (in the signature, or introduced as "our …" / «saksbehandler …» with a way to reach
// them) are left alone, and so is every name with no such placing word. The placing words, not a
// list of names, decide: a class code, a relation noun right before or after the name, a title.
import { isWhitespace, lowerCaseText, openingLine, sentenceAt, trimLine, wordIndex, type Line, type TextAnalysis, type Token } from '../text/analysis.ts';
import { digitRunStarts } from '../text/number-starts.ts';
import { GREETING_WORDS } from '../text/greeting.ts';
import { signatureStart } from '../text/signature.ts';
import { foldName, senderNameWords } from '../text/sender-name.ts';
import type { Detector, DetectorHit } from './types.ts';
import { withFastWordStarts } from '../engine/word-start.ts';
import { planMatches, wordPlan } from '../engine/word-plan.ts';

const NAME = String.raw`\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?`;
// A name's parts stand on one line: "Mrs Margaret Ellison" ends where a heading's line does.
const FULL_NAME = String.raw`${NAME}(?:[^\S\n]${NAME}){0,2}`;
const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|herr|fru)\.?\s`;
/** «i 5B», "in class 6", «frå 7C»: a school class. */
const CLASS = String.raw`(?:i|in|fra|frå|from)\s(?:(?:klasse|class|trinn|year)\s\d{1,2}\s?[A-ZÆØÅa-zæøå]?|\d{1,2}[A-ZÆØÅa-zæøå])(?![\p{L}\p{N}])`;
/** Nouns that place a person beside the reader: a neighbour, another pupil, another tenant … */
const RELATION = String.raw`(?:beboeren|bebuaren|the\sresident|the\sother\sparent|den\sandre\sforelderen|naboen|nabokona|nabomannen|naboane|naboene|klassekameraten|medeleven|den\sandre\seleven|det\sandre\sbarnet|leietakeren|leigetakaren|the\sneighbour|the\sneighbor|your\sneighbour|your\sneighbor|the\sother\s(?:pupil|child|tenant|resident|boy|girl)|another\s(?:pupil|child|tenant|resident)|the\stenant|the\sboy|the\sgirl|(?:your\s)?(?:former\spartner|ex-partner|ex-husband|ex-wife)|eksmannen|ekskona|ekskonen|(?:den\s)?tidligere\ssamboeren|(?:den\s)?tidlegare\ssambuaren|samboeren|sambuaren|kompisen|kameraten|vennen|venninna|venninnen|venen|kjæresten|bestevennen|bestevenninna|bestevenninnen|your\sfriend|(?:his|her)\sfriend|the\sfriend)`;
const POSSESSIVE = String.raw`(?:\s(?:din|di|ditt|dykkar|deres|hans|hennes|of\syours))?`;
/** Where the neighbour lives, between the relation and the name: «naboen din i nr. 12, Kåre Lid», "your neighbour at number 9". */
const PLACE = String.raw`(?:\s(?:i|på|at|in)\s(?:nr\.?\s?|number\s|no\.\s?)?\d{1,4}\s?[A-Za-z]?(?![\p{L}\p{N}])|\s(?:der|there|next\sdoor))?`;
/**
 * Who did it, named: "the boy who bit Arjun is Elias", «mannen som truga deg, var Stig Rune
 * Eliassen». The reader learns who another person is and what they did.
 */
const DOER_AT_SOURCE = String.raw`(?<![\p{L}])(?:the\s(?:boy|girl|man|woman|child|pupil|student|person|resident|tenant|patient|neighbour|neighbor|driver|lady|parent)\swho|(?:gutten|guten|jenta|jenten|mannen|kvinnen|kvinna|dama|damen|eleven|barnet|personen|beboeren|bebuaren|pasienten|naboen|sjåføren|forelderen)\ssom)\s[^.!?\n]{1,80}?,?\s(?:is|was|er|var)\s`;
const DOER_AT = wordPlan(DOER_AT_SOURCE, withFastWordStarts(new RegExp(DOER_AT_SOURCE, 'giu')));
/**
 * Who did it, named in a cleft: «det var Jonas som beit», «er det Markus Fjeld som står bak
 * bråket», "it was Erik Dahl in 7B who took it". The name stands right after «det er» / "it was",
 * followed only by where they belong and «som» / "who".
 */
const CLEFT_NAME = new RegExp(String.raw`(${FULL_NAME})(?:\s(?:på|i|frå|fra|from|in|at)\s[\p{L}\d]+)?(?=\s(?:som|who)\s)`, 'uy');
const CLEFT_WHO = /\s(?:som|who)\s/u;
/** «det er», «er det», "it is": the two words that open a cleft, by their first. */
const CLEFT_PAIRS = new Map([
  ['det', ['er', 'var']],
  ['er', ['det']],
  ['var', ['det']],
  ['it', ['is', 'was']],
]);
const CLEFT_SINGLE = new Set(["it's", 'it’s']);

/** Where a cleft's name would start: after «det er» / «er det» / "it is" / "it's", at a capital letter. */
function cleftNameStarts(text: string, analysis: TextAnalysis): number[] {
  const { words } = analysis;
  const index = wordIndex(analysis);
  const starts: number[] = [];
  const nameAt = (token: Token | undefined, after: Token) => {
    if (!token || token.start !== after.end + 1) return;
    const first = text[token.start]!;
    if (first !== first.toLowerCase()) starts.push(token.start);
  };
  for (const [word, seconds] of CLEFT_PAIRS)
    for (const i of index.get(word) ?? []) {
      const second = words[i + 1];
      if (second && second.start === words[i]!.end + 1 && seconds.includes(second.lower)) nameAt(words[i + 2], second);
    }
  for (const word of CLEFT_SINGLE) for (const i of index.get(word) ?? []) nameAt(words[i + 1], words[i]!);
  return starts.sort((a, b) => a - b);
}
/**
 * What someone owes, their divorce, their dismissal, their age: private matters that a named
 * other person is exposed by, in a sentence that names them («Rune Hansen, og han har fem
 * ubetalte gebyrer hos oss», "Henrik Aase still owes us NOK 4,000", «Elias Berge, som fekk
 * prioritet fordi foreldra er midt i ei skilsmisse»). The reader's own arrears are their case and
 * no finding: only a full name that is not the reader's is reported with it.
 */
const PRIVATE_DETAIL_SOURCE = String.raw`(?<![\p{L}])(?:owes|owed\s+(?:us|the)|still\s+owe|skylder|skyldar|skuldar|skyldte|skuldte|restanse|restansen|ubetalte|ubetalt|unpaid|in\s+debt|(?:his|her|their)\s+debts?|har\s+gjeld|i\s+gjeld|skilsmisse|skilsmissa|skilsmissen|skilde\s+lag|skilte\s+lag|divorced|divorce|sagt\s+opp\s+fra\s+jobben|sagd\s+opp\s+frå\s+jobben|fikk\s+sparken|fekk\s+sparken|got\s+fired|was\s+fired|(?:monthly|annual|yearly|his|her|their)\s+income|inntekt\s+på|inntekta\s+hans|inntekta\s+hennar|inntekten\s+hans|inntekten\s+hennes|tjener|tener|earns)(?![\p{L}])`;
const PRIVATE_DETAIL = wordPlan(PRIVATE_DETAIL_SOURCE, withFastWordStarts(new RegExp(PRIVATE_DETAIL_SOURCE, 'gu')));
const PRIVATE_HINT =
  /owe|skyld|skuld|restans|ubetalt|unpaid|debt|gjeld|skilsmiss|skil[dt]e\slag|divorce|sagt\sopp|sagd\sopp|sparken|fired|income|inntekt(?:\s+på|[ae]n?\s+h)|tjener|tener|earns/u;
/** «Mats Lunde, 17,»: a full name with an age in apposition. */
const NAME_WITH_AGE = withFastWordStarts(
  new RegExp(String.raw`(?<![\p{L}])${NAME}\s${NAME},\s(?:1[0-9]|[2-9][0-9]|[1-9])(?:\s(?:år|years?(?:\sold)?))?,`, 'gu'),
);
/** «…, 17,»: a one- or two-digit number right after a comma and a space (read from the reply's digit runs). */
function hasAgeAfterComma(text: string, analysis: TextAnalysis): boolean {
  if (analysis.text !== text) return /,\s\d{1,2}(?!\d)/u.test(text);
  for (const digit of digitRunStarts(analysis))
    if (digit > 1 && text.charCodeAt(digit - 1) === 0x20 && text.charCodeAt(digit - 2) === 0x2c && !/\d/u.test(text[digit + 2] ?? '')) return true;
  return false;
}
const FULL_NAMES_IN = new RegExp(String.raw`(?<![\p{L}])${NAME}[^\S\n]${NAME}(?:[^\S\n]${NAME})?(?![\p{L}])`, 'gu');
/** One-word names of bodies that stand where a person's name would («det er Statsforvalteren som avgjer»). */
const BODY_NAME =
  /^(?:\p{L}*(?:forvalteren|forvaltaren|banken|kassen|kassa|vesenet|retten|rådet|ombudet|vergen|antikvaren|direktoratet|tilsynet|fylket|staten|politiet|departementet)|Skyss|Helfo|Kolumbus|Vy|Posten|Norad|Udi)$/u;
/** A name that is a body's or a service's, word by word («Statsforvaltaren», «Fysioterapitenesta Laksevåg»). */
function namesABody(name: string): boolean {
  return name.split(/\s/u).some((w) => SERVICE_WORD.test(w) || BODY_NAME.test(w));
}
const DOER_HINT = withFastWordStarts(/(?<![\p{L}])(?:who|som)\s/iu);
/**
 * A private person named as the source of a complaint or as the holder of something: «Meldinga kom
 * frå Randi Fjeldstad», «Gravstedet er festet av Knut Rolfsen», "The car belongs to Arne Kristoffersen";
 * and who got the place the reader did not («Den siste plassen gjekk til Thea Nygård»).
 */
const SOURCE_OR_HOLDER = withFastWordStarts(
  /(?<![\p{L}])(?:festet\s+av|festa\s+av|eid\s+av|eigd\s+av|owned\s+by|registered\s+to|belongs\s+to|tilhører|tilhøyrer|(?:[Kk]lagen|[Kk]laga|[Mm]eldingen|[Mm]eldinga|[Tt]ipset|[Hh]envendelsen|[Vv]arselet|[Tt]he\s+complaint|[Tt]he\s+report)\s+(?:kom\s+)?(?:fra|frå|came\s+from|was\s+from|from)|(?:kom|came)\s+(?:fra|frå|from)\s+(?=\p{Lu}\p{Ll}+\s\p{Lu})|(?:[Pp]lassen|[Pp]lassane|[Pp]lassene|[Tt]he\s+(?:last\s+|other\s+)?places?)\s+(?:gikk|gjekk|went)\s+(?:til|to))\s+(?=\p{Lu})/gu,
);
const COMPANY_AFTER = /^\s+(?:AS|ASA|SA|BA|DA|ANS|KF|IKS|Ltd|Inc|AB)(?![\p{L}])/u;
const COMPANY_WORD = /(?:Eiendom|Eigedom|Bolig|Bustad|Bygg|Holding|Invest|Gruppen|Gruppa|Service|Transport|Entreprenør|Utleie|Forvaltning)(?![\p{L}])/u;
const SOURCE_HINT = /festet|festa|eid|eigd|owned|registered|belongs|tilhø|fra|frå|from|gikk|gjekk|went/iu;
/** A street and number after a full name: «Sindre Myklebust i Steinsvikvegen 14», "Kari Olsen, Nygårdsgaten 45". */
const STREET_ENDINGS = 'vegen|veien|veg|vei|gata|gaten|gate|allé|alléen|plass|plassen|bakken|smauet|stredet|lia|lien|haugen|tunet|kroken|svingen';
const ADDRESS_AT = withFastWordStarts(
  new RegExp(String.raw`(?:(?<![\p{L}])(?:i|på|in|at)\s|,\s)\p{Lu}\p{Ll}*(?:${STREET_ENDINGS})\s\d{1,4}(?:\s?[A-Za-z])?(?![\p{L}\p{N}])`, 'gu'),
);
const ADDRESS_HINT = new RegExp(String.raw`(?:${STREET_ENDINGS})\s\d`, 'u');
const STREET_ENDING_LIST = STREET_ENDINGS.split('|');

/**
 * ADDRESS_HINT's test: a street ending, a space and a digit. The digit starts a run of digits, so
 * only the reply's digit runs are read (found once per check, number-starts.ts), not the whole
 * reply scanned for twenty endings.
 */
function hasStreetNumber(text: string, analysis: TextAnalysis): boolean {
  if (analysis.text !== text) return ADDRESS_HINT.test(text);
  for (const digit of digitRunStarts(analysis))
    if (digit > 0 && isWhitespace(text.charCodeAt(digit - 1)) && STREET_ENDING_LIST.some((ending) => text.endsWith(ending, digit - 1))) return true;
  return false;
}
/**
 * Where a named person lives or sits: «Roar Midtbø i 2. etasje», «Marit Haugland i leiligheten
 * under deg», "Turid Haugland, who lives directly above", "Arne Dahl in flat 3B", a neighbour by
 * house number («Per Aksnes i nr. 6», "Gunn Eriksen next door at no. 138"), a resident by room
 * («Alfhild Bøe på rom 14»), another pupil by class («Sander Olsen i same klasse»).
 */
const DWELLING_AT = withFastWordStarts(
  /(?:,\s|\s)(?:i\s+(?:\d\.|første|andre|tredje|fjerde|femte)\s+etasje|i\s+(?:leiligheten|leilegheita)\s+(?:over|under|ved\s+siden\s+av|ved\s+sida\s+av)(?:\s+(?:deg|dykk|dere))?|i\s+nabohuset|in\s+flat\s+\d+[A-Za-z]?|who\s+lives\s+(?:directly\s+|right\s+)?(?:above|below|next\s+door|upstairs|downstairs)|(?:i|på)\s+(?:nr\.?|nummer)\s?\d{1,4}[A-Za-z]?|(?:next\s+door\s+)?(?:at|in)\s+(?:no\.?|number)\s?\d{1,4}[A-Za-z]?|next\s+door|på\s+rom(?:met)?\s+\d{1,4}|in\s+room\s+\d{1,4}|i\s+sam(?:m)?e\s+klasse|in\s+the\s+same\s+class|på\s+(?:avdeling|avdelinga|avdelingen|posten)\s+\p{Lu}\p{L}+|(?:two|three|a\s+few)\s+doors\s+(?:down|up)(?:\s+from\s+you)?|across\s+the\s+(?:road|street)(?:\s+from\s+you)?|(?:rett\s+)?over\s+gata|(?:rett\s+)?over\s+gaten)(?![\p{L}\p{N}])/gu,
);
/** Words one of which every DWELLING_AT match holds: the scan runs only when the reply has one. */
const DWELLING_WORDS = [
  'etasje',
  'leiligheten',
  'leilegheita',
  'nabohuset',
  'flat',
  'lives',
  'nr',
  'nr.',
  'nummer',
  'number',
  'no',
  'no.',
  'door',
  'doors',
  'rom',
  'rommet',
  'room',
  'klasse',
  'class',
  'avdeling',
  'avdelinga',
  'avdelingen',
  'posten',
  'across',
  'gata',
  'gaten',
];
const SERVICE_WORD =
  /^(?:service|services|centre|center|office|department|unit|team|clinic|library|school|hall|house|church|council|\p{L}*(?:tenesta|tenesten|tjenesten|tjenesta|tjeneste|teneste|etaten|etat|kontoret|kontor|senteret|senter|sentralen|torget|skole|skule|skolen|skulen|barnehage|barnehagen|huset|hallen|biblioteket|bibliotek|klinikken|klinikk|legevakten|legevakta|kirke|kyrkje|kommune|kommunen|hjem|heim|heimen|hjemmet|bygg|verket|verk))$/iu;
/** «Sindre Myklebust», «familien Aasen»: a full name, or a family by its surname. */
const TWO_NAMES_BEFORE = withFastWordStarts(
  new RegExp(String.raw`(?<![\p{L}])(${NAME}\s${NAME}(?:\s${NAME})?|(?:familien|familie|family)\s${NAME}|(?:the|The)\s${NAME}\sfamily)\s?$`, 'u'),
);

// Each shape is found by its placing words first (a class code, a relation noun, a title: rare in a
// reply), and only there is a name looked for beside them: a name pattern tried at every capital
// letter would cost more than the rest of the personal-data checks together. The placing patterns
// are tried only where one of their first words stands (word-plan.ts).
const CLASS_AT_SOURCE = String.raw`(?<![\p{L}])${CLASS}`;
const CLASS_AT = wordPlan(CLASS_AT_SOURCE, withFastWordStarts(new RegExp(CLASS_AT_SOURCE, 'gu')));
const NAME_BEFORE = withFastWordStarts(new RegExp(String.raw`(?<![\p{L}])(${FULL_NAME})\s$`, 'u'));
const NAME_COMMA_BEFORE = withFastWordStarts(new RegExp(String.raw`(?<![\p{L}])(${FULL_NAME}),\s$`, 'u'));
const RELATION_AT_SOURCE = String.raw`(?<![\p{L}])${RELATION}${POSSESSIVE}${PLACE}(?![\p{L}])`;
const RELATION_AT = wordPlan(RELATION_AT_SOURCE, withFastWordStarts(new RegExp(RELATION_AT_SOURCE, 'giu')));
const NAME_AFTER_RELATION = new RegExp(String.raw`,?\s(?:${TITLE})?(${FULL_NAME})`, 'uy');
const TITLE_AT_SOURCE = String.raw`(?<![\p{L}])${TITLE}`;
const TITLE_AT = wordPlan(TITLE_AT_SOURCE, withFastWordStarts(new RegExp(TITLE_AT_SOURCE, 'gu')));
const NAME_AFTER = new RegExp(FULL_NAME, 'uy');

interface Shape {
  start: number;
  end: number;
  name: string;
  titled: boolean;
  /** Named as the one who did something ("the boy who bit …"). */
  doer?: boolean;
  /**
   * Placed by where they live or sit or by what is told of them (an address, a room, a debt): the
   * same words place a colleague given as a contact ("our debt adviser, Kari Nygaard"), the office's side.
   */
  placed?: boolean;
}

/** A class code («5B») or a class word: without one, no class shape can match. */
const CLASS_HINT = /\d[A-ZÆØÅa-zæøå](?![\p{L}\p{N}])|(?:klasse|class|trinn|year)\s\d/u;
/** The stems of the relation nouns: without one, no relation shape can match. */
const RELATION_HINT =
  /beboer|bebuar|parent|forelder|nabo|neighbo|klassekamerat|medelev|eleven|barnet|leietaker|leigetakar|tenant|pupil|child|resident|boy|girl|partner|husband|wife|ekskon|eksman|samboer|sambuar|kompis|kamerat|venn|venen|kjærest|friend/u;

function shapes(text: string, analysis: TextAnalysis): Shape[] {
  const lower = lowerCaseText(analysis);
  const found: Shape[] = [];
  // Each shape's scan runs only when its cheap hint is in the text (most replies have none).
  for (const m of CLASS_HINT.test(text) ? planMatches(CLASS_AT, text, analysis) : []) {
    const before = NAME_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    if (before) found.push({ start: m.index - before[0].length, end: m.index + m[0].length, name: before[1]!, titled: false });
  }
  for (const m of RELATION_HINT.test(lower) ? planMatches(RELATION_AT, text, analysis) : []) {
    const end = m.index + m[0].length;
    NAME_AFTER_RELATION.lastIndex = end;
    const after = NAME_AFTER_RELATION.exec(text);
    if (after) {
      found.push({ start: m.index, end: end + after[0].length, name: after[1]!, titled: false });
      continue;
    }
    const before = NAME_COMMA_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    if (before) found.push({ start: m.index - before[0].length, end, name: before[1]!, titled: false });
  }
  ADDRESS_AT.lastIndex = hasStreetNumber(text, analysis) ? 0 : text.length;
  for (let m = ADDRESS_AT.exec(text); m !== null; m = ADDRESS_AT.exec(text)) {
    const before = TWO_NAMES_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    // «Fysioterapitenesta Laksevåg, Damsgårdsveien 167», "the Service Centre at Kaigaten 4": a service's address.
    if (before && !before[1]!.split(/\s/u).some((w) => SERVICE_WORD.test(w)))
      found.push({ start: m.index - before[0].length, end: m.index + m[0].length, name: before[1]!, titled: false, placed: true });
  }
  const index = wordIndex(analysis);
  DWELLING_AT.lastIndex = DWELLING_WORDS.some((word) => index.has(word)) ? 0 : text.length;
  for (let m = DWELLING_AT.exec(text); m !== null; m = DWELLING_AT.exec(text)) {
    const before = TWO_NAMES_BEFORE.exec(text.slice(Math.max(0, m.index - 60), m.index));
    if (!before || before[1]!.split(/\s/u).some((w) => SERVICE_WORD.test(w))) continue;
    const start = m.index - before[0].length;
    const end = m.index + m[0].length;
    // "Your neighbour Ole Hjelle at number 19": the relation shape named them already; one finding, widened.
    const named = found.find((f) => f.start <= start && start < f.end);
    if (named) named.end = Math.max(named.end, end);
    // "The Haugland family": the name is the family's, not «The».
    else found.push({ start, end, name: before[1]!.replace(/^the\s/iu, ''), titled: false, placed: true });
  }
  for (const m of DOER_HINT.test(text) ? planMatches(DOER_AT, text, analysis) : []) {
    const end = m.index + m[0].length;
    NAME_AFTER.lastIndex = end;
    const name = NAME_AFTER.exec(text);
    if (name) found.push({ start: m.index, end: end + name[0].length, name: name[0], titled: false, doer: true });
  }
  SOURCE_OR_HOLDER.lastIndex = SOURCE_HINT.test(text) ? 0 : text.length;
  for (let m = SOURCE_OR_HOLDER.exec(text); m !== null; m = SOURCE_OR_HOLDER.exec(text)) {
    const end = m.index + m[0].length;
    FULL_NAMES_IN.lastIndex = end;
    const name = FULL_NAMES_IN.exec(text);
    if (!name || name.index !== end || namesABody(name[0]) || found.some((f) => f.start < name.index + name[0].length && end < f.end)) continue;
    // «Helland Eiendom AS»: a company, not a person.
    if (COMPANY_AFTER.test(text.slice(end + name[0].length, end + name[0].length + 6)) || COMPANY_WORD.test(name[0])) continue;
    found.push({ start: end, end: end + name[0].length, name: name[0], titled: false, placed: true });
  }
  for (const end of CLEFT_WHO.test(text) ? cleftNameStarts(text, analysis) : []) {
    CLEFT_NAME.lastIndex = end;
    const name = CLEFT_NAME.exec(text);
    if (name && !namesABody(name[1]!) && !found.some((f) => f.start < end + name[0].length && end < f.end))
      found.push({ start: end, end: end + name[0].length, name: name[1]!, titled: false, doer: true });
  }
  for (const m of PRIVATE_HINT.test(lower) ? planMatches(PRIVATE_DETAIL, text, analysis) : []) {
    const sentence = sentenceAt(analysis.sentences, m.index);
    if (!sentence) continue;
    // The full name nearest the detail in its sentence, if any.
    let nearest: RegExpExecArray | undefined;
    FULL_NAMES_IN.lastIndex = sentence.start;
    for (let n = FULL_NAMES_IN.exec(text); n !== null && n.index < sentence.end; n = FULL_NAMES_IN.exec(text)) {
      if (n.index === sentence.start || namesABody(n[0])) continue;
      if (!nearest || Math.abs(n.index - m.index) < Math.abs(nearest.index - m.index)) nearest = n;
    }
    if (!nearest) continue;
    const start = Math.min(nearest.index, m.index);
    const end = Math.max(nearest.index + nearest[0].length, m.index + m[0].length);
    if (!found.some((f) => f.start < end && start < f.end)) found.push({ start, end, name: nearest[0], titled: false, placed: true });
  }
  NAME_WITH_AGE.lastIndex = hasAgeAfterComma(text, analysis) ? 0 : text.length;
  for (let m = NAME_WITH_AGE.exec(text); m !== null; m = NAME_WITH_AGE.exec(text)) {
    const end = m.index + m[0].length - 1;
    if (!found.some((f) => f.start < end && m!.index < f.end))
      found.push({ start: m.index, end, name: m[0].slice(0, m[0].indexOf(',')), titled: false, placed: true });
  }
  for (const m of planMatches(TITLE_AT, text, analysis)) {
    const end = m.index + m[0].length;
    NAME_AFTER.lastIndex = end;
    const name = NAME_AFTER.exec(text);
    if (name && !found.some((f) => f.start <= m.index && m.index < f.end))
      found.push({ start: m.index, end: end + name[0].length, name: name[0], titled: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The writer's side: a colleague introduced with "our"/«vår» or a role, or given as a contact. */
const COLLEAGUE_BEFORE =
  /(?:\b(?:our|your)\s+(?:\p{L}+\s+){0,2}|(?:vår|vårt|våre|vår\s+\p{L}+|kollega(?:en)?\s+(?:min|mi|vår)?|saksbehandler(?:en)?|sakshandsamar(?:en)?|caseworker|case\s+officer|contact\s+person|kontaktperson(?:en)?|rektor|headteacher|lege(?:n)?|doctor|nurse|sykepleier(?:en)?|sjukepleiar(?:en)?|terapeut(?:en)?|therapist|koordinator(?:en)?|coordinator|konsulent(?:en)?|adviser|advisor|caretaker|vaktmester(?:en)?|vaktmeister(?:en)?|teacher|lærer(?:en)?|kontaktlærer(?:en)?|kontaktlærar(?:en)?|principal),?\s*)$/iu;
const CONTACT_IN_SENTENCE = withFastWordStarts(
  /(?<![\p{L}])(?:ring|ringe|ringer|ringjer|kontakt|kontakte|kontaktar|call|contact|phone|ring\s+\p{L}+|reach|email|e-post|will\s+(?:call|visit|contact)|vil\s+(?:ringe|ringje|besøke|besøkje|kontakte)|kommer\s+(?:til\s+deg|på\s+besøk)|kjem\s+(?:til\s+deg|på\s+besøk))(?![\p{L}])/iu,
);

/** A who-clause that introduces the office's side: who handles the case, whom to call. */
const OFFICE_ROLE = withFastWordStarts(
  /(?<![\p{L}])(?:handles?|handled|deals?\s+with|is\s+responsible|in\s+charge|works?\s+(?:with|on|at|in)|behandler|handsamar|har\s+(?:ansvar|saka|saken)|jobber|jobbar|arbeider|arbeidar|følger\s+opp|følgjer\s+opp|your\s+case|saka\s+di|saken\s+din|(?:from|at|in)\s+(?:our|the)\s+(?:office|team|department|council|municipality)|(?:fra|frå|hos|hjå)\s+(?:oss|kommunen|kontoret)|kollega\p{L}*|colleagues?|(?:hadde|har|had|has|was\s+on|var\s+på)\s+(?:vakt|vakta|vakten|nattevakt\p{L}*|duty|shift|the\s+shift))(?![\p{L}])/iu,
);

/** Capitalised words that start a sentence and name a group, not a person («Elevene i 5B», "All pupils in year 6"). */
const NOT_A_NAME =
  /^(?:alle|all|mange|many|noen|nokon|some|de|dei|vi|me|the|our|pupils|children|students|barna|barn|klassen|klassa|foreldra|\p{L}+(?:ene|ane|erne|arne))$/iu;

/** «Hei Kari,», "Dear Ms Holm," — or the name alone as the greeting: "Mr Kaya,". */
const GREETING_LINE = new RegExp(
  String.raw`^\s*(?:(?:${GREETING_WORDS})(?![\p{L}])[^\n]{0,60}|(?:Mr|Ms|Mrs|Miss|Dr|Fru|Herr)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s*[,!]?\s*)$`,
  'iu',
);

/**
 * The greeting: the opening line, or a line just below a letter's title, address block or
 * reference lines ("Reminder – unpaid fees, Konsul Børs gate 7⏎⏎Dear Mr Okafor,").
 */
function greetingLine(analysis: TextAnalysis): Line | undefined {
  const first = openingLine(analysis);
  if (first && GREETING_LINE.test(analysis.text.slice(first.start, first.end))) return first;
  let seen = 0;
  for (const line of analysis.lines) {
    const trimmed = trimLine(analysis.text, line);
    if (!trimmed) continue;
    if (++seen > GREETING_WITHIN_LINES) return undefined;
    if (GREETING_LINE.test(analysis.text.slice(trimmed.start, trimmed.end))) return trimmed;
  }
  return undefined;
}

/** How far down a greeting may stand below a title or an address block. */
const GREETING_WITHIN_LINES = 6;

function words(name: string): string[] {
  // "Mr Rezaei's": the possessive is not part of the name.
  return name.split(/[\s]+/u).map((w) => foldName(w.replace(/['’]s$/u, '')));
}

/** A capitalised name word, a double name («Al-Khatib», "O'Brien») as one. */
const NAME_WORD = /\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*/gu;

function addNameWord(own: Set<string>, word: string): void {
  own.add(foldName(word));
  for (const part of word.split(/[-'’]/u)) if (part) own.add(foldName(part));
}

/** The person a lawyer, guardian or relative writes for, or whose estate the case is («dødsboet etter Arne Vik»). */
const CLIENT_NAME = withFastWordStarts(
  /(?<![\p{L}])(?:on\s+behalf\s+of|på\s+vegne\s+av|på\s+vegner\s+av|(?:your|our)\s+client,?|klienten\s+(?:din|deres|Deres|dykkar),?|(?:din|deres|Deres|dykkar)\s+klient,?|[Ee]state\s+of|[Dd]ødsbo(?:et)?\s+etter|[Bb]uet\s+etter)\s+(?:the\s+late\s+|avdøde\s+|avdøydde\s+)?(?:(?:Mr|Mrs|Ms|Miss|fru|herr)\.?\s+)?(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*(?:[^\S\n]+\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*){0,2})/gu,
);

export const thirdPerson: Detector = {
  id: 'third-person',
  description:
    'En tredjeperson nevnt ved navn sammen med det som plasserer dem: en annen elev med klasse («Jonas i 5B»), en nabo eller leietaker ved navn, en person med tittel («Mr Moe»). Ikke leseren, avsenderen, skribenten eller kolleger som oppgis som kontakt.',
  detect({ text, analysis, context }) {
    const found = shapes(text, analysis);
    if (found.length === 0) return [];
    const hits: DetectorHit[] = [];
    const signature = signatureStart(text);
    const greeting = greetingLine(analysis);
    // The reader and the inquiry's sender by any part of their name.
    const own = new Set<string>();
    for (const part of senderNameWords(context.inquiry?.senderName ?? '')) own.add(foldName(part));
    // "Dear Mr and Mrs Al-Khatib": a double name is one word, and its parts are names too.
    if (greeting) for (const w of text.slice(greeting.start, greeting.end).match(NAME_WORD) ?? []) addNameWord(own, w);
    // "Appeal on behalf of Hamid Rezaei", «klienten din, Kari Holm»: a lawyer's or guardian's client is the case's own person.
    CLIENT_NAME.lastIndex = 0;
    for (let m = CLIENT_NAME.exec(text); m; m = CLIENT_NAME.exec(text)) for (const w of m[1]!.match(NAME_WORD) ?? []) addNameWord(own, w);
    for (const { start, end, name, titled, doer, placed } of found) {
      if (start >= signature || (greeting && start < greeting.end)) continue;
      if (words(name).some((w) => own.has(w)) || NOT_A_NAME.test(name.split(/\s/u)[0]!)) continue;
      if (titled || doer || placed) {
        // A title alone places no one: a colleague who will call, or someone the reader is told to contact, is the office's side.
        const sentenceStart = Math.max(text.lastIndexOf('.', start), text.lastIndexOf('\n', start)) + 1;
        const sentenceEndDot = text.slice(end).search(/[.!?\n]/u);
        const sentence = text.slice(sentenceStart, sentenceEndDot < 0 ? text.length : end + sentenceEndDot);
        if (COLLEAGUE_BEFORE.test(text.slice(sentenceStart, start)) || CONTACT_IN_SENTENCE.test(sentence)) continue;
        // "The person who handles your case is Kari Olsen", "… was Kari Olsen from our office": the office's side, introduced.
        if (doer && OFFICE_ROLE.test(sentence)) continue;
      }
      hits.push({ start, end });
    }
    return hits;
  },
};
