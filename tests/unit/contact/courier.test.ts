import { describe, expect, it } from 'vitest';
import { makeLead, settle } from './fakes.ts';
import { rig } from './courier-fixture.ts';

describe('createCourier send', () => {
  it('emits lead:sent and leaves nothing queued when the server answers 2xx', async () => {
    const r = rig([201]);
    const lead = makeLead();
    expect(await r.courier.send(lead)).toEqual({ kind: 'sent', id: lead.id, status: 201 });
    expect(r.events).toEqual([['lead:sent', { id: lead.id, status: 201 }]]);
    expect(r.outboxIds()).toEqual([]);
    expect(r.clock.pending()).toEqual([]);
  });

  it('emits lead:failed and queues nothing when the server refuses the lead', async () => {
    const r = rig([422]);
    const lead = makeLead();
    expect(await r.courier.send(lead)).toMatchObject({ kind: 'refused', status: 422 });
    expect(r.events).toEqual([['lead:failed', { id: lead.id, status: 422 }]]);
    // The form still shows the message and says it was refused: nothing to hand on.
    expect(r.lost).toEqual([]);
    expect(r.outboxIds()).toEqual([]);
    expect(r.clock.pending()).toEqual([]);
  });

  it('keeps the lead in the outbox and schedules a retry when the server answers 503', async () => {
    const r = rig([503]);
    const lead = makeLead();
    expect(await r.courier.send(lead)).toMatchObject({ kind: 'queued', status: 503 });
    expect(r.events).toEqual([['lead:queued', { id: lead.id, status: 503 }]]);
    expect(r.outboxIds()).toEqual([lead.id]);
    expect(r.clock.pending()).toEqual([2000]);
  });

  it('has the lead in storage while the first request is still in flight, so a closed tab cannot lose it', async () => {
    const r = rig(['hang']);
    const lead = makeLead();
    void r.courier.send(lead);
    await settle();
    expect(r.outboxIds()).toEqual([lead.id]);
  });

  it('makes one request when Send is pressed twice', async () => {
    const r = rig(['hang']);
    const lead = makeLead();
    const first = r.courier.send(lead);
    const second = r.courier.send({ ...lead });
    expect(second).toBe(first);
    await settle();
    expect(r.fetch).toHaveBeenCalledTimes(1);
  });

  it('makes one request when a flush races a send of the same lead', async () => {
    const r = rig(['hang']);
    void r.courier.send(makeLead());
    void r.courier.flush();
    r.goOnline();
    await settle();
    expect(r.fetch).toHaveBeenCalledTimes(1);
  });

  it('sends events that carry only the id and status, never personal details', async () => {
    const r = rig([503, 200]);
    const lead = makeLead({ name: 'Secret Name', email: 'secret@example.com', message: 'private pain' });
    await r.courier.send(lead);
    await r.clock.advance(2000);
    expect(r.events.map(([event]) => event)).toEqual(['lead:queued', 'lead:sent']);
    for (const [, payload] of r.events) expect(Object.keys(payload).sort()).toEqual(['id', 'status']);
    expect(JSON.stringify(r.events)).not.toMatch(/Secret|secret@|private/);
  });

  it('keeps its bookkeeping when an event listener throws', async () => {
    const r = rig([503]);
    r.events.push = () => {
      throw new Error('listener broke');
    };
    const lead = makeLead();
    await expect(r.courier.send(lead)).resolves.toMatchObject({ kind: 'queued' });
    expect(r.outboxIds()).toEqual([lead.id]);
  });
});
