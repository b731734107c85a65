// npm run eval [-- --misses] [-- --file tests/eval/questions.jsonl]:
// the engine against labelled questions, beside plain fuse.js, then the red-flag sets.
// --misses never lists the held-out set's lines or the blind red-flag set's: they stay blind
// (tests/eval/README.md).
import { answer } from '../widget/engine/answer.ts';
import { loadKnowledge } from './lib/load-knowledge.ts';
import { EVAL_FILE, evaluate, HOLDOUT_FILE, loadCases, pct, plainFuse, PROBE_FILE, type Metrics } from './lib/evaluate.ts';
import { checkRedFlags } from '../widget/engine/redflags/check.ts';
import { BLIND_SET, loadFlagCases, scoreFlags, TUNING_SETS, type FlagCase } from './lib/red-flag-sets.ts';

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
  // Red flags: the tuning sets (every line may be listed) and the set nobody tuned on (figures only).
  const check = (q: string) => checkRedFlags(q, knowledge.redFlags);
  const pct1 = (a: number, b: number) => `${pct(a, b).toFixed(1)}%`;
  const report = (label: string, files: string[], txtLevel?: FlagCase['level']) => {
    const s = scoreFlags(files.flatMap((f) => loadFlagCases(f, txtLevel)), check);
    const levels = Object.entries(s.byLevel).filter(([l]) => l !== 'urgent').map(([l, x]) => `${l} ${x.right}/${x.total}`).join(', ');
    console.log(`  ${label}`);
    if (s.redFlags) console.log(`    red flags caught ${s.caught}/${s.redFlags}, at the right level ${s.rightLevel}/${s.redFlags} (${pct1(s.rightLevel, s.redFlags)})${levels ? `: ${levels}` : ''}`);
    if (s.calm) console.log(`    false alarms ${s.falseAlarms}/${s.calm} (${pct1(s.falseAlarms, s.calm)})${s.info ? `; questions about the warning signs given them ${s.infoAnswered}/${s.info}` : ''}`);
    return s;
  };
  console.log('\nred flags (knowledge/red-flags.yaml), by set:');
  const tuning = [
    report('probes/urgent*.txt (tuning)', TUNING_SETS.emergencies),
    report('probes/calm*.txt (tuning)', TUNING_SETS.nearMisses, 'calm'),
    report('probes/levels*.jsonl (tuning)', TUNING_SETS.graded),
  ];
  report('blind/red-flags.jsonl (never tuned on)', [BLIND_SET]);
  if (args.includes('--misses')) {
    console.log('\nred-flag misses in the tuning sets (the blind set is never listed):');
    for (const m of tuning.flatMap((t) => t.misses)) console.log(`  ${m.expected.padEnd(10)} got ${m.got.padEnd(14)} ${m.q}`);
  }
}
