// Every sentence the engine says that is not a knowledge-base answer.
import type { Context } from './types.ts';
import type { SmallTalk } from './intents.ts';

export function urgentText(ctx: Context): string {
  const n = ctx.emergencyNumber || '911';
  return (
    `What you describe can be a sign of a medical emergency. Please call ${n} now or go to the nearest emergency department. ` +
    'Do not wait for a physiotherapy appointment or for an answer here.'
  );
}

export function contactText(ctx: Context): string {
  const who = ctx.clinicName ? `the team at ${ctx.clinicName}` : 'our team';
  return `Of course. Leave your details and a short message, and ${who} will get back to you.`;
}

export const TEAM_TEXT =
  "That's a question for our team: the guide I answer from doesn't cover it. Send them a message and they'll reply.";

export const UNCOVERED_TEXT =
  "I'm sorry, I don't have an answer to that. I only know what our guide on dry needling for sciatica covers. Our team can help: send them a message.";

export const CLARIFY_TEXT = 'I want to be sure I answer the right question. Did you mean one of these?';

export function smallTalkText(kind: SmallTalk, ctx: Context): string {
  const clinic = ctx.clinicName || 'the clinic';
  switch (kind) {
    case 'hello':
      return 'Hello! Ask me anything about dry needling for sciatica: safety, what a session is like, how many you may need.';
    case 'thanks':
      return "You're welcome. Is there anything else you'd like to know?";
    case 'bye':
      return 'Take care, and go gently on that back. Come back any time.';
    case 'who':
      return `I'm ${clinic}'s question assistant, not a person. I answer from our guide on dry needling for sciatica, and I can pass a message to our team.`;
  }
}
