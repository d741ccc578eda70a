// Where the writer's signature starts: after the last closing line. Detectors that must not
// flag what belongs in a signature (capitals in a unit's name, the unit's phone number) ask here.

/** A closing line ("Med vennlig hilsen", "Venleg helsing", "Kind regards"): what follows is the writer's signature. */
export const CLOSING =
  /(?:^|\n)[ \t]*(?:med vennlig hilsen|vennlig hilsen|med venleg helsing|venleg helsing|med hilsen|med helsing|beste hilsen|beste helsing|varm hilsen|varm helsing|varme hilsener|varme helsingar|hilsen|helsing|mvh|klem(?:\s+(?:fra|frå))?|kind regards|best regards|warm regards|warmest regards|regards|yours sincerely|yours faithfully|best wishes|all the best)(?![\p{L}])/giu;

/**
 * The last reply's signature start: half a dozen detectors and the answer judge ask for the same
 * reply in one check, and each would scan the whole reply again.
 */
let lastSignature: { text: string; start: number } | undefined;

/** Offset where the signature starts (after the last match of `closing`, a global regex), or Infinity. */
export function signatureStart(text: string, closing: RegExp = CLOSING): number {
  if (closing === CLOSING) {
    if (lastSignature?.text !== text) lastSignature = { text, start: lastClosingEnd(text, closing) };
    return lastSignature.start;
  }
  return lastClosingEnd(text, closing);
}

function lastClosingEnd(text: string, closing: RegExp): number {
  closing.lastIndex = 0;
  let last = Infinity;
  for (let m = closing.exec(text); m !== null; m = closing.exec(text)) last = m.index + m[0].length;
  return last;
}
