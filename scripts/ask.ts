// npm run --silent ask -- "is it safe?"      one JSON reply
// npm run --silent ask -- --jsonl < file     one JSON reply per input line
// npm run --silent ask -- --explain "..."   how the red-flag rules read the message
// Replies use the widget's default settings (emergency number 911, crisis line 988).
import { createInterface } from 'node:readline';
import { answer } from '../widget/engine/answer.ts';
import type { Reply } from '../widget/engine/types.ts';
import { parseConfig } from '../widget/config.ts';
import { explainRedFlags } from '../widget/engine/redflags/check.ts';
import { loadKnowledge } from './lib/load-knowledge.ts';

const knowledge = loadKnowledge();
const { config } = parseConfig({});

function show(r: Reply | null): string {
  if (!r) return JSON.stringify({ kind: null, topic: null, id: null, score: 0, suggestions: [], text: '' });
  const { kind, topic, id, score, suggestions, text, level, rule } = r;
  return JSON.stringify({ kind, ...(level && { level, rule }), topic, id, score, suggestions, text });
}

const args = process.argv.slice(2);
if (args[0] === '--jsonl') {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) process.stdout.write(show(answer(line, knowledge, config)) + '\n');
} else if (args[0] === '--explain' && args.length > 1) {
  const text = args.slice(1).join(' ');
  console.log(show(answer(text, knowledge, config)));
  for (const line of explainRedFlags(text, knowledge.redFlags)) console.log('  ' + line);
} else if (args.length) {
  console.log(show(answer(args.join(' '), knowledge, config)));
} else {
  console.error('usage: npm run --silent ask -- "your question"   or   npm run --silent ask -- --jsonl < questions.txt');
  process.exit(2);
}
