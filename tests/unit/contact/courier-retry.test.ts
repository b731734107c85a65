import { describe, expect, it } from 'vitest';
import { fakeStorage, makeLead, settle } from './fakes.ts';
import { keysSent, rig } from './courier-fixture.ts';

describe('createCourier retries', () => {
  it('retries with the same id and removes the lead only after a 2xx', async () => {
    const r = rig([503, 'network', 429, 200]);
    const lead = makeLead();
    await r.courier.send(lead);
    await r.clock.advance(2000);
    expect(r.outboxIds()).toEqual([lead.id]);
    await r.clock.advance(4000);
    expect(r.outboxIds()).toEqual([lead.id]);
    await r.clock.advance(8000);
    expect(r.fetch).toHaveBeenCalledTimes(4);
    expect(keysSent(r.fetch)).toEqual([lead.id, lead.id, lead.id, lead.id]);
    expect(r.fetch.mock.calls.map(([, init]) => JSON.parse(init.body as string).id)).toEqual([lead.id, lead.id, lead.id, lead.id]);
    expect(r.outboxIds()).toEqual([]);
    expect(r.events.map(([event]) => event)).toEqual(['lead:queued', 'lead:sent']);
    expect(r.clock.pending()).toEqual([]);
  });

  it('waits longer after each failure, up to 5 minutes', async () => {
    const r = rig([500]);
    await r.courier.send(makeLead());
    const delays: number[] = [];
    for (let i = 0; i < 10; i++) {
      const [delay] = r.clock.pending();
      delays.push(delay);
      await r.clock.advance(delay);
    }
    expect(delays).toEqual([2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 300000, 300000]);
    expect(r.fetch).toHaveBeenCalledTimes(11);
  });

  it('does not retry before the backoff delay has passed', async () => {
    const r = rig([500]);
    await r.courier.send(makeLead());
    await r.clock.advance(1999);
    expect(r.fetch).toHaveBeenCalledTimes(1);
    await r.clock.advance(1);
    expect(r.fetch).toHaveBeenCalledTimes(2);
  });

  it('drops the lead and hands it to lost (which tells the visitor and emits lead:failed) when a retry is refused', async () => {
    const r = rig([503, 400]);
    const lead = makeLead();
    await r.courier.send(lead);
    expect(r.lost).toEqual([]);
    await r.clock.advance(2000);
    expect(r.outboxIds()).toEqual([]);
    expect(r.lost).toEqual([[lead.id, 400]]);
    expect(r.events).toEqual([['lead:queued', { id: lead.id, status: 503 }]]);
    expect(r.clock.pending()).toEqual([]);
  });

  it('hands a lead refused on the next page load to lost as well', async () => {
    const first = rig([503]);
    const lead = makeLead();
    await first.courier.send(lead);
    first.courier.destroy();
    const next = rig([410], { storage: first.storage, clock: first.clock });
    await next.courier.flush();
    expect(next.lost).toEqual([[lead.id, 410]]);
    expect(next.outboxIds()).toEqual([]);
  });

  it('flushes at once when the browser comes back online', async () => {
    const r = rig(['network', 200]);
    const lead = makeLead();
    await r.courier.send(lead);
    r.goOnline();
    await settle();
    expect(r.fetch).toHaveBeenCalledTimes(2);
    expect(r.outboxIds()).toEqual([]);
    expect(r.events.at(-1)).toEqual(['lead:sent', { id: lead.id, status: 200 }]);
    expect(r.clock.pending()).toEqual([]);
  });

  it('delivers on the next page load a lead queued on the previous one', async () => {
    const first = rig(['network']);
    const lead = makeLead();
    await first.courier.send(lead);
    first.courier.destroy();
    const next = rig([200], { storage: first.storage, clock: first.clock });
    await next.courier.flush();
    expect(keysSent(next.fetch)).toEqual([lead.id]);
    expect(next.outboxIds()).toEqual([]);
    expect(next.events).toEqual([['lead:sent', { id: lead.id, status: 200 }]]);
  });

  it('reschedules a lead whose flush on the next page load fails again', async () => {
    const first = rig([503]);
    await first.courier.send(makeLead());
    first.courier.destroy();
    const next = rig([503, 200], { storage: first.storage, clock: first.clock });
    await next.courier.flush();
    expect(next.clock.pending()).toEqual([4000]);
    await next.clock.advance(4000);
    expect(next.outboxIds()).toEqual([]);
  });

  it('stops retrying and unsubscribes from online events after destroy', async () => {
    const r = rig([503]);
    await r.courier.send(makeLead());
    r.courier.destroy();
    expect(r.unsubscribed()).toBe(true);
    expect(r.clock.pending()).toEqual([]);
    await r.clock.advance(60 * 60 * 1000);
    await r.courier.flush();
    expect(r.fetch).toHaveBeenCalledTimes(1);
  });

  it('neither emits nor schedules when a request finishes after destroy, but still records the result', async () => {
    const r = rig([503]);
    const lead = makeLead();
    const pending = r.courier.send(lead);
    r.courier.destroy();
    await pending;
    expect(r.events).toEqual([]);
    expect(r.clock.pending()).toEqual([]);
    expect(r.outboxIds()).toEqual([lead.id]);
  });

  it('keeps a lead sent after destroy in the outbox for the next page without a request', async () => {
    const r = rig([200]);
    r.courier.destroy();
    const lead = makeLead();
    expect(await r.courier.send(lead)).toMatchObject({ kind: 'queued', status: 0 });
    expect(r.fetch).not.toHaveBeenCalled();
    expect(r.outboxIds()).toEqual([lead.id]);
  });

  it('answers unsaved, never queued, when storage refuses every write, and retries in memory while the page is open', async () => {
    const storage = fakeStorage();
    storage.failSet = true;
    const r = rig([503, 200], { storage });
    const lead = makeLead();
    expect(await r.courier.send(lead)).toMatchObject({ kind: 'unsaved', status: 503 });
    await r.clock.advance(2000);
    expect(keysSent(r.fetch)).toEqual([lead.id, lead.id]);
    expect(r.events.at(-1)).toEqual(['lead:sent', { id: lead.id, status: 200 }]);
  });

  it('retries several queued leads, each on its own schedule', async () => {
    const r = rig([503, 503, 200]);
    const a = makeLead();
    const b = makeLead();
    await r.courier.send(a);
    await r.clock.advance(1000);
    await r.courier.send(b);
    expect(r.clock.pending()).toEqual([1000]);
    await r.clock.advance(1000);
    await r.clock.advance(1000);
    expect(r.outboxIds()).toEqual([]);
    expect(r.events.filter(([e]) => e === 'lead:sent').map(([, p]) => p.id).sort()).toEqual([a.id, b.id].sort());
  });
});
