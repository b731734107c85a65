// The deterministic figures the documents quote, written between markers by the commands
// (`npm run eval -- --write` into README.md, `npm run size -- --write` into ARCHITECTURE.md)
// and checked by tests, so a document cannot drift from what the code does. Timing figures
// are not here: they vary from run to run, and `npm run bench` writes them.
import { gzipSync } from 'node:zlib';
import { runInNewContext } from 'node:vm';
import { answer, checkRedFlags, type Knowledge } from '../../widget/engine/index.ts';
import { EVAL_FILE, evaluate, HOLDOUT_FILE, loadCases, pct, plainFuse, PROBE_FILE, type Metrics } from './evaluate.ts';
import { BLIND_SET, BLIND_SET_2, scoreFiles, TUNING_SETS, type FlagScore } from './red-flag-sets.ts';
import { loadConversations, loadStyles, scoreConversations, scoreStyles } from './styles-set.ts';
import { scoreDemoClinic } from './clinic-set.ts';

export const README = new URL('../../README.md', import.meta.url).pathname;
export const ARCHITECTURE = new URL('../../ARCHITECTURE.md', import.meta.url).pathname;

/** The text between `<!-- name:start -->` and `<!-- name:end -->`, markers excluded. */
export function between(text: string, name: string): string {
  const start = `<!-- ${name}:start -->\n`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`no ${start.trim()} ... ${end} section`);
  return text.slice(from + start.length, to);
}

/** `text` with the section `name` replaced by `block`. */
export function replaceBetween(text: string, name: string, block: string): string {
  const old = between(text, name);
  const at = text.indexOf(`<!-- ${name}:start -->\n`) + `<!-- ${name}:start -->\n`.length;
  return text.slice(0, at) + block + text.slice(at + old.length);
}

const percent = (a: number, b: number) => `${pct(a, b).toFixed(1)}%`;

/** README's answer-quality and red-flag tables, from the labelled sets. */
export function qualityFigures(knowledge: Knowledge): string {
  const ask = (q: string) => answer(q, knowledge);
  const [tuning, holdout, probe] = [EVAL_FILE, HOLDOUT_FILE, PROBE_FILE].map((f) => evaluate(loadCases(f), ask));
  const fuse = evaluate(loadCases(EVAL_FILE), plainFuse(knowledge));
  const sets: Metrics[] = [tuning, holdout, probe, fuse];
  const row = (label: string, cell: (m: Metrics) => string) => `| ${label} | ${sets.map(cell).join(' | ')} |`;
  const flags = (files: string[], txtLevel?: 'calm') => scoreFiles(files, (q) => checkRedFlags(q, knowledge.redFlags), txtLevel);
  const emergencies = flags(TUNING_SETS.emergencies);
  const nearMisses = flags(TUNING_SETS.nearMisses, 'calm');
  const graded = flags(TUNING_SETS.graded);
  const blinds: [string, FlagScore][] = [
    ['blind set (never tuned on)', flags([BLIND_SET])],
    ['second blind set (never tuned on)', flags([BLIND_SET_2])],
  ];
  const levels = (s: FlagScore) =>
    Object.entries(s.byLevel)
      .map(([level, x]) => `${level} ${x.right}/${x.total}`)
      .join(', ');
  return [
    '| | tuning set | held-out set | wrong-answer probe | plain fuse.js (tuning set) |',
    '|---|---|---|---|---|',
    row('answerable questions, right topic', (m) => percent(m.rightTopic, m.answerable)),
    row('answerable, wrong topic', (m) => `${m.wrongTopic} of ${m.answerable}`),
    row('red flags caught', (m) => (m.redFlags ? `${m.redFlagsCaught}/${m.redFlags}` : '')),
    row('out-of-scope questions answered anyway', (m) => `${m.falseAnswers}/${m.outOfScope}`),
    row('false emergency alarms', (m) => `${m.falseAlarms}`),
    '',
    `Never tuned on, in the ways visitors write (tests/eval/styles/): ${styleLine(knowledge)}`,
    '',
    `Never tuned on, a clinic's own facts (tests/eval/clinic/, on the demo clinic's answers): ${clinicLine(knowledge)}`,
    '',
    '| red flags | caught | at the right level | false alarms on calm messages |',
    '|---|---|---|---|',
    `| tuning: urgent.txt, urgent-missed.txt | ${emergencies.caught}/${emergencies.redFlags} | | |`,
    `| tuning: calm.txt, calm-alarmed.txt | | | ${nearMisses.falseAlarms}/${nearMisses.calm} |`,
    `| tuning: levels*.jsonl (${TUNING_SETS.graded.length} sets) | ${graded.caught}/${graded.redFlags} | ` +
      `${percent(graded.rightLevel, graded.redFlags)} | ${graded.falseAlarms}/${graded.calm} |`,
    ...blinds.map(
      ([label, blind]) =>
        `| **${label}** | **${blind.caught}/${blind.redFlags}** | ` +
        `**${percent(blind.rightLevel, blind.redFlags)}** (${levels(blind)}) | ` +
        `**${blind.falseAlarms}/${blind.calm} (${percent(blind.falseAlarms, blind.calm)})** |`,
    ),
    '',
  ].join('\n');
}

/** One sentence of figures for issue 15's never-tuned set. */
function clinicLine(knowledge: Knowledge): string {
  const s = scoreDemoClinic(knowledge);
  const label = (name: string) => `${s.byLabel[name]?.right ?? 0} of ${s.byLabel[name]?.total ?? 0}`;
  return (
    `${percent(s.right, s.total)} of ${s.total} messages get the right reply ` +
    `(asking to book: ${label('book-request')}; answered with the wrong entry: ${s.wrongAnswers}).`
  );
}

/** One sentence of figures for issue 11's never-tuned sets. */
function styleLine(knowledge: Knowledge): string {
  const s = scoreStyles(loadStyles(), (q) => answer(q, knowledge));
  const c = scoreConversations(loadConversations(), (turns) => answer(turns[turns.length - 1], knowledge));
  return (
    `${percent(s.right, s.total)} of ${s.total} messages get the right reply ` +
    `(second questions answered: ${s.secondsAnswered} of ${s.seconds}; ` +
    `out-of-scope questions answered anyway: ${s.falseAnswers} of ${s.outOfScope}); ` +
    `${percent(c.right, c.total)} of ${c.total} conversations get the right reply to their last message.`
  );
}

/** The built file with its knowledge JSON changed by `edit`: to measure what a part costs. */
function withKnowledge(code: string, edit: (k: Record<string, unknown>) => void): string {
  const match = /JSON\.parse\('((?:[^'\\]|\\.)*)'/.exec(code);
  if (!match) throw new Error('the built file has no JSON.parse(\'...\') knowledge literal');
  const data = JSON.parse(runInNewContext(`'${match[1]}'`) as string) as Record<string, unknown>;
  edit(data);
  const literal = JSON.stringify(data).replace(/[\\']/g, (c) => `\\${c}`);
  return code.slice(0, match.index) + `JSON.parse('${literal}'` + code.slice(match.index + match[0].length);
}

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** ARCHITECTURE's byte table, from the built file: each share is what the file loses without that part. */
export function byteFigures(file: Buffer, budget: number): string {
  const code = file.toString('utf8');
  const total = gzip(file);
  const rules = total - gzip(withKnowledge(code, (k) => delete k.redFlags));
  const entries = total - gzip(withKnowledge(code, (k) => (k.entries = [])));
  const rest = total - rules - entries;
  return [
    `\`dist/faq-widget.js\` is ${kb(file.length)} raw, **${kb(total)} gzip** (${total.toLocaleString('en')} bytes at`,
    `level 9). The hard limit is ${kb(budget)} gzip (${budget.toLocaleString('en')} bytes), enforced by \`npm run size\``,
    'in `npm test`; every KB above 30 must buy something a visitor or owner can see. Each share',
    'below is what the file loses when that part is taken out (gzip level 9):',
    '',
    '| part | gzip | what it buys |',
    '|---|---|---|',
    `| red-flag rules (\`knowledge/red-flags.yaml\`, packed) | ${kb(rules)} | graded replies (emergency, ` +
      'crisis line, doctor) to red flags in the words visitors use, with ConText so denials, history and ' +
      'questions do not alarm: **the 10 KB above 30** |',
    `| knowledge base (answers and their search terms, slim form) | ${kb(entries)} | the guide's answers |`,
    `| code (\`widget/\`) | ${kb(rest)} | Preact (about 4.6), the answer engine, the red-flag engine, the ` +
      'page shell, the UI, lead delivery, styles |',
    '',
  ].join('\n');
}
