// The one definition of a lead, shared by the receiver and (later) the widget: field rules,
// lengths and the body's byte budget. Pure TypeScript with no Node or DOM imports, so the
// browser bundle can import it; TextEncoder exists in both.

/** One line of the chat, so the clinic sees what the visitor already asked. */
export interface TranscriptLine {
  from: 'visitor' | 'bot';
  text: string;
  /** The visitor's clock, kept as given (ISO 8601 from the widget). */
  at: string;
}

/** A lead as accepted: what the widget sends, trimmed, without the honeypot. */
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

export type FieldName = keyof Lead;
export type FieldErrors = Partial<Record<FieldName, string>>;
export type Validation = { ok: true; lead: Lead } | { ok: false; errors: FieldErrors };

/** Lengths in UTF-16 code units, as an input's maxLength counts them. */
export const LIMITS = { name: 200, email: 320, phone: 100, message: 2000, page: 2000, lines: 200, lineText: 4000, at: 64 } as const;
/** The largest body the receiver reads. A lead that would be larger is fitted with `fitLead`. */
export const MAX_BODY_BYTES = 64 * 1024;
/** What the transcript may take of it, in UTF-8 bytes as JSON; the rest is room for the fields. */
export const MAX_TRANSCRIPT_BYTES = 40 * 1024;

// The form's own rules (widget/contact/validate.ts), so whatever the form accepts is stored:
// local@domain.tld with no spaces and a letter TLD. "josé@…" and "sam@my_clinic.com" pass.
export const EMAIL = /^[^\s@]+@(?:[^\s@.]+\.)+[a-z]{2,}$/i;
export const PHONE_CHARS = /^[\d+()\-. ]+$/;
export const MIN_PHONE_DIGITS = 7;
const ID = /^[A-Za-z0-9_-]{8,100}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

export function isEmail(value: string): boolean {
  return value.length <= LIMITS.email && EMAIL.test(value);
}

export function isPhone(value: string): boolean {
  return value.length <= LIMITS.phone && PHONE_CHARS.test(value) && value.replace(/\D/g, '').length >= MIN_PHONE_DIGITS;
}

/** UTF-8 size of a string, which is what a body limit counts. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Keeps the newest lines whose JSON fits in `maxBytes` of UTF-8; a single line too long on its
 * own keeps its end, cut on a character boundary. Japanese or Arabic text is 3 bytes a character,
 * so a character count would let it overflow.
 */
export function trimTranscript(lines: readonly TranscriptLine[], maxBytes = MAX_TRANSCRIPT_BYTES): TranscriptLine[] {
  const kept: TranscriptLine[] = [];
  let size = 2; // "[]"
  for (let i = lines.length - 1; i >= 0; i--) {
    const bytes = utf8Bytes(JSON.stringify(lines[i])) + (kept.length ? 1 : 0);
    if (size + bytes <= maxBytes) {
      kept.unshift(lines[i]);
      size += bytes;
      continue;
    }
    if (!kept.length) kept.unshift(cutLine(lines[i], maxBytes - size));
    break;
  }
  return kept;
}

function cutLine(line: TranscriptLine, budget: number): TranscriptLine {
  const chars = Array.from(line.text);
  let text = '';
  for (let i = chars.length - 1; i >= 0; i--) {
    const next = chars[i] + text;
    if (utf8Bytes(JSON.stringify({ ...line, text: '…' + next })) > budget) break;
    text = next;
  }
  return { ...line, text: '…' + text };
}

/** The lead with its transcript trimmed so the JSON body fits `maxBytes` (for the widget before sending). */
export function fitLead<T extends { transcript: TranscriptLine[] }>(lead: T, maxBytes = MAX_BODY_BYTES): T {
  const rest = utf8Bytes(JSON.stringify({ ...lead, transcript: [] })) - 2;
  return { ...lead, transcript: trimTranscript(lead.transcript, Math.max(2, maxBytes - rest)) };
}

/** Checks a parsed body; `idempotencyKey` is the header value, if one was sent. */
export function validateLead(body: Record<string, unknown>, idempotencyKey?: string): Validation {
  const errors: FieldErrors = {};
  const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(body, key) ? body[key] : undefined);
  const text = (key: string): string | undefined => {
    const value = own(key);
    if (value === undefined || value === null) return '';
    return typeof value === 'string' ? value.trim() : undefined;
  };

  const id = own('id');
  if (typeof id !== 'string' || !ID.test(id)) errors.id = 'Must be 8 to 100 letters, digits, "-" or "_".';
  else if (idempotencyKey !== undefined && idempotencyKey !== id) errors.id = 'Does not match the Idempotency-Key header.';

  const name = text('name');
  if (!name) errors.name = 'Please enter your name.';
  else if (name.length > LIMITS.name) errors.name = `Please keep your name under ${LIMITS.name} characters.`;

  const email = text('email');
  const phone = text('phone');
  if (email === undefined || (email && !isEmail(email))) errors.email = 'Please enter a valid email address.';
  if (phone === undefined || (phone && !isPhone(phone))) errors.phone = 'Please enter a valid phone number.';
  if (email === '' && phone === '') errors.email = errors.phone = 'Please enter an email address or a phone number.';

  const message = text('message');
  if (!message) errors.message = 'Please enter a message.';
  else if (message.length > LIMITS.message) errors.message = `Please keep your message under ${LIMITS.message} characters.`;

  if (own('consent') !== true) errors.consent = 'Please agree to be contacted about your enquiry.';

  const transcript = readTranscript(own('transcript'));
  if (!transcript) errors.transcript = `Must be a list of at most ${LIMITS.lines} chat lines.`;

  const page = text('page');
  if (page === undefined || page.length > LIMITS.page) errors.page = `Must be text of at most ${LIMITS.page} characters.`;

  const submittedAt = text('submittedAt');
  if (submittedAt === undefined || (submittedAt && !(ISO_TIME.test(submittedAt) && !Number.isNaN(Date.parse(submittedAt)))))
    errors.submittedAt = 'Must be an ISO 8601 time.';

  if (Object.keys(errors).length > 0 || typeof id !== 'string' || !transcript) return { ok: false, errors };
  return {
    ok: true,
    lead: {
      id,
      name: name ?? '',
      email: email ?? '',
      phone: phone ?? '',
      message: message ?? '',
      consent: true,
      transcript: trimTranscript(transcript),
      page: page ?? '',
      submittedAt: submittedAt ?? '',
    },
  };
}

function readTranscript(value: unknown): TranscriptLine[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > LIMITS.lines) return undefined;
  const lines: TranscriptLine[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) return undefined;
    const { from, text, at } = item as Record<string, unknown>;
    if (from !== 'visitor' && from !== 'bot') return undefined;
    if (typeof text !== 'string' || text.length > LIMITS.lineText) return undefined;
    if (typeof at !== 'string' || at.length > LIMITS.at) return undefined;
    // Only the known keys, so extra properties are never stored.
    lines.push({ from, text, at });
  }
  return lines;
}
