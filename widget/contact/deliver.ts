import type { FetchLike, FieldErrors, FieldName, Lead, Outcome, Timers } from './types.ts';

export const DEFAULT_TIMEOUT_MS = 10_000;

export interface DeliverDeps extends Timers {
  fetch: FetchLike;
  timeoutMs?: number;
}

const FIELDS: readonly FieldName[] = ['name', 'email', 'phone', 'message', 'consent'];

/** POSTs a lead once and classifies the answer as sent, queued (retry later) or refused. Never throws. */
export async function deliver(endpoint: string, lead: Lead, deps: DeliverDeps): Promise<Outcome> {
  // Call the injected functions unbound: `window.fetch` called as a method of `deps` throws "Illegal invocation".
  const { fetch, setTimeout, clearTimeout } = deps;
  const controller = typeof AbortController === 'function' ? new AbortController() : null;
  let timer: unknown;
  // The timer settles the race itself, so a fetch that ignores the abort signal cannot hang the send.
  const timedOut = new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => {
      controller?.abort();
      resolve({ kind: 'queued', id: lead.id, status: 0 });
    }, deps.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  });
  const attempt = (async (): Promise<Outcome> => {
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': lead.id },
        body: JSON.stringify(lead),
        credentials: 'omit',
        mode: 'cors',
        signal: controller?.signal,
      });
      return await classify(lead.id, response);
    } catch {
      return { kind: 'queued', id: lead.id, status: 0 };
    }
  })();
  try {
    return await Promise.race([attempt, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

function isRetryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

async function classify(id: string, response: Response): Promise<Outcome> {
  const { status } = response;
  if (status >= 200 && status < 300) return { kind: 'sent', id, status };
  if (isRetryable(status)) return { kind: 'queued', id, status };
  const errors = parseFieldErrors(await readText(response));
  return errors ? { kind: 'refused', id, status, errors } : { kind: 'refused', id, status };
}

async function readText(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch {
    return '';
  }
}

/** Reads `{errors: {field: msg}}` (our receiver) or `{errors: [{field, message}]}` (Formspree); undefined when none apply. */
export function parseFieldErrors(text: string): FieldErrors | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  const raw = isObject(body) ? body.errors : undefined;
  const pairs: [unknown, unknown][] = Array.isArray(raw)
    ? raw.filter(isObject).map((e) => [e.field, e.message])
    : isObject(raw)
      ? Object.entries(raw)
      : [];
  const errors: FieldErrors = {};
  for (const [field, message] of pairs) {
    if (isField(field) && typeof message === 'string' && message) errors[field] = message;
  }
  return Object.keys(errors).length ? errors : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isField(value: unknown): value is FieldName {
  return typeof value === 'string' && (FIELDS as readonly string[]).includes(value);
}
