// npm run --silent ask -- "is it safe?"      one JSON reply
// npm run --silent ask -- --jsonl < file     one JSON reply per input line
// npm run --silent ask -- --explain "..."   how the red-flag rules read the message
// npm run --silent ask -- --knowledge clinic.json ...   with a clinic's answers added (a clinic
//                                             file or folder), or a whole base, as data-knowledge would
// Replies use the widget's default settings (emergency number 911, crisis line 988).
import { answer, explainRedFlags, type Reply } from '../widget/engine/index.ts';
import { parseConfig } from '../widget/config.ts';
import { loadKnowledge, loadKnowledgeWith } from './lib/load-knowledge.ts';
import { parse, processIo, runIfMain, usage, type Io } from './lib/cli.ts';

const USAGE = 'npm run --silent ask -- "your question"   or   npm run --silent ask -- --jsonl < questions.txt   (with --knowledge clinic.json: a clinic\'s answers added)';
const FLAGS = {
  jsonl: { type: 'boolean' },
  explain: { type: 'boolean' },
  knowledge: { type: 'string', value: 'a clinic.json file or a folder of your answers' },
} as const;

function show(r: Reply | null): string {
  if (!r) return JSON.stringify({ kind: null, topic: null, id: null, score: 0, suggestions: [], text: '' });
  const { kind, topic, id, score, suggestions, text, level, rule } = r;
  return JSON.stringify({ kind, ...(level && { level, rule }), topic, id, score, suggestions, text });
}

export async function askCommand(argv: string[], io: Io = processIo): Promise<number> {
  const args = parse(argv, FLAGS, true);
  if ('error' in args) return usage(io, 'ask', args.error, USAGE);
  const { jsonl, explain } = args.values;
  const question = args.positionals.join(' ');
  if (jsonl && (question || explain)) return usage(io, 'ask', '--jsonl reads the questions from standard input, one a line', USAGE);
  if (!jsonl && !question) {
    if (explain) return usage(io, 'ask', '--explain needs a question', USAGE);
    io.err(`usage: ${USAGE}`);
    return 2;
  }

  const path = args.values.knowledge;
  const knowledge = path === undefined ? loadKnowledge(io) : loadKnowledgeWith(io, path, 'ask');
  if (!knowledge) return 1;
  const { config } = parseConfig({});
  if (jsonl) {
    for await (const line of io.lines()) io.out(show(answer(line, knowledge, config)));
    return 0;
  }
  io.out(show(answer(question, knowledge, config)));
  if (explain) for (const line of explainRedFlags(question, knowledge.redFlags)) io.out('  ' + line);
  return 0;
}

runIfMain(import.meta, askCommand);
