/** One line of the chat as the widget recorded it. */
export interface TranscriptLine {
  from: 'visitor' | 'bot';
  text: string;
  at: string;
}

/** A lead exactly as accepted from the widget, after validation. */
export interface Lead {
  id: string;
  name: string;
  email: string;
  phone: string;
  message: string;
  consent: true;
  transcript: TranscriptLine[];
  page: string;
  submittedAt: string;
}

/** A lead as stored: the server adds only the time it was received. */
export interface StoredLead extends Lead {
  receivedAt: string;
}

export interface RateLimit {
  max: number;
  windowMs: number;
}
