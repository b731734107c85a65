import type { Lead, Outcome } from './types.ts';
import type { FetchLike, Timers } from '../platform.ts';

export const DEFAULT_TIMEOUT_MS = 10_000;

export interface DeliverDeps extends Timers {
  fetch: FetchLike;
  timeoutMs?: number;
}

/** POSTs a lead once and classifies the answer as sent, queued (retry later) or refused. Never throws. */
export async function deliver(endpoint: string, lead: Lead, deps: DeliverDeps): Promise<Outcome> {
  // Call the injected functions unbound: `window.fetch` called as a method of `deps` throws "Illegal invocation".
  const { fetch, setTimeout, clearTimeout } = deps;
  const id = lead.id;
  const queued: Outcome = { kind: 'queued', id, status: 0 };
  const controller = new AbortController();
  let timer: unknown;
  try {
    return await Promise.race([
      // The timer settles the race itself, so a fetch that ignores the abort signal cannot hang the send.
      new Promise<Outcome>(
        (resolve) =>
          (timer = setTimeout(() => (controller.abort(), resolve(queued)), deps.timeoutMs ?? DEFAULT_TIMEOUT_MS)),
      ),
      // Started inside a promise, so a fetch that throws synchronously is a network failure too.
      Promise.resolve()
        .then(() =>
          fetch(endpoint, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': id },
            body: JSON.stringify(lead),
            credentials: 'omit',
            mode: 'cors',
            signal: controller.signal,
          }),
        )
        .then(
          async (res): Promise<Outcome> => {
            const status = res.status;
            if (status > 199 && status < 300) return { kind: 'sent', id, status };
            if (status === 408 || status === 429 || status > 499) return { kind: 'queued', id, status };
            return { kind: 'refused', id, status };
          },
          () => queued,
        ),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
