// Special categories of personal data (GDPR art. 9 and 10: health, child welfare, criminal
// matters, religion …) as word sets in the rule set's params. An entry may hold "*ending" after
// its first word ("av *sk opphav"), and with `prefixFrom` one-word entries that long also match
// the start of a longer word: inflections and compounds ("demens" in "demensutviklingen").
//
// A word alone is not a person's data. Two contexts are left alone, because a caseworker would
// find the warning silly there:
//   - a sentence that gives a service's contact details or opening hours ("Barnevernstjenesten
//     har åpent kl. 08–15", "Kontakt Psykisk helse og rus på 55 56 55 56"): that names a service;
//     — but not a sentence that asks for the person's own document by e-mail ("send oss
//     legeerklæringen hennes på e-post til helse@bergen.kommune.no"): the address is the very
//     problem there (Datatilsynet: no health data in ordinary e-mail);
//   - a service's name, capitalised mid-sentence ("hjelp fra Psykisk helse og rus"), unless the
//     sentence ties it to a person ("sendt til Barnevernet om barnet ditt");
//   - the sender's own service: a word that names a service («Barneverntjenesten», "Migrant Health
//     Service") and stands in the reply's signature is who writes («Barneverntjenesten har mottatt
//     brevet ditt»), not anyone's data;
//   - a document the reader is asked to bring, in the indefinite form after a verb of requiring
//     ("Du må levere politiattest", "legg ved legeattest"): that is a general requirement, while
//     "politiattesten din" or "your police certificate" is the person's own and is reported.
// With `requirePerson` (the health lists), a sentence that names no one is left alone too: no
// name, pronoun, kin, role or id number («Helvetesild er en virusinfeksjon», «Vi kan ikke gi
// medisinske råd på e-post»). Health words are common in advice about illness itself; a
// child-welfare or criminal word is not, so those lists leave the setting off.
import type { Detector, DetectorHit } from './types.ts';
import { signatureWords } from '../text/signature.ts';
import { derivedFrom, sentenceAt, tokenize, wordIndex, type Sentence, type TextAnalysis, type Token } from '../text/analysis.ts';

interface Compiled {
  /** First word → the remaining words of each phrase that starts with it. */
  index: Map<string, string[][]>;
  documents: Set<string>;
  /** Report only in a sentence that names someone (noOneNamed). */
  requirePerson: boolean;
  /** Care and papers («medisinene», "medical certificate"): the reader's own need no warning, only someone else's. */
  readerOwn: string[];
  /** One-word entries that also match as the start of a longer word (inflections, compounds). */
  prefixes: Set<string>;
  /** Word beginnings a prefix must not take ("tiltalende" is not "tiltale"). */
  except: string[];
  /** Words after an entry that make it name a facility, not a person's condition ("disabled bay", "disability parking"). */
  notBefore: Set<string>;
  /** Facilities named before «for» and the entry («parkeringsplassar for rørslehemma», "toilets for the disabled"). */
  notAfter: Set<string>;
}

const compiledParams = new WeakMap<Record<string, unknown>, Compiled>();
// The first words of every word list seen so far, and per check the positions of the words that
// are among them: one pass over the words shared by all special-category rules (there are many),
// after which each rule looks only at those few positions.
const allFirstWords = new Set<string>();
let firstWordsVersion = 0;
/** Key of the candidate positions among what is derived from an analysis (derivedFrom). */
const CANDIDATES = {};
// The same for entries that match as a word's beginning ("demens" in "demensutviklingen"): the
// shortest such entry is PREFIX_MIN letters, so a word costs a few hash lookups.
const PREFIX_MIN = 5;
/**
 * A compound whose last part is a prefix entry at least this long names the same thing
 * («heimedialyse», «matallergi», «urinvegsinfeksjon»): Norwegian puts the head of a compound last.
 * A head of at least three letters must come before it.
 */
const TAIL_MIN = 6;
const TAIL_HEAD_MIN = 3;
/** The last four letters of every entry long enough to be a compound's tail: one lookup rules out most words. */
const allTailEnds = new Set<string>();
const allPrefixes = new Set<string>();
/** The first PREFIX_MIN letters of every prefix entry: a word whose own first letters are none of them starts with no entry. */
const allPrefixHeads = new Set<string>();
let longestPrefix = 0;
type PrefixHit = { position: number; prefix: string; tail: boolean };
const PREFIX_HITS = {};

/** A service's own name: «barneverntjenesten», «barnevernvakta», "the child welfare service". */
const SERVICE_NAME = /(?:tjenesten|tjeneste|tenesta|teneste|vakten|vakta|kontoret|kontor|service|office|clinic|team|teamet)$/u;

function prefixPositions(analysis: TextAnalysis): PrefixHit[] {
  const cached = derivedFrom(analysis, PREFIX_HITS, () => ({ version: -1, hits: [] as PrefixHit[] }));
  if (cached.version === firstWordsVersion) return cached.hits;
  const hits: PrefixHit[] = [];
  if (allPrefixes.size > 0) {
    // Each distinct word once (the analysis's word index), then its places in text order.
    for (const [w, at] of wordIndex(analysis)) {
      if (w.length <= PREFIX_MIN) continue;
      // One lookup rules out most words before a lookup per length.
      let found: string | undefined;
      let tail = false;
      if (allPrefixHeads.has(w.slice(0, PREFIX_MIN))) {
        // Only longer words: the word itself is an exact entry, found the ordinary way.
        for (let length = Math.min(w.length - 1, longestPrefix); length >= PREFIX_MIN && !found; length--) {
          const prefix = w.slice(0, length);
          if (allPrefixes.has(prefix)) found = prefix;
        }
      }
      if (!found && w.length >= TAIL_MIN + TAIL_HEAD_MIN && !w.includes('-') && allTailEnds.has(w.slice(-4))) {
        for (let length = Math.min(w.length - TAIL_HEAD_MIN, longestPrefix); length >= TAIL_MIN && !found; length--) {
          const ending = w.slice(-length);
          if (allPrefixes.has(ending)) {
            found = ending;
            tail = true;
          }
        }
      }
      if (found) for (const position of at) hits.push({ position, prefix: found, tail });
    }
    hits.sort((a, b) => a.position - b.position);
  }
  cached.version = firstWordsVersion;
  cached.hits = hits;
  return hits;
}

function stringList(params: Record<string, unknown>, key: string): string[] {
  const value = params[key];
  return Array.isArray(value) ? value.filter((w): w is string => typeof w === 'string') : [];
}

function compile(params: Record<string, unknown>): Compiled {
  let compiled = compiledParams.get(params);
  if (compiled) return compiled;
  const index = new Map<string, string[][]>();
  for (const phrase of stringList(params, 'words')) {
    // "*sk" (not first) stands for any word ending in "sk": "av *sk opphav" is "av somalisk opphav".
    const tokens = phrase.includes('*') ? phrase.toLowerCase().split(/\s+/u).filter(Boolean) : tokenize(phrase).map((t) => t.lower);
    if (tokens.length === 0) continue;
    const list = index.get(tokens[0]!) ?? [];
    list.push(tokens.slice(1));
    index.set(tokens[0]!, list);
    if (!allFirstWords.has(tokens[0]!)) {
      allFirstWords.add(tokens[0]!);
      firstWordsVersion++;
    }
  }
  const prefixFrom = typeof params['prefixFrom'] === 'number' ? params['prefixFrom'] : Infinity;
  const prefixes = new Set<string>();
  for (const phrase of stringList(params, 'words')) {
    const lower = phrase.toLowerCase();
    if (lower.length >= prefixFrom && /^\p{L}+$/u.test(lower)) {
      prefixes.add(lower);
      allPrefixes.add(lower);
      allPrefixHeads.add(lower.slice(0, PREFIX_MIN));
      if (lower.length >= TAIL_MIN) allTailEnds.add(lower.slice(-4));
      longestPrefix = Math.max(longestPrefix, lower.length);
      firstWordsVersion++;
    }
  }
  const except = stringList(params, 'notPrefixOf').map((w) => w.toLowerCase());
  compiled = {
    index,
    documents: new Set(stringList(params, 'documents').map((w) => w.toLowerCase())),
    requirePerson: params['requirePerson'] === true,
    readerOwn: stringList(params, 'readerOwn').map((w) => w.toLowerCase()),
    prefixes,
    except,
    notBefore: new Set(stringList(params, 'notBefore').map((w) => w.toLowerCase())),
    notAfter: new Set(stringList(params, 'notAfter').map((w) => w.toLowerCase())),
  };
  compiledParams.set(params, compiled);
  return compiled;
}

/** «PTSD-diagnose», "HIV-positive": the part before a hyphen, which may be an entry of its own ("" when there is none). */
function hyphenHead(lower: string): string {
  const dash = lower.indexOf('-');
  return dash > 1 ? lower.slice(0, dash) : '';
}

/** A distinct word of the reply that some rule's list may start with, and where it stands. */
interface CandidateWord {
  lower: string;
  head: string;
  positions: readonly number[];
}

function candidateWords(analysis: TextAnalysis): CandidateWord[] {
  const cached = derivedFrom(analysis, CANDIDATES, () => ({ version: -1, words: [] as CandidateWord[] }));
  if (cached.version === firstWordsVersion) return cached.words;
  const words: CandidateWord[] = [];
  // Each distinct word once (the analysis's word index), with its places in text order.
  for (const [lower, positions] of wordIndex(analysis)) {
    const head = hyphenHead(lower);
    if (allFirstWords.has(lower) || allFirstWords.has(head)) words.push({ lower, head, positions });
  }
  cached.version = firstWordsVersion;
  cached.words = words;
  return words;
}

/**
 * Where this rule's entries may start, in text order, each place once: the places of the candidate
 * words that its own lists start with (each word looked up once, not at each of its places: the
 * candidates of all the rules together include «i», «av», «er»), and those of its prefix entries.
 */
function startsFor(index: ReadonlyMap<string, string[][]>, analysis: TextAnalysis, prefixAt: ReadonlyMap<number, string>): ArrayLike<number> {
  let only: readonly number[] | undefined;
  let lists: Array<readonly number[]> | undefined;
  const add = (places: readonly number[]) => {
    if (!only) only = places;
    else (lists ??= [only]).push(places);
  };
  if (prefixAt.size) add([...prefixAt.keys()]);
  for (const word of candidateWords(analysis)) if (index.has(word.lower) || index.get(word.head)?.some((rest) => rest.length === 0)) add(word.positions);
  if (!lists) return only ?? [];
  // Several lists: all their places in one typed array, sorted (numerically) in place, each once.
  let total = 0;
  for (const list of lists) total += list.length;
  const all = new Int32Array(total);
  let n = 0;
  for (const list of lists) for (let k = 0; k < list.length; k++) all[n++] = list[k]!;
  all.sort();
  let distinct = 0;
  for (let k = 0; k < all.length; k++) if (k === 0 || all[k] !== all[distinct - 1]) all[distinct++] = all[k]!;
  return all.subarray(0, distinct);
}

// Opening hours, landline numbers, the municipality's addresses, "kontakt …"/"ring …": the sentence presents a service.
/** A clock time: opening hours for a service, but a care schedule in a sentence about a person («Kona di står oppført med dosett kl. 21»). */
const CLOCK_CUE = /(?<!\p{L})kl(?:\.|okka)\s?\d/u;
const CONTACT_CUE = new RegExp(
  [
    String.raw`(?<!\p{L})(?:har|holder|held|er|is|are)\s+(?:åpent|ope|open)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:åpningstid|opningstid|opening hours)`,
    // «på telefon», "on the phone" tell how a conversation went, not where a service answers.
    String.raw`(?<!\p{L})(?<!(?:på|i|over|per) )(?:telefon|tlf\.?)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:sentralbord|besøksadresse|postadresse|adresse)(?!\p{L})`,
    String.raw`(?:^|[.!?]\s*)(?:kontakt|ring|ta kontakt|contact|call)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:ta kontakt med|kontakte|kontakt oss|ringe|ring oss|contact us|call us)(?!\p{L})`,
    // "He told my colleague on the phone that …" tells how a conversation went, like «på telefon».
    String.raw`(?<!\p{L})(?<!(?:on|by|over)(?:\s+the)?\s)phone(?!\p{L})`,
    // Landline numbers only: a mobile number (4xx, 9xx) is more likely a person's own.
    String.raw`(?<![\d.])[2-35-8]\d ?\d{2} ?\d{2} ?\d{2}(?![\d.])`,
    String.raw`@[\w.-]*kommune\.no|https?://|www\.|kommune\.no`,
    String.raw`(?<!\p{L})(?:ligger i|ligg i|holder til|held til|is located)(?!\p{L})`,
  ].join('|'),
  'iu',
);

/**
 * The sentence speaks of people in general («folk som har fått ein demensdiagnose», "children with
 * asthma", «sjukdom i personalet»): no one is named, so it holds no one's data — unless a word
 * ties it to the reader or someone close to them (then it is reported as usual).
 */
const GENERIC_PEOPLE =
  /(?<!\p{L})(?:folk\s+(?:som|med)|personar\s+(?:som|med)|personer\s+(?:som|med)|(?:alle|mange|dei|de|den|ein|en|nokon|noen|andre)\s+som\s+(?:har|er|får|får|lever|lid|lider|bur|bor|treng|trenger)|barn\s+(?:som|med)|eldre\s+(?:som|med)|(?:elever|elevar|ungdommer|ungdommar|familier|familiar|innbyggere|innbyggjarar)\s+(?:som|med)|(?:noen|nokon)\s+i\s+(?:familien|familia)|(?:pupils|students|young\s+people|families)\s+(?:who|with)|someone\s+in\s+the\s+family|pasientar\s+(?:som|med)|pasienter\s+(?:som|med)|brukarar\s+(?:som|med)|brukere\s+(?:som|med)|generelt|i\s+alminnelighet|(?:i|blant)\s+personalet|blant\s+(?:de\s+|dei\s+|oss\s+)?(?:ansatte|tilsette)|blant\s+oss|among\s+us|(?:mye|mykje|masse)\s+(?:sykdom|sjukdom)|people\s+(?:who|with|living)|(?:anyone|anybody|someone|everyone|everybody|those|residents|children|patients|adults|families)\s+(?:who|with)|(?:children|kids|barn|born|everyone|alle)\s+(?:should|must|need\s+to|bør|må|skal|treng|trenger)|(?:like\s+)?many\s+of\s+(?:our|the|these)|(?:som\s+)?mange\s+av\s+(?:våre|dei|de)|an?\s+person|someone\s+(?:who|with)|anyone|(?:en|ein)\s+person\s+(?:som|med)|(?:det\s+)?å\s+ha|having|in\s+general|generally|(?:mange|fleire|flere|de\s+fleste|dei\s+fleste|many|most)\s+(?:med|with)|(?:er|is|are)\s+(?:svært\s+|ganske\s+|veldig\s+|very\s+|quite\s+)?(?:vanlig|vanleg|common)\s+(?:hos|blant|among|in)|(?:fra|frå|from)\s+person\s+til\s+person|from\s+person\s+to\s+person|among\s+(?:our\s+|the\s+)?staff|staff\s+(?:illness|sickness|shortage))(?!\p{L})/iu;

/**
 * A service or a role named by a compound or a following word: «demenskoordinator», «rusteamet»,
 * "dementia nurse", «psykiatrisk sjukepleiar». It names who helps, not whom.
 */
const SERVICE_HEAD =
  /^(?:psykolog\p{L}*|psychologists?|koordinator\p{L}*|sjukepleiar\p{L}*|sykepleier\p{L}*|team\p{L}*|omsorg\p{L}*|teneste\p{L}*|tjeneste\p{L}*|senter\p{L}*|sentr\p{L}*|avdeling\p{L}*|kontor\p{L}*|lege\p{L}*|tilbod\p{L}*|tilbud\p{L}*|forening\p{L}*|foreining\p{L}*|forbund\p{L}*|klinikk\p{L}*|poliklinikk\p{L}*|seksjon\p{L}*|rådgjevar\p{L}*|rådgiver\p{L}*|konsulent\p{L}*|kurs\p{L}*|nettverk\p{L}*|coordinator|nurse|nurses|team|teams|service|services|unit|clinic|centre|center|counsellor|counselor|adviser|advisor|association|helpline|hotline)$/iu;

/** A negated send just before the term: «ikkje sende oss …», "do not send us …", «ikke legg ved …». */
const NOT_SENT_BEFORE =
  /(?<![\p{L}])(?:ikke|ikkje|not|never|aldri|don['’]t|do\s+not)\s+(?:\p{L}+\s+)?(?:sende|send|senda|legge\s+ved|leggje\s+ved|legg\s+ved|include|attach|e-poste|e-mail|email)\s+(?:oss|us|meg|me|noen|nokon|any)?\s*$/iu;

/** The sentence is about e-mail: sending something "på e-post", "by email", to an address. */
const BY_EMAIL = /(?<!\p{L})(?:e-?post(?:en|a)?|epost|e-?mail|email)(?!\p{L})/iu;

/** A form of one of the documents ("legeerklæringen", "politiattesten") other than the bare indefinite. */
function documentForm(phrase: string, documents: ReadonlySet<string>): boolean {
  for (const d of documents) if (phrase !== d && phrase.startsWith(d)) return true;
  return false;
}

// Verbs and phrases that ask for a document in general ("levere politiattest", "krav om legeattest").
const REQUIRING = new Set([
  'levere',
  'levert',
  'levera',
  'vedlagt',
  'vedlagd',
  'vedlagde',
  'attached',
  'enclosed',
  'lever',
  'leverer',
  'leveres',
  'leverast',
  'sende',
  'send',
  'sender',
  'sendes',
  'sendast',
  'ved',
  'kreve',
  'krever',
  'kreves',
  'krev',
  'krevje',
  'krevst',
  'om',
  'trenger',
  'treng',
  'trengs',
  'trengst',
  'bestille',
  'bestill',
  'innhente',
  'hente',
  'vise',
  'fremlegge',
  'framlegge',
  'framleggje',
  'gyldig',
  'nødvendig',
  'naudsynt',
  'submit',
  'provide',
  'need',
  'needs',
  'required',
  'requires',
  'require',
  'obtain',
  'show',
  'bring',
  'valid',
  'ha',
]);
// Words that tie a sentence to a person: then even a service's name says something about them.
const PERSONAL = new Set([
  'din',
  'di',
  'ditt',
  'dine',
  'hans',
  'hennes',
  'dykkar',
  'barnet',
  'barna',
  'sønnen',
  'sonen',
  'dattera',
  'datteren',
  'dottera',
  'familien',
  'familia',
  'your',
  'his',
  'her',
  'their',
  'child',
  'son',
  'daughter',
  'family',
  // A person as the subject, or a membership: «Hun er medlem av Fagforbundet», "she is in the Muslim youth association".
  'han',
  'hun',
  'ho',
  'he',
  'she',
  'him',
  'medlem',
  'medlemmer',
  'medlemar',
  'member',
  'members',
  'membership',
  'medlemskap',
  // A diagnosis is made about someone: «Bjørg Tveit fekk påvist Alzheimer», "was diagnosed with".
  'påvist',
  'diagnostisert',
  'diagnosed',
]);
const POSSESSIVES = new Set(['din', 'di', 'ditt', 'dine', 'hans', 'hennes', 'deres', 'dykkar', 'sin', 'si', 'sitt', 'your', 'his', 'her', 'their']);

/** Capitalised words that name a day, a month or the country and city: no one's name. */
const NOT_A_NAME = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'norway',
  'norge',
  'noreg',
  'bergen',
  'vestland',
  'europe',
  'europa',
]);

/** A proper name: capitalised, and not the first word of its sentence. */
function isCapitalisedName(text: string, token: Token, sentence: Sentence | undefined): boolean {
  if (NOT_A_NAME.has(token.lower)) return false;
  const first = token.text[0]!;
  const second = token.text[1];
  // "Psykisk", not "DNA" (an acronym is no name).
  if (first === first.toLowerCase() || (second !== undefined && second !== second.toLowerCase())) return false;
  if (!sentence || token.start <= sentence.start) return false;
  for (let k = token.start - 1; k >= sentence.start; k--) {
    const c = text[k]!;
    if (c === ' ' || c === '\t' || c === '"' || c === '«' || c === '(') continue;
    return c !== ':' && c !== '\n';
  }
  return false;
}

function tiedToPerson(words: readonly Token[], sentence: Sentence, generic = false): boolean {
  for (let k = sentence.firstWord; k < words.length && words[k]!.start < sentence.end; k++) {
    const word = words[k]!.lower;
    // "Many people with diabetes manage on their own", «når nokon i familien får …»: in a sentence
    // about people in general, "their" and "the family" are theirs.
    if (PERSONAL.has(word) && !(generic && GENERIC_PLURAL.has(word))) return true;
  }
  return false;
}

/** «Du er med i Fellesforbundet», «han var med i …»: someone's membership, not the union's name alone. */
function membershipBefore(words: readonly Token[], i: number): boolean {
  return (
    i >= 3 && words[i - 1]!.lower === 'i' && words[i - 2]!.lower === 'med' && ['er', 'var', 'vore', 'vært', 'blitt', 'vorte'].includes(words[i - 3]!.lower)
  );
}

/** Verbs that give a named person a condition: «Emil Strand som har autisme», "Kari has diabetes". */
const HOLDER_VERBS = new Set(['har', 'hadde', 'lider', 'led', 'fekk', 'fikk', 'får', 'has', 'had', 'suffers', 'got', 'gets']);

/**
 * A person named right before the term holds it («… blant annet Emil Strand som har autisme»), even
 * in a sentence that otherwise speaks of people in general («flere barn med spesielle behov»).
 */
function namedHolderBefore(text: string, words: readonly Token[], i: number, sentence: Sentence): boolean {
  for (let k = i - 1; k >= Math.max(sentence.firstWord, i - 3); k--) {
    if (!HOLDER_VERBS.has(words[k]!.lower)) continue;
    let n = k - 1;
    if (n >= sentence.firstWord && (words[n]!.lower === 'som' || words[n]!.lower === 'who')) n--;
    // A first and a last name, both capitalised: «Emil Strand», not «Bergen kommune» or a lone «Hei».
    return n > sentence.firstWord && isCapitalisedName(text, words[n]!, sentence) && isCapitalisedName(text, words[n - 1]!, sentence);
  }
  return false;
}

/** Words besides PERSONAL that name someone the sentence is about: the reader, kin, a role. */
const SOMEONE = new Set([
  'du',
  'deg',
  'you',
  'dykk',
  'de',
  'dem',
  'jeg',
  'eg',
  'meg',
  'i',
  'me',
  'my',
  'they',
  'them',
  'dei',
  'henne',
  'hennar',
  'ham',
  'honom',
  'mor',
  'mora',
  'moren',
  'far',
  'faren',
  'mamma',
  'pappa',
  'mother',
  'father',
  'mum',
  'dad',
  'sønn',
  'datter',
  'dotter',
  'bror',
  'søster',
  'brother',
  'sister',
  'kona',
  'kone',
  'mannen',
  'ektemannen',
  'wife',
  'husband',
  'partner',
  'sambo',
  'samboer',
  'samboeren',
  'sambuar',
  'sambuaren',
  'borna',
  'gutten',
  'guten',
  'jenta',
  'jenten',
  'boy',
  'girl',
  'eleven',
  'pasienten',
  'søker',
  'søkar',
  'søkjar',
  'søkjaren',
  'brukaren',
  'brukeren',
  'beboeren',
  'bebuaren',
  'naboen',
  'søkeren',
  'søkaren',
  'pupil',
  'patient',
  'tenant',
  'neighbour',
  'resident',
  'applicant',
]);
/** An id number (fødselsnummer, D-nummer) is someone. */
const ID_NUMBER = /(?<!\d)\d{6} ?\d{5}(?!\d)/u;

/** Whether a matched term is one of the care or paper words of `readerOwn` (or an inflection of one). */
function ownCare(term: string, readerOwn: readonly string[]): boolean {
  return readerOwn.some((w) => term.startsWith(w));
}

/** «Etat for psykisk helse og», "Centre for mental health and": the head of a service's name just before the term. */
const SERVICE_NAMED_BEFORE =
  /(?<![\p{L}])(?:etat|etaten|avdeling|avdelinga|avdelingen|senter|senteret|kontor|kontoret|seksjon|seksjonen|team|teamet|centre|center|department|unit|service|services|office|agency)\s+(?:for|of)\s+(?:\p{L}+\s+){0,4}$/iu;

/** The reader and the writer (and the office) are no one else: only for care the reader is told of. */
const READER_OR_WRITER = new Set([
  'du',
  'deg',
  'din',
  'di',
  'ditt',
  'dine',
  'you',
  'your',
  'yours',
  'dykk',
  'dykkar',
  'dere',
  'deres',
  'jeg',
  'eg',
  'meg',
  'i',
  'me',
  'my',
  'vi',
  'we',
  'us',
  'our',
  'oss',
]);

/**
 * No one in the sentence the term could belong to: no name, pronoun, kin, role or id number. A
 * sentence that goes on after a colon («risk group: COPD») is read with the part before it. With
 * `readerIsNoOne`, the reader and the writer are not that someone (READER_OR_WRITER).
 */
function noOneNamed(text: string, words: readonly Token[], sentences: readonly Sentence[], sentence: Sentence, readerIsNoOne = false): boolean {
  let from = sentence;
  const at = sentences.indexOf(sentence);
  if (at > 0 && /:\s*$/u.test(text.slice(sentences[at - 1]!.start, sentence.start))) from = sentences[at - 1]!;
  for (let k = from.firstWord; k < words.length && words[k]!.start < sentence.end; k++) {
    const w = words[k]!;
    if (readerIsNoOne && READER_OR_WRITER.has(w.lower)) continue;
    if (SOMEONE.has(w.lower) || PERSONAL.has(w.lower) || isCapitalisedName(text, w, sentence)) return false;
  }
  return !ID_NUMBER.test(text.slice(from.start, sentence.end));
}

const GENERIC_PLURAL = new Set(['their', 'sine', 'deira', 'familien', 'familia', 'family']);

function onlySpaces(text: string, a: Token, b: Token): boolean {
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return b.start > a.end;
}

/** "Du må levere politiattest": a requiring word up to three words before, and no possessive around. */
function isGeneralRequirement(words: readonly Token[], first: number, last: number, sentence: Sentence | undefined): boolean {
  const after = words[last + 1];
  if (after && POSSESSIVES.has(after.lower)) return false;
  const from = Math.max(sentence?.firstWord ?? 0, first - 3);
  for (let k = first - 1; k >= from; k--) {
    const w = words[k]!.lower;
    if (POSSESSIVES.has(w)) return false;
    if (REQUIRING.has(w)) return true;
  }
  return false;
}

/** A numbered or bulleted line. */
const LIST_ITEM_LINE = /^[ \t]*(?:[-•*–]|\d{1,2}[.)])\s/u;
/** «Dette er lurt å ta med:», «Før jeg kan behandle den, trenger jeg disse dokumentene fra deg:», "Please bring:". */
const BRING_OR_SEND_LEAD =
  /(?<![\p{L}])(?:ta\s+med|ha\s+med|bring|send|sende|sendast|legg\s+ved|leggje\s+ved|last\s+opp|laste\s+opp|upload|dokument\p{L}*|documents?|trenger\s+(?:vi|jeg)|treng\s+(?:vi|eg|me)|we\s+need|i\s+need)(?![\p{L}])[^\n]*:[ \t]*$/iu;

/**
 * «Dette er lurt å ta med: / - medisinane dine og medisinlista», «… trenger jeg fra deg: / 4.
 * Legeerklæring hvis …»: an item of a list of what the reader is asked to bring or send names
 * their own papers and things, not someone's data told to them.
 */
function inListToBringOrSend(text: string, at: number): boolean {
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  if (!LIST_ITEM_LINE.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) return false;
  // Back over the list's other items and blank lines to its lead-in.
  for (let lines = 0; lineStart > 0 && lines < 20; lines++) {
    const end = lineStart - 1;
    lineStart = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(lineStart, end);
    if (!line.trim() || LIST_ITEM_LINE.test(line)) continue;
    return BRING_OR_SEND_LEAD.test(line);
  }
  return false;
}

export const specialCategory: Detector = {
  id: 'special-category',
  description:
    'Særlige kategorier personopplysninger (helse, barnevern, straff, religion …) etter ordlister; ikke i kontaktopplysninger for en tjeneste eller når et dokument bare kreves («du må levere politiattest»).',
  parseParams(params) {
    if (stringList(params, 'words').some((w) => w.trimStart().startsWith('*'))) throw new Error('special-category: a "*" word cannot start an entry');
    for (const key of ['words', 'documents', 'readerOwn', 'notBefore', 'notAfter']) {
      const value = params[key];
      if (value !== undefined && (!Array.isArray(value) || value.some((w) => typeof w !== 'string' || w.trim() === '')))
        throw new Error(`special-category: params.${key} must be a list of words`);
    }
    if (stringList(params, 'words').length === 0) throw new Error('special-category: params.words must name at least one word');
    const prefixFrom = params['prefixFrom'];
    if (prefixFrom !== undefined && !(typeof prefixFrom === 'number' && Number.isInteger(prefixFrom) && prefixFrom >= PREFIX_MIN))
      throw new Error(`special-category: params.prefixFrom must be a whole number ≥ ${PREFIX_MIN}`);
    if (params['requirePerson'] !== undefined && typeof params['requirePerson'] !== 'boolean')
      throw new Error('special-category: params.requirePerson must be true or false');
    const except = params['notPrefixOf'];
    if (except !== undefined && (!Array.isArray(except) || except.some((w) => typeof w !== 'string' || w.trim() === '')))
      throw new Error('special-category: params.notPrefixOf must be a list of words');
  },
  detect({ text, analysis, params, language }) {
    const { index, documents, requirePerson, readerOwn, prefixes, except, notBefore, notAfter } = compile(params);
    const { words, sentences } = analysis;
    const hits: DetectorHit[] = [];
    const contactSentences = new Map<Sentence, boolean>();
    const genericSentences = new Map<Sentence, boolean>();
    const isGeneric = (sentence: Sentence) => {
      let generic = genericSentences.get(sentence);
      if (generic === undefined) {
        generic = GENERIC_PEOPLE.test(text.slice(sentence.start, sentence.end));
        genericSentences.set(sentence, generic);
      }
      return generic;
    };
    // The words of the signature below the closing line: the sender's own unit («Barneverntjenesten Fana»).
    const sendersOwnWords = () => signatureWords(text, analysis);
    let nextFree = 0;
    // Last word of a service's name just skipped: "Psykisk helse og rus" goes on after "og".
    let nameEnd = -9;
    // Words that begin with one of this rule's prefix entries, in text order.
    const prefixAt = new Map<number, string>();
    if (prefixes.size)
      // English writes compounds apart: "therapist" does not end in an entry "rapist".
      for (const h of prefixPositions(analysis))
        if (prefixes.has(h.prefix) && !(h.tail && language === 'eng') && !except.some((e) => words[h.position]!.lower.startsWith(e)))
          prefixAt.set(h.position, h.prefix);
    const starts = startsFor(index, analysis, prefixAt);
    for (let k = 0; k < starts.length; k++) {
      const i = starts[k]!;
      if (i < nextFree) continue;
      const candidates =
        index.get(words[i]!.lower) ?? (prefixAt.has(i) || index.get(hyphenHead(words[i]!.lower))?.some((rest) => rest.length === 0) ? [[]] : undefined);
      if (!candidates) continue;
      let bestLast = -1;
      for (const rest of candidates) {
        let j = i;
        let ok = true;
        for (const next of rest) {
          const b = words[j + 1];
          if (
            !b ||
            !(b.lower === next || (next[0] === '*' && b.lower.length >= next.length + 2 && b.lower.endsWith(next.slice(1)))) ||
            !onlySpaces(text, words[j]!, b)
          ) {
            ok = false;
            break;
          }
          j++;
        }
        if (ok && j > bestLast) bestLast = j;
      }
      if (bestLast < 0) continue;
      nextFree = bestLast + 1;
      // "the disabled bay outside no. 14", "a disability parking permit": a facility, not anyone's condition.
      const after = words[bestLast + 1];
      if (after && notBefore.has(after.lower) && onlySpaces(text, words[bestLast]!, after)) continue;
      // «fire parkeringsplassar for rørslehemma», "toilets for the disabled": the facility named before «for».
      const forAt = words[i - 1]?.lower === 'the' ? i - 2 : i - 1;
      const facility = words[forAt - 1];
      if (words[forAt]?.lower === 'for' && facility && notAfter.has(facility.lower)) continue;
      const start = words[i]!.start;
      const end = words[bestLast]!.end;
      const sentence = sentenceAt(sentences, start);
      if (sentence) {
        let contact = contactSentences.get(sentence);
        if (contact === undefined) {
          const body = text.slice(sentence.start, sentence.end);
          contact = CONTACT_CUE.test(body) || (CLOCK_CUE.test(body) && !tiedToPerson(words, sentence));
          contactSentences.set(sentence, contact);
        }
        if (
          contact &&
          !(
            documentForm(text.slice(start, end).toLowerCase(), documents) &&
            BY_EMAIL.test(text.slice(sentence.start, sentence.end)) &&
            tiedToPerson(words, sentence)
          )
        )
          continue;
        const continuesName = i === nameEnd + 2 && (words[nameEnd + 1]!.lower === 'og' || words[nameEnd + 1]!.lower === 'and');
        if ((continuesName || isCapitalisedName(text, words[i]!, sentence)) && !tiedToPerson(words, sentence) && !membershipBefore(words, i)) {
          nameEnd = bestLast;
          continue;
        }
      }
      // «Barneverntjenesten har mottatt …» signed by «Barneverntjenesten Fana»: the office that writes, not anyone's data.
      if (bestLast === i && SERVICE_NAME.test(words[i]!.lower) && sendersOwnWords().has(words[i]!.lower)) continue;
      // «Du kan hente medisinene dine som vanlig», "the medical certificate you sent": the reader's own care.
      if (sentence && readerOwn.length && ownCare(text.slice(start, end).toLowerCase(), readerOwn) && noOneNamed(text, words, sentences, sentence, true))
        continue;
      // «Etat for psykisk helse og rustjenester»: a service's name after its head word.
      if (sentence && SERVICE_NAMED_BEFORE.test(text.slice(Math.max(sentence.start, start - 40), start))) continue;
      if (sentence && !tiedToPerson(words, sentence, isGeneric(sentence)) && !namedHolderBefore(text, words, i, sentence)) {
        // «demenskoordinator»: the part after the matched entry; "dementia nurse": the next word.
        const matchedPrefix = bestLast === i ? prefixAt.get(i) : undefined;
        const rest = matchedPrefix ? words[i]!.lower.slice(matchedPrefix.length) : '';
        const following = words[bestLast + 1];
        if ((rest && SERVICE_HEAD.test(rest)) || (following && onlySpaces(text, words[bestLast]!, following) && SERVICE_HEAD.test(following.lower))) continue;
        if (isGeneric(sentence) || (requirePerson && noOneNamed(text, words, sentences, sentence))) continue;
      }
      const phrase = text.slice(start, end).toLowerCase();
      // «Du treng ikkje sende oss helseopplysningar på e-post»: advice not to send it names no one's data.
      if (sentence && NOT_SENT_BEFORE.test(text.slice(Math.max(sentence.start, start - 50), start))) continue;
      if (inListToBringOrSend(text, start)) continue;
      if (!(documents.has(phrase) && isGeneralRequirement(words, i, bestLast, sentence))) hits.push({ start, end });
    }
    return hits;
  },
};
