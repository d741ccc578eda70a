// Plain-English rules generated from the ecosystem's maintained phrase list (retext-simplify's
// patterns) through our curation file, so the list is not retyped here and an upstream update
// arrives as a reviewed diff: new upstream entries must be kept or dropped in the curation before
// the unit test passes, and the generated rule file shows exactly what changed.
//
// Pure: the caller reads the upstream list and the curation; `import-plain-english.ts` writes the
// result to rules/standard/kompetent.klart-sprak/plain-english-imported.json.
import type { Rule } from '../ruleset/types.ts';

export type PlainEnglishGroup = 'legalese' | 'latinism' | 'formal' | 'wordy' | 'nominalisation';

export interface CuratedEntry {
  group: PlainEnglishGroup;
  /** Our suggestions; omitted: upstream's. Empty: the phrase is reported without a replacement. */
  suggest?: string[];
  /** Example sentences instead of the generated ones ("[[ ]]" marks the span in a bad one). */
  examples?: { bad?: string[]; good?: string[] };
}

export interface PlainEnglishCuration {
  about: string;
  source: { package: string; file: string; version: string };
  /** Upstream entries that become rules. */
  keep: Record<string, CuratedEntry>;
  /** Upstream entries left out, each with the reason (usually: it fires on good service English). */
  drop: Record<string, string>;
  /** Our own entries in the same format: what upstream lacks (Latinisms, legalese, nominalisations). */
  own: Record<string, CuratedEntry>;
}

/** retext-simplify's shape: phrase → replacements, and whether leaving it out is an option. */
export type UpstreamPatterns = Readonly<Record<string, { readonly replace: readonly string[]; readonly omit?: boolean }>>;

/** Everything a reviewer must decide before the generated rules can be trusted. */
export function curationProblems(upstream: UpstreamPatterns, curation: PlainEnglishCuration): string[] {
  const problems: string[] = [];
  for (const phrase of Object.keys(upstream)) {
    const kept = phrase in curation.keep;
    const dropped = phrase in curation.drop;
    if (!kept && !dropped) problems.push(`«${phrase}» is new upstream: keep it or drop it in the curation`);
    if (kept && dropped) problems.push(`«${phrase}» is both kept and dropped`);
  }
  for (const phrase of [...Object.keys(curation.keep), ...Object.keys(curation.drop)])
    if (!(phrase in upstream)) problems.push(`«${phrase}» is no longer upstream: remove it from keep/drop (or move it to own)`);
  for (const phrase of Object.keys(curation.own)) if (phrase in upstream) problems.push(`«${phrase}» is upstream now: move it from own to keep`);
  return problems;
}

const MESSAGE = {
  nb: 'Enklere engelsk: «{x}» kan sies enklere.',
  nn: 'Enklare engelsk: «{x}» kan seiast enklare.',
  en: 'Plain English: "{x}" can be said more simply.',
};

const ADVICE: Record<PlainEnglishGroup, { nb: string; nn: string; en: string }> = {
  legalese: {
    nb: 'Juridiske og byråkratiske vendinger får svaret til å låte som en lovtekst. Si det slik du ville sagt det til innbyggeren ved skranken.',
    nn: 'Juridiske og byråkratiske vendingar får svaret til å høyrast ut som ein lovtekst. Sei det slik du ville sagt det til innbyggjaren ved skranken.',
    en: 'Legal and official phrases make a reply sound like a statute. Say it the way you would to the citizen at the counter.',
  },
  latinism: {
    nb: 'Latinske uttrykk er ukjente for mange lesere, også for dem som har engelsk som andrespråk. Bruk vanlige engelske ord.',
    nn: 'Latinske uttrykk er ukjende for mange lesarar, òg for dei som har engelsk som andrespråk. Bruk vanlege engelske ord.',
    en: 'Latin phrases are unfamiliar to many readers, not least those with English as a second language. Use everyday English words.',
  },
  formal: {
    nb: 'Veiledninger i klart språk anbefaler vanlige ord framfor formelle ord.',
    nn: 'Rettleiingar i klart språk tilrår vanlege ord framfor formelle ord.',
    en: 'Plain-language guides prefer everyday words to formal ones.',
  },
  wordy: {
    nb: 'Et kortere uttrykk sier det samme og er lettere å lese.',
    nn: 'Eit kortare uttrykk seier det same og er lettare å lese.',
    en: 'A shorter phrase says the same thing and is easier to read.',
  },
  nominalisation: {
    nb: 'Et verb gjemt i et substantiv («make a decision») gjør setningen tyngre. Bruk verbet («decide»).',
    nn: 'Eit verb gøymt i eit substantiv («make a decision») gjer setninga tyngre. Bruk verbet («decide»).',
    en: 'A verb hidden in a noun ("make a decision") makes the sentence heavier. Use the verb ("decide").',
  },
};

/** Ordinary good service English: must trigger no plain-English rule. */
const PLAIN_SENTENCE = 'We have received your message and will reply by Friday 11 December.';

/**
 * Entries per generated rule. One rule per phrase would repeat the message and advice hundreds of
 * times (a third of a megabyte); one rule per group exceeds the 50 examples a rule may carry.
 */
export const ENTRIES_PER_RULE = 45;
/** Suggestions quoted together in one good example. */
const SUGGESTIONS_PER_GOOD_EXAMPLE = 8;

const GROUP_ORDER: readonly PlainEnglishGroup[] = ['formal', 'legalese', 'latinism', 'nominalisation', 'wordy'];

/** Upstream's replacements where they fit into the sentence ("… or … or both" does not). */
function upstreamSuggestions(upstream: UpstreamPatterns, phrase: string): string[] {
  return (upstream[phrase]?.replace ?? []).filter((s) => s.trim() !== '' && !s.includes('…'));
}

interface Resolved {
  phrase: string;
  entry: CuratedEntry;
  suggest: string[];
}

function ruleFor(id: string, group: PlainEnglishGroup, items: readonly Resolved[]): Rule {
  const bad: Array<{ text: string; language: 'eng'; suggestion?: string }> = [];
  const good: Array<{ text: string; language: 'eng' }> = [];
  for (const { phrase, entry, suggest } of items) {
    if (entry.examples?.bad) for (const text of entry.examples.bad) bad.push({ text, language: 'eng' });
    else bad.push({ text: `We wrote "[[${phrase}]]" in the letter.`, language: 'eng', ...(suggest[0] !== undefined ? { suggestion: suggest[0] } : {}) });
    for (const text of entry.examples?.good ?? []) good.push({ text, language: 'eng' });
  }
  // Each first suggestion, quoted: a suggestion must never trigger the rule that offers it.
  const firsts = items.flatMap(({ suggest }) => (suggest[0] !== undefined ? [suggest[0]] : []));
  for (let i = 0; i < firsts.length; i += SUGGESTIONS_PER_GOOD_EXAMPLE)
    good.push({
      text: `We wrote ${firsts
        .slice(i, i + SUGGESTIONS_PER_GOOD_EXAMPLE)
        .map((s) => `"${s}"`)
        .join(', ')} in the letter.`,
      language: 'eng',
    });
  good.push({ text: PLAIN_SENTENCE, language: 'eng' });
  if (good.length < 2) good.push({ text: `Thank you for your message. ${PLAIN_SENTENCE}`, language: 'eng' });
  if (bad.length < 2) bad.push({ ...bad[0]!, text: bad[0]!.text.replace('We wrote', 'You wrote') });
  return {
    id,
    kind: 'substitution',
    category: 'clarity',
    subgoal: 'kompetent.klart-sprak',
    severity: 'suggestion',
    languages: ['eng'],
    // "{suggestion}" is empty for a phrase without one; the message then still reads well.
    message: MESSAGE,
    advice: ADVICE[group],
    entries: items.map(({ phrase, suggest }) => ({ match: [phrase], suggest: { eng: suggest } })),
    examples: { bad, good },
  } as Rule;
}

/** The generated rules: per group, alphabetical, in rules of at most ENTRIES_PER_RULE phrases. */
export function plainEnglishRules(upstream: UpstreamPatterns, curation: PlainEnglishCuration): Rule[] {
  const all: Resolved[] = [...Object.entries(curation.keep), ...Object.entries(curation.own)]
    .map(([phrase, entry]) => ({ phrase, entry, suggest: entry.suggest ?? upstreamSuggestions(upstream, phrase) }))
    .sort((a, b) => (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0));
  const rules: Rule[] = [];
  for (const group of GROUP_ORDER) {
    const items = all.filter((r) => r.entry.group === group);
    for (let i = 0, part = 1; i < items.length; i += ENTRIES_PER_RULE, part++)
      rules.push(ruleFor(`plain-en.${group}${part > 1 ? `-${part}` : ''}`, group, items.slice(i, i + ENTRIES_PER_RULE)));
  }
  return rules;
}

/** The generated file's text: the rules as JSON, one space indent like the other rule files. */
export function plainEnglishRuleFile(upstream: UpstreamPatterns, curation: PlainEnglishCuration): string {
  return `${JSON.stringify(plainEnglishRules(upstream, curation), null, 1)}\n`;
}
