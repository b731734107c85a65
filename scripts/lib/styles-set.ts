// Issue 11's never-tuned sets (tests/eval/styles/): messages the way visitors really write
// (backstories, run-ons, two questions, typos, other languages, small talk) and multi-turn
// conversations. Written by a helper who read only the guide; figures only, never tuned on.
import { readJsonLines } from './jsonl.ts';
import type { Reply, ReplyKind, Topic } from '../../widget/engine/index.ts';

export const STYLES_FILE = new URL('../../tests/eval/styles/messages.jsonl', import.meta.url).pathname;
export const CONVERSATIONS_FILE = new URL('../../tests/eval/styles/conversations.jsonl', import.meta.url).pathname;

/**
 * What a reply should be. Besides the engine's reply kinds: `language` (a message in another
 * language: say the assistant answers in English only) and `other-entries` ("no" or "not
 * helpful" after an answer: offer the other close answers and the team).
 */
export interface Expected {
  kind: ReplyKind | 'language' | 'other-entries';
  topic?: Topic;
}

export interface StyleCase extends Expected {
  q: string;
  style: string;
  /** The second question of a two-question message. */
  also?: Expected;
}

export interface Conversation extends Expected {
  /** The visitor's messages in order; the label is for the reply to the last one. */
  turns: string[];
}

/** A reply as the scorer reads it; `also` is the reply to a second question, when there is one. */
export type Scored = Pick<Reply, 'kind' | 'topic'> & { also?: Pick<Reply, 'kind' | 'topic'> };

export const loadStyles = (file = STYLES_FILE) => readJsonLines<StyleCase>(file);
export const loadConversations = (file = CONVERSATIONS_FILE) => readJsonLines<Conversation>(file);

/** Whether a reply is what the label asks for. An out-of-scope question may go to the team either way. */
export function meets(reply: Scored | null | undefined, want: Expected): boolean {
  if (!reply) return false;
  if (want.kind === 'answer') return reply.kind === 'answer' && reply.topic === want.topic;
  if (want.kind === 'fallback') return reply.kind === 'fallback' || reply.kind === 'contact';
  return reply.kind === want.kind;
}

export interface StyleScore {
  total: number;
  right: number;
  byStyle: Record<string, { right: number; total: number }>;
  /** Two-question messages, and those whose second question got its own reply. */
  seconds: number;
  secondsAnswered: number;
  /** Questions the guide does not cover, and those answered with a guide answer anyway. */
  outOfScope: number;
  falseAnswers: number;
}

export function scoreStyles(cases: StyleCase[], ask: (q: string) => Scored | null): StyleScore {
  const s: StyleScore = {
    total: 0,
    right: 0,
    byStyle: {},
    seconds: 0,
    secondsAnswered: 0,
    outOfScope: 0,
    falseAnswers: 0,
  };
  for (const c of cases) {
    const reply = ask(c.q);
    const ok = meets(reply, c);
    const style = (s.byStyle[c.style] ??= { right: 0, total: 0 });
    s.total++;
    style.total++;
    if (ok) {
      s.right++;
      style.right++;
    }
    if (c.also) {
      s.seconds++;
      if (meets(reply?.also, c.also)) s.secondsAnswered++;
    }
    if (c.kind === 'fallback') {
      s.outOfScope++;
      if (reply?.kind === 'answer') s.falseAnswers++;
    }
  }
  return s;
}

/** Conversations: right when the reply to the last message, given the ones before, meets the label. */
export function scoreConversations(cases: Conversation[], ask: (turns: string[]) => Scored | null) {
  const right = cases.filter((c) => meets(ask(c.turns), c)).length;
  return { total: cases.length, right };
}
