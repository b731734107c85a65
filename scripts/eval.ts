// npm run eval [-- --misses] [-- --file tests/eval/questions.jsonl]:
// the engine against labelled questions, beside plain fuse.js, then the red-flag probes.
// --misses never lists the held-out set's lines: it stays blind (tests/eval/README.md).
import { readFileSync } from 'node:fs';
import { answer } from '../widget/engine/answer.ts';
import { loadKnowledge } from './load-knowledge.ts';
import { EVAL_FILE, evaluate, HOLDOUT_FILE, loadCases, pct, plainFuse, PROBE_FILE, type Metrics } from './evaluate.ts';

const knowledge = loadKnowledge();
const args = process.argv.slice(2);
const at = args.indexOf('--file');
const unknown = args.filter((a, i) => a !== '--misses' && a !== '--file' && (at < 0 || i !== at + 1));
if ((at >= 0 && !args[at + 1]) || unknown.length) {
  console.error(`eval: ${unknown.length ? `unknown argument ${unknown[0]}` : '--file needs a path'}. Usage: npm run eval [-- --misses] [-- --file tests/eval/questions.jsonl]`);
  process.exit(2);
}
const files = at >= 0 ? [args[at + 1]] : [EVAL_FILE, HOLDOUT_FILE, PROBE_FILE];

for (const file of files) {
  let cases;
  try {
    cases = loadCases(file);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const ours = evaluate(cases, (q) => answer(q, knowledge));
  const fuse = evaluate(cases, plainFuse(knowledge));
  const row = (label: string, f: (m: Metrics) => string) => console.log(label.padEnd(40) + f(ours).padEnd(18) + f(fuse));
  console.log(`\n${cases.length} questions from ${file.replace(/^.*\/tests\//, 'tests/')}\n`);
  console.log(''.padEnd(40) + 'faq-widget'.padEnd(18) + 'plain fuse.js');
  row('answerable, right topic', (m) => `${pct(m.rightTopic, m.answerable).toFixed(1)}% (${m.rightTopic}/${m.answerable})`);
  row('answerable, asked "did you mean"', (m) => `${m.clarified}`);
  row('answerable, wrong topic', (m) => `${m.wrongTopic}`);
  row('answerable, said "I don\'t know"', (m) => `${m.missed}`);
  row('red flags caught', (m) => `${m.redFlagsCaught}/${m.redFlags}`);
  row('out of scope answered (false answers)', (m) => `${pct(m.falseAnswers, m.outOfScope).toFixed(1)}% (${m.falseAnswers}/${m.outOfScope})`);
  row('false urgent alarms', (m) => `${m.falseAlarms}`);
  row('small talk and contact recognised', (m) => `${m.rulesRight}/${m.rules}`);
  if (args.includes('--misses') && file === HOLDOUT_FILE) console.log('\nmisses: not listed for the held-out set, so that nobody tunes on it');
  else if (args.includes('--misses')) {
    console.log('\nmisses:');
    for (const x of ours.misses) console.log(`  ${x.expected.padEnd(30)} got ${x.got.padEnd(40)} ${x.q}`);
  }
}

if (at < 0) {
  // One message a line; see tests/eval/README.md. The first two must stay perfect (npm test checks).
  const probes = new URL('../tests/eval/probes/', import.meta.url);
  const urgent = (name: string) => {
    const lines = readFileSync(new URL(name, probes), 'utf8').split('\n').filter((l) => l.trim());
    return `${lines.filter((q) => answer(q, knowledge)?.kind === 'urgent').length}/${lines.length}`;
  };
  console.log('\nred-flag probes (tests/eval/probes/), messages that got the emergency reply:');
  console.log(`  emergencies       urgent.txt ${urgent('urgent.txt').padEnd(9)} urgent-missed.txt ${urgent('urgent-missed.txt')}`);
  console.log(`  near misses       calm.txt   ${urgent('calm.txt').padEnd(9)} calm-alarmed.txt  ${urgent('calm-alarmed.txt')}`);
}
