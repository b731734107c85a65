// Issue 15, item 4: the answers editor's logic without a browser. The page is driven in
// Chromium by tests/e2e/setup-answers.test.ts.
import { describe, expect, it } from 'vitest';
import { compileKnowledge } from '../../../knowledge/compile.ts';
import { compileClinic } from '../../../knowledge/clinic.ts';
import { compileEntry } from '../../../knowledge/entry.ts';
import { OWNER_TOPICS } from '../../../knowledge/clinic.ts';
import { answer } from '../../../widget/engine/answer.ts';
import { loadDrafts, newFact, ownerFiles, replacementOf, saveDrafts, toMarkdown, type Draft } from '../../../setup/answers/drafts.ts';
import { problemsOf } from '../../../setup/answers/problems.ts';
import { verdict } from '../../../setup/answers/explain.ts';

const { knowledge } = compileKnowledge();
const fact = (over: Partial<Draft> = {}): Draft => ({
  ...newFact([]),
  questions: 'How much does dry needling cost?\nWhat is the price of a session?',
  answer: 'A session is **$X**: made up.',
  ...over,
});

describe('a draft', () => {
  it('is written as an entry file the compiler reads back word for word, awkward questions included', () => {
    const d = fact({ questions: 'Price: how much?\n"Quoted" question #1\n  spaced  ', keywords: ['fee: one'] });
    const { entry, diagnostics } = compileEntry('prices.md', toMarkdown(d), OWNER_TOPICS);
    expect(diagnostics).toEqual([]);
    expect(entry).toMatchObject({ id: 'prices', topic: 'prices', questions: ['Price: how much?', '"Quoted" question #1', 'spaced'], keywords: ['fee: one'], md: d.answer });
  });

  it('starts as a fact of a topic the clinic has none of yet, with an unused name', () => {
    const first = newFact([]);
    expect(first).toMatchObject({ id: 'prices', topic: 'prices' });
    expect(newFact([first])).toMatchObject({ id: 'hours', topic: 'hours' });
  });

  it('that replaces a built-in answer keeps its id, topic and links', () => {
    const safe = knowledge.entries.find((e) => e.id === 'is-it-safe')!;
    expect(replacementOf(safe)).toMatchObject({ id: 'is-it-safe', topic: 'safety', related: safe.related, answer: safe.md });
  });

  it('gets the compiler\'s messages under the field they are about', () => {
    const d = fact({ questions: 'Only one?', answer: '# Heading\ntext' });
    const { diagnostics } = compileClinic(ownerFiles({ entries: [d], disabled: [] }), knowledge);
    const problems = problemsOf(d, diagnostics);
    expect(problems).toContainEqual({ field: 'Questions', message: 'give at least two phrasings under "questions"' });
    expect(problems.find((p) => p.message.startsWith('headings'))?.field).toBe('Answer');
  });
});

describe('the drafts in localStorage', () => {
  it('come back as they were saved', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const drafts = { entries: [fact()], disabled: ['aftercare'] };
    saveDrafts(storage, drafts);
    expect(loadDrafts(storage)).toEqual(drafts);
  });

  it('are none when storage is blocked or holds something else', () => {
    expect(loadDrafts({ getItem: () => { throw new Error('blocked'); } })).toEqual({ entries: [], disabled: [] });
    expect(loadDrafts({ getItem: () => '{"entries":[{"id":1}],"disabled":"x"}' })).toEqual({ entries: [], disabled: [] });
    expect(() => saveDrafts({ setItem: () => { throw new Error('full'); } }, { entries: [], disabled: [] })).not.toThrow();
  });
});

describe('"Try a question"', () => {
  const { knowledge: merged } = compileClinic(ownerFiles({ entries: [fact()], disabled: [] }), knowledge);
  const own = new Set(['prices']);
  const why = (q: string) => verdict(answer(q, merged!), merged!, own);

  it('names the clinic\'s own answer when it answers', () => {
    expect(why('How much does dry needling cost?')).toMatchObject({ source: 'yours', id: 'prices' });
  });

  it('names a built-in answer when the guide answers', () => {
    expect(why('is dry needling safe?')).toMatchObject({ source: 'built-in', id: 'is-it-safe' });
  });

  it('says a question left to the team needs a fact of its own', () => {
    expect(why('Do you take my insurance?').title).toMatch(/Our team can answer that/);
  });
});
