import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../demo/server.ts';
import { post, start, storedLeads, tempDir, validLead } from './helpers.ts';

const CLINIC = 'https://clinic.example';
const tmp = tempDir();
let server: RunningServer;

beforeAll(async () => {
  server = await start(tmp.dir, { allowedOrigins: [CLINIC] });
});
afterAll(async () => {
  await server.close();
  tmp.remove();
});

function preflight(origin: string): Promise<Response> {
  return fetch(`${server.url}/api/leads`, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
  });
}

describe('CORS on /api/leads', () => {
  it('answers a preflight from an allowed origin with 204 and the allowed methods and headers', async () => {
    const res = await preflight(CLINIC);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(CLINIC);
    expect(res.headers.get('vary')).toMatch(/Origin/);
    expect(res.headers.get('access-control-allow-methods')).toBe('POST');
    expect(res.headers.get('access-control-allow-headers')).toBe('Content-Type, Accept, Idempotency-Key');
    expect(Number(res.headers.get('access-control-max-age'))).toBeGreaterThan(0);
  });

  it('lets an allowed origin post and read the answer', async () => {
    const res = await post(server.url, validLead(), { Origin: CLINIC });
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe(CLINIC);
  });

  it("allows the server's own origin without listing it", async () => {
    const res = await post(server.url, validLead(), { Origin: server.url });
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe(server.url);
  });

  it('refuses a preflight from an unknown origin with 403', async () => {
    const res = await preflight('https://evil.example');
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a post from an unknown origin with 403 and stores nothing', async () => {
    const lead = validLead();
    const res = await post(server.url, lead, { Origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ ok: false, error: 'origin not allowed' });
    expect((await storedLeads(server.url)).map((row) => row.id)).not.toContain(lead.id);
  });
});

describe('the rate limit', () => {
  it('answers 429 with Retry-After in seconds once an address passes the limit', async () => {
    const dir = tempDir();
    const limited = await start(dir.dir, { rateLimit: { max: 3, windowMs: 60_000 } });
    try {
      for (let i = 0; i < 3; i++) expect((await post(limited.url, validLead())).status).toBe(201);
      const lead = validLead();
      const res = await post(limited.url, lead);
      expect(res.status).toBe(429);
      expect(await res.json()).toEqual({ ok: false, error: 'too many requests' });
      const retryAfter = Number(res.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect((await storedLeads(limited.url)).map((row) => row.id)).not.toContain(lead.id);
    } finally {
      await limited.close();
      dir.remove();
    }
  });
});

describe('the read routes with a password', () => {
  const dir = tempDir();
  let guarded: RunningServer;
  const basic = (user: string, password: string): Record<string, string> => ({
    Authorization: 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64'),
  });

  beforeAll(async () => {
    guarded = await start(dir.dir, { password: 's3cret' });
  });
  afterAll(async () => {
    await guarded.close();
    dir.remove();
  });

  it.each(['/leads', '/leads.csv', '/leads.json'])('asks for Basic auth on %s', async (path) => {
    const res = await fetch(guarded.url + path);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Basic /);
    expect((await fetch(guarded.url + path, { headers: basic('clinic', 'wrong') })).status).toBe(401);
  });

  it('lets any user name in with the right password', async () => {
    expect((await fetch(`${guarded.url}/leads`, { headers: basic('anyone', 's3cret') })).status).toBe(200);
    expect((await fetch(`${guarded.url}/leads.json`, { headers: basic('', 's3cret') })).status).toBe(200);
  });

  it('still takes leads without a password', async () => {
    expect((await post(guarded.url, validLead())).status).toBe(201);
  });
});
