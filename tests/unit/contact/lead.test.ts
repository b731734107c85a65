import { describe, expect, it } from 'vitest';
import { webcrypto } from 'node:crypto';
import { buildLead, mailtoHref, newId } from '../../../widget/contact/lead.ts';


describe('newId', () => {
  it('builds 32 hex digits from getRandomValues, two per byte', () => {
    expect(newId({ getRandomValues: (a) => a.fill(0xab) })).toBe('ab'.repeat(16));
    expect(newId({ getRandomValues: (a) => a.fill(0) })).toBe('0'.repeat(32));
  });

  it('gives distinct ids from a real random source', () => {
    const ids = new Set([newId(webcrypto), newId(webcrypto), newId(webcrypto), newId(webcrypto)]);
    expect(ids.size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('buildLead', () => {
  it('builds the body with trimmed fields, consent true, an ISO time and the honeypot', () => {
    const transcript = [{ from: 'bot' as const, text: 'Hello', at: '2025-01-15T08:58:00.000Z' }];
    const lead = buildLead({
      id: 'abc',
      form: { name: ' Ana ', email: ' ana@example.com ', phone: ' 912 345 678 ', message: '\n Hi there \n', consent: true },
      honeypot: '',
      transcript,
      page: 'https://clinic.example/faq',
      now: Date.UTC(2025, 0, 15, 9, 0, 0),
    });
    expect(lead).toEqual({
      id: 'abc',
      name: 'Ana',
      email: 'ana@example.com',
      phone: '912 345 678',
      message: 'Hi there',
      consent: true,
      transcript,
      page: 'https://clinic.example/faq',
      submittedAt: '2025-01-15T09:00:00.000Z',
      _gotcha: '',
    });
  });

  it('passes a filled honeypot through so the receiver can discard the bot', () => {
    const form = { name: 'x', email: 'x@y.zz', phone: '', message: 'm', consent: true };
    const lead = buildLead({ id: 'i', form, honeypot: 'spam', transcript: [], page: '', now: 0 });
    expect(lead._gotcha).toBe('spam');
  });
});

describe('mailtoHref', () => {
  it('addresses the clinic and carries the question, encoded', () => {
    const href = mailtoHref('desk@clinic.example', ' Does it hurt?\nThanks & bye ');
    expect(href.startsWith('mailto:desk@clinic.example?subject=')).toBe(true);
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe('Question');
    expect(url.searchParams.get('body')).toBe('Does it hurt?\nThanks & bye');
    expect(href).not.toMatch(/[ &]bye/); // the visitor's '&' and spaces are escaped, not new parameters
  });
});
