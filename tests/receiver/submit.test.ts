// POST /api/leads: the widget's contract, and the refusals it must be able to read.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLINIC, post, rawRequest, start, storedLeads, validLead, type Started } from './helpers.ts';

let server: Started;
beforeAll(async () => {
  server = await start();
});
afterAll(() => server.close());

describe('a lead from the widget', () => {
  it('is stored and answered 201 with its id, readable from the clinic origin', async () => {
    const lead = validLead();
    const res = await post(server.url, lead);
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe(CLINIC);
    expect(await res.json()).toEqual({ ok: true, id: lead.id });
    expect((await storedLeads(server.url)).find((l) => l.id === lead.id)).toMatchObject({ name: 'Sam Doe', handled: false });
  });

  it.each([['josé@example.com'], ['sam@my_clinic.com']])('with the email %s is stored (the form accepts it)', async (email) => {
    expect((await post(server.url, validLead({ email }))).status).toBe(201);
  });

  it('with a phone number over 40 characters is stored (the form accepts it)', async () => {
    expect((await post(server.url, validLead({ email: '', phone: '+44 (0) 20 7946 0958 or +44 (0) 7700 900 123 evenings'.replace(/[a-z]/g, '') }))).status).toBe(201);
  });

  it('with a Japanese transcript of 20 questions of 500 characters is stored, not refused with 413', async () => {
    const transcript = Array.from({ length: 40 }, (_, i) => ({ from: i % 2 ? 'bot' : 'visitor', text: '日本語の質問です'.repeat(63).slice(0, 500), at: '2026-11-26T10:00:00Z' }));
    const lead = validLead({ transcript });
    expect(new TextEncoder().encode(JSON.stringify(lead)).length).toBeGreaterThan(32 * 1024);
    expect((await post(server.url, lead)).status).toBe(201);
    const stored = (await storedLeads(server.url)).find((l) => l.id === lead.id);
    expect(stored?.transcript.at(-1)?.text).toBe(transcript.at(-1)?.text);
  });

  it('sent as charset=utf-16 is decoded as UTF-16, not UTF-8', async () => {
    const lead = validLead({ name: 'Zoë Ōkubo' });
    const text = JSON.stringify(lead);
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const res = await fetch(`${server.url}/api/leads`, { method: 'POST', headers: { 'Content-Type': 'application/json; charset=utf-16', Origin: CLINIC }, body });
    expect(res.status).toBe(201);
    expect((await storedLeads(server.url)).find((l) => l.id === lead.id)?.name).toBe('Zoë Ōkubo');
  });

  it('larger than the body limit is refused with 413 and CORS headers', async () => {
    const res = await post(server.url, validLead({ message: 'x'.repeat(70 * 1024) }));
    expect(res.status).toBe(413);
    expect(res.headers.get('access-control-allow-origin')).toBe(CLINIC);
  });

  it('with invalid fields gets 422 with a sentence per field', async () => {
    const res = await post(server.url, validLead({ email: 'not an email', consent: false }));
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ ok: false, errors: { email: expect.any(String), consent: expect.any(String) } });
  });

  it('from a bot that filled the honeypot is answered 200 and not stored', async () => {
    const lead = validLead({ _gotcha: 'http://spam.example' });
    expect((await post(server.url, lead)).status).toBe(200);
    expect((await storedLeads(server.url)).map((l) => l.id)).not.toContain(lead.id);
  });
});

describe('idempotency, as Stripe does it', () => {
  it('gives the original answer to the same key with the same body, and stores one row', async () => {
    const lead = validLead();
    const first = await post(server.url, lead);
    const again = await post(server.url, lead);
    expect(again.status).toBe(first.status);
    expect(await again.json()).toEqual({ ok: true, id: lead.id });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await storedLeads(server.url)).filter((l) => l.id === lead.id)).toHaveLength(1);
  });

  it('refuses the same key with a different body with 409 and a clear error, keeping the first body', async () => {
    const lead = validLead();
    await post(server.url, lead);
    const res = await post(server.url, { ...lead, message: 'Something else entirely' });
    expect(res.status).toBe(409);
    expect((await res.json()).error).toMatch(/already used for a different message/);
    expect((await storedLeads(server.url)).find((l) => l.id === lead.id)?.message).toBe(lead.message);
  });
});

describe('a wrong ALLOWED_ORIGINS', () => {
  it('lets the preflight through, so the widget gets to read the refusal', async () => {
    const res = await fetch(`${server.url}/api/leads`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://typo.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://typo.example');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/i);
  });

  it('refuses with 403 that carries CORS headers, stores nothing, and says in the log what to write', async () => {
    const lead = validLead();
    const res = await post(server.url, lead, { Origin: 'https://typo.example' });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://typo.example');
    expect(await res.json()).toMatchObject({ ok: false, error: 'origin not allowed' });
    expect((await storedLeads(server.url)).map((l) => l.id)).not.toContain(lead.id);
    expect(server.logs.join('\n')).toMatch(/https:\/\/typo\.example.*add it: ALLOWED_ORIGINS=https:\/\/www\.clinic\.example,https:\/\/typo\.example/);
  });
});

describe('a receiver reached by a name not in ALLOWED_HOSTS', () => {
  it('refuses the lead with 421 that the widget can read, saying what to add', async () => {
    const lead = validLead();
    const headers = { Host: 'leads.clinic.example', Origin: CLINIC, 'Content-Type': 'application/json', 'Idempotency-Key': String(lead.id) };
    const res = await rawRequest(server.url, '/api/leads', { method: 'POST', headers, body: JSON.stringify(lead) });
    expect(res.status).toBe(421);
    expect(res.headers['access-control-allow-origin']).toBe(CLINIC);
    expect(res.body).toMatch(/add it to ALLOWED_HOSTS/);
  });
});

describe('the database', () => {
  it('answers 503 with Retry-After once DB_MAX_MB is reached', async () => {
    const small = await start({ DB_MAX_MB: '1' });
    try {
      const big = 'x'.repeat(1900);
      let res: Response | undefined;
      for (let i = 0; i < 1000 && res?.status !== 503; i++) res = await post(small.url, validLead({ message: big }));
      expect(res?.status).toBe(503);
      expect(Number(res?.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(res?.headers.get('access-control-expose-headers')).toMatch(/Retry-After/i);
    } finally {
      await small.close();
    }
  });

  it('deleted while running answers 503, never 201, and says why in the log', async () => {
    const doomed = await start();
    try {
      expect((await post(doomed.url, validLead())).status).toBe(201);
      rmSync(doomed.receiver.store.path);
      const res = await post(doomed.url, validLead());
      expect(res.status).toBe(503);
      expect(doomed.logs.join('\n')).toMatch(/was deleted while the receiver was running/);
    } finally {
      await doomed.close();
    }
  });
});
