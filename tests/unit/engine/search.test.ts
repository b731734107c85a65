// The index: entries scored against the terms of a message, and the veto on words that name
// something the guide does not cover. A small base of its own, so the figures do not move
// when the clinic's entries are rewritten.
import { describe, expect, it } from 'vitest';
import { buildIndex, queryTerms, rank, uncoveredSubjects } from '../../../widget/engine/search.ts';
import type { Entry, Knowledge, Topic } from '../../../widget/engine/types.ts';

const entry = (id: string, topic: Topic, questions: string[], keywords?: string[]): Entry => ({ id, topic, questions, related: [], md: 'An answer.', ...(keywords && { keywords }) });
const ENTRIES = [
  entry('safe', 'safety', ['Is dry needling safe?', 'What are the risks of needling?']),
  entry('hurt', 'does-it-hurt', ['Does dry needling hurt?']),
  entry('count', 'session-count', ['How many sessions will I need?']),
  entry('sleep', 'lifestyle', ['How should I sleep with sciatica?'], ['pillow between your knees']),
  entry('knee', 'how-it-helps', ['Can dry needling help knee pain?']),
];
// The index reads the entries (and realWords) only; the red-flag rules play no part in it.
const index = buildIndex({ entries: ENTRIES } as Knowledge);
const termsOf = (text: string) => queryTerms(index, text).terms;
const ranked = (text: string, focus?: Map<string, number>) => rank(index, termsOf(text), focus).map((r) => ({ id: ENTRIES[r.entry].id, score: r.score }));
const at = (id: string) => ENTRIES.findIndex((e) => e.id === id);

describe('rank', () => {
  it('puts the entry the visitor asked for first, then the others that share a term, best first', () => {
    const r = ranked('is needling safe?');
    expect(r.map((x) => x.id)).toEqual(['safe', 'hurt', 'knee']);
    expect(r.map((x) => x.score)).toEqual([...r.map((x) => x.score)].sort((a, b) => b - a));
  });

  it("scores 1 for a message made of exactly the terms of one of an entry's phrasings", () => {
    expect(ranked('is dry needling safe')[0]).toEqual({ id: 'safe', score: 1 });
    expect(ranked('risks of needling')[0]).toEqual({ id: 'safe', score: 1 });
  });

  it('ranks nothing for a message without terms, or with words no entry has', () => {
    expect(rank(index, [])).toEqual([]);
    expect(ranked('the')).toEqual([]);
    expect(ranked('zebra')).toEqual([]);
  });

  it('lets the question win over the backstory when the backstory is weighed down', () => {
    const both = ranked('needling hurt safe');
    expect(both.find((x) => x.id === 'safe')!.score).toBeCloseTo(both.find((x) => x.id === 'hurt')!.score);
    expect(ranked('needling hurt safe', new Map([['hurt', 0.2]]))[0]).toEqual({ id: 'safe', score: 1 });
    expect(ranked('needling hurt safe', new Map([['safe', 0.2]]))[0]).toEqual({ id: 'hurt', score: 1 });
  });

  it('counts a keyword for less than the same word asked as a question', () => {
    const small = buildIndex({ entries: [entry('asked', 'lifestyle', ['pillow']), entry('hinted', 'lifestyle', ['something else entirely'], ['pillow'])] } as Knowledge);
    const [first, second] = rank(small, ['pillow']);
    expect([first.entry, first.score]).toEqual([0, 1]);
    expect(second.entry).toBe(1);
    expect(second.score).toBeLessThan(1);
  });
});

describe('uncoveredSubjects', () => {
  it('names a word for something the guide does not cover that the entry does not mention', () => {
    expect(uncoveredSubjects(index, at('safe'), termsOf('can needling help my knee'))).toEqual(['knee']);
  });

  it('names none when the entry holds the word together with the rest of the question', () => {
    expect(uncoveredSubjects(index, at('knee'), termsOf('can needling help my knee'))).toEqual([]);
  });

  it('does not take a mention in passing for cover: the word must sit beside another the visitor used', () => {
    expect(uncoveredSubjects(index, at('sleep'), termsOf('needling for my knee while I sleep'))).toEqual(['knee']);
    expect(uncoveredSubjects(index, at('sleep'), termsOf('a pillow between my knees'))).toEqual([]);
  });

  it('leaves out words that are merely unknown, not on the list of things the guide does not cover', () => {
    expect(uncoveredSubjects(index, at('safe'), termsOf('is needling safe for zebras'))).toEqual([]);
  });
});
