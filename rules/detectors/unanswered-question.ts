// A question the citizen asked in the quoted inquiry that the reply leaves unanswered
// (rules/inquiry/questions.ts finds them, rules/inquiry/answers.ts decides). One finding per open
// question, under the sub-goal of the rule whose `topics` cover it, so an unanswered "how do I
// apply" lands under another sub-goal than an unanswered "why was I refused". The finding points
// at the reply (never at the citizen's text): a vague time phrase for a when-question, else the
// reply's first sentence.
import type { TextAnalysis } from '../text/analysis.ts';
import type { QuestionTopic } from '../inquiry/questions.ts';
import type { Detector, DetectorHit, DetectorInput } from './types.ts';
import { withFastWordStarts } from '../engine/word-start.ts';

export const QUESTION_TOPICS: readonly QuestionTopic[] = ['when', 'amount', 'where', 'document', 'why', 'how', 'who', 'yes-no', 'what'];

/** Where the finding points when a vague phrase stands in for the time: "så snart som mulig". */
const VAGUE_TIME = withFastWordStarts(
  /(?<![\p{L}])(?:så\s+(?:snart|fort|raskt)\s+(?:som\s+)?(?:mulig|råd)|snarest(?:\s+mulig)?|snarast(?:\s+mogleg)?|om\s+kort\s+tid|innen\s+rimelig\s+tid|innan\s+rimeleg\s+tid|etter\s+hvert|etter\s+kvart|fortløpende|fortløpande|snart|as\s+soon\s+as\s+possible|in\s+due\s+course|shortly|soon)(?![\p{L}])/iu,
);

function trimmedSpan(text: string, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : undefined;
}

/**
 * The reply's first sentence — usually its greeting. A question left open concerns the reply as a
 * whole; marking its opening keeps the underline short and off words that carry no finding of
 * their own (the panel quotes the question).
 */
export function firstSentenceSpan(text: string, analysis: TextAnalysis): { start: number; end: number } | undefined {
  for (const sentence of analysis.sentences) {
    if (sentence.wordCount === 0) continue;
    const span = trimmedSpan(text, sentence.start, sentence.end);
    if (span) return span;
  }
  return trimmedSpan(text, 0, text.length);
}

export function vagueTimeSpan(text: string): { start: number; end: number } | undefined {
  const vague = VAGUE_TIME.exec(text);
  return vague ? { start: vague.index, end: vague.index + vague[0].length } : undefined;
}

/** The topics a rule reports; all of them when the rule names none. */
export function topicsOf(params: Record<string, unknown>): readonly QuestionTopic[] {
  const topics = params.topics;
  if (topics === undefined) return QUESTION_TOPICS;
  return topics as QuestionTopic[];
}

function parseTopics(params: Record<string, unknown>): void {
  const topics = params.topics;
  if (topics === undefined) return;
  if (!Array.isArray(topics) || topics.length === 0 || !topics.every((t) => (QUESTION_TOPICS as readonly unknown[]).includes(t))) {
    throw new Error(`params.topics must be a non-empty list of ${QUESTION_TOPICS.join(', ')}`);
  }
}

/** One hit per unanswered question of the rule's topics, the question quoted as {question}. */
export function unansweredHits(input: DetectorInput, topics: readonly QuestionTopic[]): DetectorHit[] {
  const open = (input.questions ?? []).filter((q) => !q.answered && topics.includes(q.topic));
  if (!open.length) return [];
  const first = firstSentenceSpan(input.text, input.analysis);
  if (!first) return [];
  // Only a when-question points at a vague time: the reply is not scanned for one otherwise.
  const vague = open.some((q) => q.topic === 'when') ? vagueTimeSpan(input.text) : undefined;
  return open.map((q) => ({ ...(q.topic === 'when' && vague ? vague : first), vars: { question: q.text } }));
}

export const unansweredQuestion: Detector = {
  id: 'unanswered-question',
  description: 'A question in the quoted inquiry (of the topics in params.topics) that the reply does not answer.',
  parseParams: parseTopics,
  detect(input) {
    return unansweredHits(input, topicsOf(input.params));
  },
};
