// The words a reply opens with to greet the reader, in bokmål, nynorsk and English: one list for
// every detector that looks for a greeting, so a nynorsk «God morgon» is a greeting to all of them.
// Each detector adds its own start and end (a whole word, the rest of the line, a comma …).

/** Regex alternation (no groups, no flags) of the greeting words; match it case-insensitively. */
export const GREETING_WORDS = 'god (?:morgon|morgen|dag|ettermiddag|kveld)|good (?:morning|afternoon|evening)|heisann|hallo|hei|kjære|dear|hello|hi';
