// npm run --silent ask -- "is it safe?"      one JSON reply
// npm run --silent ask -- --jsonl < file     one JSON reply per input line
import { createInterface } from 'node:readline';
import { answer } from '../widget/engine/answer.ts';
import type { Reply } from '../widget/engine/types.ts';
import { loadKnowledge } from './load-knowledge.ts';

const knowledge = loadKnowledge();

function show(r: Reply | null): string {
  if (!r) return JSON.stringify({ kind: null, topic: null, id: null, score: 0, suggestions: [], text: '' });
  const { kind, topic, id, score, suggestions, text } = r;
  return JSON.stringify({ kind, topic, id, score, suggestions, text });
}

const args = process.argv.slice(2);
if (args[0] === '--jsonl') {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) process.stdout.write(show(answer(line, knowledge)) + '\n');
} else if (args.length) {
  console.log(show(answer(args.join(' '), knowledge)));
} else {
  console.error('usage: npm run --silent ask -- "your question"   or   npm run --silent ask -- --jsonl < questions.txt');
  process.exit(2);
}
