// Where the writer's signature starts: after the last closing line. Detectors that must not
// flag what belongs in a signature (capitals in a unit's name, the unit's phone number) ask here.
import { derivedFrom, type TextAnalysis } from './analysis.ts';

/** A closing line ("Med vennlig hilsen", "Venleg helsing", "Kind regards"): what follows is the writer's signature. */
export const CLOSING =
  /(?:^|\n)[ \t]*(?:med vennlig hilsen|vennlig hilsen|med venleg helsing|venleg helsing|med hilsen|med helsing|beste hilsen|beste helsing|varm hilsen|varm helsing|varme hilsener|varme helsingar|hilsen|helsing|mvh|klem(?:\s+(?:fra|frå))?|kind regards|best regards|warm regards|warmest regards|regards|yours sincerely|yours faithfully|best wishes|all the best)(?![\p{L}])/giu;

/**
 * The reply's last closing line, found once per check: half a dozen detectors, the tone model and
 * the answer judge ask for the same reply in one check, and each would scan the whole reply
 * again. Only for the current check (forgetReplyClosing at its start): kept from one check to the
 * next it would skip the scan whenever a reply is checked again unchanged.
 */
let lastClosing: { text: string; start: number; end: number } | undefined;

/** Called by the engine as each check begins. */
export function forgetReplyClosing(): void {
  lastClosing = undefined;
}

function replyClosing(text: string): { start: number; end: number } {
  if (lastClosing?.text !== text) {
    CLOSING.lastIndex = 0;
    let start = Infinity;
    let end = Infinity;
    for (let m = CLOSING.exec(text); m !== null; m = CLOSING.exec(text)) {
      start = m.index;
      end = m.index + m[0].length;
    }
    lastClosing = { text, start, end };
  }
  return lastClosing;
}

/** Offset where the signature starts (after the last match of `closing`, a global regex), or Infinity. */
export function signatureStart(text: string, closing: RegExp = CLOSING): number {
  return closing === CLOSING ? replyClosing(text).end : lastClosingEnd(text, closing);
}

/** Where the last closing line (CLOSING's last match) starts, or Infinity. */
export function closingLineStart(text: string): number {
  return replyClosing(text).start;
}

function lastClosingEnd(text: string, closing: RegExp): number {
  closing.lastIndex = 0;
  let last = Infinity;
  for (let m = closing.exec(text); m !== null; m = closing.exec(text)) last = m.index + m[0].length;
  return last;
}

/** Key of the signature's words among what is derived from an analysis. */
const SIGNATURE_WORDS = {};

/**
 * The words of the reply's signature, lower case, once per analysis: the sender's own name and
 * service («PPT Bergen», «Barneverntjenesten Fana»), which the reply's body may name as the writer.
 */
export function signatureWords(text: string, analysis: TextAnalysis): ReadonlySet<string> {
  return derivedFrom(analysis, SIGNATURE_WORDS, () => {
    const from = signatureStart(text);
    return new Set(Number.isFinite(from) ? analysis.words.filter((w) => w.start >= from).map((w) => w.lower) : []);
  });
}
