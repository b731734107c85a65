import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE, MAX_FIELD, validateForm } from '../../../widget/contact/validate.ts';
import { COPY } from '../../../widget/copy.ts';

const MESSAGES = COPY.fields;
import type { LeadForm } from '../../../widget/contact/types.ts';

const valid: LeadForm = {
  name: 'Ana Silva',
  email: 'ana@example.com',
  phone: '',
  message: 'Can dry needling help my sciatica?',
  consent: true,
};
const check = (patch: Partial<LeadForm>) => validateForm({ ...valid, ...patch });

describe('validateForm', () => {
  it('accepts a complete form with no errors', () => {
    expect(validateForm(valid)).toEqual({});
  });

  it('requires a name, ignoring surrounding spaces', () => {
    expect(check({ name: '' }).name).toBe(MESSAGES.nameMissing);
    expect(check({ name: '   ' }).name).toBe(MESSAGES.nameMissing);
  });

  it('accepts a name of MAX_FIELD characters, the most its field takes', () => {
    expect(check({ name: 'a'.repeat(MAX_FIELD) }).name).toBeUndefined();
  });

  it('asks for an email or a phone on the email field when both are empty', () => {
    const errors = check({ email: ' ', phone: '' });
    expect(errors.email).toBe(MESSAGES.contactMissing);
    expect(errors.email).toBe(MESSAGES.contactMissing);
    expect(errors.email).toMatch(/email or a phone number/);
    expect(errors.phone).toBeUndefined();
  });

  it('accepts a phone number alone', () => {
    expect(check({ email: '', phone: '+351 912 345 678' })).toEqual({});
  });

  it.each(['ana@example.com', 'a.b+tag@mail.clinic.co.uk', '  ana@example.pt  '])('accepts the email %s', (email) => {
    expect(check({ email }).email).toBeUndefined();
  });

  it.each(['ana', 'ana@', '@example.com', 'ana@example', 'ana@example.c', 'ana @example.com', 'ana@@example.com', 'ana@example..com'])(
    'refuses the email %s',
    (email) => {
      expect(check({ email }).email).toBe(MESSAGES.emailInvalid);
    },
  );

  it.each(['+351 912 345 678', '(212) 555-0100', '212.555.0100', '1234567'])('accepts the phone %s', (phone) => {
    expect(check({ phone }).phone).toBeUndefined();
  });

  it.each(['123456', '12-34-56', 'call me 1234567', '555 0100 ext. 2', '+44#1234567'])('refuses the phone %s', (phone) => {
    expect(check({ phone }).phone).toBe(MESSAGES.phoneInvalid);
  });

  it('checks a given phone even when an email is also given', () => {
    expect(check({ email: 'ana@example.com', phone: 'abc' }).phone).toBe(MESSAGES.phoneInvalid);
  });

  it('requires a message, ignoring surrounding spaces', () => {
    expect(check({ message: '' }).message).toBe(MESSAGES.messageMissing);
    expect(check({ message: ' \n ' }).message).toBe(MESSAGES.messageMissing);
  });

  it('accepts a message of MAX_MESSAGE (2,000) characters, the most its field takes', () => {
    expect(MAX_MESSAGE).toBe(2000);
    expect(check({ message: 'x'.repeat(MAX_MESSAGE) }).message).toBeUndefined();
  });

  it('requires consent', () => {
    expect(check({ consent: false }).consent).toBe(MESSAGES.consentMissing);
  });

  it('reports every invalid field at once', () => {
    const errors = validateForm({ name: '', email: '', phone: '', message: '', consent: false });
    expect(Object.keys(errors).sort()).toEqual(['consent', 'email', 'message', 'name']);
  });

  it('words every message as a sentence for a visitor', () => {
    for (const text of Object.values(MESSAGES)) expect(text).toMatch(/^[A-Z].*\.$/);
  });
});

describe('the order of the errors', () => {
  it('follows the order the form shows its fields, so focus goes to the first one to fix', () => {
    const errors = validateForm({ name: '', email: 'sam@', phone: '12', message: '', consent: false });
    expect(Object.keys(errors)).toEqual(['name', 'email', 'phone', 'message', 'consent']);
  });
});

describe('the form and the receiver agree on lengths', () => {
  it("lets no name, email or phone input hold more than the receiver stores", async () => {
    const { LIMITS } = await import('../../../receiver/lead-schema.ts');
    expect(MAX_FIELD).toBeLessThanOrEqual(Math.min(LIMITS.name, LIMITS.email, LIMITS.phone));
    expect(MAX_MESSAGE).toBeLessThanOrEqual(LIMITS.message);
  });
});
