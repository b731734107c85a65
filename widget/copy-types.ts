// The shape of the widget's words (widget/copy.ts): what each sentence is for, and what a
// sentence built from the visitor's situation needs. A translation implements the same type.
import type { Level } from './engine/index.ts';

/** What a reply about a red flag may say: the numbers to call, and whom it is about. */
export interface UrgentContext {
  emergencyNumber: string;
  /** A crisis line (988 by default where the emergency number is 911), or "" when none is set. */
  crisisLine: string;
  /** "your dad" when the message is about someone else, "" when about someone unnamed; undefined for the visitor. */
  someoneElse?: string;
}

export interface Copy {
  greeting: (clinicName: string) => string;
  /** The panel's title when the clinic gives no name. */
  title: string;
  urgent: Record<Level, (c: UrgentContext) => string>;
  /** The reply to a question about the warning signs themselves. */
  warningSigns: (c: UrgentContext) => string;
  contact: (clinicName: string) => string;
  /** Asking to book, where the clinic books online and has no booking answer of its own. */
  booking: string;
  uncovered: string;
  clarify: string;
  smallTalk: { hello: string; thanks: string; bye: string };
  /** Buttons under urgent replies. */
  call: (n: string) => string;
  callNow: (n: string) => string;
  text: (n: string) => string;
  emergencyCall: (n: string) => string;
  callIfWorse: (n: string) => string;
  panel: {
    open: string;
    close: string;
    conversation: string;
    you: string;
    clear: string;
    footer: string;
    ask: string;
    send: string;
    left: (n: number) => string;
    starters: string;
    related: string;
    didYouMean: string;
    helpful: string;
    yes: string;
    no: string;
    thanks: string;
    bookOnline: string;
  };
  reach: { form: string; email: string; directly: string };
  form: {
    title: string;
    intro: string;
    name: string;
    email: string;
    phone: string;
    message: string;
    consent: (clinicName: string) => string;
    send: string;
    sending: string;
    back: string;
    /** After a validation error, or a Send faster than a person types: look again and resend. */
    check: string;
    sent: string;
    queued: string;
    /**
     * A message that did not get through: refused at once (the form still shows it) or given
     * up later (put back in the form).
     */
    undelivered: string;
    /** Not delivered, and the device could not keep it to retry (storage full or blocked): it stays in the form. */
    unsaved: string;
  };
  /** Sentences shown under a field of the contact form. */
  fields: {
    nameMissing: string;
    contactMissing: string;
    emailInvalid: string;
    phoneInvalid: string;
    messageMissing: string;
    consentMissing: string;
  };
}
