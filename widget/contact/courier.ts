import { backoffDelay } from './backoff.ts';
import { deliver } from './deliver.ts';
import type { Outbox } from './outbox.ts';
import type { Lead, LeadEvent, LeadEventPayload, Outcome } from './types.ts';
import type { FetchLike, Timers } from '../platform.ts';

export interface CourierDeps extends Timers {
  endpoint: string;
  outbox: Outbox;
  fetch: FetchLike;
  /** Math.random-like, for backoff jitter. */
  random: () => number;
  /** Subscribes to the browser's `online` event; returns the unsubscribe function. */
  onOnline: (callback: () => void) => () => void;
  emit: (event: LeadEvent, payload: LeadEventPayload) => void;
  /**
   * A queued lead refused on a retry: the visitor, told it would be sent, must hear otherwise.
   * Called instead of emitting `lead:failed`, which it must emit itself.
   */
  lost: (lead: Lead, status: number) => void;
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
  const { endpoint, outbox, fetch, setTimeout, clearTimeout, random, emit, lost, timeoutMs, now = Date.now } = deps;
  const inFlight = new Map<string, Promise<Outcome>>();
  let timer: unknown;
  let destroyed = false;
  const unsubscribe = deps.onOnline(() => void flush());

  const notify = (event: LeadEvent, { id, status }: Outcome) => {
    try {
      if (!destroyed) emit(event, { id, status });
    } catch {
      // A broken listener must not undo the outbox bookkeeping that already happened.
    }
  };

  /** One request per id at a time: a second caller gets the promise already running. */
  function attempt(lead: Lead, fromSend: boolean): Promise<Outcome> {
    let p = inFlight.get(lead.id);
    if (!p) {
      inFlight.set(lead.id, (p = run(lead, fromSend).finally(() => (inFlight.delete(lead.id), schedule()))));
    }
    return p;
  }

  async function run(lead: Lead, fromSend: boolean): Promise<Outcome> {
    // Written ahead so a tab closed mid-request still retries on the next page; the Idempotency-Key stops doubles.
    if (fromSend) outbox.put(lead);
    const out = await deliver(endpoint, lead, { fetch, setTimeout, clearTimeout, timeoutMs });
    if (out.kind !== 'queued') {
      outbox.remove(lead.id);
      if (out.kind === 'sent' || fromSend) notify(out.kind === 'sent' ? 'lead:sent' : 'lead:failed', out);
      else if (!destroyed) lost(lead, out.status);
    } else {
      const attempts = (outbox.list().find((e) => e.lead.id === lead.id) ?? outbox.put(lead)).attempts + 1;
      outbox.update(lead.id, { attempts, nextAt: now() + backoffDelay(attempts, random) });
      if (fromSend) notify('lead:queued', out);
      // Retried while the page stays open either way; "saved" is promised only if storage holds it.
      if (fromSend && !outbox.kept(lead.id)) return { ...out, kind: 'unsaved' };
    }
    return out;
  }

  /** Keeps one timer, aimed at the earliest retry among leads not already in flight. */
  function schedule(): void {
    clearTimeout(timer);
    const due = destroyed
      ? []
      : outbox
          .list()
          .filter((e) => !inFlight.has(e.lead.id))
          .map((e) => e.nextAt);
    if (due.length) timer = setTimeout(retryDue, Math.max(0, Math.min(...due) - now()));
  }

  function retryDue(): void {
    if (destroyed) return;
    for (const e of outbox.list()) if (e.nextAt <= now()) void attempt(e.lead, false);
    schedule();
  }

  async function flush(): Promise<void> {
    if (!destroyed) await Promise.all(outbox.list().map((e) => attempt(e.lead, false)));
  }

  return {
    send(lead) {
      if (!destroyed) return attempt(lead, true);
      // Nothing may run after destroy, but the message must not vanish: the next page's flush sends it.
      outbox.put(lead);
      return Promise.resolve({ kind: 'queued', id: lead.id, status: 0 });
    },
    flush,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
