import type { Config } from '../config.ts';
import type { Chat } from '../chat/store.ts';
import type { Knowledge } from '../engine/index.ts';
import type { ContactFlow } from '../chat/contact-flow.ts';

/** Everything a component may need, handed down as one prop. */
export interface Widget {
  chat: Chat;
  config: Config;
  knowledge: () => Knowledge;
  /** What the contact form's Send does; absent when the clinic has no endpoint. */
  contact?: ContactFlow;
  /** A mailto: link carrying the visitor's question, for clinics with an email but no endpoint. */
  mailto?: (text: string) => string;
}
