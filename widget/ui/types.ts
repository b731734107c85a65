import type { Config } from '../config.ts';
import type { Chat } from '../chat/store.ts';
import type { Knowledge } from '../engine/types.ts';
import type { LeadForm, Outcome } from '../contact/types.ts';

/** Everything a component may need, handed down as one prop. */
export interface Widget {
  chat: Chat;
  config: Config;
  knowledge: () => Knowledge;
  /** Sends (or queues) a lead; absent when the clinic has no endpoint. */
  send?: (form: LeadForm, honeypot: string) => Promise<Outcome>;
  /** A mailto: link carrying the visitor's question, for clinics with an email but no endpoint. */
  mailto?: (text: string) => string;
}
