import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_TIMEOUT_MS, deliver } from '../../../widget/contact/deliver.ts';
import type { FetchLike } from '../../../widget/platform.ts';
import { fakeClock, makeLead } from './fakes.ts';

const ENDPOINT = 'https://leads.clinic.example/api/leads';
const answer = (status: number, body?: unknown) =>
  vi.fn<FetchLike>(async () => new Response(body === undefined ? null : JSON.stringify(body), { status }));

function setup(fetch: FetchLike, timeoutMs?: number) {
  const clock = fakeClock();
  return { clock, deps: { fetch, setTimeout: clock.setTimeout, clearTimeout: clock.clearTimeout, timeoutMs } };
}

describe('deliver', () => {
  it('POSTs the lead as JSON with the id as Idempotency-Key, no cookies, in CORS mode', async () => {
    const fetch = answer(200, { ok: true });
    const lead = makeLead();
    await deliver(ENDPOINT, lead, setup(fetch).deps);
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(ENDPOINT);
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'Idempotency-Key': lead.id,
    });
    expect(init.credentials).toBe('omit');
    expect(init.mode).toBe('cors');
    expect(JSON.parse(init.body as string)).toEqual(lead);
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it.each([200, 201, 202, 204])('reports a %i answer as sent', async (status) => {
    const lead = makeLead();
    expect(await deliver(ENDPOINT, lead, setup(answer(status)).deps)).toEqual({ kind: 'sent', id: lead.id, status });
  });

  it.each([408, 429, 500, 502, 503])('queues the lead when the server answers %i', async (status) => {
    const lead = makeLead();
    expect(await deliver(ENDPOINT, lead, setup(answer(status)).deps)).toEqual({ kind: 'queued', id: lead.id, status });
  });

  it('queues the lead with status 0 when the network fails', async () => {
    const fetch = vi.fn<FetchLike>(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await deliver(ENDPOINT, makeLead(), setup(fetch).deps)).toMatchObject({ kind: 'queued', status: 0 });
  });

  it('queues the lead when fetch throws synchronously instead of rejecting', async () => {
    const fetch: FetchLike = () => {
      throw new TypeError('bad url');
    };
    expect(await deliver(ENDPOINT, makeLead(), setup(fetch).deps)).toMatchObject({ kind: 'queued', status: 0 });
  });

  it('aborts and queues the lead with status 0 after the default 10 s timeout', async () => {
    let signal: AbortSignal | undefined;
    const fetch = vi.fn<FetchLike>(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          signal = init.signal ?? undefined;
          signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const { clock, deps } = setup(fetch);
    const result = deliver(ENDPOINT, makeLead(), deps);
    expect(clock.pending()).toEqual([DEFAULT_TIMEOUT_MS]);
    await clock.advance(DEFAULT_TIMEOUT_MS - 1);
    expect(signal?.aborted).toBe(false);
    await clock.advance(1);
    expect(signal?.aborted).toBe(true);
    expect(await result).toMatchObject({ kind: 'queued', status: 0 });
  });

  it('honours a custom timeout even when fetch ignores the abort signal', async () => {
    const { clock, deps } = setup(() => new Promise<Response>(() => {}), 3000);
    const result = deliver(ENDPOINT, makeLead(), deps);
    await clock.advance(3000);
    expect(await result).toMatchObject({ kind: 'queued', status: 0 });
  });

  it('clears its timeout timer once the server answers', async () => {
    const { clock, deps } = setup(answer(200));
    await deliver(ENDPOINT, makeLead(), deps);
    expect(clock.pending()).toEqual([]);
  });

  it.each([400, 403, 404, 413])('refuses the lead when the server answers %i', async (status) => {
    const lead = makeLead();
    expect(await deliver(ENDPOINT, lead, setup(answer(status)).deps)).toEqual({ kind: 'refused', id: lead.id, status });
  });

  it('refuses a 4xx without reading field errors from the body (they did not fit the budget)', async () => {
    const body = { ok: false, errors: { email: 'That email bounced.' } };
    const result = await deliver(ENDPOINT, makeLead(), setup(answer(422, body)).deps);
    expect(result).toEqual({ kind: 'refused', id: expect.any(String), status: 422 });
  });

  it('refuses without field errors when a 403 body is not JSON', async () => {
    const fetch = vi.fn<FetchLike>(async () => new Response('<h1>Forbidden</h1>', { status: 403 }));
    const result = await deliver(ENDPOINT, makeLead(), setup(fetch).deps);
    expect(result).toMatchObject({ kind: 'refused', status: 403 });
    expect(result).not.toHaveProperty('errors');
  });

  it('calls the injected functions unbound, as window.fetch and window.setTimeout require', async () => {
    const thisValues: unknown[] = [];
    const clock = fakeClock();
    const deps = {
      fetch: function (this: unknown) {
        thisValues.push(this);
        return Promise.resolve(new Response(null, { status: 204 }));
      },
      setTimeout: function (this: unknown, cb: () => void, ms: number) {
        thisValues.push(this);
        return clock.setTimeout(cb, ms);
      },
      clearTimeout: function (this: unknown, handle: unknown) {
        thisValues.push(this);
        clock.clearTimeout(handle);
      },
    };
    await deliver(ENDPOINT, makeLead(), deps);
    expect(thisValues).toEqual([undefined, undefined, undefined]);
  });
});
