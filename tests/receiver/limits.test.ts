// Capacity and abuse (issue 14, "What failed" 1 and 8): rate limits per client and in total,
// X-Forwarded-For only from a trusted proxy, wrong passwords slowed and limited, slow bodies cut
// and connections capped.
import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { BoundedStore, OVERFLOW } from '../../receiver/limit-store.ts';
import { hostName, limitKey, normalizeIp } from '../../receiver/network.ts';
import { formPost, PASSWORD, post, start, validLead } from './helpers.ts';

const statuses = async (n: number, send: (i: number) => Promise<Response>) => {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await send(i)).status);
  return out;
};

describe('the rate limit key', () => {
  it('groups IPv6 addresses by their /64 and keeps IPv4 addresses apart', () => {
    expect(limitKey('2001:db8:1:2:aaaa::1')).toBe(limitKey('2001:db8:1:2:ffff:1:2:3'));
    expect(limitKey('2001:db8:1:2::1')).not.toBe(limitKey('2001:db8:1:3::1'));
    expect(limitKey('2001:0db8:0001:0002::9')).toBe(limitKey('2001:db8:1:2::1'));
    expect(limitKey('192.0.2.1')).not.toBe(limitKey('192.0.2.2'));
    expect(normalizeIp('::ffff:192.0.2.1')).toBe('192.0.2.1');
  });

  it('compares Host names without port, brackets or case', () => {
    expect(hostName('[::1]:8787')).toBe('::1');
    expect(hostName('Leads.Clinic.Example:443')).toBe('leads.clinic.example');
    expect(hostName(undefined)).toBe('');
  });
});

describe('the rate limiter\'s memory', () => {
  it('holds at most its cap of clients; past it, new ones share one budget', () => {
    const store = new BoundedStore(3);
    store.init({ windowMs: 60_000 } as never);
    try {
      for (const key of ['a', 'b', 'c', 'a']) store.increment(key);
      expect(store.increment('d').totalHits).toBe(1);
      expect(store.increment('e').totalHits).toBe(2);
      expect(store.current.size + store.previous.size).toBe(4);
      expect(store.get(OVERFLOW)?.totalHits).toBe(2);
      expect(store.increment('a').totalHits).toBe(3);
    } finally {
      store.shutdown();
    }
  });
});

describe('posting leads', () => {
  it('is limited per client, and X-Forwarded-For from an untrusted client changes nothing', async () => {
    const server = await start({}, { limits: { perClient: { limit: 3, windowMs: 60_000 } } });
    try {
      const got = await statuses(5, (i) => post(server.url, validLead(), { 'X-Forwarded-For': `198.51.100.${i}` }));
      expect(got).toEqual([201, 201, 201, 429, 429]);
    } finally {
      await server.close();
    }
  });

  it('behind a trusted proxy is limited per visitor, with IPv6 grouped by /64, under one global budget', async () => {
    const limits = { perClient: { limit: 2, windowMs: 60_000 }, global: { limit: 5, windowMs: 60_000 } };
    const server = await start({ TRUSTED_PROXY: '127.0.0.1' }, { limits });
    try {
      const from = (address: string) => post(server.url, validLead(), { 'X-Forwarded-For': `203.0.113.9, ${address}` });
      // One /64: the third address in it is over its budget of 2.
      expect(await statuses(3, (i) => from(`2001:db8:0:1::${i + 1}`))).toEqual([201, 201, 429]);
      // Other visitors each have their own budget, until the global 5 stored leads are used.
      expect(await statuses(5, (i) => from(`192.0.2.${i + 1}`))).toEqual([201, 201, 201, 429, 429]);
      const res = await from('192.0.2.200');
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });
});

describe('wrong passwords', () => {
  it('are answered after a delay and limited per client, a right one included once over', async () => {
    const limits = { loginPerClient: { limit: 3, windowMs: 60_000 }, loginGlobal: { limit: 100, windowMs: 60_000 }, failDelayMs: 150 };
    const server = await start({}, { limits });
    try {
      const began = performance.now();
      const got = await statuses(3, () => formPost(server.url, '/login', '', { password: 'not the password' }));
      expect(got).toEqual([401, 401, 401]);
      expect(performance.now() - began).toBeGreaterThanOrEqual(3 * 140);
      expect((await formPost(server.url, '/login', '', { password: PASSWORD })).status).toBe(429);
      // The Bearer token counts the same way.
      expect((await fetch(`${server.url}/leads.json`, { headers: { Authorization: 'Bearer guess' } })).status).toBe(429);
    } finally {
      await server.close();
    }
  });

  it('are limited for everyone together, whatever the address', async () => {
    const limits = { loginPerClient: { limit: 100, windowMs: 60_000 }, loginGlobal: { limit: 2, windowMs: 60_000 } };
    const server = await start({ TRUSTED_PROXY: '127.0.0.1' }, { limits });
    try {
      const guess = (i: number) =>
        fetch(`${server.url}/leads.json`, { headers: { Authorization: 'Bearer guess', 'X-Forwarded-For': `192.0.2.${i}` } });
      expect(await statuses(4, guess)).toEqual([401, 401, 429, 429]);
    } finally {
      await server.close();
    }
  });

  it('a right password is not counted against the client', async () => {
    const server = await start({}, { limits: { loginPerClient: { limit: 2, windowMs: 60_000 } } });
    try {
      expect(await statuses(4, () => formPost(server.url, '/login', '', { password: PASSWORD }))).toEqual([303, 303, 303, 303]);
    } finally {
      await server.close();
    }
  });
});

const opened = (port: number): Promise<Socket> =>
  new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1', () => done(socket));
    socket.on('error', fail);
  });
const closed = (socket: Socket): Promise<number> => {
  const began = performance.now();
  // Reading on, so the server's end of the connection is seen.
  socket.resume();
  return new Promise((done) => socket.on('close', () => done(performance.now() - began)));
};

describe('connections', () => {
  it('sending a body slowly are cut after the request timeout, not held for minutes', async () => {
    const server = await start({}, { listenOptions: { requestTimeoutMs: 500 } });
    try {
      const socket = await opened(server.port);
      const gone = closed(socket);
      socket.write(`POST /api/leads HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"id":`);
      expect(await gone).toBeLessThan(5000);
    } finally {
      await server.close();
    }
  });

  it('past the cap are closed at once while the ones already open still work', async () => {
    const server = await start({}, { listenOptions: { maxConnections: 2 } });
    try {
      const held = [await opened(server.port), await opened(server.port)];
      const extra = await opened(server.port);
      expect(await closed(extra)).toBeLessThan(1000);
      held[0].write(`GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      const answer = await new Promise<string>((done) => {
        let text = '';
        held[0].on('data', (chunk) => (text += chunk));
        held[0].on('close', () => done(text));
      });
      expect(answer).toMatch(/^HTTP\/1.1 200/);
      held.forEach((s) => s.destroy());
    } finally {
      await server.close();
    }
  });
});
