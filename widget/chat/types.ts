import type { Level, ReplyKind, Suggestion, Topic } from '../engine/index.ts';
import type { FieldErrors, LeadForm } from '../contact/types.ts';

export interface VisitorMessage {
  id: number;
  from: 'visitor';
  at: string;
  text: string;
}

/** What happened to a lead, told in the conversation. */
export type LeadNote = 'sent' | 'queued' | 'refused';

export interface BotMessage {
  id: number;
  from: 'bot';
  at: string;
  /** The reply as plain text (what the transcript carries). */
  text: string;
  kind: ReplyKind | 'lead';
  /** The answered entry, rendered from the knowledge base's Markdown. */
  entry?: string;
  topic?: Topic | null;
  suggestions?: Suggestion[];
  related?: Suggestion[];
  /** How urgent, for `urgent` replies. */
  level?: Level;
  /** The visitor's answer to "Was this helpful?". */
  helpful?: boolean;
  note?: LeadNote;
}

export type Message = VisitorMessage | BotMessage;

export interface ChatState {
  open: boolean;
  view: 'chat' | 'contact';
  messages: Message[];
  /** What is typed in the composer. */
  text: string;
  /** The contact form as typed so far: survives errors and page changes. */
  draft: LeadForm;
}

/** Screen state that is not worth keeping across pages. */
export interface FormState {
  errors: FieldErrors;
  status: string;
  busy: boolean;
}
