// Issue 15, item 2: a clinic's folder of answers compiled into a clinic file, with the build's
// path:line: messages, by `npm run knowledge -- --build`; and `ask --knowledge` answering with it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileClinic } from '../../../knowledge/clinic.ts';
import { compileKnowledge, format } from '../../../knowledge/compile.ts';
import { capture } from '../../../scripts/lib/cli.ts';
import { knowledgeCommand } from '../../../scripts/knowledge.ts';
import { askCommand } from '../../../scripts/ask.ts';
import { CLINIC_FORMAT } from '../../../widget/answers/clinic.ts';
import { TOPIC_KEYWORDS } from '../../../knowledge/clinic-keywords.ts';
import { readOwnerFolder } from '../../../scripts/lib/owner-folder.ts';
import { answer, type ClinicTopic, type Entry, type Knowledge } from '../../../widget/engine/index.ts';
import { validateKnowledge } from '../../../widget/answers/validate.ts';
import { EVAL_FILE, loadCases } from '../../../scripts/lib/evaluate.ts';

const DEMO_FOLDER = new URL('../../../demo/clinic', import.meta.url).pathname;

const { knowledge } = compileKnowledge();

const entry = (id: string, topic: string, questions: string[], body = 'Made-up answer: **$X**.', related = '[]') =>
  `---\nid: ${id}\ntopic: ${topic}\nquestions:\n${questions.map((q) => `  - ${q}`).join('\n')}\nrelated: ${related}\n---\n${body}\n`;

const PRICES = entry('prices', 'prices', ['How much does dry needling cost?', 'What is the price of a session?']);

/** A folder holding these files. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'faq-clinic-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const messages = (files: Record<string, string>) =>
  compileClinic(
    Object.entries(files).map(([name, text]) => ({ path: `own/${name}`, text })),
    knowledge,
  ).diagnostics.map(format);

describe("compiling a clinic's answers", () => {
  it('makes a versioned clinic file of the entries and the switched-off built-in ids', () => {
    const { clinic, diagnostics } = compileClinic(
      [
        { path: 'own/prices.md', text: PRICES },
        { path: 'own/disabled.txt', text: '# not for us\naftercare\n' },
      ],
      knowledge,
    );
    expect(diagnostics).toEqual([]);
    expect(clinic).toEqual({
      format: CLINIC_FORMAT,
      version: 1,
      entries: [
        {
          id: 'prices',
          topic: 'prices',
          questions: ['How much does dry needling cost?', 'What is the price of a session?'],
          related: [],
          keywords: TOPIC_KEYWORDS.prices,
          md: 'Made-up answer: **$X**.',
        },
      ],
      disabled: ['aftercare'],
    });
  });

  it("adds its topic's words to a clinic fact's own keywords, once each, and none to a guide-topic entry", () => {
    const fee = entry('prices', 'prices', [
      'How much does dry needling cost?',
      'What is the price of a session?',
    ]).replace('related:', 'keywords: [fee, concession]\nrelated:');
    const safety = entry(
      'is-it-safe',
      'safety',
      ['Is dry needling safe?', 'Is needling dangerous?'],
      'Our own words on safety.',
    );
    const { clinic } = compileClinic(
      [
        { path: 'own/prices.md', text: fee },
        { path: 'own/is-it-safe.md', text: safety },
      ],
      knowledge,
    );
    const byId = Object.fromEntries(clinic.entries.map((e) => [e.id, e]));
    expect(byId.prices.keywords).toEqual(['fee', 'concession', ...TOPIC_KEYWORDS.prices.filter((k) => k !== 'fee')]);
    expect(byId['is-it-safe'].keywords).toBeUndefined();
  });

  it("changes no reply to the guide's questions of the tuning set by the words it adds to the demo clinic's facts", () => {
    const { clinic, diagnostics } = compileClinic(readOwnerFolder(DEMO_FOLDER), knowledge);
    expect(diagnostics).toEqual([]);
    const added = (e: Entry) => new Set(TOPIC_KEYWORDS[e.topic as ClinicTopic] ?? []);
    const without = {
      ...clinic,
      entries: clinic.entries.map((e) => ({ ...e, keywords: e.keywords?.filter((k) => !added(e).has(k)) })),
    };
    const [a, b] = [clinic, without].map((file) => validateKnowledge(file, knowledge) as Knowledge);
    const guide = loadCases(EVAL_FILE).filter((c) => c.kind === 'answer');
    // The same reply and entry; scores may move a little.
    const reply = (q: string, k: Knowledge) => {
      const r = answer(q, k);
      return `${r?.kind} ${r?.id}`;
    };
    const changed = guide.filter(({ q }) => reply(q, a) !== reply(q, b)).map((c) => c.q);
    expect(guide.length).toBeGreaterThan(100);
    expect(changed).toEqual([]);
  });

  it('accepts an entry that replaces a built-in one with the same id', () => {
    const own = entry(
      'is-it-safe',
      'safety',
      ['Is dry needling safe?', 'Is needling dangerous?'],
      'Our own words on safety.',
    );
    expect(messages({ 'is-it-safe.md': own })).toEqual([]);
  });

  it.each([
    [
      'an unknown topic',
      { 'prices.md': PRICES.replace('topic: prices', 'topic: parking') },
      /^own\/prices\.md:3: unknown topic "parking" \(one of: prices, hours, location, insurance, booking, staff, /,
    ],
    [
      'markup outside the subset',
      { 'prices.md': PRICES.replace('Made-up', '# Prices\nMade-up') },
      /^own\/prices\.md:9: headings are not allowed/,
    ],
    [
      'a related id that does not exist',
      { 'prices.md': PRICES.replace('related: []', 'related: [nowhere]') },
      /^own\/prices\.md:7: related id "nowhere" does not exist/,
    ],
    [
      'a related id of a switched-off answer',
      { 'prices.md': PRICES.replace('related: []', 'related: [aftercare]'), 'disabled.txt': 'aftercare' },
      /^own\/prices\.md:7: related id "aftercare" does not exist/,
    ],
    [
      'a switched-off id that is not built in',
      { 'disabled.txt': '\n\nno-such-answer' },
      /^own\/disabled\.txt:3: "no-such-answer" is not a built-in answer \(they are: aftercare, /,
    ],
    [
      'an answer both replaced and switched off',
      {
        'is-it-safe.md': entry('is-it-safe', 'safety', ['Is dry needling safe?', 'Is needling dangerous?']),
        'disabled.txt': 'is-it-safe',
      },
      /^own\/disabled\.txt:1: "is-it-safe" is switched off here and replaced by own\/is-it-safe\.md: keep one/,
    ],
    [
      'a question the engine sends elsewhere',
      { 'prices.md': entry('prices', 'prices', ['How much does dry needling cost?', 'Does dry needling hurt?']) },
      /^own\/prices\.md:6: question "Does dry needling hurt\?" is confused/,
    ],
    [
      "an entry that takes the guide's own questions",
      {
        'staff.md': entry('staff', 'staff', [
          'Who does the dry needling?',
          'Are your physiotherapists qualified in dry needling?',
        ]),
      },
      /^own\/staff\.md:4: the guide's question "[^"]+" \(built-in answer "is-it-safe"\) would now/,
    ],
  ])('reports %s with its file and line', (_, files, message) => {
    expect(messages(files)).toContainEqual(expect.stringMatching(message));
  });
});

describe('npm run knowledge -- --build', () => {
  it('writes the clinic file for a sound folder', async () => {
    const out = join(folder({}), 'clinic.json');
    const r = await capture(knowledgeCommand, ['--build', folder({ 'prices.md': PRICES }), '--out', out]);
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      format: CLINIC_FORMAT,
      version: 1,
      entries: [{ id: 'prices' }],
      disabled: [],
    });
  });

  it('lists every problem as path:line: message, exits 1 and writes nothing', async () => {
    const out = join(folder({}), 'clinic.json');
    const r = await capture(knowledgeCommand, [
      '--build',
      folder({ 'prices.md': PRICES.replace('topic: prices', 'topic: parking') }),
      '--out',
      out,
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/prices\.md:3: unknown topic "parking"/);
    expect(() => readFileSync(out)).toThrow();
  });

  it('refuses --out without --build', async () => {
    const r = await capture(knowledgeCommand, ['--out', 'x.json']);
    expect(r.status).toBe(2);
  });
});

describe('npm run ask -- --knowledge', () => {
  it("answers from the clinic's file and from its folder alike, and still from the guide", async () => {
    const dir = folder({ 'prices.md': PRICES });
    const file = join(folder({}), 'clinic.json');
    await capture(knowledgeCommand, ['--build', dir, '--out', file]);
    const input = 'How much does dry needling cost?\nis it safe?\n';
    const fromFile = await capture(askCommand, ['--knowledge', file, '--jsonl'], { input });
    const fromDir = await capture(askCommand, ['--knowledge', dir, '--jsonl'], { input });
    expect(fromFile.stdout).toBe(fromDir.stdout);
    const [price, safe] = fromFile.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(price).toMatchObject({ kind: 'answer', id: 'prices' });
    expect(safe).toMatchObject({ kind: 'answer', topic: 'safety' });
  });

  it('says why it would not use a file the widget refuses', async () => {
    const file = join(
      folder({ 'bad.json': JSON.stringify({ format: CLINIC_FORMAT, version: 9, entries: [], disabled: [] }) }),
      'bad.json',
    );
    const r = await capture(askCommand, ['--knowledge', file, 'hi']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/the widget would refuse this file \(not version 1\)/);
  });
});
