import type { Lead, StorageLike } from './types.ts';

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
  update(id: string, patch: OutboxPatch): OutboxEntry | undefined;
}

/** Creates the outbox over `storage` (localStorage); falls back to memory when storage is missing or fails. */
export function createOutbox(storage: StorageLike | null, now: () => number): Outbox {
  // Once storage fails we stay in memory for this page: flipping back could resurrect stale or lose new entries.
  let durable = storage !== null;
  let memory: OutboxEntry[] = [];

  function load(): OutboxEntry[] {
    if (!durable || !storage) return memory;
    try {
      const raw = storage.getItem(OUTBOX_KEY);
      memory = raw === null ? [] : parse(raw);
    } catch {
      durable = false;
    }
    return memory;
  }

  function save(entries: OutboxEntry[]): void {
    memory = entries;
    if (!durable || !storage) return;
    try {
      if (entries.length) storage.setItem(OUTBOX_KEY, JSON.stringify(entries));
      else storage.removeItem(OUTBOX_KEY);
    } catch {
      durable = false;
    }
  }

  /** Every read goes through here so expired entries are dropped (and the drop persisted) whatever the caller. */
  function live(): OutboxEntry[] {
    const all = load();
    const fresh = all.filter((e) => now() - e.queuedAt <= OUTBOX_MAX_AGE_MS);
    if (fresh.length !== all.length) save(fresh);
    return fresh;
  }

  return {
    list: () => live().map((e) => ({ ...e })),
    put(lead) {
      const entries = live();
      const existing = entries.find((e) => e.lead.id === lead.id);
      // Replacing keeps the original queue time so a lead cannot outlive its 7 days by being re-put.
      const entry: OutboxEntry = existing ? { ...existing, lead } : { lead, queuedAt: now(), attempts: 0, nextAt: now() };
      const next = [...entries.filter((e) => e.lead.id !== lead.id), entry].sort((a, b) => a.queuedAt - b.queuedAt);
      save(next.slice(-OUTBOX_MAX));
      return { ...entry };
    },
    remove(id) {
      const entries = live();
      if (entries.some((e) => e.lead.id === id)) save(entries.filter((e) => e.lead.id !== id));
    },
    update(id, patch) {
      const entries = live();
      const existing = entries.find((e) => e.lead.id === id);
      if (!existing) return undefined;
      const entry = { ...existing, ...patch };
      save(entries.map((e) => (e === existing ? entry : e)));
      return { ...entry };
    },
  };
}

/** Parses stored JSON, keeping only well-formed entries; garbage reads as empty so it gets overwritten. */
function parse(raw: string): OutboxEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  return Array.isArray(data) ? data.filter(isEntry) : [];
}

function isEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Partial<OutboxEntry>;
  return (
    typeof e.lead === 'object' && e.lead !== null && typeof e.lead.id === 'string' &&
    typeof e.queuedAt === 'number' && typeof e.attempts === 'number' && typeof e.nextAt === 'number'
  );
}
