// The quote splitter is pure text and lives with the engine, so the CLI splits a pasted reply
// exactly as the content script splits an editor's text.
export { splitQuote, type QuoteSplit } from '../../rules/text/quote.ts';
