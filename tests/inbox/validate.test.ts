import { describe, expect, it } from 'vitest';
import { validateLead } from '../../demo/inbox/validate.ts';
import { validLead } from './helpers.ts';

const errorsOf = (overrides: Record<string, unknown>, key?: string): string[] => {
  const result = validateLead(validLead(overrides), key);
  return result.ok ? [] : Object.keys(result.errors).sort();
};

describe('validateLead', () => {
  it('accepts the payload the widget sends and keeps only the known fields', () => {
    const result = validateLead(validLead({ ip: '10.0.0.1', transcript: [{ from: 'bot', text: 'hi', at: 'x', extra: 1 }] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.lead).not.toHaveProperty('ip');
    expect(result.lead).not.toHaveProperty('_gotcha');
    expect(result.lead.transcript).toEqual([{ from: 'bot', text: 'hi', at: 'x' }]);
  });

  it('accepts a lead with only a phone number', () => {
    expect(errorsOf({ email: '', phone: '+44 (20) 7946-0958' })).toEqual([]);
  });

  it.each(['123-45', '555 ABC 1234', '++++++++'])('rejects the phone number %j', (phone) => {
    expect(errorsOf({ email: '', phone })).toEqual(['phone']);
  });

  it.each(['sam', 'sam@', '@example.com', 'sam @example.com', 'sam@example', 'sam@exa mple.com'])('rejects the email %j', (email) => {
    expect(errorsOf({ email })).toEqual(['email']);
  });

  it.each(['short', 'has space in it', 'semi;colon1', 'x'.repeat(101), 42])('rejects the id %j', (id) => {
    expect(errorsOf({ id })).toEqual(['id']);
  });

  it('accepts a matching Idempotency-Key and a name of exactly 200 characters', () => {
    const lead = validLead({ name: 'n'.repeat(200) });
    expect(validateLead(lead, String(lead.id)).ok).toBe(true);
    expect(errorsOf({ name: 'n'.repeat(201) })).toEqual(['name']);
  });

  it('accepts a missing transcript, page and submittedAt', () => {
    expect(errorsOf({ transcript: undefined, page: undefined, submittedAt: undefined })).toEqual([]);
  });

  it.each([
    ['not a list', 'hello'],
    ['more than 200 lines', Array.from({ length: 201 }, () => ({ from: 'bot', text: 'x', at: 'y' }))],
    ['an unknown speaker', [{ from: 'admin', text: 'x', at: 'y' }]],
    ['a line over 4000 characters', [{ from: 'visitor', text: 'x'.repeat(4001), at: 'y' }]],
    ['a line without a time', [{ from: 'visitor', text: 'x' }]],
  ])('rejects a transcript with %s', (_label, transcript) => {
    expect(errorsOf({ transcript })).toEqual(['transcript']);
  });

  it('rejects a page over 2000 characters and a submittedAt that is not an ISO time', () => {
    expect(errorsOf({ page: 'p'.repeat(2001) })).toEqual(['page']);
    expect(errorsOf({ submittedAt: 'yesterday' })).toEqual(['submittedAt']);
    expect(errorsOf({ submittedAt: '2026-13-45T99:00:00Z' })).toEqual(['submittedAt']);
  });

  it('rejects consent that is merely truthy', () => {
    expect(errorsOf({ consent: 'true' })).toEqual(['consent']);
    expect(errorsOf({ consent: 1 })).toEqual(['consent']);
  });

  it('rejects fields of the wrong type instead of throwing', () => {
    expect(errorsOf({ name: 5, email: ['a@b.co'], message: { text: 'hi' } })).toEqual(['email', 'message', 'name']);
  });
});
