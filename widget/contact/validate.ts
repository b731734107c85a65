import { COPY } from '../copy.ts';
import type { FieldErrors, LeadForm } from './types.ts';

/**
 * The fields cannot hold more (maxLength), so no message is needed for it. One limit for the
 * name, email and phone inputs, within what the receiver stores (receiver/lead-schema.ts).
 */
export const MAX_FIELD = 100;
export const MAX_MESSAGE = 2000;

/** Sentences shown under a field; in copy.ts with every other visitor-facing word. */
const MESSAGES = COPY.fields;

// local@domain.tld: no spaces, one @, at least one dot in the domain, a letter TLD of 2+.
const EMAIL = /^[^\s@]+@(?:[^\s@.]+\.)+[a-z]{2,}$/i;
const PHONE_CHARS = /^[\d+()\-. ]+$/;
const MIN_PHONE_DIGITS = 7;

/** Checks the form in the order it shows its fields; returns one message per invalid field (empty object = valid). */
export function validateForm(form: LeadForm): FieldErrors {
  const errors: FieldErrors = {};
  const name = form.name.trim();
  const email = form.email.trim();
  const phone = form.phone.trim();
  const message = form.message.trim();

  if (!name) errors.name = MESSAGES.nameMissing;

  if (!email && !phone) errors.email = MESSAGES.contactMissing;
  if (email && !EMAIL.test(email)) errors.email = MESSAGES.emailInvalid;
  if (phone && !(PHONE_CHARS.test(phone) && countDigits(phone) >= MIN_PHONE_DIGITS)) {
    errors.phone = MESSAGES.phoneInvalid;
  }

  if (!message) errors.message = MESSAGES.messageMissing;

  if (form.consent !== true) errors.consent = MESSAGES.consentMissing;
  return errors;
}

function countDigits(text: string): number {
  return text.replace(/\D/g, '').length;
}
