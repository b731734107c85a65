import { describe, expect, it } from 'vitest';
import { createOutbox, OUTBOX_KEY, OUTBOX_MAX, OUTBOX_MAX_AGE_MS } from '../../../widget/contact/outbox.ts';
import { fakeClock, fakeStorage, makeLead } from './fakes.ts';

const ids = (entries: { lead: { id: string } }[]) => entries.map((e) => e.lead.id);
const DAY = 24 * 60 * 60 * 1000;

describe('createOutbox', () => {
  it('persists a put lead under faq-widget:outbox and lists it from a fresh outbox', () => {
    const clock = fakeClock();
    const storage = fakeStorage();
    const lead = makeLead();
    const entry = createOutbox(storage, clock.now).put(lead);
    expect(entry).toEqual({ lead, queuedAt: clock.now(), attempts: 0, nextAt: clock.now() });
    expect(OUTBOX_KEY).toBe('faq-widget:outbox');
    expect(JSON.parse(storage.data.get(OUTBOX_KEY) ?? '[]')).toEqual([entry]);
    expect(createOutbox(storage, clock.now).list()).toEqual([entry]);
  });

  it('replaces a lead with the same id instead of adding a second one, keeping its queue time', async () => {
    const clock = fakeClock();
    const outbox = createOutbox(fakeStorage(), clock.now);
    const lead = makeLead();
    const first = outbox.put(lead);
    await clock.advance(1000);
    outbox.put({ ...lead, message: 'edited' });
    const listed = outbox.list();
    expect(listed).toHaveLength(1);
    expect(listed[0].lead.message).toBe('edited');
    expect(listed[0].queuedAt).toBe(first.queuedAt);
  });

  it('keeps at most 20 leads, dropping the oldest', async () => {
    const clock = fakeClock();
    const outbox = createOutbox(fakeStorage(), clock.now);
    const leads = Array.from({ length: OUTBOX_MAX + 2 }, () => makeLead());
    for (const lead of leads) {
      outbox.put(lead);
      await clock.advance(1);
    }
    expect(OUTBOX_MAX).toBe(20);
    expect(ids(outbox.list())).toEqual(ids(leads.slice(2).map((lead) => ({ lead }))));
  });

  it('drops leads older than 7 days and persists the drop', async () => {
    const clock = fakeClock();
    const storage = fakeStorage();
    const outbox = createOutbox(storage, clock.now);
    const old = makeLead();
    outbox.put(old);
    await clock.advance(2 * DAY);
    const recent = makeLead();
    outbox.put(recent);
    await clock.advance(OUTBOX_MAX_AGE_MS - 2 * DAY);
    expect(ids(outbox.list())).toEqual([old.id, recent.id]); // exactly 7 days old is still live
    await clock.advance(1);
    expect(ids(outbox.list())).toEqual([recent.id]);
    expect(storage.data.get(OUTBOX_KEY)).not.toContain(old.id);
  });

  it('tells dropped about every lead it gives up for age or for room, once', async () => {
    const clock = fakeClock();
    const storage = fakeStorage();
    const gone: string[] = [];
    const outbox = createOutbox(storage, clock.now, (e) => gone.push(e.lead.id));
    const leads = Array.from({ length: OUTBOX_MAX + 1 }, () => makeLead());
    for (const lead of leads) {
      outbox.put(lead);
      await clock.advance(1);
    }
    expect(gone).toEqual([leads[0].id]);
    await clock.advance(OUTBOX_MAX_AGE_MS);
    expect(outbox.list()).toEqual([]);
    expect(outbox.list()).toEqual([]);
    expect(gone).toEqual(leads.map((l) => l.id));
    // Another page's outbox over the same storage has nothing left to report.
    const later: string[] = [];
    expect(createOutbox(storage, clock.now, (e) => later.push(e.lead.id)).list()).toEqual([]);
    expect(later).toEqual([]);
  });

  it('removes a lead and clears the key when the outbox empties', () => {
    const storage = fakeStorage();
    const outbox = createOutbox(storage, fakeClock().now);
    const a = makeLead();
    const b = makeLead();
    outbox.put(a);
    outbox.put(b);
    outbox.remove(a.id);
    expect(ids(outbox.list())).toEqual([b.id]);
    outbox.remove(b.id);
    expect(outbox.list()).toEqual([]);
    expect(storage.data.has(OUTBOX_KEY)).toBe(false);
  });

  it('updates attempts and nextAt of a queued lead and ignores unknown ids', () => {
    const storage = fakeStorage();
    const clock = fakeClock();
    const outbox = createOutbox(storage, clock.now);
    const lead = makeLead();
    outbox.put(lead);
    expect(outbox.update(lead.id, { attempts: 3, nextAt: 42 })).toMatchObject({ attempts: 3, nextAt: 42 });
    expect(createOutbox(storage, clock.now).list()[0]).toMatchObject({ attempts: 3, nextAt: 42 });
    expect(outbox.update('missing', { attempts: 1 })).toBeUndefined();
  });

  it('works in memory when there is no storage at all', () => {
    const outbox = createOutbox(null, fakeClock().now);
    const lead = makeLead();
    outbox.put(lead);
    expect(ids(outbox.list())).toEqual([lead.id]);
  });

  it('still queues in memory when getItem throws', () => {
    const storage = fakeStorage();
    storage.failGet = true;
    const outbox = createOutbox(storage, fakeClock().now);
    const lead = makeLead();
    expect(() => outbox.put(lead)).not.toThrow();
    expect(ids(outbox.list())).toEqual([lead.id]);
    outbox.remove(lead.id);
    expect(outbox.list()).toEqual([]);
  });

  it('still queues in memory when setItem throws, without losing the lead to the stale stored copy', () => {
    const storage = fakeStorage();
    const outbox = createOutbox(storage, fakeClock().now);
    const first = makeLead();
    outbox.put(first);
    storage.failSet = true;
    const second = makeLead();
    expect(() => outbox.put(second)).not.toThrow();
    expect(ids(outbox.list())).toEqual([first.id, second.id]);
    outbox.remove(first.id);
    expect(ids(outbox.list())).toEqual([second.id]);
  });

  it('treats garbage JSON as an empty outbox and overwrites it on the next put', () => {
    const storage = fakeStorage({ [OUTBOX_KEY]: '{not json' });
    const outbox = createOutbox(storage, fakeClock().now);
    expect(outbox.list()).toEqual([]);
    const lead = makeLead();
    outbox.put(lead);
    expect(ids(outbox.list())).toEqual([lead.id]);
    expect(ids(JSON.parse(storage.data.get(OUTBOX_KEY) ?? ''))).toEqual([lead.id]);
  });

  it('skips malformed entries in otherwise valid JSON', () => {
    const lead = makeLead();
    const good = { lead, queuedAt: fakeClock().now(), attempts: 0, nextAt: 0 };
    const stored = JSON.stringify([good, null, 7, { lead: {}, queuedAt: 1 }, { lead, queuedAt: 'x', attempts: 0, nextAt: 0 }]);
    const outbox = createOutbox(fakeStorage({ [OUTBOX_KEY]: stored }), fakeClock().now);
    expect(outbox.list()).toEqual([good]);
    expect(createOutbox(fakeStorage({ [OUTBOX_KEY]: '{"a":1}' }), fakeClock().now).list()).toEqual([]);
  });
});

describe('whether the outbox really kept a lead', () => {
  it('reads storage back: kept when written, not when storage refused the write or cannot be read', () => {
    const storage = fakeStorage();
    const outbox = createOutbox(storage, () => 0);
    const lead = makeLead();
    outbox.put(lead);
    expect(outbox.kept(lead.id)).toBe(true);
    expect(outbox.kept('another-id')).toBe(false);
    storage.failGet = true;
    expect(outbox.kept(lead.id)).toBe(false);
    const full = fakeStorage();
    full.failSet = true;
    const memoryOnly = createOutbox(full, () => 0);
    memoryOnly.put(lead);
    expect(memoryOnly.list().map((e) => e.lead.id)).toEqual([lead.id]);
    expect(memoryOnly.kept(lead.id)).toBe(false);
    expect(createOutbox(null, () => 0).kept(lead.id)).toBe(false);
  });
});
