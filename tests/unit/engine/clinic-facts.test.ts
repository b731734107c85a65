// Issue 15, item 1: a clinic's own facts (prices, hours, ...) answer the questions the guide
// leaves to the team; without such a fact the team's honest fallback stays exactly as it was.
import { describe, expect, it } from 'vitest';
import { answer } from '../../../widget/engine/answer.ts';
import { CLINIC_TOPICS, isClinicTopic, TOPICS, type Entry, type Knowledge } from '../../../widget/engine/types.ts';
import { compileKnowledge } from '../../../knowledge/compile.ts';

const { knowledge } = compileKnowledge();

const PRICES: Entry = {
  id: 'prices',
  topic: 'prices',
  questions: ['How much does dry needling cost?', 'What is the price of a session?'],
  related: [],
  keywords: ['fee'],
  md: 'A session is **$X** (a made-up price).',
};

const withFacts = (...facts: Entry[]): Knowledge => ({ ...knowledge, entries: [...knowledge.entries, ...facts] });

describe('the clinic-fact topics', () => {
  it('are a list of their own, apart from the guide topics', () => {
    expect(CLINIC_TOPICS.filter((t) => (TOPICS as readonly string[]).includes(t))).toEqual([]);
  });

  it('are told apart from guide topics and near misses', () => {
    for (const t of CLINIC_TOPICS) expect(isClinicTopic(t)).toBe(true);
    for (const t of [...TOPICS, 'price', 'xprices', 'hours-x']) expect(isClinicTopic(t)).toBe(false);
  });

  it('never appear in the built-in knowledge: the guide invents no prices, hours or address', () => {
    const found = knowledge.entries.filter((e) => isClinicTopic(e.topic)).map((e) => e.id);
    expect(found).toEqual([]);
  });
});

describe('a question the guide leaves to the team', () => {
  it('is answered by the clinic\'s own entry when it has one', () => {
    const r = answer('How much does dry needling cost?', withFacts(PRICES));
    expect(r).toMatchObject({ kind: 'answer', id: 'prices', topic: 'prices' });
    expect(r?.text).toContain('$X');
  });

  it('still gets the team\'s honest fallback when the clinic has no entry for it', () => {
    const before = answer('How much does dry needling cost?', knowledge);
    expect(before).toMatchObject({ kind: 'fallback', reason: 'team' });
    const insurance = answer('Do you take my insurance?', withFacts(PRICES));
    expect(insurance).toMatchObject({ kind: 'fallback', reason: 'team' });
  });

  it('is not answered by a guide entry just because the clinic added facts', () => {
    const r = answer('How much does a session cost?', withFacts({ ...PRICES, topic: 'hours', id: 'hours', questions: ['When are you open?', 'What are your opening hours?'], md: 'Made-up hours.' }));
    expect(r).toMatchObject({ kind: 'fallback', reason: 'team' });
  });

  it('leaves the guide\'s own answers alone', () => {
    const r = answer('how much does it hurt', withFacts(PRICES));
    expect(r).toMatchObject({ kind: 'answer', topic: 'does-it-hurt' });
  });
});
