// The inbox is always locked (issue 14, "What failed" 1), and has what an owner needs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, formPost, PASSWORD, post, rawRequest, signIn, start, storedLeads, validLead, type Started } from './helpers.ts';

let server: Started;
beforeAll(async () => {
  server = await start({ ALLOWED_HOSTS: 'localhost,127.0.0.1,inbox.clinic.example', TZ: 'America/New_York' });
});
afterAll(() => server.close());

describe('the inbox, without signing in', () => {
  it.each(['/leads.json', '/leads.csv', '/leads/x.json'])('refuses %s with 401', async (path) => {
    const res = await fetch(`${server.url}${path}`);
    expect(res.status).toBe(401);
    expect(await res.text()).not.toMatch(/Sam Doe/);
  });

  it('sends /leads to the sign-in form', async () => {
    await post(server.url, validLead());
    const res = await fetch(`${server.url}/leads`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/login');
    expect(await (await fetch(`${server.url}/login`)).text()).toMatch(/type="password"/);
  });

  it('refuses basic auth, which is not how the inbox signs in', async () => {
    const res = await fetch(`${server.url}/leads.json`, { headers: { Authorization: `Basic ${Buffer.from(`x:${PASSWORD}`).toString('base64')}` } });
    expect(res.status).toBe(401);
  });

  it('refuses a Host it was not configured for, so DNS rebinding reads nothing', async () => {
    const res = await rawRequest(server.url, '/leads.json', { headers: { Host: `evil.example:${server.port}`, ...bearer } });
    expect(res.status).toBe(421);
    expect(res.body).toMatch(/add it to ALLOWED_HOSTS/);
    expect((await rawRequest(server.url, '/leads.json', { headers: { Host: `inbox.clinic.example`, ...bearer } })).status).toBe(200);
  });

  it('does not serve a demo site: the receiver is only the receiver', async () => {
    expect((await fetch(`${server.url}/`)).status).toBe(404);
    expect((await fetch(`${server.url}/faq-widget.js`)).status).toBe(404);
  });
});

describe('signing in', () => {
  it('with a wrong password answers 401 and sets no cookie', async () => {
    const res = await formPost(server.url, '/login', '', { password: 'wrong password!!' });
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('sets an HttpOnly, SameSite=Strict cookie, not Secure on this machine', async () => {
    const res = await formPost(server.url, '/login', '', { password: PASSWORD });
    expect(res.status).toBe(303);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('sets a Secure cookie when reached by a name other than this machine', async () => {
    const body = new URLSearchParams({ password: PASSWORD }).toString();
    const headers = { Host: 'inbox.clinic.example', Origin: 'https://inbox.clinic.example', 'Content-Type': 'application/x-www-form-urlencoded' };
    const res = await rawRequest(server.url, '/login', { method: 'POST', headers, body });
    expect(res.status).toBe(303);
    expect(String(res.headers['set-cookie'])).toMatch(/; Secure/);
  });

  it('from another site is refused (login CSRF)', async () => {
    const res = await fetch(`${server.url}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' },
      body: new URLSearchParams({ password: PASSWORD }),
    });
    expect(res.status).toBe(403);
  });

  it('then signing out ends the session', async () => {
    const { cookie, csrf } = await signIn(server.url);
    expect((await formPost(server.url, '/logout', cookie, { _csrf: csrf })).status).toBe(303);
    expect((await fetch(`${server.url}/leads.json`, { headers: { Cookie: cookie } })).status).toBe(401);
  });
});

describe('a signed-in owner', () => {
  it('changes nothing without the CSRF token, or from another site', async () => {
    const lead = validLead();
    await post(server.url, lead);
    const { cookie, csrf } = await signIn(server.url);
    expect((await formPost(server.url, `/leads/${lead.id}/delete`, cookie, {})).status).toBe(403);
    expect((await formPost(server.url, `/leads/${lead.id}/delete`, cookie, { _csrf: 'guessed' })).status).toBe(403);
    const crossSite = await fetch(`${server.url}/leads/${lead.id}/delete`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example', Cookie: cookie },
      body: new URLSearchParams({ _csrf: csrf }),
    });
    expect(crossSite.status).toBe(403);
    expect((await storedLeads(server.url)).map((l) => l.id)).toContain(lead.id);
  });

  it('marks a lead handled and back, exports it as JSON, and deletes it for good', async () => {
    const lead = validLead({ name: 'Erasure Test' });
    await post(server.url, lead);
    const { cookie, csrf } = await signIn(server.url);
    const find = async () => (await storedLeads(server.url)).find((l) => l.id === lead.id);
    expect((await formPost(server.url, `/leads/${lead.id}/handled`, cookie, { _csrf: csrf, handled: '1' })).status).toBe(303);
    expect((await find())?.handled).toBe(true);
    await formPost(server.url, `/leads/${lead.id}/handled`, cookie, { _csrf: csrf, handled: '0' });
    expect((await find())?.handled).toBe(false);
    const one = await fetch(`${server.url}/leads/${lead.id}.json`, { headers: { Cookie: cookie } });
    expect(one.headers.get('content-disposition')).toMatch(/attachment/);
    expect(await one.json()).toMatchObject({ id: lead.id, name: 'Erasure Test', transcript: lead.transcript });
    expect((await formPost(server.url, `/leads/${lead.id}/delete`, cookie, { _csrf: csrf })).status).toBe(303);
    expect(await find()).toBeUndefined();
    // A retry of the erased lead from a visitor's queue does not bring it back.
    expect((await post(server.url, lead)).status).toBe(201);
    expect(await find()).toBeUndefined();
  });

  it('sees times in the owner\'s time zone and the retention period', async () => {
    const { cookie } = await signIn(server.url);
    const page = await (await fetch(`${server.url}/leads`, { headers: { Cookie: cookie } })).text();
    expect(page).toMatch(/times in America\/New_York/);
    expect(page).toMatch(/older than 180 days are deleted automatically every day/);
  });
});

describe('many leads', () => {
  it('are shown 50 to a page, with search', async () => {
    const many = await start();
    try {
      for (let i = 0; i < 120; i++) await post(many.url, validLead({ name: `Visitor ${i}`, message: i === 7 ? 'about my knee' : 'hello' }));
      const { cookie } = await signIn(many.url);
      const get = async (query: string) => (await fetch(`${many.url}/leads${query}`, { headers: { Cookie: cookie } })).text();
      const first = await get('');
      expect(first.match(/<article/g)).toHaveLength(50);
      expect(first).toMatch(/Page 1 of 3/);
      expect(first).toMatch(/Visitor 119/);
      expect((await get('?page=3')).match(/<article/g)).toHaveLength(20);
      const found = await get('?q=knee');
      expect(found.match(/<article/g)).toHaveLength(1);
      expect(found).toMatch(/Visitor 7</);
      expect((await get('?q=%25')).match(/<article/g) ?? []).toHaveLength(0);
    } finally {
      await many.close();
    }
  });
});

describe('retention', () => {
  it('deletes leads older than RETENTION_DAYS and keeps newer ones', async () => {
    const kept = await start({ RETENTION_DAYS: '30' });
    try {
      const { store } = kept.receiver;
      const lead = (id: string) => validLead({ id }) as unknown as Parameters<typeof store.insert>[0];
      store.insert(lead('old-lead-1'), 'a', new Date(Date.now() - 31 * 86_400_000).toISOString());
      store.insert(lead('new-lead-1'), 'b', new Date(Date.now() - 29 * 86_400_000).toISOString());
      expect(kept.receiver.purge()).toBe(1);
      expect((await storedLeads(kept.url)).map((l) => l.id)).toEqual(['new-lead-1']);
      expect(kept.logs.join('\n')).toMatch(/deleted 1 lead older than 30 days/);
    } finally {
      await kept.close();
    }
  });
});
