// Test doubles for the contact modules: a manual clock, a storage and leads.
import type { Lead } from '../../../widget/contact/types.ts';
import type { StorageLike, Timers } from '../../../widget/platform.ts';

/** Lets pending promise chains (including Response body reads) run to completion. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

export interface FakeClock extends Timers {
  now(): number;
  /** Moves time forward, firing due timers in order and settling promises after each. */
  advance(ms: number): Promise<void>;
  /** Delays of timers currently pending, in ms from now. */
  pending(): number[];
}

/** A manual clock whose timers only fire on `advance`. */
export function fakeClock(start = Date.UTC(2025, 0, 15, 9, 0, 0)): FakeClock {
  let t = start;
  let seq = 0;
  const timers = new Map<number, { at: number; cb: () => void }>();
  return {
    now: () => t,
    setTimeout(cb, ms) {
      timers.set(++seq, { at: t + ms, cb });
      return seq;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    pending: () => [...timers.values()].map((x) => x.at - t),
    async advance(ms) {
      const target = t + ms;
      for (;;) {
        const next = [...timers.entries()].filter(([, x]) => x.at <= target).sort((a, b) => a[1].at - b[1].at)[0];
        if (!next) break;
        timers.delete(next[0]);
        t = next[1].at;
        next[1].cb();
        await settle();
      }
      t = target;
      await settle();
    },
  };
}

export interface FakeStorage extends StorageLike {
  data: Map<string, string>;
  failGet: boolean;
  failSet: boolean;
}

/** A Map-backed storage that can be told to throw like Safari private mode or a full quota. */
export function fakeStorage(initial: Record<string, string> = {}): FakeStorage {
  const data = new Map(Object.entries(initial));
  const store: FakeStorage = {
    data,
    failGet: false,
    failSet: false,
    getItem(key) {
      if (store.failGet) throw new DOMException('blocked', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem(key, value) {
      if (store.failSet) throw new DOMException('full', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem(key) {
      if (store.failSet) throw new DOMException('full', 'QuotaExceededError');
      data.delete(key);
    },
  };
  return store;
}

let counter = 0;

/** A valid lead with a unique id unless one is given. */
export function makeLead(overrides: Partial<Lead> = {}): Lead {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    name: 'Ana Silva',
    email: 'ana@example.com',
    phone: '',
    message: 'Can dry needling help my sciatica?',
    consent: true,
    transcript: [{ from: 'visitor', text: 'does it hurt?', at: '2025-01-15T08:59:00.000Z' }],
    page: 'https://clinic.example/dry-needling',
    submittedAt: '2025-01-15T09:00:00.000Z',
    _gotcha: '',
    ...overrides,
  };
}
