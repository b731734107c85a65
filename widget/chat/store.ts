// The conversation: what was said, whether the panel is open, what is being typed.
// Framework-free so the page API (FaqWidget.open/ask) and the UI share one truth, and
// kept in sessionStorage so it follows the visitor to the next page of the site.
import { answer, entryReply, type Knowledge, type Reply, type Suggestion } from '../engine/index.ts';
import { COPY } from '../copy.ts';
import type { Lead, LeadForm, TranscriptItem } from '../contact/types.ts';
import type { Config } from '../config.ts';
import type { Emitter } from '../events.ts';
import type { SafeStore } from '../storage.ts';
import type { BotMessage, ChatState, FormState, LeadNote, Message } from './types.ts';

export const CHAT_KEY = 'faq-widget:chat';
/** The most a visitor can type in one message. */
export const MAX_QUESTION = 500;

const EMPTY: LeadForm = { name: '', email: '', phone: '', message: '', consent: false };

export interface ChatDeps {
  config: Config;
  knowledge: () => Knowledge;
  session: SafeStore;
  events: Emitter;
  now?: () => number;
}

export type Chat = ReturnType<typeof createChat>;

export function createChat({ config, knowledge, session, events, now = Date.now }: ChatDeps) {
  const saved = session.read<Partial<ChatState>>(CHAT_KEY) ?? {};
  let state: ChatState = {
    open: saved.open ?? config.open,
    view: saved.view === 'contact' ? 'contact' : 'chat',
    messages: Array.isArray(saved.messages) ? saved.messages : [],
    text: typeof saved.text === 'string' ? saved.text : '',
    draft: { ...EMPTY, ...saved.draft },
  };
  let form: FormState = { errors: {}, status: '', busy: false };
  // One listener: the App. The page API reads the state when it needs it.
  let listener = () => {};
  let id = state.messages.reduce((m, x) => Math.max(m, x.id), 0);
  const notify = () => listener();
  const emit = events.emit;

  function set(patch: Partial<ChatState>) {
    state = { ...state, ...patch };
    session.write(CHAT_KEY, { ...state, messages: state.messages.slice(-60) });
    notify();
  }

  function push(m: Omit<BotMessage, 'id' | 'at' | 'from'> | { text: string; from: 'visitor' }) {
    set({
      messages: [...state.messages, { from: 'bot', ...m, id: ++id, at: new Date(now()).toISOString() } as Message],
    });
  }

  function reply(text: string, { kind, topic, id: entry, suggestions, related, text: said, level }: Reply) {
    push({ from: 'visitor', text });
    push({ kind, topic, entry: entry ?? undefined, suggestions, related, text: said, ...(level && { level }) });
    emit('question', { text, kind, topic });
    if (kind === 'fallback') emit('unanswered', { text });
    if (kind === 'urgent' && level) emit('urgent', { text, level });
    // Without an endpoint there is no form to open: the reply itself offers email and phone.
    if (kind === 'contact' && config.endpoint) contact('contact');
  }

  /** What the visitor asked last: it prefills the message to the clinic. */
  const asked = () => [...state.messages].reverse().find((m) => m.from === 'visitor')?.text ?? '';

  function contact(reason: 'fallback' | 'contact' | 'button') {
    form = { errors: {}, status: '', busy: false };
    set({
      view: 'contact',
      open: true,
      draft: { ...state.draft, message: state.draft.message || (reason !== 'button' ? asked() : '') },
    });
    emit('escalate', { reason });
  }

  return {
    get: () => state,
    asked,
    form: () => form,
    subscribe(l: () => void) {
      listener = l;
      return () => (listener = () => {});
    },
    setOpen(open: boolean) {
      if (open !== state.open) {
        set({ open });
        emit(open ? 'open' : 'close', {});
      }
    },
    type: (text: string) => set({ text: text.slice(0, MAX_QUESTION) }),
    /** Answers what the visitor typed; empty or whitespace-only input does nothing. */
    ask(raw: string) {
      const text = String(raw ?? '')
        .trim()
        .slice(0, MAX_QUESTION);
      const r = text && answer(text, knowledge(), config);
      if (r) reply(text, r);
    },
    /** The visitor picked a suggested question: answer with exactly that entry. */
    choose(s: Suggestion) {
      const { entries } = knowledge();
      const e = entries.find((x) => x.id === s.id);
      if (e) reply(s.question, entryReply(entries, e));
    },
    rate(id: number, helpful: boolean) {
      const m = state.messages.find((x) => x.id === id);
      if (m?.from !== 'bot' || m.helpful !== undefined) return;
      set({ messages: state.messages.map((x) => (x === m ? { ...m, helpful } : x)) });
      emit('feedback', { topic: m.topic ?? null, helpful });
    },
    contact,
    back: () => set({ view: 'chat' }),
    edit: (patch: Partial<LeadForm>) => set({ draft: { ...state.draft, ...patch } }),
    setForm(patch: Partial<FormState>) {
      form = { ...form, ...patch };
      notify();
    },
    /** Tells the visitor what happened to their message; a sent or queued lead empties the form. */
    note(note: LeadNote, text: string) {
      push({ kind: 'lead', note, text });
      if (note !== 'refused') set({ draft: EMPTY, view: 'chat' });
    },
    /** A queued message that will never arrive: say so, and put it back in the form unless another is being written. */
    lost({ name, email, phone, message }: Lead) {
      // Shown as a fallback is: with the contact form, the phone and the email.
      push({ kind: 'fallback', text: COPY.form.undelivered });
      if (!state.draft.message) set({ draft: { ...EMPTY, name, email, phone, message } });
    },
    transcript: (): TranscriptItem[] => state.messages.slice(-40).map(({ from, text, at }) => ({ from, text, at })),
    clear: () => set({ messages: [], view: 'chat' }),
    destroy: () => (listener = () => {}),
  };
}
