// The words a reply opens with to greet the reader, in bokmål, nynorsk and English: one list for
// every detector that looks for a greeting, so a nynorsk «God morgon» is a greeting to all of them.
// Each detector adds its own start and end (a whole word, the rest of the line, a comma …).
import { openingLine, type Line, type TextAnalysis } from './analysis.ts';

/** Regex alternation (no groups, no flags) of the greeting words; match it case-insensitively. */
export const GREETING_WORDS = 'god (?:morgon|morgen|dag|ettermiddag|kveld)|good (?:morning|afternoon|evening)|heisann|hallo|hei|kjære|dear|hello|hi';

/**
 * Where a check of whom the reply greets starts: the reply's first line and the parts of the sender's
 * name (split by the caller's own rule). Undefined when the inquiry names no sender, the name has no
 * usable part or the reply has no line: then there is nothing to compare.
 */
export function greetingLineAndName(
  text: string,
  analysis: TextAnalysis,
  senderName: string | undefined,
  partsOf: (senderName: string) => string[],
): { parts: string[]; line: Line; lineText: string } | undefined {
  if (!senderName) return undefined;
  const parts = partsOf(senderName);
  if (parts.length === 0) return undefined;
  const line = openingLine(analysis);
  if (!line) return undefined;
  return { parts, line, lineText: text.slice(line.start, line.end) };
}
