import { backoffDelay } from './backoff.ts';
import { deliver } from './deliver.ts';
import type { Outbox } from './outbox.ts';
import type { FetchLike, Lead, LeadEvent, LeadEventPayload, Outcome, Timers } from './types.ts';

export interface CourierDeps extends Timers {
  endpoint: string;
  outbox: Outbox;
  fetch: FetchLike;
  /** Math.random-like, for backoff jitter. */
  random: () => number;
  /** Subscribes to the browser's `online` event; returns the unsubscribe function. */
  onOnline: (callback: () => void) => () => void;
  emit: (event: LeadEvent, payload: LeadEventPayload) => void;
  timeoutMs?: number;
  /** Epoch-ms clock for the outbox's `nextAt`; defaults to Date.now. */
  now?: () => number;
}

export interface Courier {
  send(lead: Lead): Promise<Outcome>;
  flush(): Promise<void>;
  destroy(): void;
}

/** Creates the courier that delivers leads, queues failures in the outbox and retries them until a 2xx. */
export function createCourier(deps: CourierDeps): Courier {
  // Injected browser functions are called unbound: as methods of `deps` they would throw "Illegal invocation".
  const { endpoint, outbox, fetch, setTimeout, clearTimeout, random, emit, timeoutMs } = deps;
  const now = deps.now ?? (() => Date.now());
  const inFlight = new Map<string, Promise<Outcome>>();
  let timer: { handle: unknown } | null = null;
  let destroyed = false;
  const unsubscribe = deps.onOnline(() => void flush());

  function notify(event: LeadEvent, outcome: Outcome): void {
    if (destroyed) return;
    try {
      emit(event, { id: outcome.id, status: outcome.status });
    } catch {
      // A broken listener must not undo the outbox bookkeeping that already happened.
    }
  }

  /** One request per id at a time: a second caller gets the promise already running. */
  function attempt(lead: Lead, fromSend: boolean): Promise<Outcome> {
    const running = inFlight.get(lead.id);
    if (running) return running;
    const promise = run(lead, fromSend).finally(() => {
      inFlight.delete(lead.id);
      schedule();
    });
    inFlight.set(lead.id, promise);
    return promise;
  }

  async function run(lead: Lead, fromSend: boolean): Promise<Outcome> {
    // Written ahead so a tab closed mid-request still retries on the next page; the Idempotency-Key stops doubles.
    if (fromSend) outbox.put(lead);
    const outcome = await deliver(endpoint, lead, { fetch, setTimeout, clearTimeout, timeoutMs });
    if (outcome.kind !== 'queued') {
      outbox.remove(lead.id);
      notify(outcome.kind === 'sent' ? 'lead:sent' : 'lead:failed', outcome);
      return outcome;
    }
    const entry = outbox.list().find((e) => e.lead.id === lead.id) ?? outbox.put(lead);
    const attempts = entry.attempts + 1;
    outbox.update(lead.id, { attempts, nextAt: now() + backoffDelay(attempts, random) });
    if (fromSend) notify('lead:queued', outcome);
    return outcome;
  }

  /** Keeps one timer, aimed at the earliest retry among leads not already in flight. */
  function schedule(): void {
    if (timer) clearTimeout(timer.handle);
    timer = null;
    if (destroyed) return;
    const waiting = outbox.list().filter((e) => !inFlight.has(e.lead.id));
    if (!waiting.length) return;
    const dueAt = Math.min(...waiting.map((e) => e.nextAt));
    timer = { handle: setTimeout(retryDue, Math.max(0, dueAt - now())) };
  }

  function retryDue(): void {
    timer = null;
    if (destroyed) return;
    const t = now();
    for (const e of outbox.list()) if (e.nextAt <= t) void attempt(e.lead, false);
    schedule();
  }

  async function flush(): Promise<void> {
    if (destroyed) return;
    await Promise.all(outbox.list().map((e) => attempt(e.lead, false)));
  }

  return {
    send(lead) {
      if (destroyed) {
        // Nothing may run after destroy, but the message must not vanish: the next page's flush sends it.
        outbox.put(lead);
        return Promise.resolve({ kind: 'queued', id: lead.id, status: 0 });
      }
      return attempt(lead, true);
    },
    flush,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      if (timer) clearTimeout(timer.handle);
      timer = null;
      unsubscribe();
    },
  };
}
