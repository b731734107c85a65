import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../demo/server.ts';
import { newId, post, start, storedLeads, tempDir, validLead } from './helpers.ts';

const tmp = tempDir();
let server: RunningServer;

beforeAll(async () => {
  server = await start(tmp.dir);
});
afterAll(async () => {
  await server.close();
  tmp.remove();
});

async function errorsFor(lead: Record<string, unknown>, headers?: Record<string, string>): Promise<Record<string, string>> {
  const res = await post(server.url, lead, headers);
  expect(res.status).toBe(422);
  const body = (await res.json()) as { ok: boolean; errors: Record<string, string> };
  expect(body.ok).toBe(false);
  return body.errors;
}

async function isStored(id: unknown): Promise<boolean> {
  return (await storedLeads(server.url)).some((lead) => lead.id === id);
}

describe('POST /api/leads', () => {
  it('stores a valid lead with its transcript and answers 201', async () => {
    const lead = validLead();
    const res = await post(server.url, lead);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ ok: true, id: lead.id });

    const stored = (await storedLeads(server.url)).find((row) => row.id === lead.id);
    expect(stored).toMatchObject({ name: 'Sam Doe', email: 'sam@example.com', transcript: lead.transcript });
  });

  it('stores a repeated id once and answers 200 again', async () => {
    const lead = validLead();
    expect((await post(server.url, lead)).status).toBe(201);
    const again = await post(server.url, { ...lead, message: 'a retry must not overwrite the first copy' });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ok: true, id: lead.id, duplicate: true });

    const copies = (await storedLeads(server.url)).filter((row) => row.id === lead.id);
    expect(copies).toHaveLength(1);
  });

  it('answers 400 to malformed JSON', async () => {
    const res = await fetch(`${server.url}/api/leads`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"id": "abc' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ ok: false, error: 'malformed JSON' });
  });

  it('answers 400 when the JSON is not an object', async () => {
    const res = await fetch(`${server.url}/api/leads`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[1,2]' });
    expect(res.status).toBe(400);
  });

  it('answers 413 to a 33 KB body and stores nothing', async () => {
    const lead = validLead({ message: 'x'.repeat(33 * 1024) });
    const res = await post(server.url, lead);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ ok: false });
    expect(await isStored(lead.id)).toBe(false);
  });

  it('answers 413 to a chunked body without Content-Length once it passes the cap', async () => {
    const { hostname, port } = new URL(server.url);
    const status = await new Promise<number>((done, fail) => {
      const req = request({ host: hostname, port, path: '/api/leads', method: 'POST', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } }, (res) => {
        res.resume();
        done(res.statusCode ?? 0);
      });
      req.on('error', fail);
      for (let i = 0; i < 40; i++) req.write('x'.repeat(1024));
      req.end();
    });
    expect(status).toBe(413);
  });

  it('answers 415 to a body that is not JSON', async () => {
    const res = await fetch(`${server.url}/api/leads`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(validLead()) });
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ ok: false, error: expect.any(String) });
  });

  it('accepts a charset parameter on the JSON content type', async () => {
    const res = await post(server.url, validLead(), { 'Content-Type': 'application/json; charset=utf-8' });
    expect(res.status).toBe(201);
  });

  it('answers 405 to a GET', async () => {
    const res = await fetch(`${server.url}/api/leads`);
    expect(res.status).toBe(405);
  });

  it('answers 200 to a filled honeypot and stores nothing', async () => {
    const lead = validLead({ _gotcha: 'http://spam.example' });
    const res = await post(server.url, lead);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(await isStored(lead.id)).toBe(false);
  });
});

describe('POST /api/leads with invalid fields answers 422 with a message per field', () => {
  it('when the name is missing', async () => {
    expect(Object.keys(await errorsFor(validLead({ name: '  ' })))).toEqual(['name']);
  });

  it('when the email has no real shape', async () => {
    expect(Object.keys(await errorsFor(validLead({ email: 'sam@example' })))).toEqual(['email']);
  });

  it('when neither email nor phone is given', async () => {
    const errors = await errorsFor(validLead({ email: '', phone: '' }));
    expect(errors.email).toMatch(/email .* or a phone/i);
    expect(errors.phone).toBe(errors.email);
  });

  it('when the message is longer than 2000 characters', async () => {
    expect(Object.keys(await errorsFor(validLead({ message: 'a'.repeat(2001) })))).toEqual(['message']);
  });

  it('when consent is false', async () => {
    expect(Object.keys(await errorsFor(validLead({ consent: false })))).toEqual(['consent']);
  });

  it('when the Idempotency-Key header differs from the id', async () => {
    expect(Object.keys(await errorsFor(validLead(), { 'Idempotency-Key': newId() }))).toEqual(['id']);
  });

  it('for every bad field at once, and stores nothing', async () => {
    const lead = validLead({ name: '', email: 'nope', message: '', consent: 'yes' });
    const errors = await errorsFor(lead);
    expect(Object.keys(errors).sort()).toEqual(['consent', 'email', 'message', 'name']);
    expect(await isStored(lead.id)).toBe(false);
  });
});
