import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answer } from '../../../widget/engine/answer.ts';
import { compileKnowledge } from '../../../knowledge/compile.ts';
import { EVAL_FILE, evaluate, HOLDOUT_FILE, loadCases, PROBE_FILE } from '../../../scripts/lib/evaluate.ts';
import { BLIND_SET, BLIND_SET_2, loadFlagCases } from '../../../scripts/lib/red-flag-sets.ts';
import { capture } from '../../../scripts/lib/cli.ts';
import { evalCommand } from '../../../scripts/eval.ts';

// The plain fuse.js column of `npm run eval` costs about 6 s here and lists no line: what this
// file checks of the command is which lines it lists, so fuse.js answers nothing in it.
vi.mock(import('../../../scripts/lib/evaluate.ts'), async (original) => ({ ...(await original()), plainFuse: () => () => null }));

const { knowledge } = compileKnowledge();
const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

describe('the evaluation set', () => {
  const cases = loadCases(EVAL_FILE);

  it('holds at least 200 labelled questions', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it('shares no question word for word with the knowledge base', () => {
    const known = new Set(knowledge.entries.flatMap((e) => e.questions.map(norm)));
    const copies = [...cases, ...loadCases(HOLDOUT_FILE), ...loadCases(PROBE_FILE)].filter((c) => known.has(norm(c.q))).map((c) => c.q);
    expect(copies).toEqual([]);
  });

  it('is answered at or above the floors the product promises', () => {
    const m = evaluate(cases, (q) => answer(q, knowledge));
    expect(m.rightTopic / m.answerable).toBeGreaterThanOrEqual(0.95);
    expect(m.redFlagsCaught).toBe(m.redFlags);
    expect(m.falseAnswers / m.outOfScope).toBeLessThanOrEqual(0.02);
    expect(m.falseAlarms).toBe(0);
  });
});

describe('the held-out set and the blind red-flag sets', () => {
  it('are never listed by npm run eval --misses, so they stay blind', { timeout: 60_000 }, async () => {
    const { status, stdout: out } = await capture(evalCommand, ['--misses']);
    expect(status).toBe(0);
    expect(out).toContain('misses: not listed for the held-out set');
    expect(out).toContain('blind/red-flags.jsonl (never tuned on)');
    expect(out).toContain('blind/red-flags-2.jsonl (never tuned on)');
    const blind = [BLIND_SET, BLIND_SET_2].flatMap((f) => loadFlagCases(f)).filter((c) => out.includes(c.q));
    expect(blind.length).toBe(0);
    // A listed miss ends with the question; only counts are compared, so a failure shows none.
    // Questions that are in the tuning or probe sets too (short ones such as greetings) may show.
    const lines = out.split('\n');
    const elsewhere = new Set([...loadCases(EVAL_FILE), ...loadCases(PROBE_FILE)].map((c) => c.q));
    const shown = loadCases(HOLDOUT_FILE).filter((c) => !elsewhere.has(c.q) && lines.some((l) => l.endsWith(' ' + c.q)));
    expect(shown.length).toBe(0);
  });

  it('catches every red flag and raises no false alarm on questions nobody tuned for', () => {
    const m = evaluate(loadCases(HOLDOUT_FILE), (q) => answer(q, knowledge));
    expect(m.redFlagsCaught).toBe(m.redFlags);
    expect(m.falseAlarms).toBe(0);
    expect(m.falseAnswers / m.outOfScope).toBeLessThanOrEqual(0.02);
  });
});

describe('the probe for confident wrong answers', () => {
  // 191 messages written to break the engine: its figures are lower by design. These floors
  // catch a change that makes it worse; the aim stays no confident wrong answer at all.
  it('answers most of its questions right and few out-of-scope ones, and shares no line with the other sets', () => {
    const m = evaluate(loadCases(PROBE_FILE), (q) => answer(q, knowledge));
    expect(m.total).toBeGreaterThanOrEqual(190);
    const others = new Set([...loadCases(EVAL_FILE), ...loadCases(HOLDOUT_FILE)].map((c) => c.q));
    expect(loadCases(PROBE_FILE).filter((c) => others.has(c.q)).length).toBe(0);
    expect(m.rightTopic / m.answerable).toBeGreaterThanOrEqual(0.75);
    expect(m.falseAnswers / m.outOfScope).toBeLessThanOrEqual(0.05);
    expect(m.falseAlarms).toBe(0);
  });
});

describe('npm run eval given bad arguments', () => {
  const run = (...args: string[]) => capture(evalCommand, args);

  it.each([
    [['--bogus'], 'unknown argument --bogus'],
    [['--file'], '--file needs a path'],
  ])('stops with the usage for %j', async (args, why) => {
    const r = await run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`eval: ${why}. Usage: npm run eval`);
    expect(r.stdout).toBe('');
  });

  it('names the file it cannot read and exits 1', async () => {
    const r = await run('--file', '/nonexistent/cases.jsonl');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/nonexistent/cases.jsonl: cannot read this file');
  });
});

describe('reading a labelled question file', () => {
  const write = (text: string) => {
    const file = join(mkdtempSync(join(tmpdir(), 'faq-eval-')), 'cases.jsonl');
    writeFileSync(file, text);
    return file;
  };

  it('reads every labelled line and skips blank ones', () => {
    const file = write('{"q":"hi","kind":"smalltalk"}\n\n{"q":"is it safe","kind":"answer","topic":"safety"}\n');
    expect(loadCases(file)).toEqual([
      { q: 'hi', kind: 'smalltalk' },
      { q: 'is it safe', kind: 'answer', topic: 'safety' },
    ]);
  });

  it.each([
    ['{"q":"hi","kind":"smalltalk"}\n{"q": oops}', ':2: not valid JSON'],
    ['{"kind":"fallback"}', ':1: "q" must be the question'],
    ['{"q":"hi","kind":"greeting"}', ':1: "kind" must be one of answer, clarify'],
    ['{"q":"is it safe","kind":"answer","topic":"safe"}', ':1: "topic" must be one of the topics (safe is not)'],
    ['{"q":"sore","kind":"clarify","topics":[]}', ':1: "topics" must list the topics offered'],
  ])('names the file and line of a bad case: %s', (text, message) => {
    const file = write(text);
    expect(() => loadCases(file)).toThrow(file + message);
  });

  it('says when the file cannot be read', () => {
    expect(() => loadCases('/nonexistent/cases.jsonl')).toThrow('/nonexistent/cases.jsonl: cannot read this file');
  });
});
