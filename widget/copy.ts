// Every sentence a visitor can read that is not a knowledge-base answer, in one place.
// A translation is a second object of the same type. Owner-facing console messages live in
// errors.ts instead.
import type { Level } from './engine/redflags/types.ts';

/** What a reply about a red flag may say: the numbers to call, and whom it is about. */
export interface UrgentContext {
  emergencyNumber: string;
  /** A crisis line (988 by default where the emergency number is 911), or "" when none is set. */
  crisisLine: string;
  /** "your dad" when the message is about someone else, "" when about someone unnamed; undefined for the visitor. */
  someoneElse?: string;
}

export interface Copy {
  /** The clinic's subject, named in greetings and small talk. */
  subject: string;
  urgent: Record<Level, (c: UrgentContext) => string>;
  /** The reply to a question about the warning signs themselves. */
  warningSigns: (c: UrgentContext) => string;
  contact: (clinicName: string) => string;
  uncovered: string;
  clarify: string;
  smallTalk: { hello: string; thanks: string; bye: string };
  /** Buttons under urgent replies. */
  call: (n: string) => string;
  callNow: (n: string) => string;
  text: (n: string) => string;
  emergencyCall: (n: string) => string;
  callIfWorse: (n: string) => string;
}

/** "you" or "them", and the opening that says whom it is about. */
const person = (c: UrgentContext) => {
  const self = c.someoneElse === undefined;
  const who = c.someoneElse || 'someone you know';
  return { self, who, you: self ? 'you' : 'they', your: self ? 'your' : 'their', if: self ? '' : `If this is happening to ${who}, ` };
};

const SUBJECT = 'dry needling for sciatica';

export const EN: Copy = {
  subject: SUBJECT,
  urgent: {
    emergency: (c) => {
      const p = person(c);
      return `${p.if || 'This '}${p.self ? 'can' : 'it can'} be a medical emergency. Call ${c.emergencyNumber} now, or ${p.self ? 'go' : 'get them'} to the nearest emergency department. Please don't wait for a physiotherapy appointment.`;
    },
    crisis: (c) => {
      const p = person(c);
      const opening = p.self ? "I'm really sorry you're going through this, and you don't have to face it alone." : `I'm sorry to hear ${p.who} is going through this, and that you are carrying it too.`;
      const danger = p.self ? `If you might act on these thoughts, or you are in danger, call ${c.emergencyNumber}.` : `If they are in danger now, or might act on these thoughts, call ${c.emergencyNumber} and stay with them if it is safe.`;
      if (c.crisisLine) return `${opening} You can call or text ${c.crisisLine} any time, day or night, ${p.self ? 'to talk to someone now' : 'for advice on how to help them'}. ${danger}`;
      return p.self ? `${opening} Please call ${c.emergencyNumber} now and tell them how you are feeling, or ask someone you trust to stay with you.` : `${opening} ${danger}`;
    },
    doctor: (c) => {
      const p = person(c);
      return `${p.if}${p.self ? 'Please see' : 'please get them seen by'} a doctor before any dry needling: today if possible, or as soon as ${p.you} can get an appointment (a GP or an urgent care clinic). It is not an ambulance emergency, but it needs checking first. If it gets much worse, or ${p.you} lose bladder or bowel control or ${p.your} legs get weak, call ${c.emergencyNumber}.`;
    },
  },
  warningSigns: (c) =>
    [
      `Call ${c.emergencyNumber} or go to the emergency department now for: loss of bladder or bowel control, or not being able to pee; numbness around the groin, genitals or back passage; legs getting weaker, a foot that drops, or symptoms in both legs; chest pain or trouble breathing; back pain after a serious accident or fall; and, in pregnancy, bleeding or severe tummy pain.`,
      'See a doctor before any treatment for back pain with a fever or chills, after cancer, with weight loss you cannot explain, that wakes you at night and never eases, with a weakened immune system, or after a fall.',
      c.crisisLine
        ? `If you are having thoughts of suicide or self-harm, call or text ${c.crisisLine}.`
        : `If you are having thoughts of suicide or self-harm, call ${c.emergencyNumber}.`,
    ].join('\n'),
  contact: (clinicName) => `Of course: leave your details and a short message, and ${clinicName ? `the team at ${clinicName}` : 'our team'} will reply.`,
  uncovered: "Sorry, our guide doesn't cover that, but our team can answer it: send them a message.",
  clarify: 'Did you mean one of these?',
  smallTalk: {
    hello: `Hello! Ask me anything about ${SUBJECT}.`,
    thanks: "You're welcome. Anything else you'd like to know?",
    bye: 'Take care, and go gently on that back.',
  },
  call: (n) => `Call ${n}`,
  callNow: (n) => `Call ${n} now`,
  text: (n) => `Text ${n}`,
  emergencyCall: (n) => `Emergency: call ${n}`,
  callIfWorse: (n) => `If it gets worse, call ${n}`,
};

/** The words the widget uses. */
export const COPY: Copy = EN;
