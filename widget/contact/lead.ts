import type { Lead, LeadForm, TranscriptItem } from './types.ts';

/** A source of randomness; `window.crypto` fits. */
export interface RandomSource {
  getRandomValues(array: Uint8Array): Uint8Array;
}

/**
 * A fresh random id: 32 hex digits (128 bits). Not randomUUID: it exists only in secure
 * contexts (HTTPS), and clinic sites on plain HTTP still have getRandomValues.
 */
export function newId(random: RandomSource): string {
  return Array.from(random.getRandomValues(new Uint8Array(16)), (x) => x.toString(16).padStart(2, '0')).join('');
}

export interface BuildLeadInput {
  id: string;
  /** Already validated with `validateForm`. */
  form: LeadForm;
  /** Value of the hidden honeypot input. */
  honeypot: string;
  transcript: TranscriptItem[];
  page: string;
  /** Epoch milliseconds of the Send press. */
  now: number;
}

/** Builds the JSON body for the endpoint from a validated form, trimming every field. */
export function buildLead({ id, form, honeypot, transcript, page, now }: BuildLeadInput): Lead {
  return {
    id,
    name: form.name.trim(),
    email: form.email.trim(),
    phone: form.phone.trim(),
    message: form.message.trim(),
    consent: true,
    transcript,
    page,
    submittedAt: new Date(now).toISOString(),
    _gotcha: honeypot,
  };
}

/** A `mailto:` link carrying the visitor's question, for clinics with an email but no endpoint. */
export function mailtoHref(email: string, message: string): string {
  // '@' stays literal because some mail apps choke on %40. The clinic receives it: no need to name the clinic.
  const to = encodeURIComponent(email.trim()).replace(/%40/g, '@');
  return `mailto:${to}?subject=Question&body=${encodeURIComponent(message.trim())}`;
}
