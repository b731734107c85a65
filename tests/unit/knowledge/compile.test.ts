// The knowledge linter speaks to clinic owners: every problem as path:line: message.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileKnowledge, format } from '../../../knowledge/compile.ts';
import { TOPICS } from '../../../widget/engine/types.ts';
import { capture } from '../../../scripts/lib/cli.ts';
import { knowledgeCommand } from '../../../scripts/knowledge.ts';
import { askCommand } from '../../../scripts/ask.ts';

const entry = (id: string, topic: string, questions: string[], body = 'A short, kind answer.', extra = '') =>
  `---\nid: ${id}\ntopic: ${topic}\nquestions:\n${questions.map((q) => `  - ${q}`).join('\n')}\nrelated: []\n${extra}---\n${body}\n`;

/** A valid base: one entry per topic, each with two distinct questions. */
function validBase(): string {
  const dir = mkdtempSync(join(tmpdir(), 'faq-kb-'));
  TOPICS.forEach((t, i) => writeFileSync(join(dir, `${t}.md`), entry(t, t, [`Question about ${t.replace(/-/g, ' ')} number ${i}?`, `Tell me about ${t.replace(/-/g, ' ')}`])));
  return dir;
}

const messages = (dir: string) => compileKnowledge(dir).diagnostics.map(format);

describe('the knowledge compiler', () => {
  it('accepts a base with one entry per topic', () => {
    expect(messages(validBase())).toEqual([]);
  });

  it.each([
    ['an unknown field', (d: string) => writeFileSync(join(d, 'safety.md'), entry('safety', 'safety', ['Is it safe?', 'Any risk?'], 'Yes.', 'colour: red\n')), /safety\.md:8: unknown field "colour"/],
    ['a missing field', (d: string) => writeFileSync(join(d, 'safety.md'), '---\nid: safety\ntopic: safety\nrelated: []\n---\nYes.\n'), /safety\.md:1: missing field "questions"/],
    ['an unknown topic', (d: string) => writeFileSync(join(d, 'safety.md'), entry('safety', 'astrology', ['Is it safe?', 'Any risk?'])), /safety\.md:3: unknown topic "astrology"/],
    ['an id that is not the file name', (d: string) => writeFileSync(join(d, 'zz-copy.md'), entry('zz-other', 'safety', ['Is it safe?', 'Any risk?'])), /zz-copy\.md:2: id "zz-other" must match the file name \(zz-other\.md\)/],
    // Two files cannot share a name, so a copy under another name also gets the message above.
    ['a duplicate id', (d: string) => writeFileSync(join(d, 'zz-copy.md'), entry('safety', 'safety', ['Is it safe?', 'Any risk?'])), /zz-copy\.md:2: duplicate id "safety" \(also in [^)]*safety\.md\)/],
    ['a related id that does not exist', (d: string) => writeFileSync(join(d, 'safety.md'), entry('safety', 'safety', ['Is it safe?', 'Any risk?']).replace('related: []', 'related: [nowhere]')), /safety\.md:7: related id "nowhere" does not exist/],
    ['an empty answer', (d: string) => writeFileSync(join(d, 'safety.md'), entry('safety', 'safety', ['Is it safe?', 'Any risk?'], '')), /safety\.md:\d+: the answer is empty/],
    ['HTML in an answer', (d: string) => writeFileSync(join(d, 'safety.md'), entry('safety', 'safety', ['Is it safe?', 'Any risk?'], 'Yes.\n\n<script>alert(1)</script>')), /safety\.md:11: HTML is not allowed/],
    ['a heading in an answer', (d: string) => writeFileSync(join(d, 'safety.md'), entry('safety', 'safety', ['Is it safe?', 'Any risk?'], '# Safety\nYes.')), /safety\.md:9: headings are not allowed/],
    ['a javascript: link', (d: string) => writeFileSync(join(d, 'safety.md'), entry('safety', 'safety', ['Is it safe?', 'Any risk?'], 'See [this](javascript:alert(1)).')), /safety\.md:9: link "javascript:alert\(1/],
    ['a topic left without entries', (d: string) => writeFileSync(join(d, 'safety.md'), entry('safety', 'lifestyle', ['Is it safe?', 'Any risk?'])), /safety\.md:1: topic "safety" has no entry/],
  ])('reports %s with its file and line', (_, breakIt, expected) => {
    const dir = validBase();
    breakIt(dir);
    expect(messages(dir).join('\n')).toMatch(expected);
  });
});

describe('npm run knowledge', () => {
  const run = (args: string[]) => capture(knowledgeCommand, args);

  it('passes on the shipped knowledge base', async () => {
    const r = await run([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/knowledge base ok: \d+ entries, 14 topics/);
  });

  it('exits 1 and prints path:line: message for a broken base', async () => {
    const dir = validBase();
    writeFileSync(join(dir, 'safety.md'), entry('safety', 'astrology', ['Is it safe?', 'Any risk?']));
    const r = await run([dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/safety\.md:3: unknown topic "astrology"/);
  });

  it('flags two entries whose questions the engine confuses', async () => {
    const dir = validBase();
    writeFileSync(join(dir, 'zz-twin.md'), entry('zz-twin', 'lifestyle', ['Question about safety number 3?', 'Something else entirely about posture?']));
    const r = await run([dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\.md:\d+: question "Question about safety number 3\?" is confused/);
  });

  it('prints the compiled base as JSON with plain-text answers', async () => {
    const r = await run(['--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.entries.length).toBeGreaterThanOrEqual(14);
    for (const e of out.entries) {
      expect(Object.keys(e)).toEqual(expect.arrayContaining(['id', 'topic', 'questions', 'answer', 'md', 'related']));
      expect(e.answer).not.toMatch(/\*\*|\[.*\]\(/);
    }
  });
});

describe('npm run ask', () => {
  it('prints one JSON reply with the documented fields', async () => {
    const r = await capture(askCommand, ['is it safe?']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['kind', 'topic', 'id', 'score', 'suggestions', 'text']);
    expect(out).toMatchObject({ kind: 'answer', topic: 'safety' });
    expect(out.score).toBeGreaterThan(0);
    expect(out.score).toBeLessThanOrEqual(1);
  });

  it('answers one line of standard input per line with --jsonl', async () => {
    const r = await capture(askCommand, ['--jsonl'], { input: 'how much does a session cost\nhi\n' });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.kind)).toEqual(['fallback', 'smalltalk']);
  });
});

describe('lists in answers', () => {
  it('must be set apart from paragraphs by a blank line, so the widget shows them as lists', () => {
    const dir = validBase();
    writeFileSync(join(dir, 'safety.md'), entry('safety', 'safety', ['Is it safe?', 'Any risk?'], 'Mostly:\n- yes\n- really'));
    expect(messages(dir).join('\n')).toMatch(/safety\.md:10: leave a blank line between a list and a paragraph/);
  });
});
