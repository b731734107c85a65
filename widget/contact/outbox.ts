import type { Lead } from './types.ts';
import type { StorageLike } from '../platform.ts';

export const OUTBOX_KEY = 'faq-widget:outbox';
export const OUTBOX_MAX = 20;
export const OUTBOX_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** A lead waiting to be delivered. Times are epoch milliseconds. */
export interface OutboxEntry {
  lead: Lead;
  queuedAt: number;
  /** Delivery attempts that failed so far. */
  attempts: number;
  /** When the next retry is due. */
  nextAt: number;
}

export type OutboxPatch = Partial<Pick<OutboxEntry, 'attempts' | 'nextAt'>>;

export interface Outbox {
  list(): OutboxEntry[];
  put(lead: Lead): OutboxEntry;
  remove(id: string): void;
  /** Whether the lead is really in storage, read back from it: only then may the visitor hear "saved". */
  kept(id: string): boolean;
  update(id: string, patch: OutboxPatch): OutboxEntry | undefined;
}

/** Keeps only well-formed entries: garbage in storage reads as empty and is overwritten. */
function parse(raw: string | null): OutboxEntry[] {
  try {
    const data = JSON.parse(raw || '[]');
    return Array.isArray(data)
      ? data.filter(
          (e) =>
            typeof e?.lead?.id === 'string' && [e.queuedAt, e.attempts, e.nextAt].every((n) => typeof n === 'number'),
        )
      : [];
  } catch {
    return [];
  }
}

/**
 * Creates the outbox over `storage` (localStorage); falls back to memory when storage is missing or fails.
 * `dropped` hears of every lead given up for age or for room, so no message vanishes unsaid.
 */
export function createOutbox(
  storage: StorageLike | null,
  now: () => number,
  dropped: (e: OutboxEntry) => void = () => {},
): Outbox {
  // Once storage fails we stay in memory for this page: flipping back could resurrect stale or lose new entries.
  let durable = !!storage;
  let memory: OutboxEntry[] = [];

  const save = (entries: OutboxEntry[], gone: OutboxEntry[] = []) => {
    memory = entries;
    try {
      if (durable && entries.length) storage!.setItem(OUTBOX_KEY, JSON.stringify(entries));
      else if (durable) storage!.removeItem(OUTBOX_KEY);
    } catch {
      durable = false;
    }
    gone.forEach(dropped);
  };

  /** Every read drops (and persists the drop of) entries past their 7 days. */
  const live = () => {
    try {
      if (durable) memory = parse(storage!.getItem(OUTBOX_KEY));
    } catch {
      durable = false;
    }
    const fresh = memory.filter((e) => now() - e.queuedAt <= OUTBOX_MAX_AGE_MS);
    if (fresh.length !== memory.length)
      save(
        fresh,
        memory.filter((e) => !fresh.includes(e)),
      );
    return fresh;
  };

  const find = (id: string) => live().find((e) => e.lead.id === id);
  const without = (id: string) => live().filter((e) => e.lead.id !== id);

  return {
    list: () => live().map((e) => ({ ...e })),
    put(lead) {
      // Replacing keeps the original queue time so a lead cannot outlive its 7 days by being re-put.
      const old = find(lead.id);
      const entry: OutboxEntry = old ? { ...old, lead } : { lead, queuedAt: now(), attempts: 0, nextAt: now() };
      const all = [...without(lead.id), entry].sort((a, b) => a.queuedAt - b.queuedAt);
      save(all.slice(-OUTBOX_MAX), all.slice(0, -OUTBOX_MAX));
      return { ...entry };
    },
    remove(id) {
      if (find(id)) save(without(id));
    },
    kept(id) {
      try {
        return durable && parse(storage!.getItem(OUTBOX_KEY)).some((e) => e.lead.id === id);
      } catch {
        return false;
      }
    },
    update(id, patch) {
      const old = find(id);
      if (!old) return undefined;
      const entry = { ...old, ...patch };
      save(live().map((e) => (e.lead.id === id ? entry : e)));
      return { ...entry };
    },
  };
}
