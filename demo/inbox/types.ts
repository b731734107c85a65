// The receiver stores what the widget sends: the same shapes, without the honeypot.
import type { Lead as Sent, TranscriptItem } from '../../widget/contact/types.ts';

/** One line of the chat as the widget recorded it. */
export type TranscriptLine = TranscriptItem;

/** A lead exactly as accepted from the widget, after validation. */
export type Lead = Omit<Sent, '_gotcha'>;

/** A lead as stored: the server adds only the time it was received. */
export interface StoredLead extends Lead {
  receivedAt: string;
}

export interface RateLimit {
  max: number;
  windowMs: number;
}
