// The words of a question and of a reply sentence, reduced to what they mean for matching: stems
// of word families, a few cross-word concepts (svar ~ vedtak ~ behandling, gebyr ~ kroner) and
// stop words left out. answers.ts scores a sentence against a question by this overlap.

// ── Words ───────────────────────────────────────────────────────────────────────────────────

const STOP = new Set(
  (
    'jeg meg min mitt mine vi oss vår vårt våre du deg din ditt dine dere deres han hun ho hen den det de dei dem seg sin sitt sine eg me dykk dykkar ' +
    'og eller men så som at om på i til fra frå av for med ved hos under over etter før innen innan mellom uten utan ' +
    'er var vært vore har hadde blir ble blei vert vart kan kunne vil ville skal skulle må måtte bør burde får fikk fekk gjør gjer gjøre gjere ' +
    'ikke ikkje ikkje ingen noe noko noen nokon alle hele heile også òg bare berre nå no da når hva kva hvem kven hvor kvar kor hvorfor kvifor hvordan korleis hvilken hvilket hvilke kva ' +
    'lurer lurar lurte vite veta lure gjerne gjerna spørre spørje spørsmål spørsmålet spørsmåla hei hallo takk beskjed kommunen dette denne disse desse der her finnes finst fins eksempel ' +
    'lang tid tida tiden lenge tar tek vare varer vara normalt vanligvis vanlegvis kommer kjem komme fortsatt framleis allerede allereie hans hennes hennar deira deres ' +
    'the a an and or but of to in on at for with by from as is are was were be been being have has had do does did will would can could shall should may might must ' +
    'i me my we us our you your he she it they them their this that these those what when where why who whom which how if whether not no yes please know wondering wonder ' +
    'confirm let tell question questions thanks thank hello dear regards also just still yet there here about into than then so very get got getting like want need example anywhere any long time take takes last lasts normally usually come comes coming already his her their before after'
  ).split(/\s+/),
);

/** Words that mean the same thing for the purpose of an answer, across bokmål, nynorsk and English. */
const CONCEPTS: Array<[string, string[]]> = [
  [
    'outcome',
    [
      'svar',
      'vedtak',
      'handl',
      'handle',
      'avgjør',
      'avgjer',
      'avgjort',
      'behandl',
      'handsam',
      'ferdig',
      'decision',
      'decid',
      'process',
      'reply',
      'respons',
      'outcome',
      'result',
      'resultat',
      'konklusjon',
      'tilbakemeld',
      'feedback',
      'answer',
      'hear',
    ],
  ],
  ['apply', ['søk', 'søkn', 'søkna', 'soknad', 'applic', 'apply', 'appli']],
  [
    'money',
    [
      'kost',
      'pris',
      'gebyr',
      'avgift',
      'betal',
      'beløp',
      'kron',
      'fee',
      'cost',
      'price',
      'charge',
      'pay',
      'amount',
      'nok',
      'faktur',
      'invoice',
      'refus',
      'refund',
      'tilbakebetal',
      'gratis',
      'free',
      'penge',
      'pengar',
      'money',
      'discount',
      'rabatt',
      'moderasjon',
      'reduced',
      'redusert',
      'erstat',
      'compensat',
    ],
  ],
  ['safety', ['trygg', 'farlig', 'farleg', 'helsefar', 'safe', 'danger', 'risiko', 'risk', 'sikker', 'harmful', 'skadeleg', 'skadelig']],
  // "What is the minimum distance?" — "at least 1 metre"; «Når kan dere sjekke den?» — «tidspunkt for befaring».
  ['distance', ['avstand', 'distanc', 'meter', 'metre', 'kilomet']],
  ['inspect', ['sjekk', 'befar', 'kontrollere', 'inspek', 'inspis', 'inspect', 'check']],
  [
    'law',
    ['hjemmel', 'heimel', 'lova', 'loven', 'lovens', 'forskrift', 'paragraf', 'offentleglov', 'forvaltningslov', 'law', 'legal', 'section', 'regulation'],
  ],
  [
    'document',
    [
      'dokument',
      'document',
      'kopi',
      'copy',
      'brev',
      'letter',
      'skjema',
      'form',
      'vedlegg',
      'attach',
      'journal',
      'referat',
      'minutes',
      'innsyn',
      'lenke',
      'link',
      'papir',
      'paper',
      'kontoutskrift',
      'statement',
    ],
  ],
  ['permit', ['tillat', 'løyve', 'permit', 'permission', 'godkjen', 'approv', 'dispensasjon', 'exemption']],
  ['park', ['parker', 'parking', 'park', 'beboerkort', 'bebuarkort']],
  ['complaint', ['klag', 'complain', 'appeal', 'påklag']],
  ['meeting', ['møte', 'time', 'avtale', 'appointment', 'meeting', 'befaring', 'inspection', 'visit']],
  ['place', ['adress', 'address', 'kontor', 'office', 'servicetorg', 'sted', 'stad', 'place', 'location', 'lokal']],
  ['deadline', ['frist', 'deadline', 'seinast', 'senest']],
  ['kindergarten', ['barnehag', 'kindergart', 'nursery', 'daycare']],
  ['school', ['skole', 'skule', 'school', 'sfo', 'aks']],
  ['waste', ['søppel', 'avfall', 'renovasj', 'tøm', 'bin', 'waste', 'garbage', 'rubbish', 'collection', 'henting', 'hent']],
  ['receive', ['motta', 'mottek', 'fått', 'received', 'receiv', 'registrer', 'arrived']],
  ['valid', ['gyldig', 'valid', 'gjeld', 'expire', 'utløp']],
  ['contact', ['kontakt', 'contact', 'ring', 'call', 'telefon', 'phone', 'e-post', 'epost', 'email', 'skriv', 'write', 'nummer', 'number']],
  ['caseworker', ['saksbehandl', 'sakshandsam', 'caseworker', 'case', 'officer', 'kontaktperson', 'ansvar', 'responsib']],
  ['tax', ['skatt', 'eiendomsskatt', 'tax']],
  ['home', ['bolig', 'bustad', 'leilighet', 'husvær', 'housing', 'flat', 'apartment', 'hus', 'house', 'home']],
  ['build', ['bygg', 'build', 'garasje', 'garage', 'tilbygg', 'extension', 'terrasse', 'plan']],
  ['repair', ['repar', 'repair', 'fiks', 'fix', 'utbedr', 'mend', 'vedlikehald', 'vedlikehold', 'maintenance']],
  ['help', ['hjelp', 'bistand', 'støtte', 'support', 'assist', 'tilrettelegg', 'tilpass', 'adapted', 'oppfølg', 'oppfylg']],
  ['teach', ['undervis', 'opplæring', 'tuition', 'teach', 'lesson', 'språkopplæring', 'norskopplæring']],
  ['refund', ['refusjon', 'refund', 'tilbakebetal', 'repay', 'reimburs']],
  ['food', ['middag', 'måltid', 'meal', 'dinner', 'food', 'matlevering', 'lunch']],
];

const SUFFIXES = ['ene', 'ane', 'ing', 'ingen', 'inga', 'ingar', 'inger', 'ene', 'er', 'ar', 'en', 'et', 'a', 'e', 's', 'ed', 'es', 'ly', 'ar'];

function stem(word: string): string {
  let w = word.toLowerCase();
  for (const suffix of [
    'ingane',
    'ingene',
    'ingen',
    'ingar',
    'inger',
    'ings',
    'ing',
    'ene',
    'ane',
    'ets',
    'ens',
    'er',
    'ar',
    'en',
    'et',
    'ed',
    'es',
    'a',
    'e',
    's',
    // Past participles meet their verb: «sendt» ~ «send», «betalt» ~ «betale».
    't',
  ]) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}
void SUFFIXES;

const conceptCache = new Map<string, string | null>();
function conceptOf(word: string): string | undefined {
  const cached = conceptCache.get(word);
  if (cached !== undefined) return cached ?? undefined;
  // A compound means what its last part means: «klagefristen» is a deadline, «fristklage» a complaint.
  let found: string | null = null;
  let foundAt = -1;
  for (const [id, prefixes] of CONCEPTS) {
    for (const p of prefixes) {
      const at = word.startsWith(p) ? 0 : p.length >= 5 ? word.lastIndexOf(p) : -1;
      if (at > foundAt) {
        found = id;
        foundAt = at;
      }
    }
  }
  if (conceptCache.size > 20_000) conceptCache.clear();
  conceptCache.set(word, found);
  return found ?? undefined;
}

export interface Terms {
  stems: string[];
  /** The concept of each stem's word (same index), if any. */
  stemConcepts: Array<string | undefined>;
  concepts: Set<string>;
  /** The stems, and the first and last five letters of the long ones: most pairs of words share none, and are told apart by a lookup. */
  exact: Set<string>;
  heads: Set<string>;
  tails: Set<string>;
  /** Each stem's first and last five letters (same index; empty for a stem shorter than five). */
  stemHeads: string[];
  stemTails: string[];
  /** The last four letters of the stems of seven letters or more: a four-letter head of a compound («lånekort» ~ «kort»). */
  tails4: Set<string>;
}

interface WordInfo {
  stop: boolean;
  stem: string;
  concept: string | undefined;
  /** The stem's first and last five letters, or '' for a shorter stem. */
  head: string;
  tail: string;
  /** The stem's last four letters when it is seven letters or more, else ''. */
  tail4: string;
}

/** Per word, once: the same words come back in every check of a reply being written. */
/** Two-letter words that carry a topic: mostly acronyms («må eg ha CV?», "a TV licence"). */
const SHORT_CONTENT_WORDS = new Set(['cv', 'tv', 'pc', 'hc', 'id', 'su', 'bk']);
const wordInfos = new Map<string, WordInfo>();
function wordInfo(lower: string): WordInfo {
  let info = wordInfos.get(lower);
  if (!info) {
    const stop = (lower.length < 3 && !SHORT_CONTENT_WORDS.has(lower)) || STOP.has(lower);
    const stemmed = stop ? '' : stem(lower);
    const long = stemmed.length >= 5;
    info = {
      stop,
      stem: stemmed,
      concept: stop ? undefined : conceptOf(lower),
      head: long ? stemmed.slice(0, 5) : '',
      tail: long ? stemmed.slice(-5) : '',
      tail4: stemmed.length >= 7 ? stemmed.slice(-4) : '',
    };
    if (wordInfos.size > 50_000) wordInfos.clear();
    wordInfos.set(lower, info);
  }
  return info;
}

export function termsOf(text: string): Terms {
  return termsOfWords(text.toLowerCase().match(/[\p{L}][\p{L}\p{N}'-]*/gu) ?? []);
}

/** Terms of lower-case words (the analysis' tokens for reply sentences: no second tokenising). */
export function termsOfWords(lowerWords: readonly string[]): Terms {
  const stems: string[] = [];
  const stemConcepts: Array<string | undefined> = [];
  const concepts = new Set<string>();
  const exact = new Set<string>();
  const heads = new Set<string>();
  const tails = new Set<string>();
  const stemHeads: string[] = [];
  const stemTails: string[] = [];
  const tails4 = new Set<string>();
  for (const raw of lowerWords) {
    const info = wordInfo(raw);
    if (info.stop) continue;
    stems.push(info.stem);
    stemConcepts.push(info.concept);
    if (info.concept) concepts.add(info.concept);
    exact.add(info.stem);
    stemHeads.push(info.head);
    stemTails.push(info.tail);
    if (info.head) {
      heads.add(info.head);
      tails.add(info.tail);
    }
    if (info.tail4) tails4.add(info.tail4);
  }
  return { stems, stemConcepts, concepts, exact, heads, tails, stemHeads, stemTails, tails4 };
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return a.length >= 3 || SHORT_CONTENT_WORDS.has(a);
  const aShorter = a.length <= b.length;
  const short = aShorter ? a : b;
  const long = aShorter ? b : a;
  // Compounds: "parkeringstillatelse" ~ "tillatelse", "byggesøknad" ~ "søknad", and a four-letter
  // head at the end of a long compound: «lånekortet» ~ «kortet».
  return (short.length >= 5 && (long.startsWith(short) || long.endsWith(short))) || (short.length === 4 && long.length >= 7 && long.endsWith(short));
}

/** How many of the question's terms the sentence shares, by word family or by concept. */
export function overlap(question: Terms, sentence: Terms): number {
  let shared = 0;
  let usedConcepts: Set<string> | undefined;
  const { stems, stemHeads, stemTails } = question;
  for (let i = 0; i < stems.length; i++) {
    const q = stems[i]!;
    const head = stemHeads[i]!;
    const maybe =
      sentence.exact.has(q) || (head !== '' && (sentence.heads.has(head) || sentence.tails.has(stemTails[i]!))) || (q.length === 4 && sentence.tails4.has(q));
    if (maybe && sentence.stems.some((s) => sameWord(q, s))) {
      shared++;
      const c = question.stemConcepts[i];
      if (c) (usedConcepts ??= new Set()).add(c);
    }
  }
  if (sentence.concepts.size) for (const c of question.concepts) if (!usedConcepts?.has(c) && sentence.concepts.has(c)) shared++;
  return shared;
}
