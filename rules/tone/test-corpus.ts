// A tiny labelled corpus for the trainer's tests: each tone kind has its own telling words, put
// into sentences with varied filler around them. Test data only; no rule set ships it.
import type { LabelledSentence } from './corpus.ts';

export const STANCE: Record<LabelledSentence['label'], string[]> = {
  condescending: ['Som du sikkert vet, gjelder reglene', 'Som alle vet, står det tydelig'],
  deflecting: ['Det må du ta med Statens vegvesen', 'Det er ditt ansvar å finne ut av det'],
  disparaging: ['Entreprenøren har somlet som vanlig', 'De på kontoret har rotet det til igjen'],
  dismissive: ['Dette kan vi ikke gjøre noe med', 'Vi har ikke noe mer å si'],
  informal: ['Supert, null stress', 'Dette fikser vi kjapt'],
  ok: ['Takk for at du skrev til oss', 'Vi svarer deg innen fredag', 'Du kan klage innen tre uker', 'Vi har sendt saken videre'],
};

/** Every stance with every filler: «<stance> <filler>.», labelled. */
export function stanceRows(fillers: readonly string[]): Array<{ text: string; label: LabelledSentence['label'] }> {
  return (Object.entries(STANCE) as Array<[LabelledSentence['label'], string[]]>).flatMap(([label, stems]) =>
    stems.flatMap((stem) => fillers.map((filler) => ({ text: `${stem} ${filler}.`, label }))),
  );
}
