// "Try a question": what the chat would do with a question, and why, in the owner's words.
import type { Knowledge, Reply } from '../../widget/engine/index.ts';

export interface Verdict {
  /** What the visitor gets, in a few words. */
  title: string;
  /** Why, and what the owner can do about it. */
  detail: string;
  /** Which answer: `yours` (the clinic's), `built-in`, or none. */
  source?: 'yours' | 'built-in';
  id?: string;
}

const percent = (n: number) => `${Math.round(n * 100)}%`;

/** `own` are the ids of the clinic's own answers (new facts and replacements). */
export function verdict(reply: Reply | null, knowledge: Knowledge, own: Set<string>): Verdict {
  if (!reply) return { title: 'Nothing to answer', detail: 'Type a question first.' };
  const label = (id: string) => `${own.has(id) ? 'your answer' : 'the built-in answer'} "${id}"`;
  switch (reply.kind) {
    case 'answer': {
      const id = reply.id!;
      const first = knowledge.entries.find((e) => e.id === id)?.questions[0] ?? '';
      return {
        title: `Answered by ${label(id)}`,
        detail: `It is closest to "${first}" and clearly ahead of every other answer (confidence ${percent(reply.score)}).`,
        source: own.has(id) ? 'yours' : 'built-in',
        id,
      };
    }
    case 'clarify':
      return {
        title: 'The chat asks "Did you mean…?"',
        detail: `Several answers are about as close: ${reply.suggestions.map((s) => `"${s.question}" (${label(s.id)})`).join(', ')}. To have one answer it, add this question to that answer's questions.`,
      };
    case 'fallback':
      return reply.reason === 'team'
        ? {
            title: 'Our team can answer that (the contact form)',
            detail: 'The guide leaves prices, hours, your address, insurance, booking and your team to you. Add a fact of that topic, with this question among its questions, to answer it.',
          }
        : {
            title: 'Not covered: the chat says so and offers the contact form',
            detail: 'No answer is close enough. If it should be answered, add the question to the answer it belongs to, or add a fact.',
          };
    case 'contact':
      return { title: 'The contact form', detail: 'The visitor asks to book or to talk to someone: the chat offers the contact form.' };
    case 'smalltalk':
      return { title: 'Small talk', detail: 'A greeting or a thank-you: the chat replies in kind.' };
    default:
      return {
        title: 'Emergency advice',
        detail: 'The message describes a red flag, or asks about warning signs: the chat sends the visitor to emergency care or a doctor, before any answer. Your answers cannot change this.',
      };
  }
}
