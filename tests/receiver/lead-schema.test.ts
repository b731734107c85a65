// One lead schema for the form and the receiver (issue 14, "What failed" 4 and 5).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateForm } from '../../widget/contact/validate.ts';
import { fitLead, LIMITS, MAX_BODY_BYTES, MAX_TRANSCRIPT_BYTES, trimTranscript, utf8Bytes, validateLead, type TranscriptLine } from '../../receiver/lead-schema.ts';
import { validLead } from './helpers.ts';

const japanese = (n: number) => '日本語の質問です'.repeat(Math.ceil(n / 8)).slice(0, n);

describe('the lead schema', () => {
  it.each(['josé@example.com', 'sam@my_clinic.com'])('accepts %s, which the form accepts', (email) => {
    expect(validateForm({ name: 'Sam', email, phone: '', message: 'Hi', consent: true })).toEqual({});
    expect(validateLead(validLead({ email }))).toMatchObject({ ok: true });
  });

  it('accepts a phone number longer than 40 characters, which the form accepts', () => {
    const phone = '+44 (0) 20 7946 0958 - +44 (0) 7700 900 123 - 555 0100';
    expect(phone.length).toBeGreaterThan(40);
    expect(validateLead(validLead({ phone }))).toMatchObject({ ok: true, lead: { phone } });
  });

  it('stores whatever the form accepts (property test against widget/contact/validate.ts)', () => {
    const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
    const email = fc.oneof(fc.emailAddress(), text(40), fc.tuple(text(12), text(12)).map(([a, b]) => `${a}@${b}.com`)).filter((e) => e.length <= LIMITS.email);
    const phone = fc.oneof(fc.stringMatching(/^[\d+()\-. ]{7,100}$/), text(20));
    const form = fc.record({ name: text(LIMITS.name), email, phone, message: text(LIMITS.message), consent: fc.constant(true) });
    fc.assert(
      fc.property(form, (f) => {
        if (Object.keys(validateForm(f)).length) return; // the form refused it: nothing is sent
        const result = validateLead(validLead({ ...f, name: f.name.trim(), email: f.email.trim(), phone: f.phone.trim(), message: f.message.trim() }));
        expect(result).toMatchObject({ ok: true });
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses what a form never sends: no contact, no consent, an id unlike the Idempotency-Key', () => {
    expect(validateLead(validLead({ email: '', phone: '' }))).toMatchObject({ ok: false, errors: { email: expect.any(String) } });
    expect(validateLead(validLead({ consent: 'yes' }))).toMatchObject({ ok: false, errors: { consent: expect.any(String) } });
    expect(validateLead(validLead({ id: 'abcdefgh' }), 'ijklmnop')).toMatchObject({ ok: false, errors: { id: expect.any(String) } });
  });

  it('does not read fields a page put on Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.consent = true;
    try {
      const lead = validLead();
      delete lead.consent;
      expect(validateLead(lead)).toMatchObject({ ok: false, errors: { consent: expect.any(String) } });
    } finally {
      delete proto.consent;
    }
  });
});

describe('a transcript too large for the body', () => {
  const lines = (count: number, length: number): TranscriptLine[] =>
    Array.from({ length: count }, (_, i) => ({ from: i % 2 ? 'bot' : 'visitor', text: japanese(length), at: '2026-11-26T10:00:00.000Z' }));

  it('of 20 Japanese questions of 500 characters, with answers, is within the body limit (the old one was 32 KB)', () => {
    const bytes = utf8Bytes(JSON.stringify(validLead({ transcript: lines(40, 500) })));
    expect(bytes).toBeGreaterThan(32 * 1024);
    expect(bytes).toBeLessThanOrEqual(MAX_BODY_BYTES);
  });

  it('of 30 Japanese questions of 500 characters, with answers, fits the body limit once fitted', () => {
    const lead = validLead({ transcript: lines(60, 500) }) as Record<string, unknown> & { transcript: TranscriptLine[] };
    expect(utf8Bytes(JSON.stringify(lead))).toBeGreaterThan(MAX_BODY_BYTES);
    const fitted = fitLead(lead);
    expect(utf8Bytes(JSON.stringify(fitted))).toBeLessThanOrEqual(MAX_BODY_BYTES);
    expect(fitted.transcript.at(-1)).toEqual(lead.transcript.at(-1) as TranscriptLine);
  });

  it('is trimmed by UTF-8 bytes, not characters, keeping the newest lines', () => {
    const all = lines(60, 400); // 400 characters are 1,200 bytes each
    const kept = trimTranscript(all);
    expect(utf8Bytes(JSON.stringify(kept))).toBeLessThanOrEqual(MAX_TRANSCRIPT_BYTES);
    expect(utf8Bytes(JSON.stringify(kept))).toBeGreaterThan(MAX_TRANSCRIPT_BYTES - 1300);
    expect(kept).toEqual(all.slice(all.length - kept.length));
  });

  it('cuts a single line that is too long on its own at a character boundary', () => {
    const [line] = trimTranscript(lines(1, 4000), 600);
    expect(utf8Bytes(JSON.stringify([line]))).toBeLessThanOrEqual(600);
    expect(line.text.startsWith('…')).toBe(true);
    expect(line.text).not.toMatch(/\uFFFD/);
  });
});
