// Every sentence the engine says that is not a knowledge-base answer.
import type { Context } from './types.ts';
import type { SmallTalk } from './intents.ts';

export function urgentText(ctx: Context): string {
  const n = ctx.emergencyNumber || '911';
  return `What you describe can be a medical emergency. Please call ${n} now or go to the nearest emergency department. Do not wait for a physiotherapy appointment.`;
}

export function contactText(ctx: Context): string {
  const who = ctx.clinicName ? `the team at ${ctx.clinicName}` : 'our team';
  return `Of course: leave your details and a short message, and ${who} will reply.`;
}

/** Also the reply to what the guide leaves to the team on purpose (prices, hours...): the same offer fits both. */
export const UNCOVERED_TEXT = "Sorry, our guide doesn't cover that, but our team can answer it: send them a message.";

export const CLARIFY_TEXT = 'Did you mean one of these?';

export const SMALL_TALK_TEXT: Record<SmallTalk, string> = {
  hello: 'Hello! Ask me anything about dry needling for sciatica.',
  thanks: "You're welcome. Anything else you'd like to know?",
  bye: 'Take care, and go gently on that back.',
};
