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
      // «Kven bestemmer det?» — «Det er rektor som gjer vedtaket».
      'bestem',
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
      // "How much do I owe?"
      'owe',
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
  // «Når blir det fikset?» — «den nye blir montert i uke 38»; "When will it be fixed?" — "will be patched".
  ['repair', ['repar', 'repair', 'fiks', 'fix', 'utbedr', 'mend', 'vedlikehald', 'vedlikehold', 'maintenance', 'patch', 'monter', 'replac']],
  ['help', ['hjelp', 'bistand', 'støtte', 'support', 'assist', 'tilrettelegg', 'tilpass', 'adapted', 'oppfølg', 'oppfylg']],
  ['teach', ['undervis', 'opplæring', 'tuition', 'teach', 'lesson', 'språkopplæring', 'norskopplæring']],
  ['refund', ['refusjon', 'refund', 'tilbakebetal', 'repay', 'reimburs']],
  // «Er dette ein feil?» — «beløpet var galt»; "Is this a mistake?" — "sent with the wrong amount".
  ['error', ['feil', 'mistake', 'wrong', 'error', 'incorrect', 'uriktig', 'galt', 'gale', 'mistak']],
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
    // The nynorsk definite form meets the bare noun: «stenginga» ~ «stenging», «behandlinga» ~ «behandling».
    'inga',
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
  /** Each stem's first and last five letters (same index; empty for a stem shorter than five). */
  stemHeads: string[];
  stemTails: string[];
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

/** Terms of lower-case words. */
function termsOfWords(lowerWords: readonly string[]): Terms {
  const stems: string[] = [];
  const stemConcepts: Array<string | undefined> = [];
  const concepts = new Set<string>();
  const stemHeads: string[] = [];
  const stemTails: string[] = [];
  for (const raw of lowerWords) {
    const info = wordInfo(raw);
    if (info.stop) continue;
    stems.push(info.stem);
    stemConcepts.push(info.concept);
    if (info.concept) concepts.add(info.concept);
    stemHeads.push(info.head);
    stemTails.push(info.tail);
  }
  return { stems, stemConcepts, concepts, stemHeads, stemTails };
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

/** How a reply word's stem stands to the questions' stems (flat indices, see SharedWords). */
interface StemRelation {
  /** Stems that share the word itself, or its first or last five letters, or whose four letters end it. */
  near: number[];
  /** Stems that are the same word by sameWord. */
  same: number[];
}

/**
 * How many of each question's terms a reply sentence shares, by word family or by concept. A
 * question's stem counts when some word of the sentence is near it (the same stem, the same first
 * or last five letters, or a four-letter stem ending a long word) and some word is the same word
 * (sameWord); each concept of the question not already counted by such a stem counts when the
 * sentence has it too.
 *
 * Made once per inquiry (the questions' terms outlive checks): each distinct stem of the reply is
 * compared with the questions' few stems once, and the comparison kept, so a sentence costs a
 * lookup per word rather than a word set of its own and a pass per question.
 */
export class SharedWords {
  readonly questions: readonly Terms[];
  /** Question k's stems are stems[offsets[k], offsets[k + 1]). */
  private readonly offsets: number[] = [0];
  private readonly stems: string[] = [];
  private readonly heads: string[] = [];
  private readonly tails: string[] = [];
  private readonly relations = new Map<string, StemRelation | null>();
  /** Per sentence, per flat stem: some word near it, some word the same. */
  private readonly near: Uint8Array;
  private readonly same: Uint8Array;

  constructor(questions: readonly Terms[]) {
    this.questions = questions;
    for (const terms of questions) {
      this.stems.push(...terms.stems);
      this.heads.push(...terms.stemHeads);
      this.tails.push(...terms.stemTails);
      this.offsets.push(this.stems.length);
    }
    this.near = new Uint8Array(this.stems.length);
    this.same = new Uint8Array(this.stems.length);
  }

  /** Made for exactly these questions' terms. */
  isFor(questions: readonly Terms[]): boolean {
    return questions.length === this.questions.length && questions.every((terms, k) => terms === this.questions[k]);
  }

  private relationOf(info: WordInfo): StemRelation | null {
    let relation = this.relations.get(info.stem);
    if (relation === undefined) {
      const near: number[] = [];
      const same: number[] = [];
      for (let j = 0; j < this.stems.length; j++) {
        const q = this.stems[j]!;
        const head = this.heads[j]!;
        if (info.stem === q || (head !== '' && info.head !== '' && (info.head === head || info.tail === this.tails[j])) || (q.length === 4 && info.tail4 === q))
          near.push(j);
        if (sameWord(q, info.stem)) same.push(j);
      }
      relation = near.length || same.length ? { near, same } : null;
      if (this.relations.size > 20_000) this.relations.clear();
      this.relations.set(info.stem, relation);
    }
    return relation;
  }

  /**
   * For the sentence of these lower-case words: per question, how many of its terms the sentence
   * shares (into `shared`, by question index); returns how many words it has that are no stop words.
   */
  count(lowerWords: readonly string[], shared: number[]): number {
    const { near, same } = this;
    near.fill(0);
    same.fill(0);
    let contentWords = 0;
    let concepts: string[] | undefined;
    for (const raw of lowerWords) {
      const info = wordInfo(raw);
      if (info.stop) continue;
      contentWords++;
      if (info.concept) (concepts ??= []).push(info.concept);
      const relation = this.relationOf(info);
      if (!relation) continue;
      for (const j of relation.near) near[j] = 1;
      for (const j of relation.same) same[j] = 1;
    }
    for (let k = 0; k < this.questions.length; k++) {
      const question = this.questions[k]!;
      let count = 0;
      let usedConcepts: Set<string> | undefined;
      for (let j = this.offsets[k]!; j < this.offsets[k + 1]!; j++) {
        if (!near[j] || !same[j]) continue;
        count++;
        const c = question.stemConcepts[j - this.offsets[k]!];
        if (c) (usedConcepts ??= new Set()).add(c);
      }
      if (concepts) for (const c of question.concepts) if (!usedConcepts?.has(c) && concepts.includes(c)) count++;
      shared[k] = count;
    }
    return contentWords;
  }
}
