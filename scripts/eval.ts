// npm run eval [-- --misses] [-- --file tests/eval/questions.jsonl] [-- --write]:
// --write rewrites the README's tables of these figures (between <!-- quality:start/end -->);
// the engine against labelled questions, beside plain fuse.js, then the red-flag sets.
// --misses never lists the held-out set's lines or the blind red-flag set's: they stay blind
// (tests/eval/README.md).
import { answer, checkRedFlags, type Knowledge } from '../widget/engine/index.ts';
import { loadKnowledge } from './lib/load-knowledge.ts';
import { EVAL_FILE, evaluate, HOLDOUT_FILE, loadCases, pct, plainFuse, PROBE_FILE, type Case, type Metrics } from './lib/evaluate.ts';
import { BLIND_SET, BLIND_SET_2, scoreFiles, TUNING_SETS, type FlagCase } from './lib/red-flag-sets.ts';
import { parse, processIo, runIfMain, usage, type Io } from './lib/cli.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { qualityFigures, README, replaceBetween } from './lib/figures.ts';
import { loadConversations, loadStyles, scoreConversations, scoreStyles } from './lib/styles-set.ts';
import { scoreDemoClinic } from './lib/clinic-set.ts';

const USAGE = 'npm run eval [-- --misses] [-- --file tests/eval/questions.jsonl] [-- --write]';
const FLAGS = {
  misses: { type: 'boolean' },
  file: { type: 'string', value: 'a path' },
  write: { type: 'boolean' },
} as const;

export async function evalCommand(argv: string[], io: Io = processIo): Promise<number> {
  const args = parse(argv, FLAGS);
  if ('error' in args) return usage(io, 'eval', args.error, USAGE);
  const { misses = false, file, write = false } = args.values;
  const sets: [string, Case[]][] = [];
  for (const path of file ? [file] : [EVAL_FILE, HOLDOUT_FILE, PROBE_FILE]) {
    try {
      sets.push([path, loadCases(path)]);
    } catch (error) {
      io.err((error as Error).message);
      return 1;
    }
  }
  const knowledge = loadKnowledge(io);
  if (!knowledge) return 1;

  for (const [path, cases] of sets) reportQuestions(io, knowledge, path, cases, misses);
  if (!file) reportStyles(io, knowledge);
  if (!file) reportClinic(io, knowledge);
  if (!file) reportRedFlags(io, knowledge, misses);
  if (write) {
    writeFileSync(README, replaceBetween(readFileSync(README, 'utf8'), 'quality', qualityFigures(knowledge)));
    io.out('\nREADME.md: answer-quality and red-flag tables written');
  }
  return 0;
}

/** One file of labelled questions: our figures beside plain fuse.js's, then our misses if asked. */
function reportQuestions(io: Io, knowledge: Knowledge, file: string, cases: Case[], misses: boolean): void {
  const ours = evaluate(cases, (q) => answer(q, knowledge));
  const fuse = evaluate(cases, plainFuse(knowledge));
  const row = (label: string, f: (m: Metrics) => string) => io.out(label.padEnd(40) + f(ours).padEnd(18) + f(fuse));
  io.out(`\n${cases.length} questions from ${file.replace(/^.*\/tests\//, 'tests/')}\n`);
  io.out(''.padEnd(40) + 'faq-widget'.padEnd(18) + 'plain fuse.js');
  row('answerable, right topic', (m) => `${pct(m.rightTopic, m.answerable).toFixed(1)}% (${m.rightTopic}/${m.answerable})`);
  row('answerable, asked "did you mean"', (m) => `${m.clarified}`);
  row('answerable, wrong topic', (m) => `${m.wrongTopic}`);
  row('answerable, said "I don\'t know"', (m) => `${m.missed}`);
  row('red flags caught', (m) => `${m.redFlagsCaught}/${m.redFlags}`);
  row('out of scope answered (false answers)', (m) => `${pct(m.falseAnswers, m.outOfScope).toFixed(1)}% (${m.falseAnswers}/${m.outOfScope})`);
  row('false urgent alarms', (m) => `${m.falseAlarms}`);
  row('small talk and contact recognised', (m) => `${m.rulesRight}/${m.rules}`);
  if (misses && file === HOLDOUT_FILE) io.out('\nmisses: not listed for the held-out set, so that nobody tunes on it');
  else if (misses) {
    io.out('\nmisses:');
    for (const x of ours.misses) io.out(`  ${x.expected.padEnd(30)} got ${x.got.padEnd(40)} ${x.q}`);
  }
}

/** Issue 11's never-tuned sets: figures only, never their lines (tests/eval/README.md). */
function reportStyles(io: Io, knowledge: Knowledge): void {
  const s = scoreStyles(loadStyles(), (q) => answer(q, knowledge));
  // The engine reads one message at a time for now: a follow-up is answered on its own.
  const c = scoreConversations(loadConversations(), (turns) => answer(turns[turns.length - 1], knowledge));
  const share = (a: number, b: number) => `${pct(a, b).toFixed(1)}% (${a}/${b})`;
  io.out('\nnever-tuned sets in the ways visitors write (tests/eval/styles/, figures only):');
  io.out(`  messages: right reply ${share(s.right, s.total)}`);
  io.out('    by style: ' + Object.entries(s.byStyle).map(([k, v]) => `${k} ${v.right}/${v.total}`).join(', '));
  io.out(`    second questions answered ${s.secondsAnswered}/${s.seconds}; out of scope answered anyway ${s.falseAnswers}/${s.outOfScope}`);
  io.out(`  conversations (reply to the last message in context): right ${share(c.right, c.total)}`);
}

/** Issue 15's never-tuned set on the demo clinic's own facts: figures only, never its lines. */
function reportClinic(io: Io, knowledge: Knowledge): void {
  const s = scoreDemoClinic(knowledge);
  io.out('\nnever-tuned set for a clinic\'s own facts (tests/eval/clinic/, on demo/clinic.json, figures only):');
  io.out(`  right reply ${pct(s.right, s.total).toFixed(1)}% (${s.right}/${s.total}); answered with the wrong entry ${s.wrongAnswers}`);
  io.out('    by label: ' + Object.entries(s.byLabel).map(([k, v]) => `${k} ${v.right}/${v.total}`).join(', '));
}

/** Red flags: the tuning sets (every line may be listed) and the set nobody tuned on (figures only). */
function reportRedFlags(io: Io, knowledge: Knowledge, misses: boolean): void {
  const check = (q: string) => checkRedFlags(q, knowledge.redFlags);
  const pct1 = (a: number, b: number) => `${pct(a, b).toFixed(1)}%`;
  const report = (label: string, files: string[], txtLevel?: FlagCase['level']) => {
    const s = scoreFiles(files, check, txtLevel);
    const levels = Object.entries(s.byLevel).filter(([l]) => l !== 'urgent').map(([l, x]) => `${l} ${x.right}/${x.total}`).join(', ');
    io.out(`  ${label}`);
    if (s.redFlags) io.out(`    red flags caught ${s.caught}/${s.redFlags}, at the right level ${s.rightLevel}/${s.redFlags} (${pct1(s.rightLevel, s.redFlags)})${levels ? `: ${levels}` : ''}`);
    if (s.calm) io.out(`    false alarms ${s.falseAlarms}/${s.calm} (${pct1(s.falseAlarms, s.calm)})${s.info ? `; questions about the warning signs given them ${s.infoAnswered}/${s.info}` : ''}`);
    return s;
  };
  io.out('\nred flags (knowledge/red-flags.yaml), by set:');
  const tuning = [
    report('probes/urgent*.txt (tuning)', TUNING_SETS.emergencies),
    report('probes/calm*.txt (tuning)', TUNING_SETS.nearMisses, 'calm'),
    report('probes/levels*.jsonl (tuning)', TUNING_SETS.graded),
  ];
  report('blind/red-flags.jsonl (never tuned on)', [BLIND_SET]);
  report('blind/red-flags-2.jsonl (never tuned on)', [BLIND_SET_2]);
  if (misses) {
    io.out('\nred-flag misses in the tuning sets (the blind sets are never listed):');
    for (const m of tuning.flatMap((t) => t.misses)) io.out(`  ${m.expected.padEnd(10)} got ${m.got.padEnd(14)} ${m.q}`);
  }
}

runIfMain(import.meta, evalCommand);
