// Training sentences for the tone model from the reply corpora's reviewers:
//
//   node --experimental-strip-types scripts/tone-from-replies.ts [--upto blind48]
//
// Every sentence of a reply that a reviewer marked as tone becomes a labelled example; its kind
// (condescending, deflecting, …) is the one the current model leans to most, since reviewers mark
// a span, not a kind. Every sentence of a good reply (nothing marked) becomes an "ok" example.
// Sentences of flawed replies that carry no tone mark are left out: a reviewer marks the worst
// of several slips, so "not marked" there does not mean "fine" (trained on them as "ok", the model
// lost a third of its recall on replies it had not seen). Measured on five reply corpora left out
// of training, these examples kept the model's recall and cut its false tone findings by a tenth.
//
// Corpora after --upto are left out: they are the unread sets a session measures itself on.
// The output is committed data (rules/tone/corpus/train/replies-reviewed.jsonl), so training
// stays reproducible from the repository alone; rerun this only to add newly read corpora.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPORA, loadCorpus, resolveExpectation } from '../tests/eval/run.ts';
import { splitQuote } from '../rules/text/quote.ts';
import { analyze } from '../rules/text/analysis.ts';
import { BUNDLED_RULE_SET } from '../rules/standard/index.ts';
import { decodeModel, scoreBuckets, type SentenceModelData } from '../rules/tone/model.ts';
import { bucketsOfText } from '../rules/tone/features.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'rules/tone/corpus/train/replies-reviewed.jsonl');
const uptoArg = process.argv.indexOf('--upto');
const upto = uptoArg > 0 ? process.argv[uptoArg + 1]! : 'blind48';
const replyCorpora = CORPORA.filter((c) => /^blind\d*$/.test(c));
const last = replyCorpora.indexOf(upto as (typeof replyCorpora)[number]);
if (last < 0) throw new Error(`--upto: no reply corpus named ${upto}`);

const model = decodeModel((BUNDLED_RULE_SET as unknown as { models: SentenceModelData[] }).models[0]!);
const { labels, threshold, hashBits } = model.data;
/** The kind whose logit stands furthest above its threshold, even when none passes it. */
function leaningKind(sentence: string): string {
  const logits = scoreBuckets(model, bucketsOfText(sentence, hashBits));
  let best = 0;
  for (let k = 1; k < labels.length; k++) if (logits[k]! - threshold[k]! > logits[best]! - threshold[best]!) best = k;
  return labels[best]!;
}

const lines: string[] = [];
const counts: Record<string, number> = {};
for (const name of replyCorpora.slice(0, last + 1)) {
  for (const c of loadCorpus(join(root, 'tests/eval', name))) {
    const good = c.expected.length === 0;
    const marks = c.expected.filter((e) => e.category === 'tone' && e.text).map((e) => resolveExpectation(c.text, e));
    if (!good && marks.length === 0) continue;
    const reply = splitQuote(c.text).reply;
    for (const s of analyze(reply).sentences) {
      const text = reply.slice(s.start, s.end).trim();
      // Headings, greetings and signatures are no sentences to learn a tone from.
      if (text.length < 12 || text.split(/\s+/u).length < 3) continue;
      const marked = marks.some((m) => m.start < s.end && s.start < m.end);
      if (!marked && !good) continue;
      const label = marked ? leaningKind(text) : 'ok';
      counts[label] = (counts[label] ?? 0) + 1;
      lines.push(JSON.stringify({ text, label, lang: c.language, persona: `reviewed-${name}`, hard: false }));
    }
  }
}
writeFileSync(OUT, lines.join('\n') + '\n');
process.stdout.write(`${OUT}: ${lines.length} sentences from ${last + 1} corpora ${JSON.stringify(counts)}\n`);
