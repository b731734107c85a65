// The answer engine as the widget uses it: one message in, one reply out.
import { describe, expect, it } from 'vitest';
import { answer, MAX_TEXT } from '../../../widget/engine/answer.ts';
import { MAX_QUESTION } from '../../../widget/chat/store.ts';
import { compileKnowledge } from '../../../knowledge/compile.ts';
import { slim } from '../../../knowledge/bundle.ts';
import { phrasings } from '../../../widget/engine/phrasings.ts';
import { EVAL_FILE, loadCases } from '../../../scripts/lib/evaluate.ts';

const { knowledge } = compileKnowledge();
const ask = (q: string) => answer(q, knowledge);

describe('answering', () => {
  it.each([
    ['r needles safe', 'safety'],
    ['pregnent ok?', 'who-should-avoid'],
    ['how much does it hurt lol', 'does-it-hurt'],
    ['is this just acupuncture', 'vs-acupuncture'],
    ['i take warfarin', 'who-should-avoid'],
  ])('answers "%s" from the %s topic', (q, topic) => {
    const r = ask(q);
    expect(r?.kind).toBe('answer');
    expect(r?.topic).toBe(topic);
  });

  it('leaves the price of a session to the team instead of counting sessions', () => {
    const r = ask('How much does a session cost?');
    expect(r?.kind).toBe('fallback');
    expect(r?.reason).toBe('team');
    expect(r?.topic).not.toBe('session-count');
  });

  it.each([
    'does my insurance cover dry needling',
    'is there parking near the clinic',
    'do i need a referral for needling',
    'how long is an appointment',
    'can my kids have dry needling',
  ])('leaves "%s" to the team', (q) => {
    expect(ask(q)?.reason).toBe('team');
  });

  it('offers two related questions with an answer', () => {
    const r = ask('does dry needling hurt?');
    expect(r?.kind).toBe('answer');
    expect(r?.related.length).toBeGreaterThanOrEqual(2);
    expect(r?.related.length).toBeLessThanOrEqual(3);
    expect(r?.related.map((s) => s.id)).not.toContain(r?.id);
  });

  it('asks "did you mean" with two or three suggestions from distinct topics when a word fits several', () => {
    const r = ask('session');
    expect(r?.kind).toBe('clarify');
    const topics = r?.suggestions.map((s) => s.topic) ?? [];
    expect(topics.length).toBeGreaterThanOrEqual(2);
    expect(topics.length).toBeLessThanOrEqual(3);
    expect(new Set(topics).size).toBe(topics.length);
  });

  it('says honestly when the guide does not cover something', () => {
    const r = ask('can dry needling fix my tennis elbow');
    expect(r?.kind).toBe('fallback');
    expect(r?.reason).toBe('uncovered');
  });
});

describe('rules before the search', () => {
  it.each(['can I book', 'call me back', "what's your email"])(
    'recognises "%s" as a request to contact the clinic',
    (q) => {
      expect(ask(q)?.kind).toBe('contact');
    },
  );

  it.each(['can I book', 'I want to book an appointment', 'I need to cancel my appointment'])(
    'answers "%s" with the booking page when the clinic has one, and as a contact request without',
    (q) => {
      expect(answer(q, knowledge, { bookingUrl: 'https://example.com/book' })?.kind).toBe('booking');
      expect(answer(q, knowledge, {})?.kind).toBe('contact');
    },
  );

  it('keeps asking for a person a contact request, booking page or not', () => {
    expect(answer('call me back', knowledge, { bookingUrl: 'https://example.com/book' })?.kind).toBe('contact');
  });

  it.each(['hi', 'thanks', 'bye', 'thanks for the info mate'])('recognises "%s" as small talk', (q) => {
    expect(ask(q)?.kind).toBe('smalltalk');
  });

  it('answers "are you a bot" honestly with the way to reach the team (its own reply did not fit the budget)', () => {
    expect(ask('are you a bot')).toMatchObject({ kind: 'fallback' });
  });

  it('names the configured emergency number in the urgent reply, and 911 by default', () => {
    const q = 'I lost control of my bladder';
    expect(answer(q, knowledge, { emergencyNumber: '112' })?.text).toContain('112');
    expect(ask(q)?.text).toContain('911');
  });
});

describe('awkward input', () => {
  it.each(['', '   ', '\n\t  \n'])('returns null for empty or blank input %j', (q) => {
    expect(ask(q)).toBeNull();
  });

  it.each([
    '<script>alert("x")</script> is it safe?',
    '**bold** [link](javascript:alert(1)) `code`',
    '😬😬😬 🪡💉 does it hurt? 👍🏽',
    'هل الإبر الجافة آمنة؟',
    'האם זה כואב?',
    'is it safe\u0000\u0007\u001b[31m\u202e?',
    'lone \ud800 surrogate \udfff here',
    '\ufeff\u200b\u200d',
  ])('never throws on %j', (q) => {
    expect(() => ask(q)).not.toThrow();
    const r = ask(q);
    if (r) expect(typeof r.text).toBe('string');
  });

  it('reads the first MAX_TEXT characters of a long message, a red flag among them included, and no more', () => {
    const story = 'My sciatica has been bad for months and my physio suggested needling. ';
    const flag = 'Since this morning I cannot control my bladder.';
    const upTo = (n: number) => story.repeat(Math.ceil(n / story.length)).slice(0, n);
    expect(MAX_TEXT).toBeGreaterThanOrEqual(4 * MAX_QUESTION);
    expect(ask(upTo(MAX_TEXT - flag.length - 1) + ' ' + flag)?.kind).toBe('urgent');
    expect(ask(upTo(MAX_TEXT) + ' ' + flag)?.kind).not.toBe('urgent');
  });

  // How fast it answers is measured by npm run bench, not asserted here: a busy machine is not a bug.
  it('answers a 10,000-character message from the entry its repeated question asks for', () => {
    const long = 'My sciatica has been bad for months and my physio suggested needling. Is it safe for me? '
      .repeat(120)
      .slice(0, 10000);
    expect(ask(long)).toMatchObject({ kind: 'answer', topic: 'safety' });
  });
});

describe('the bundled base', () => {
  const bundled = slim(knowledge);
  /** Each entry's phrasings as sets of terms: the bundle packs them in its own order. */
  const phrasingsOf = (k: typeof knowledge) =>
    k.entries.map((e) =>
      phrasings(e)
        .map((p) => `${p.keyword ? '~' : ''}${[...p.terms].sort().join(' ')}`)
        .sort(),
    );

  it('packs each entry into one string of question phrasings and at most one of keywords', () => {
    for (const e of bundled.entries) {
      expect(e.terms!.length).toBeLessThanOrEqual(2);
      expect(e.terms!.slice(1).every((t) => t.startsWith('~'))).toBe(true);
      expect(e.keywords).toBeUndefined();
    }
  });

  it('keeps every phrasing of the full base, each once', () => {
    expect(phrasingsOf(bundled)).toEqual(phrasingsOf(knowledge));
    for (const list of phrasingsOf(bundled)) expect(new Set(list).size).toBe(list.length);
  });

  it('replies exactly like the full base to every evaluation question when terms are precomputed', () => {
    expect(bundled.entries.every((e) => e.terms?.length)).toBe(true);
    // The bundle's short ids stand for the entries' and rules' own, in order; its terms come in
    // another order, so scores may differ in the last bits of a float.
    const fullId = new Map(bundled.entries.map((e, i) => [e.id, knowledge.entries[i].id]));
    const fullRule = new Map(bundled.redFlags.rules.map((r, i) => [r.id, knowledge.redFlags.rules[i].id]));
    const same = (k: string, v: unknown) => (k === 'score' ? Math.round((v as number) * 1e9) : v);
    const full = (k: string, v: unknown) =>
      k === 'id' && v !== null ? fullId.get(v as string) : k === 'rule' ? fullRule.get(v as string) : same(k, v);
    const unbundled = (q: string) => JSON.stringify(answer(q, bundled), full);
    const differ = loadCases(EVAL_FILE)
      .map((c) => c.q)
      .filter((q) => unbundled(q) !== JSON.stringify(answer(q, knowledge), same));
    expect(differ).toEqual([]);
  });

  it('ships each entry under its own id, which clinic files use, and keeps two related entries', () => {
    expect(bundled.entries.map((e) => e.id)).toEqual(knowledge.entries.map((e) => e.id));
    // The widget shows two follow-ups, so the bundle keeps the first two.
    bundled.entries.forEach((e, i) => expect(e.related).toEqual(knowledge.entries[i].related.slice(0, 2)));
  });
});
