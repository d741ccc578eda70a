import { describe, expect, it } from 'vitest';
import type { RuleLanguage } from '../ids.ts';
import { buildDetectorInput } from '../engine/detector-input.ts';
import { specialCategory } from './special-category.ts';

const params = {
  words: [
    'barnevernet',
    'barnevernstjenesten',
    'psykisk helse',
    'rus',
    'politiattest',
    'politiattesten',
    'police certificate',
    'diabetes',
    'alzheimer',
    'ptsd',
  ],
  documents: ['politiattest', 'police certificate'],
};

function spans(text: string, language: RuleLanguage = 'nob') {
  return specialCategory.detect(buildDetectorInput(text, { language, params })).map((h) => text.slice(h.start, h.end));
}

describe('special-category', () => {
  it('leaves a facility alone: a word before or after the entry says so («parkeringsplassar for rørslehemma», "the disabled bay")', () => {
    const facility = { words: ['rørslehemma', 'disabled', 'diabetes'], notBefore: ['bay', 'parking'], notAfter: ['parkeringsplassar', 'toilets'] };
    const at = (text: string, language: RuleLanguage = 'nob') =>
      specialCategory.detect(buildDetectorInput(text, { language, params: facility })).map((h) => text.slice(h.start, h.end));
    expect(at('Det er fire parkeringsplassar for rørslehemma ved inngangen.', 'nno')).toEqual([]);
    expect(at('The car is parked in the disabled bay outside no. 14.', 'eng')).toEqual([]);
    expect(at('There are toilets for the disabled on every floor.', 'eng')).toEqual([]);
    expect(at('Naboen din er rørslehemma og har diabetes.', 'nno')).toEqual(['rørslehemma', 'diabetes']);
  });

  it("leaves the sender's own service alone where the signature names it, but not the same word as someone's condition", () => {
    const signed = 'Hei,\n\nBarnevernstjenesten har mottatt brevet ditt, og vi ringer deg mandag.\n\nMed vennlig hilsen\nKari Vik\nBarnevernstjenesten Fana';
    expect(spans(signed)).toEqual([]);
    const unsigned = 'Hei,\n\nBarnevernstjenesten har mottatt brevet om sønnen din.\n\nMed vennlig hilsen\nKari Vik\nSkolekontoret';
    expect(spans(unsigned)).toEqual(['Barnevernstjenesten']);
    const tb = { words: ['tuberculosis'], requirePerson: true };
    const leak = 'Dear Ms Berg,\n\nMr Okafor has latent tuberculosis but can keep working.\n\nKind regards\nTuberculosis Coordinator';
    expect(specialCategory.detect(buildDetectorInput(leak, { language: 'eng', params: tb })).map((h) => leak.slice(h.start, h.end))).toEqual(['tuberculosis']);
  });

  it('reports the words of its list about a person', () => {
    expect(spans('Barnevernet har vært i kontakt med familien. Vi har fått politiattesten din.')).toEqual(['Barnevernet', 'politiattesten']);
    expect(spans('Kari Hansen (mobil 912 34 567) har diabetes.')).toEqual(['diabetes']);
    expect(spans('We have received your police certificate.', 'eng')).toEqual(['police certificate']);
  });

  it('leaves out an item of a list of what the reader is asked to bring or send, not an item of another list', () => {
    expect(spans('Dette er lurt å ta med:\n\n- insulinet og utstyret for diabetes\n- briller', 'nno')).toEqual([]);
    expect(spans('Før jeg kan behandle søknaden, trenger jeg disse dokumentene fra deg:\n1. Lønnsslipp\n2. Politiattest')).toEqual([]);
    expect(spans('Om beboerne:\n\n- Kari Hansen har diabetes og trenger hjelp')).toEqual(['diabetes']);
  });

  it('reads an entry before a hyphen («PTSD-diagnose») and takes a diagnosis made («fekk påvist») as tied to a person', () => {
    expect(spans('Vi har lese om din PTSD-diagnose.', 'nno')).toEqual(['PTSD-diagnose']);
    expect(spans('Bjørg Tveit fekk påvist Alzheimer i september.', 'nno')).toEqual(['Alzheimer']);
    expect(spans('She was diagnosed with Alzheimer in September.', 'eng')).toEqual(['Alzheimer']);
    // A capitalised service name without a person stays silent; a hyphen alone is no entry.
    expect(spans('Kontakt Alzheimer Norge om kurs for pårørende.')).toEqual([]);
    expect(spans('Det er påvist legionella i vatnet.', 'nno')).toEqual([]);
  });

  it('takes a clock time in a sentence about a person for a care schedule, not opening hours', () => {
    expect(spans('Kona di får oppfølging for diabetes kl. 21 hver kveld.')).toEqual(['diabetes']);
    expect(spans('Kurset om diabetes holdes kl. 18 på biblioteket.')).toEqual([]);
  });

  it('leaves a service name with contact details or opening hours alone', () => {
    expect(spans('Barnevernstjenesten har åpent kl. 08–15.')).toEqual([]);
    expect(spans('Kontakt Psykisk helse og rus på 55 56 55 56.')).toEqual([]);
    expect(spans('Du kan ringe Psykisk helse og rus, eller lese mer på bergen.kommune.no.')).toEqual([]);
    expect(spans('Du kan få hjelp fra Psykisk helse og rus i bydelen.')).toEqual([]);
    expect(spans('Vi har sendt en melding til Barnevernet om barnet ditt.')).toEqual(['Barnevernet']);
    // «på telefon» tells how a conversation went; it gives no contact details.
    expect(spans('Vi har notert diabetes, som du fortalte om på telefon.')).toEqual(['diabetes']);
    expect(spans('Ring Psykisk helse og rus på telefon 55 56 55 56.')).toEqual([]);
    // So does "on the phone"; "phone" as an instruction still gives contact details.
    const health = (text: string) =>
      specialCategory
        .detect(buildDetectorInput(text, { language: 'eng', params: { words: ['slipped disc', 'psychiatric emergency'] } }))
        .map((h) => text.slice(h.start, h.end));
    expect(health('He told my colleague on the phone that he has a slipped disc.')).toEqual(['slipped disc']);
    expect(health('Phone the Psychiatric Emergency on 55 56 55 56.')).toEqual([]);
  });

  it('leaves people in general and a role named after the condition alone, unless someone close is named', () => {
    const health = (text: string, language: RuleLanguage = 'nob') =>
      specialCategory
        .detect(buildDetectorInput(text, { language, params: { words: ['demens', 'diabetes', 'sjukdom', 'dementia'], prefixFrom: 6 } }))
        .map((h) => text.slice(h.start, h.end));
    expect(health('Kommunen har dagsenter for folk som har fått ein demensdiagnose.', 'nno')).toEqual([]);
    expect(health('Children with diabetes can get adapted meals.', 'eng')).toEqual([]);
    expect(health('Det har vore mykje sjukdom i personalet.', 'nno')).toEqual([]);
    expect(health('Demenskoordinatoren kan hjelpe med søknaden.')).toEqual([]);
    expect(health('The dementia nurse in the district can help with the form.', 'eng')).toEqual([]);
    expect(health('Faren din bor på demensavdelingen.')).toEqual(['demensavdelingen']);
    expect(health('Mor di har demens, og folk som har demens får dagsenterplass.')).toEqual(['demens', 'demens']);
    expect(health('Kari Olsen har diabetes.')).toEqual(['diabetes']);
    // A condition as such, or any person who has it: "their" belongs to the people in general.
    expect(health('Having diabetes does not in itself give a right to home help.', 'eng')).toEqual([]);
    expect(health('Many people with diabetes manage on their own.', 'eng')).toEqual([]);
    expect(health('Det å ha diabetes gir ikkje i seg sjølv rett til heimehjelp.', 'nno')).toEqual([]);
    expect(health('Their son has diabetes.', 'eng')).toEqual(['diabetes']);
    expect(health('Du spør om kva kommunen kan tilby når nokon i familien får ein demensdiagnose.', 'nno')).toEqual([]);
    expect(health('Skolen følger opp elever med diabetes gjennom hele skoledagen.')).toEqual([]);
    expect(health('Familien din har fortalt at hun har fått demens.')).toEqual(['demens']);
    // A person named right before the condition holds it, even among people in general.
    expect(health('Vi har flere barn med spesielle behov, blant annet Emil Strand som har diabetes.')).toEqual(['diabetes']);
    expect(health('Vi har flere barn med spesielle behov, blant annet barn som har diabetes.')).toEqual([]);
    expect(health('Demens utvikler seg ulikt fra person til person.')).toEqual([]);
    expect(health('Mange med diabetes har større risiko for tannkjøttbetennelse.', 'nno')).toEqual([]);
    expect(health('Demens er vanlig hos eldre, men mora di har ikke demens.')).toEqual(['Demens', 'demens']);
    expect(health('Demens er vanlig hos eldre.')).toEqual([]);
    expect(health('Du treng ikkje sende oss sjukdomshistoria på e-post.', 'nno')).toEqual([]);
    // Illness among the staff («mye sykdom blant oss ansatte») is the office's excuse, nobody's data.
    expect(health('Beklager sent svar, det har vært mye sykdom blant oss ansatte.')).toEqual([]);
    expect(health('Do not send us anything about your diabetes by e-mail.', 'eng')).toEqual(['diabetes']);
  });

  it('reports a capitalised name when a person is its subject or a member of it', () => {
    const union = (text: string, language: RuleLanguage = 'nob') =>
      specialCategory.detect(buildDetectorInput(text, { language, params: { words: ['fagforbundet', 'muslim'] } })).map((h) => text.slice(h.start, h.end));
    expect(union('Hun er medlem av Fagforbundet.')).toEqual(['Fagforbundet']);
    expect(union('She has experience from the Muslim youth association.', 'eng')).toEqual(['Muslim']);
    expect(union('Avtalen med Fagforbundet gjelder fra januar.')).toEqual([]);
    // «er med i» is a membership; «bli med i» is advice to join.
    expect(union('Du er med i Fagforbundet fra tiden på verftet.')).toEqual(['Fagforbundet']);
    expect(union('Du kan bli med i Fagforbundet om du vil ha hjelp.')).toEqual([]);
  });

  it("leaves a document that is only required alone, but not the person's own", () => {
    expect(spans('Du må levere politiattest før oppstart. Legg ved politiattest.')).toEqual([]);
    expect(spans('You must submit a police certificate.', 'eng')).toEqual([]);
    // Delivered or attached in the indefinite form: the requirement, said of everyone who meets it.
    expect(spans('Alle dei frivillige våre har levert politiattest.')).toEqual([]);
    expect(spans('Søknaden skal ha vedlagd politiattest.')).toEqual([]);
    expect(spans('An attached police certificate is required.', 'eng')).toEqual([]);
    expect(spans('Vi har mottatt politiattest fra deg, og du må levere politiattesten din.')).toEqual(['politiattest', 'politiattesten']);
  });

  it('with requirePerson, reports only in a sentence that names someone the term could belong to', () => {
    const health = { words: ['diabetes', 'virusinfeksjon', 'medisinske', 'copd'], requirePerson: true };
    const found = (text: string, language: RuleLanguage = 'nob') =>
      specialCategory.detect(buildDetectorInput(text, { language, params: health })).map((h) => text.slice(h.start, h.end));
    // Advice about an illness, and what the office cannot do, belong to no one.
    expect(found('Helvetesild er en virusinfeksjon som gir utslett.')).toEqual([]);
    expect(found('Vi kan ikke gi medisinske råd på e-post.')).toEqual([]);
    // A pronoun, kin, a role, a name or an id number (also before a colon) is someone.
    expect(found('Han har diabetes.')).toEqual(['diabetes']);
    expect(found('Søknaden viser at mor har diabetes.')).toEqual(['diabetes']);
    expect(found('Det er opplyst at søker har diabetes.')).toEqual(['diabetes']);
    expect(found('Legen til Kari Hansen skriver om diabetes.')).toEqual(['diabetes']);
    expect(found('Registered: national ID number 05085012345, risk group: COPD.', 'eng')).toEqual(['COPD']);
    // Without the setting, the same sentence is reported as before.
    const plain = 'Helvetesild er en virusinfeksjon som gir utslett.';
    expect(specialCategory.detect(buildDetectorInput(plain, { language: 'nob', params: { words: ['virusinfeksjon'] } })).length).toBe(1);
    expect(() => specialCategory.parseParams!({ words: ['rus'], requirePerson: 'yes' })).toThrow(/requirePerson/);
  });

  it("with readerOwn, leaves the reader's own care and papers alone, but not someone else's", () => {
    const health = {
      words: ['medisin', 'legeerklæring', 'diabetes', 'tb screening', 'diarrhoea'],
      prefixFrom: 6,
      requirePerson: true,
      readerOwn: ['medisin', 'legeerklæring', 'tb screening'],
    };
    const found = (text: string, language: RuleLanguage = 'nob') =>
      specialCategory.detect(buildDetectorInput(text, { language, params: health })).map((h) => text.slice(h.start, h.end));
    expect(found('Du kan hente medisinene dine som vanlig i jula.')).toEqual([]);
    expect(found('Takk, vi har fått legeerklæringen fra deg.')).toEqual([]);
    expect(found('I have booked your TB screening for Tuesday 15 December.', 'eng')).toEqual([]);
    // Someone else's papers, and the reader's own diagnosis, are still reported.
    expect(found('Naboen din har sendt oss legeerklæringen til sønnen sin.')).toEqual(['legeerklæringen']);
    expect(found('Vi ser at du har diabetes.')).toEqual(['diabetes']);
    // Advice to everyone belongs to no one.
    expect(found('After vomiting or diarrhoea, children should stay at home for 48 hours.', 'eng')).toEqual([]);
    expect(() => specialCategory.parseParams!({ words: ['rus'], readerOwn: 'rus' })).toThrow(/readerOwn/);
  });

  it("leaves a service's name after its head word alone: «Etat for psykisk helse og rustjenester»", () => {
    expect(spans('Sted: Etat for psykisk helse og rusomsorg, Kaigaten 4.')).toEqual([]);
    expect(spans('Han har fått hjelp for psykisk helse.')).toEqual(['psykisk helse']);
  });

  it('rejects params without words', () => {
    expect(() => specialCategory.parseParams!({})).toThrow(/words/);
    expect(() => specialCategory.parseParams!({ words: ['rus'], documents: [3] })).toThrow(/documents/);
  });

  it("reports a person's document asked for by e-mail, though the sentence gives the office's address", () => {
    const withHealth = { ...params, words: [...params.words, 'legeerklæringen', 'legeerklæring'], documents: [...params.documents, 'legeerklæring'] };
    const sentence = 'For moren din må du sende oss fødselsnummeret hennes og den siste legeerklæringen på e-post til helse@bergen.kommune.no.';
    expect(specialCategory.detect(buildDetectorInput(sentence, { language: 'nob', params: withHealth })).map((h) => sentence.slice(h.start, h.end))).toEqual([
      'legeerklæringen',
    ]);
    // The bare requirement with the address, and an address with no e-mail request, stay quiet.
    const general = 'Du må sende legeerklæring på e-post til helse@bergen.kommune.no.';
    expect(specialCategory.detect(buildDetectorInput(general, { language: 'nob', params: withHealth }))).toEqual([]);
    expect(spans('Har du spørsmål om politiattesten din, kan du ringe oss på 55 56 55 56.')).toEqual([]);
  });
});

describe('special-category: inflections, compounds and "*" endings', () => {
  const run = (text: string, p: Record<string, unknown>, language: RuleLanguage = 'nob') =>
    specialCategory.detect(buildDetectorInput(text, { language, params: p })).map((h) => text.slice(h.start, h.end));
  const health = { words: ['demens', 'autisme', 'diabetes', 'tiltale'], prefixFrom: 6, notPrefixOf: ['tiltalend'] };

  it('with prefixFrom, finds one-word entries at the start of longer words, except the listed look-alikes', () => {
    expect(run('Med demensutviklingen hennes og hans autismediagnose trengs mer hjelp.', health)).toEqual(['demensutviklingen', 'autismediagnose']);
    expect(run('Det er et tiltalende forslag.', health)).toEqual([]);
    expect(run('Med demensutviklingen hennes trengs mer hjelp.', { words: ['demens'] })).toEqual([]);
  });

  it('with prefixFrom, finds an entry of six letters or more as the last part of a Norwegian compound, not of an English word', () => {
    const lexicon = { words: ['dialyse', 'allergi', 'rapist'], prefixFrom: 6 };
    expect(run('Naboen din har heimedialyse, og sonen har matallergi.', lexicon)).toEqual(['heimedialyse', 'matallergi']);
    // A head of at least three letters must come before the entry.
    expect(run('Det står «xdialyse» i skjemaet.', lexicon)).toEqual([]);
    expect(run('Your therapist will call you.', lexicon, 'eng')).toEqual([]);
  });

  it('matches "*ending" words after the first word of an entry', () => {
    const ethnic = { words: ['av *sk opphav', 'of *i origin'] };
    expect(run('Naboen, som er av somalisk opphav, har klaget.', ethnic)).toEqual(['av somalisk opphav']);
    expect(run('The tenant, who is of Somali origin, complained.', ethnic, 'eng')).toEqual(['of Somali origin']);
    expect(run('Hun er av norsk adel.', ethnic)).toEqual([]);
  });

  it('refuses an entry that starts with "*" and a prefixFrom below five', () => {
    expect(() => specialCategory.parseParams!({ words: ['*sk opphav'] })).toThrow(/cannot start/);
    expect(() => specialCategory.parseParams!({ words: ['rus'], prefixFrom: 3 })).toThrow(/prefixFrom/);
  });
});
