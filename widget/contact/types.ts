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

/** One line of the chat so the clinic sees what the visitor already asked. */
export interface TranscriptItem {
  from: 'visitor' | 'bot';
  text: string;
  /** ISO 8601 timestamp. */
  at: string;
}

/** The JSON body POSTed to the clinic's endpoint. */
export interface Lead {
  /** A UUID, or 32 random hex digits where the page is not HTTPS (see newId); also the
   * Idempotency-Key, identical on every retry. */
  id: string;
  name: string;
  email: string;
  phone: string;
  message: string;
  consent: true;
  transcript: TranscriptItem[];
  /** URL of the page the widget ran on. */
  page: string;
  /** ISO 8601 time the visitor pressed Send. */
  submittedAt: string;
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
