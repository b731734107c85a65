import type { Lead as StoredLead, TranscriptLine } from '../../receiver/lead-schema.ts';

/** The contact form as the visitor filled it in. */
export interface LeadForm {
  name: string;
  email: string;
  phone: string;
  message: string;
  consent: boolean;
}

export type FieldName = 'name' | 'email' | 'phone' | 'message' | 'consent';

/** Field name -> a sentence the visitor can act on. Empty means valid. */
export type FieldErrors = Partial<Record<FieldName, string>>;

/** One line of the chat so the clinic sees what the visitor already asked (the shared lead schema's). */
export type TranscriptItem = TranscriptLine;

/**
 * The JSON body POSTed to the clinic's endpoint: the lead as the receiver defines it
 * (receiver/lead-schema.ts, types only, nothing shipped), plus the honeypot. Its `id` (32 random
 * hex digits, see newId) is also the Idempotency-Key, identical on every retry.
 */
export interface Lead extends StoredLead {
  /** Honeypot (Formspree's name): a human leaves it empty. */
  _gotcha: string;
}

export interface Outcome {
  /** `unsaved`: not delivered, and this device could not keep it to send later. */
  kind: 'sent' | 'queued' | 'refused' | 'unsaved';
  id: string;
  /** HTTP status; 0 when the network failed or the request timed out. */
  status: number;
}

export type LeadEvent = 'lead:sent' | 'lead:queued' | 'lead:failed';

/** What events carry: never personal details. */
export interface LeadEventPayload {
  id: string;
  status: number;
}
