import { describe, expect, it, vi } from 'vitest';
import { createChat, CHAT_KEY, MAX_QUESTION } from '../../../widget/chat/store.ts';
import { createEmitter } from '../../../widget/events.ts';
import { safeStore } from '../../../widget/storage.ts';
import { parseConfig } from '../../../widget/config.ts';
import { compileKnowledge } from '../../../knowledge/compile.ts';
import type { StorageLike } from '../../../widget/platform.ts';

const { knowledge } = compileKnowledge();

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const throwing: StorageLike = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

function rig(storage: StorageLike | null = memoryStorage(), dataset = {}) {
  const events = createEmitter();
  const seen: [string, unknown][] = [];
  for (const e of ['open', 'close', 'question', 'unanswered', 'urgent', 'feedback', 'escalate']) events.on(e, (p) => seen.push([e, p]));
  const chat = createChat({ config: parseConfig(dataset).config, knowledge: () => knowledge, session: safeStore(storage), events });
  return { chat, seen };
}

describe('the conversation store', () => {
  it('answers a question and reports it as a question event with its kind and topic', () => {
    const { chat, seen } = rig();
    chat.ask('  r needles safe  ');
    const [visitor, bot] = chat.get().messages;
    expect(visitor).toMatchObject({ from: 'visitor', text: 'r needles safe' });
    expect(bot).toMatchObject({ from: 'bot', kind: 'answer', topic: 'safety' });
    expect(seen).toEqual([['question', { text: 'r needles safe', kind: 'answer', topic: 'safety' }]]);
  });

  it('sends nothing for empty or whitespace-only input', () => {
    const { chat, seen } = rig();
    chat.ask('');
    chat.ask(' \n\t ');
    expect(chat.get().messages).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('cuts a question at the composer limit', () => {
    const { chat } = rig();
    chat.ask('is it safe? ' + 'x'.repeat(2000));
    expect(chat.get().messages[0].text).toHaveLength(MAX_QUESTION);
  });

  it('raises unanswered for a question the guide does not cover, and urgent for a red flag', () => {
    const { chat, seen } = rig();
    chat.ask('do you have parking?');
    chat.ask('i cant control my bladder since this morning');
    expect(seen.map(([e]) => e)).toEqual(['question', 'unanswered', 'question', 'urgent']);
    expect(seen[3][1]).toEqual({ text: 'i cant control my bladder since this morning', level: 'emergency' });
  });

  it('opens the contact form for a booking request, prefilled with what the visitor wrote', () => {
    const { chat, seen } = rig(undefined, { endpoint: '/api/leads' });
    chat.ask('can I book an appointment for next week?');
    expect(chat.get().view).toBe('contact');
    expect(chat.get().open).toBe(true);
    expect(chat.get().draft.message).toBe('can I book an appointment for next week?');
    expect(seen.at(-1)).toEqual(['escalate', { reason: 'contact' }]);
  });

  it('leaves a booking request in the chat when there is no form to open', () => {
    const { chat } = rig();
    chat.ask('can I book an appointment for next week?');
    expect(chat.get().view).toBe('chat');
    expect(chat.get().messages[1]).toMatchObject({ kind: 'contact' });
  });

  it('records feedback once per answer and reports the topic', () => {
    const { chat, seen } = rig();
    chat.ask('does it hurt?');
    const id = chat.get().messages[1].id;
    chat.rate(id, true);
    chat.rate(id, false);
    expect(seen.filter(([e]) => e === 'feedback')).toEqual([['feedback', { topic: 'does-it-hurt', helpful: true }]]);
  });

  it('answers a chosen suggestion with exactly that entry', () => {
    const { chat } = rig();
    const e = knowledge.entries.find((x) => x.topic === 'vs-acupuncture')!;
    chat.choose({ id: e.id, topic: e.topic, question: e.questions[0] });
    expect(chat.get().messages[1]).toMatchObject({ kind: 'answer', entry: e.id });
  });

  it('emits open and close only when the state changes', () => {
    const { chat, seen } = rig();
    chat.setOpen(true);
    chat.setOpen(true);
    chat.setOpen(false);
    expect(seen).toEqual([['open', {}], ['close', {}]]);
  });

  it('restores the conversation and open state on the next page of the same tab', () => {
    const storage = memoryStorage();
    const first = rig(storage).chat;
    first.setOpen(true);
    first.ask('how many sessions will i need');
    first.type('half-typed');
    const next = rig(storage).chat;
    expect(next.get().open).toBe(true);
    expect(next.get().messages.map((m) => m.text)).toEqual(first.get().messages.map((m) => m.text));
    expect(next.get().text).toBe('half-typed');
    expect(JSON.parse(storage.data.get(CHAT_KEY)!).messages).toHaveLength(2);
  });

  it('keeps working in memory when storage throws on every call', () => {
    const { chat } = rig(throwing);
    chat.setOpen(true);
    chat.ask('is it safe');
    expect(chat.get().messages).toHaveLength(2);
    expect(chat.get().open).toBe(true);
  });

  it('ignores corrupt saved state', () => {
    const storage = memoryStorage();
    storage.setItem(CHAT_KEY, '{not json');
    expect(rig(storage).chat.get().messages).toEqual([]);
    storage.setItem(CHAT_KEY, JSON.stringify({ messages: 'nope', open: true }));
    expect(rig(storage).chat.get()).toMatchObject({ messages: [], open: true });
  });

  it('clears the conversation on request', () => {
    const { chat } = rig();
    chat.ask('is it safe');
    chat.clear();
    expect(chat.get().messages).toEqual([]);
  });

  it('gives the transcript as from/text/at lines', () => {
    const { chat } = rig();
    chat.ask('does it hurt');
    const t = chat.transcript();
    expect(t.map((x) => x.from)).toEqual(['visitor', 'bot']);
    expect(t[0].text).toBe('does it hurt');
    expect(() => new Date(t[0].at).toISOString()).not.toThrow();
  });

  it('empties the form after a sent or queued lead, but keeps it after a refusal', () => {
    const { chat } = rig();
    chat.contact('button');
    chat.edit({ name: 'Sam', message: 'hello' });
    chat.note('refused', 'no');
    expect(chat.get().draft.name).toBe('Sam');
    chat.note('queued', 'later');
    expect(chat.get().draft.name).toBe('');
    expect(chat.get().view).toBe('chat');
    vi.restoreAllMocks();
  });
});
