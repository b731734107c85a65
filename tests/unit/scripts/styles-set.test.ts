import { describe, expect, it } from 'vitest';
import { loadConversations, loadStyles, meets, scoreConversations, scoreStyles, type StyleCase } from '../../../scripts/lib/styles-set.ts';

const answer = (topic: string) => ({ kind: 'answer' as const, topic: topic as never });

describe("scoring issue 11's never-tuned sets", () => {
  it('counts an answer right only on its topic, and lets an out-of-scope question go to the form or the team', () => {
    expect(meets(answer('safety'), { kind: 'answer', topic: 'safety' })).toBe(true);
    expect(meets(answer('side-effects'), { kind: 'answer', topic: 'safety' })).toBe(false);
    expect(meets({ kind: 'contact', topic: null }, { kind: 'fallback' })).toBe(true);
    expect(meets(answer('safety'), { kind: 'fallback' })).toBe(false);
    expect(meets({ kind: 'fallback', topic: null }, { kind: 'language' })).toBe(false);
    expect(meets(null, { kind: 'smalltalk' })).toBe(false);
  });

  it('scores second questions only from the reply\'s own "also", and counts out-of-scope questions answered anyway', () => {
    const cases: StyleCase[] = [
      { q: 'a', kind: 'answer', topic: 'safety', style: 'two-questions', also: { kind: 'answer', topic: 'does-it-hurt' } },
      { q: 'b', kind: 'fallback', style: 'out-of-scope' },
    ];
    const withoutAlso = scoreStyles(cases, (q) => (q === 'a' ? answer('safety') : answer('lifestyle')));
    expect(withoutAlso).toMatchObject({ total: 2, right: 1, seconds: 1, secondsAnswered: 0, outOfScope: 1, falseAnswers: 1 });
    const withAlso = scoreStyles(cases, () => ({ ...answer('safety'), also: answer('does-it-hurt') }));
    expect(withAlso.secondsAnswered).toBe(1);
    expect(withAlso.byStyle['two-questions']).toEqual({ right: 1, total: 1 });
  });

  it('reads both files: at least 250 messages and 60 conversations, each labelled', () => {
    const messages = loadStyles();
    const conversations = loadConversations();
    expect(messages.length).toBeGreaterThanOrEqual(250);
    expect(conversations.length).toBeGreaterThanOrEqual(60);
    for (const c of messages) expect(typeof c.q === 'string' && typeof c.kind === 'string' && typeof c.style === 'string').toBe(true);
    for (const c of conversations) expect(c.turns.length).toBeGreaterThanOrEqual(2);
    expect(scoreConversations(conversations, () => null).right).toBe(0);
  });
});
