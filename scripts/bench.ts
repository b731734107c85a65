// npm run bench: how fast the engine answers, what the widget costs a page, and how big it is.
// Prints figures and never fails on them (exit 0): the unit tests assert what the engine answers,
// not how fast; the e2e long-task test holds the page to tasks under 50 ms.
//   (a) engine: time per question over tests/eval/questions.jsonl and index build time, on the
//       real base and on synthetic bases 10x and 100x its size; red-flag checking per message;
//       one 10,000-character message;
//   (b) page: the built widget in Chromium at 4x CPU throttling, from a DevTools trace;
//   (c) bundle: raw, gzip and brotli size of dist/faq-widget.js.
// npm run bench -- --write also puts what it printed into the README (<!-- performance:start/end -->).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { compileKnowledge } from '../knowledge/compile.ts';
import { slim } from '../knowledge/bundle.ts';
import { answer, checkRedFlags, prepare, type Entry, type Knowledge } from '../widget/engine/index.ts';
import { loadCases } from './lib/evaluate.ts';
import { loadFlagCases, TUNING_SETS } from './lib/red-flag-sets.ts';
import { launch, serve, WIDGET } from './lib/browser.ts';
import { SETTLE_MS, THROTTLE, traceLoad, type LoadFigures } from './lib/perf.ts';
import { README, replaceBetween } from './lib/figures.ts';

const ENGINE_RUNS = 7;
const PAGE_LOADS = 7;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const ms = (n: number) => (n < 1 ? n.toFixed(3) : n < 10 ? n.toFixed(2) : n.toFixed(1));
/** "median [min-max]" over the runs. */
const spread = (xs: number[]) => `${ms(median(xs))} [${ms(Math.min(...xs))}-${ms(Math.max(...xs))}]`;
const row = (cells: string[], widths: number[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');

/** Light, deterministic rewordings, so clones are near-duplicates rather than exact ones. */
function perturb(question: string, copy: number): string {
  const words = question.split(' ');
  const at = copy % Math.max(1, words.length - 1);
  if (copy % 4 === 0) return `so ${question}`;
  if (copy % 4 === 1) return `${question.replace(/\?$/, '')} please?`;
  if (copy % 4 === 2 && words.length > 2) [words[at], words[at + 1]] = [words[at + 1], words[at]];
  else return question.toLowerCase();
  return words.join(' ');
}

/** The base `factor` times over: clones get suffixed ids (and related ids), reworded questions, the same topics. */
function synthetic(k: Knowledge, factor: number): Knowledge {
  const entries: Entry[] = [];
  for (let copy = 0; copy < factor; copy++) {
    const id = (x: string) => (copy ? `${x}-x${copy}` : x);
    for (const e of k.entries) {
      // terms: undefined makes the engine derive the search terms from the reworded questions.
      entries.push({ ...e, terms: undefined, id: id(e.id), related: e.related.map(id), questions: copy ? e.questions.map((q) => perturb(q, copy)) : e.questions });
    }
  }
  return { entries, realWords: k.realWords, redFlags: k.redFlags };
}

function benchEngine(): void {
  const { knowledge, diagnostics } = compileKnowledge();
  if (diagnostics.length) console.log(`(the knowledge base has ${diagnostics.length} problems; figures may not mean much)`);
  const questions = loadCases().map((c) => c.q);
  const bases: [string, Knowledge][] = [
    ['1x', knowledge],
    ['1x shipped', slim(knowledge)],
    ['10x', synthetic(knowledge, 10)],
    ['100x', synthetic(knowledge, 100)],
  ];
  // Warm-up: JIT the engine once so the first size does not pay for it.
  for (const q of questions) answer(q, { ...knowledge });

  console.log(`\n(a) Engine: ${questions.length} questions from tests/eval/questions.jsonl, ${ENGINE_RUNS} runs; median [min-max] in ms`);
  console.log('    "1x shipped" is the slim base bundled into the widget (search terms precomputed).');
  const widths = [12, 8, 22, 22, 22];
  console.log(row(['base', 'entries', 'index build (prepare)', 'p50 per question', 'p95 per question'], widths));
  for (const [name, base] of bases) {
    const build: number[] = [];
    const p50: number[] = [];
    const p95: number[] = [];
    for (let run = 0; run < ENGINE_RUNS; run++) {
      const fresh = { ...base }; // a new object: prepare() caches one index per knowledge object
      let t = performance.now();
      prepare(fresh);
      build.push(performance.now() - t);
      const times = questions.map((q) => {
        t = performance.now();
        answer(q, fresh);
        return performance.now() - t;
      });
      p50.push(quantile(times, 0.5));
      p95.push(quantile(times, 0.95));
    }
    console.log(row([name, String(base.entries.length), spread(build), spread(p50), spread(p95)], widths));
  }
}

/** The longest message a visitor can paste (the composer takes 500 characters, the page API any): the unit tests hold its reply, this its time. */
function benchLongMessage(): void {
  const { knowledge } = compileKnowledge();
  const base = slim(knowledge);
  const long = 'My sciatica has been bad for months and my physio suggested needling. Is it safe for me? '.repeat(120).slice(0, 10_000);
  prepare(base);
  answer(long, base);
  const times = Array.from({ length: ENGINE_RUNS }, () => {
    const t = performance.now();
    answer(long, base);
    return performance.now() - t;
  });
  console.log(`\n(a3) A 10,000-character message on the shipped base, ${ENGINE_RUNS} runs: ${spread(times)} ms (median [min-max])`);
}

/** Red-flag checking alone, over every red-flag tuning message: the goal is under 0.5 ms each. */
function benchRedFlags(): void {
  const { knowledge } = compileKnowledge();
  const rules = slim(knowledge).redFlags;
  const messages = Object.values(TUNING_SETS).flat().flatMap((f) => loadFlagCases(f).map((c) => c.q));
  for (const q of messages) checkRedFlags(q, rules);
  const p50: number[] = [];
  const p95: number[] = [];
  const max: number[] = [];
  for (let run = 0; run < ENGINE_RUNS; run++) {
    const times = messages.map((q) => {
      const t = performance.now();
      checkRedFlags(q, rules);
      return performance.now() - t;
    });
    p50.push(quantile(times, 0.5));
    p95.push(quantile(times, 0.95));
    max.push(Math.max(...times));
  }
  console.log(`\n(a2) Red flags: ${messages.length} messages of the red-flag tuning sets, ${ENGINE_RUNS} runs; median [min-max] in ms`);
  console.log(`    p50 per message ${spread(p50)}, p95 ${spread(p95)}, slowest ${spread(max)}`);
}

async function benchPage(): Promise<void> {
  console.log(`\n(b) Page: tests/fixtures/hardening/plain.html with the built widget (the README's async snippet), Chromium at ${THROTTLE}x CPU throttling,`);
  console.log(`    ${PAGE_LOADS} loads after one warm-up; median [min-max] in ms (see scripts/lib/perf.ts for what is counted)`);
  if (!existsSync(WIDGET)) return console.log('    skipped: dist/faq-widget.js is missing (npm run build)');
  const [browser, server] = await Promise.all([launch(), serve()]);
  try {
    const url = `${server.url}/hardening/plain.html`;
    await traceLoad(browser, url);
    const runs: LoadFigures[] = [];
    for (let i = 0; i < PAGE_LOADS; i++) runs.push(await traceLoad(browser, url));
    const line = (label: string, key: keyof LoadFigures) => console.log(`    ${label.padEnd(64)} ${spread(runs.map((r) => r[key]))}`);
    line("widget's main-thread time before the load event", 'widgetBeforeLoadMs');
    line(`widget's main-thread time in the ${SETTLE_MS / 1000} s after load (index, outbox)`, 'widgetAfterLoadMs');
    line('longest task running widget code', 'longestWidgetTaskMs');
    line(`longest task of the page (navigation to load + ${SETTLE_MS / 1000} s)`, 'longestTaskMs');
    console.log(`    Chromium ${browser.version()}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

function benchBundle(): void {
  console.log('\n(c) Bundle: dist/faq-widget.js');
  if (!existsSync(WIDGET)) return console.log('    skipped: dist/faq-widget.js is missing (npm run build)');
  const file = readFileSync(WIDGET);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB (${n} bytes)`;
  console.log(`    raw ${kb(file.length)}, gzip -9 ${kb(gzipSync(file, { level: 9 }).length)}, brotli ${kb(brotliCompressSync(file).length)}`);
}

const printed: string[] = [];
const print = console.log;
// Everything printed is kept, to be written into the README with --write.
console.log = (...parts: unknown[]) => {
  printed.push(parts.join(' '));
  print(...parts);
};

console.log(`faq-widget bench on ${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
benchEngine();
benchRedFlags();
benchLongMessage();
try {
  await benchPage();
} catch (error) {
  console.log(`    skipped: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
}
benchBundle();

if (process.argv.includes('--write')) {
  const block = ['Written by `npm run bench -- --write` (timings vary from run to run; no test checks them):', '', '```', ...printed.map((l) => l.replace(/^\n/, '')), '```', ''];
  writeFileSync(README, replaceBetween(readFileSync(README, 'utf8'), 'performance', block.join('\n')));
  print('README.md: performance figures written');
}
