// Every sentence a visitor can read that is not a knowledge-base answer, in one place: the
// engine's replies, the graded red-flag replies, and the panel's words. A translation is a
// second object of the same type. Owner-facing console messages live in errors.ts instead.
import type { Copy, UrgentContext } from './copy-types.ts';

export type { Copy, UrgentContext } from './copy-types.ts';

/** "you" or "them", and the opening that says whom it is about. */
const person = (c: UrgentContext) => {
  const self = c.someoneElse === undefined;
  const who = c.someoneElse || 'someone you know';
  return {
    self,
    who,
    you: self ? 'you' : 'they',
    your: self ? 'your' : 'their',
    if: self ? '' : `If this is happening to ${who}, `,
  };
};

/** The clinic's subject, named in the greeting and small talk. */
const SUBJECT = 'dry needling for sciatica';

export const EN: Copy = {
  greeting: (clinicName) => `Hi! Ask me about ${SUBJECT}${clinicName ? ` at ${clinicName}` : ''}.`,
  title: 'Questions about dry needling',
  urgent: {
    emergency: (c) => {
      const p = person(c);
      return [
        `${p.if || 'This '}${p.self ? 'can' : 'it can'} be a medical emergency.`,
        `Call ${c.emergencyNumber} now, or ${p.self ? 'go' : 'get them'} to the nearest emergency department.`,
        "Please don't wait for a physiotherapy appointment.",
      ].join(' ');
    },
    crisis: (c) => {
      const p = person(c);
      const opening = p.self
        ? "I'm really sorry you're going through this, and you don't have to face it alone."
        : `I'm sorry to hear ${p.who} is going through this, and that you are carrying it too.`;
      const danger = p.self
        ? `If you might act on these thoughts, or you are in danger, call ${c.emergencyNumber}.`
        : `If they are in danger now, or might act on these thoughts, call ${c.emergencyNumber}` +
          ' and stay with them if it is safe.';
      const line = p.self ? 'to talk to someone now' : 'for advice on how to help them';
      if (c.crisisLine)
        return `${opening} You can call or text ${c.crisisLine} any time, day or night, ${line}. ${danger}`;
      return p.self
        ? `${opening} Please call ${c.emergencyNumber} now and tell them how you are feeling,` +
            ' or ask someone you trust to stay with you.'
        : `${opening} ${danger}`;
    },
    doctor: (c) => {
      const p = person(c);
      return [
        `${p.if}${p.self ? 'Please see' : 'please get them seen by'} a doctor before any dry needling:`,
        `today if possible, or as soon as ${p.you} can get an appointment (a GP or an urgent care clinic).`,
        'It is not an ambulance emergency, but it needs checking first.',
        `If it gets much worse, or ${p.you} lose bladder or bowel control or ${p.your} legs get weak,`,
        `call ${c.emergencyNumber}.`,
      ].join(' ');
    },
  },
  warningSigns: (c) =>
    [
      `Call ${c.emergencyNumber} or go to the emergency department now for:` +
        ' loss of bladder or bowel control, or not being able to pee;' +
        ' numbness around the groin, genitals or back passage;' +
        ' legs getting weaker, a foot that drops, or symptoms in both legs;' +
        ' chest pain or trouble breathing; back pain after a serious accident or fall;' +
        ' and, in pregnancy, bleeding or severe tummy pain.',
      'See a doctor before any treatment for back pain with a fever or chills, after cancer,' +
        ' with weight loss you cannot explain, that wakes you at night and never eases,' +
        ' with a weakened immune system, or after a fall.',
      `If you are having thoughts of suicide or self-harm, ` +
        `${c.crisisLine ? `call or text ${c.crisisLine}` : `call ${c.emergencyNumber}`}.`,
    ].join('\n'),
  // These three promise no message: the buttons below them offer the ways the clinic set up
  // (the form, an email, the phone), and with none of them, `reach.directly` says so.
  contact: (clinicName) => `Of course: ${clinicName ? `the team at ${clinicName}` : 'our team'} will be glad to help.`,
  booking: 'You can book your appointment online.',
  uncovered: "Sorry, our guide doesn't cover that, but our team can answer it.",
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
  panel: {
    open: 'Open chat',
    close: 'Close chat',
    conversation: 'Conversation',
    you: 'You: ',
    clear: 'Clear conversation',
    footer: 'Answers come from our guide and are not medical advice.',
    ask: 'Type your question',
    send: 'Send',
    left: (n) => `${n} characters left`,
    starters: 'Suggested questions',
    related: 'Related questions',
    didYouMean: 'Did you mean',
    helpful: 'Was this helpful?',
    yes: 'Yes',
    no: 'No',
    thanks: 'Thanks for letting us know.',
    bookOnline: 'Book online',
  },
  reach: {
    form: 'Send a message to our team',
    email: 'Email your question to the clinic',
    directly: "Please use the clinic's contact details on this website.",
  },
  form: {
    title: 'Send a message to our team',
    intro: 'Leave an email or a phone number so we can reply.',
    name: 'Name',
    email: 'Email',
    phone: 'Phone',
    message: 'Message',
    consent: (clinicName) => `I agree that ${clinicName || 'the clinic'} may use these details to reply to me.`,
    send: 'Send',
    sending: 'Sending…',
    back: 'Back to chat',
    check: 'Please check your details, then press Send again.',
    sent: 'Thank you, your message was sent. Our team will reply soon.',
    queued: "We couldn't reach the clinic just now. Your message is saved, and we'll send it as soon as we can.",
    undelivered: 'Sorry, your message could not be delivered. It is still here: check it, or call or email the clinic.',
    unsaved:
      "We couldn't reach the clinic, and this device could not save your message to send later." +
      ' It is still here: please call or email the clinic, or press Send again in a while.',
  },
  fields: {
    nameMissing: 'Please tell us your name.',
    contactMissing: 'Add an email or a phone number so we can reply.',
    emailInvalid: 'Please check this email address (like name@example.com).',
    phoneInvalid: 'Please check this phone number: at least 7 digits.',
    messageMissing: 'Please write a short message.',
    consentMissing: 'Please tick the box so we may reply to you.',
  },
};

/** The words the widget uses. */
export const COPY: Copy = EN;
