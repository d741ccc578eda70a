// A refusal ("Søknaden er avslått", "Vi kan dessverre ikke …", "We cannot …") that leaves the
// citizen with nowhere to go: no alternative, no right to complain, no one to contact, no link,
// in the refusal's own sentence or anywhere after it. Taking ownership means saying what the
// citizen can do next. One regex pass finds refusals and next steps together; the finding points
// at the first refusal that no next step follows.
import { checkOptionalList } from '../engine/detector-params.ts';
import type { Token } from '../text/analysis.ts';
import type { Detector } from './types.ts';
import { statesDuration } from './unanswered-when.ts';
import { withFastWordStarts } from '../engine/word-start.ts';

const E = String.raw`(?![\p{L}\p{N}])`;
const NOT = String.raw`(?:ikke|ikkje)`;
const SOFTENER = String.raw`(?:dessverre |derfor |heller |lenger |lengre |ennå |enno |enda )?`;

// A decision against the citizen, said as a passive or an upheld charge: both a refusal (it
// needs a next step) and a decision (it needs an appeal deadline).
const DECIDED_AGAINST = [
  String.raw`(?:(?:has|have|had) been|was|were|is|are|been) (?:rejected|refused|declined|denied)${E}`,
  // A decision upheld against the citizen: "Kontrollavgiften opprettholdes", "ikke tatt til følge", "the charge stands".
  String.raw`opprettholde(?:s|r|t)${E}`,
  String.raw`oppretthald(?:ast|er|e|en)${E}`,
  String.raw`${NOT} (?:tatt|teke|teken) til (?:følge|følgje)${E}`,
  String.raw`(?:stands|is upheld|was upheld|has been upheld|not upheld|will not (?:get|receive|be refunded))${E}`,
  // A request not met, said without "avslag": «Søknaden vert difor ikkje imøtekomen», «not granted».
  String.raw`${NOT} (?:vert |blir |bli )?imøtekom\p{L}*`,
  String.raw`(?:is|was|has been|will be|be) not granted${E}`,
  String.raw`(?:is|was|has been|will be|be) not approved${E}`,
  // «Vi ser ikkje at det er grunnlag for endring», "we find no grounds for": the office's decision.
  String.raw`(?:ser|finn|finner) (?:vi |me )?${NOT} (?:at det er |at det finst |at det finnes )?(?:noe |noko )?grunnlag${E}`,
  String.raw`(?:find|see) no (?:basis|grounds|reason) (?:for|to)${E}`,
  // The case closed on the citizen: «Saken avsluttes», «Saka er med dette avslutta», «Saken anses som avsluttet», "the matter is closed".
  String.raw`(?:saken|saka) (?:avsluttes|avsluttast|(?:er|vert|blir) (?:med dette |herved |dermed )?(?:avsluttet|avslutta)|(?:anses|anses med dette|blir sett på|vert sett på|vert rekna) som (?:avsluttet|avslutta))${E}`,
  String.raw`(?:the )?(?:case|matter) (?:is|has been|will be) (?:now |hereby |therefore )?closed${E}`,
];

const REFUSAL = [
  // avslag, avslaget, avslått, avslår, avslå, avslo, avvist, avviser, avviste
  String.raw`avsl(?:ag(?:et)?|åtte|ått|år|å|o)${E}`,
  String.raw`avvis(?:t|er|te|ast|es)${E}`,
  // "kan vi ikke", "kan kommunen dessverre ikke"
  String.raw`(?:kan|kunne) (?:vi|me|jeg|eg|kommunen|vi i kommunen) ${SOFTENER}${NOT}${E}`,
  // "kan ikke", "kan dessverre ikke", "kunne ikkje"
  String.raw`(?:kan|kunne) ${SOFTENER}${NOT}${E}`,
  // "vi har dessverre ikke", "dessverre ikkje mogleg"
  String.raw`dessverre ${NOT}${E}`,
  String.raw`${NOT} (?:mulig|mogleg|anledning|høve|innvilget|innvilga|godkjent|godkjend)${E}`,
  String.raw`(?:cannot|can ?not|can['’]t|could not|couldn['’]t|(?:are|is|am) unable to|not able to|not possible|not eligible|(?:must|have to) decline)${E}`,
  // «Vi har ikkje budsjett til slikt», «er ikke noe vi gjør noe med», «ikkje noko vi kan gjere så mykje med», "nothing we can do", "not much I can do".
  String.raw`${NOT} (?:har )?(?:budsjett|midler|midlar|kapasitet|ressurser|ressursar) til${E}`,
  // «ikke noe vi kan gjøre», "nothing we can do" are the blaming rules' (reported whatever follows);
  // here only the forms they leave: «ikke noe vi gjør noe med», "not something we deal with".
  String.raw`${NOT} (?:noe|mye) (?:vi|jeg) gjør (?:noe |så mye |mye )?med${E}`,
  String.raw`${NOT} (?:noko|mykje) (?:vi|me|eg) gjer (?:noko |så mykje |mykje )?med${E}`,
  String.raw`(?:no budget for|not something we (?:deal with|handle))${E}`,
  // A policy said as a flat "no": "We do not grant payment deferrals", "the municipality does not pay compensation".
  String.raw`(?:(?:we|the municipality|the council|bergen kommune) (?:do|does) not|we don['’]t|the municipality doesn['’]t) (?:grant|give|provide|offer|pay|cover|accept|allow|run|take|do|have|help|refund|issue|make)${E}`,
  ...DECIDED_AGAINST,
].join('|');

// Anything that tells the citizen what to do next. "du kan" must not be "du kan ikke".
const NEXT_STEP = [
  String.raw`(?:du|dere|de|you) (?:kan|kunne|may|might|can|could|må gjerne|er velkommen|er velkomen|are welcome|har (?:mulighet|moglegheit|høve|rett))(?! ${SOFTENER}(?:${NOT}|not)${E})${E}`,
  String.raw`(?:vi|me|jeg|eg|we) (?:kan|can|could)(?! ${SOFTENER}(?:${NOT}|not)${E}) (?:tilby|hjelpe|hjelpa|sende|setje|sette|offer|help|send|refer)`,
  String.raw`alternativ\p{L}*`,
  // The right to complain, not the complaint itself: "Klagen din er avslått" is no next step.
  String.raw`klag(?:e|a)(?:rett|frist|adgang|høve|instans)\p{L}*`,
  String.raw`klag(?:e|a) (?:på|til|over|innen|innan)${E}`,
  // "Vedtaket kan påklages innen tre uker", "kan klagast på".
  String.raw`påklag\p{L}*`,
  String.raw`klag(?:es|ast)${E}`,
  String.raw`kontakt\p{L}*`,
  String.raw`ring(?:e|er|a|jer)?${E}`,
  String.raw`(?:søk|søke|søkje|søkja|søker) (?:på )?nytt${E}`,
  String.raw`ny søknad${E}`,
  String.raw`i (?:stedet|staden)${E}`,
  String.raw`isteden(?:for)?${E}`,
  String.raw`tilby(?:r|e)?${E}`,
  String.raw`anbefal\p{L}*`,
  String.raw`(?:neste|nest) steg${E}`,
  String.raw`vend deg${E}`,
  String.raw`henvend (?:deg|dykk)${E}`,
  // "Your appeal was rejected" names the appeal, not a way forward; "appeal against" does.
  String.raw`(?:alternative\p{L}*|appeal (?:to|against|this|the decision|within)|right to (?:appeal|complain)|(?:file|lodge|submit) (?:a |an )?(?:complaint|appeal)|contact\p{L}*|get in touch|call us|instead|apply again|reapply|recommend\p{L}*|next step\p{L}*)${E}`,
  // The reader's option inverted after a condition: «Ønsker du flere besøk, kan du søke om endring».
  String.raw`(?:kan|kunne) (?:du|dere|de|dykk)(?! ${SOFTENER}${NOT}${E})${E}`,
  // What the office will do or has done for the reader: «vi behandler saken så snart …», "we will
  // process it as soon as it arrives", "I've sent your application to …", «eg har bede Skyss …».
  String.raw`(?:vi|me|jeg|eg|we|I) (?:vil|skal|kommer til å|kjem til å|will|shall|are going to|(?:har|have) (?:nå |no |now |also |også |òg |allerede |already )?(?:sendt|send|booket|booka|bestilt|tinga|meldt|bedt|bede|spurt|satt opp|sett opp|videresendt|sent|booked|forwarded|passed|referred|arranged|asked|put))(?! ${SOFTENER}(?:${NOT}|not|never|aldri)${E})${E}`,
  String.raw`(?:we|I)['’](?:ll|ve) (?!not${E})`,
].join('|');

/**
 * "…, but there are a few one-off times in October", «…, men han står først på lista»: a contrast
 * after the refusal, in the same sentence, that says something the reader can have or do — any
 * clause after «men»/"but" without a negation of its own.
 */
const CONTRAST_OFFER = withFastWordStarts(/(?<![\p{L}])(?:men|but|however)(?![\p{L}])([^.!?\n]*)/iu);
const NEGATION = withFastWordStarts(
  /(?<![\p{L}])(?:ikke|ikkje|not|never|aldri|ingen|inga|noen|nokon|no|nothing|ingenting|cannot|can['’]t|won['’]t|isn['’]t|aren['’]t|don['’]t|doesn['’]t)(?![\p{L}])/iu,
);

/**
 * «Søknaden kan ikke behandles før vi har fått kopi av husleiekontrakten», "cannot be processed
 * without a copy of your passport", «med mindre du dokumenterer …»: a "cannot" that names what it
 * waits for tells the reader what to do next.
 */
const WAITS_FOR = withFastWordStarts(/(?<![\p{L}])(?:før|uten|utan|med mindre|unless|without|until|before)\s+(\S+\s+\S+)/iu);

function waitsForSomething(text: string, refusalStart: number, refusalEnd: number, sentenceEnd: number): boolean {
  return CANNOT.test(text.slice(refusalStart, refusalEnd + 1)) && WAITS_FOR.test(text.slice(refusalEnd, sentenceEnd));
}

function contrastOffer(text: string, refusalEnd: number, sentenceEnd: number): boolean {
  const m = CONTRAST_OFFER.exec(text.slice(refusalEnd, sentenceEnd));
  return !!m && m[1]!.trim().split(/\s+/).length >= 3 && !NEGATION.test(m[1]!);
}

// Tried only at word starts (sticky, from the analysis tokens): far cheaper than a global scan
// that tries every alternative at every character.
const AT_WORD = new RegExp(`(?:(?<refusal>${REFUSAL})|(?<next>${NEXT_STEP}))`, 'iuy');
// Decisions, as opposed to "kan ikke" / "cannot": a refused application, an upheld charge, a
// request turned down. These are what the law asks an appeal deadline for (forvaltningsloven § 27).
// «Gebyret står derfor ved lag», «Gebyret på 900 kr står uansett»: a charge kept is a decision
// that needs its appeal deadline; staff rarely read it as a refusal that needs softening.
const UPHELD = [String.raw`står (?:derfor |dermed |uansett |fortsatt |framleis )?ved lag${E}`, String.raw`står uansett${E}`];
const DECISION = [String.raw`avsl(?:ag(?:et)?|åtte|ått|år|å|o)${E}`, String.raw`avvis(?:t|er|te|ast|es)${E}`, ...DECIDED_AGAINST, ...UPHELD].join('|');
const DECISION_AT_WORD = new RegExp(DECISION, 'iuy');

/**
 * "he cannot help you up the stairs", «If you cannot come», «Jeg kan ikke gå inn i detaljer om
 * andre elever»: a "cannot" about a third person, a condition, or privacy kept is no refusal of
 * the citizen's request.
 */
const THIRD_PERSON_BEFORE = withFastWordStarts(/(?<![\p{L}])(?:he|she|they|han|hun|ho|dei|him|her)\s+$/iu);
const CONDITION_START = /^[\s"«]*(?:if|unless|hvis|dersom|viss|om)(?![\p{L}])/iu;
const PRIVACY_KEPT =
  /^(?:kan|kunne|can['’]t|cannot|can not)\s+(?:ikke\s+|ikkje\s+)?(?:gå\s+inn\s+(?:i|på)\s+detalj\p{L}*|seie\s+(?:så\s+)?mykje|si\s+(?:så\s+)?mye|say\s+(?:too\s+|very\s+|that\s+)?much|go\s+into\s+(?:the\s+)?detail\p{L}*|share\s+details)/iu;
const CANNOT = /^(?:kan|kunne|cannot|can ?not|can['’]t|could not|couldn['’]t)(?![\p{L}])/iu;
/** «Vi kan ikke si om …», "we cannot say whether …": not knowing is no refusal of a request. */
const CANNOT_SAY =
  /^(?:(?:kan|kunne|cannot|can ?not|can['’]t|could not|couldn['’]t)\s+(?:vi\s+|me\s+|jeg\s+|eg\s+)?(?:dessverre\s+|diverre\s+|unfortunately\s+)?|dessverre\s+|diverre\s+)(?:ikke\s+|ikkje\s+)?(?:si|seie|svare\s+på|vite|vete|say|tell|know|be\s+sure)\s+(?:sikkert\s+|for\s+certain\s+|for\s+sure\s+)?(?:whether|if|om|hva|kva|why|hvorfor|kvifor|how|hvordan|korleis)(?![\p{L}])/iu;
/** A phone number ("55 56 55 56", "116 117"): someone to call is a next step. */
const PHONE_AT = /(?:\+47\s?)?(?:\d{2}\s?\d{2}\s?\d{2}\s?\d{2}|1\d{2}\s\d{3})(?![\p{N}])/uy;

/** «Har du ikkje høve til å betale alt på ein gong, kan vi dele beløpet»: a verb first and a comma make a condition on the reader. */
const CONDITION_V1_ON_READER =
  /^[\s"«]*(?:har|er|kan|vil|skal|får|trenger|treng|ønsker|ønskjer|skulle|klarer|klarar|rekker|rekk)\s+(?:du|dere|de|dykk)(?![\p{L}])[^.!?\n,]*$/iu;

/**
 * «Det er ikke din feil at søknaden ble avvist», "It's not your fault the application was rejected":
 * a refusal told as the office's own mistake, not given now. «avslag i husleien»: a reduction.
 */
const NOT_YOUR_FAULT_BEFORE =
  /(?:(?:ikke|ikkje) (?:din|deres|di|dykkar) (?:feil|skuld|skyld)|not your fault|(?:ikke|ikkje) (?:noe|noko) (?:du|dere|de|dykk) har gjort)(?![\p{L}])[^.!?\n]*$/iu;
const REDUCTION = /^avslag (?:i|på) (?:husleie\p{L}*|husleige\p{L}*|leie\p{L}*|leige\p{L}*|pris\p{L}*|gebyr\p{L}*|eigenandel\p{L}*|egenandel\p{L}*)/iu;

/**
 * «klagen din på avslaget», «Deres klage … vedrørende avslag på søknad om …», "your appeal against
 * the refusal": the refusal is what the reader complains about, not this reply's decision.
 */
const APPEALED_AGAINST =
  /(?:(?<![\p{L}])(?:klage|klagen|klaga|klager|klagar|anke|anken|complaint|appeal)(?:\s+[\p{L}\p{N}.]+){0,6}?\s+(?:på|over|mot|vedrørende|angående|om|against|about|regarding|concerning)|(?<![\p{L}])(?:vedrørende|angående|regarding|concerning))\s+(?:\p{L}+\s+){0,2}$/iu;
/** A heading «Oversendelse av klage – avslag på …»: the refusal is the one appealed against. */
const APPEAL_HEADING = /(?<![\p{L}])(?:klage|klagen|klagesak|klagesaka|appeal|complaint)\s*[–—-]\s*$/iu;
/**
 * Someone else's refusal («ho fekk avslag på sosialhjelp»), a payment turned down («Avtalegiroen
 * ble avvist»), or what it felt like «å bli avvist»: no decision of this reply.
 */
const NOT_THIS_DECISION =
  /(?:(?<![\p{L}])(?:han|hun|ho|he|she|they|dei)\s+(?:fikk|fekk|got|har\s+fått|hadde\s+fått|has\s+had|had)|(?<![\p{L}])(?:avtalegiro\p{L}*|trekket|trekkinga|betalingen|betalinga|kortet|payment|direct\s+debit)\s+(?:ble|blei|vart|er|was|has\s+been)|(?<![\p{L}])å\s+(?:bli|verte|vere|være))\s+$/iu;

/** The refusal word names a decision other than this reply's: one appealed against, someone else's, a payment's. */
function anotherDecision(text: string, start: number, sentenceStart: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - 100), start);
  return APPEALED_AGAINST.test(before) || APPEAL_HEADING.test(before) || NOT_THIS_DECISION.test(before);
}

function notARefusal(text: string, start: number, sentenceStart: number): boolean {
  if (anotherDecision(text, start, sentenceStart)) return true;
  if (NOT_YOUR_FAULT_BEFORE.test(text.slice(sentenceStart, start)) || REDUCTION.test(text.slice(start, start + 40))) return true;
  // The refusal stands in the condition's own clause, before its comma.
  if (CONDITION_V1_ON_READER.test(text.slice(sentenceStart, start)) && /^[^.!?\n]*,/u.test(text.slice(start))) return true;
  const rest = text.slice(start, start + 60);
  if (CANNOT_SAY.test(rest)) return true;
  if (!CANNOT.test(rest)) return false;
  if (PRIVACY_KEPT.test(rest)) return true;
  const before = text.slice(Math.max(sentenceStart, start - 40), start);
  return THIRD_PERSON_BEFORE.test(before) || CONDITION_START.test(text.slice(sentenceStart, start));
}

/**
 * «Dersom vedtaket opprettholdes, …», "If the decision is upheld, …", «Klagen vil bli oversendt
 * SFVL dersom vedtaket opprettholdes»: a decision in a condition's own clause is none yet.
 */
const CONDITION_CLAUSE_BEFORE = /(?<![\p{L}])(?:dersom|hvis|viss|if|unless)\s[^,;:]*$/iu;
function inCondition(text: string, at: number, sentenceStart: number): boolean {
  const head = text.slice(sentenceStart, at).replace(/^[.\s]+/u, '');
  return (CONDITION_START.test(head) && !head.includes(',')) || CONDITION_CLAUSE_BEFORE.test(head);
}

function firstDecision(text: string, words: readonly Token[]): { start: number; end: number } | undefined {
  for (const token of words) {
    if (token.kind !== 'word') continue;
    DECISION_AT_WORD.lastIndex = token.start;
    const m = DECISION_AT_WORD.exec(text);
    if (!m) continue;
    const sentenceStart = Math.max(0, text.lastIndexOf('\n', m.index), text.lastIndexOf('. ', m.index));
    if (!anotherDecision(text, m.index, sentenceStart) && !inCondition(text, m.index, sentenceStart)) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

export const refusalNextStep: Detector = {
  id: 'refusal-next-step',
  description:
    'Et avslag («kan ikke», «avslått», «cannot») uten et alternativ, klagerett, kontaktpunkt eller lenke i samme setning eller senere; med params.needs "time": et vedtak mot innbyggeren (avslått, opprettholdt, «stands») i et svar som ikke gir noen dato eller frist (klagefrist, neste steg).',
  // Last, so that params.stepAsideFor can name a rule whose finding says the same more precisely
  // (the appeal right named without its deadline).
  runsLast: true,
  parseParams(params) {
    const needs = params['needs'];
    if (needs !== undefined && needs !== 'next-step' && needs !== 'time') throw new Error('refusal-next-step: params.needs must be "next-step" or "time"');
    checkOptionalList(params, 'refusal-next-step', 'stepAsideFor', 'rule ids');
  },
  detect({ text, analysis, params, dates, today, earlierHits }) {
    const stepAsideFor = (params['stepAsideFor'] as string[] | undefined) ?? [];
    if (earlierHits?.some((h) => stepAsideFor.includes(h.ruleId))) return [];
    if (params['needs'] === 'time') {
      // A decision against the citizen must say by when they can act on it (the appeal deadline)
      // or when the next step comes; any date or duration in the reply will do.
      // A date already past (when a notice was registered) tells the citizen nothing ahead.
      if (dates.some((d) => d.date >= today) || statesDuration(text)) return [];
      const decision = firstDecision(text, analysis.words);
      return decision ? [decision] : [];
    }
    const refusals: Array<{ start: number; end: number }> = [];
    let lastNext = -1;
    for (const token of analysis.words) {
      // A link is a next step: more information, a form, the complaint page.
      if (token.kind === 'url') {
        lastNext = token.start;
        continue;
      }
      if (token.kind === 'number') {
        PHONE_AT.lastIndex = token.start;
        if (PHONE_AT.test(text)) lastNext = token.start;
        continue;
      }
      if (token.kind !== 'word') continue;
      AT_WORD.lastIndex = token.start;
      const m = AT_WORD.exec(text);
      if (!m) continue;
      if (m.groups!.refusal !== undefined) refusals.push({ start: m.index, end: m.index + m[0].length });
      else lastNext = m.index;
    }
    if (refusals.length === 0) return [];
    // A next step anywhere in the refusal's own sentence counts: "Du kan klage på avslaget."
    const { sentences } = analysis;
    let s = 0;
    for (const refusal of refusals) {
      while (s + 1 < sentences.length && sentences[s + 1]!.start <= refusal.start) s++;
      const sentenceStart = sentences[s] && sentences[s]!.start <= refusal.start ? sentences[s]!.start : refusal.start;
      if (lastNext >= sentenceStart) continue;
      if (notARefusal(text, refusal.start, sentenceStart) || inCondition(text, refusal.start, sentenceStart)) continue;
      const sentenceEnd = sentences[s] && sentences[s]!.start <= refusal.start ? sentences[s]!.end : text.length;
      if (contrastOffer(text, refusal.end, sentenceEnd) || waitsForSomething(text, refusal.start, refusal.end, sentenceEnd)) continue;
      return [{ start: refusal.start, end: refusal.end }];
    }
    return [];
  },
};
