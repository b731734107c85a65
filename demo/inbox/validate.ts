import type { Lead, TranscriptLine } from './types.ts';

export type FieldErrors = Partial<Record<'id' | 'name' | 'email' | 'phone' | 'message' | 'consent' | 'transcript' | 'page' | 'submittedAt', string>>;

export type Validation = { ok: true; lead: Lead } | { ok: false; errors: FieldErrors };

export const LIMITS = { name: 200, message: 2000, transcriptLines: 200, transcriptText: 4000, page: 2000 } as const;

const ID = /^[A-Za-z0-9_-]{8,100}$/;
// Deliberately the common "local@domain.tld" shape rather than full RFC 5322: quoted local parts
// are valid but no clinic will email one, and a strict shape keeps junk out of mailto: links.
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,63}$/;
const PHONE = /^[0-9+().\s-]{7,40}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Checks a parsed request body; `idempotencyKey` is the header value, if one was sent. */
export function validateLead(body: Record<string, unknown>, idempotencyKey?: string): Validation {
  const errors: FieldErrors = {};
  const text = (key: string): string | undefined => {
    const value = body[key];
    if (value === undefined || value === null) return '';
    return typeof value === 'string' ? value.trim() : undefined;
  };

  const id = body.id;
  if (typeof id !== 'string' || !ID.test(id)) errors.id = 'Must be 8 to 100 letters, digits, "-" or "_".';
  else if (idempotencyKey !== undefined && idempotencyKey !== id) errors.id = 'Does not match the Idempotency-Key header.';

  const name = text('name');
  if (!name) errors.name = 'Please enter your name.';
  else if (name.length > LIMITS.name) errors.name = `Please keep your name under ${LIMITS.name} characters.`;

  const email = text('email');
  const phone = text('phone');
  if (email === undefined || (email && (email.length > 254 || !EMAIL.test(email)))) errors.email = 'Please enter a valid email address.';
  if (phone === undefined || (phone && !isPhone(phone))) errors.phone = 'Please enter a valid phone number.';
  if (email === '' && phone === '') {
    errors.email = 'Please enter an email address or a phone number.';
    errors.phone = errors.email;
  }

  const message = text('message');
  if (!message) errors.message = 'Please enter a message.';
  else if (message.length > LIMITS.message) errors.message = `Please keep your message under ${LIMITS.message} characters.`;

  if (body.consent !== true) errors.consent = 'Please agree to be contacted about your enquiry.';

  const transcript = readTranscript(body.transcript);
  if (!transcript) errors.transcript = `Must be a list of at most ${LIMITS.transcriptLines} chat lines.`;

  const page = text('page');
  if (page === undefined || page.length > LIMITS.page) errors.page = `Must be text of at most ${LIMITS.page} characters.`;

  const submittedAt = text('submittedAt');
  if (submittedAt === undefined || (submittedAt && !isIsoTime(submittedAt))) errors.submittedAt = 'Must be an ISO 8601 time.';

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
      transcript,
      page: page ?? '',
      submittedAt: submittedAt ?? '',
    },
  };
}

function isPhone(phone: string): boolean {
  return PHONE.test(phone) && phone.replace(/\D/g, '').length >= 7;
}

function isIsoTime(value: string): boolean {
  return ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

function readTranscript(value: unknown): TranscriptLine[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.length > LIMITS.transcriptLines) return undefined;
  const lines: TranscriptLine[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) return undefined;
    const { from, text, at } = item as Record<string, unknown>;
    if (from !== 'visitor' && from !== 'bot') return undefined;
    if (typeof text !== 'string' || text.length > LIMITS.transcriptText) return undefined;
    // `at` is the visitor's clock; we keep it as given but bound its size.
    if (typeof at !== 'string' || at.length > 64) return undefined;
    // Copy only the known keys so extra properties are never stored.
    lines.push({ from, text, at });
  }
  return lines;
}
