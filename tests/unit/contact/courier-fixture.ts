// Builds a courier over fakes and records what it did.
import { vi } from 'vitest';
import { createCourier } from '../../../widget/contact/courier.ts';
import { createOutbox } from '../../../widget/contact/outbox.ts';
import type { LeadEvent, LeadEventPayload } from '../../../widget/contact/types.ts';
import type { FetchLike } from '../../../widget/platform.ts';
import { fakeClock, fakeStorage, type FakeClock, type FakeStorage } from './fakes.ts';

export const ENDPOINT = 'https://leads.clinic.example/api/leads';

/** One scripted answer: a status, a network failure, or a request that never answers. */
export type Step = number | 'network' | 'hang';

/** A fetch that plays `steps` in order and repeats the last one. */
export function scriptedFetch(...steps: Step[]) {
  let call = 0;
  return vi.fn<FetchLike>(async () => {
    const step = steps[Math.min(call++, steps.length - 1)];
    if (step === 'network') throw new TypeError('Failed to fetch');
    if (step === 'hang') return new Promise<Response>(() => {});
    return new Response(null, { status: step });
  });
}

/** The Idempotency-Key header of each request made. */
export function keysSent(fetch: ReturnType<typeof scriptedFetch>): string[] {
  return fetch.mock.calls.map(([, init]) => (init.headers as Record<string, string>)['Idempotency-Key']);
}

export interface Rig {
  courier: ReturnType<typeof createCourier>;
  fetch: ReturnType<typeof scriptedFetch>;
  clock: FakeClock;
  storage: FakeStorage;
  events: [LeadEvent, LeadEventPayload][];
  /** Leads given up after a retry, with the status that refused them. */
  lost: [string, number][];
  goOnline(): void;
  unsubscribed: () => boolean;
  outboxIds(): string[];
}

/** A courier whose fetch follows `steps`; pass `storage`/`clock` to play a second page load. */
export function rig(steps: Step[], options: { storage?: FakeStorage; clock?: FakeClock; random?: () => number } = {}): Rig {
  const clock = options.clock ?? fakeClock();
  const storage = options.storage ?? fakeStorage();
  const fetch = scriptedFetch(...steps);
  const events: [LeadEvent, LeadEventPayload][] = [];
  const lost: [string, number][] = [];
  let online: (() => void) | null = null;
  let unsubscribed = false;
  const outbox = createOutbox(storage, clock.now);
  const courier = createCourier({
    endpoint: ENDPOINT,
    outbox,
    fetch,
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
    now: clock.now,
    random: options.random ?? (() => 1),
    onOnline: (cb) => {
      online = cb;
      return () => {
        unsubscribed = true;
        online = null;
      };
    },
    emit: (event, payload) => events.push([event, payload]),
    lost: (lead, status) => lost.push([lead.id, status]),
  });
  return {
    courier,
    fetch,
    clock,
    storage,
    events,
    lost,
    goOnline: () => online?.(),
    unsubscribed: () => unsubscribed,
    outboxIds: () => createOutbox(storage, clock.now).list().map((e) => e.lead.id),
  };
}
